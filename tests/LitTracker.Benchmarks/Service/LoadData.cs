using System.Diagnostics;
using System.Globalization;
using LitTracker.Claims;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Benchmarks.Service;

/// <summary>
/// <c>load-data PATH [--articles N] [--claims N] [--sources N] [--seed N]</c>: writes a new database
/// for the service load test. Sources go through EF (so authors, provenance and title keys are
/// stored exactly as the application stores them); articles, references, claims and citations are
/// raw prepared inserts in one transaction. The mix: 8-20 references per article, 0-6 citations
/// per claim (15 % uncited), mostly supporting, grades from the study design (some downgraded with
/// a rationale), 2 % of sources retracted (a few reinstated), 5 % of claims and citations still
/// suggested. Also adds <see cref="WriterSources"/> sources no claim cites, for the load writers.
/// </summary>
public static class LoadData
{
    /// <summary>Sources the load test's writers cite (one per writer connection), keyed <c>bench-writer-N</c>.</summary>
    public const int WriterSources = 16;

    private static readonly StudyDesign[] Designs =
    [
        StudyDesign.Rct, StudyDesign.Rct, StudyDesign.Cohort, StudyDesign.Cohort, StudyDesign.Cohort, StudyDesign.SystematicReview,
        StudyDesign.SystematicReviewOfRcts, StudyDesign.CaseControl, StudyDesign.CrossSectional, StudyDesign.NarrativeReview,
        StudyDesign.Preclinical, StudyDesign.Guideline, StudyDesign.ExpertOpinion, StudyDesign.CaseReport,
    ];

    /// <summary>Parses the arguments and writes the database.</summary>
    public static async Task RunFromCommandLineAsync(string[] args)
    {
        var path = args[0];
        var articles = Option(args, "--articles", 10_000);
        var claims = Option(args, "--claims", 200_000);
        var sources = Option(args, "--sources", Math.Max(500, articles / 2));
        var random = new Random(Option(args, "--seed", 42));
        if (File.Exists(path))
        {
            throw new InvalidOperationException($"{path} exists; load-data writes a new database. Delete it or pass another path.");
        }

        var watch = Stopwatch.StartNew();
        await using var db = await LitTrackerDatabase.OpenAsync(path);
        await WriteSourcesAsync(db, sources, random);
        var designs = await db.Sources.Where(s => !s.Key.StartsWith("bench-writer-")).Select(s => new { s.Id, s.Design })
            .ToListAsync();
        var counts = LedgerWriter.WriteLedger((SqliteConnection)db.Database.GetDbConnection(), articles, claims, designs.Select(d => (d.Id, d.Design)).ToArray(), random);

        // A database in use has statistics (the service runs PRAGMA optimize at start); give the
        // planner the same here.
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load-data: {path}: {articles} articles, {claims} claims, {counts.Citations} citations, {counts.References} references, {sources} sources (+{WriterSources} for writers) in {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static async Task WriteSourcesAsync(LitTrackerDbContext db, int count, Random random)
    {
        foreach (var (key, label, patient) in new[]
        {
            ("treatment", "Treatment effect", true), ("prevention", "Prevention", true), ("risk", "Risk factor", true),
            ("mechanism", "Mechanism", false), ("diagnosis", "Diagnosis", false), ("nutrition", "Nutrition", false),
        })
        {
            if (!await db.Categories.AnyAsync(c => c.Key == key))
            {
                db.Categories.Add(new ClaimCategory { Key = key, Label = label, PatientOriented = patient });
            }
        }

        string[] families = ["Smith", "Garcia", "Nguyen", "Okafor", "Larsen", "Tanaka", "Müller", "Rossi", "Kowalski", "Haddad"];
        string[] topics = ["vitamin D", "omega-3", "intermittent fasting", "sleep", "resistance training", "probiotics", "caffeine", "meditation"];
        string[] outcomes = ["blood pressure", "mortality", "depression", "joint pain", "bone density", "insulin sensitivity"];
        for (var i = 1; i <= count + WriterSources; i++)
        {
            var writer = i > count;
            var design = Designs[random.Next(Designs.Length)];
            var source = new Source
            {
                Key = writer ? $"bench-writer-{i - count}" : $"src{i:00000}",
                Type = SourceType.JournalArticle,
                Design = design,
                Population = design == StudyDesign.Preclinical ? Population.Animal : Population.Human,
                Title = $"{topics[random.Next(topics.Length)]} and {outcomes[random.Next(outcomes.Length)]}: study {i}",
                Authors = [new Author(families[random.Next(families.Length)], "A"), new Author(families[random.Next(families.Length)], "B")],
                Container = "Journal of Load Testing",
                Year = 1995 + random.Next(30),
                Doi = Doi.TryParse($"10.5555/bench.{i}", out var doi) ? doi : null,
            };
            var roll = random.NextDouble();
            if (!writer && roll < 0.02)
            {
                source.Notices.Add(new Notice { Type = NoticeType.Retraction, Date = new DateOnly(2020, 1, 1), Origin = "bench" });
                if (roll < 0.003)
                {
                    source.Notices.Add(new Notice { Type = NoticeType.Reinstatement, Date = new DateOnly(2021, 1, 1), Origin = "bench" });
                }
            }

            db.Sources.Add(source);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
