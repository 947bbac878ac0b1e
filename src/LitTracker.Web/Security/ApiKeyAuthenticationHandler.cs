using System.Security.Claims;
using System.Text.Encodings.Web;
using LitTracker.Security;
using LitTracker.Web.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LitTracker.Web.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer SECRET</c> or <c>X-Api-Key: SECRET</c> against the stored
/// key hashes. The key's name becomes the user name, which is the "who" of citation history.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    /// <summary>The secret a request carries, or null.</summary>
    public static string? SecretOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } key)
        {
            return key.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    /// <summary>The principal of a verified key.</summary>
    public static ClaimsPrincipal Principal(ApiKeyInfo key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Name)], SchemeName));
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = SecretOf(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await Context.RequestServices.GetRequiredService<ApiKeyService>().VerifyAsync(secret, Context.RequestAborted).ConfigureAwait(false);
        return key is null
            ? AuthenticateResult.Fail("The API key is unknown or revoked.")
            : AuthenticateResult.Success(new AuthenticationTicket(Principal(key), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var detail = result.Failure is not null
            ? "The API key is unknown or revoked. Ask for a new one ('littracker keys create NAME')."
            : "This needs an API key: send 'Authorization: Bearer SECRET' or 'X-Api-Key: SECRET' (create one with 'littracker keys create NAME').";
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = Problems.Status(StatusCodes.Status401Unauthorized, "An API key is required.", detail),
        }).ConfigureAwait(false);
    }
}
