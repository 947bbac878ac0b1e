using System.Text;
using System.Text.Json;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;
using LitTracker.Tests.Sources.Reference;

namespace LitTracker.Tests.Sources;

/// <summary>
/// TitleKey.For, DuplicateTitle.Fold, DuplicateCandidate.SurnameKey and SurnameMatcher with their short cuts
/// against the versions before them (kept in Reference/): the same strings, char for char, on the
/// labelled pairs' titles and names and on random text mixing ASCII, markup, LaTeX and Unicode.
/// </summary>
public class TitleKeyDifferentialTests
{
    private static readonly string[] Pieces =
    [
        "Effect", "of", "RANDOMISED", "tumour", "paediatric", "sulphate", "programme", "centre", "catalogue", "modelling", "analyse",
        "organisation", "colourful", "oestrogen", "haemoglobin", "labelled", "travellers", "fibre", "spectres", "Alzheimer's", "6",
        "<i>", "</i>", "<sub>2</sub>", "&#8212;", "&mdash;", "&amp;", "&lt;i&gt;", "&#x2013;", "&bogus;", "{\\'E}tude", "\\emph{x}", "\\&", "{", "}", "—", "–", "é", "Müller", "Ø", "İstanbul", "ß",
        "ﬁbrosis", "van der", "RECOVERY Collaborative Group", "O'Brien", "García-Márquez", "Lopez-Bernal", "The", "de la Cruz", "e\u0301", "日本", "Ⅷ", "²", "\t", "  ", "-", ":", "(", ")", "[abstract]", "Abstract CT101:", "PL02.05", "a", "x",
    ];

    [Fact]
    public void For_LabelledTitlesAndRandomText_SameKeysAsBefore()
    {
        foreach (var title in LabelledTexts("t").Concat(RandomTexts(20_000)))
        {
            var key = TitleKey.For(title);
            Assert.Equal(ReferenceTitleKey.For(title), key);
            Assert.Equal(ReferenceDuplicateTitle.Fold(key), DuplicateTitle.Fold(key));
        }
    }

    [Fact]
    public void SurnameKey_LabelledNamesAndRandomText_SameKeysAsBefore()
    {
        foreach (var name in LabelledTexts("au").Concat(RandomTexts(5_000)))
        {
            var author = new Author(name, "A");
            Assert.Equal(ReferenceSurnameKey(author), DuplicateCandidate.SurnameKey(author));
            var organisation = Author.Organisation(name);
            Assert.Equal(ReferenceSurnameKey(organisation), DuplicateCandidate.SurnameKey(organisation));
            Assert.Equal(ReferenceSurnameMatcher.Parts(author), SurnameMatcher.Parts(author));
            Assert.Equal(ReferenceSurnameMatcher.IsOrganisation(author), SurnameMatcher.IsOrganisation(author));
            Assert.Equal(ReferenceSurnameMatcher.Parts(organisation), SurnameMatcher.Parts(organisation));
        }
    }

    // DuplicateCandidate.SurnameKey before its ASCII short cut (entities decoded since session 5: names with '&' only).
    private static string ReferenceSurnameKey(Author? author)
    {
        var text = ReferenceSurnameMatcher.Decoded(author?.Family ?? author?.Literal ?? string.Empty);
        if (text.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && SurnameMatcher.IsOrganisation(author))
        {
            text = text[4..];
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<string> RandomTexts(int count)
    {
        var random = new Random(11);
        for (var i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(1, 14); n > 0; n--)
            {
                sb.Append(random.Next(3) == 0 ? (char)random.Next(32, 127) : ' ');
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            }

            yield return random.Next(2) == 0 ? sb.ToString() : sb.ToString().ToLowerInvariant();
        }
    }

    private static IEnumerable<string> LabelledTexts(string field)
    {
        foreach (var file in new[] { "duplicate-pairs.jsonl", "heldout-pairs.jsonl", "heldout3-pairs.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Import", "Duplicates", file)))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                foreach (var side in new[] { "a", "b" })
                {
                    if (json.RootElement.TryGetProperty(side, out var record) && record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        yield return value.GetString()!;
                    }
                }
            }
        }
    }
}
