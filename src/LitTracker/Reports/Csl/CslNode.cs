namespace LitTracker.Reports.Csl;

/// <summary>A compiled rendering element; compiled once per style, rendered for every item.</summary>
internal abstract class CslNode
{
    public abstract void Render(CslRenderer renderer);
}
