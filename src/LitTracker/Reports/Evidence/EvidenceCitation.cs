using LitTracker.Checking;
using LitTracker.Citations;

namespace LitTracker.Reports.Evidence;

/// <summary>A citation's values as every evidence format prints them (raw, unescaped).</summary>
internal sealed record EvidenceCitation(
    CitationView View,
    string Stance,
    string SourceLabel,
    bool Retracted,
    string Design,
    string Origin,
    string Grade,
    string Outcome,
    string Locator,
    string Rationale,
    string ByWhen)
{
    public static EvidenceCitation From(CitationView view)
    {
        var source = view.Source;
        var design = ReportValues.Label(source.Design);
        return new EvidenceCitation(
            view,
            ReportValues.Label(view.Stance),
            SourceLabels.Label(source),
            source.IsRetracted,
            design.Length > 0 ? design : source.DesignDetail ?? string.Empty,
            ReportValues.Label(view.Origin),
            ReportValues.Label(view.Grade),
            ReportValues.Label(view.Outcome),
            view.Locator ?? string.Empty,
            view.Rationale ?? string.Empty,
            ReportValues.ByWhen(view.By, view.At));
    }

    /// <summary>A claim's citations, supporting first, then contradicting, mixed, not addressing; stable within.</summary>
    public static IReadOnlyList<EvidenceCitation> Ordered(ClaimCheck claim) =>
        claim.Citations.OrderBy(c => ReportValues.StanceOrder(c.Stance)).Select(From).ToList();

    public bool IsSupporting => View.Stance == Citations.Stance.Supports;

    public bool IsAgainst => View.Stance is Citations.Stance.Contradicts or Citations.Stance.Mixed;

    /// <summary>"2 supporting, 1 contradicting, 0 mixed, 1 not addressing".</summary>
    public static string Balance(ClaimCheck claim)
    {
        int Count(Stance stance) => claim.Citations.Count(c => c.Stance == stance);
        var text = $"{Count(Citations.Stance.Supports)} supporting, {Count(Citations.Stance.Contradicts)} contradicting, {Count(Citations.Stance.Mixed)} mixed, {Count(Citations.Stance.DoesNotAddress)} not addressing";
        var unspecified = Count(Citations.Stance.Unspecified);
        return unspecified > 0 ? text + $", {unspecified} without stance" : text;
    }
}
