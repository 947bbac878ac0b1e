using System.Globalization;

namespace LitTracker.Sources.Duplicates;

/// <summary>
/// An in-memory index of <see cref="DuplicateCandidate"/>s that finds the stored work a new record
/// duplicates without a query per record: by DOI, by PMID, by exact normalised title, and by
/// first-author surname within the year and its neighbours (so a common surname never means a scan
/// of the whole library). Additions can be undone back to a checkpoint, for a file that is rolled back.
/// </summary>
public sealed class DuplicateIndex
{
    private readonly Dictionary<Doi, DuplicateCandidate> _byDoi = [];
    private readonly Dictionary<Pmid, DuplicateCandidate> _byPmid = [];
    private readonly Dictionary<string, List<DuplicateCandidate>> _byTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DuplicateCandidate>> _byAuthorYear = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DuplicateCandidate>> _byOpeningYear = new(StringComparer.Ordinal);
    private readonly List<DuplicateCandidate> _log = [];

    /// <summary>How many candidates are indexed.</summary>
    public int Count => _log.Count;

    /// <summary>Indexes a stored (or about to be stored) source.</summary>
    public void Add(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Doi is { } doi)
        {
            _byDoi.TryAdd(doi, candidate);
        }

        if (candidate.Pmid is { } pmid)
        {
            _byPmid.TryAdd(pmid, candidate);
        }

        Bucket(_byTitle, candidate.TitleKey).Add(candidate);
        Bucket(_byAuthorYear, AuthorYear(candidate.Surname, candidate.Year)).Add(candidate);
        Bucket(_byOpeningYear, AuthorYear(Opening(candidate.TitleKey), candidate.Year)).Add(candidate);
        _log.Add(candidate);
    }

    /// <summary>A mark to undo later additions with <see cref="RollbackTo"/>.</summary>
    public int Checkpoint() => _log.Count;

    /// <summary>Removes every candidate added after <paramref name="checkpoint"/>.</summary>
    public void RollbackTo(int checkpoint)
    {
        for (var i = _log.Count - 1; i >= checkpoint; i--)
        {
            var c = _log[i];
            if (c.Doi is { } doi && _byDoi.TryGetValue(doi, out var d) && ReferenceEquals(d, c))
            {
                _byDoi.Remove(doi);
            }

            if (c.Pmid is { } pmid && _byPmid.TryGetValue(pmid, out var p) && ReferenceEquals(p, c))
            {
                _byPmid.Remove(pmid);
            }

            _byTitle[c.TitleKey].Remove(c);
            _byAuthorYear[AuthorYear(c.Surname, c.Year)].Remove(c);
            _byOpeningYear[AuthorYear(Opening(c.TitleKey), c.Year)].Remove(c);
            _log.RemoveAt(i);
        }
    }

    /// <summary>The indexed candidate with the same DOI, if any.</summary>
    public DuplicateCandidate? ByDoi(Doi doi) => _byDoi.GetValueOrDefault(doi);

    /// <summary>The indexed candidate with the same PMID, if any.</summary>
    public DuplicateCandidate? ByPmid(Pmid pmid) => _byPmid.GetValueOrDefault(pmid);

    /// <summary>The best duplicate of <paramref name="candidate"/> (identifiers first, then the highest title score; proposal-only matches are left out), or null.</summary>
    public (DuplicateCandidate Existing, DuplicateMatch Match)? Find(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Doi is { } doi && _byDoi.TryGetValue(doi, out var byDoi))
        {
            return (byDoi, new DuplicateMatch(DuplicateReason.SameDoi, 1));
        }

        if (candidate.Pmid is { } pmid && _byPmid.TryGetValue(pmid, out var byPmid))
        {
            return (byPmid, new DuplicateMatch(DuplicateReason.SamePmid, 1));
        }

        (DuplicateCandidate, DuplicateMatch)? best = null;
        foreach (var other in Neighbours(candidate))
        {
            if (other.Id != 0 && other.Id == candidate.Id)
            {
                continue;
            }

            if (DuplicateRules.Compare(candidate, other) is { IsProposalOnly: false } match && (best is null || match.Score > best.Value.Item2.Score))
            {
                best = (other, match);
            }
        }

        return best;
    }

    /// <summary>Indexed candidates sharing the exact title or the first-author surname within a year.</summary>
    public IEnumerable<DuplicateCandidate> Neighbours(DuplicateCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var seen = new HashSet<DuplicateCandidate>(ReferenceEqualityComparer.Instance);
        if (candidate.TitleKey.Length > 0 && _byTitle.TryGetValue(candidate.TitleKey, out var sameTitle))
        {
            foreach (var c in sameTitle)
            {
                if (seen.Add(c))
                {
                    yield return c;
                }
            }
        }

        int?[] years = candidate.Year is { } y ? [y - 1, y, y + 1, null] : [null];
        foreach (var year in years)
        {
            foreach (var map in new[] { (_byAuthorYear, candidate.Surname), (_byOpeningYear, Opening(candidate.TitleKey)) })
            {
                if (map.Item1.TryGetValue(AuthorYear(map.Item2, year), out var bucket))
                {
                    foreach (var c in bucket.Where(seen.Add))
                    {
                        yield return c;
                    }
                }
            }
        }

        // A record without a year may match any year of the same author.
        if (candidate.Year is null)
        {
            var prefix = candidate.Surname + "|";
            foreach (var (key, bucket) in _byAuthorYear)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    foreach (var c in bucket.Where(seen.Add))
                    {
                        yield return c;
                    }
                }
            }
        }
    }

    // The first three words of the title: a second block, for surnames spelt differently (Müller, Mueller).
    private static string Opening(string titleKey)
    {
        var end = -1;
        for (var words = 0; words < 3; words++)
        {
            end = titleKey.IndexOf(' ', end + 1);
            if (end < 0)
            {
                return "~" + titleKey;
            }
        }

        return "~" + titleKey[..end];
    }

    private static string AuthorYear(string surname, int? year) =>
        surname + "|" + (year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    private static List<DuplicateCandidate> Bucket(Dictionary<string, List<DuplicateCandidate>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
