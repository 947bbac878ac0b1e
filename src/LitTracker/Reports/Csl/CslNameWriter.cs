using System.Text;

namespace LitTracker.Reports.Csl;

/// <summary>Writes one name: display or sort order, initials, particles, suffixes.</summary>
internal static class CslNameWriter
{
    public static void Write(CslRenderer r, CslName name, CslNameOptions o, bool inverted)
    {
        if (name.Literal is not null || name.Given is null && name.NonDroppingParticle is null && name.DroppingParticle is null && name.Suffix is null)
        {
            var literal = name.Literal ?? name.Family;
            if (!string.IsNullOrEmpty(literal))
            {
                Part(r, literal, o.Family);
            }

            return;
        }

        var family = name.Family ?? string.Empty;
        var nonDropping = name.NonDroppingParticle;
        var dropping = name.DroppingParticle;
        var given = name.Given is null ? null : Given(name.Given, o);
        if (IsCjk(family))
        {
            Part(r, family, o.Family);
            if (o.Form != "short" && given is not null)
            {
                Part(r, given, o.Given);
            }

            return;
        }

        if (o.Form == "short")
        {
            Part(r, Join(nonDropping, family), o.Family);
            return;
        }

        if (!inverted || name.StaticOrdering)
        {
            if (given is not null)
            {
                Part(r, Join(given, dropping), o.Given);
                r.Append(" ", CslPieceKind.Affix);
            }
            else if (dropping is not null)
            {
                Part(r, dropping, o.Given);
                r.Append(" ", CslPieceKind.Affix);
            }

            Part(r, Join(nonDropping, family), o.Family);
            if (name.Suffix is not null)
            {
                r.Append((name.CommaSuffix ? ", " : " ") + name.Suffix);
            }

            return;
        }

        var demote = o.DemoteNonDroppingParticle == "display-and-sort" || (r.Mode == CslRenderMode.Sort && o.DemoteNonDroppingParticle == "sort-only");
        Part(r, demote ? family : Join(nonDropping, family), o.Family);
        var rest = demote ? Join(Join(given, dropping), nonDropping) : Join(given, dropping);
        if (rest.Length > 0)
        {
            r.Append(o.SortSeparator, CslPieceKind.Affix);
            Part(r, rest, o.Given);
        }

        if (name.Suffix is not null)
        {
            r.Append(o.SortSeparator + name.Suffix);
        }
    }

    private static void Part(CslRenderer r, string text, CslAffixes affixes)
    {
        if (ReferenceEquals(affixes, CslAffixes.Empty))
        {
            r.AppendValue(text);
            return;
        }

        var scope = r.Open(affixes);
        r.AppendValue(text);
        r.Close(affixes, scope);
    }

    private static string Join(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a))
        {
            return b ?? string.Empty;
        }

        if (string.IsNullOrEmpty(b))
        {
            return a;
        }

        // "d'" and "al-" attach without a space.
        return a[^1] is '\'' or '\u2019' or '-' ? a + b : a + " " + b;
    }

    private static bool IsCjk(string text) => text.Length > 0 && text[0] >= '\u2E80' && text[0] <= '\u9FFF';

    /// <summary>
    /// Initials as CSL 1.0.2 describes them: a word becomes its first letter plus initialize-with;
    /// an abbreviation ("Ph.") keeps its letters; hyphenated names keep the hyphen unless
    /// initialize-with-hyphen is false. Without initialize-with, the given name is left alone.
    /// </summary>
    public static string Given(string given, CslNameOptions o)
    {
        if (o.InitializeWith is not { } with)
        {
            return given;
        }

        var builder = new StringBuilder(given.Length);
        var i = 0;
        while (i < given.Length)
        {
            var c = given[i];
            if (c is ' ' or '.' or '-' or '\u2013')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < given.Length && given[i] is not (' ' or '.' or '-' or '\u2013'))
            {
                i++;
            }

            var token = given[start..i];
            var abbreviation = i < given.Length && given[i] == '.';
            var j = abbreviation ? i + 1 : i;
            while (j < given.Length && given[j] == ' ')
            {
                j++;
            }

            var hyphenNext = j < given.Length && given[j] is '-' or '\u2013';
            if (char.IsLower(token[0]) && token.Length > 1)
            {
                // Lower-case words ("de", "et al.") are not initials: kept whole, period included,
                // and set apart by a space even when initialize-with is empty ("L et al.").
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                builder.Append(token).Append(abbreviation ? ". " : " ");
                continue;
            }

            if (abbreviation || token.Length == 1)
            {
                builder.Append(o.Initialize && !abbreviation ? token[..1] : token).Append(with);
            }
            else if (o.Initialize)
            {
                builder.Append(token, 0, char.IsSurrogate(token[0]) ? 2 : 1).Append(with);
            }
            else
            {
                builder.Append(token).Append(' ');
            }

            if (hyphenNext)
            {
                TrimEnd(builder);
                if (o.InitializeWithHyphen)
                {
                    builder.Append('-');
                }
            }
        }

        TrimEnd(builder);
        return builder.ToString();
    }

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }
}
