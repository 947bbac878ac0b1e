namespace LitTracker.Reports.Text;

/// <summary>
/// The frame of a standalone report page: UTF-8, no scripts, and a Content-Security-Policy that
/// forbids every script and remote resource, so even a missed encoding cannot run code.
/// </summary>
public static class HtmlPage
{
    /// <summary>Writes the doctype, head (title, inline style) and opening body tag.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="title">Page title, raw (encoded here).</param>
    /// <param name="css">Inline stylesheet, trusted (written as is).</param>
    public static void WriteStart(TextWriter writer, string title, string css)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{Html.Encode(title)}</title>");
        writer.WriteLine($"<style>body{{font-family:system-ui,sans-serif;line-height:1.4;margin:2em auto;max-width:70em;padding:0 1em}}{css}</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
    }

    /// <summary>Closes the body and the document.</summary>
    public static void WriteEnd(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }
}
