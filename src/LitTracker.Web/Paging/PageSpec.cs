namespace LitTracker.Web.Paging;

/// <summary>A checked <see cref="PageRequest"/>: the page, its size and the sort field and direction.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Field">The sort field's name, without the direction prefix.</param>
/// <param name="Descending">True for a <c>-</c> prefix.</param>
/// <param name="Sort">The sort as the caller wrote it (or the default), echoed in the response.</param>
public sealed record PageSpec(int Page, int PageSize, string Field, bool Descending, string Sort)
{
    /// <summary>Items before this page.</summary>
    public int Skip => (Page - 1) * PageSize;

    /// <summary>Wraps one page of items with this spec and the filtered list's <paramref name="total"/>.</summary>
    public Paged<T> Result<T>(IReadOnlyList<T> items, int total) => new(items, Page, PageSize, total, Sort);
}
