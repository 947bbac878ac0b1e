namespace LitTracker.Import;

/// <summary>How serious an import problem is.</summary>
public enum ImportSeverity
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>The record was imported, but a value was dropped or guessed at; check it.</summary>
    Warning,

    /// <summary>A record (or the rest of the file) could not be imported.</summary>
    Error,
}
