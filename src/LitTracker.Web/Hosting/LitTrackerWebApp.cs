using LitTracker.Web.ApiDocs;
using LitTracker.Web.Articles;
using LitTracker.Web.Citations;
using LitTracker.Web.Claims;
using LitTracker.Web.Pages;
using LitTracker.Web.Reports;
using LitTracker.Web.Security;
using LitTracker.Web.Sources;

namespace LitTracker.Web.Hosting;

/// <summary>
/// The composition root: services, middleware order and every feature's endpoints. Program.cs and
/// <c>littracker serve</c> both start the service through <see cref="Create"/>.
/// </summary>
public static class LitTrackerWebApp
{
    /// <summary>Builds the service from command-line arguments and configuration.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddLitTracker();
        builder.Services.AddScoped<ClaimReader>();
        builder.Services.AddScoped<Sources.SourceQuery>();
        builder.Services.AddScoped<Articles.ArticleQuery>();
        builder.Services.AddScoped<ClaimQuery>();
        builder.Services.AddScoped<CitationEditor>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapAssets();
        app.MapApiDocs();
        app.MapSources();
        app.MapArticles();
        app.MapClaims();
        app.MapCitations();
        app.MapReports();
        app.MapPages();
        return app;
    }
}
