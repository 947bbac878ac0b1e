namespace LitTracker.Web.Paging;

/// <summary>One page of a list.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Total">Items in the whole (filtered) list.</param>
/// <param name="Sort">The order applied.</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string Sort)
{
    /// <summary>Number of pages (0 for an empty list).</summary>
    public int TotalPages => (Total + PageSize - 1) / PageSize;
}
