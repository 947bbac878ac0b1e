using System.Globalization;
using System.Text;

namespace LitTracker.Import;

/// <summary>
/// A forward-only reader that decodes strictly and turns the first undecodable byte into an
/// issue plus end-of-text, so parsers never see replacement characters.
/// </summary>
internal sealed class DecodingTextReader : TextReader
{
    private const int ChunkSize = 16 * 1024;

    private readonly Stream _stream;
    private readonly string _file;
    private readonly Action<ImportIssue>? _report;
    private readonly byte[] _bytes = new byte[ChunkSize];
    private readonly char[] _chars = new char[ChunkSize + 4];
    private Decoder? _decoder;
    private string _encodingName = "UTF-8";
    private int _charPos;
    private int _charLen;
    private long _bytesBefore;
    private int _lines = 1;
    private bool _done;
    private bool _started;

    public DecodingTextReader(Stream stream, string file, Action<ImportIssue>? report)
    {
        _stream = stream;
        _file = file;
        _report = report;
    }

    public override int Peek() => Fill() ? _chars[_charPos] : -1;

    public override int Read() => Fill() ? _chars[_charPos++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (count == 0 || !Fill())
        {
            return 0;
        }

        var n = Math.Min(count, _charLen - _charPos);
        Array.Copy(_chars, _charPos, buffer, index, n);
        _charPos += n;
        return n;
    }

    /// <summary>As <see cref="TextReader.ReadLine"/> (ends at "\r", "\n" or "\r\n"), a buffer at a time.</summary>
    public override string? ReadLine()
    {
        if (!Fill())
        {
            return null;
        }

        StringBuilder? longLine = null;
        while (true)
        {
            var available = _chars.AsSpan(_charPos, _charLen - _charPos);
            var end = available.IndexOfAny('\r', '\n');
            if (end >= 0)
            {
                var line = longLine is null ? new string(available[..end]) : longLine.Append(available[..end]).ToString();
                _charPos += end + 1;
                if (available[end] == '\r' && Fill() && _chars[_charPos] == '\n')
                {
                    _charPos++;
                }

                return line;
            }

            (longLine ??= new StringBuilder()).Append(available);
            _charPos = _charLen;
            if (!Fill())
            {
                return longLine.ToString();
            }
        }
    }

    private bool Fill()
    {
        while (_charPos >= _charLen)
        {
            if (_done)
            {
                return false;
            }

            _charPos = 0;
            _charLen = 0;
            var offset = 0;
            var read = ReadChunk();
            if (!_started)
            {
                _started = true;
                offset = Start(read);
                if (_done)
                {
                    return false;
                }
            }

            Decode(offset, read);
        }

        return true;
    }

    private int ReadChunk()
    {
        var total = 0;
        int n;
        while (total < _bytes.Length && (n = _stream.Read(_bytes, total, _bytes.Length - total)) > 0)
        {
            total += n;
        }

        return total;
    }

    private int Start(int read)
    {
        var (encoding, bom) = TextDecoding.DetectBom(_bytes.AsSpan(0, read));
        if (bom < 0)
        {
            Fail(0, "is UTF-32, which is not supported: re-save it as UTF-8 and import again.");
            return 0;
        }

        if (encoding is null && LooksLikeUtf16WithoutBom(_bytes.AsSpan(0, read)))
        {
            Fail(0, "looks like UTF-16 without a byte-order mark: re-save it as UTF-8 (or UTF-16 with a BOM) and import again.");
            return 0;
        }

        _decoder = (encoding ?? TextDecoding.StrictUtf8).GetDecoder();
        _encodingName = encoding is UnicodeEncoding ? "UTF-16" : "UTF-8";
        return bom;
    }

    private void Decode(int offset, int read)
    {
        var eof = read < _bytes.Length;
        try
        {
            _charLen = _decoder!.GetChars(_bytes, offset, read - offset, _chars, 0, flush: eof);
        }
        catch (DecoderFallbackException ex)
        {
            // Keep the text before the bad byte so records read so far are not lost.
            var bad = Math.Max(ex.Index, 0);
            _decoder!.Reset();
            _charLen = bad > 0 ? _decoder.GetChars(_bytes, offset, bad, _chars, 0, flush: true) : 0;
            _lines += Count(_chars.AsSpan(0, _charLen));
            var badByte = offset + bad < read ? _bytes[offset + bad] : (byte)0;
            Fail(
                _bytesBefore + offset + bad,
                string.Create(CultureInfo.InvariantCulture, $"has a byte 0x{badByte:X2} that is not valid {_encodingName} at byte offset {_bytesBefore + offset + bad} (line {_lines}); reading stopped there. {(_encodingName == "UTF-8" ? "The file is probably Latin-1 or Windows-1252: re-save it as UTF-8" : "Re-save it as UTF-8")} and import again."));
            return;
        }

        _lines += Count(_chars.AsSpan(0, _charLen));
        _bytesBefore += read;
        if (eof)
        {
            _done = true;
        }
    }

    private void Fail(long byteOffset, string what)
    {
        _done = true;
        _report?.Invoke(new ImportIssue(_file, byteOffset == 0 ? 0 : _lines, null, null, ImportSeverity.Error, $"The file {what}"));
    }

    private static int Count(ReadOnlySpan<char> text) => text.Count('\n');

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> head)
    {
        // Text files never contain NUL; ASCII as UTF-16 puts one in every other byte.
        var n = Math.Min(head.Length, 64);
        var zeros = 0;
        for (var i = 0; i < n; i++)
        {
            if (head[i] == 0)
            {
                zeros++;
            }
        }

        return n >= 2 && zeros * 4 >= n;
    }
}
