using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace LitTracker.Web.Http;

/// <summary>Entity tags: a citation's version, or a hash of a representation for records without one.</summary>
public static class ETags
{
    /// <summary>The tag of a version number.</summary>
    public static string ForVersion(int version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    /// <summary>A tag from the content of a response record.</summary>
    public static string ForContent<T>(T value)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
        return "\"" + Convert.ToHexStringLower(bytes.AsSpan(0, 12)) + "\"";
    }

    /// <summary>The version named by <c>If-Match: "N"</c>; null when absent or <c>*</c>; false when malformed.</summary>
    public static bool TryVersion(HttpRequest request, out int? version)
    {
        ArgumentNullException.ThrowIfNull(request);
        version = null;
        var tags = request.GetTypedHeaders().IfMatch;
        if (tags.Count == 0 || tags.Any(t => t == EntityTagHeaderValue.Any))
        {
            return request.Headers.IfMatch.Count == 0 || tags.Count > 0;
        }

        if (tags.Count == 1 && int.TryParse(tags[0].Tag.ToString().Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }

        return false;
    }

    /// <summary>True when the request's If-Match (if any) names <paramref name="current"/>.</summary>
    public static bool Matches(HttpRequest request, string current)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tags = request.GetTypedHeaders().IfMatch;
        return tags.Count == 0 || tags.Any(t => t == EntityTagHeaderValue.Any || string.Equals(t.Tag.ToString(), current, StringComparison.Ordinal));
    }
}
