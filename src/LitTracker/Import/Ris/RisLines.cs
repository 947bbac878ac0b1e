namespace LitTracker.Import.Ris;

/// <summary>
/// Recognises a tagged line of RIS or the Web of Science export, by hand rather than by regular
/// expression because every line of a file goes through it. The patterns it implements exactly:
/// RIS <c>^(?&lt;tag&gt;[A-Z][A-Z0-9])(?:[ \t]{1,3}-|-(?=[ \t]|$))[ \t]?(?&lt;value&gt;.*)$</c>,
/// Web of Science <c>^(?&lt;tag&gt;[A-Z][A-Z0-9])(?: (?&lt;value&gt;.*))?$</c> (a line has no line feed).
/// </summary>
internal static class RisLines
{
    // "TY", "AU"… as one string each instead of one per line.
    private static readonly string[] Tags = new string[26 * 36];

    /// <summary>Where the value of a RIS tag line starts, or -1 when the line is not one.</summary>
    public static int RisValueStart(string line)
    {
        if (!HasTag(line) || line.Length < 3)
        {
            return -1;
        }

        var spaces = 0;
        while (spaces < 4 && 2 + spaces < line.Length && line[2 + spaces] is ' ' or '\t')
        {
            spaces++;
        }

        int dashEnd;
        if (spaces is >= 1 and <= 3 && 2 + spaces < line.Length && line[2 + spaces] == '-')
        {
            dashEnd = 3 + spaces;
        }
        else if (spaces == 0 && line[2] == '-' && (line.Length == 3 || line[3] is ' ' or '\t'))
        {
            dashEnd = 3;
        }
        else
        {
            return -1;
        }

        return dashEnd < line.Length && line[dashEnd] is ' ' or '\t' ? dashEnd + 1 : dashEnd;
    }

    /// <summary>Where the value of a Web of Science tag line starts, or -1 when the line is not one.</summary>
    public static int WosValueStart(string line) =>
        !HasTag(line) ? -1 : line.Length == 2 ? 2 : line[2] == ' ' ? 3 : -1;

    /// <summary>The tag of a line <see cref="RisValueStart"/> or <see cref="WosValueStart"/> accepted.</summary>
    public static string Tag(string line)
    {
        var index = ((line[0] - 'A') * 36) + (char.IsAsciiDigit(line[1]) ? line[1] - '0' : 10 + line[1] - 'A');
        return Tags[index] ??= line[..2];
    }

    /// <summary>The trimmed value from <paramref name="start"/>.</summary>
    public static string Value(string line, int start)
    {
        var value = line.AsSpan(start).Trim();
        return value.Length == line.Length - start ? line[start..] : value.ToString();
    }

    private static bool HasTag(string line) =>
        line.Length >= 2 && char.IsAsciiLetterUpper(line[0]) && (char.IsAsciiLetterUpper(line[1]) || char.IsAsciiDigit(line[1]));
}
