using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace LitTracker.Sources.Duplicates;

/// <summary>How <see cref="DuplicateIndex"/> writes a candidate's text to its arena and reads it back.</summary>
public sealed partial class DuplicateIndex
{
    // key, DOI, PMID (0: none), title: lengths as varints, text as UTF-8.
    private int Encode(DuplicateCandidate c, out bool odd)
    {
        var doi = c.Doi?.Value;
        var pmid = c.Pmid?.Value ?? 0;
        odd = (c.Doi is not null && !IsPlainDoi(doi)) || (c.Pmid is not null && pmid is <= 0 or > 999_999_999);
        var length = 0;
        if (!odd)
        {
            var need = 64 + (3 * (c.Key.Length + (doi?.Length ?? 0))) + (8 * c.TitleKey.Length);
            if (_bytes.Length < need)
            {
                _bytes = new byte[Math.Max(need, _bytes.Length * 2)];
            }

            odd = !Put(c.Key, ref length) || !Put(doi ?? string.Empty, ref length) || !PutNumber((ulong)pmid, ref length) || !PutTitle(c.TitleKey, ref length);
        }

        var position = _arena.Append(odd ? 0 : length, out var span);
        if (!odd)
        {
            _bytes.AsSpan(0, length).CopyTo(span);
        }

        return position;
    }

    private bool Put(string text, ref int length)
    {
        var at = length + 5;
        if (Utf8.FromUtf16(text, _bytes.AsSpan(at), out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }

        PutNumber((ulong)written, ref length);
        _bytes.AsSpan(at, written).CopyTo(_bytes.AsSpan(length));
        length += written;
        return true;
    }

    // The title as word numbers (n + 1) and spelt-out words (0, then UTF-8 as by Put), after its length in bytes.
    private bool PutTitle(string title, ref int length)
    {
        var start = length + 5;
        var at = start;
        foreach (var range in title.AsSpan().Split(' '))
        {
            var word = title.AsSpan(range);
            var number = _words.Number(word);
            if (number >= 0)
            {
                PutNumber((ulong)number + 1, ref at);
                continue;
            }

            _bytes[at++] = 0;
            var text = at + 5;
            if (Utf8.FromUtf16(word, _bytes.AsSpan(text), out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return false;
            }

            PutNumber((ulong)written, ref at);
            _bytes.AsSpan(text, written).CopyTo(_bytes.AsSpan(at));
            at += written;
        }

        PutNumber((ulong)(at - start), ref length);
        _bytes.AsSpan(start, at - start).CopyTo(_bytes.AsSpan(length));
        length += at - start;
        return true;
    }

    private bool PutNumber(ulong value, ref int length)
    {
        while (value >= 0x80)
        {
            _bytes[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _bytes[length++] = (byte)value;
        return true;
    }

    private static ulong ReadNumber(ReadOnlySpan<byte> span, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = span[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    // A DOI that Doi.Parse gives back unchanged: Parse left it lower-case ASCII without '%' or spaces.
    private static bool IsPlainDoi(string? value)
    {
        if (value is null || !value.StartsWith("10.", StringComparison.Ordinal) || value[^1] is '.' or ',' or ';')
        {
            return false;
        }

        foreach (var ch in value)
        {
            if (ch is <= ' ' or >= (char)0x7F or '%' || char.IsAsciiLetterUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static void Skip(ReadOnlySpan<byte> span, ref int at)
    {
        var length = (int)ReadNumber(span, ref at);
        at += length;
    }

    private static string ReadText(ReadOnlySpan<byte> span, ref int at)
    {
        var length = (int)ReadNumber(span, ref at);
        var text = length == 0 ? string.Empty : Encoding.UTF8.GetString(span.Slice(at, length));
        at += length;
        return text;
    }
}
