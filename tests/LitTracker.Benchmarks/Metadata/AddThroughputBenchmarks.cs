using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace LitTracker.Benchmarks.Metadata;

/// <summary>BenchmarkDotNet wrapper of <see cref="AddThroughput"/>: one cold run per rate (each takes N/rate seconds).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class AddThroughputBenchmarks
{
    [Params(20, 50)]
    public double Rate { get; set; }

    [Benchmark]
    public Task<ThroughputResult> Add1000Dois() => AddThroughput.MeasureAsync(1000, Rate);
}
