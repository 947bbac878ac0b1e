using System.Text;

namespace LitTracker.Import;

/// <summary>
/// Turns import-file bytes into text. Accepted: UTF-8 with or without a byte-order mark, and
/// UTF-16 (little or big endian) with one. Anything else — invalid UTF-8 (typically Latin-1 or
/// Windows-1252), UTF-16 without a mark, UTF-32 — stops reading with an error issue that names the
/// file and the byte offset, instead of importing garbled names.
/// </summary>
public static class TextDecoding
{
    /// <summary>Bytes needed to recognise every supported byte-order mark.</summary>
    public const int SniffLength = 4;

    /// <summary>
    /// Recognises a byte-order mark. Returns the encoding and the mark's length, or
    /// (null, 0) when there is none. UTF-32 marks return (null, -1): unsupported.
    /// </summary>
    public static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[0] == 0xFF && head[1] == 0xFE && head[2] == 0 && head[3] == 0)
        {
            return (null, -1);
        }

        if (head.Length >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF)
        {
            return (null, -1);
        }

        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            return (StrictUtf8, 3);
        }

        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }

    /// <summary>
    /// Opens a reader over <paramref name="stream"/> that decodes as described on the class and
    /// strips the byte-order mark. On undecodable input it reports one error issue and then
    /// behaves as if the file ended there. The stream is not disposed by the reader.
    /// </summary>
    /// <param name="stream">The file's bytes, read forward only.</param>
    /// <param name="file">File name used in issues.</param>
    /// <param name="reportIssue">Receives the decoding error, if any.</param>
    public static TextReader Open(Stream stream, string file, Action<ImportIssue>? reportIssue = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        return new DecodingTextReader(stream, file, reportIssue);
    }

    internal static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
