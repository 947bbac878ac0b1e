using System.CommandLine;
using LitTracker.Reports.Csl;

namespace LitTracker.Cli.Commands;

/// <summary><c>--style vancouver|nlm|ama|apa|FILE.csl</c>, resolved with line-numbered errors.</summary>
internal static class CslStyleOption
{
    public static Option<string> Create() => new("--style")
    {
        Description = "Citation style: vancouver (NLM), nlm, ama, apa, or a path to a .csl file.",
        DefaultValueFactory = _ => "vancouver",
    };

    /// <summary>The style, or an invalid-input error listing every problem with its line.</summary>
    public static CslStyle Resolve(string? value)
    {
        var result = CslStyles.Resolve(string.IsNullOrWhiteSpace(value) ? "vancouver" : value);
        if (result.Style is null)
        {
            throw LitTrackerException.Invalid("--style", string.Join(Environment.NewLine, result.Issues.Select(i => i.ToString())));
        }

        return result.Style;
    }
}
