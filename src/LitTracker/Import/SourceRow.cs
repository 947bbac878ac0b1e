namespace LitTracker.Import;

/// <summary>
/// One source's column values for <see cref="SourceInserter"/>, already converted and encoded as
/// UTF-8 (<see cref="SourceRowWriter"/>), so the writer thread only binds them by index. The key is
/// not in it: keys are assigned by the writer, in file order.
/// </summary>
internal sealed class SourceRow(byte[] text, SourceRow.Cell[] cells)
{
    /// <summary>The sources columns in insert order; index 0 is the key.</summary>
    public static readonly string[] Columns =
    [
        "Key", "Type", "Design", "DesignDetail", "Population", "Authors", "AuthorsIncomplete", "Title", "Container",
        "ContainerAbbreviation", "Year", "Month", "Day", "Volume", "Issue", "Pages", "Doi", "Pmid", "Pmcid", "Url",
        "AccessedOn", "Publisher", "Abstract", "Note", "TitleKey", "Provenance",
    ];

    /// <summary>What a cell holds.</summary>
    public enum CellKind : byte
    {
        /// <summary>SQL NULL.</summary>
        Null,

        /// <summary>An integer in <see cref="Cell.Integer"/>.</summary>
        Integer,

        /// <summary>Text: <see cref="Cell.Length"/> UTF-8 bytes at <see cref="Cell.Start"/> (possibly none: the empty string).</summary>
        Text,
    }

    /// <summary>One column value.</summary>
    public readonly record struct Cell(CellKind Kind, long Integer, int Start, int Length);

    /// <summary>Cell <paramref name="column"/> (an index into <see cref="Columns"/>).</summary>
    public Cell this[int column] => cells[column];

    /// <summary>The UTF-8 bytes of a text cell.</summary>
    public ReadOnlySpan<byte> Utf8(Cell cell) => text.AsSpan(cell.Start, cell.Length);
}
