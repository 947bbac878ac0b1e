using LitTracker.Sources;

namespace LitTracker.Import.Ris;

/// <summary>Maps a Web of Science tagged record (PT … ER) to a <see cref="Source"/>.</summary>
internal static class WosMapper
{
    public static ParsedSource Map(RisRecord record, string file)
    {
        var key = record.First("UT");
        var issues = new RecordIssues(file, record.Line, key);
        var source = new Source
        {
            Type = (record.First("PT") ?? string.Empty).Trim() switch
            {
                "J" => SourceType.JournalArticle,
                "B" or "S" => SourceType.Book,
                _ => SourceType.Other,
            },
        };
        var full = record.All("AF");
        foreach (var name in full.Count > 0 ? full : record.All("AU"))
        {
            if (RisNames.Parse(name) is { } author)
            {
                source.Authors.Add(author);
            }
        }

        source.Title = ImportValues.Clean(record.First("TI")) ?? string.Empty;
        source.Container = ImportValues.Clean(record.First("SO", "SE"));
        source.ContainerAbbreviation = ImportValues.Clean(record.First("JI", "J9"));
        if (record.FirstField("PY") is { } py)
        {
            ImportValues.SetDate(source, py.Value, "PY", issues);
        }

        if (record.First("PD") is { } pd && source.Year is not null)
        {
            var parts = pd.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            source.Month = ImportValues.Month(parts[0]);
            source.Day = source.Month is not null && parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;
        }

        source.Volume = ImportValues.Clean(record.First("VL"));
        source.Issue = ImportValues.Clean(record.First("IS"));
        var begin = ImportValues.Clean(record.First("BP"));
        var end = ImportValues.Clean(record.First("EP"));
        source.Pages = begin is null ? ImportValues.Clean(record.First("AR")) : end is null ? begin : $"{begin}-{end}";
        ImportValues.SetDoi(source, record.First("DI"), "DI", issues);
        ImportValues.SetPmid(source, record.First("PM"), "PM", issues);
        source.Publisher = ImportValues.Clean(record.First("PU"));
        source.Abstract = ImportValues.Clean(record.First("AB"));
        if (source.Title.Length == 0)
        {
            issues.Warn("The record has no title (TI); it was imported without one.", record.Line);
        }

        return new ParsedSource(source, record.Line, key, issues.Items);
    }
}
