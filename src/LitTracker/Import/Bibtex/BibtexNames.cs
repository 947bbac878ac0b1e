using LitTracker.Sources;

namespace LitTracker.Import.Bibtex;

/// <summary>
/// Parses BibTeX name lists ("A and B and others") with the BibTeX name grammar: "First von Last",
/// "von Last, First" and "von Last, Jr, First"; a lower-case word starts the particle ("van",
/// "von der"), brace groups are one word and caseless, a name wholly in braces is an organisation.
/// BibLaTeX's "family=…, given=…" form is understood too. The particle is kept in
/// <see cref="Author.Family"/> ("van Wijnen").
/// </summary>
public static class BibtexNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", "Jnr", "Snr",
    };

    /// <summary>Parses a raw (LaTeX) name list; <paramref name="incomplete"/> is true when it ends in "and others".</summary>
    public static IReadOnlyList<Author> Parse(string raw, out bool incomplete)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return ParseList(raw, out incomplete);
    }

    /// <summary><see cref="Parse"/> into a list of the caller's own.</summary>
    internal static List<Author> ParseList(string raw, out bool incomplete)
    {
        incomplete = false;
        var names = BibtexNameWords.SplitNames(raw);
        var authors = new List<Author>(names.Count);
        foreach (var name in names)
        {
            if (name.Length >= 6 && name.AsSpan().Trim().Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                incomplete = true;
                continue;
            }

            var author = ParseName(name);
            if (author is not null)
            {
                authors.Add(author);
            }
        }

        return authors;
    }

    /// <summary>Parses one raw name; null when it is empty.</summary>
    public static Author? ParseName(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var parts = BibtexNameWords.SplitTrimmedTopLevel(raw, ',');
        var empty = parts.TrueForAll(p => p.Length == 0);

        // Without '=' no part can be keyed; the check is for BibLaTeX's "family=…, given=…".
        if (raw.Contains('=', StringComparison.Ordinal) && parts.TrueForAll(p => p.Contains('=', StringComparison.Ordinal) && KeyedPart(p).Key.Length > 0))
        {
            return Keyed(parts);
        }

        if (empty)
        {
            return null;
        }

        if (parts.Count == 1)
        {
            return Unkeyed(BibtexNameWords.Words(parts[0]));
        }

        var family = Text(parts[0]);
        string? given;
        string? suffix = null;
        if (parts.Count == 2)
        {
            given = Text(parts[1]);
        }
        else if (Suffixes.Contains(parts[2].Trim()) && !Suffixes.Contains(parts[1].Trim()))
        {
            // "Smith, John, Jr." is common in the wild although BibTeX wants "Smith, Jr., John".
            given = Text(parts[1]);
            suffix = Text(parts[2]);
        }
        else
        {
            suffix = Text(parts[1]);
            given = Text(string.Join(", ", parts.GetRange(2, parts.Count - 2)));
        }

        return Make(family, given, suffix);
    }

    private static Author? Unkeyed(List<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count == 1)
        {
            var only = words[0];
            return only.Length > 1 && only[0] == '{' && only[^1] == '}' && Closes(only)
                ? Author.Organisation(Text(only) ?? string.Empty)
                : Make(Text(only), null, null);
        }

        string? suffix = null;
        if (words.Count >= 3 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words = words[..^1];
        }

        var n = words.Count;
        var vonStart = -1;
        for (var i = 0; i < n - 1; i++)
        {
            if (IsLowerCase(words[i]))
            {
                vonStart = i;
                break;
            }
        }

        var familyStart = vonStart >= 0 ? vonStart : n - 1;
        return Make(Text(string.Join(' ', words[familyStart..])), Text(string.Join(' ', words[..familyStart])), suffix);
    }

    private static Author? Keyed(List<string> parts)
    {
        string? family = null, given = null, prefix = null, suffix = null;
        foreach (var part in parts)
        {
            var (key, value) = KeyedPart(part);
            switch (key)
            {
                case "family": family = Text(value); break;
                case "given": given = Text(value); break;
                case "prefix": prefix = Text(value); break;
                case "suffix": suffix = Text(value); break;
                default: break;
            }
        }

        return Make(prefix is null ? family : $"{prefix} {family}".Trim(), given, suffix);
    }

    private static (string Key, string Value) KeyedPart(string part)
    {
        var eq = part.IndexOf('=', StringComparison.Ordinal);
        var key = part[..eq].Trim().ToLowerInvariant();
        return key is "family" or "given" or "prefix" or "suffix" or "useprefix" ? (key, part[(eq + 1)..].Trim()) : (string.Empty, part);
    }

    private static Author? Make(string? family, string? given, string? suffix) =>
        family is null && given is null ? null : new Author(family ?? given, family is null ? null : given, null, suffix);

    private static string? Text(string latex)
    {
        var text = LatexText.ToUnicode(latex);
        return text.Length == 0 ? null : text;
    }

    /// <summary>True when the word's first letter at brace depth 0 (or of a special character) is lower-case.</summary>
    internal static bool IsLowerCase(string word)
    {
        var i = 0;
        while (i < word.Length)
        {
            var c = word[i];
            if (c == '{' && (i + 1 >= word.Length || word[i + 1] != '\\'))
            {
                i = SkipGroup(word, i);
                continue;
            }

            if (c == '\\' || c == '{')
            {
                i = c == '{' ? i + 2 : i + 1;
                var start = i;
                while (i < word.Length && char.IsAsciiLetter(word[i]))
                {
                    i++;
                }

                var name = word[start..i];
                if (name.Length > 0 && !LatexSymbols.Accents.ContainsKey(name))
                {
                    return char.IsLower(name[0]);
                }

                if (name.Length == 0)
                {
                    i++;
                }

                continue;
            }

            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            i++;
        }

        return false;
    }

    private static int SkipGroup(string word, int i)
    {
        var depth = 0;
        for (; i < word.Length; i++)
        {
            if (word[i] == '{')
            {
                depth++;
            }
            else if (word[i] == '}' && --depth == 0)
            {
                return i + 1;
            }
        }

        return word.Length;
    }

    private static bool Closes(string word) => SkipGroup(word, 0) == word.Length;
}
