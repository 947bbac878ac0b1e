using System.Diagnostics.CodeAnalysis;
using LitTracker.Sources;

namespace LitTracker.Metadata;

/// <summary>
/// An identifier a user can add a paper by: a DOI (bare, <c>doi:</c>, <c>https://doi.org/…</c>) or a
/// PMID (<c>pmid:N</c>, a PubMed URL, or bare digits). Exactly one of <see cref="Doi"/> and <see cref="Pmid"/> is set.
/// </summary>
public readonly record struct MetadataId
{
    private MetadataId(Doi? doi, Pmid? pmid)
    {
        Doi = doi;
        Pmid = pmid;
    }

    /// <summary>The DOI, when the identifier is one.</summary>
    public Doi? Doi { get; }

    /// <summary>The PMID, when the identifier is one.</summary>
    public Pmid? Pmid { get; }

    /// <summary>Parses a DOI or PMID in any accepted spelling.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MetadataId id)
    {
        if (Sources.Doi.TryParse(text, out var doi))
        {
            id = new MetadataId(doi, null);
            return true;
        }

        if (Sources.Pmid.TryParse(text, out var pmid))
        {
            id = new MetadataId(null, pmid);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Canonical text: the DOI, or <c>pmid:N</c>.</summary>
    public override string ToString() => Doi is { } d ? d.Value : Pmid is { } p ? "pmid:" + p : string.Empty;
}
