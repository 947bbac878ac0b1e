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

    /// <summary>
    /// Options for <paramref name="report"/>: demonstration data when any citation in it was graded
    /// by the seed reviewer, whose signature says "demonstration" (seed/citations.json). One rule
    /// for every host, so the CLI and the service can not disagree about the banner.
    /// </summary>
    public static EvidenceReportOptions For(Checking.CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var demonstration = report.Articles.SelectMany(a => a.Claims).SelectMany(c => c.Citations)
            .Any(c => c.By.Contains("demonstration", StringComparison.OrdinalIgnoreCase));
        return new EvidenceReportOptions(DemonstrationData: demonstration);
    }

    /// <summary>The banner shown when <see cref="DemonstrationData"/> is set.</summary>
    public const string DemonstrationBanner =
        "Demonstration data: the stances and grades in this table are seed data made to show how LitTracker works. They are not a reviewed assessment and must not be relied on.";
}
