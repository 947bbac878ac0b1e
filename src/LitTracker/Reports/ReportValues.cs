using System.Globalization;
using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Sources;

namespace LitTracker.Reports;

/// <summary>How report writers spell domain values, so every format agrees.</summary>
internal static class ReportValues
{
    /// <summary>Kebab-case name, or null for Unspecified (reports never print "unspecified").</summary>
    public static string? Name<T>(T value)
        where T : struct, Enum =>
        Convert.ToInt64(value, CultureInfo.InvariantCulture) == 0 ? null : VocabularyNames.Name(value);

    /// <summary>Words for people: "direct causal", "very low", "systematic review of RCTs".</summary>
    public static string Label<T>(T value)
        where T : struct, Enum =>
        Name(value)?.Replace('-', ' ').Replace("rct", "RCT", StringComparison.Ordinal) ?? string.Empty;

    /// <summary>"A", "B", "C" or null.</summary>
    public static string? Sort(SortStrength sort) => sort == SortStrength.Unspecified ? null : sort.ToString();

    /// <summary>Flags as kebab-case names.</summary>
    public static IReadOnlyList<string> Flags(ClaimFlags flags) => VocabularyNames.FlagNames(flags);

    /// <summary>"yes" or "no".</summary>
    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>Date of a grading in UTC, "2024-05-01"; empty when never set.</summary>
    public static string Day(DateTime at) =>
        at == default ? string.Empty : at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 instant, or null when never set.</summary>
    public static string? Instant(DateTime at) =>
        at == default ? null : DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"alice, 2024-05-01", or whichever half is known.</summary>
    public static string ByWhen(string by, DateTime at) =>
        string.Join(", ", new[] { by, Day(at) }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>Order in which evidence tables list stances: support, then everything against it.</summary>
    public static int StanceOrder(Stance stance) => stance switch
    {
        Stance.Supports => 0,
        Stance.Contradicts => 1,
        Stance.Mixed => 2,
        Stance.DoesNotAddress => 3,
        _ => 4,
    };

    /// <summary>PMID as text or null.</summary>
    public static string? Pmid(Source source) => source.Pmid?.ToString();
}
