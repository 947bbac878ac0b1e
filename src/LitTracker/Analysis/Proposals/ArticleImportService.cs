using System.Diagnostics;
using System.Globalization;
using LitTracker.Analysis.References;
using LitTracker.Articles;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Grading;
using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Analysis.Proposals;

/// <summary>
/// Imports an article: stores its body and format, analyses it, and stores the proposals in one
/// transaction — claims (status suggested, with confidence), markers, printed references (resolved
/// where possible), claim ↔ reference links from markers, and for every marker → reference →
/// source chain a suggested article-origin citation (stance supports: the article cites it for
/// the claim; grade at the design's starting level), with its first history entry.
/// Nothing proposed counts in a check until a reviewer accepts it (<see cref="ClaimReviewService"/>).
/// </summary>
public sealed class ArticleImportService(LitTrackerDbContext db, TimeProvider clock, ArticleAnalyser? analyser = null)
{
    /// <summary>Imports <paramref name="request"/>.</summary>
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            throw LitTrackerException.Invalid("title", "An article needs a title (--title).");
        }

        var watch = Stopwatch.StartNew();
        var key = request.Key is null ? await SuggestKeyAsync(request.Title, ct).ConfigureAwait(false) : Keys.Require(request.Key, "key");
        if (await db.Articles.AnyAsync(a => a.Key == key, ct).ConfigureAwait(false))
        {
            throw new LitTrackerException(ErrorKind.Conflict, $"An article with key '{key}' exists already; choose another with --key.", "key");
        }

        var analysis = (analyser ?? ArticleAnalyser.Default).Analyse(request.Body, request.Format);
        var resolutions = await new ReferenceResolver(db).ResolveAsync(analysis.References, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;

        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var article = new Article { Key = key, Title = request.Title.Trim(), Url = request.Url, Body = request.Body, BodyFormat = request.Format };
        var references = analysis.References.Zip(resolutions, (line, r) => new Reference
        {
            Position = line.Position,
            Text = line.Text,
            SourceId = r.SourceId,
            UnresolvedReason = r.UnresolvedReason,
            RepeatOf = r.RepeatOf,
        }).ToList();
        article.References.AddRange(references);
        var claimsBySentence = new Dictionary<int, Claim>();
        var n = 0;
        foreach (var c in analysis.Claims)
        {
            var (start, end) = analysis.Text.ToOriginal(c.Sentence.Start, c.Sentence.End);
            var claim = new Claim
            {
                Key = key + "-c" + (++n).ToString(CultureInfo.InvariantCulture),
                Text = c.Sentence.Text,
                Locator = c.Sentence.Locator,
                StartOffset = start,
                EndOffset = end,
                Category = c.Category,
                Wording = c.Wording,
                Absolute = c.Absolute,
                VagueAttribution = c.VagueAttribution,
                Status = ReviewStatus.Suggested,
                Confidence = c.Confidence,
            };
            article.Claims.Add(claim);
            claimsBySentence[c.Sentence.Index] = claim;
        }

        foreach (var (marker, sentence, targets) in analysis.Markers)
        {
            var (start, end) = analysis.Text.ToOriginal(marker.Start, marker.End);
            var claim = claimsBySentence.GetValueOrDefault(sentence.Index);
            article.Markers.Add(new CitationMarker
            {
                Claim = claim,
                Text = marker.Text,
                Kind = marker.Kind,
                StartOffset = start,
                EndOffset = end,
                Targets = targets.Count > 0 ? string.Join(',', targets) : marker.Identifier ?? string.Join(',', marker.Numbers),
            });
            foreach (var position in targets)
            {
                var reference = references[position - 1];
                if (claim is not null && !claim.References.Contains(reference))
                {
                    claim.References.Add(reference);
                }
            }
        }

        db.Articles.Add(article);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);

        var citations = await SuggestCitationsAsync(article, request.By, now, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        watch.Stop();
        return new ImportResult(
            article.Id, key, article.Claims.Count, article.Claims.Count(c => c.VagueAttribution), article.Markers.Count,
            references.Count, references.Count(r => r.SourceId is not null), citations, watch.Elapsed);
    }

    private async Task<int> SuggestCitationsAsync(Article article, string by, DateTime now, CancellationToken ct)
    {
        var pairs = article.Claims
            .SelectMany(c => c.References.Where(r => r.SourceId is not null).Select(r => (Claim: c, SourceId: r.SourceId!.Value)))
            .Distinct()
            .ToList();
        if (pairs.Count == 0)
        {
            return 0;
        }

        var ids = pairs.Select(p => p.SourceId).Distinct().ToList();
        var designs = await db.Sources.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Design, ct).ConfigureAwait(false);
        var added = new List<Citation>();
        foreach (var (claim, sourceId) in pairs)
        {
            var citation = new Citation
            {
                ClaimId = claim.Id,
                SourceId = sourceId,
                Origin = CitationOrigin.Article,
                Stance = Stance.Supports,
                Grade = StartingCertainty.For(designs[sourceId]),
                Locator = claim.Locator,
                Rationale = "suggested by the analyser: the article cites this reference in the claim's sentence",
                By = by,
                At = now,
                Status = ReviewStatus.Suggested,
                Version = 1,
            };
            db.Citations.Add(citation);
            added.Add(citation);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.CitationChanges.AddRange(added.Select(c => CitationService.History(c, ChangeKind.Created)));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return added.Count;
    }

    private async Task<string> SuggestKeyAsync(string title, CancellationToken ct)
    {
        var words = TitleKeyWords(title);
        var stem = words.Length == 0 ? "article" : string.Join('-', words.Take(3));
        var taken = await db.Articles.Where(a => a.Key.StartsWith(stem)).Select(a => a.Key).ToListAsync(ct).ConfigureAwait(false);
        return Keys.FirstFree(stem, taken.Contains);
    }

    private static string[] TitleKeyWords(string title)
    {
        var key = Sources.TitleKey.For(title);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsAsciiLetterOrDigit)).ToArray();
        return words.Length > 0 && char.IsAsciiLetter(words[0][0]) ? words : [.. words.Prepend("article")];
    }
}
