using System.Diagnostics;

namespace LitTracker.Import;

/// <summary>
/// Where one import's time went, in <see cref="Stopwatch"/> ticks: which side of the parse → write
/// channel waited for the other, and how long SQLite itself took. For the throughput benchmark
/// (internal, no public API); a few timestamps per record, so it stays on in every run.
/// </summary>
internal sealed class ImportTimings
{
    /// <summary>The writer waited for the parser to deliver a record.</summary>
    public long WriterWaitTicks;

    /// <summary>The parser waited for room in the channel (the writer was behind).</summary>
    public long ParserWaitTicks;

    /// <summary>Preparing records (<see cref="PreparedSource"/>) on the parse thread.</summary>
    public long ParserPrepareTicks;

    /// <summary>Preparing records on the writer.</summary>
    public long WriterPrepareTicks;

    /// <summary>The parse thread from start to end (parsing = this − waits − its preparing).</summary>
    public long ParserTicks;

    /// <summary>Inside SQLite: the insert steps.</summary>
    public long StepTicks;

    /// <summary>Inside SQLite: the commit (with the WAL checkpoint it may run).</summary>
    public long CommitTicks;

    public static TimeSpan Time(long ticks) => Stopwatch.GetElapsedTime(0, ticks);
}
