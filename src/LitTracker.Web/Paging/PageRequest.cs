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
    /// Checks the request: records field errors for an out-of-range page or size and for a sort
    /// field not among <paramref name="sorts"/> (the first is the default); null when any error
    /// (of these or recorded before) is in <paramref name="errors"/>.
    /// </summary>
    public PageSpec? Validate(FieldErrors errors, params string[] sorts)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(sorts);
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

        // A page past int.MaxValue items can not be addressed; say so instead of overflowing.
        if (page >= 1 && size is >= 1 and <= MaxPageSize && (long)(page - 1) * size > int.MaxValue)
        {
            errors.Add("page", "page is too large for this pageSize.");
        }

        var sort = string.IsNullOrWhiteSpace(Sort) ? sorts[0] : Sort.Trim();
        var descending = sort.StartsWith('-');
        var name = descending ? sort[1..] : sort;
        if (!sorts.Contains(name, StringComparer.Ordinal))
        {
            errors.Add("sort", $"sort '{sort}' is not one of: {string.Join(", ", sorts)} (prefix '-' for descending).");
        }

        return errors.IsEmpty ? new PageSpec(page, size, name, descending, sort) : null;
    }
}
