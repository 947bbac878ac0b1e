namespace LitTracker.Reports.Evidence;

/// <summary>What the evidence table says about itself.</summary>
/// <param name="DemonstrationData">
/// True when the grading is demonstration data (the seed): Markdown and HTML then say so at the
/// top and JSON carries <c>"demonstrationData": true</c>. Default false.
/// </param>
/// <param name="Note">An extra note printed under the title (e.g. scope or reviewer instructions). Default none.</param>
/// <param name="Title">Document title. Default "Evidence table".</param>
public sealed record EvidenceReportOptions(bool DemonstrationData = false, string? Note = null, string Title = "Evidence table")
{
    /// <summary>No banner, no note, default title.</summary>
    public static EvidenceReportOptions Default { get; } = new();

    /// <summary>The banner shown when <see cref="DemonstrationData"/> is set.</summary>
    public const string DemonstrationBanner =
        "Demonstration data: the stances and grades in this table are seed data made to show how LitTracker works. They are not a reviewed assessment and must not be relied on.";
}
