using LitTracker.Persistence;
using LitTracker.Reports.Bibliography;
using LitTracker.Reports.Text;
using LitTracker.Sources;
using LitTracker.Web.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Web.Pages;

/// <summary><c>/sources/{id}</c>: full metadata with field provenance, notices (a retraction banner) and the claims citing it.</summary>
public static class SourcePage
{
    public static Task<IResult> RenderAsync(string id, SourceService sources, LitTrackerDbContext db, CancellationToken ct) => PageEndpoints.Guard(async () =>
    {
        var source = await sources.GetAsync(id, ct).ConfigureAwait(false);
        var d = SourceResponses.Detail(source);
        var citing = await db.Citations.AsNoTracking().Where(c => c.SourceId == source.Id)
            .Select(c => new { c.Claim!.Key, c.Claim.Text, c.Stance, c.Grade, c.Origin })
            .ToListAsync(ct).ConfigureAwait(false);
        var fields = new (string Label, string Field, string? Value)[]
        {
            ("Key", "key", d.Key), ("Type", "type", d.Type), ("Study design", "design", d.Design + (d.DesignDetail is null ? string.Empty : $" ({d.DesignDetail})")),
            ("Population", "population", d.Population), ("Starting grade", "grade", d.StartingGrade),
            ("Authors", "authors", string.Join(", ", d.Authors) + (d.AuthorsIncomplete ? ", et al." : string.Empty)),
            ("Journal or site", "container", d.Container), ("Year", "year", d.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Volume", "volume", d.Volume), ("Issue", "issue", d.Issue), ("Pages", "pages", d.Pages), ("DOI", "doi", d.Doi), ("PMID", "pmid", d.Pmid), ("PMCID", "pmcid", d.Pmcid),
            ("URL", "url", d.Url), ("Publisher", "publisher", d.Publisher), ("Reviewer's note", "note", d.Note),
        };
        var rows = fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => Markup.Html(
            $"<tr><th scope=\"row\">{f.Label}</th><td>{(f.Field == "url" && LitTracker.Reports.Text.Html.IsSafeLink(f.Value) ? Markup.Html($"<a href=\"{f.Value}\" rel=\"noopener noreferrer\">{f.Value}</a>") : Markup.Html($"{f.Value}"))}</td><td>{(d.Provenance.TryGetValue(f.Field, out var origin) ? origin : string.Empty)}</td></tr>"));
        var banner = d.Retracted
            ? Markup.Html($"<p class=\"banner retracted\" role=\"alert\"><strong>Retracted.</strong> This work has been retracted or withdrawn; claims resting only on it have the verdict \"retracted support\".</p>")
            : Markup.Empty;
        var body = Markup.Html($"""
            <h1>{d.Title}</h1>
            {banner}
            <p class="vancouver">{Markup.Trusted(RichTextRenderer.ToHtml(BibliographyWriter.FormatSource(source)))}</p>
            <div class="table-wrap"><table><caption>Metadata and where each field came from</caption>
            <thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Provenance</th></tr></thead>
            <tbody>{Markup.Join(rows)}</tbody></table></div>
            <h2>Notices</h2>
            {(d.Notices.Count == 0 ? Markup.Html($"<p>None recorded.</p>") : Markup.Html($"<ul>{Markup.Join(d.Notices.Select(n => Markup.Html($"<li>{n.Type.Replace('-', ' ')} {n.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} {n.Doi} {n.Reason}</li>")))}</ul>"))}
            <h2>Claims citing it</h2>
            {(citing.Count == 0 ? Markup.Html($"<p>No claim cites it.</p>") : Markup.Html($"<ul>{Markup.Join(citing.Select(c => Markup.Html($"<li>{Badges.StanceChip(c.Stance)} {Badges.Label(c.Grade)} ({Badges.Label(c.Origin)}): <a href=\"/claims/{c.Key}\">{c.Key}</a> {c.Text}</li>")))}</ul>"))}
            {(string.IsNullOrWhiteSpace(d.Abstract) ? Markup.Empty : Markup.Html($"<h2>Abstract</h2><p>{d.Abstract}</p>"))}
            """);
        return Layout.Page(d.Title, body);
    });
}
