using System.Globalization;
using LitTracker.Citations;
using LitTracker.Grading;
using LitTracker.Security;
using LitTracker.Sources;
using LitTracker.Web.Citations;
using LitTracker.Web.Claims;
using LitTracker.Web.Errors;

namespace LitTracker.Web.Pages;

/// <summary>
/// The form on the claim page that adds or changes a citation. It carries the API key in a password
/// field; the key's name is recorded as the reviewer. Changing an existing citation needs the version
/// shown when the form was opened, so a reviewer never silently overwrites another's change.
/// </summary>
public static class ClaimForm
{
    private static readonly string[] Fields = ["source", "stance", "grade", "outcome", "locator", "rationale", "origin", "version"];

    public static async Task<IResult> SubmitAsync(
        string id, HttpRequest request, ApiKeyService keys, CitationEditor editor, ClaimReader claims, SourceService sources, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return Layout.Error(StatusCodes.Status415UnsupportedMediaType, "Not a form", "Send the citation form from the claim page.");
        }

        var posted = await request.ReadFormAsync(ct).ConfigureAwait(false);
        var values = Fields.ToDictionary(f => f, f => Blank(posted[f].ToString()), StringComparer.Ordinal);
        return await PageEndpoints.Guard(async () =>
        {
            var detail = await claims.GetAsync(id, ct).ConfigureAwait(false);
            var key = await keys.VerifyAsync(posted["key"].ToString().Trim(), ct).ConfigureAwait(false);
            if (key is null)
            {
                return await RejectAsync(detail, values, "key", "The API key is missing, unknown or revoked. Ask for one ('littracker keys create NAME').", StatusCodes.Status401Unauthorized).ConfigureAwait(false);
            }

            var errors = new FieldErrors();
            int? version = null;
            if (values["version"] is { } v)
            {
                if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    version = parsed;
                }
                else
                {
                    errors.Add("version", "The version is not a number; reload the page.");
                }
            }

            var cite = new CitationCreateRequest(detail.Claim.Key, values["source"], values["stance"], values["grade"], values["outcome"], posted["locator"].ToString(), posted["rationale"].ToString(), values["origin"])
                .ToRequest(key.Name, errors);
            if (cite is null)
            {
                return await RejectAsync(detail, values, errors.ToDictionary(), "Fix the fields marked below.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            var existing = await editor.FindSameAsync(cite, ct).ConfigureAwait(false);
            if (existing is not null && existing.Version != version)
            {
                var state = ClaimPage.FormFor(existing);
                return ClaimPage.Render(detail, await sources.ListAsync(null, ct).ConfigureAwait(false), state with
                {
                    Message = $"This claim already cites {existing.Source.Key} (changed by {existing.By}, version {existing.Version}). The form now shows the current state: apply your change to it and save again.",
                }, StatusCodes.Status409Conflict);
            }

            try
            {
                var written = await editor.WriteAsync(cite with { ExpectedVersion = existing is null ? null : version }, ct).ConfigureAwait(false);
                return TypedResults.Redirect($"/claims/{Uri.EscapeDataString(detail.Claim.Key)}?saved={written.Change}#verdict");
            }
            catch (LitTrackerException ex) when (ex.Kind is ErrorKind.InvalidInput)
            {
                // The library names CLI options (--reason); the form's field is "rationale".
                var field = ex.Field is "reason" ? "rationale" : ex.Field ?? "source";
                return await RejectAsync(detail, values, field, ex.Message.Replace("with --reason", "in the rationale", StringComparison.Ordinal), StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }
            catch (LitTrackerException ex) when (ex.Kind is ErrorKind.NotFound)
            {
                return await RejectAsync(detail, values, "source", ex.Message, StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);

        Task<IResult> RejectAsync(ClaimDetail detail, Dictionary<string, string?> typed, object errorsOrField, string message, int status) =>
            Reject(detail, typed, errorsOrField is string field ? new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] } : (Dictionary<string, string[]>)errorsOrField, message, status);

        async Task<IResult> Reject(ClaimDetail detail, Dictionary<string, string?> typed, Dictionary<string, string[]> errors, string message, int status) =>
            ClaimPage.Render(detail, await sources.ListAsync(null, ct).ConfigureAwait(false), new CitationFormState(typed, errors, message), status);
    }

    /// <summary>The form, filled with <paramref name="form"/>'s values and errors.</summary>
    public static Markup Render(string claim, IReadOnlyList<Source> sources, CitationFormState form)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(form);
        var editing = form.Value("version").Length > 0;
        return Markup.Html($"""
            <section class="cite" id="cite" aria-labelledby="cite-title">
            <h2 id="cite-title">{(editing ? "Change the citation" : "Add a citation")}</h2>
            <form method="post" action="/claims/{claim}/citations" novalidate>
            <input type="hidden" name="version" value="{form.Value("version")}">
            {Field(form, "source", "Source (key, DOI or pmid:N)", Markup.Html($"<input id=\"f-source\" name=\"source\" list=\"source-list\" required autocomplete=\"off\" value=\"{form.Value("source")}\"{Described(form, "source")}>"))}
            <datalist id="source-list">{Markup.Join(sources.Select(s => Markup.Html($"<option value=\"{s.Key}\">{s.Title}</option>")))}</datalist>
            {Field(form, "stance", "Stance", Select("stance", form, VocabularyNames.Names<Stance>(), null))}
            {Field(form, "grade", "Grade (GRADE certainty)", Select("grade", form, VocabularyNames.Names<Certainty>(), "as the study design suggests"))}
            {Field(form, "outcome", "Outcome measured", Select("outcome", form, VocabularyNames.Names<Outcome>(), "not recorded"))}
            {Field(form, "origin", "Who cites it", Select("origin", form, VocabularyNames.Names<CitationOrigin>(), null, "reviewer"))}
            {Field(form, "locator", "Locator (page, section or quoted passage)", Markup.Html($"<input id=\"f-locator\" name=\"locator\" maxlength=\"{CitationFields.MaxLocator}\" value=\"{form.Value("locator")}\"{Described(form, "locator")}>"))}
            {Field(form, "rationale", "Rationale (required when the grade differs from the design's)", Markup.Html($"<textarea id=\"f-rationale\" name=\"rationale\" rows=\"3\" maxlength=\"{CitationFields.MaxRationale}\"{Described(form, "rationale")}>{form.Value("rationale")}</textarea>"))}
            {Field(form, "key", "API key (your name is recorded as the reviewer)", Markup.Html($"<input id=\"f-key\" name=\"key\" type=\"password\" required autocomplete=\"current-password\"{Described(form, "key")}>"))}
            <p><button type="submit">Save citation</button></p>
            </form>
            </section>
            """);
    }

    private static Markup Field(CitationFormState form, string name, string label, Markup control)
    {
        var error = form.Errors.TryGetValue(name, out var messages)
            ? Markup.Html($"<span class=\"error\" id=\"e-{name}\">{string.Join(" ", messages)}</span>")
            : Markup.Empty;
        return Markup.Html($"<p class=\"field{(error.Value.Length > 0 ? " invalid" : string.Empty)}\"><label for=\"f-{name}\">{label}</label>{control}{error}</p>");
    }

    private static Markup Described(CitationFormState form, string name) =>
        form.Errors.ContainsKey(name) ? Markup.Html($" aria-invalid=\"true\" aria-describedby=\"e-{name}\"") : Markup.Empty;

    private static Markup Select(string name, CitationFormState form, IReadOnlyList<string> options, string? emptyLabel, string? fallback = null)
    {
        var current = form.Value(name) is { Length: > 0 } v ? v : fallback ?? string.Empty;
        var empty = emptyLabel is null ? Markup.Empty : Markup.Html($"<option value=\"\">{emptyLabel}</option>");
        return Markup.Html($"<select id=\"f-{name}\" name=\"{name}\"{Described(form, name)}>{empty}{Markup.Join(options.Select(o => Markup.Html($"<option value=\"{o}\"{(o == current ? Markup.Html($" selected") : Markup.Empty)}>{o.Replace('-', ' ')}</option>")))}</select>");
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
