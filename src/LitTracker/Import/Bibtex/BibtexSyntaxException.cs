namespace LitTracker.Import.Bibtex;

/// <summary>Internal signal that an entry is malformed; never escapes the parser.</summary>
#pragma warning disable CA1032 // Internal control-flow exception: the standard constructors are not needed.
internal sealed class BibtexSyntaxException(int line, int column, string message) : Exception(message)
#pragma warning restore CA1032
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
