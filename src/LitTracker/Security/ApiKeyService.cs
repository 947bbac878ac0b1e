using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Security;

/// <summary>
/// Creates, verifies and revokes the service's API keys. A secret is <c>lt_</c> followed by 256
/// random bits (base64url); only its SHA-256 is stored. A slow hash (PBKDF2) buys nothing for a
/// secret that cannot be guessed, and would cost every request.
/// </summary>
public sealed partial class ApiKeyService(LitTrackerDbContext db, TimeProvider clock)
{
    /// <summary>What every secret starts with, so a leaked one is recognisable in logs and scanners.</summary>
    public const string SecretPrefix = "lt_";

    private const string HashScheme = "sha256:";
    private const int PrefixLength = 11;

    /// <summary>Creates a key named <paramref name="name"/>; the result carries the secret, shown once.</summary>
    public async Task<CreatedApiKey> CreateAsync(string name, CancellationToken ct = default)
    {
        name = RequireName(name);
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, ct).ConfigureAwait(false))
        {
            throw new LitTrackerException(ErrorKind.Conflict, $"A key named '{name}' already exists (names stay taken after revocation, so history stays unambiguous). Choose another name.", "name");
        }

        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = name,
            Prefix = secret[..PrefixLength],
            Hash = Hash(secret),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new CreatedApiKey(Info(key), secret);
    }

    /// <summary>Every key, by name, active and revoked.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name)
            .Select(k => new ApiKeyInfo(k.Name, k.Prefix, k.CreatedAt, k.RevokedAt))
            .ToListAsync(ct).ConfigureAwait(false);

    /// <summary>Revokes the key named <paramref name="name"/> (revoking twice keeps the first time); throws NotFound.</summary>
    public async Task<ApiKeyInfo> RevokeAsync(string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == trimmed, ct).ConfigureAwait(false)
            ?? throw new LitTrackerException(ErrorKind.NotFound, $"No API key named '{trimmed}'. List them with 'littracker keys list'.", "name");
        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return Info(key);
    }

    /// <summary>The active key whose secret is <paramref name="secret"/>, or null (unknown, malformed or revoked).</summary>
    public async Task<ApiKeyInfo?> VerifyAsync(string? secret, CancellationToken ct = default)
    {
        if (secret is null || secret.Length is < PrefixLength or > 200 || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var prefix = secret[..PrefixLength];
        var candidates = await db.ApiKeys.AsNoTracking().Where(k => k.Prefix == prefix && k.RevokedAt == null)
            .ToListAsync(ct).ConfigureAwait(false);
        var hash = Encoding.ASCII.GetBytes(Hash(secret));
        foreach (var candidate in candidates)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, Encoding.ASCII.GetBytes(candidate.Hash)))
            {
                return Info(candidate);
            }
        }

        return null;
    }

    private static string RequireName(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return NamePattern().IsMatch(trimmed)
            ? trimmed
            : throw LitTrackerException.Invalid("name", $"Key name '{trimmed}' is not valid: use 1-100 letters, digits, '.', '-', '_' or '@' (e.g. jane.editor).");
    }

    private static string Hash(string secret) =>
        HashScheme + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiKeyInfo Info(ApiKey k) => new(k.Name, k.Prefix, k.CreatedAt, k.RevokedAt);

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
