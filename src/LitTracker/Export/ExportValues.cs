using System.Globalization;
using System.Text.RegularExpressions;
using LitTracker.Sources;

namespace LitTracker.Export;

/// <summary>Small conversions the writers share.</summary>
internal static partial class ExportValues
{
    /// <summary>Whitespace collapsed to single spaces (imports collapse it too, and line-based formats need it); null for blank.</summary>
    public static string? Flat(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Whitespace().Replace(text.Trim(), " ");

    /// <summary>The publication date as ISO text with the precision known: "2019", "2019-03" or "2019-03-05".</summary>
    public static string? IsoDate(Source source)
    {
        if (source.Year is not { } year)
        {
            return null;
        }

        var text = year.ToString("0000", CultureInfo.InvariantCulture);
        if (source.Month is not { } month)
        {
            return text;
        }

        text += "-" + month.ToString("00", CultureInfo.InvariantCulture);
        return source.Day is { } day ? text + "-" + day.ToString("00", CultureInfo.InvariantCulture) : text;
    }

    /// <summary>"Family, Given[, Suffix]" (organisations as their name), the form every tagged format reads.</summary>
    public static string? InvertedName(Author author)
    {
        if (author.Literal is { } literal)
        {
            return Flat(literal);
        }

        var family = Flat(author.Family);
        var given = Flat(author.Given);
        var suffix = Flat(author.Suffix);
        if (family is null)
        {
            return given;
        }

        return suffix is not null ? $"{family}, {given}, {suffix}" : given is null ? family : $"{family}, {given}";
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
