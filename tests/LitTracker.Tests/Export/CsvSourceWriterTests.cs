using System.Globalization;
using LitTracker.Export.Csv;
using LitTracker.Sources;

namespace LitTracker.Tests.Export;

public class CsvSourceWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1+2")]
    [InlineData("@SUM(A1)")]
    public void Write_FormulaLikeTitle_IsEscapedWithAnApostrophe(string title)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        CsvSourceWriter.Write(writer, [new Source { Key = "x1", Title = title }]);

        var row = writer.ToString().Split('\n')[1];
        Assert.DoesNotContain("," + title, row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"" + title, row, StringComparison.Ordinal);
        Assert.Contains("'" + title[0], row, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Header_UsesTheImportColumnNames()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        CsvSourceWriter.Write(writer, []);

        Assert.Equal("Key,Type,Title,Authors,Year,Date,Journal,Journal Abbreviation,Volume,Issue,Pages,DOI,PMID,PMCID,URL,Publisher,Abstract\n", writer.ToString());
    }
}
