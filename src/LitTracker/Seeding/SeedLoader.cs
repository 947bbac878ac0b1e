using LitTracker.Articles;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Seeding;

/// <summary>
/// Loads the seed data set. Idempotent and non-destructive: it adds only what is missing (matched
/// by key; a seed source whose DOI or PMID is already stored under another key is reused), never
/// changes or deletes what is there, and writes everything in one transaction.
/// </summary>
public sealed class SeedLoader(LitTrackerDbContext db, TimeProvider clock)
{
    /// <summary>Adds the missing parts of <paramref name="data"/> (default: the embedded seed).</summary>
    public async Task<SeedResult> LoadAsync(SeedData? data = null, CancellationToken ct = default)
    {
        data ??= SeedData.LoadEmbedded();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);

        var categories = await AddCategoriesAsync(data.Taxonomy, ct).ConfigureAwait(false);
        var (sourceIds, sourcesAdded) = await AddSourcesAsync(data.Sources, ct).ConfigureAwait(false);
        var (articles, references, claims) = await AddArticlesAsync(data.Articles, sourceIds, ct).ConfigureAwait(false);
        var citations = await AddCitationsAsync(data.Citations, sourceIds, now, ct).ConfigureAwait(false);

        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new SeedResult(categories, sourcesAdded, articles, references, claims, citations);
    }

    private async Task<int> AddCategoriesAsync(TaxonomyFile taxonomy, CancellationToken ct)
    {
        var existing = await db.Categories.Select(c => c.Key).ToListAsync(ct).ConfigureAwait(false);
        var missing = taxonomy.Categories.Where(c => !existing.Contains(c.Key)).ToList();
        db.Categories.AddRange(missing.Select(c => new ClaimCategory { Key = c.Key, Label = c.Label, PatientOriented = c.PatientOriented }));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return missing.Count;
    }

    private async Task<(Dictionary<string, int> Ids, int Added)> AddSourcesAsync(SourcesFile file, CancellationToken ct)
    {
        var stored = await db.Sources.Select(s => new { s.Id, s.Key, s.Doi, s.Pmid }).ToListAsync(ct).ConfigureAwait(false);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var added = new List<(string Key, Sources.Source Source)>();
        foreach (var seed in file.Sources)
        {
            var source = SeedMapper.ToSource(seed);
            var match = stored.FirstOrDefault(s => s.Key == seed.Key)
                ?? stored.FirstOrDefault(s => (source.Doi is not null && s.Doi == source.Doi) || (source.Pmid is not null && s.Pmid == source.Pmid));
            if (match is not null)
            {
                ids[seed.Key] = match.Id;
                continue;
            }

            db.Sources.Add(source);
            added.Add((seed.Key, source));
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        foreach (var (key, source) in added)
        {
            ids[key] = source.Id;
        }

        return (ids, added.Count);
    }

    private async Task<(int Articles, int References, int Claims)> AddArticlesAsync(
        ArticlesFile file, IReadOnlyDictionary<string, int> sourceIds, CancellationToken ct)
    {
        int articlesAdded = 0, referencesAdded = 0, claimsAdded = 0;
        foreach (var seed in file.Articles)
        {
            var where = $"seed/articles.json: article '{seed.Key}'";
            var article = await db.Articles.Include(a => a.References).Include(a => a.Claims)
                .SingleOrDefaultAsync(a => a.Key == seed.Key, ct).ConfigureAwait(false);
            if (article is null)
            {
                article = new Article
                {
                    Key = seed.Key,
                    Title = seed.Title,
                    Site = seed.Site,
                    Author = seed.Author,
                    Url = seed.Url,
                    PublishedOn = SeedMapper.Date(seed.PublishedOn, where, "publishedOn"),
                    ModifiedOn = SeedMapper.Date(seed.ModifiedOn, where, "modifiedOn"),
                };
                db.Articles.Add(article);
                articlesAdded++;
            }

            foreach (var r in seed.References.Where(r => article.References.All(x => x.Position != r.Position)))
            {
                article.References.Add(new Reference
                {
                    Position = r.Position,
                    Text = r.Text,
                    SourceId = r.Source is null ? null : Lookup(sourceIds, r.Source, where, "references.source"),
                    UnresolvedReason = r.UnresolvedReason,
                    RepeatOf = r.RepeatOf,
                });
                referencesAdded++;
            }

            foreach (var c in seed.Claims)
            {
                if (await db.Claims.AnyAsync(x => x.Key == c.Key, ct).ConfigureAwait(false))
                {
                    continue;
                }

                var claim = SeedMapper.ToClaim(c, seed.Key);
                foreach (var position in c.References ?? [])
                {
                    claim.References.Add(article.References.SingleOrDefault(r => r.Position == position)
                        ?? throw new InvalidDataException($"{where} claim '{c.Key}': field 'references': no reference at position {position}."));
                }

                article.Claims.Add(claim);
                claimsAdded++;
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return (articlesAdded, referencesAdded, claimsAdded);
    }

    private async Task<int> AddCitationsAsync(CitationsFile file, IReadOnlyDictionary<string, int> sourceIds, DateTime now, CancellationToken ct)
    {
        var claimIds = await db.Claims.ToDictionaryAsync(c => c.Key, c => c.Id, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var existing = (await db.Citations.Select(c => new { c.ClaimId, c.SourceId, c.Origin }).ToListAsync(ct).ConfigureAwait(false))
            .Select(c => (c.ClaimId, c.SourceId, c.Origin)).ToHashSet();
        var added = new List<Citation>();
        foreach (var seed in file.Citations)
        {
            var where = $"seed/citations.json: citation {seed.Claim} ← {seed.Source}";
            var claimId = Lookup(claimIds, seed.Claim, where, "claim");
            var citation = SeedMapper.ToCitation(seed, claimId, Lookup(sourceIds, seed.Source, where, "source"), file.By, now);
            if (existing.Add((citation.ClaimId, citation.SourceId, citation.Origin)))
            {
                db.Citations.Add(citation);
                added.Add(citation);
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.CitationChanges.AddRange(added.Select(c => CitationService.History(c, ChangeKind.Created)));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return added.Count;
    }

    private static int Lookup(IReadOnlyDictionary<string, int> ids, string key, string where, string field) =>
        ids.TryGetValue(key, out var id) ? id : throw new InvalidDataException($"{where}: field '{field}': no seed entry with key '{key}'.");
}
