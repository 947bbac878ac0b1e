using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Sources;
using LitTracker.Web.Claims;

namespace LitTracker.Web.Pages;

/// <summary><c>/claims/{id}</c>: a claim's verdict, its citations with stance, grade, locator and rationale, its history, and the citation form.</summary>
public static class ClaimPage
{
    public static Task<IResult> RenderAsync(string id, ClaimReader claims, SourceService sources, CancellationToken ct, int? edit = null, string? saved = null) => PageEndpoints.Guard(async () =>
    {
        var detail = await claims.GetAsync(id, ct).ConfigureAwait(false);
        var form = CitationFormState.Empty;
        if (edit is { } citationId && detail.Citations.FirstOrDefault(c => c.Id == citationId) is { } editing)
        {
            form = FormFor(editing);
        }

        var message = saved is null ? null : $"Citation {(saved is "created" or "changed" or "unchanged" ? saved : "saved")}. The verdict below is up to date.";
        return Render(detail, await sources.ListAsync(null, ct).ConfigureAwait(false), form with { Message = message }, StatusCodes.Status200OK);
    });

    /// <summary>The form filled with a citation's current state (for changing it).</summary>
    public static CitationFormState FormFor(CitationResponse c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return CitationFormState.Empty with
        {
            Values = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["source"] = c.Source.Key,
                ["stance"] = c.Stance,
                ["grade"] = c.Grade,
                ["outcome"] = c.Outcome == "unspecified" ? string.Empty : c.Outcome,
                ["locator"] = c.Locator,
                ["rationale"] = c.Rationale,
                ["origin"] = c.Origin,
                ["version"] = c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>The page for a claim with a form state (also used to answer a rejected form).</summary>
    public static IResult Render(ClaimDetail detail, IReadOnlyList<Source> sources, CitationFormState form, int status)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(form);
        var c = detail.Claim;
        var verdict = VocabularyNames.TryParse<Verdict>(c.Verdict, out var parsed) ? parsed : Verdict.Unspecified;
        var flags = c.Flags.Aggregate(ClaimFlags.None, (all, f) => VocabularyNames.TryParse<ClaimFlags>(f, out var flag) ? all | flag : all);
        var body = Markup.Html($"""
            <p class="crumbs"><a href="/articles/{c.Article}#claim-{c.Key}">← {c.Article}</a></p>
            <h1>Claim {c.Key}</h1>
            <section class="claim v-{c.Verdict}" id="verdict">
            <p class="claim-head">{Badges.VerdictBadge(verdict)}{Badges.FlagBadges(flags)}</p>
            <p class="claim-text">{c.Text}</p>
            <p class="claim-meta">{c.Locator} · {c.CategoryLabel} · {c.Wording.Replace('-', ' ')} wording{(c.Absolute ? " · absolute" : string.Empty)} · best supporting grade {c.BestSupportingGrade ?? "none"} · SORT {c.Sort}</p>
            <p class="verdict-meaning">{Badges.Meaning(verdict)}</p>
            </section>
            {(form.Message is null ? Markup.Empty : Markup.Html($"<p class=\"message\" role=\"status\">{form.Message}</p>"))}
            <h2 id="citations">Citations</h2>
            {CitationsTable(c.Key, detail.Citations)}
            {ClaimForm.Render(c.Key, sources, form)}
            <h2>History</h2>
            {History(detail.History)}
            """);
        return Layout.Page($"Claim {c.Key}", body, status);
    }

    private static Markup CitationsTable(string claim, IReadOnlyList<CitationResponse> citations) => citations.Count == 0
        ? Markup.Html($"<p>No citation yet: nothing supports this claim.</p>")
        : Markup.Html($"""
            <div class="table-wrap"><table>
            <thead><tr><th scope="col">Source</th><th scope="col">Stance</th><th scope="col">Grade</th><th scope="col">Outcome</th><th scope="col">Origin</th><th scope="col">Locator</th><th scope="col">Rationale</th><th scope="col">By</th><th scope="col">Change</th></tr></thead>
            <tbody>{Markup.Join(citations.Select(x => Markup.Html($"""
                <tr><td><a href="/sources/{x.Source.Key}">{x.Source.Key}</a> {x.Source.Title}{(x.Source.Retracted ? Markup.Html($" <strong class=\"retracted\">retracted</strong>") : Markup.Empty)}</td>
                <td>{(VocabularyNames.TryParse<Stance>(x.Stance, out var s) ? Badges.StanceChip(s) : Markup.Empty)}</td><td>{x.Grade.Replace('-', ' ')}</td><td>{x.Outcome.Replace('-', ' ')}</td><td>{x.Origin}</td>
                <td>{x.Locator}</td><td>{x.Rationale}</td><td>{x.By}<br><small>{x.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC · v{x.Version}</small></td>
                <td><a href="/claims/{claim}?edit={x.Id}#cite">Change</a></td></tr>
                """)))}</tbody>
            </table></div>
            """);

    private static Markup History(IReadOnlyList<HistoryResponse> history) => history.Count == 0
        ? Markup.Html($"<p>No change recorded.</p>")
        : Markup.Html($"""
            <div class="table-wrap"><table>
            <thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Change</th><th scope="col">Source</th><th scope="col">Stance</th><th scope="col">Grade</th><th scope="col">Rationale</th></tr></thead>
            <tbody>{Markup.Join(history.Select(h => Markup.Html($"<tr><td>{h.At.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}</td><td>{h.By}</td><td>{h.Change}</td><td>{h.SourceKey}</td><td>{h.Stance.Replace('-', ' ')}</td><td>{h.Grade.Replace('-', ' ')}</td><td>{h.Rationale}</td></tr>")))}</tbody>
            </table></div>
            """);
}
