using LitTracker.Reports.Check;

namespace LitTracker.Tests.Reports.Check;

public class CheckMarkdownWriterTests
{
    [Fact]
    public void Write_Report_OneTablePerArticle()
    {
        using var writer = new StringWriter { NewLine = "\n" };

        CheckMarkdownWriter.Write(writer, ReportFixtures.Report());

        Assert.Equal(
            "# Claim check\n\n## Stem cell blog (blog)\n\n"
            + "| Claim | Text | Category | Wording | Cited by article | Best grade | Verdict | Flags | SORT |\n"
            + "|---|---|---|---|---|---|---|---|---|\n"
            + "| c1 | Stem cells relieve knee pain | Pain relief | direct causal | yes | moderate | contested | overstated | B |\n"
            + "| c2 | Clinics regrow cartilage | Pain relief | direct causal | no |   | unsourced | uncited, overstated | C |\n",
            writer.ToString());
    }

    [Fact]
    public void Write_PipeAndNewlineInClaim_EscapedOnOneRow()
    {
        using var writer = new StringWriter { NewLine = "\n" };

        CheckMarkdownWriter.Write(writer, ReportFixtures.Report(unsourcedText: "a | b\nc *d*"));

        Assert.Contains(@"| c2 | a \| b c \*d\* | Pain relief |", writer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", CheckReportFormat.Json)]
    [InlineData("CSV", CheckReportFormat.Csv)]
    [InlineData("md", CheckReportFormat.Md)]
    public void TryParseFormat_KnownNames_Parsed(string name, CheckReportFormat expected)
    {
        Assert.True(CheckReportWriter.TryParseFormat(name, out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void Write_UnspecifiedFormat_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CheckReportWriter.Write(TextWriter.Null, ReportFixtures.Report(), CheckReportFormat.Unspecified));
    }
}
