using System.Text;

namespace LitTracker.Reports.Text;

/// <summary>HTML encoding for element content and double-quoted attribute values.</summary>
public static class Html
{
    /// <summary>
    /// Encodes <c>&amp; &lt; &gt; " '</c>; every other character passes through (pages are UTF-8),
    /// which keeps non-ASCII names readable in the source.
    /// </summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>True for an absolute http or https URL, the only targets reports link to.</summary>
    public static bool IsSafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
