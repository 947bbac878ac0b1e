namespace LitTracker.Sources;

/// <summary>
/// Where the value of one field of a <see cref="Source"/> came from. Merging fetched metadata
/// fills blanks and refreshes machine-provided values, but never overwrites <see cref="Person"/>.
/// </summary>
public enum FieldOrigin
{
    /// <summary>Not recorded (treated like a machine value: it may be refreshed).</summary>
    Unspecified = 0,

    /// <summary>A bibliography file import (BibTeX, RIS, CSL-JSON, CSV, MEDLINE).</summary>
    Import,

    /// <summary>The Crossref REST API.</summary>
    Crossref,

    /// <summary>PubMed (NCBI E-utilities).</summary>
    PubMed,

    /// <summary>A person edited the field; automatic refreshes leave it alone.</summary>
    Person,

    /// <summary>The curated seed data shipped with the project.</summary>
    Seed,
}
