namespace LitTracker.Analysis.References;

/// <summary>Fields read from a printed reference; null where the line does not give one.</summary>
/// <param name="Label">The printed number ("1" from "1." or "[1]").</param>
/// <param name="FirstAuthor">First author's family name.</param>
/// <param name="Year">Publication year.</param>
/// <param name="Title">The title (for a bare-title line, the line without its access note).</param>
/// <param name="Container">Journal or site.</param>
/// <param name="Doi">DOI.</param>
/// <param name="Pmid">PMID.</param>
/// <param name="Url">URL.</param>
/// <param name="TitleCandidates">Every segment that could be the title, best guess first (for fuzzy matching).</param>
public sealed record ReferenceFields(
    int? Label,
    string? FirstAuthor,
    int? Year,
    string? Title,
    string? Container,
    string? Doi,
    string? Pmid,
    string? Url,
    IReadOnlyList<string> TitleCandidates)
{
    /// <summary>True when only a title is printed: no author, journal, year or identifier.</summary>
    public bool IsBareTitle => FirstAuthor is null && Year is null && Container is null && Doi is null && Pmid is null && Url is null;
}
