using System.Globalization;
using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Analysis.References;

/// <summary>
/// Resolves printed reference lines to library sources: by DOI, then PMID, then URL, then exact
/// normalised title (<see cref="TitleKey"/>, indexed), then fuzzy title at or above
/// <see cref="TitleSimilarity.Threshold"/>. A line naming the same work as an earlier one (same
/// identifier, or same normalised title) is a repeat: it takes the earlier line's outcome and
/// records <c>RepeatOf</c>. Unresolved lines get a reason that says what was printed and what was tried.
/// </summary>
public sealed class ReferenceResolver(LitTrackerDbContext db)
{
    /// <summary>The reason recorded for a bare title nobody could match.</summary>
    public const string BareTitleReason = "bare title; no author, journal, year or identifier is printed, and no record in the library matches it";

    /// <summary>Resolves <paramref name="lines"/> in order.</summary>
    public async Task<IReadOnlyList<ReferenceResolution>> ResolveAsync(IReadOnlyList<ReferenceLine> lines, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var keys = lines.SelectMany(l => l.Fields.TitleCandidates).Select(TitleKey.For).Where(k => k.Length > 0).ToList();
        var fuzzy = keys.Count == 0 ? [] : await Candidates(keys, ct).ConfigureAwait(false);
        var results = new List<ReferenceResolution>();
        var seen = new Dictionary<string, ReferenceResolution>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var identity = Identity(line.Fields);
            if (identity.Length > 0 && seen.TryGetValue(identity, out var earlier))
            {
                var reason = earlier.UnresolvedReason is null ? null : $"repeats line {earlier.Position.ToString(CultureInfo.InvariantCulture)} ({earlier.UnresolvedReason})";
                results.Add(earlier with { Position = line.Position, UnresolvedReason = reason, RepeatOf = earlier.Position });
                continue;
            }

            var resolution = await ResolveOneAsync(line, fuzzy, ct).ConfigureAwait(false);
            results.Add(resolution);
            if (identity.Length > 0)
            {
                seen[identity] = resolution;
            }
        }

        return results;
    }

    private async Task<ReferenceResolution> ResolveOneAsync(ReferenceLine line, List<(int Id, string Key, string TitleKey)> fuzzy, CancellationToken ct)
    {
        var f = line.Fields;
        if (f.Doi is not null && Doi.TryParse(f.Doi, out var doi))
        {
            var hit = await db.Sources.AsNoTracking().Where(s => s.Doi == doi).Select(s => new { s.Id, s.Key }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (hit is not null)
            {
                return new ReferenceResolution(line.Position, hit.Id, hit.Key, "doi", null, null);
            }
        }

        if (f.Pmid is not null && Pmid.TryParse(f.Pmid, out var pmid))
        {
            var hit = await db.Sources.AsNoTracking().Where(s => s.Pmid == pmid).Select(s => new { s.Id, s.Key }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (hit is not null)
            {
                return new ReferenceResolution(line.Position, hit.Id, hit.Key, "pmid", null, null);
            }
        }

        if (f.Url is not null)
        {
            var hit = await db.Sources.AsNoTracking().Where(s => s.Url == f.Url).Select(s => new { s.Id, s.Key }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (hit is not null)
            {
                return new ReferenceResolution(line.Position, hit.Id, hit.Key, "url", null, null);
            }
        }

        (int Id, string Key, double Score)? best = null;
        foreach (var candidate in f.TitleCandidates.Select(TitleKey.For).Where(k => k.Length >= 12))
        {
            foreach (var (id, key, titleKey) in fuzzy)
            {
                var score = titleKey == candidate ? 1 : TitleSimilarity.Of(candidate, titleKey);
                if (best is null || score > best.Value.Score)
                {
                    best = (id, key, score);
                }
            }
        }

        if (best is { } b && b.Score >= TitleSimilarity.Threshold)
        {
            var method = b.Score >= 1 ? "title" : "title ~" + b.Score.ToString("0.00", CultureInfo.InvariantCulture);
            return new ReferenceResolution(line.Position, b.Id, b.Key, method, null, null);
        }

        return new ReferenceResolution(line.Position, null, null, null, Reason(f, best), null);
    }

    private static string Reason(ReferenceFields f, (int Id, string Key, double Score)? best)
    {
        if (f.IsBareTitle)
        {
            return BareTitleReason;
        }

        var tried = new List<string>();
        if (f.Doi is not null)
        {
            tried.Add("DOI " + f.Doi);
        }

        if (f.Pmid is not null)
        {
            tried.Add("PMID " + f.Pmid);
        }

        if (f.Url is not null)
        {
            tried.Add("URL " + f.Url);
        }

        tried.Add("title");
        var closest = best is { } b && b.Score > 0.6
            ? string.Create(CultureInfo.InvariantCulture, $" (closest title: {b.Key} at {b.Score:0.00}, below {TitleSimilarity.Threshold:0.00})")
            : string.Empty;
        return $"no record in the library matches its {string.Join(", ", tried)}{closest}; add the source ('littracker sources add') and import again";
    }

    private static string Identity(ReferenceFields f) =>
        f.Doi is not null ? "doi:" + f.Doi.ToUpperInvariant()
        : f.Pmid is not null ? "pmid:" + f.Pmid
        : TitleKey.For(string.Join(' ', f.TitleCandidates.Take(1)) + " " + f.Container + " " + f.Year?.ToString(CultureInfo.InvariantCulture));

    private async Task<List<(int Id, string Key, string TitleKey)>> Candidates(List<string> keys, CancellationToken ct)
    {
        var min = (int)(keys.Min(k => k.Length) * TitleSimilarity.Threshold) - 1;
        var max = (int)(keys.Max(k => k.Length) / TitleSimilarity.Threshold) + 1;
        var rows = await db.Sources.AsNoTracking()
            .Where(s => s.TitleKey.Length >= min && s.TitleKey.Length <= max)
            .Select(s => new { s.Id, s.Key, s.TitleKey })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(r => (r.Id, r.Key, r.TitleKey)).ToList();
    }
}
