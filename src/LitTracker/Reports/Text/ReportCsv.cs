using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace LitTracker.Reports.Text;

/// <summary>CSV output settings shared by the report writers.</summary>
internal static class ReportCsv
{
    /// <summary>
    /// Invariant culture; fields starting with = @ + - tab or CR are escaped (CsvHelper prefixes an
    /// apostrophe and quotes the field) so a spreadsheet never runs a claim text or title as a
    /// formula (CWE-1236).
    /// </summary>
    public static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    public static void Write<TRow, TMap>(TextWriter writer, IEnumerable<TRow> rows)
        where TMap : ClassMap<TRow>
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new CsvWriter(writer, Configuration(), leaveOpen: true);
        csv.Context.RegisterClassMap<TMap>();
        csv.WriteRecords(rows);
        csv.Flush();
    }
}
