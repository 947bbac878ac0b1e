using System.Xml;
using System.Xml.Linq;

namespace LitTracker.Metadata.PubMed;

/// <summary>Safe loading and lenient reading of NCBI XML.</summary>
internal static class NcbiXml
{
    /// <summary>
    /// Every NCBI response starts with a DOCTYPE, so DTDs cannot be prohibited outright: they are
    /// ignored (never parsed, never fetched) and no resolver is set, which rules out external
    /// entities and entity expansion attacks alike.
    /// </summary>
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static XDocument? Load(TextReader text, out MetadataIssue? issue)
    {
        try
        {
            using var reader = XmlReader.Create(text, Settings);
            issue = null;
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            issue = new MetadataIssue($"NCBI's answer is not well-formed XML ({e.Message}). It may be truncated: retry the request.", e.LineNumber > 0 ? e.LineNumber : null, e.LinePosition > 0 ? e.LinePosition : null);
            return null;
        }
    }

    /// <summary>The text of a child element with whitespace collapsed (inline markup such as &lt;i&gt; is flattened).</summary>
    public static string? Text(XElement? parent, string name) => MarkupText.Collapse(parent?.Element(name)?.Value);

    public static string? Text(XElement? element) => MarkupText.Collapse(element?.Value);

    public static int? Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    public static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value.Trim();
}
