using LitTracker.Persistence;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Metadata;

/// <summary>
/// When a fetched record is itself a notice (a retraction notice, an erratum…), records the notice
/// on the stored works it names (Crossref <c>update-to</c>, PubMed <c>RetractionOf</c>…).
/// </summary>
internal static class NoticeTargets
{
    /// <returns>One line per notice recorded, for the user.</returns>
    public static async Task<List<string>> ApplyAsync(LitTrackerDbContext db, Source notice, IEnumerable<(NoticeTarget Target, string Origin)> targets, CancellationToken ct)
    {
        var lines = new List<string>();
        foreach (var (target, origin) in targets)
        {
            if (target.Doi is null && target.Pmid is null)
            {
                continue;
            }

            var doi = target.Doi;
            var pmid = target.Pmid;
            var work = await db.Sources.Include(s => s.Notices)
                .FirstOrDefaultAsync(s => (doi != null && s.Doi == doi) || (pmid != null && s.Pmid == pmid), ct).ConfigureAwait(false);
            if (work is null || work == notice)
            {
                continue;
            }

            var added = SourceMerger.AddNotices(work, [new Notice { Type = target.Type, Date = target.Date, NoticeDoi = notice.Doi, Origin = origin }]);
            if (added > 0)
            {
                lines.Add($"recorded a {Grading.VocabularyNames.Name(target.Type)} notice on '{work.Key}'.");
            }
        }

        return lines;
    }
}
