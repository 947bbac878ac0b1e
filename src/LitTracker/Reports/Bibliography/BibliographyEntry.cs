using LitTracker.Articles;
using LitTracker.Sources;

namespace LitTracker.Reports.Bibliography;

/// <summary>
/// One numbered entry: a resolved <see cref="Sources.Source"/>, or a printed reference nobody could
/// identify, shown verbatim with the reason.
/// </summary>
public sealed record BibliographyEntry
{
    private BibliographyEntry(Source? source, string? printedText, string? unresolvedReason)
    {
        Source = source;
        PrintedText = printedText;
        UnresolvedReason = unresolvedReason;
    }

    /// <summary>The source, when resolved.</summary>
    public Source? Source { get; }

    /// <summary>The reference as printed, when unresolved.</summary>
    public string? PrintedText { get; }

    /// <summary>Why it is unresolved (may be null for unresolved entries without a stated reason).</summary>
    public string? UnresolvedReason { get; }

    /// <summary>True when the entry is a resolved source.</summary>
    public bool IsResolved => Source is not null;

    /// <summary>An entry for a source.</summary>
    public static BibliographyEntry Resolved(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BibliographyEntry(source, null, null);
    }

    /// <summary>An entry for a printed reference that could not be identified.</summary>
    public static BibliographyEntry Unresolved(string printedText, string? reason)
    {
        ArgumentNullException.ThrowIfNull(printedText);
        return new BibliographyEntry(null, printedText, reason);
    }

    /// <summary>
    /// An entry for a printed reference: its source when resolved, else its text and reason.
    /// Throws when the reference is resolved but its source was not loaded (a query bug).
    /// </summary>
    public static BibliographyEntry FromReference(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Source is { } source)
        {
            return Resolved(source);
        }

        if (reference.IsResolved)
        {
            throw new ArgumentException(
                $"Reference {reference.Position} is resolved to source {reference.SourceId} but the source was not loaded; include Reference.Source in the query.",
                nameof(reference));
        }

        return Unresolved(reference.Text, reference.UnresolvedReason);
    }
}
