namespace LitTracker.Security;

/// <summary>An API key as it may be shown: never the secret, never the hash.</summary>
/// <param name="Name">The key's name (the "who" in citation history).</param>
/// <param name="Prefix">The first characters of the secret, to tell keys apart.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="RevokedAt">When it was revoked (UTC), or null while valid.</param>
public sealed record ApiKeyInfo(string Name, string Prefix, DateTime CreatedAt, DateTime? RevokedAt)
{
    /// <summary>True until the key is revoked.</summary>
    public bool IsActive => RevokedAt is null;
}
