namespace LitTracker.Reports.Csl;

/// <summary>
/// <c>&lt;group&gt;</c>: suppressed when it calls at least one variable and every variable it
/// calls is empty. Also used for macro bodies and layouts (<paramref name="isGroup"/> false).
/// </summary>
internal sealed class CslGroupNode(CslNode[] children, string delimiter, CslAffixes affixes, bool isGroup) : CslNode
{
    public CslNode[] Children { get; set; } = children;

    public override void Render(CslRenderer renderer)
    {
        var called = renderer.VarsCalled;
        var found = renderer.VarsFound;
        renderer.VarsCalled = 0;
        renderer.VarsFound = 0;
        var scope = renderer.Open(affixes);
        renderer.RenderAll(Children, delimiter);
        var innerCalled = renderer.VarsCalled;
        var innerFound = renderer.VarsFound;
        if (isGroup && innerCalled > 0 && innerFound == 0)
        {
            renderer.Abort(affixes, scope);
        }
        else
        {
            renderer.Close(affixes, scope);
        }

        renderer.VarsCalled = called + innerCalled;
        renderer.VarsFound = found + innerFound;
    }
}
