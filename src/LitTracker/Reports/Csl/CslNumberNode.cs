namespace LitTracker.Reports.Csl;

/// <summary><c>&lt;number&gt;</c>: numeric values in numeric, ordinal, long-ordinal or roman form; other text as is.</summary>
internal sealed class CslNumberNode(string variable, string form, CslAffixes affixes) : CslNode
{
    public override void Render(CslRenderer r)
    {
        var text = r.Variable(variable, false);
        r.Called(variable, text is not null);
        if (text is null)
        {
            return;
        }

        var scope = r.Open(affixes);
        r.AppendValue(CslNumbers.IsNumeric(text) ? CslNumbers.Format(text, form, r.Locale) : text);
        r.Close(affixes, scope);
    }
}
