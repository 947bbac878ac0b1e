using System.Globalization;
using System.Text;
using LitTracker.Metadata;
using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;
using LitTracker.Tests.Sources.Reference;

namespace LitTracker.Tests.Import.Reference;

/// <summary>
/// PreparedSource.For and SourceRowWriter.Write as they were before the allocation-free rewrite (commit
/// 4bc0339), for PreparedSourceDifferentialTests: the candidate from the reference folds, the provenance
/// map per record, the authors through JsonSerializer to a string and then UTF-8, every column as text.
/// </summary>
internal static class ReferencePrepare
{
    /// <summary>What the old PreparedSource.For produced, each cell described as "null", "int:v" or "text:" and its bytes in hex.</summary>
    public static (DuplicateCandidate Candidate, string KeyStem, Dictionary<SourceField, FieldOrigin> Provenance, string[] Cells) For(Source source)
    {
        var first = source.Authors.FirstOrDefault();
        var candidate = Candidate(source, first);
        var stem = KeyStem(first?.Family ?? first?.Literal, source.Year);
        var provenance = SourceFieldValues.Filled(source).ToDictionary(f => f, _ => FieldOrigin.Import);
        return (candidate, stem, provenance, Cells(source, candidate.TitleKey, provenance));
    }

    /// <summary>The old row of <paramref name="s"/>, described as <see cref="For"/> does.</summary>
    public static string[] Cells(Source s, string titleKey, Dictionary<SourceField, FieldOrigin> provenance)
    {
        long? I(long? v) => v;
        object?[] values =
        [
            null, s.Type.ToString(), s.Design.ToString(), s.DesignDetail, s.Population.ToString(), Converters.Authors.ConvertToProvider(s.Authors) as string,
            I(s.AuthorsIncomplete ? 1 : 0), s.Title, s.Container, s.ContainerAbbreviation, I(s.Year), I(s.Month), I(s.Day), s.Volume, s.Issue, s.Pages,
            s.Doi?.Value, I(s.Pmid?.Value), s.Pmcid?.Value, s.Url, s.AccessedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Publisher,
            s.Abstract, s.Note, titleKey, Converters.Provenance.ConvertToProvider(provenance) as string,
        ];
        return [.. values.Select(Describe)];
    }

    /// <summary>A cell as the differential tests compare it.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        long v => "int:" + v.ToString(CultureInfo.InvariantCulture),
        string t => "text:" + Convert.ToHexString(Encoding.UTF8.GetBytes(t)),
        byte[] b => "text:" + Convert.ToHexString(b),
        _ => throw new ArgumentException("Not a cell value.", nameof(value)),
    };

    private static DuplicateCandidate Candidate(Source s, Author? first)
    {
        string[] prefixes = ["10.1101/", "10.21203/", "10.2139/", "10.20944/", "10.48550/", "10.2196/preprints", "10.31219/", "10.31234/"];
        var preprint = s.Type == SourceType.Preprint || (s.Doi is { } d && prefixes.Any(p => d.Value.StartsWith(p, StringComparison.Ordinal)));
        return new DuplicateCandidate(s.Id, s.Key, s.Doi, s.Pmid, ReferenceDuplicateTitle.Fold(ReferenceTitleKey.For(s.Title)), s.Year, SurnameKey(first), preprint)
        {
            SurnameParts = ReferenceSurnameMatcher.Parts(first),
            IsOrganisation = ReferenceSurnameMatcher.IsOrganisation(first),
        };
    }

    /// <summary>DuplicateCandidate.SurnameKey before its ASCII short cut.</summary>
    internal static string SurnameKey(Author? author)
    {
        var text = ReferenceSurnameMatcher.Decoded(author?.Family ?? author?.Literal ?? string.Empty);
        if (text.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && ReferenceSurnameMatcher.IsOrganisation(author))
        {
            text = text[4..];
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Keys.Suggest before it decomposed char by char.</summary>
    internal static string KeyStem(string? family, int? year)
    {
        var folded = new StringBuilder();
        foreach (var c in (family ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        var stem = folded.Length == 0 ? "source" : folded.ToString();
        return year is null ? stem : stem + year.Value.ToString(CultureInfo.InvariantCulture);
    }
}
