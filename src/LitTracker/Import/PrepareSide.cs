namespace LitTracker.Import;

/// <summary>Which thread prepares records (<see cref="PreparedSource"/>) during an import.</summary>
internal enum PrepareSide
{
    /// <summary>
    /// Whichever side is idle: the parser prepares a record when the channel is at least half full
    /// (the writer is behind), and the writer prepares those it receives unprepared (the parser is behind).
    /// </summary>
    Balanced,

    /// <summary>Always the parse thread.</summary>
    Parser,

    /// <summary>Always the writer.</summary>
    Writer,
}
