namespace LitTracker.Reports.Csl;

/// <summary>Appending variable values: inline markup and typographic apostrophes.</summary>
internal sealed partial class CslRenderer
{
    /// <summary>
    /// Appends a variable's value. The inline markup CSL-JSON allows (<c>&lt;i&gt; &lt;b&gt; &lt;sup&gt;
    /// &lt;sub&gt;</c>, small-caps, <c>nocase</c> and <c>nodecor</c> spans) becomes formatting; any other tag stays text.
    /// </summary>
    public void AppendValue(string value, string? link = null)
    {
        if (value.Contains('\'', StringComparison.Ordinal))
        {
            value = value.Replace('\'', '\u2019');
        }

        if (!value.Contains('<', StringComparison.Ordinal))
        {
            Append(value, CslPieceKind.Text, link);
            return;
        }

        AppendMarkup(value, link);
    }

    private void AppendMarkup(string value, string? link)
    {
        var saved = format;
        Span<CslFormat> stack = stackalloc CslFormat[16];
        Span<bool> nocaseStack = stackalloc bool[16];
        var depth = 0;
        var nocase = false;
        var start = 0;
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] != '<' || depth >= 15)
            {
                i++;
                continue;
            }

            var close = value.IndexOf('>', i);
            if (close < 0)
            {
                break;
            }

            var tag = value.AsSpan(i + 1, close - i - 1);
            CslFormat? opens = tag switch
            {
                "i" or "em" => format.HasFlag(CslFormat.Italic) ? CslFormat.None : CslFormat.Italic,
                "b" or "strong" => CslFormat.Bold,
                "sup" => CslFormat.Superscript,
                "sub" => CslFormat.Subscript,
                "span style=\"font-variant:small-caps;\"" or "span style=\"font-variant: small-caps;\"" => CslFormat.SmallCaps,
                "span class=\"nocase\"" or "span class=\"nodecor\"" => CslFormat.None,
                _ => null,
            };
            var isClose = tag is "/i" or "/em" or "/b" or "/strong" or "/sup" or "/sub" or "/span";
            if (opens is null && !isClose)
            {
                i = close + 1;
                continue;
            }

            Flush(value, start, i, nocase, link);
            if (opens is { } add)
            {
                stack[depth] = format;
                nocaseStack[depth] = nocase;
                depth++;
                nocase |= tag is "span class=\"nocase\"";
                format = tag switch
                {
                    "i" or "em" when format.HasFlag(CslFormat.Italic) => format & ~CslFormat.Italic,
                    // nodecor: the text inside is set upright, regular weight, no small caps, whatever surrounds it.
                    "span class=\"nodecor\"" => format & ~(CslFormat.Italic | CslFormat.Bold | CslFormat.SmallCaps),
                    _ => format | add,
                };
            }
            else if (depth > 0)
            {
                depth--;
                format = stack[depth];
                nocase = nocaseStack[depth];
            }

            i = close + 1;
            start = i;
        }

        Flush(value, start, value.Length, nocase, link);
        format = saved;
    }

    private void Flush(string value, int start, int end, bool nocase, string? link)
    {
        if (end > start)
        {
            Append(value[start..end], nocase ? CslPieceKind.NoCase : CslPieceKind.Text, link);
        }
    }
}
