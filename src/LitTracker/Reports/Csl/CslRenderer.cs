namespace LitTracker.Reports.Csl;

/// <summary>
/// The mutable state of one render: the item, the output pieces and the counters that decide
/// group suppression. One instance is reused for every item of a run, so rendering allocates
/// little beyond the output strings.
/// </summary>
internal sealed partial class CslRenderer(CslCompiledStyle style)
{
    private readonly List<CslPiece> pieces = new(128);
    private readonly System.Text.StringBuilder rawBuilder = new(256);
    private CslFormat format;
    private int quoteDepth;
    private HashSet<string>? suppressed;

    public CslCompiledStyle Style { get; } = style;

    public CslLocale Locale => Style.Locale;

    public CslItem Item { get; private set; } = null!;

    public CslRenderMode Mode { get; private set; }

    public int CitationNumber { get; set; }

    public string? YearSuffix { get; set; }

    public CslCite? Cite { get; set; }

    public CslPosition Position { get; set; }

    /// <summary>Variables called / non-empty since the innermost group began.</summary>
    public int VarsCalled { get; set; }

    public int VarsFound { get; set; }

    /// <summary>True while a names element's substitute is rendering (found variables become suppressed).</summary>
    public bool Substituting { get; set; }

    public bool YearSuffixRendered { get; set; }

    /// <summary>Start and end piece of the first names output (subsequent-author-substitute), or -1.</summary>
    public int NamesStart { get; set; } = -1;

    public int NamesEnd { get; set; } = -1;

    public IReadOnlyList<CslPiece> Pieces => pieces;

    public int Count => pieces.Count;

    public void Reset(CslItem item, CslRenderMode mode)
    {
        pieces.Clear();
        Begin(item, mode);
    }

    /// <summary>Starts rendering an item after the pieces already written (cites of one citation).</summary>
    public void Begin(CslItem item, CslRenderMode mode)
    {
        Item = item;
        Mode = mode;
        format = CslFormat.None;
        quoteDepth = 0;
        suppressed?.Clear();
        VarsCalled = 0;
        VarsFound = 0;
        Substituting = false;
        YearSuffixRendered = false;
        NamesStart = -1;
        NamesEnd = -1;
        Position = CslPosition.First;
    }

    public void Rollback(int mark)
    {
        if (pieces.Count > mark)
        {
            pieces.RemoveRange(mark, pieces.Count - mark);
        }
    }

    public void Append(string text, CslPieceKind kind = CslPieceKind.Text, string? link = null, CslFormat extra = CslFormat.None)
    {
        if (text.Length > 0)
        {
            pieces.Add(new CslPiece(text, format | extra, kind, link));
        }
    }

    /// <summary>Appends a term, label or style value (see <see cref="CslPiece.FromStyle"/>).</summary>
    public void AppendStyleText(string text)
    {
        if (text.Length > 0)
        {
            pieces.Add(new CslPiece(text, format, CslPieceKind.Text, null) { FromStyle = true });
        }
    }

    /// <summary>Replaces pieces [start, end) with one text piece (subsequent-author-substitute).</summary>
    public void ReplaceRange(int start, int end, string text)
    {
        var format = pieces[start].Format;
        pieces.RemoveRange(start, end - start);
        pieces.Insert(start, new CslPiece(text, format, CslPieceKind.Text, null));
    }

    /// <summary>The raw text of pieces [start, end), for comparisons and sort keys.</summary>
    public string RawText(int start, int end)
    {
        if (end - start == 1)
        {
            return pieces[start].Text;
        }

        var builder = rawBuilder.Clear();
        for (var i = start; i < end; i++)
        {
            builder.Append(pieces[i].Text);
        }

        return builder.ToString();
    }

    public bool IsSuppressed(string variable) => suppressed is not null && suppressed.Contains(variable);

    /// <summary>Records a variable lookup for group suppression; substituted variables are suppressed afterwards.</summary>
    public void Called(string variable, bool found)
    {
        VarsCalled++;
        if (found)
        {
            VarsFound++;
            if (Substituting)
            {
                (suppressed ??= new HashSet<string>(StringComparer.Ordinal)).Add(variable);
            }
        }
    }

    /// <summary>Opens an element's affixes, formatting and quotes.</summary>
    public CslScope Open(CslAffixes affixes)
    {
        var scope = new CslScope(pieces.Count, 0, format);
        if (affixes.Prefix.Length > 0)
        {
            Append(affixes.Prefix, CslPieceKind.Affix);
        }

        format = (format & ~affixes.Clear) | affixes.Set;
        if (affixes.Quotes)
        {
            Append(Locale.Term(quoteDepth % 2 == 0 ? "open-quote" : "open-inner-quote") ?? "\u201c", CslPieceKind.OpenQuote);
            quoteDepth++;
        }

        return scope with { ContentStart = pieces.Count };
    }

    /// <summary>Closes what <see cref="Open"/> opened; rolls everything back when the content is empty.</summary>
    public bool Close(CslAffixes affixes, CslScope scope)
    {
        if (affixes.Quotes)
        {
            quoteDepth--;
        }

        if (pieces.Count == scope.ContentStart)
        {
            Rollback(scope.Mark);
            format = scope.Saved;
            return false;
        }

        if (affixes.TextCase != CslTextCase.None || affixes.StripPeriods)
        {
            Transform(scope.ContentStart, affixes.TextCase, affixes.StripPeriods);
        }

        if (affixes.Quotes)
        {
            Append(Locale.Term(quoteDepth % 2 == 0 ? "close-quote" : "close-inner-quote") ?? "\u201d", CslPieceKind.CloseQuote);
        }

        format = scope.Saved;
        if (affixes.Suffix.Length > 0)
        {
            Append(affixes.Suffix, CslPieceKind.Affix);
        }

        return true;
    }

    /// <summary>Discards an element's output, as for a suppressed group.</summary>
    public void Abort(CslAffixes affixes, CslScope scope)
    {
        if (affixes.Quotes)
        {
            quoteDepth--;
        }

        Rollback(scope.Mark);
        format = scope.Saved;
    }

    /// <summary>Renders children, with <paramref name="delimiter"/> between the non-empty ones.</summary>
    public void RenderAll(CslNode[] children, string delimiter)
    {
        var start = pieces.Count;
        foreach (var child in children)
        {
            var mark = pieces.Count;
            if (delimiter.Length > 0 && mark > start)
            {
                Append(delimiter, CslPieceKind.Affix);
            }

            var before = pieces.Count;
            child.Render(this);
            if (pieces.Count == before)
            {
                Rollback(mark);
            }
        }
    }

    public void Transform(int from, CslTextCase textCase, bool stripPeriods)
    {
        // Item text of a non-English item is not title-cased; terms and labels are the locale's English.
        var itemTitleCase = textCase != CslTextCase.Title || ItemIsEnglish;

        var first = true;
        var inWord = false;
        for (var i = from; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Kind is not (CslPieceKind.Text or CslPieceKind.Affix))
            {
                first = first && piece.Kind != CslPieceKind.NoCase;
                inWord = EndsInWord(piece.Text);
                continue;
            }

            var text = stripPeriods ? CslTextCasing.StripPeriods(piece.Text) : piece.Text;
            if (textCase != CslTextCase.None && piece.Kind == CslPieceKind.Text && (itemTitleCase || piece.FromStyle))
            {
                // "3<sup>rd</sup>" is one word split over two pieces: "rd" is not capitalised.
                text = CslTextCasing.Apply(text, textCase, first, IsLastText(i), inWord);
                first = false;
            }

            inWord = EndsInWord(text);
            pieces[i] = piece with { Text = text };
        }
    }

    private static bool EndsInWord(string text) => text.Length > 0 && char.IsLetterOrDigit(text[^1]);

    /// <summary>
    /// CSL 1.0.2, "Title case conversion": only English items are title-cased. An item without a
    /// language follows the locale; otherwise its language must be "en" or "en-…" (or spelled "English").
    /// </summary>
    private bool ItemIsEnglish
    {
        get
        {
            var language = Item.Get("language");
            if (string.IsNullOrWhiteSpace(language))
            {
                return Locale.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            }

            var primary = language.AsSpan().Trim();
            var end = primary.IndexOfAny('-', '_');
            primary = end < 0 ? primary : primary[..end];
            return primary.Equals("en", StringComparison.OrdinalIgnoreCase) || primary.Equals("english", StringComparison.OrdinalIgnoreCase);
        }
    }

    private bool IsLastText(int index)
    {
        for (var i = index + 1; i < pieces.Count; i++)
        {
            if (pieces[i].Kind == CslPieceKind.Text)
            {
                return false;
            }
        }

        return true;
    }
}
