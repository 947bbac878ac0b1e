using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;

namespace LitTracker.Reports.Csl;

/// <summary>
/// A loaded, validated CSL 1.0.2 style. Compiled per locale on first use and cached, so a style
/// object should be created once and reused. Thread-safe.
/// </summary>
public sealed class CslStyle
{
    /// <summary>The CSL namespace every style element lives in.</summary>
    public const string Namespace = "http://purl.org/net/xbiblio/csl";

    private readonly XElement root;
    private readonly string file;
    private readonly ConcurrentDictionary<string, CslCompiledStyle> compiled = new(StringComparer.OrdinalIgnoreCase);

    private CslStyle(XElement root, string file)
    {
        this.root = root;
        this.file = file;
        var info = root.Elements().FirstOrDefault(e => e.Name.LocalName == "info");
        Title = info?.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value.Trim() ?? string.Empty;
        Id = info?.Elements().FirstOrDefault(e => e.Name.LocalName == "id")?.Value.Trim() ?? string.Empty;
        DefaultLocale = (string?)root.Attribute("default-locale");
        IsNote = (string?)root.Attribute("class") == "note";
    }

    /// <summary>The style's title.</summary>
    public string Title { get; }

    /// <summary>The style's id (usually a zotero.org URL).</summary>
    public string Id { get; }

    /// <summary>The style's default-locale, or null (en-US is then used).</summary>
    public string? DefaultLocale { get; }

    /// <summary>True for note styles (class="note").</summary>
    public bool IsNote { get; }

    /// <summary>True when the bibliography shows citation numbers (numeric styles).</summary>
    public bool IsNumeric => root.ToString(SaveOptions.DisableFormatting).Contains("variable=\"citation-number\"", StringComparison.Ordinal);

    /// <summary>
    /// Parses and validates a style. A dependent style is resolved through
    /// <paramref name="resolveParent"/> (given the parent's id, returns its XML or null).
    /// </summary>
    public static CslStyleResult Parse(string xml, string file, Func<string, string?>? resolveParent = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(file);
        var issues = new List<CslStyleIssue>();
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            issues.Add(new CslStyleIssue(file, ex.LineNumber, ex.LinePosition, $"The style is not well-formed XML ({ex.Message.Split(" Line ")[0].TrimEnd('.', ',')}). Fix the XML there."));
            return new CslStyleResult(null, issues);
        }

        var root = document.Root!;
        if (root.Name.LocalName != "style" || root.Name.NamespaceName != Namespace)
        {
            issues.Add(Issue(file, root, $"The root element must be <style xmlns=\"{Namespace}\">; this is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}'. Is this a CSL file?"));
            return new CslStyleResult(null, issues);
        }

        if ((string?)root.Attribute("version") is not { } version || !version.StartsWith("1.0", StringComparison.Ordinal))
        {
            issues.Add(Issue(file, root, "The <style> element needs version=\"1.0\" (CSL 1.0.x); older CSL 0.8 styles must be converted first."));
        }

        if ((string?)root.Attribute("class") is not ("in-text" or "note") && !IsDependent(root))
        {
            issues.Add(Issue(file, root, "The <style> element needs class=\"in-text\" or class=\"note\"."));
        }

        if (IsDependent(root))
        {
            return ResolveDependent(root, file, resolveParent, issues);
        }

        var style = new CslStyle(root, file);
        var compiledDefault = style.Compile(style.DefaultLocale, issues);
        style.compiled[LocaleKey(style.DefaultLocale)] = compiledDefault;
        return new CslStyleResult(issues.Count == 0 ? style : null, issues);
    }

    /// <summary>Loads a style, throwing <see cref="FormatException"/> listing the problems (for trusted, shipped styles).</summary>
    public static CslStyle Load(string xml, string file, Func<string, string?>? resolveParent = null)
    {
        var result = Parse(xml, file, resolveParent);
        return result.IsValid ? result.Style! : throw new FormatException(string.Join(Environment.NewLine, result.Issues));
    }

    internal CslCompiledStyle Compiled(string? locale)
    {
        var key = LocaleKey(locale ?? DefaultLocale);
        return compiled.GetOrAdd(key, _ => Compile(locale ?? DefaultLocale, []));
    }

    private CslCompiledStyle Compile(string? localeName, List<CslStyleIssue> issues)
    {
        var locale = CslLocale.ForLanguage(localeName).WithOverrides(root.Elements().Where(e => e.Name.LocalName == "locale"));
        return new CslCompiler(file, issues, locale).Compile(root);
    }

    private static string LocaleKey(string? locale) => CslLocale.ForLanguage(locale).Language;

    private static bool IsDependent(XElement root) =>
        !root.Elements().Any(e => e.Name.LocalName == "citation") && ParentLink(root) is not null;

    private static string? ParentLink(XElement root) =>
        root.Elements().FirstOrDefault(e => e.Name.LocalName == "info")?.Elements()
            .Where(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") == "independent-parent")
            .Select(e => (string?)e.Attribute("href"))
            .FirstOrDefault();

    private static CslStyleResult ResolveDependent(XElement root, string file, Func<string, string?>? resolveParent, List<CslStyleIssue> issues)
    {
        var parentId = ParentLink(root)!;
        var parentXml = resolveParent?.Invoke(parentId);
        if (parentXml is null)
        {
            issues.Add(Issue(file, root, $"This is a dependent style whose parent '{parentId}' is not available; LitTracker ships {string.Join(", ", CslStyles.Names)}. Download the parent style and pass its file to --style instead."));
            return new CslStyleResult(null, issues);
        }

        var parent = Parse(parentXml, parentId, resolveParent);
        if (parent.Style is null)
        {
            return parent;
        }

        // A dependent style may only change the locale.
        var locale = (string?)root.Attribute("default-locale");
        return locale is null ? parent : Parse(WithLocale(parentXml, locale), parentId, resolveParent);
    }

    private static string WithLocale(string xml, string locale)
    {
        var document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        document.Root!.SetAttributeValue("default-locale", locale);
        return document.ToString();
    }

    private static CslStyleIssue Issue(string file, XElement element, string message)
    {
        var info = (IXmlLineInfo)element;
        return new CslStyleIssue(file, info.LineNumber, info.LinePosition, message);
    }
}
