using System.Globalization;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Sources;
using Microsoft.Data.Sqlite;

namespace LitTracker.Benchmarks.Service;

/// <summary>The bulk of the load data set: articles, references, claims and citations as raw prepared inserts in one transaction.</summary>
internal static class LedgerWriter
{
    private const string At = "2026-01-15 09:30:00";

    private static readonly string[] Categories = ["treatment", "prevention", "risk", "mechanism", "diagnosis", "nutrition"];

    public static (int Citations, int References) WriteLedger(SqliteConnection connection, int articles, int claims, (int Id, StudyDesign Design)[] sources, Random random)
    {
        using var tx = connection.BeginTransaction();
        using var article = Command(connection, tx, """INSERT INTO articles (Id, Key, Title, Site, PublishedOn) VALUES ($1, $2, $3, 'bench.example', $4)""", 4);
        using var reference = Command(connection, tx, """INSERT INTO "references" (Id, ArticleId, Position, Text, SourceId, UnresolvedReason) VALUES ($1, $2, $3, $4, $5, $6)""", 6);
        using var claim = Command(connection, tx, """
            INSERT INTO claims (Id, Key, ArticleId, Text, Locator, Category, Wording, Absolute, VagueAttribution, Status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """, 10);
        using var link = Command(connection, tx, "INSERT INTO claim_references (ClaimId, ReferenceId) VALUES ($1, $2)", 2);
        using var citation = Command(connection, tx, """
            INSERT INTO citations (ClaimId, SourceId, Origin, Stance, Grade, Outcome, Rationale, By, At, Status, Version)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'bench', '2026-01-15 09:30:00', $8, 1)
            """, 8);

        var claimId = 0;
        var referenceId = 0;
        var citations = 0;
        var references = new List<(int Id, int? Source)>();
        var linkedReferences = new HashSet<int>();
        var cited = new HashSet<(int, CitationOrigin)>();
        var designs = sources.ToDictionary(s => s.Id, s => s.Design);
        for (var a = 1; a <= articles; a++)
        {
            // Spread the claims unevenly (a quarter to twice the mean) but hit the total exactly.
            var remaining = claims - claimId;
            var mean = (double)remaining / (articles - a + 1);
            var count = a == articles ? remaining : Math.Min(remaining, (int)Math.Round(mean * (0.25 + (1.75 * random.NextDouble()))));
            Run(article, a, $"art{a:00000}", $"Load article {a}", $"20{10 + random.Next(16)}-0{1 + random.Next(9)}-1{random.Next(10)}");

            references.Clear();
            var referenceCount = 8 + random.Next(13);
            for (var p = 1; p <= referenceCount; p++)
            {
                int? source = random.NextDouble() < 0.85 ? sources[random.Next(sources.Length)].Id : null;
                references.Add((++referenceId, source));
                Run(reference, referenceId, a, p, $"Reference {p} of article {a}", source, source is null ? "no identifier found" : null);
            }

            for (var c = 1; c <= count; c++)
            {
                claimId++;
                var status = random.NextDouble() < 0.05 ? ReviewStatus.Suggested : ReviewStatus.Confirmed;
                Run(claim, claimId, $"art{a:00000}-c{c:000}", a, $"Claim {c} of article {a}", $"p{1 + (c / 3)}", Categories[random.Next(Categories.Length)],
                    Wording(random).ToString(), random.NextDouble() < 0.05, random.NextDouble() < 0.03, status.ToString());
                linkedReferences.Clear();
                cited.Clear();
                var linked = random.Next(3);
                for (var l = 0; l < linked; l++)
                {
                    var r = references[random.Next(references.Count)];
                    if (linkedReferences.Add(r.Id))
                    {
                        Run(link, claimId, r.Id);
                    }
                }

                var n = CitationCount(random);
                for (var k = 0; k < n; k++)
                {
                    // Mostly the article's own references, sometimes another source a reviewer added.
                    var fromArticle = random.NextDouble() < 0.7 && references.Any(r => r.Source is not null);
                    var sourceId = fromArticle ? Resolved(references, random) : sources[random.Next(sources.Length)].Id;
                    var source = (Id: sourceId, Design: designs[sourceId]);
                    var origin = fromArticle ? CitationOrigin.Article : CitationOrigin.Reviewer;
                    if (!cited.Add((source.Id, origin)))
                    {
                        continue;
                    }

                    var suggested = StartingCertainty.For(source.Design);
                    var downgrade = suggested > Certainty.VeryLow && random.NextDouble() < 0.15;
                    Run(citation, claimId, source.Id, origin.ToString(), Stance(random).ToString(), (downgrade ? suggested - 1 : suggested).ToString(),
                        (random.NextDouble() < 0.6 ? Outcome.PatientOriented : Outcome.DiseaseOriented).ToString(),
                        downgrade ? "Risk of bias: unblinded outcome assessment." : null,
                        (random.NextDouble() < 0.05 ? ReviewStatus.Suggested : ReviewStatus.Confirmed).ToString());
                    citations++;
                }
            }
        }

        tx.Commit();
        return (citations, referenceId);
    }

    private static int Resolved(List<(int Id, int? Source)> references, Random random)
    {
        while (true)
        {
            var r = references[random.Next(references.Count)];
            if (r.Source is { } id)
            {
                return id;
            }
        }
    }

    // 15 % uncited, most claims one to three citations, a few up to six.
    private static int CitationCount(Random random) => random.NextDouble() switch
    {
        < 0.15 => 0,
        < 0.50 => 1,
        < 0.75 => 2,
        < 0.90 => 3,
        _ => 4 + random.Next(3),
    };

    private static Stance Stance(Random random) => random.NextDouble() switch
    {
        < 0.60 => Citations.Stance.Supports,
        < 0.75 => Citations.Stance.Contradicts,
        < 0.85 => Citations.Stance.Mixed,
        _ => Citations.Stance.DoesNotAddress,
    };

    private static WordingStrength Wording(Random random) => random.NextDouble() switch
    {
        < 0.40 => WordingStrength.DirectCausal,
        < 0.65 => WordingStrength.ConditionalCausal,
        < 0.90 => WordingStrength.Correlational,
        _ => WordingStrength.NoClaim,
    };

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        if (values.Length != command.Parameters.Count)
        {
            throw new ArgumentException($"{command.CommandText} takes {command.Parameters.Count} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
