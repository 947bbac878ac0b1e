namespace LitTracker.Web.Pages;

/// <summary>The frame of every page: navigation, skip link, the stylesheet and the one small script.</summary>
public static class Layout
{
    /// <summary>A complete page as an HTML result.</summary>
    public static IResult Page(string title, Markup body, int status = StatusCodes.Status200OK)
    {
        var html = Markup.Html($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · LitTracker</title>
            <link rel="stylesheet" href="/assets/site.css">
            <script src="/assets/app.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="top"><nav aria-label="Main">
            <a href="/" class="brand">LitTracker</a>
            <a href="/bibliography">Bibliography</a>
            <a href="/evidence-map">Evidence map</a>
            <a href="/api">API</a>
            </nav></header>
            <main id="main" tabindex="-1">
            {body}
            </main>
            <footer><p>Seed grading is demonstration data, not medical advice.</p></footer>
            </body>
            </html>
            """);
        return TypedResults.Content(html.Value, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>An error page (not found, invalid input) in the same frame.</summary>
    public static IResult Error(int status, string title, string message) =>
        Page(title, Markup.Html($"<h1>{title}</h1><p role=\"alert\">{message}</p><p><a href=\"/\">Back to the dashboard</a></p>"), status);
}
