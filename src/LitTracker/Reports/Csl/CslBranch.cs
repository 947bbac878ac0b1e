namespace LitTracker.Reports.Csl;

/// <summary>One <c>if</c>/<c>else-if</c>/<c>else</c> branch: tests combined by match any|all|none.</summary>
internal sealed class CslBranch(CslCondition[] tests, string match, CslNode[] children)
{
    public CslNode[] Children { get; } = children;

    public bool Holds(CslRenderer renderer)
    {
        if (tests.Length == 0)
        {
            return true;
        }

        switch (match)
        {
            case "all":
                foreach (var test in tests)
                {
                    if (!test.Test(renderer))
                    {
                        return false;
                    }
                }

                return true;
            case "none":
                foreach (var test in tests)
                {
                    if (test.Test(renderer))
                    {
                        return false;
                    }
                }

                return true;
            default:
                foreach (var test in tests)
                {
                    if (test.Test(renderer))
                    {
                        return true;
                    }
                }

                return false;
        }
    }
}
