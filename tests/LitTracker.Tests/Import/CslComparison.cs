using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Tests.Import;

/// <summary>
/// Compares a parsed <see cref="Source"/> with an expected CSL-JSON item on the fields a Source
/// holds: title, authors (family with particles, given), container, year, volume, issue, page, DOI.
/// Only fields present in the expectation are compared.
/// </summary>
internal static partial class CslComparison
{
    public static List<string> Compare(JsonElement expected, Source actual)
    {
        var diffs = new List<string>();
        Check(diffs, "title", Str(expected, "title"), actual.Title);
        Check(diffs, "container-title", Str(expected, "container-title"), actual.Container);
        Check(diffs, "volume", Str(expected, "volume"), actual.Volume);
        Check(diffs, "issue", Str(expected, "issue"), actual.Issue);
        Check(diffs, "page", Str(expected, "page")?.Replace('–', '-').Replace("--", "-", StringComparison.Ordinal), actual.Pages);
        Check(diffs, "DOI", Str(expected, "DOI")?.ToLowerInvariant(), actual.Doi?.Value);
        if (expected.TryGetProperty("issued", out var issued) && issued.TryGetProperty("date-parts", out var parts)
            && parts[0].GetArrayLength() > 0)
        {
            var year = parts[0][0].ValueKind == JsonValueKind.Number ? parts[0][0].GetInt32().ToString(CultureInfo.InvariantCulture) : parts[0][0].GetString();
            Check(diffs, "year", year, actual.Year?.ToString(CultureInfo.InvariantCulture));
        }

        if (expected.TryGetProperty("author", out var authors))
        {
            var want = authors.EnumerateArray().Select(Name).Where(n => n != "|").ToList();
            var got = actual.Authors.Select(a => $"{a.Family ?? a.Literal}|{a.Given}").ToList();
            Check(diffs, "author", string.Join("; ", want), string.Join("; ", got));
        }

        return diffs;
    }

    public static string? Str(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            v = v.EnumerateArray().FirstOrDefault();
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static string Name(JsonElement n)
    {
        var family = string.Join(' ', new[] { Str(n, "dropping-particle"), Str(n, "non-dropping-particle"), Str(n, "family") }.Where(p => p is not null));
        return $"{(family.Length > 0 ? family : Str(n, "literal"))}|{Str(n, "given")}";
    }

    private static void Check(List<string> diffs, string field, string? expected, string? actual)
    {
        if (expected is null)
        {
            return;
        }

        var want = Normalise(expected);
        var got = Normalise(actual ?? string.Empty);
        if (!string.Equals(want, got, StringComparison.Ordinal))
        {
            diffs.Add($"{field}: expected '{want}', got '{got}'");
        }
    }

    // Titles are plain text by design: citation-js's HTML markup (<i>, <sup>) is not expected.
    private static string Normalise(string text) => Space().Replace(Markup().Replace(text, string.Empty), " ").Trim();

    [GeneratedRegex(@"</?(?:i|b|sup|sub|span)(?: [^>]*)?>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
