using System.Globalization;
using System.Text.Json;

namespace LitTracker.Metadata;

/// <summary>Lenient reads from registry JSON: a field of an unexpected kind reads as absent, never throws.</summary>
internal static class JsonValues
{
    public static JsonElement? Property(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? v
            : null;

    /// <summary>A string or number property as trimmed text; null when absent or blank.</summary>
    public static string? Text(JsonElement obj, string name) => Property(obj, name) is { } v ? AsText(v) : null;

    public static string? AsText(JsonElement v)
    {
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    /// <summary>The first non-blank string of an array property (Crossref writes titles as arrays).</summary>
    public static string? FirstText(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Select(AsText).FirstOrDefault(s => s is not null)
            : Text(obj, name);

    public static IEnumerable<JsonElement> Array(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    public static IEnumerable<string> Texts(JsonElement obj, string name) =>
        Array(obj, name).Select(AsText).OfType<string>();

    /// <summary>A Crossref date object <c>{"date-parts":[[2012,3,21]]}</c>; <c>[[null]]</c> reads as absent.</summary>
    public static (int Year, int? Month, int? Day)? DateParts(JsonElement obj, string name)
    {
        if (Property(obj, name) is not { } date
            || Property(date, "date-parts") is not { ValueKind: JsonValueKind.Array } outer
            || outer.GetArrayLength() == 0
            || outer[0] is not { ValueKind: JsonValueKind.Array } parts)
        {
            return null;
        }

        var values = parts.EnumerateArray().Select(Int).ToList();
        if (values.Count == 0 || values[0] is not int year || year is < 1000 or > 9999)
        {
            return null;
        }

        int? month = values.Count > 1 && values[1] is >= 1 and <= 12 ? values[1] : null;
        int? day = month is not null && values.Count > 2 && values[2] is int d && d >= 1 && d <= DateTime.DaysInMonth(year, month.Value) ? d : null;
        return (year, month, day);
    }

    private static int? Int(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetInt32(out var i) => i,
        JsonValueKind.String when int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };

    /// <summary>A full date as <see cref="DateOnly"/>, or null unless year, month and day are all known.</summary>
    public static DateOnly? FullDate((int Year, int? Month, int? Day)? parts) =>
        parts is { Month: int m, Day: int d } p ? new DateOnly(p.Year, m, d) : null;
}
