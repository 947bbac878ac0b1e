namespace LitTracker.Sources;

/// <summary>The fields of a <see cref="Sources.Source"/> that metadata can fill, one provenance entry each.</summary>
public enum SourceField
{
    /// <summary>Not a field (reserved).</summary>
    Unspecified = 0,

    /// <summary><see cref="Sources.Source.Type"/>.</summary>
    Type,

    /// <summary><see cref="Sources.Source.Design"/>.</summary>
    Design,

    /// <summary><see cref="Sources.Source.DesignDetail"/>.</summary>
    DesignDetail,

    /// <summary><see cref="Sources.Source.Population"/>.</summary>
    Population,

    /// <summary><see cref="Sources.Source.Authors"/> together with <see cref="Sources.Source.AuthorsIncomplete"/>.</summary>
    Authors,

    /// <summary><see cref="Sources.Source.Title"/>.</summary>
    Title,

    /// <summary><see cref="Sources.Source.Container"/>.</summary>
    Container,

    /// <summary><see cref="Sources.Source.ContainerAbbreviation"/>.</summary>
    ContainerAbbreviation,

    /// <summary><see cref="Sources.Source.Year"/>, <see cref="Sources.Source.Month"/> and <see cref="Sources.Source.Day"/> as one date.</summary>
    Date,

    /// <summary><see cref="Sources.Source.Volume"/>.</summary>
    Volume,

    /// <summary><see cref="Sources.Source.Issue"/>.</summary>
    Issue,

    /// <summary><see cref="Sources.Source.Pages"/>.</summary>
    Pages,

    /// <summary><see cref="Sources.Source.Doi"/>.</summary>
    Doi,

    /// <summary><see cref="Sources.Source.Pmid"/>.</summary>
    Pmid,

    /// <summary><see cref="Sources.Source.Pmcid"/>.</summary>
    Pmcid,

    /// <summary><see cref="Sources.Source.Url"/>.</summary>
    Url,

    /// <summary><see cref="Sources.Source.Publisher"/>.</summary>
    Publisher,

    /// <summary><see cref="Sources.Source.Abstract"/>.</summary>
    Abstract,

    /// <summary><see cref="Sources.Source.Notices"/> (merged by union, never removed).</summary>
    Notices,
}
