using System.Text.RegularExpressions;

namespace LitTracker.Sources;

/// <summary>
/// Puts author names as exports write them into one shape, so the same person is the same
/// <see cref="Author"/> whichever database the record came from: Web of Science and some
/// reference managers write a surname particle after the given name ("Koning, Harry J. de",
/// "Elm, Erik von") and a suffix inside the family field ("Fowler Jr, Vance G."), Google Scholar
/// and some CSV exports put initials first ("RM Grant"). PubMed, Crossref and CSL write
/// "de Koning", "Fowler VG Jr" and "Grant RM": those are the shapes kept.
/// </summary>
public static partial class AuthorNames
{
    // Lower-case particles are never given names in these positions; of the capitalised spellings
    // only those that are not also given names or syllables of one ("Le", "De", "Da", "Di" are) count.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "vom", "zu", "de", "der", "den", "des", "du", "da", "di", "del", "della", "dos", "das", "do",
        "la", "le", "ter", "ten", "te", "Van", "Von", "Du", "Der", "Den", "Ter", "Ten",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    /// <summary>True for a generational suffix ("Jr", "Sr.", "III").</summary>
    public static bool IsSuffix(string word) => Suffixes.Contains(word);

    /// <summary>
    /// The author of an inverted name "family, given[, suffix]": a particle trailing the given names
    /// moves to the front of the family name, a suffix ending the family name moves to the suffix.
    /// </summary>
    public static Author Inverted(string family, string? given, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(family);

        // Most names have one-word parts: nothing to move, and no word arrays on the import's path.
        if (!family.Contains(' ', StringComparison.Ordinal) && (given is null || !given.Contains(' ', StringComparison.Ordinal)))
        {
            return new Author(family, string.IsNullOrEmpty(given) ? null : given, null, suffix);
        }

        var familyWords = family.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (suffix is null && familyWords.Length > 1 && IsSuffix(familyWords[^1]))
        {
            suffix = familyWords[^1];
            family = string.Join(' ', familyWords[..^1]);
        }

        if (given is not null)
        {
            var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var keep = words.Length;
            while (keep > 1 && Particles.Contains(words[keep - 1]))
            {
                keep--;
            }

            // Only when a given name is left before the particles ("van der" alone stays as written).
            if (keep < words.Length && !Particles.Contains(words[keep - 1]))
            {
                family = string.Join(' ', words[keep..]) + " " + family;
                given = string.Join(' ', words[..keep]);
            }
        }

        return new Author(family, string.IsNullOrEmpty(given) ? null : given, null, suffix);
    }

    /// <summary>"RM Grant", "R. M. Grant" → Grant RM; null when <paramref name="text"/> is not initials then a surname.</summary>
    public static Author? InitialsFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = InitialsThenFamily().Match(text.Trim());
        return match.Success
            ? new Author(match.Groups["family"].Value, match.Groups["given"].Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal))
            : null;
    }

    // The surname has a lower-case letter, so "Grant RM" (surname first) never matches.
    [GeneratedRegex(@"^(?<given>[A-Z](?:\.?\s?[A-Z]){0,3}\.?)\s+(?<family>\p{Lu}\p{Ll}[\p{L}'’-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex InitialsThenFamily();
}
