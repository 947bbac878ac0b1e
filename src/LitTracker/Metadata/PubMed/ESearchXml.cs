using LitTracker.Sources;

namespace LitTracker.Metadata.PubMed;

/// <summary>Reads the PMIDs of an esearch XML answer (<c>eSearchResult/IdList/Id</c>).</summary>
public static class ESearchXml
{
    /// <summary>The ids found (possibly none), or null with <paramref name="issue"/> set when the body is not a usable esearch result.</summary>
    public static IReadOnlyList<Pmid>? Ids(string xml, out MetadataIssue? issue)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = new StringReader(xml);
        var document = NcbiXml.Load(reader, out issue);
        if (document?.Root is not { } root)
        {
            issue ??= new MetadataIssue("NCBI sent an empty body. Retry the request.");
            return null;
        }

        if (root.Name.LocalName != "eSearchResult")
        {
            issue = new MetadataIssue($"Expected an esearch result, got <{root.Name.LocalName}>. Check the NCBI base URL.", NcbiXml.Line(root));
            return null;
        }

        if (root.Element("ERROR") is { } error && NcbiXml.Text(error) is { } message)
        {
            issue = new MetadataIssue($"NCBI reported: {message}.");
            return null;
        }

        issue = null;
        return [.. (root.Element("IdList")?.Elements("Id") ?? []).Select(NcbiXml.Text).Select(t => Pmid.TryParse(t, out var p) ? p : (Pmid?)null).OfType<Pmid>()];
    }
}
