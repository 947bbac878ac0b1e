using Polly;

namespace LitTracker.Metadata.Http;

/// <summary>
/// A <see cref="DelegatingHandler"/> that sends every request through the Polly pipelines of
/// <see cref="MetadataResilience"/> and a request gate (concurrency limit, optional rate). Each
/// attempt passes the gate, so retries are rate-limited too; the attempt timeout starts once the
/// gate has let the attempt through.
/// </summary>
public sealed class ResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ResiliencePipeline<HttpResponseMessage> attemptTimeout;
    private readonly RequestGate gate;

    /// <summary>Creates the handler for one registry.</summary>
    /// <param name="options">Retry, breaker, timeout and concurrency settings.</param>
    /// <param name="requestsPerSecond">Start rate limit (e.g. <see cref="MetadataOptions.NcbiRequestsPerSecond"/>), or null for none.</param>
    /// <param name="timeProvider">Clock for backoff, breaker, timeout and rate limit.</param>
    public ResilienceHandler(MetadataOptions options, double? requestsPerSecond, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        pipeline = MetadataResilience.Build(options, timeProvider);
        attemptTimeout = MetadataResilience.BuildAttemptTimeout(options, timeProvider);
        gate = new RequestGate(options.MaxConcurrentRequests, requestsPerSecond, timeProvider);
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(
            static async (state, token) =>
            {
                using var slot = await state.Handler.gate.EnterAsync(token).ConfigureAwait(false);
                return await state.Handler.attemptTimeout.ExecuteAsync(
                    static (s, t) => new ValueTask<HttpResponseMessage>(s.Handler.SendCoreAsync(s.Request, t)),
                    state,
                    token).ConfigureAwait(false);
            },
            (Handler: this, Request: request),
            cancellationToken).AsTask();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }

        base.Dispose(disposing);
    }

    // Requests here are bodiless GETs, so the same message can be sent again on retry.
    private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken token) => base.SendAsync(request, token);
}
