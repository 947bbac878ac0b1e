namespace LitTracker.Reports.Csl;

/// <summary>What an output piece is, for punctuation handling and text-case.</summary>
internal enum CslPieceKind : byte
{
    Text = 0,
    Affix,
    OpenQuote,
    CloseQuote,
    NoCase,
}
