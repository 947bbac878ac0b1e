namespace LitTracker.Web.Hosting;

/// <summary>
/// Access rules (section <c>Security</c>). Defaults: reads open, writes need an API key, 64 KiB
/// request bodies, 60 writes per minute per key.
/// </summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Security";

    /// <summary>When true, reads (API and pages) need an API key too (default false).</summary>
    public bool ReadsRequireKey { get; set; }

    /// <summary>Largest accepted request body in bytes (default 65536); larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Writes allowed per key (or client address) per minute (default 60); more get 429.</summary>
    public int WritesPerMinute { get; set; } = 60;

    /// <summary>Throws when a value is out of range, so a bad setting stops the start-up.</summary>
    public void Validate()
    {
        if (MaxRequestBodyBytes is < 1024 or > 100 * 1024 * 1024)
        {
            throw new InvalidOperationException($"Security:MaxRequestBodyBytes = {MaxRequestBodyBytes} must be between 1024 and 104857600.");
        }

        if (WritesPerMinute is < 1 or > 100_000)
        {
            throw new InvalidOperationException($"Security:WritesPerMinute = {WritesPerMinute} must be between 1 and 100000.");
        }
    }
}
