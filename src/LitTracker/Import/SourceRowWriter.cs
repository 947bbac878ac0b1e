using System.Globalization;
using System.Text;
using LitTracker.Persistence;
using LitTracker.Sources;

namespace LitTracker.Import;

/// <summary>
/// Converts sources to <see cref="SourceRow"/>s with the same converters as the EF mapping, so rows
/// read back identically. Keeps a scratch buffer and a provenance cache: one writer per thread.
/// </summary>
internal sealed class SourceRowWriter
{
    private byte[] _buffer = new byte[4096];
    private int _used;
    private SourceRow.Cell[] _cells = [];

    // Imported records share a handful of provenance shapes (which fields were filled): encode each once.
    private readonly Dictionary<long, byte[]> _provenance = [];

    /// <summary>The row of <paramref name="s"/> stored with <paramref name="titleKey"/> and <paramref name="provenance"/> (its own properties of that name are not read).</summary>
    public SourceRow Write(Source s, string titleKey, Dictionary<SourceField, FieldOrigin> provenance)
    {
        _used = 0;
        _cells = new SourceRow.Cell[SourceRow.Columns.Length];
        Text(1, s.Type.ToString());
        Text(2, s.Design.ToString());
        Text(3, s.DesignDetail);
        Text(4, s.Population.ToString());
        Text(5, Converters.Authors.ConvertToProvider(s.Authors) as string);
        Integer(6, s.AuthorsIncomplete ? 1 : 0);
        Text(7, s.Title);
        Text(8, s.Container);
        Text(9, s.ContainerAbbreviation);
        Integer(10, s.Year);
        Integer(11, s.Month);
        Integer(12, s.Day);
        Text(13, s.Volume);
        Text(14, s.Issue);
        Text(15, s.Pages);
        Text(16, s.Doi?.Value);
        Integer(17, s.Pmid?.Value);
        Text(18, s.Pmcid?.Value);
        Text(19, s.Url);
        Text(20, s.AccessedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Text(21, s.Publisher);
        Text(22, s.Abstract);
        Text(23, s.Note);
        Text(24, titleKey);
        Provenance(25, provenance);
        return new SourceRow(_buffer.AsSpan(0, _used).ToArray(), _cells);
    }

    private void Integer(int column, long? value) =>
        _cells[column] = value is { } v ? new SourceRow.Cell(SourceRow.CellKind.Integer, v, 0, 0) : default;

    private void Text(int column, string? value)
    {
        if (value is null)
        {
            _cells[column] = default;
            return;
        }

        Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_used));
        Add(column, length);
    }

    private void Bytes(int column, ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_used));
        Add(column, utf8.Length);
    }

    private void Add(int column, int length)
    {
        _cells[column] = new SourceRow.Cell(SourceRow.CellKind.Text, 0, _used, length);
        _used += length;
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + bytes));
        }
    }

    private void Provenance(int column, Dictionary<SourceField, FieldOrigin> provenance)
    {
        // Only an all-Import map in field order is cached: the JSON then depends on the field set alone.
        long mask = 0;
        var last = -1;
        foreach (var (field, origin) in provenance)
        {
            var bit = (int)field;
            if (origin != FieldOrigin.Import || bit <= last || bit >= 64)
            {
                Text(column, Converters.Provenance.ConvertToProvider(provenance) as string);
                return;
            }

            mask |= 1L << bit;
            last = bit;
        }

        if (!_provenance.TryGetValue(mask, out var json))
        {
            json = Encoding.UTF8.GetBytes((string)Converters.Provenance.ConvertToProvider(provenance)!);
            _provenance[mask] = json;
        }

        Bytes(column, json);
    }
}
