namespace LitTracker.Reports.Csl;

/// <summary><c>&lt;choose&gt;</c>: renders the first branch whose condition holds.</summary>
/// <remarks>Choose is transparent: the enclosing group's delimiter separates the chosen branch's elements.</remarks>
internal sealed class CslChooseNode(CslBranch[] branches, string delimiter) : CslNode
{
    public override void Render(CslRenderer renderer)
    {
        foreach (var branch in branches)
        {
            if (branch.Holds(renderer))
            {
                renderer.RenderAll(branch.Children, delimiter);
                return;
            }
        }
    }
}
