using System.Text;
using LitTracker.Sources;

namespace LitTracker.Reports.Vancouver;

/// <summary>Author names in the NLM form "Family Initials" (initials run together, no periods).</summary>
public static class VancouverNames
{
    /// <summary>NLM lists six authors, then "et al." (Citing Medicine; CSL et-al-min 7, use-first 6).</summary>
    public const int MaxListedAuthors = 6;

    /// <summary>
    /// Initials from given names: "H. K." → "HK", "Jean-Pierre" → "JP", "Andre J" → "AJ"; text that
    /// is already initials ("AJ") is kept.
    /// </summary>
    public static string Initials(string? given)
    {
        if (string.IsNullOrWhiteSpace(given))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(4);
        foreach (var token in given.Split([' ', '.', '-', '\u2010', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            // "AJ" in a given-name field is initials already (PubMed and RIS often store it so);
            // a real upper-case name like "JOHN" is longer than three letters.
            if (token.Length <= 3 && token.All(char.IsUpper))
            {
                builder.Append(token);
                continue;
            }

            var first = token.FirstOrDefault(char.IsLetter);
            if (first != default)
            {
                builder.Append(char.ToUpperInvariant(first));
            }
        }

        return builder.ToString();
    }

    /// <summary>One author: "van Wijnen AJ", "Hall HK", an organisation's name, or "" when the record is empty.</summary>
    public static string Format(Author author)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (!string.IsNullOrWhiteSpace(author.Literal))
        {
            return author.Literal.Trim();
        }

        var family = author.Family?.Trim() ?? string.Empty;
        var initials = Initials(author.Given);
        return initials.Length == 0 ? family : family.Length == 0 ? initials : family + " " + initials;
    }

    /// <summary>
    /// The author list "A, B, C" with ", et al." after the sixth of more than six, or after the
    /// last when the list is known to be incomplete. Empty when there are no usable names.
    /// </summary>
    public static string FormatList(IReadOnlyList<Author> authors, bool incomplete)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var names = authors.Select(Format).Where(n => n.Length > 0).ToList();
        if (names.Count == 0)
        {
            return string.Empty;
        }

        var truncated = names.Count > MaxListedAuthors;
        var listed = truncated ? names.Take(MaxListedAuthors) : names;
        var text = string.Join(", ", listed);
        return truncated || incomplete ? text + ", et al." : text;
    }
}
