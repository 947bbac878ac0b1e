using System.Collections.Concurrent;

namespace LitTracker.Web.Pages;

/// <summary><c>/assets/{name}</c>: the stylesheet and script, served from the assembly so the UI works from any working folder.</summary>
public static class AssetEndpoints
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);

    /// <summary>Maps the assets.</summary>
    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assets/{name}", (string name, HttpResponse response) =>
        {
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                _ => null,
            };
            var text = type is null ? null : Cache.GetOrAdd(name, Load);
            if (text is null)
            {
                return Results.NotFound();
            }

            response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(text, type);
        }).ExcludeFromDescription();
        return routes;
    }

    private static string? Load(string name)
    {
        using var stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream("assets/" + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
