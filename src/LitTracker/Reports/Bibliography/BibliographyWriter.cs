using LitTracker.Reports.Text;
using LitTracker.Reports.Vancouver;

namespace LitTracker.Reports.Bibliography;

/// <summary>
/// Writes numbered Vancouver bibliographies as plain text, Markdown or a standalone HTML page.
/// Unresolved references appear verbatim (escaped) with <c>[unresolved: reason]</c>, so the
/// reader sees every printed entry and which ones nobody could identify.
/// </summary>
public static class BibliographyWriter
{
    /// <summary>Writes one untitled list.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<BibliographyEntry> entries, BibliographyFormat format) =>
        Write(writer, [new BibliographySection(null, entries)], format);

    /// <summary>
    /// Writes sections in order; each section's title becomes a heading only when more than one
    /// section is written (one article needs no heading of its own).
    /// </summary>
    public static void Write(TextWriter writer, IReadOnlyList<BibliographySection> sections, BibliographyFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sections);
        var headings = sections.Count > 1;
        switch (format)
        {
            case BibliographyFormat.Txt:
                WriteText(writer, sections, headings);
                break;
            case BibliographyFormat.Md:
                WriteMarkdown(writer, sections, headings);
                break;
            case BibliographyFormat.Html:
                WriteHtml(writer, sections, headings);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Choose txt, md or html.");
        }
    }

    /// <summary>The marker after an unresolved entry: <c>[unresolved: reason]</c> or <c>[unresolved]</c>.</summary>
    public static string UnresolvedMarker(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "[unresolved]" : "[unresolved: " + OneLine(reason) + "]";

    private static void WriteText(TextWriter writer, IReadOnlyList<BibliographySection> sections, bool headings)
    {
        for (var s = 0; s < sections.Count; s++)
        {
            if (s > 0)
            {
                writer.WriteLine();
            }

            if (headings && !string.IsNullOrWhiteSpace(sections[s].Title))
            {
                writer.WriteLine(OneLine(sections[s].Title!));
                writer.WriteLine();
            }

            var number = 1;
            foreach (var entry in sections[s].Entries)
            {
                var text = entry.Source is { } source
                    ? VancouverFormatter.FormatPlainText(source)
                    : OneLine(entry.PrintedText!) + " " + UnresolvedMarker(entry.UnresolvedReason);
                writer.WriteLine($"{number++}. {text}");
            }
        }
    }

    private static void WriteMarkdown(TextWriter writer, IReadOnlyList<BibliographySection> sections, bool headings)
    {
        for (var s = 0; s < sections.Count; s++)
        {
            if (s > 0)
            {
                writer.WriteLine();
            }

            if (headings && !string.IsNullOrWhiteSpace(sections[s].Title))
            {
                writer.WriteLine("## " + Markdown.Escape(sections[s].Title));
                writer.WriteLine();
            }

            var number = 1;
            foreach (var entry in sections[s].Entries)
            {
                var text = entry.Source is { } source
                    ? VancouverFormatter.FormatMarkdown(source)
                    : Markdown.Escape(entry.PrintedText) + " " + Markdown.Escape(UnresolvedMarker(entry.UnresolvedReason));
                writer.WriteLine($"{number++}. {text}");
            }
        }
    }

    private static void WriteHtml(TextWriter writer, IReadOnlyList<BibliographySection> sections, bool headings)
    {
        var first = sections.Count == 1 ? sections[0].Title : null;
        var title = string.IsNullOrWhiteSpace(first) ? "Bibliography" : "Bibliography: " + first;
        HtmlPage.WriteStart(writer, title, "ol.bibliography li{margin:.25em 0}.unresolved{color:#8a1c1c}");
        foreach (var section in sections)
        {
            if (headings && !string.IsNullOrWhiteSpace(section.Title))
            {
                writer.WriteLine($"<h2>{Html.Encode(section.Title)}</h2>");
            }

            writer.WriteLine("<ol class=\"bibliography\">");
            foreach (var entry in section.Entries)
            {
                var text = entry.Source is { } source
                    ? VancouverFormatter.FormatHtml(source)
                    : $"{Html.Encode(entry.PrintedText)} <span class=\"unresolved\">{Html.Encode(UnresolvedMarker(entry.UnresolvedReason))}</span>";
                writer.WriteLine($"<li>{text}</li>");
            }

            writer.WriteLine("</ol>");
        }

        HtmlPage.WriteEnd(writer);
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
