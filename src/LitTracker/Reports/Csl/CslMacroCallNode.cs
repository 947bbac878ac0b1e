namespace LitTracker.Reports.Csl;

/// <summary><c>&lt;text macro="…"&gt;</c>: the macro's body inside the call's affixes and formatting.</summary>
internal sealed class CslMacroCallNode(string name, CslAffixes affixes) : CslNode
{
    public string Name { get; } = name;

    /// <summary>The compiled macro body; set after compilation so recursive references resolve.</summary>
    public CslNode[] Body { get; set; } = [];

    public override void Render(CslRenderer r)
    {
        var scope = r.Open(affixes);
        r.RenderAll(Body, string.Empty);
        r.Close(affixes, scope);
    }
}
