using System.Xml;
using System.Xml.Linq;
using LitTracker.Metadata;
using LitTracker.Metadata.PubMed;

namespace LitTracker.Import.PubMedXml;

/// <summary>
/// Reads PubMed efetch XML (<c>PubmedArticleSet</c>) one article at a time, so memory stays flat,
/// and maps each <c>PubmedArticle</c> or <c>PubmedBookArticle</c> with the same code as the PubMed
/// client. DTDs are ignored and never fetched. A document that is not well-formed stops at the
/// error with its line and column; the articles before it are kept.
/// </summary>
public sealed class PubMedXmlParser : ISourceParser
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.PubmedXml;

    /// <inheritdoc />
    public IEnumerable<ParsedSource> Parse(TextReader reader, string file, Action<ImportIssue>? reportIssue = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        return Iterate(reader, file, reportIssue);
    }

    private static IEnumerable<ParsedSource> Iterate(TextReader text, string file, Action<ImportIssue>? report)
    {
        using var xml = XmlReader.Create(text, Settings);
        var info = (IXmlLineInfo)xml;
        var rootSeen = false;
        while (true)
        {
            XElement? element = null;
            var line = 0;
            try
            {
                if (!MoveToArticle(xml, file, report, ref rootSeen))
                {
                    yield break;
                }

                line = info.LineNumber;
                element = (XElement)XNode.ReadFrom(xml);
            }
            catch (XmlException e)
            {
                report?.Invoke(new ImportIssue(file, Math.Max(0, e.LineNumber), e.LinePosition > 0 ? e.LinePosition : null, null, ImportSeverity.Error,
                    $"The XML is not well-formed ({e.Message}); the rest of the file was not read. The file may be truncated: download it again from PubMed."));
                yield break;
            }

            var problems = new List<MetadataIssue>();
            var mapped = element.Name.LocalName == "PubmedArticle"
                ? PubmedArticleFields.Map(element, problems)
                : PubmedBookFields.Map(element, problems);
            foreach (var p in problems)
            {
                report?.Invoke(new ImportIssue(file, line + Math.Max(0, (p.Line ?? 1) - 1), p.Column, null, ImportSeverity.Error, p.Message));
            }

            if (mapped is not null)
            {
                var key = mapped.Source.Pmid?.ToString();
                var issues = mapped.Warnings.Select(w => new ImportIssue(file, line, null, key, ImportSeverity.Warning, w.Message)).ToList();
                yield return new ParsedSource(mapped.Source, line, key, issues);
            }
        }
    }

    // Advances to the next article element; false at the end. The root must be PubmedArticleSet.
    private static bool MoveToArticle(XmlReader xml, string file, Action<ImportIssue>? report, ref bool rootSeen)
    {
        while (xml.NodeType != XmlNodeType.Element || xml.Depth == 0 || xml.LocalName is not ("PubmedArticle" or "PubmedBookArticle"))
        {
            if (!xml.Read())
            {
                return false;
            }

            if (xml.NodeType == XmlNodeType.Element && xml.Depth == 0 && !rootSeen)
            {
                rootSeen = true;
                if (xml.LocalName != "PubmedArticleSet")
                {
                    report?.Invoke(new ImportIssue(file, ((IXmlLineInfo)xml).LineNumber, null, null, ImportSeverity.Error,
                        $"Expected PubMed efetch XML (<PubmedArticleSet>), found <{xml.LocalName}>: download the records with efetch (db=pubmed, retmode=xml) or PubMed's 'Send to: File, XML'."));
                    return false;
                }
            }
        }

        return true;
    }
}
