namespace LitTracker.Sources;

/// <summary>
/// One author in a source's author list. A person has a family name and optional given names
/// (initials or full); an organisation has only <see cref="Literal"/>.
/// </summary>
/// <param name="Family">Family name with any particle, e.g. "van Wijnen".</param>
/// <param name="Given">Given names or initials, e.g. "AJ" or "Andre J".</param>
/// <param name="Literal">An organisation or a name that cannot be split.</param>
/// <param name="Suffix">Generational suffix such as "Jr." or "III", kept apart so initials and sorting ignore it.</param>
public sealed record Author(string? Family, string? Given = null, string? Literal = null, string? Suffix = null)
{
    /// <summary>Creates an organisational author.</summary>
    public static Author Organisation(string name) => new(null, null, name);

    /// <summary>
    /// Parses the Vancouver/PubMed short form "Family GI" (e.g. "van Wijnen AJ"); the last token is
    /// taken as initials when it is 1-4 upper-case letters, otherwise the whole text is a family name.
    /// </summary>
    public static Author ParseVancouver(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        var space = s.LastIndexOf(' ');
        if (space > 0)
        {
            var last = s[(space + 1)..];
            if (last.Length is >= 1 and <= 4 && last.All(char.IsUpper))
            {
                return new Author(s[..space], last);
            }
        }

        return new Author(s);
    }

    /// <summary>Display form "Family Given" or the literal.</summary>
    public override string ToString() =>
        Literal ?? (Given is null ? Family ?? string.Empty : $"{Family} {Given}") + (Suffix is null ? string.Empty : " " + Suffix);
}
