namespace LitTracker;

/// <summary>
/// A use case refused a request. The message is one line for the user, naming the field or value
/// and what to do; nothing was written.
/// </summary>
public sealed class LitTrackerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LitTrackerException(ErrorKind kind, string message, string? field = null)
        : base(message)
    {
        Kind = kind;
        Field = field;
    }

    /// <summary>Creates an unclassified exception.</summary>
    public LitTrackerException()
        : this(ErrorKind.Unspecified, "The request was refused.")
    {
    }

    /// <summary>Creates an unclassified exception.</summary>
    public LitTrackerException(string message)
        : this(ErrorKind.Unspecified, message)
    {
    }

    /// <summary>Creates an unclassified exception.</summary>
    public LitTrackerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What went wrong.</summary>
    public ErrorKind Kind { get; }

    /// <summary>The input field at fault, when there is one.</summary>
    public string? Field { get; }

    /// <summary>An id or key that names nothing.</summary>
    public static LitTrackerException NotFound(string what, string idOrKey) =>
        new(ErrorKind.NotFound, $"No {what} with id or key '{idOrKey}'. List them with 'littracker {what}s list'.", what);

    /// <summary>A malformed or disallowed value.</summary>
    public static LitTrackerException Invalid(string field, string message) =>
        new(ErrorKind.InvalidInput, message, field);
}
