using System.Diagnostics.CodeAnalysis;

namespace LitTracker.Reports.Bibliography;

/// <summary>Names of <see cref="BibliographyFormat"/> values as users type them.</summary>
public static class BibliographyFormats
{
    /// <summary>The accepted names, in display order: <c>txt</c>, <c>md</c>, <c>html</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["txt", "md", "html"];

    /// <summary>Parses <c>txt</c>, <c>md</c> or <c>html</c> (case-insensitive; <c>text</c>, <c>markdown</c> also accepted).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out BibliographyFormat format)
    {
        format = text?.Trim().ToUpperInvariant() switch
        {
            "TXT" or "TEXT" => BibliographyFormat.Txt,
            "MD" or "MARKDOWN" => BibliographyFormat.Md,
            "HTML" or "HTM" => BibliographyFormat.Html,
            _ => BibliographyFormat.Unspecified,
        };
        return format != BibliographyFormat.Unspecified;
    }

    /// <summary>The file extension (without dot) for a format.</summary>
    public static string Extension(BibliographyFormat format) => format switch
    {
        BibliographyFormat.Txt => "txt",
        BibliographyFormat.Md => "md",
        BibliographyFormat.Html => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Choose txt, md or html."),
    };
}
