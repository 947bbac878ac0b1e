using LitTracker.Metadata.Http;
using LitTracker.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Metadata.Cache;

/// <summary>Stages raw answers in the fetch cache: one row per (service, key), a refetch replaces it.</summary>
internal static class CacheWriter
{
    public static async Task StageAsync(LitTrackerDbContext db, IEnumerable<(string Service, string Key, RawResponse Response)> responses, DateTime fetchedAt, CancellationToken ct)
    {
        foreach (var (service, key, response) in responses)
        {
            var row = await db.FetchCache.FirstOrDefaultAsync(r => r.Service == service && r.Key == key, ct).ConfigureAwait(false);
            if (row is null)
            {
                row = new CachedResponse { Service = service, Key = key };
                db.FetchCache.Add(row);
            }

            row.Url = response.Url.AbsoluteUri;
            row.StatusCode = response.StatusCode;
            row.ContentType = response.ContentType;
            row.Body = response.Body;
            row.FetchedAt = fetchedAt;
        }
    }
}
