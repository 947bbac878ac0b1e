namespace LitTracker.Analysis.Text;

/// <summary>The body formats an article can be stored in (<c>Article.BodyFormat</c>), and their readers.</summary>
public static class BodyFormats
{
    /// <summary>Plain text.</summary>
    public const string Text = "text";

    /// <summary>Markdown.</summary>
    public const string Markdown = "markdown";

    /// <summary>HTML.</summary>
    public const string Html = "html";

    /// <summary>
    /// The format of a file: by extension (.md/.markdown, .html/.htm, .txt), else by content
    /// (an &lt;html&gt;, &lt;body&gt; or &lt;p&gt; tag means HTML; a '#' heading or '](' link means Markdown).
    /// </summary>
    public static string Detect(string? fileName, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var ext = Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant();
        switch (ext)
        {
            case ".MD" or ".MARKDOWN":
                return Markdown;
            case ".HTML" or ".HTM" or ".XHTML":
                return Html;
            case ".TXT":
                return Text;
        }

        var head = body.Length > 4000 ? body[..4000] : body;
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p>", StringComparison.OrdinalIgnoreCase))
        {
            return Html;
        }

        return head.StartsWith('#') || head.Contains("\n#", StringComparison.Ordinal) || head.Contains("](", StringComparison.Ordinal) ? Markdown : Text;
    }

    /// <summary>Reads <paramref name="body"/> in <paramref name="format"/> (unknown formats read as text).</summary>
    public static PlainText Read(string body, string? format) => format switch
    {
        Markdown => MarkdownReader.Read(body),
        Html => HtmlReader.Read(body),
        _ => PlainTextReader.Read(body),
    };
}
