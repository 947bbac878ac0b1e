namespace LitTracker.Sources.Duplicates;

/// <summary>
/// What duplicate detection needs to know about one source: identifiers, normalised title, year,
/// first-author surname and whether it is a preprint. Small, so a whole library fits in memory.
/// </summary>
/// <param name="Id">Source id (0 for a record not stored yet).</param>
/// <param name="Key">Source key.</param>
/// <param name="Doi">Canonical DOI.</param>
/// <param name="Pmid">PMID.</param>
/// <param name="TitleKey">Normalised title (<see cref="Sources.TitleKey.For"/>), folded further by <see cref="DuplicateTitle.Fold"/> when built by the factory methods.</param>
/// <param name="Year">Year of publication.</param>
/// <param name="Surname">First author's surname folded to lower-case ASCII letters (<see cref="SurnameKey"/>).</param>
/// <param name="IsPreprint">True for a preprint (by type or by a preprint server's DOI prefix).</param>
public sealed record DuplicateCandidate(int Id, string Key, Doi? Doi, Pmid? Pmid, string TitleKey, int? Year, string Surname, bool IsPreprint)
{
    // bioRxiv/medRxiv, Research Square, SSRN, Preprints.org, arXiv, JMIR Preprints, OSF.
    private static readonly string[] PreprintPrefixes = ["10.1101/", "10.21203/", "10.2139/", "10.20944/", "10.48550/", "10.2196/preprints", "10.31219/", "10.31234/"];

    /// <summary>The candidate for a source (its <see cref="Source.TitleKey"/> is recomputed from the title).</summary>
    public static DuplicateCandidate From(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return From(source.Id, source.Key, source.Doi, source.Pmid, source.Title, source.Year, source.Authors.FirstOrDefault(), source.Type);
    }

    /// <summary>The candidate from the fields one by one.</summary>
    public static DuplicateCandidate From(int id, string key, Doi? doi, Pmid? pmid, string title, int? year, Author? firstAuthor, SourceType type) =>
        FromTitleKey(id, key, doi, pmid, Sources.TitleKey.For(title), year, firstAuthor, type);

    /// <summary>The candidate of a stored source whose title is already normalised.</summary>
    public static DuplicateCandidate FromTitleKey(int id, string key, Doi? doi, Pmid? pmid, string titleKey, int? year, Author? firstAuthor, SourceType type)
    {
        var (surname, parts, organisation) = SurnameMatcher.Fold(firstAuthor);
        return new DuplicateCandidate(id, key, doi, pmid, DuplicateTitle.Fold(titleKey), year, surname, IsPreprintBy(type, doi))
        {
            SurnameParts = parts,
            IsOrganisation = organisation,
        };
    }

    /// <summary>The first author's surname split into parts without particles (<see cref="SurnameMatcher.Parts"/>), for compound surnames.</summary>
    public string SurnameParts { get; init; } = string.Empty;

    /// <summary>True when the first author is an organisation (<see cref="SurnameMatcher.IsOrganisation"/>).</summary>
    public bool IsOrganisation { get; init; }

    /// <summary>A surname folded for comparison: "van Wijnen" → <c>vanwijnen</c>, "Müller" → <c>muller</c>; an organisation's name likewise.</summary>
    public static string SurnameKey(Author? author) => SurnameMatcher.Fold(author).Key;

    private static bool IsPreprintBy(SourceType type, Doi? doi)
    {
        if (type == SourceType.Preprint)
        {
            return true;
        }

        if (doi is { } d)
        {
            foreach (var prefix in PreprintPrefixes)
            {
                if (d.Value.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
