using Microsoft.AspNetCore.Http;

namespace LitTracker.Tests.Metadata.Http;

/// <summary>The /f/{fault}/ prefix of <see cref="RecordedRegistryServer"/>: strips it and injects the fault.</summary>
internal static class Faults
{
    public const string HtmlErrorPage = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The proxy could not reach the upstream server.</p></body></html>";

    public static async Task InjectAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/f/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var rest = path[3..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var fault = rest[..slash];
        context.Request.Path = rest[slash..];
        switch (fault)
        {
            case "500":
                context.Response.StatusCode = 500;
                return;
            case "429" when FirstHit(context, path):
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return;
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                break;
            case "html":
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(HtmlErrorPage);
                return;
            case "reset":
                context.Abort();
                return;
            case "truncated":
                await TruncatedAsync(context, next);
                return;
            default:
                break;
        }

        await next(context);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Seen = new();

    // Once per path and query for the life of the process: the retry gets the real answer.
    private static bool FirstHit(HttpContext context, string path) =>
        Seen.AddOrUpdate(context.Request.Host + path + context.Request.QueryString, 1, (_, n) => n + 1) == 1;

    private static async Task TruncatedAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        await next(context);
        context.Response.Body = original;
        var bytes = buffer.ToArray();
        context.Response.ContentLength = bytes.Length / 2;
        await original.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
    }
}
