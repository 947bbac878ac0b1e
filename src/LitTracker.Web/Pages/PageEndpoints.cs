using LitTracker.Web.Security;

namespace LitTracker.Web.Pages;

/// <summary>The web UI: server-rendered pages built from the same library calls as the API.</summary>
public static class PageEndpoints
{
    /// <summary>Maps every page.</summary>
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup(string.Empty).ExcludeFromDescription().RequireReadAccess(routes);
        pages.MapGet("/", DashboardPage.RenderAsync);
        pages.MapGet("/articles/{id}", ArticlePage.RenderAsync);
        pages.MapGet("/claims/{id}", ClaimPage.RenderAsync);
        pages.MapGet("/sources/{id}", SourcePage.RenderAsync);
        pages.MapGet("/bibliography", BibliographyPage.RenderAsync);
        pages.MapGet("/evidence-map", EvidenceMapPage.RenderAsync);

        // The form carries the API key itself (verified in the handler), so a forged cross-site
        // post has nothing to authenticate with; the rate limit applies as to every write.
        routes.MapPost("/claims/{id}/citations", ClaimForm.SubmitAsync).ExcludeFromDescription().RequireRateLimiting(SecurityRegistration.WriteLimiter);
        return routes;
    }

    /// <summary>Runs a page, turning a refusal of the library into an HTML error page.</summary>
    public static async Task<IResult> Guard(Func<Task<IResult>> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        try
        {
            return await render().ConfigureAwait(false);
        }
        catch (LitTrackerException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            return Layout.Error(StatusCodes.Status404NotFound, "Not found", ex.Message);
        }
        catch (LitTrackerException ex)
        {
            return Layout.Error(StatusCodes.Status400BadRequest, "Cannot show this", ex.Message);
        }
    }
}
