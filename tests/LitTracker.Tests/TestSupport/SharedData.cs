namespace LitTracker.Tests.TestSupport;

/// <summary>
/// Locates ../shared (third-party test data that is never copied into the repo). Tests that read
/// it use <see cref="SharedDataFactAttribute"/> / <see cref="SharedDataTheoryAttribute"/>, which
/// skip with a reason when it is absent, except under CI=true where absence must fail the run.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>True when running in CI, where every outside resource is required.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The shared folder, or null when absent.</summary>
    public static string? Directory => Root.Value;

    /// <summary>Full path of a file or folder under shared/, e.g. <c>Path("testdata", "csl")</c>.</summary>
    public static string Path(params string[] parts)
    {
        var root = Root.Value ?? throw new InvalidOperationException(
            "../shared is missing: clone the repository next to the shared folder (CI=true requires it).");
        return System.IO.Path.Combine([root, .. parts]);
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("LITTRACKER_SHARED");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env))
        {
            return env;
        }

        // Walk up from the test binaries to the repository root and look beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LitTracker.sln")))
            {
                var shared = System.IO.Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return System.IO.Directory.Exists(System.IO.Path.Combine(shared, "testdata")) ? shared : null;
            }
        }

        return null;
    }

    internal static string? SkipReason =>
        Root.Value is null && !IsCi
            ? "../shared/testdata is absent (a bare clone); conformance tests need it beside the repository."
            : null;
}

/// <summary>A fact that reads ../shared: skipped with a reason when absent, never under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when ../shared is absent outside CI.</summary>
    public SharedDataFactAttribute() => Skip = SharedData.SkipReason;
}

/// <summary>A theory that reads ../shared: skipped with a reason when absent, never under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when ../shared is absent outside CI.</summary>
    public SharedDataTheoryAttribute() => Skip = SharedData.SkipReason;
}
