using LitTracker.Import;

namespace LitTracker.Tests.Import;

public class ImportFormatDetectorTests
{
    [Theory]
    [InlineData("x.txt", "% comment\n@article{a,", ImportFormat.Bibtex)]
    [InlineData("x.txt", "TY  - JOUR\n", ImportFormat.Ris)]
    [InlineData("x.txt", "1.\nTY - JOUR\n", ImportFormat.Ris)]
    [InlineData("x.txt", "FN Clarivate Analytics Web of Science\n", ImportFormat.Ris)]
    [InlineData("x.txt", "  [ {\"type\": \"book\"} ]", ImportFormat.CslJson)]
    [InlineData("x.txt", "{\"type\": \"book\"}", ImportFormat.CslJson)]
    [InlineData("x.txt", "PMID- 123\nOWN - NLM", ImportFormat.Medline)]
    [InlineData("x.txt", "<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<PubmedArticleSet>", ImportFormat.PubmedXml)]
    [InlineData("refs.bib", "", ImportFormat.Bibtex)]
    [InlineData("refs.RIS", "nothing recognisable", ImportFormat.Ris)]
    [InlineData("refs.csv", "title,author\n", ImportFormat.Csv)]
    [InlineData("refs.nbib", "", ImportFormat.Medline)]
    [InlineData("refs.txt", "plain words", ImportFormat.Unspecified)]
    [InlineData(null, "", ImportFormat.Unspecified)]
    public void Detect_ContentThenExtension_FindsFormat(string? file, string head, ImportFormat expected)
    {
        Assert.Equal(expected, ImportFormatDetector.Detect(file, head));
    }
}
