namespace LitTracker.Reports.Csl;

/// <summary><c>&lt;choose&gt;</c>: renders the first branch whose condition holds.</summary>
internal sealed class CslChooseNode(CslBranch[] branches) : CslNode
{
    public override void Render(CslRenderer renderer)
    {
        foreach (var branch in branches)
        {
            if (branch.Holds(renderer))
            {
                renderer.RenderAll(branch.Children, string.Empty);
                return;
            }
        }
    }
}
