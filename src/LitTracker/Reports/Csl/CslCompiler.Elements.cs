using System.Xml.Linq;

namespace LitTracker.Reports.Csl;

/// <summary>Compiling choose, names and date.</summary>
internal sealed partial class CslCompiler
{
    private static readonly string[] ConditionAttributes = ["type", "variable", "is-numeric", "is-uncertain-date", "locator", "position", "disambiguate"];

    private CslChooseNode Choose(XElement element, CslCompileScope scope, string delimiter)
    {
        var branches = new List<CslBranch>();
        foreach (var branch in element.Elements())
        {
            var name = branch.Name.LocalName;
            if (name is not ("if" or "else-if" or "else"))
            {
                Error(branch, $"<{name}> is not allowed in <choose>; use if, else-if and else.");
                continue;
            }

            var tests = new List<CslCondition>();
            foreach (var attribute in ConditionAttributes)
            {
                if ((string?)branch.Attribute(attribute) is { } values)
                {
                    tests.AddRange(values.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => new CslCondition(attribute, v)));
                }
            }

            if (name != "else" && tests.Count == 0)
            {
                Error(branch, $"<{name}> has no condition; add type, variable, is-numeric, is-uncertain-date, locator or position.");
            }

            branches.Add(new CslBranch([.. tests], (string?)branch.Attribute("match") ?? "all", Nodes(branch, scope, delimiter)));
        }

        return new CslChooseNode([.. branches], delimiter);
    }

    private CslNamesNode? Names(XElement element, CslAffixes affixes, CslCompileScope scope, CslNamesNode? parent)
    {
        var variables = ((string?)element.Attribute("variable"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (variables is null || variables.Length == 0)
        {
            Error(element, "<names> needs a variable attribute (e.g. variable=\"author\").");
            return null;
        }

        var options = Attributes(element, new Dictionary<string, string>(scope.Options, StringComparer.Ordinal));
        var delimiter = (string?)element.Attribute("delimiter") ?? scope.Options.GetValueOrDefault("names-delimiter") ?? string.Empty;
        var node = new CslNamesNode(variables, delimiter, affixes);
        var name = element.Elements().FirstOrDefault(e => e.Name.LocalName == "name");
        if (name is null && parent is not null)
        {
            node.Options = parent.Options;
            node.EtAlTerm = parent.EtAlTerm;
            node.EtAlAffixes = parent.EtAlAffixes;
            node.Label = parent.Label;
            return node;
        }

        if (name is not null)
        {
            var nameAttributes = Attributes(name, options);
            nameAttributes.Remove("prefix");
            nameAttributes.Remove("suffix");
            if (element.Attribute("delimiter") is not null && name.Attribute("delimiter") is null)
            {
                // The names element's delimiter separates variables, not names.
                nameAttributes.Remove("delimiter");
            }

            var parts = name.Elements().Where(e => e.Name.LocalName == "name-part").ToList();
            var family = parts.FirstOrDefault(p => (string?)p.Attribute("name") == "family");
            var given = parts.FirstOrDefault(p => (string?)p.Attribute("name") == "given");
            node.Options = CslNameOptions.From(
                a => nameAttributes.GetValueOrDefault(a),
                CslAffixes.From(name),
                family is null ? CslAffixes.Empty : CslAffixes.From(family),
                given is null ? CslAffixes.Empty : CslAffixes.From(given));
        }
        else
        {
            options.Remove("delimiter");
            options.Remove("prefix");
            options.Remove("suffix");
            node.Options = CslNameOptions.From(a => options.GetValueOrDefault(a), CslAffixes.Empty, CslAffixes.Empty, CslAffixes.Empty);
        }

        var sawName = false;
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "name":
                    sawName = true;
                    break;
                case "et-al":
                    node.EtAlTerm = (string?)child.Attribute("term") ?? "et-al";
                    node.EtAlAffixes = CslAffixes.From(child);
                    break;
                case "label":
                    // Without a <name> child the name is implicit and comes first, so the label follows it.
                    node.Label = new CslLabelSpec(CslLocale.ParseForm((string?)child.Attribute("form")), (string?)child.Attribute("plural") ?? "contextual", CslAffixes.From(child), name is not null && !sawName);
                    break;
                case "substitute":
                    node.Substitute = child.Elements()
                        .Select(e => e.Name.LocalName == "names" ? Names(e, CslAffixes.From(e), scope, node) : Node(e, scope))
                        .OfType<CslNode>()
                        .ToArray();
                    break;
                default:
                    Error(child, $"<{child.Name.LocalName}> is not allowed in <names>; use name, et-al, label and substitute.");
                    break;
            }
        }

        return node;
    }

    private CslDateNode? Date(XElement element, CslAffixes affixes)
    {
        var variable = Required(element, "variable");
        if (variable is null)
        {
            return null;
        }

        var overrides = element.Elements().Where(e => e.Name.LocalName == "date-part").ToList();
        var form = (string?)element.Attribute("form");
        if (form is null)
        {
            if (overrides.Count == 0)
            {
                Error(element, "A non-localised <date> needs <date-part> children; or add form=\"text\" or form=\"numeric\".");
            }

            var parts = overrides.Select(p => new CslDatePart(
                (string?)p.Attribute("name") ?? "year", (string?)p.Attribute("form"), CslAffixes.From(p), (string?)p.Attribute("range-delimiter") ?? "\u2013"));
            return new CslDateNode(variable, [.. parts], (string?)element.Attribute("delimiter") ?? string.Empty, affixes);
        }

        if (form is not ("text" or "numeric"))
        {
            Error(element, $"<date form=\"{form}\"> is not a CSL form; use text or numeric.");
        }

        var localised = locale.DateFormat(form == "numeric" ? "numeric" : "text");
        if (localised is null)
        {
            Error(element, $"The locale {locale.Language} has no {form} date format.");
            return null;
        }

        var wanted = (string?)element.Attribute("date-parts") ?? "year-month-day";
        var compiled = new List<CslDatePart>();
        foreach (var part in localised.Elements().Where(e => e.Name.LocalName == "date-part"))
        {
            var name = (string?)part.Attribute("name") ?? "year";
            if (name == "day" && wanted != "year-month-day" || name == "month" && wanted == "year")
            {
                continue;
            }

            var over = overrides.FirstOrDefault(o => (string?)o.Attribute("name") == name);
            var partAffixes = CslAffixes.From(part);
            compiled.Add(new CslDatePart(
                name,
                (string?)over?.Attribute("form") ?? (string?)part.Attribute("form"),
                over is null ? partAffixes : partAffixes.Override(over),
                (string?)over?.Attribute("range-delimiter") ?? (string?)part.Attribute("range-delimiter") ?? "\u2013"));
        }

        return new CslDateNode(variable, [.. compiled], (string?)localised.Attribute("delimiter") ?? string.Empty, affixes);
    }
}
