using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Reports.Evidence;

namespace LitTracker.Web.Pages;

/// <summary>
/// How verdicts, flags and stances look: a colour class, an icon and always a text label, so colour
/// is never the only signal.
/// </summary>
public static class Badges
{
    /// <summary>Verdicts in legend order, from no support to strong support.</summary>
    public static readonly IReadOnlyList<Verdict> Order =
        [Verdict.Unsourced, Verdict.RetractedSupport, Verdict.Contradicted, Verdict.Contested, Verdict.Weak, Verdict.Moderate, Verdict.Strong];

    /// <summary>The flags the page shows with icons.</summary>
    public static readonly IReadOnlyList<ClaimFlags> ShownFlags =
        [ClaimFlags.Uncited, ClaimFlags.Overstated, ClaimFlags.Indirect, ClaimFlags.VagueAttribution, ClaimFlags.UnresolvedReference, ClaimFlags.CitesRetracted];

    /// <summary>The icon of a verdict.</summary>
    public static string Icon(Verdict verdict) => verdict switch
    {
        Verdict.Unsourced => "∅",
        Verdict.RetractedSupport => "⊘",
        Verdict.Contradicted => "✗",
        Verdict.Contested => "⇄",
        Verdict.Weak => "◔",
        Verdict.Moderate => "◑",
        Verdict.Strong => "●",
        _ => "?",
    };

    /// <summary>The icon of a flag.</summary>
    public static string Icon(ClaimFlags flag) => flag switch
    {
        ClaimFlags.Uncited => "¶",
        ClaimFlags.Overstated => "‼",
        ClaimFlags.Indirect => "↪",
        ClaimFlags.VagueAttribution => "❝",
        ClaimFlags.UnresolvedReference => "?",
        ClaimFlags.CitesRetracted => "⚠",
        _ => "•",
    };

    /// <summary>The label people read ("retracted support").</summary>
    public static string Label<T>(T value)
        where T : struct, Enum => VocabularyNames.Name(value).Replace('-', ' ');

    /// <summary>A verdict badge: icon (hidden from screen readers) and the word.</summary>
    public static Markup VerdictBadge(Verdict verdict) =>
        Markup.Html($"<span class=\"badge v-{VocabularyNames.Name(verdict)}\"><span aria-hidden=\"true\">{Icon(verdict)}</span> {Label(verdict)}</span>");

    /// <summary>Flag badges of a claim.</summary>
    public static Markup FlagBadges(ClaimFlags flags) => Markup.Join(ShownFlags.Where(f => flags.HasFlag(f)).Select(f =>
        Markup.Html($" <span class=\"flag f-{VocabularyNames.Name(f)}\" title=\"{Meaning(f)}\"><span aria-hidden=\"true\">{Icon(f)}</span> {Label(f)}</span>")));

    /// <summary>A stance as a small labelled chip.</summary>
    public static Markup StanceChip(Stance stance) =>
        Markup.Html($"<span class=\"stance s-{VocabularyNames.Name(stance)}\">{VocabularyNames.Label(stance)}</span>");

    /// <summary>What a verdict means, from the report legend.</summary>
    public static string Meaning(Verdict verdict) => VerdictLegend.Verdicts.FirstOrDefault(v => v.Verdict == verdict).Meaning ?? Label(verdict);

    /// <summary>What a flag means, from the report legend.</summary>
    public static string Meaning(ClaimFlags flag) => VerdictLegend.Flags.FirstOrDefault(v => v.Flag == flag).Meaning ?? Label(flag);

    /// <summary>The legend of verdicts and flags.</summary>
    public static Markup Legend() => Markup.Html($"""
        <section class="legend" aria-labelledby="legend-title">
        <h2 id="legend-title">Legend</h2>
        <ul class="legend-list">{Markup.Join(Order.Select(v => Markup.Html($"<li>{VerdictBadge(v)} {Meaning(v)}</li>")))}</ul>
        <ul class="legend-list">{Markup.Join(ShownFlags.Select(f => Markup.Html($"<li><span class=\"flag\"><span aria-hidden=\"true\">{Icon(f)}</span> {Label(f)}</span> {Meaning(f)}</li>")))}</ul>
        </section>
        """);
}
