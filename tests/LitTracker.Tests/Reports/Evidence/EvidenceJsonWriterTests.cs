using System.Text.Json;
using LitTracker.Reports.Evidence;

namespace LitTracker.Tests.Reports.Evidence;

public class EvidenceJsonWriterTests
{
    [Fact]
    public void Write_Report_StructuredCamelCaseKebabValues()
    {
        using var writer = new StringWriter();

        EvidenceReportWriter.Write(writer, ReportFixtures.Report(), EvidenceReportFormat.Json, new EvidenceReportOptions(DemonstrationData: true));

        using var document = JsonDocument.Parse(writer.ToString());
        var root = document.RootElement;
        Assert.True(root.GetProperty("demonstrationData").GetBoolean());
        var claim = root.GetProperty("articles")[0].GetProperty("claims")[0];
        Assert.Equal("contested", claim.GetProperty("verdict").GetString());
        Assert.Equal("direct-causal", claim.GetProperty("wording").GetString());
        Assert.Equal("Pain relief", claim.GetProperty("categoryLabel").GetString());
        var citations = claim.GetProperty("citations");
        Assert.Equal(2, citations.GetArrayLength());
        Assert.Equal("supports", citations[0].GetProperty("stance").GetString());
        Assert.Equal("contradicts", citations[1].GetProperty("stance").GetString());
        Assert.Equal("patient-oriented", citations[0].GetProperty("outcome").GetString());
        Assert.Equal("2024-05-01T09:30:00Z", citations[0].GetProperty("at").GetString());
        var source = citations[0].GetProperty("source");
        Assert.Equal("systematic-review-of-rcts", source.GetProperty("design").GetString());
        Assert.Equal("10.1093/pm/pny256", source.GetProperty("doi").GetString());
        Assert.Equal(2019, source.GetProperty("year").GetInt32());
        Assert.False(source.GetProperty("retracted").GetBoolean());
        var unsourced = root.GetProperty("articles")[0].GetProperty("claims")[1];
        Assert.Equal(0, unsourced.GetProperty("citations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, unsourced.GetProperty("bestGrade").ValueKind);
    }
}
