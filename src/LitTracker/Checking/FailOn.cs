using LitTracker.Grading;

namespace LitTracker.Checking;

/// <summary>
/// The conditions of <c>check --fail-on</c>: verdicts (unsourced, weak, contested, contradicted,
/// retracted) and flags (uncited, overstated, indirect, unresolved, vague). <c>retracted</c> matches
/// the retracted-support verdict and any claim citing a retracted source in support.
/// </summary>
public sealed class FailOn
{
    /// <summary>The words accepted, in documentation order.</summary>
    public static readonly IReadOnlyList<string> Words =
        ["uncited", "unsourced", "weak", "contested", "contradicted", "retracted", "overstated", "indirect", "unresolved", "vague"];

    private readonly HashSet<string> conditions;

    private FailOn(HashSet<string> conditions) => this.conditions = conditions;

    /// <summary>No condition: nothing fails.</summary>
    public static FailOn None { get; } = new([]);

    /// <summary>The conditions chosen.</summary>
    public IReadOnlyCollection<string> Conditions => conditions;

    /// <summary>Parses a comma-separated list; throws InvalidInput naming an unknown word.</summary>
    public static FailOn Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return None;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var word = raw.ToLowerInvariant();
            if (!Words.Contains(word))
            {
                throw LitTrackerException.Invalid("--fail-on", $"--fail-on '{raw}' is not one of: {string.Join(", ", Words)}.");
            }

            set.Add(word);
        }

        return new FailOn(set);
    }

    /// <summary>The conditions this assessment meets (empty when it passes).</summary>
    public IReadOnlyList<string> Matches(ClaimAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return conditions.Where(c => c switch
        {
            "uncited" => a.Flags.HasFlag(ClaimFlags.Uncited),
            "unsourced" => a.Verdict == Verdict.Unsourced,
            "weak" => a.Verdict == Verdict.Weak,
            "contested" => a.Verdict == Verdict.Contested,
            "contradicted" => a.Verdict == Verdict.Contradicted,
            "retracted" => a.Verdict == Verdict.RetractedSupport || a.Flags.HasFlag(ClaimFlags.CitesRetracted),
            "overstated" => a.Flags.HasFlag(ClaimFlags.Overstated),
            "indirect" => a.Flags.HasFlag(ClaimFlags.Indirect),
            "unresolved" => a.Flags.HasFlag(ClaimFlags.UnresolvedReference),
            "vague" => a.Flags.HasFlag(ClaimFlags.VagueAttribution),
            _ => false,
        }).Order(StringComparer.Ordinal).ToList();
    }
}
