using System.Globalization;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Persistence;

/// <summary>
/// Finds entities by numeric id or stable key: a seed key works wherever an id does. Keys are never
/// all digits (see <see cref="Keys"/>), so the two can not be confused.
/// </summary>
public static class IdOrKey
{
    /// <summary>The id of the article named by <paramref name="idOrKey"/>; throws NotFound.</summary>
    public static async Task<int> ArticleAsync(LitTrackerDbContext db, string idOrKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (text, number) = Split(idOrKey);
        return await db.Articles.Where(a => a.Id == number || a.Key == text).Select(a => (int?)a.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw LitTrackerException.NotFound("article", text);
    }

    /// <summary>The id of the claim named by <paramref name="idOrKey"/>; throws NotFound.</summary>
    public static async Task<int> ClaimAsync(LitTrackerDbContext db, string idOrKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (text, number) = Split(idOrKey);
        return await db.Claims.Where(c => c.Id == number || c.Key == text).Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw LitTrackerException.NotFound("claim", text);
    }

    /// <summary>The id of the source named by id, key, DOI or PMID (<c>pmid:123</c>); throws NotFound.</summary>
    public static async Task<int> SourceAsync(LitTrackerDbContext db, string idOrKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (text, number) = Split(idOrKey);
        var found = await db.Sources.Where(s => s.Id == number || s.Key == text).Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (found is null && Doi.TryParse(text, out var doi))
        {
            found = await db.Sources.Where(s => s.Doi == doi).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        }

        // A bare number was already tried as an id; only an explicit pmid: form means PubMed.
        if (found is null && number < 0 && Pmid.TryParse(text, out var pmid))
        {
            found = await db.Sources.Where(s => s.Pmid == pmid).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        }

        return found ?? throw LitTrackerException.NotFound("source", text);
    }

    private static (string Text, int Number) Split(string idOrKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrKey);
        var text = idOrKey.Trim();
        return (text, int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1);
    }
}
