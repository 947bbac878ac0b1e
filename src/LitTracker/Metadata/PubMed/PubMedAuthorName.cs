using LitTracker.Sources;

namespace LitTracker.Metadata.PubMed;

/// <summary>Author names as PubMed summaries print them: "Goldberg MJ", "Hambrick GW Jr", or a group.</summary>
internal static class PubMedAuthorName
{
    private static readonly string[] Suffixes = ["Jr", "Sr", "2nd", "3rd", "II", "III", "IV"];

    /// <summary>Parses the Vancouver short form; a generational suffix stays with the initials ("GW Jr").</summary>
    public static Author Parse(string text)
    {
        var s = text.Trim();
        var space = s.LastIndexOf(' ');
        if (space > 0 && Suffixes.Contains(s[(space + 1)..].TrimEnd('.'), StringComparer.Ordinal))
        {
            var core = Author.ParseVancouver(s[..space]);
            if (core.Given is not null)
            {
                return core with { Given = $"{core.Given} {s[(space + 1)..]}" };
            }
        }

        return Author.ParseVancouver(s);
    }

    /// <summary>A person from efetch parts: given names fall back to initials; a suffix follows them.</summary>
    public static Author? FromParts(string? last, string? fore, string? initials, string? suffix, string? collective)
    {
        if (!string.IsNullOrWhiteSpace(last))
        {
            var given = string.IsNullOrWhiteSpace(fore) ? initials : fore;
            given = string.IsNullOrWhiteSpace(given) ? null : given.Trim();
            if (!string.IsNullOrWhiteSpace(suffix))
            {
                given = given is null ? suffix.Trim() : $"{given} {suffix.Trim()}";
            }

            return new Author(last.Trim(), given);
        }

        return string.IsNullOrWhiteSpace(collective) ? null : Author.Organisation(collective.Trim());
    }
}
