namespace LitTracker.Security;

/// <summary>
/// A key for the service's write endpoints. Only a hash of the secret is stored; the key's name is
/// the "who" in citation history.
/// </summary>
public sealed class ApiKey
{
    /// <summary>Database id.</summary>
    public int Id { get; set; }

    /// <summary>Unique name, e.g. "jane.editor".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The first characters of the secret, to find the row without scanning every hash.</summary>
    public string Prefix { get; set; } = string.Empty;

    /// <summary>Hash of the secret (algorithm and parameters encoded in the string).</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When it was revoked (UTC), or null while valid.</summary>
    public DateTime? RevokedAt { get; set; }
}
