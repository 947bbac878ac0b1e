namespace LitTracker.Persistence;

/// <summary>The database file could not be opened or upgraded; the message says which file and what to do.</summary>
public sealed class DatabaseOpenException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DatabaseOpenException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public DatabaseOpenException()
        : this("The database could not be opened.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public DatabaseOpenException(string message)
        : this(message, null)
    {
    }
}
