using System.CommandLine;
using LitTracker.Citations;
using LitTracker.Grading;

namespace LitTracker.Cli.Commands;

/// <summary><c>littracker cite CLAIM SOURCE --stance S [--grade G] …</c>: creates or changes a citation, keeping its history.</summary>
internal static class CiteCommand
{
    public static Command Create(CliContext cli)
    {
        var claim = new Argument<string>("CLAIM") { Description = "Claim id or key." };
        var source = new Argument<string>("SOURCE") { Description = "Source id, key, DOI or pmid:N." };
        var stance = new Option<string?>("--stance") { Description = "supports|contradicts|mixed|does-not-address (required for a new citation)." };
        var grade = new Option<string?>("--grade") { Description = "GRADE certainty: high|moderate|low|very-low (default: the level the study design suggests)." };
        var outcome = new Option<string?>("--outcome") { Description = "patient-oriented|disease-oriented: what the evidence measures." };
        var locator = new Option<string?>("--locator") { Description = "Page, section or quoted passage." };
        var reason = new Option<string?>("--reason") { Description = "Rationale; required when the grade differs from the design's suggestion." };
        var origin = new Option<string>("--origin") { Description = "reviewer (you add evidence) or article (the article itself cites it).", DefaultValueFactory = _ => "reviewer" };
        origin.AcceptOnlyFromAmong("reviewer", "article");
        var by = new Option<string?>("--by") { Description = "Who is grading (default: $LITTRACKER_USER, else your login name)." };

        var command = new Command("cite", "Cite a source for a claim with a stance and grade, or change that citation (every change is kept in its history).")
        {
            claim, source, stance, grade, outcome, locator, reason, origin, by,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            var request = new CitationRequest(
                parse.GetValue(claim)!,
                parse.GetValue(source)!,
                CommandRunner.ParseOptionalWord<Stance>(parse.GetValue(stance), "--stance"),
                CommandRunner.ParseOptionalWord<Certainty>(parse.GetValue(grade), "--grade"),
                CommandRunner.ParseOptionalWord<Outcome>(parse.GetValue(outcome), "--outcome"),
                parse.GetValue(locator),
                parse.GetValue(reason),
                CommandRunner.ParseWord<CitationOrigin>(parse.GetValue(origin), "--origin"),
                CliContext.Who(parse.GetValue(by)));

            await using var db = await CliContext.OpenAsync(parse, ct).ConfigureAwait(false);
            var result = await new CitationService(db, cli.Clock).CiteAsync(request, ct).ConfigureAwait(false);
            var c = result.Citation;
            var what = result.Kind switch
            {
                ChangeKind.Created => "created",
                ChangeKind.Changed => "changed",
                _ => "unchanged",
            };
            await cli.Out.WriteLineAsync(
                $"citation {c.Id} {what}: {request.Claim} ← {request.Source} {VocabularyNames.Name(c.Stance)}, grade {VocabularyNames.Name(c.Grade)} (design suggests {VocabularyNames.Name(result.SuggestedGrade)}), version {c.Version}").ConfigureAwait(false);
            var verdict = await new Checking.CheckService(db).CheckClaimAsync(request.Claim, ct).ConfigureAwait(false);
            await cli.Out.WriteLineAsync($"claim {verdict.Key} is now {VocabularyNames.Name(verdict.Assessment.Verdict)}" +
                (verdict.Assessment.Flags == ClaimFlags.None ? string.Empty : $" [{string.Join(", ", VocabularyNames.FlagNames(verdict.Assessment.Flags))}]")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
