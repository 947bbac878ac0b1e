using LitTracker.Web.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;

namespace LitTracker.Web.ApiDocs;

/// <summary><c>/api</c>: the human-readable API page, built from the same endpoint metadata as <c>/openapi/v1.json</c>, so the two never disagree.</summary>
public static class ApiDocsEndpoints
{
    /// <summary>Maps the page.</summary>
    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api", (EndpointDataSource endpoints) =>
        {
            var rows = endpoints.Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
                .Select(e => (
                    Tag: e.Metadata.GetMetadata<ITagsMetadata>()?.Tags is { Count: > 0 } tags ? tags[0] : "Other",
                    Method: string.Join(", ", e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []),
                    Route: e.RoutePattern.RawText!,
                    Summary: e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? string.Empty,
                    Key: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0))
                .OrderBy(r => r.Tag, StringComparer.Ordinal).ThenBy(r => r.Route, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
                .GroupBy(r => r.Tag);
            var body = Markup.Html($"""
                <div class="api-docs">
                <h1>LitTracker API</h1>
                <p>Machine-readable description: <a href="/openapi/v1.json">/openapi/v1.json</a> (OpenAPI). Health: <a href="/health">/health</a>.</p>
                <p>Reads are open unless the service is configured otherwise. Writes need an API key, sent as
                <code>Authorization: Bearer SECRET</code> or <code>X-Api-Key: SECRET</code>; create one with <code>littracker keys create NAME</code>.
                Errors are <code>application/problem+json</code> (400 lists field errors under <code>errors</code>; 409 carries the current state under <code>current</code>).
                Lists take <code>page</code>, <code>pageSize</code> (1-200) and <code>sort</code> (prefix <code>-</code> for descending). Ids and keys are interchangeable.</p>
                {Markup.Join(rows.Select(g => Markup.Html($"""
                    <h2>{g.Key}</h2>
                    <div class="table-wrap"><table><thead><tr><th scope="col">Method</th><th scope="col">Route</th><th scope="col">Key</th><th scope="col">What it does</th></tr></thead>
                    <tbody>{Markup.Join(g.Select(r => Markup.Html($"<tr><td><code>{r.Method}</code></td><td><code>{r.Route}</code></td><td>{(r.Key ? "required" : "—")}</td><td>{r.Summary}</td></tr>")))}</tbody></table></div>
                    """)))}
                </div>
                """);
            return Layout.Page("API", body);
        }).ExcludeFromDescription();
        return routes;
    }
}
