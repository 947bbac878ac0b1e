using System.Linq.Expressions;

namespace LitTracker.Web.Paging;

/// <summary>Direction-aware ordering, so each list names its sort keys once.</summary>
public static class Ordering
{
    /// <summary>Orders by <paramref name="key"/>, descending when <paramref name="descending"/>.</summary>
    public static IOrderedQueryable<T> OrderBy<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    /// <summary>Orders in memory by <paramref name="key"/> (strings by code point, as the database does), descending when asked.</summary>
    public static IOrderedEnumerable<T> OrderBy<T>(this IEnumerable<T> items, Func<T, IComparable?> key, bool descending) =>
        descending ? items.OrderByDescending(key, OrdinalComparer.Instance) : items.OrderBy(key, OrdinalComparer.Instance);

    // Strings sort by code point, as the database does, never by the server's culture.
    private sealed class OrdinalComparer : IComparer<IComparable?>
    {
        public static readonly OrdinalComparer Instance = new();

        public int Compare(IComparable? x, IComparable? y) => x is string a && y is string b
            ? string.CompareOrdinal(a, b)
            : Comparer<IComparable?>.Default.Compare(x, y);
    }
}
