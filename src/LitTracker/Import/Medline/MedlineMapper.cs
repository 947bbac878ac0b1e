using LitTracker.Import.Ris;
using LitTracker.Metadata.PubMed;
using LitTracker.Sources;

namespace LitTracker.Import.Medline;

/// <summary>Maps a MEDLINE record (tags PMID, TI, FAU/AU, CN, JT/TA, DP, VI, IP, PG, AID, LID, PMC, PT, AB) to a source.</summary>
internal static class MedlineMapper
{
    public static ParsedSource Map(RisRecord record, string file)
    {
        var pmidText = record.First("PMID");
        var issues = new RecordIssues(file, record.Line, pmidText);
        var source = new Source();
        ImportValues.SetPmid(source, pmidText, "PMID", issues);
        var types = record.All("PT").ToList();
        var title = record.First("TI", "BTI");
        source.Title = ImportValues.Clean(title) ?? string.Empty;
        source.Type = types.Contains("Preprint", StringComparer.OrdinalIgnoreCase) ? SourceType.Preprint
            : record.First("BTI") is not null && record.First("TI") is null ? SourceType.Book
            : SourceType.JournalArticle;
        source.Design = PublicationTypes.DesignFor(types, source.Title);
        source.DesignDetail = PublicationTypes.Detail(types);
        SetAuthors(record, source);
        source.Container = ImportValues.Clean(record.First("JT"));
        source.ContainerAbbreviation = ImportValues.Clean(record.First("TA"));
        ImportValues.SetDate(source, record.First("DP"), "DP", issues);
        source.Volume = ImportValues.Clean(record.First("VI"));
        source.Issue = ImportValues.Clean(record.First("IP"));
        source.Pages = ImportValues.Pages(record.First("PG"));
        foreach (var id in record.All("AID", "LID"))
        {
            if (source.Doi is null && id.EndsWith("[doi]", StringComparison.Ordinal))
            {
                ImportValues.SetDoi(source, id[..^5], "AID", issues);
            }
            else if (source.Pages is null && id.EndsWith("[pii]", StringComparison.Ordinal) && id.StartsWith('e'))
            {
                source.Pages = id[..^5].Trim();
            }
        }

        ImportValues.SetPmcid(source, record.First("PMC"), "PMC", issues);
        source.Abstract = ImportValues.Clean(record.First("AB"));
        source.Publisher = ImportValues.Clean(record.First("PB"));
        return new ParsedSource(source, record.Line, pmidText, issues.Items);
    }

    private static void SetAuthors(RisRecord record, Source source)
    {
        string? pendingFull = null;
        foreach (var field in record.Fields)
        {
            switch (field.Tag)
            {
                case "FAU":
                    Flush(source, ref pendingFull, null);
                    pendingFull = field.Value;
                    break;
                case "AU":
                    Flush(source, ref pendingFull, field.Value);
                    break;
                case "CN":
                    Flush(source, ref pendingFull, null);
                    source.Authors.Add(Author.Organisation(field.Value));
                    break;
            }
        }

        Flush(source, ref pendingFull, null);
    }

    // FAU "Family, Given" gives the names; the AU that follows it ("Family GI") gives the initials.
    private static void Flush(Source source, ref string? full, string? shortForm)
    {
        if (full is null && shortForm is null)
        {
            return;
        }

        if (full is null)
        {
            source.Authors.Add(PubMedAuthorName.Parse(shortForm!));
            return;
        }

        var comma = full.IndexOf(',', StringComparison.Ordinal);
        var family = comma < 0 ? full : full[..comma].Trim();
        var fore = comma < 0 ? null : full[(comma + 1)..].Trim();
        var initials = shortForm is null ? null : Author.ParseVancouver(shortForm).Given;
        source.Authors.Add(PubMedAuthorName.FromParts(family, fore, initials, null, null) ?? RisNames.Parse(full) ?? new Author(full));
        full = null;
    }
}
