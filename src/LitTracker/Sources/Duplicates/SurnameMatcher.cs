using System.Globalization;
using System.Text;

namespace LitTracker.Sources.Duplicates;

/// <summary>
/// First-author comparison for duplicate detection. Two surnames agree when their folded forms are
/// equal, one slip apart from five letters on (two from eight: "Pronovost"/"Provonost"), or when a
/// multi-part surname shares a part of three letters or more that is not a particle with the other
/// ("Lopez Bernal"/"Bernal", "García-Márquez"/"Garcia"). Organisations ("RECOVERY Collaborative
/// Group", "The DCCT Research Group") are recognised so that a person and a group — or two spellings
/// of one group — are not read as two different first authors.
/// </summary>
public static class SurnameMatcher
{
    // Whole words that make a name an organisation rather than a person's surname.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "group", "groups", "collaboration", "collaborative", "collaborators", "consortium", "investigators",
        "trialists", "team", "committee", "network", "society", "association", "organization", "organisation",
        "council", "alliance", "taskforce", "force", "institute", "foundation", "party", "panel", "initiative",
        "agency", "centre", "center", "program", "programme", "coalition", "federation", "college", "academy",
        "who", "writing", "steering", "study", "trial", "board", "department", "ministry", "office",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "el", "al", "bin", "ibn", "ter", "ten", "mac", "st",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWord = OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particle = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the author is an organisation: a literal-only name, or a name of two words or more with a word such as "Group", "Consortium", "Investigators".</summary>
    public static bool IsOrganisation(Author? author) => author is not null && Fold(author).IsOrganisation;

    /// <summary>The parts of a surname, folded, space-separated, particles left out ("Lopez-Bernal" → <c>lopez bernal</c>).</summary>
    public static string Parts(Author? author) => Fold(author).Parts;

    /// <summary>Whether two first authors (folded keys and their parts) are the same person.</summary>
    public static bool Same(string keyA, string partsA, string keyB, string partsB)
    {
        ArgumentNullException.ThrowIfNull(keyA);
        ArgumentNullException.ThrowIfNull(keyB);
        if (string.Equals(keyA, keyB, StringComparison.Ordinal))
        {
            return true;
        }

        var shorter = Math.Min(keyA.Length, keyB.Length);
        if (shorter >= 5 && EditDistance.Osa(keyA, keyB, shorter >= 8 ? 2 : 1) <= (shorter >= 8 ? 2 : 1))
        {
            return true;
        }

        // A compound surname split differently: one part in common is enough.
        var a = (partsA ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var b = (partsB ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (a.Length > 1 || b.Length > 1) && a.Intersect(b, StringComparer.Ordinal).Any();
    }

    /// <summary>
    /// The first author's <see cref="DuplicateCandidate.SurnameKey"/>, <see cref="Parts"/> and
    /// <see cref="IsOrganisation"/> from one pass over the name's words.
    /// </summary>
    internal static (string Key, string Parts, bool IsOrganisation) Fold(Author? author)
    {
        // "O&#8217;Donnell", "M&uuml;ller": entities decoded as in titles (TitleKey).
        var text = TitleKey.DecodeEntities(author?.Family ?? author?.Literal ?? string.Empty);
        var size = text.Length * Decomposition.MaxExpansion;
        var letters = size <= 256 ? stackalloc char[size] : new char[size];
        var ends = size <= 256 ? stackalloc int[size] : new int[size];
        var (letterCount, wordCount) = Words(text, letters, ends, out var more);
        if (more is not null)
        {
            // The name did not fit the buffers sized for the table's decomposition: it was normalised instead.
            letters = new char[more.Length];
            ends = new int[more.Length];
            (letterCount, wordCount) = Words(more, letters, ends, out _);
        }

        var isOrganisation = author is not null && (author.Family is null
            ? !string.IsNullOrWhiteSpace(author.Literal)
            : wordCount >= 2 && AnyOrganisationWord(letters, ends[..wordCount]));

        // "The X Research Group" and "X Research Group" are one organisation.
        var keyStart = isOrganisation && text.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? ends[0] : 0;
        var key = letterCount == keyStart ? string.Empty : new string(letters[keyStart..letterCount]);

        var parts = letterCount + wordCount <= 256 ? stackalloc char[letterCount + wordCount] : new char[letterCount + wordCount];
        var length = 0;
        var start = 0;
        for (var i = 0; i < wordCount; i++)
        {
            var word = letters[start..ends[i]];
            start = ends[i];
            if (word.Length >= 3 && !Particle.Contains(word))
            {
                if (length > 0)
                {
                    parts[length++] = ' ';
                }

                word.CopyTo(parts[length..]);
                length += word.Length;
            }
        }

        return (key, parts[..length].SequenceEqual(key) ? key : new string(parts[..length]), isOrganisation);
    }

    private static bool AnyOrganisationWord(ReadOnlySpan<char> letters, ReadOnlySpan<int> ends)
    {
        var start = 0;
        foreach (var end in ends)
        {
            if (OrganisationWord.Contains(letters[start..end]))
            {
                return true;
            }

            start = end;
        }

        return false;
    }

    // Lower-case words of a name, as letters and where each word ends: diacritics dropped, split at
    // spaces, hyphens, apostrophes and anything else that is not a letter. Sets more to the normalised
    // name (and writes nothing) when it has chars the decomposition table lacks.
    private static (int Letters, int Words) Words(string text, Span<char> letters, Span<int> ends, out string? more)
    {
        more = null;
        scoped ReadOnlySpan<char> chars = text;
        if (!Ascii.IsValid(text))
        {
            if (!Decomposition.TryDecompose(text, letters, out var written))
            {
                more = text.Normalize(NormalizationForm.FormD);
                if (more.Length > letters.Length)
                {
                    return (0, 0);
                }

                more.CopyTo(letters);
                written = more.Length;
                more = null;
            }

            // Folded in place: each char yields at most one letter, written at or before it.
            chars = letters[..written];
        }

        var count = 0;
        var words = 0;
        foreach (var c in chars)
        {
            if (char.IsAsciiLetter(c))
            {
                letters[count++] = (char)(c | 0x20);
            }
            else if (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // A mark inside a word ("e\u0301") is dropped without ending the word.
                continue;
            }
            else if (c >= 0x80 && char.IsLetter(c))
            {
                letters[count++] = Decomposition.ToLowerInvariant(c);
            }
            else
            {
                if (count > (words == 0 ? 0 : ends[words - 1]))
                {
                    ends[words++] = count;
                }
            }
        }

        if (count > (words == 0 ? 0 : ends[words - 1]))
        {
            ends[words++] = count;
        }

        return (count, words);
    }
}
