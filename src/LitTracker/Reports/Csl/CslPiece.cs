namespace LitTracker.Reports.Csl;

/// <summary>One piece of rendered output; pieces are appended in order and can be rolled back.</summary>
internal struct CslPiece(string text, CslFormat format, CslPieceKind kind, string? link)
{
    public string Text = text;
    public CslFormat Format = format;
    public CslPieceKind Kind = kind;
    public string? Link = link;

    /// <summary>Text of the locale or the style (terms, labels, values), not of the item: title case applies whatever the item's language.</summary>
    public bool FromStyle;
}
