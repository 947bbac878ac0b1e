using System.Globalization;
using System.Text;
using LitTracker.Export;
using LitTracker.Sources;

namespace LitTracker.Benchmarks.Import;

/// <summary>
/// Deterministic, realistic sources: 1-12 authors with non-ASCII names, journal titles, DOIs,
/// PMIDs on most records and ~1,200-character abstracts. Every title is distinct, so an import
/// stores them all (no duplicate short-cuts flatter the figures).
/// </summary>
public static class RecordGenerator
{
    private static readonly string[] Families =
    [
        "Müller", "García", "Østergaard", "Nguyễn", "O'Brien", "van der Berg", "Łukasiewicz", "Šimić", "Çelik", "Kowalski",
        "Smith", "Zhang", "Dubois", "Håkansson", "Fernández", "de la Cruz", "Papadopoulos", "Yılmaz", "Novák", "Rossi",
    ];

    private static readonly string[] Givens = ["José", "Zoë", "Søren", "Anaïs", "Jürgen", "María José", "A", "JP", "Björn", "Chloé", "Ł", "Ines"];

    private static readonly string[] Journals =
        ["Pain Medicine", "The Lancet", "BMJ Open", "Journal of Orthopaedic Research", "Stem Cells Translational Medicine", "Arthritis & Rheumatology"];

    private static readonly string[] Words =
    [
        "mesenchymal", "stem", "cell", "therapy", "knee", "osteoarthritis", "randomised", "trial", "placebo", "injection",
        "cartilage", "outcome", "pain", "function", "cohort", "systematic", "review", "meta-analysis", "safety", "efficacy",
        "patients", "follow-up", "months", "significant", "improvement", "adverse", "events", "dose", "autologous", "allogeneic",
    ];

    /// <summary>
    /// The same <paramref name="count"/> sources for the same <paramref name="seed"/>; a share of
    /// <paramref name="preprintPercent"/> of them are preprints (a bioRxiv DOI and type), drawn from a
    /// random sequence of their own so that the other records are the same as without any.
    /// </summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="preprintPercent">The share of preprints, in percent.</param>
    /// <param name="studyNumbers">False to leave out the "(study N)" that ends every title: then titles differ in words only, as real ones mostly do (figures set two titles apart at once), and may repeat.</param>
    public static IEnumerable<Source> Generate(int count, int seed = 42, double preprintPercent = 0, bool studyNumbers = true)
    {
        var random = new Random(seed);
        var preprints = new Random(seed + 1);
        for (var i = 1; i <= count; i++)
        {
            var preprint = preprintPercent > 0 && preprints.NextDouble() * 100 < preprintPercent;
            var authors = new List<Author>();
            for (var a = random.Next(1, 13); a > 0; a--)
            {
                authors.Add(new Author(Families[random.Next(Families.Length)], Givens[random.Next(Givens.Length)]));
            }

            var start = random.Next(1, 2000);
            yield return new Source
            {
                Key = "gen" + i.ToString(CultureInfo.InvariantCulture),
                Type = preprint ? SourceType.Preprint : SourceType.JournalArticle,
                Title = Sentence(random, 8, 14) + (studyNumbers ? " (study " + i.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty),
                Authors = authors,
                Container = Journals[random.Next(Journals.Length)],
                Year = random.Next(1990, 2026),
                Month = random.Next(1, 13),
                Volume = random.Next(1, 80).ToString(CultureInfo.InvariantCulture),
                Issue = random.Next(1, 13).ToString(CultureInfo.InvariantCulture),
                Pages = string.Create(CultureInfo.InvariantCulture, $"{start}-{start + random.Next(3, 20)}"),
                Doi = Doi.Parse(string.Create(CultureInfo.InvariantCulture, $"10.{Registrant(random, preprint)}/bench.{i}")),
                Pmid = random.Next(10) < 8 ? Pmid.Parse((20_000_000 + i).ToString(CultureInfo.InvariantCulture)) : null,
                Abstract = Paragraph(random),
            };
        }
    }

    /// <summary><c>write-records N FILE [--preprints PERCENT] [--no-study-numbers]</c>: writes N generated records to FILE as CSV.</summary>
    public static void WriteCsv(string[] args)
    {
        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var at = Array.IndexOf(args, "--preprints");
        var percent = at >= 0 ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : 0;
        using var writer = new StreamWriter(args[1], append: false, new UTF8Encoding(false), 1 << 16);
        SourceExporter.Write(writer, Generate(n, preprintPercent: percent, studyNumbers: !args.Contains("--no-study-numbers")), ExportFormat.Csv);
    }

    // Draws the registrant as before either way, so a preprint changes nothing else of the stream.
    private static int Registrant(Random random, bool preprint)
    {
        var registrant = random.Next(1000, 9999);
        return preprint ? 1101 : registrant;
    }

    private static string Sentence(Random random, int min, int max)
    {
        var sb = new StringBuilder();
        for (var n = random.Next(min, max); n > 0; n--)
        {
            sb.Append(sb.Length == 0 ? "Effect" : " " + Words[random.Next(Words.Length)]);
        }

        return sb.ToString();
    }

    private static string Paragraph(Random random)
    {
        var sb = new StringBuilder();
        while (sb.Length < 1200)
        {
            sb.Append(Sentence(random, 10, 25)).Append(". ");
        }

        return sb.ToString().Trim();
    }
}
