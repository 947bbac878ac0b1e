using System.Globalization;
using System.Text;
using LitTracker.Export;
using LitTracker.Import;
using LitTracker.Sources;

namespace LitTracker.Tests.Export;

/// <summary>Import → export → import keeps every field each format carries, compared field by field.</summary>
public class ExportRoundTripTests
{
    private const string Bib = """
        @article{law2019, author = {Law, L. and van Wijnen, A. J. and Smith, Jr., John and {World Health Organization} and others},
          title = {Office-based {MSC} therapy: {\"o}sterreich \& the {mRNA} 50\% problem},
          journal = {Pain Medicine}, shortjournal = {Pain Med}, year = 2019, month = mar, date = {2019-03-05},
          volume = {20}, number = {8}, pages = {1523--1531}, doi = {10.1093/pm/pny256}, pmid = {30496539},
          pmcid = {PMC6697318}, url = {https://example.org/a_b%20c}, abstract = {Stem cells {\ss} and $\alpha$ cells.}}
        @incollection{ch1, author = {Doe, Jane}, title = {A Chapter}, booktitle = {The Big Book}, year = {2001},
          publisher = {Springer}, pages = {e233}}
        @online{web1, title = {Fact sheet}, organization = {WHO}, url = {https://who.int/x}, urldate = {2024-01-31}, year = {2023}}
        @techreport{rep1, title = {Report on things}, publisher = {Agency}, year = {2010}, issue = {3}}
        @book{b1, author = {Müller, Jürgen}, title = {Ein Buch}, publisher = {Verlag}, year = {1999}}
        @preprint{p1, author = {Ng, Al}, title = {A preprint}, year = {2021}}
        @misc{m1, title = {Other thing}, year = {2005}}
        """;

    private const string Ris = "TY  - JOUR\nID  - r1\nAU  - Law, L\nAU  - van Wijnen, AJ\nAU  - Smith, John, Jr.\nAU  - et al.\n"
        + "TI  - Office-based MSC therapy & 50% of things\nT2  - Pain Medicine\nJ2  - Pain Med\nPY  - 2019\nDA  - 2019/03/05\n"
        + "VL  - 20\nIS  - 8\nSP  - 1523\nEP  - 1531\nDO  - 10.1093/pm/pny256\nAN  - 30496539\nDB  - PubMed\nC2  - PMC6697318\n"
        + "M3  - Randomized Controlled Trial\nUR  - https://example.org/x\nPB  - OUP\nAB  - An abstract with Ünïcode.\nER  - \n"
        + "TY  - ELEC\nID  - w1\nTI  - Page\nUR  - https://who.int/x\nY2  - 2024/01/31\nPY  - 2023\nER  - \n"
        + "TY  - CHAP\nID  - c1\nAU  - Doe, Jane\nTI  - Chapter\nT2  - Book\nPY  - 2001\nDA  - 2001/07\nSP  - e12\nER  - \n"
        + "TY  - RPRT\nID  - p1\nTI  - Report\nPB  - Agency\nPY  - 2010\nER  - \n"
        + "TY  - BOOK\nID  - b1\nTI  - Book\nPY  - 2010\nER  - \n";

    private const string Json = """
        [{"id":"j1","type":"article-journal","title":"Office-based MSC therapy \"quoted\"","author":[{"family":"Law","given":"L"},
           {"non-dropping-particle":"van","family":"Wijnen","given":"A. J."},{"family":"Smith","given":"John","suffix":"Jr."},{"literal":"World Health Organization"}],
          "container-title":"Pain Medicine","container-title-short":"Pain Med","issued":{"date-parts":[[2019,3,5]]},
          "volume":"20","issue":"8","page":"1523-1531","DOI":"10.1093/pm/pny256","PMID":"30496539","PMCID":"PMC6697318",
          "URL":"https://example.org/x","publisher":"OUP","abstract":"An abstract."},
         {"id":"w1","type":"webpage","title":"Page","URL":"https://who.int/x","accessed":{"date-parts":[[2024,1,31]]},"issued":{"date-parts":[[2023,5]]}},
         {"id":"c1","type":"chapter","title":"Chapter","container-title":"Book","issued":{"date-parts":[[2001]]}},
         {"id":"p1","type":"article","title":"Preprint","issued":{"date-parts":[[2021]]}},
         {"id":"r1","type":"report","title":"Report","publisher":"Agency"},
         {"id":"b1","type":"book","title":"Book"},
         {"id":"o1","type":"document","title":"Other"}]
        """;

    private const string Csv = "Key,Type,Title,Authors,Year,Date,Journal,Journal Abbreviation,Volume,Issue,Pages,DOI,PMID,PMCID,URL,Publisher,Abstract\n"
        + "k1,journal-article,\"Office-based MSC therapy, \"\"quoted\"\"\",\"Law, L; van Wijnen, AJ; Smith, John, Jr.; et al.\",2019,2019-03-05,Pain Medicine,Pain Med,20,8,1523-1531,10.1093/pm/pny256,30496539,PMC6697318,https://example.org/x,OUP,\"Multi\nline abstract\"\n"
        + "k2,book-chapter,Chapter,\"Doe, Jane;\",2001,2001-07,Book,,,,e12,,,,,,\n"
        + "k3,web-page,Page,,2023,,,,,,,,,,https://who.int/x,,\n"
        + "k4,report,Report,,2010,,,,,,,,,,,Agency,\n"
        + "k5,preprint,Preprint,,2021,,,,,,,,,,,,\n"
        + "k6,book,Book,,,,,,,,,,,,,,\n"
        + "k7,other,Other,,,,,,,,,,,,,,\n";

    private static readonly string[] Common =
        ["Key", "Type", "Title", "Authors", "AuthorsIncomplete", "Container", "ContainerAbbreviation", "Year", "Month", "Day", "Volume", "Issue", "Pages", "Doi", "Pmid", "Pmcid", "Url", "Publisher", "Abstract"];

    public static TheoryData<ExportFormat, string, string, string[]> Cases => new()
    {
        { ExportFormat.Bibtex, "in.bib", Bib, [.. Common, "AccessedOn"] },
        { ExportFormat.Ris, "in.ris", Ris, [.. Common, "AccessedOn", "DesignDetail"] },
        { ExportFormat.CslJson, "in.json", Json, [.. Common.Where(f => f != "AuthorsIncomplete"), "AccessedOn"] },
        { ExportFormat.Csv, "in.csv", Csv, Common },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ImportExportImport_EveryCarriedField_Survives(ExportFormat format, string file, string text, string[] fields)
    {
        var first = Parse(file, text);
        Assert.True(first.Count >= 5);

        var second = Parse(file, Export(first, format));

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            foreach (var field in fields)
            {
                Assert.True(Field(first[i], field) == Field(second[i], field),
                    $"{format} record {i} field {field}: '{Field(first[i], field)}' became '{Field(second[i], field)}'");
            }
        }
    }

    [Theory]
    [InlineData(ExportFormat.Bibtex, "out.bib")]
    [InlineData(ExportFormat.Ris, "out.ris")]
    [InlineData(ExportFormat.CslJson, "out.json")]
    [InlineData(ExportFormat.Csv, "out.csv")]
    public void ExportImport_SpecialCharacters_ComeBackUnchanged(ExportFormat format, string file)
    {
        var source = new Source
        {
            Key = "hard2020",
            Type = SourceType.JournalArticle,
            Title = @"mRNA & COVID-19: 50% of {braces} cost $5 #1 a_b ~x^2 \path -- ``q'' in Müller's Ærø study",
            Authors = [new Author("van der Berg", "Ana-María"), new Author("Østergaard", "Søren", Suffix: "Jr."), new Author("Łukasz", "Zoë")],
            Container = "Journal of Things & Stuff",
            Year = 2020,
            Month = 12,
            Day = 31,
            Pages = "100-110",
            Doi = Doi.Parse("10.1000/abc_(12)%3C"),
            Url = "https://example.org/a_b%20c#frag",
            Abstract = "Doses under 5 mg (< 6 mg) & \"quoted\" text.",
        };

        var back = Assert.Single(Parse(file, Export([source], format)));

        foreach (var field in (string[])["Key", "Title", "Authors", "Container", "Year", "Month", "Day", "Pages", "Doi", "Url", "Abstract"])
        {
            Assert.True(Field(source, field) == Field(back, field), $"{format} field {field}: '{Field(source, field)}' became '{Field(back, field)}'");
        }
    }

    private static string Export(IEnumerable<Source> sources, ExportFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        SourceExporter.Write(writer, sources, format);
        return writer.ToString();
    }

    private static List<Source> Parse(string file, string text)
    {
        var issues = new List<ImportIssue>();
        var parsed = SourceFileParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), file, ImportFormat.Unspecified, issues.Add).ToList();
        Assert.Empty(issues);
        Assert.All(parsed, p => Assert.Empty(p.Issues));
        foreach (var p in parsed)
        {
            p.Source.Key = p.RecordKey ?? string.Empty;
        }

        return [.. parsed.Select(p => p.Source)];
    }

    private static string? Field(Source s, string name) => name switch
    {
        "Key" => s.Key,
        "Type" => s.Type.ToString(),
        "Title" => s.Title,
        "Authors" => string.Join(" | ", s.Authors.Select(a => $"{a.Family}/{a.Given}/{a.Literal}/{a.Suffix}")),
        "AuthorsIncomplete" => s.AuthorsIncomplete.ToString(),
        "Container" => s.Container,
        "ContainerAbbreviation" => s.ContainerAbbreviation,
        "Year" => s.Year?.ToString(CultureInfo.InvariantCulture),
        "Month" => s.Month?.ToString(CultureInfo.InvariantCulture),
        "Day" => s.Day?.ToString(CultureInfo.InvariantCulture),
        "Volume" => s.Volume,
        "Issue" => s.Issue,
        "Pages" => s.Pages,
        "Doi" => s.Doi?.Value,
        "Pmid" => s.Pmid?.ToString(),
        "Pmcid" => s.Pmcid?.ToString(),
        "Url" => s.Url,
        "AccessedOn" => s.AccessedOn?.ToString("O", CultureInfo.InvariantCulture),
        "Publisher" => s.Publisher,
        "Abstract" => s.Abstract,
        "DesignDetail" => s.DesignDetail,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown field."),
    };
}
