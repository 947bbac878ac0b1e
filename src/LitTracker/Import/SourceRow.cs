using System.Buffers.Binary;

namespace LitTracker.Import;

/// <summary>
/// One source's column values for <see cref="SourceInserter"/>, already converted and encoded as
/// UTF-8 (<see cref="SourceRowWriter"/>), so the writer thread only binds them by index. The key is
/// not in it: keys are assigned by the writer, in file order.
/// </summary>
internal sealed class SourceRow
{
    // One array per row: a kind byte per column, then eight bytes per column (the integer, or the
    // text's start and length), then the text.
    private const int PayloadStart = 26;
    private const int Header = PayloadStart + (8 * 26);

    private readonly byte[] _data;

    private SourceRow(byte[] data) => _data = data;

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
    public Cell this[int column]
    {
        get
        {
            var kind = (CellKind)_data[column];
            var payload = _data.AsSpan(PayloadStart + (8 * column), 8);
            return kind == CellKind.Text
                ? new Cell(kind, 0, BinaryPrimitives.ReadInt32LittleEndian(payload), BinaryPrimitives.ReadInt32LittleEndian(payload[4..]))
                : new Cell(kind, BinaryPrimitives.ReadInt64LittleEndian(payload), 0, 0);
        }
    }

    /// <summary>The UTF-8 bytes of a text cell.</summary>
    public ReadOnlySpan<byte> Utf8(Cell cell) => _data.AsSpan(cell.Start, cell.Length);

    /// <summary>The row of <paramref name="cells"/> (one per column; text cells start within <paramref name="text"/>), in one array.</summary>
    public static SourceRow Create(ReadOnlySpan<Cell> cells, ReadOnlySpan<byte> text)
    {
        if (cells.Length != Columns.Length)
        {
            throw new ArgumentException($"A row has {Columns.Length} cells.", nameof(cells));
        }

        // Every byte is written below, so the array need not be cleared first.
        var data = GC.AllocateUninitializedArray<byte>(Header + text.Length);
        for (var column = 0; column < cells.Length; column++)
        {
            var cell = cells[column];
            data[column] = (byte)cell.Kind;
            var payload = data.AsSpan(PayloadStart + (8 * column), 8);
            if (cell.Kind == CellKind.Text)
            {
                BinaryPrimitives.WriteInt32LittleEndian(payload, Header + cell.Start);
                BinaryPrimitives.WriteInt32LittleEndian(payload[4..], cell.Length);
            }
            else
            {
                BinaryPrimitives.WriteInt64LittleEndian(payload, cell.Integer);
            }
        }

        text.CopyTo(data.AsSpan(Header));
        return new SourceRow(data);
    }
}
