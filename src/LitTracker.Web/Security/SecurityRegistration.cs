using System.Threading.RateLimiting;
using LitTracker.Web.Errors;
using LitTracker.Web.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace LitTracker.Web.Security;

/// <summary>API-key authentication, the "write" policy and the write rate limiter.</summary>
public static class SecurityRegistration
{
    /// <summary>The authorization policy every write endpoint requires: a valid, unrevoked API key.</summary>
    public const string WritePolicy = "write";

    /// <summary>The rate-limiter policy on write endpoints.</summary>
    public const string WriteLimiter = "writes";

    /// <summary>Registers authentication, authorization and rate limiting.</summary>
    public static IServiceCollection AddLitTrackerSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(WritePolicy, p => p.RequireAuthenticatedUser());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(WriteLimiter, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.WritesPerMinute;
                var who = context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous";
                return RateLimitPartition.GetFixedWindowLimiter(who, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) => await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = Problems.Status(StatusCodes.Status429TooManyRequests, "Too many writes.", "Wait a minute and try again; the limit is the Security:WritesPerMinute setting."),
            }).ConfigureAwait(false);
        });
        services.Configure<FormOptions>(o => o.ValueLengthLimit = 16 * 1024);
        return services;
    }

    /// <summary>Marks an endpoint (or group) as a write: API key required, rate-limited.</summary>
    public static TBuilder RequireWriteKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(WritePolicy).RequireRateLimiting(WriteLimiter);

    /// <summary>Marks a read endpoint (or group): a key is needed only when <see cref="SecurityOptions.ReadsRequireKey"/> is set.</summary>
    public static TBuilder RequireReadAccess<TBuilder>(this TBuilder builder, IEndpointRouteBuilder routes)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.ServiceProvider.GetRequiredService<IOptions<SecurityOptions>>().Value.ReadsRequireKey
            ? builder.RequireAuthorization(WritePolicy)
            : builder;
    }
}
