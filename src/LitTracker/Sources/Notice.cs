namespace LitTracker.Sources;

/// <summary>An editorial notice about a source (retraction, correction, expression of concern…).</summary>
public sealed class Notice
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>The source the notice is about.</summary>
    public int SourceId { get; set; }

    /// <summary>What kind of notice.</summary>
    public NoticeType Type { get; set; }

    /// <summary>Date of the notice, when known.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>DOI of the notice itself.</summary>
    public Doi? NoticeDoi { get; set; }

    /// <summary>Where we learned of it: <c>retraction-watch</c>, <c>crossref</c>, <c>pubmed</c> or <c>manual</c>.</summary>
    public string Origin { get; set; } = "manual";

    /// <summary>Reasons given, free text.</summary>
    public string? Reason { get; set; }
}
