using System.Xml;
using System.Xml.Linq;

namespace LitTracker.Reports.Csl;

/// <summary>
/// Compiles a style document into evaluation trees once: inheritable name options are resolved,
/// macros are inlined by reference, localised date formats are merged. Problems are collected
/// with their line and column.
/// </summary>
internal sealed partial class CslCompiler
{
    private static readonly string[] Inheritable =
    [
        "and", "delimiter-precedes-et-al", "delimiter-precedes-last", "et-al-min", "et-al-use-first", "et-al-use-last",
        "et-al-subsequent-min", "et-al-subsequent-use-first", "initialize", "initialize-with", "name-as-sort-order",
        "sort-separator", "name-form", "name-delimiter", "names-delimiter", "demote-non-dropping-particle", "initialize-with-hyphen",
    ];

    private readonly string file;
    private readonly List<CslStyleIssue> issues;
    private readonly Dictionary<string, XElement> macros = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Macro, string Context), CslMacroCallNode> compiledMacros = [];
    private readonly HashSet<string> compiling = new(StringComparer.Ordinal);
    private readonly CslLocale locale;

    public CslCompiler(string file, List<CslStyleIssue> issues, CslLocale locale)
    {
        this.file = file;
        this.issues = issues;
        this.locale = locale;
    }

    public bool UsesYearSuffix { get; private set; }

    public CslCompiledStyle Compile(XElement style)
    {
        foreach (var macro in Children(style, "macro"))
        {
            var name = (string?)macro.Attribute("name");
            if (name is null)
            {
                Error(macro, "<macro> needs a name attribute.");
            }
            else if (!macros.TryAdd(name, macro))
            {
                Error(macro, $"The macro '{name}' is defined twice; rename or remove one.");
            }
        }

        var root = Attributes(style, new Dictionary<string, string>(StringComparer.Ordinal));
        var citationElement = Children(style, "citation").FirstOrDefault();
        if (citationElement is null)
        {
            Error(style, "The style has no <citation> element; every CSL style needs one.");
        }

        var citation = citationElement is null ? new CslLayout([], CslAffixes.Empty, string.Empty, [], root) : Layout(citationElement, root, "citation");
        var bibliographyElement = Children(style, "bibliography").FirstOrDefault();
        var bibliography = bibliographyElement is null ? null : Layout(bibliographyElement, root, "bibliography");
        return new CslCompiledStyle(locale, (string?)style.Attribute("page-range-format"), UsesYearSuffix, citation, bibliography);
    }

    private CslLayout Layout(XElement element, Dictionary<string, string> inherited, string context)
    {
        var options = Attributes(element, inherited);
        var layout = Children(element, "layout").FirstOrDefault();
        if (layout is null)
        {
            Error(element, $"<{element.Name.LocalName}> has no <layout>; add one.");
            return new CslLayout([], CslAffixes.Empty, string.Empty, [], options);
        }

        var scope = new CslCompileScope(context, options);
        var children = Nodes(layout, scope);
        var sort = Children(element, "sort").FirstOrDefault() is { } sortElement ? SortKeys(sortElement, scope) : [];
        return new CslLayout(children, CslAffixes.From(layout), (string?)layout.Attribute("delimiter") ?? string.Empty, sort, options);
    }

    private CslSortKey[] SortKeys(XElement sort, CslCompileScope scope)
    {
        var keys = new List<CslSortKey>();
        foreach (var key in Children(sort, "key"))
        {
            var descending = (string?)key.Attribute("sort") == "descending";
            if ((string?)key.Attribute("variable") is { } variable)
            {
                keys.Add(new CslSortKey(variable, null, descending));
                continue;
            }

            if ((string?)key.Attribute("macro") is not { } macro)
            {
                Error(key, "<key> needs a variable or a macro attribute.");
                continue;
            }

            var options = new Dictionary<string, string>(scope.Options, StringComparer.Ordinal);
            foreach (var (from, to) in new[] { ("names-min", "et-al-min"), ("names-use-first", "et-al-use-first"), ("names-use-last", "et-al-use-last") })
            {
                if ((string?)key.Attribute(from) is { } value)
                {
                    options[to] = value;
                }
            }

            var sortScope = new CslCompileScope(scope.Context + "/sort:" + string.Join(",", options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + "=" + o.Value)), options);
            keys.Add(new CslSortKey(null, [Macro(key, macro, CslAffixes.Empty, sortScope)], descending));
        }

        return [.. keys];
    }

    private static Dictionary<string, string> Attributes(XElement element, Dictionary<string, string> inherited)
    {
        var result = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        foreach (var attribute in element.Attributes())
        {
            result[attribute.Name.LocalName] = attribute.Value;
        }

        return result;
    }

    private CslNode[] Nodes(XElement parent, CslCompileScope scope, string? delimiter = null)
    {
        var nodes = new List<CslNode>();
        delimiter ??= parent.Name.LocalName == "group" ? (string?)parent.Attribute("delimiter") ?? string.Empty : string.Empty;
        foreach (var child in parent.Elements())
        {
            if (Node(child, scope, delimiter) is { } node)
            {
                nodes.Add(node);
            }
        }

        return [.. nodes];
    }

    private CslNode? Node(XElement element, CslCompileScope scope, string delimiter = "")
    {
        var affixes = CslAffixes.From(element);
        switch (element.Name.LocalName)
        {
            case "text":
                return Text(element, affixes, scope);
            case "number":
                var numberVariable = Required(element, "variable");
                return numberVariable is null ? null : new CslNumberNode(numberVariable, (string?)element.Attribute("form") ?? "numeric", affixes);
            case "label":
                var labelVariable = Required(element, "variable");
                return labelVariable is null ? null : new CslLabelNode(labelVariable, CslLocale.ParseForm((string?)element.Attribute("form")), (string?)element.Attribute("plural") ?? "contextual", affixes);
            case "group":
                return new CslGroupNode(Nodes(element, scope), (string?)element.Attribute("delimiter") ?? string.Empty, affixes, isGroup: true);
            case "choose":
                return Choose(element, scope, delimiter);
            case "names":
                return Names(element, affixes, scope, null);
            case "date":
                return Date(element, affixes);
            default:
                Error(element, $"<{element.Name.LocalName}> is not a CSL rendering element here; use text, number, label, names, date, group or choose.");
                return null;
        }
    }

    private CslNode? Text(XElement element, CslAffixes affixes, CslCompileScope scope)
    {
        var form = CslLocale.ParseForm((string?)element.Attribute("form"));
        if ((string?)element.Attribute("variable") is { } variable)
        {
            if (variable == "year-suffix")
            {
                UsesYearSuffix = true;
            }

            return new CslTextNode(variable, null, null, form, false, affixes);
        }

        if ((string?)element.Attribute("macro") is { } macro)
        {
            return Macro(element, macro, affixes, scope);
        }

        if ((string?)element.Attribute("term") is { } term)
        {
            return new CslTextNode(null, term, null, form, (string?)element.Attribute("plural") == "true", affixes);
        }

        if ((string?)element.Attribute("value") is { } value)
        {
            return new CslTextNode(null, null, value, form, false, affixes);
        }

        Error(element, "<text> needs one of variable, macro, term or value.");
        return null;
    }

    private CslMacroCallNode Macro(XElement at, string name, CslAffixes affixes, CslCompileScope scope)
    {
        var call = new CslMacroCallNode(name, affixes);
        if (!macros.TryGetValue(name, out var macro))
        {
            Error(at, $"The macro '{name}' is not defined; check its spelling or add <macro name=\"{name}\">.");
            return call;
        }

        if (compiling.Contains(name))
        {
            Error(at, $"The macro '{name}' calls itself (directly or through other macros); CSL macros may not recurse.");
            return call;
        }

        var key = (name, scope.Context);
        if (compiledMacros.TryGetValue(key, out var compiled))
        {
            call.Body = compiled.Body;
            return ReferenceEquals(affixes, CslAffixes.Empty) ? compiled : call;
        }

        compiling.Add(name);

        var shared = new CslMacroCallNode(name, CslAffixes.Empty);
        compiledMacros[key] = shared;
        shared.Body = Nodes(macro, scope);
        compiling.Remove(name);
        call.Body = shared.Body;
        return ReferenceEquals(affixes, CslAffixes.Empty) ? shared : call;
    }

    private string? Required(XElement element, string attribute)
    {
        var value = (string?)element.Attribute(attribute);
        if (value is null)
        {
            Error(element, $"<{element.Name.LocalName}> needs a {attribute} attribute.");
        }

        return value;
    }

    private static IEnumerable<XElement> Children(XElement element, string name) =>
        element.Elements().Where(e => e.Name.LocalName == name);

    private void Error(XElement element, string message)
    {
        var info = (IXmlLineInfo)element;
        issues.Add(new CslStyleIssue(file, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, message));
    }
}
