using LitTracker.Reports.Csl;
using LitTracker.Reports.Text;
using LitTracker.Sources;

namespace LitTracker.Reports.Bibliography;

/// <summary>
/// Writes bibliographies in any CSL style (Vancouver/NLM by default) as plain text, Markdown or
/// a standalone HTML page, one entry per line in the style's order. Unresolved references appear
/// verbatim (escaped) with <c>[unresolved: reason]</c> where the style would have put them, so the
/// reader sees every printed entry and which ones nobody could identify. A retracted source ends
/// with NLM's <c>Retraction in: doi:…</c> (or <c>[Retracted]</c>) whatever the style: CSL has no
/// variable for it, and a retraction must never be silent.
/// </summary>
public static class BibliographyWriter
{
    private const string UnresolvedType = "x-littracker-unresolved";

    /// <summary>Writes one untitled list in Vancouver (NLM) style.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<BibliographyEntry> entries, BibliographyFormat format) =>
        Write(writer, [new BibliographySection(null, entries)], format);

    /// <summary>
    /// Writes sections in order; each section's title becomes a heading only when more than one
    /// section is written (one article needs no heading of its own). Numbering restarts per section.
    /// </summary>
    /// <param name="writer">Destination.</param>
    /// <param name="sections">The sections.</param>
    /// <param name="format">txt, md or html.</param>
    /// <param name="style">The CSL style; null for Vancouver (NLM).</param>
    public static void Write(TextWriter writer, IReadOnlyList<BibliographySection> sections, BibliographyFormat format, CslStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sections);
        if (format is not (BibliographyFormat.Txt or BibliographyFormat.Md or BibliographyFormat.Html))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Choose txt, md or html.");
        }

        style ??= CslStyles.Shipped("vancouver")!;
        var processor = new CslProcessor(style);
        var numbered = style.IsNumeric;
        var headings = sections.Count > 1;
        if (format == BibliographyFormat.Html)
        {
            var first = sections.Count == 1 ? sections[0].Title : null;
            HtmlPage.WriteStart(writer, string.IsNullOrWhiteSpace(first) ? "Bibliography" : "Bibliography: " + first,
                ".csl-entry{margin:.25em 0}.unresolved{color:#8a1c1c}");
        }

        for (var s = 0; s < sections.Count; s++)
        {
            WriteSection(writer, sections[s], format, processor, numbered, headings, s);
        }

        if (format == BibliographyFormat.Html)
        {
            HtmlPage.WriteEnd(writer);
        }
    }

    /// <summary>The marker after an unresolved entry: <c>[unresolved: reason]</c> or <c>[unresolved]</c>.</summary>
    public static string UnresolvedMarker(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "[unresolved]" : "[unresolved: " + OneLine(reason) + "]";

    /// <summary>The formatted entries of a section, unresolved ones as placeholders (for callers that lay out entries themselves).</summary>
    public static IReadOnlyList<(BibliographyEntry Entry, CslEntry Formatted)> Format(BibliographySection section, CslProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(processor);
        var items = new List<CslItem>(section.Entries.Count);
        for (var i = 0; i < section.Entries.Count; i++)
        {
            var entry = section.Entries[i];
            var id = "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            items.Add(entry.Source is { } source
                ? CslSourceMapper.ToItem(source, id)
                : new CslItem(id, UnresolvedType).Set("title", OneLine(entry.PrintedText!)));
        }

        return processor.FormatBibliography(items)
            .Select(f => (section.Entries[int.Parse(f.Item.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)], f))
            .ToList();
    }

    /// <summary>
    /// One source as a bibliography entry without its number (for a source page or an API field),
    /// with the retraction mark every entry carries.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <param name="style">The CSL style; null for Vancouver (NLM).</param>
    public static RichText FormatSource(Source source, CslStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var processor = new CslProcessor(style ?? CslStyles.Shipped("vancouver")!);
        var (_, formatted) = Format(new BibliographySection(null, [BibliographyEntry.Resolved(source)]), processor).Single();
        return source.IsRetracted ? new RichText([.. formatted.Text.Runs, .. Retraction(source)]) : formatted.Text;
    }

    private static void WriteSection(TextWriter writer, BibliographySection section, BibliographyFormat format, CslProcessor processor, bool numbered, bool headings, int index)
    {
        var title = headings && !string.IsNullOrWhiteSpace(section.Title) ? section.Title : null;
        switch (format)
        {
            case BibliographyFormat.Txt:
                if (index > 0)
                {
                    writer.WriteLine();
                }

                if (title is not null)
                {
                    writer.WriteLine(OneLine(title));
                    writer.WriteLine();
                }

                break;
            case BibliographyFormat.Md:
                if (index > 0)
                {
                    writer.WriteLine();
                }

                if (title is not null)
                {
                    writer.WriteLine("## " + Markdown.Escape(title));
                    writer.WriteLine();
                }

                break;
            default:
                if (title is not null)
                {
                    writer.WriteLine($"<h2>{Html.Encode(title)}</h2>");
                }

                writer.WriteLine("<div class=\"csl-bib-body\">");
                break;
        }

        foreach (var (entry, formatted) in Format(section, processor))
        {
            var text = Entry(entry, formatted, numbered);
            writer.WriteLine(format switch
            {
                BibliographyFormat.Txt => OneLine(RichTextRenderer.ToPlainText(text.Text)) + Suffix(text.Marker, null),
                BibliographyFormat.Md => RichTextRenderer.ToMarkdown(text.Text) + Suffix(text.Marker, Markdown.Escape),
                _ => "<div class=\"csl-entry\">" + RichTextRenderer.ToHtml(text.Text)
                    + (text.Marker is null ? string.Empty : $" <span class=\"unresolved\">{Html.Encode(text.Marker)}</span>") + "</div>",
            });
        }

        if (format == BibliographyFormat.Html)
        {
            writer.WriteLine("</div>");
        }
    }

    private static string Suffix(string? marker, Func<string, string>? escape) =>
        marker is null ? string.Empty : " " + (escape is null ? marker : escape(marker));

    private static (RichText Text, string? Marker) Entry(BibliographyEntry entry, CslEntry formatted, bool numbered)
    {
        if (entry.Source is not { } source)
        {
            // The style's own margin (its number) is kept; the printed text replaces the rest. A
            // numeric style that prints its number inline (no second-field-align) has no margin:
            // the number as the style wrote it ("[3] ", "3. ") is kept instead, else "3. ".
            var printed = TextRun.Plain(OneLine(entry.PrintedText!));
            var shown = formatted.LeftMargin is { } m ? new CslEntry(formatted.Item, formatted.CitationNumber, new RichText([printed]), m).Full
                : numbered ? new RichText([TextRun.Plain(InlineNumber(formatted)), printed])
                : new RichText([printed]);
            return (shown, UnresolvedMarker(entry.UnresolvedReason));
        }

        var text = formatted.Full;
        return source.IsRetracted ? (new RichText([.. text.Runs, .. Retraction(source)]), null) : (text, null);
    }

    private static string InlineNumber(CslEntry formatted)
    {
        var number = formatted.CitationNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var plain = RichTextRenderer.ToPlainText(formatted.Text).TrimStart();
        var open = plain.Length > 0 && plain[0] is '[' or '(' ? 1 : 0;
        if (plain.AsSpan(open).StartsWith(number, StringComparison.Ordinal))
        {
            var end = open + number.Length;
            if (end < plain.Length && plain[end] is ']' or ')' or '.' or ':')
            {
                end++;
            }

            if (end == plain.Length || char.IsWhiteSpace(plain[end]))
            {
                return plain[..end] + " ";
            }
        }

        return number + ". ";
    }

    private static TextRun[] Retraction(Source source)
    {
        var notice = source.Notices
            .Select((n, i) => (n, i))
            .Where(x => x.n.Type is NoticeType.Retraction or NoticeType.Withdrawal)
            .OrderBy(x => x.n.Date ?? DateOnly.MinValue)
            .ThenBy(x => x.i)
            .Select(x => x.n)
            .LastOrDefault();
        return notice?.NoticeDoi is { } doi
            ? [TextRun.Plain(" Retraction in: "), TextRun.Link("doi:" + doi.Value, doi.Url)]
            : [TextRun.Plain(" [Retracted]")];
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
