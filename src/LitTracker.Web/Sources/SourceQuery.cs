using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Web.Paging;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Web.Sources;

/// <summary>
/// The source list as one filtered, sorted and paged SQL query (plus a count): the search text
/// occurs in key, title, journal, authors or DOI; type, design, population and retracted filter.
/// </summary>
public sealed class SourceQuery(LitTrackerDbContext db)
{
    /// <summary>The sort fields; the first is the default.</summary>
    public static readonly string[] Sorts = ["key", "title", "year"];

    /// <summary>One page of the sources matching every filter given, with the total count.</summary>
    public async Task<Paged<SourceSummary>> PageAsync(
        PageSpec spec, string? search, SourceType? type, StudyDesign? design, Population? population, bool? retracted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var query = Search(search);
        if (type is not null)
        {
            query = query.Where(s => s.Type == type);
        }

        if (design is not null)
        {
            query = query.Where(s => s.Design == design);
        }

        if (population is not null)
        {
            query = query.Where(s => s.Population == population);
        }

        if (retracted is not null)
        {
            query = query.Where(Retracted(retracted.Value));
        }

        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var ordered = spec.Field switch
        {
            "title" => query.OrderBy(s => s.Title, spec.Descending),
            "year" => query.OrderBy(s => s.Year, spec.Descending),
            _ => query.OrderBy(s => s.Key, spec.Descending),
        };

        // Ties (same title, same year) keep one order across pages: the id decides.
        var page = await ordered.ThenBy(s => s.Id).Skip(spec.Skip).Take(spec.PageSize)
            .Include(s => s.Notices).AsSplitQuery()
            .ToListAsync(ct).ConfigureAwait(false);
        return spec.Result(page.Select(SourceResponses.Summary).ToList(), total);
    }

    private IQueryable<Source> Search(string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return db.Sources.AsNoTracking();
        }

        var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

        // Authors and DOI are stored through value converters (a JSON list, a normalised DOI) that
        // LINQ can not hand to LIKE, so the text filter is SQL; everything else composes on it.
        return db.Sources.FromSqlInterpolated($"""
            SELECT * FROM "sources"
            WHERE "Key" LIKE {pattern} ESCAPE '\' OR "Title" LIKE {pattern} ESCAPE '\' OR "Container" LIKE {pattern} ESCAPE '\'
               OR "Authors" LIKE {pattern} ESCAPE '\' OR "Doi" LIKE {pattern} ESCAPE '\'
            """).AsNoTracking();
    }

    // NoticeRules.IsRetracted in SQL: the last retraction, withdrawal or reinstatement decides,
    // undated ones before dated ones, equal dates in the order they were recorded.
    private static System.Linq.Expressions.Expression<Func<Source, bool>> Retracted(bool value)
    {
        if (value)
        {
            return s => s.Notices
                .Where(n => n.Type == NoticeType.Retraction || n.Type == NoticeType.Withdrawal || n.Type == NoticeType.Reinstatement)
                .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
                .Select(n => n.Type).FirstOrDefault() != NoticeType.Reinstatement
                && s.Notices.Any(n => n.Type == NoticeType.Retraction || n.Type == NoticeType.Withdrawal);
        }

        return s => !s.Notices.Any(n => n.Type == NoticeType.Retraction || n.Type == NoticeType.Withdrawal)
            || s.Notices
                .Where(n => n.Type == NoticeType.Retraction || n.Type == NoticeType.Withdrawal || n.Type == NoticeType.Reinstatement)
                .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
                .Select(n => n.Type).FirstOrDefault() == NoticeType.Reinstatement;
    }
}
