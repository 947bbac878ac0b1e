using BenchmarkDotNet.Running;

namespace LitTracker.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/LitTracker.Benchmarks -- --filter '*'</c>.
/// Each feature keeps its benchmarks in its own folder; figures go to docs/benchmarks.md.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
