using System.CommandLine;
using LitTracker.Metadata.Http;

namespace LitTracker.Cli.Commands;

/// <summary>
/// The registry options shared by <c>add</c> and <c>enrich</c>. Settings come from the defaults of
/// <see cref="MetadataOptions"/>, then <c>LITTRACKER_Metadata__*</c> environment variables, then these options.
/// </summary>
internal sealed class MetadataCliOptions
{
    private readonly Option<string?> crossrefUrl = new("--crossref-url") { Description = "Crossref REST API root (default https://api.crossref.org; env LITTRACKER_Metadata__CrossrefBaseUrl).", HelpName = "URL" };
    private readonly Option<string?> ncbiUrl = new("--ncbi-url") { Description = "NCBI E-utilities root (default https://eutils.ncbi.nlm.nih.gov/entrez/eutils; env LITTRACKER_Metadata__NcbiBaseUrl).", HelpName = "URL" };
    private readonly Option<string?> mailto = new("--mailto") { Description = "Your contact address, sent to Crossref (polite pool) and NCBI (env LITTRACKER_Metadata__Mailto).", HelpName = "EMAIL" };
    private readonly Option<string?> apiKey = new("--ncbi-api-key") { Description = "NCBI API key: 10 requests/s instead of 3 (env LITTRACKER_Metadata__ApiKey).", HelpName = "KEY" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(crossrefUrl);
        command.Options.Add(ncbiUrl);
        command.Options.Add(mailto);
        command.Options.Add(apiKey);
    }

    /// <summary>The validated settings; a bad one is an InvalidInput error naming it.</summary>
    public MetadataOptions Build(ParseResult parse, CliContext cli)
    {
        var options = new MetadataOptions();
        try
        {
            MetadataOptionsBinder.ApplyEnvironment(options, cli.Environment);
            MetadataOptionsBinder.Apply(options, [
                new("CrossrefBaseUrl", parse.GetValue(crossrefUrl)),
                new("NcbiBaseUrl", parse.GetValue(ncbiUrl)),
                new("Mailto", parse.GetValue(mailto)),
                new("ApiKey", parse.GetValue(apiKey)),
            ]);
            options.Validate();
        }
        catch (InvalidOperationException e)
        {
            throw LitTrackerException.Invalid("metadata", e.Message + " Fix the option or the LITTRACKER_Metadata__ variable (see docs/metadata.md).");
        }

        return options;
    }
}
