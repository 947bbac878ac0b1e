namespace LitTracker.Tests.TestSupport;

/// <summary>A clock that stands still until told to move (the testing package is not available here).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock()
        : this(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public DateTimeOffset Now { get; private set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
