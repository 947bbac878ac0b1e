using System.Globalization;

namespace LitTracker.Metadata.Http;

/// <summary>
/// Applies "Metadata" settings given as text (environment variables such as
/// <c>LITTRACKER_Metadata__CrossrefBaseUrl</c>, or any key/value configuration) to
/// <see cref="MetadataOptions"/>. Names are matched case-insensitively; an unknown name or a value
/// that does not parse is a configuration error naming the setting.
/// </summary>
public static class MetadataOptionsBinder
{
    /// <summary>The environment variable prefix: <c>LITTRACKER_Metadata__</c> + setting name.</summary>
    public const string EnvironmentPrefix = "LITTRACKER_Metadata__";

    private static readonly Dictionary<string, Action<MetadataOptions, string, string>> Setters = new(StringComparer.OrdinalIgnoreCase)
    {
        [nameof(MetadataOptions.CrossrefBaseUrl)] = (o, n, v) => o.CrossrefBaseUrl = Url(n, v),
        [nameof(MetadataOptions.NcbiBaseUrl)] = (o, n, v) => o.NcbiBaseUrl = Url(n, v),
        [nameof(MetadataOptions.Mailto)] = (o, _, v) => o.Mailto = Blank(v),
        [nameof(MetadataOptions.Tool)] = (o, _, v) => o.Tool = v.Trim(),
        [nameof(MetadataOptions.Email)] = (o, _, v) => o.Email = Blank(v),
        [nameof(MetadataOptions.ApiKey)] = (o, _, v) => o.ApiKey = Blank(v),
        [nameof(MetadataOptions.AttemptTimeout)] = (o, n, v) => o.AttemptTimeout = Duration(n, v),
        [nameof(MetadataOptions.TotalTimeout)] = (o, n, v) => o.TotalTimeout = Duration(n, v),
        [nameof(MetadataOptions.MaxRetryAttempts)] = (o, n, v) => o.MaxRetryAttempts = Int(n, v),
        [nameof(MetadataOptions.RetryBaseDelay)] = (o, n, v) => o.RetryBaseDelay = Duration(n, v),
        [nameof(MetadataOptions.MaxRetryAfter)] = (o, n, v) => o.MaxRetryAfter = Duration(n, v),
        [nameof(MetadataOptions.BreakDuration)] = (o, n, v) => o.BreakDuration = Duration(n, v),
        [nameof(MetadataOptions.CircuitMinimumThroughput)] = (o, n, v) => o.CircuitMinimumThroughput = Int(n, v),
        [nameof(MetadataOptions.MaxConcurrentRequests)] = (o, n, v) => o.MaxConcurrentRequests = Int(n, v),
        [nameof(MetadataOptions.CrossrefRequestsPerSecond)] = (o, n, v) => o.CrossrefRequestsPerSecond = Number(n, v),
        [nameof(MetadataOptions.LookupCrossIds)] = (o, n, v) => o.LookupCrossIds = Bool(n, v),
    };

    /// <summary>The setting names accepted.</summary>
    public static IEnumerable<string> Names => Setters.Keys;

    /// <summary>Applies settings keyed by setting name (e.g. "AttemptTimeout"); throws <see cref="InvalidOperationException"/> on a bad one.</summary>
    public static void Apply(MetadataOptions options, IEnumerable<KeyValuePair<string, string?>> settings, string describedAs = "")
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (name, value) in settings)
        {
            if (value is null)
            {
                continue;
            }

            if (!Setters.TryGetValue(name, out var set))
            {
                throw new InvalidOperationException($"Metadata options: unknown setting {describedAs}{name}; known: {string.Join(", ", Setters.Keys)}.");
            }

            set(options, describedAs + name, value);
        }
    }

    /// <summary>Applies every <c>LITTRACKER_Metadata__*</c> variable of <paramref name="environment"/>.</summary>
    public static void ApplyEnvironment(MetadataOptions options, System.Collections.IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var settings = new List<KeyValuePair<string, string?>>();
        foreach (System.Collections.DictionaryEntry entry in environment)
        {
            if (entry.Key is string key && key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
            {
                settings.Add(new(key[EnvironmentPrefix.Length..], entry.Value as string));
            }
        }

        Apply(options, settings, EnvironmentPrefix);
    }

    private static Uri Url(string name, string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"Metadata options: {name} '{value}' is not an absolute http(s) URL.");

    // A plain number is seconds ("10", "0.5"); otherwise a time span ("00:00:10").
    private static TimeSpan Duration(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds) && Math.Abs(seconds) < 1e7
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span)
                ? span
                : throw new InvalidOperationException($"Metadata options: {name} '{value}' is not a duration: give seconds (10, 0.5) or hh:mm:ss.");

    private static int Int(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidOperationException($"Metadata options: {name} '{value}' is not a whole number.");

    private static double Number(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
            ? n
            : throw new InvalidOperationException($"Metadata options: {name} '{value}' is not a number.");

    private static bool Bool(string name, string value) =>
        bool.TryParse(value.Trim(), out var b)
            ? b
            : throw new InvalidOperationException($"Metadata options: {name} '{value}' is not true or false.");

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
