using System.Text;
using LitTracker.Reports.Text;

namespace LitTracker.Reports.Csl;

/// <summary>Turning pieces into <see cref="RichText"/>: punctuation merging and punctuation-in-quote.</summary>
internal sealed partial class CslRenderer
{
    private readonly List<(StringBuilder Text, CslFormat Format, string? Link)> runs = [];
    private readonly Stack<StringBuilder> spare = new();

    /// <summary>
    /// Composes pieces [from, to) into formatted text; <paramref name="trimEnd"/> drops trailing
    /// white space. citeproc-js trims the right column of a second-field-align entry (so "1. Text. "
    /// ends at "Text.") but keeps a plain entry's trailing suffix; LitTracker does the same.
    /// </summary>
    public RichText Compose(int from, int to, bool trimEnd = false)
    {
        foreach (var run in runs)
        {
            run.Text.Clear();
            spare.Push(run.Text);
        }

        runs.Clear();
        var afterQuote = false;
        for (var i = from; i < to; i++)
        {
            var piece = pieces[i];
            var text = piece.Text;
            if (text.Length == 0)
            {
                continue;
            }

            if (afterQuote && Locale.PunctuationInQuote && text[0] is '.' or ',' && piece.Kind != CslPieceKind.CloseQuote)
            {
                MoveIntoQuote(text[0]);
                text = text[1..];
                if (text.Length == 0)
                {
                    continue;
                }
            }

            afterQuote = piece.Kind == CslPieceKind.CloseQuote;
            if (runs.Count > 0 && LastChar() is char left)
            {
                if (CslPunctuation.IsPunctuation(left) && CslPunctuation.IsPunctuation(text[0]) && piece.Kind != CslPieceKind.OpenQuote)
                {
                    var merge = CslPunctuation.Merge(left, text[0]);
                    if (merge == 1)
                    {
                        text = text[1..];
                    }
                    else if (merge == 2)
                    {
                        DropLastChar();
                    }
                }
                else if (left == ' ' && text[0] == ' ')
                {
                    text = text[1..];
                }
            }

            if (text.Length > 0)
            {
                AddRun(text, piece.Format, piece.Link);
            }
        }

        while (trimEnd && runs.Count > 0)
        {
            var last = runs[^1].Text;
            var keep = last.Length;
            while (keep > 0 && char.IsWhiteSpace(last[keep - 1]))
            {
                keep--;
            }

            last.Length = keep;
            if (keep > 0)
            {
                break;
            }

            spare.Push(last);
            runs.RemoveAt(runs.Count - 1);
        }

        var result = new TextRun[runs.Count];
        for (var r = 0; r < runs.Count; r++)
        {
            var (builder, fmt, link) = runs[r];
            result[r] = new TextRun(builder.ToString(), fmt.HasFlag(CslFormat.Italic), link, ToTextFormat(fmt));
        }

        return new RichText(result);
    }

    private void AddRun(string text, CslFormat fmt, string? link)
    {
        if (runs.Count > 0 && runs[^1].Format == fmt && ReferenceEquals(runs[^1].Link, link))
        {
            runs[^1].Text.Append(text);
            return;
        }

        var builder = spare.Count > 0 ? spare.Pop() : new StringBuilder(64);
        builder.Append(text);
        runs.Add((builder, fmt, link));
    }

    private char? LastChar()
    {
        for (var r = runs.Count - 1; r >= 0; r--)
        {
            if (runs[r].Text.Length > 0)
            {
                return runs[r].Text[^1];
            }
        }

        return null;
    }

    private void DropLastChar()
    {
        for (var r = runs.Count - 1; r >= 0; r--)
        {
            if (runs[r].Text.Length > 0)
            {
                runs[r].Text.Length--;
                return;
            }
        }
    }

    private void MoveIntoQuote(char punctuation)
    {
        var builder = runs[^1].Text;
        var quote = builder[^1];
        builder.Length--;
        var merge = builder.Length > 0 && CslPunctuation.IsPunctuation(builder[^1]) ? CslPunctuation.Merge(builder[^1], punctuation) : 0;
        if (merge == 2)
        {
            builder.Length--;
        }

        if (merge != 1)
        {
            builder.Append(punctuation);
        }

        builder.Append(quote);
    }

    private static TextFormat ToTextFormat(CslFormat format)
    {
        var result = TextFormat.None;
        if (format.HasFlag(CslFormat.Bold))
        {
            result |= TextFormat.Bold;
        }

        if (format.HasFlag(CslFormat.SmallCaps))
        {
            result |= TextFormat.SmallCaps;
        }

        if (format.HasFlag(CslFormat.Superscript))
        {
            result |= TextFormat.Superscript;
        }

        if (format.HasFlag(CslFormat.Subscript))
        {
            result |= TextFormat.Subscript;
        }

        if (format.HasFlag(CslFormat.Underline))
        {
            result |= TextFormat.Underline;
        }

        return result;
    }
}
