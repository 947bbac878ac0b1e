using System.Text.Json;
using System.Text.Json.Serialization;
using LitTracker.Articles;
using LitTracker.Checking;
using LitTracker.Citations;
using LitTracker.Persistence;
using LitTracker.Security;
using LitTracker.Sources;
using LitTracker.Web.Errors;
using LitTracker.Web.Health;
using LitTracker.Web.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace LitTracker.Web.Hosting;

/// <summary>Registers what the service needs: options, the database per request, the library's use cases, security, OpenAPI.</summary>
public static class ServiceRegistration
{
    /// <summary>Adds every LitTracker service to <paramref name="builder"/>.</summary>
    public static WebApplicationBuilder AddLitTracker(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => string.Equals(o.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase), "Database:Provider must be Sqlite (PostgreSQL is planned).")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Database:Path must name a file.")
            .ValidateOnStart();
        services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.Section))
            .Validate(o =>
            {
                o.Validate();
                return true;
            })
            .ValidateOnStart();

        services.TryAddSingletonTimeProvider();
        services.AddSingleton(sp => LitTrackerDatabase.SqliteOptions(System.IO.Path.GetFullPath(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path), pooling: true));
        services.AddScoped<LitTrackerDbContext>();
        services.AddScoped<CheckService>();
        services.AddScoped<CitationService>();
        services.AddScoped<HistoryService>();
        services.AddScoped<SourceService>();
        services.AddScoped<ArticleService>();
        services.AddScoped<ApiKeyService>();
        services.AddHostedService<DatabaseInitializer>();

        services.Configure<JsonOptions>(o =>
        {
            // Strict input: a misspelt field is an error, not a silently ignored value.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddLitTrackerSecurity();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddOpenApi();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>()?.MaxRequestBodyBytes
                ?? new SecurityOptions().MaxRequestBodyBytes);
        return builder;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
