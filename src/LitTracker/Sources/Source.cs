namespace LitTracker.Sources;

/// <summary>
/// A citable work: journal article, review, trial report, guideline, position statement,
/// regulatory notice or web page. Empty fields mean "not known"; nothing is ever guessed.
/// </summary>
public sealed class Source
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>Stable human key (e.g. <c>law2019</c>), accepted wherever an id is.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Publication type.</summary>
    public SourceType Type { get; set; }

    /// <summary>Study design; sets the starting grade.</summary>
    public StudyDesign Design { get; set; }

    /// <summary>The design as the record described it, kept verbatim (e.g. "RCT phase IIb, double-blind").</summary>
    public string? DesignDetail { get; set; }

    /// <summary>Who or what was studied.</summary>
    public Population Population { get; set; }

    /// <summary>Authors in printed order.</summary>
    public List<Author> Authors { get; set; } = [];

    /// <summary>True when the author list is known to be cut short (printed with "et al.").</summary>
    public bool AuthorsIncomplete { get; set; }

    /// <summary>Title of the work.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Journal, website or series the work appears in.</summary>
    public string? Container { get; set; }

    /// <summary>NLM/ISO abbreviation of the container, e.g. "Pain Med".</summary>
    public string? ContainerAbbreviation { get; set; }

    /// <summary>Year of publication.</summary>
    public int? Year { get; set; }

    /// <summary>Month of publication (1-12).</summary>
    public int? Month { get; set; }

    /// <summary>Day of publication (1-31).</summary>
    public int? Day { get; set; }

    /// <summary>Volume.</summary>
    public string? Volume { get; set; }

    /// <summary>Issue.</summary>
    public string? Issue { get; set; }

    /// <summary>Pages or article number, e.g. "525-538" or "e23343".</summary>
    public string? Pages { get; set; }

    /// <summary>DOI, canonical.</summary>
    public Doi? Doi { get; set; }

    /// <summary>PubMed id.</summary>
    public Pmid? Pmid { get; set; }

    /// <summary>PubMed Central id.</summary>
    public Pmcid? Pmcid { get; set; }

    /// <summary>Where the work can be read.</summary>
    public string? Url { get; set; }

    /// <summary>When a web source was last consulted.</summary>
    public DateOnly? AccessedOn { get; set; }

    /// <summary>Publisher (for books, reports and web pages).</summary>
    public string? Publisher { get; set; }

    /// <summary>The work's own abstract.</summary>
    public string? Abstract { get; set; }

    /// <summary>A reviewer's summary of what the work found, in our own words.</summary>
    public string? Note { get; set; }

    /// <summary>The normalised title (<see cref="Sources.TitleKey"/>), kept in step by the context on save.</summary>
    public string TitleKey { get; set; } = string.Empty;

    /// <summary>Where each field's value came from (import, Crossref, PubMed, a person…); absent means unknown.</summary>
    public Dictionary<SourceField, FieldOrigin> Provenance { get; set; } = [];

    /// <summary>Retractions, corrections and other notices about this work.</summary>
    public List<Notice> Notices { get; set; } = [];

    /// <summary>
    /// True when a retraction or withdrawal is in force: the latest such notice is not followed
    /// by a reinstatement. Corrections and expressions of concern never count.
    /// </summary>
    public bool IsRetracted => NoticeRules.IsRetracted(Notices);
}
