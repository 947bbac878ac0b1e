using System.Globalization;
using System.Text;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Tests.Sources.Reference;

/// <summary>
/// SurnameMatcher as it was before its ASCII short cut (commit a1cafae), for TitleKeyDifferentialTests.
/// First-author comparison for duplicate detection. Two surnames agree when their folded forms are
/// equal, one slip apart from five letters on (two from eight: "Pronovost"/"Provonost"), or when a
/// multi-part surname shares a part of three letters or more that is not a particle with the other
/// ("Lopez Bernal"/"Bernal", "García-Márquez"/"Garcia"). Organisations ("RECOVERY Collaborative
/// Group", "The DCCT Research Group") are recognised so that a person and a group — or two spellings
/// of one group — are not read as two different first authors.
/// </summary>
internal static class ReferenceSurnameMatcher
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

    /// <summary>True when the author is an organisation: a literal-only name, or a name of two words or more with a word such as "Group", "Consortium", "Investigators".</summary>
    public static bool IsOrganisation(Author? author)
    {
        if (author is null)
        {
            return false;
        }

        if (author.Family is null)
        {
            return !string.IsNullOrWhiteSpace(author.Literal);
        }

        var words = Words(Decoded(author.Family));
        return words.Count >= 2 && words.Any(OrganisationWords.Contains);
    }

    /// <summary>The parts of a surname, folded, space-separated, particles left out ("Lopez-Bernal" → <c>lopez bernal</c>).</summary>
    public static string Parts(Author? author)
    {
        var text = Decoded(author?.Family ?? author?.Literal ?? string.Empty);
        return string.Join(' ', Words(text).Where(w => w.Length >= 3 && !Particles.Contains(w)));
    }

    /// <summary>
    /// A name with its HTML entities decoded. The one deliberate change to this reference (session 5):
    /// the surname fold began decoding entities as TitleKey does, so names with an '&amp;' fold as
    /// decoded here too; every other name folds as before.
    /// </summary>
    internal static string Decoded(string text) =>
        text.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(text) : text;

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

    // Lower-case ASCII words of a name: diacritics dropped, split at spaces, hyphens and apostrophes.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }
}
