namespace LitTracker.Metadata.Http;

/// <summary>
/// Limits concurrency and spaces request starts at least <c>1/rate</c> apart: NCBI allows 3
/// requests per second (10 with a key) and blocks clients that exceed it.
/// </summary>
internal sealed class RequestGate(int maxConcurrent, double? requestsPerSecond, TimeProvider timeProvider) : IDisposable
{
    private readonly SemaphoreSlim concurrency = new(maxConcurrent, maxConcurrent);
    private readonly SemaphoreSlim spacing = new(1, 1);
    private readonly TimeSpan interval = requestsPerSecond is > 0 ? TimeSpan.FromSeconds(1 / requestsPerSecond.Value) : TimeSpan.Zero;
    private DateTimeOffset next = DateTimeOffset.MinValue;

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (interval > TimeSpan.Zero)
            {
                await spacing.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    var now = timeProvider.GetUtcNow();
                    if (next > now)
                    {
                        await Task.Delay(next - now, timeProvider, cancellationToken).ConfigureAwait(false);

                        // A timer that fires late must not let the next requests catch up in a burst:
                        // spacing counts from when this request really leaves.
                        now = timeProvider.GetUtcNow();
                        if (now < next)
                        {
                            now = next;
                        }
                    }

                    next = now + interval;
                }
                finally
                {
                    spacing.Release();
                }
            }

            return new Release(concurrency);
        }
        catch
        {
            concurrency.Release();
            throw;
        }
    }

    public void Dispose()
    {
        concurrency.Dispose();
        spacing.Dispose();
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
