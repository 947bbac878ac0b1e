using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Sources;

/// <summary>Lists, shows and adds sources.</summary>
public sealed class SourceService(LitTrackerDbContext db)
{
    /// <summary>Sources ordered by key, optionally filtered by a text that must occur in key, title or container.</summary>
    public async Task<IReadOnlyList<Source>> ListAsync(string? search = null, CancellationToken ct = default)
    {
        var query = db.Sources.AsNoTracking().Include(s => s.Notices).AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(s => EF.Functions.Like(s.Key, pattern, "\\")
                || EF.Functions.Like(s.Title, pattern, "\\")
                || EF.Functions.Like(s.Container!, pattern, "\\"));
        }

        return await query.OrderBy(s => s.Key).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>One source by id, key, DOI or pmid:N, with its notices.</summary>
    public async Task<Source> GetAsync(string idOrKey, CancellationToken ct = default)
    {
        var id = await IdOrKey.SourceAsync(db, idOrKey, ct).ConfigureAwait(false);
        return await db.Sources.AsNoTracking().Include(s => s.Notices).SingleAsync(s => s.Id == id, ct).ConfigureAwait(false);
    }

    /// <summary>Validates and stores a new source; refuses a DOI or PMID that is already stored.</summary>
    public async Task<Source> AddAsync(SourceDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var source = Validate(draft);
        await RefuseDuplicateIdentifiersAsync(source, exceptId: null, ct).ConfigureAwait(false);
        if (draft.Key is not null)
        {
            source.Key = Keys.Require(draft.Key.Trim());
            if (await db.Sources.AnyAsync(s => s.Key == source.Key, ct).ConfigureAwait(false))
            {
                throw new LitTrackerException(ErrorKind.Conflict, $"Key '{source.Key}' is already used by another source; choose another --key.", "key");
            }
        }
        else
        {
            source.Key = await NewKeyAsync(db, source, ct).ConfigureAwait(false);
        }

        db.Sources.Add(source);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return source;
    }

    /// <summary>A free key from the first author's family name and the year, e.g. <c>law2019</c>, <c>law2019b</c>.</summary>
    internal static async Task<string> NewKeyAsync(LitTrackerDbContext db, Source source, CancellationToken ct)
    {
        var stem = Keys.Suggest(source.Authors.FirstOrDefault()?.Family ?? source.Authors.FirstOrDefault()?.Literal, source.Year);
        var taken = await db.Sources.Where(s => s.Key.StartsWith(stem)).Select(s => s.Key).ToListAsync(ct).ConfigureAwait(false);
        return Keys.FirstFree(stem, taken.Contains);
    }

    /// <summary>
    /// Replaces the fields a <see cref="SourceDraft"/> carries on the source named by
    /// <paramref name="idOrKey"/> (a null key keeps the current one); notices, provenance and the
    /// fields a draft does not carry are kept. Refuses a DOI, PMID or key used by another source.
    /// </summary>
    public async Task<Source> UpdateAsync(string idOrKey, SourceDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var id = await IdOrKey.SourceAsync(db, idOrKey, ct).ConfigureAwait(false);
        var changed = Validate(draft);
        await RefuseDuplicateIdentifiersAsync(changed, id, ct).ConfigureAwait(false);
        var source = await db.Sources.Include(s => s.Notices).SingleAsync(s => s.Id == id, ct).ConfigureAwait(false);
        if (draft.Key is not null && draft.Key.Trim() != source.Key)
        {
            var key = Keys.Require(draft.Key.Trim());
            if (await db.Sources.AnyAsync(s => s.Key == key && s.Id != id, ct).ConfigureAwait(false))
            {
                throw new LitTrackerException(ErrorKind.Conflict, $"Key '{key}' is already used by another source; choose another key.", "key");
            }

            source.Key = key;
        }

        (source.Title, source.Type, source.Design, source.Population, source.Authors) = (changed.Title, changed.Type, changed.Design, changed.Population, changed.Authors);
        (source.Container, source.ContainerAbbreviation, source.Year, source.Month) = (changed.Container, changed.ContainerAbbreviation, changed.Year, changed.Month);
        (source.Volume, source.Issue, source.Pages) = (changed.Volume, changed.Issue, changed.Pages);
        (source.Doi, source.Pmid, source.Pmcid, source.Url, source.AccessedOn) = (changed.Doi, changed.Pmid, changed.Pmcid, changed.Url, changed.AccessedOn);
        (source.Publisher, source.Abstract, source.Note) = (changed.Publisher, changed.Abstract, changed.Note);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return source;
    }

    private async Task RefuseDuplicateIdentifiersAsync(Source source, int? exceptId, CancellationToken ct)
    {
        var others = db.Sources.Where(s => exceptId == null || s.Id != exceptId);
        if (source.Doi is { } doi && await others.Where(s => s.Doi == doi).Select(s => s.Key).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } byDoi)
        {
            throw new LitTrackerException(ErrorKind.Conflict, $"DOI {doi} is already stored as source '{byDoi}'.", "doi");
        }

        if (source.Pmid is { } pmid && await others.Where(s => s.Pmid == pmid).Select(s => s.Key).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } byPmid)
        {
            throw new LitTrackerException(ErrorKind.Conflict, $"PMID {pmid} is already stored as source '{byPmid}'.", "pmid");
        }
    }

    private static Source Validate(SourceDraft d)
    {
        if (string.IsNullOrWhiteSpace(d.Title))
        {
            throw LitTrackerException.Invalid("title", "A source needs a title (--title).");
        }

        if (d.Year is < 1000 or > 9999)
        {
            throw LitTrackerException.Invalid("year", $"Year {d.Year} is not a four-digit year.");
        }

        if (d.Month is < 1 or > 12)
        {
            throw LitTrackerException.Invalid("month", $"Month {d.Month} is not between 1 and 12.");
        }

        return new Source
        {
            Title = d.Title.Trim(),
            Type = d.Type,
            Design = d.Design,
            Population = d.Population,
            Authors = (d.Authors ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(Author.ParseVancouver).ToList(),
            Container = Trim(d.Container),
            ContainerAbbreviation = Trim(d.ContainerAbbreviation),
            Year = d.Year,
            Month = d.Month,
            Volume = Trim(d.Volume),
            Issue = Trim(d.Issue),
            Pages = Trim(d.Pages),
            Doi = d.Doi is null ? null : Doi.TryParse(d.Doi, out var doi) ? doi
                : throw LitTrackerException.Invalid("doi", $"'{d.Doi}' is not a DOI: expected 10.<registrant>/<suffix>, e.g. 10.1093/pm/pny256."),
            Pmid = d.Pmid is null ? null : Pmid.TryParse(d.Pmid, out var pmid) ? pmid
                : throw LitTrackerException.Invalid("pmid", $"'{d.Pmid}' is not a PMID: expected a positive whole number, e.g. 32661635."),
            Pmcid = d.Pmcid is null ? null : Pmcid.TryParse(d.Pmcid, out var pmcid) ? pmcid
                : throw LitTrackerException.Invalid("pmcid", $"'{d.Pmcid}' is not a PMCID: expected PMC followed by digits, e.g. PMC7843474."),
            Url = Trim(d.Url),
            AccessedOn = d.AccessedOn,
            Publisher = Trim(d.Publisher),
            Abstract = Trim(d.Abstract),
            Note = Trim(d.Note),
        };
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
