namespace LitTracker.Web.Tests.TestSupport;

/// <summary>
/// A fact that drives Debian's Chromium (<c>/usr/bin/chromium</c>): skipped with a reason when it is
/// absent, except under CI=true, where <c>.ci/run</c> installs it and absence must fail the run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Chromium is absent outside CI.</summary>
    public ChromiumFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ExecutablePath) && !ci)
        {
            Skip = "/usr/bin/chromium is absent (apt-get install chromium); the browser test needs it.";
        }
    }
}
