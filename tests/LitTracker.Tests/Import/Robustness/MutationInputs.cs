using System.Text;

namespace LitTracker.Tests.Import.Robustness;

/// <summary>Small valid inputs, one per format, and the mutations applied to them.</summary>
internal static class MutationInputs
{
    public const string Bib = """
        @string{j = "Pain Med"}
        @article{law2019, author = {Law, L and van Wijnen, A. J. and others}, title = {Stem {\"o} cells --- \'{e}},
          journal = j # " X", year = 2019, month = mar, pages = {1--9}, doi = {10.1/x}}
        @book{bk, title = {Book}, publisher = {P}, year = "2001"}
        """;

    public const string Ris = "TY  - JOUR\nAU  - Doe, J\nTI  - Title\n  more\nPY  - 2019/03/05/\nSP  - 1\nEP  - 9\nDO  - 10.1/x\nER  - \n"
        + "TY  - BOOK\nTI  - B\nPY  - 2001\nER  - \n";

    public const string Json = """
        [{"id":"a","type":"article-journal","title":"T","author":[{"family":"D","given":"J"}],
          "issued":{"date-parts":[[2019,3,5]]},"container-title":["C"],"page":"1-9","DOI":"10.1/x"},
         {"id":"b","type":"book","title":"B","issued":{"date-parts":[[2001]]}}]
        """;

    public const string Csv = "Key,Type,Title,Authors,Year,DOI\n"
        + "a,journal-article,\"Title, with comma\",\"Doe, J; Roe, K\",2019,10.1/x\n"
        + "b,book,Book,,2001,\n";

    public const string Medline = "PMID- 40000001\nTI  - A title that\n      continues\nAU  - Doe J\nFAU - Doe, Jane\nDP  - 2019 Mar 5\nTA  - Pain Med\nPG  - 1-9\nLID - 10.1/x [doi]\n\n"
        + "PMID- 40000002\nTI  - Second\nDP  - 2001\n";

    public static IEnumerable<(string File, string Text)> All =>
    [
        ("x.bib", Bib), ("x.ris", Ris), ("x.json", Json), ("x.csv", Csv), ("x.nbib", Medline),
    ];

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Prefixes at many offsets: every 3rd byte.</summary>
    public static IEnumerable<byte[]> Truncations(byte[] bytes)
    {
        for (var length = 0; length < bytes.Length; length += 3)
        {
            yield return bytes[..length];
        }
    }

    /// <summary>1-5 random bytes replaced, with a fixed seed so failures reproduce.</summary>
    public static IEnumerable<byte[]> Flips(byte[] bytes, int rounds, int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < rounds; round++)
        {
            var copy = (byte[])bytes.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            yield return copy;
        }
    }

    /// <summary>Structural damage aimed at each format's grammar.</summary>
    public static IEnumerable<(string File, string Text)> Structural()
    {
        var deepBraces = new string('{', 10_000) + "x" + new string('}', 10_000);
        var huge = new string('a', 2_000_000);
        yield return ("braces.bib", "@article{a, title = {Unbalanced {braces}, year = 2020}\n@article{b, title = {Fine}, year = 2020}\n");
        yield return ("close.bib", "@article{a, title = {x}}}}}, year = 2020}\n@article{b, title = {Fine}}\n");
        yield return ("deep.bib", "@article{a, title = " + deepBraces + ", year = 2020}\n@article{b, title = {Fine}}\n");
        yield return ("deepopen.bib", "@article{a, title = " + new string('{', 10_000) + "\n");
        yield return ("huge.bib", "@article{a, title = {" + huge + "}, year = 2020}\n");
        yield return ("huge.ris", "TY  - JOUR\nTI  - " + huge + "\nER  - \n");
        yield return ("huge.csv", "Title,Year\n\"" + huge + "\",2020\n");
        yield return ("huge.nbib", "PMID- 1\nTI  - " + huge + "\n");
        yield return ("deep.json", new string('[', 10_000) + new string(']', 10_000));
        yield return ("deepopen.json", new string('[', 10_000));
        yield return ("deepobj.json", "[{\"title\":\"T\",\"type\":\"book\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}, {\"title\":\"Fine\",\"type\":\"book\"}]");
        yield return ("quote.csv", "Title,Year\n\"never closed,2020\nb,2021\n");
    }
}
