namespace LitTracker;

/// <summary>What kind of failure a use case reports; hosts map it to exit codes or HTTP statuses.</summary>
public enum ErrorKind
{
    /// <summary>Not classified.</summary>
    Unspecified = 0,

    /// <summary>An id or key names nothing.</summary>
    NotFound,

    /// <summary>A value given by the user is malformed or not allowed.</summary>
    InvalidInput,

    /// <summary>The change conflicts with what is stored (duplicate, concurrent edit).</summary>
    Conflict,
}
