using System.Globalization;

namespace LitTracker.Reports.Csl;

/// <summary><c>&lt;names&gt;</c>: one or more name variables, with et-al, label and substitute.</summary>
internal sealed class CslNamesNode(string[] variables, string delimiter, CslAffixes affixes) : CslNode
{
    private CslLocale? andLocale;
    private string[] andJoins = [];

    public string[] Variables { get; } = variables;

    public CslNameOptions Options { get; set; } = new();

    public string? EtAlTerm { get; set; }

    public CslAffixes EtAlAffixes { get; set; } = CslAffixes.Empty;

    public CslLabelSpec? Label { get; set; }

    public CslNode[] Substitute { get; set; } = [];

    public override void Render(CslRenderer r)
    {
        var start = r.Count;
        var called = r.VarsCalled;
        var found = r.VarsFound;
        var scope = r.Open(affixes);
        var rendered = 0;
        var merged = IsEditorTranslator(r);
        foreach (var variable in Variables)
        {
            if (merged && variable == "translator")
            {
                continue;
            }

            var names = r.IsSuppressed(variable) ? null : r.Item.GetNames(variable);
            r.Called(variable, names is not null);
            if (names is null)
            {
                continue;
            }

            var mark = r.Count;
            if (rendered > 0 && delimiter.Length > 0)
            {
                r.Append(delimiter, CslPieceKind.Affix);
            }

            RenderList(r, merged && variable == "editor" ? "editortranslator" : variable, names);
            rendered++;
            if (r.Count == mark)
            {
                r.Rollback(mark);
            }
        }

        if (r.Count == scope.ContentStart)
        {
            r.Abort(affixes, scope);
            if (Substitute.Length > 0)
            {
                RenderSubstitute(r, called, found);
            }

            return;
        }

        r.Close(affixes, scope);
        if (r.NamesStart < 0 && r.Mode == CslRenderMode.Bibliography)
        {
            r.NamesStart = start;
            r.NamesEnd = r.Count;
        }
    }

    private void RenderSubstitute(CslRenderer r, int called, int found)
    {
        var wasSubstituting = r.Substituting;
        var start = r.Count;
        foreach (var node in Substitute)
        {
            var mark = r.Count;
            r.Substituting = true;
            node.Render(r);
            r.Substituting = wasSubstituting;
            if (r.Count > mark)
            {
                if (r.NamesStart < 0 && r.Mode == CslRenderMode.Bibliography)
                {
                    r.NamesStart = start;
                    r.NamesEnd = r.Count;
                }

                // A substitute that rendered counts as this element's variable being present.
                r.VarsCalled = called + 1;
                r.VarsFound = found + 1;
                return;
            }
        }
    }

    private bool IsEditorTranslator(CslRenderer r)
    {
        if (Variables.Length < 2 || Array.IndexOf(Variables, "editor") < 0 || Array.IndexOf(Variables, "translator") < 0)
        {
            return false;
        }

        var editors = r.Item.GetNames("editor");
        var translators = r.Item.GetNames("translator");
        return editors is not null && translators is not null && editors.SequenceEqual(translators);
    }

    private void RenderList(CslRenderer r, string variable, IReadOnlyList<CslName> names)
    {
        if (Label is { Before: true } before)
        {
            RenderLabel(r, before, variable, names.Count);
        }

        var nameStart = r.Count;
        var scope = r.Open(Options.Affixes);
        if (Options.Form == "count")
        {
            r.Append(Shown(r, names.Count).Shown.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            RenderNames(r, names);
        }

        r.Close(Options.Affixes, scope);
        if (r.Count > nameStart && Label is { Before: false } after)
        {
            RenderLabel(r, after, variable, names.Count);
        }
    }

    private (int Shown, bool Truncated) Shown(CslRenderer r, int count)
    {
        var subsequent = r.Mode == CslRenderMode.Citation && r.Position != CslPosition.First;
        var min = subsequent ? Options.EtAlSubsequentMin : Options.EtAlMin;
        var useFirst = subsequent ? Options.EtAlSubsequentUseFirst : Options.EtAlUseFirst;
        return min > 0 && useFirst > 0 && count >= min && useFirst < count ? (useFirst, true) : (count, false);
    }

    private void RenderNames(CslRenderer r, IReadOnlyList<CslName> names)
    {
        var (shown, truncated) = Shown(r, names.Count);
        var useLast = truncated && Options.EtAlUseLast && shown < names.Count - 1;
        var inverted = false;
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                // Sort keys are name lists: citeproc-js leaves out "and"/"&", which would otherwise sort first.
                var isLast = i == shown - 1 && !truncated && Options.And is not null && r.Mode != CslRenderMode.Sort;
                r.Append(isLast ? AndJoin(r, shown, inverted) : Options.Delimiter, CslPieceKind.Affix);
            }

            inverted = IsInverted(r, i);
            CslNameWriter.Write(r, names[i], Options, inverted);
        }

        if (!truncated)
        {
            return;
        }

        if (useLast)
        {
            r.Append(Options.Delimiter + "\u2026 ", CslPieceKind.Affix);
            CslNameWriter.Write(r, names[^1], Options, IsInverted(r, names.Count - 1));
            return;
        }

        var term = r.Locale.Term(EtAlTerm ?? "et-al");
        if (string.IsNullOrEmpty(term))
        {
            return;
        }

        var precedes = Options.DelimiterPrecedesEtAl switch
        {
            "always" => true,
            "never" => false,
            "after-inverted-name" => inverted,
            _ => shown > 1,
        };
        r.Append(precedes ? Options.Delimiter : " ", CslPieceKind.Affix);
        var scope = r.Open(EtAlAffixes);
        r.Append(term);
        r.Close(EtAlAffixes, scope);
    }

    private string AndJoin(CslRenderer r, int shown, bool previousInverted)
    {
        var precedes = Options.DelimiterPrecedesLast switch
        {
            "always" => true,
            "never" => false,
            "after-inverted-name" => previousInverted,
            _ => shown > 2,
        };
        if (!ReferenceEquals(andLocale, r.Locale))
        {
            // Built once per locale rather than concatenated for every entry.
            var and = Options.And == "symbol" ? "&" : r.Locale.Term("and") ?? "and";
            andJoins = [" " + and + " ", Options.Delimiter + and + " "];
            andLocale = r.Locale;
        }

        return andJoins[precedes ? 1 : 0];
    }

    private bool IsInverted(CslRenderer r, int index) =>
        r.Mode == CslRenderMode.Sort || Options.NameAsSortOrder == "all" || (Options.NameAsSortOrder == "first" && index == 0);

    private static void RenderLabel(CslRenderer r, CslLabelSpec label, string variable, int count)
    {
        var plural = label.Plural switch
        {
            "always" => true,
            "never" => false,
            _ => count > 1,
        };
        var term = r.Locale.Term(variable, label.Form, plural);
        if (string.IsNullOrEmpty(term))
        {
            return;
        }

        var scope = r.Open(label.Affixes);
        r.AppendStyleText(term);
        r.Close(label.Affixes, scope);
    }
}
