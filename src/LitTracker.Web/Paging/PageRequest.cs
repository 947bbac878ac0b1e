using LitTracker.Web.Errors;

namespace LitTracker.Web.Paging;

/// <summary>
/// The paging and sorting query every list takes: <c>page</c> (from 1), <c>pageSize</c> (1-200,
/// default 50) and <c>sort</c> (a field name, <c>-</c> in front for descending).
/// </summary>
public sealed record PageRequest(int? Page, int? PageSize, string? Sort)
{
    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Page size when none is given.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>
    /// Sorts and cuts <paramref name="items"/>; records field errors for an out-of-range page or
    /// size and for a sort field not among <paramref name="sorts"/> (the first is the default).
    /// </summary>
    public Paged<T>? Apply<T>(IEnumerable<T> items, FieldErrors errors, params (string Name, Func<T, IComparable?> Key)[] sorts)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(errors);
        var page = Page ?? 1;
        var size = PageSize ?? DefaultPageSize;
        if (page < 1)
        {
            errors.Add("page", "page starts at 1.");
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        }

        var sort = string.IsNullOrWhiteSpace(Sort) ? sorts[0].Name : Sort.Trim();
        var descending = sort.StartsWith('-');
        var name = descending ? sort[1..] : sort;
        var chosen = sorts.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
        if (chosen.Key is null)
        {
            errors.Add("sort", $"sort '{sort}' is not one of: {string.Join(", ", sorts.Select(s => s.Name))} (prefix '-' for descending).");
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var ordered = descending ? items.OrderByDescending(chosen.Key!, OrdinalComparer.Instance) : items.OrderBy(chosen.Key!, OrdinalComparer.Instance);
        var all = ordered.ToList();
        return new Paged<T>(all.Skip((page - 1) * size).Take(size).ToList(), page, size, all.Count, sort);
    }

    // Strings sort by code point, as the database does, never by the server's culture.
    private sealed class OrdinalComparer : IComparer<IComparable?>
    {
        public static readonly OrdinalComparer Instance = new();

        public int Compare(IComparable? x, IComparable? y) => x is string a && y is string b
            ? string.CompareOrdinal(a, b)
            : Comparer<IComparable?>.Default.Compare(x, y);
    }
}
