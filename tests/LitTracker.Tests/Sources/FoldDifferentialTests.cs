using System.Text;
using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;
using LitTracker.Tests.Import.Reference;
using LitTracker.Tests.Sources.Reference;

namespace LitTracker.Tests.Sources;

/// <summary>
/// DuplicateTitle.Fold without Split, the name folds (SurnameKey, SurnameMatcher, Keys.Suggest) in one
/// pass with char-by-char decomposition, against the versions before them: the same strings, char for
/// char, on raw word sequences (labels, possessives, empty words, spellings) and on names mixing every
/// char of the decomposition table with combining marks, particles, organisation words and other scripts.
/// </summary>
public class FoldDifferentialTests
{
    private static readonly string[] TitleWords =
    [
        "abstract", "poster", "oral", "lba", "late", "breaking", "ct101", "p12", "pl02", "05", "0345", "123456", "lba5", "a1b", "CT101",
        "s", "", "x", "of", "randomised", "colour", "four", "programme", "haemoglobin", "oestrogen", "sulphate", "fibre", "centres",
        "catalogue", "travelling", "labelled", "analyse", "organisations", "behaviours", "knee", "pain", "é", "naïve", "Colour", "2024",
        "analysed", "dialogues", "theatres", "modelling", "fuelled", "favourable", "colourised", "paediatrician", "manoeuvre", "ourselves",
    ];

    private static readonly string[] SpellingFragments =
    [
        "ae", "oe", "our", "is", "ys", "e", "ed", "es", "ing", "ation", "ations", "tre", "bre", "s", "ogue", "ll", "er", "ers", "sulph",
        "programme", "a", "o", "u", "r", "t", "b", "l", "i", "y", "abc", "xyz",
    ];

    private static readonly string[] NamePieces =
    [
        "Smith", "van der", "de la", "O'Brien", "García-Márquez", "Lopez Bernal", "Müller", "Østergaard", "Łukasiewicz", "Ἀθηνᾶ", "ΐ",
        "Кузнецов", "Group", "Study", "Investigators", "The ", "THE ", "the", "Research", "WHO", "St", "Mac", "김", "日本", "😀", "e\u0301",
        "\u0316\u0301", "ǅ", "ß", "ﬁ", "  ", "-", "'", ".", ",", "1", "A", "\u00A0", "\u02B0", "\u0345",
    ];

    [Fact]
    public void Fold_RawWordSequences_SameAsBefore()
    {
        var random = new Random(17);
        for (var i = 0; i < 30_000; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => TitleWords[random.Next(TitleWords.Length)]);
            var key = string.Join(' ', words);

            Assert.Equal(ReferenceDuplicateTitle.Fold(key), DuplicateTitle.Fold(key));
        }
    }

    [Fact]
    public void Folds_LongTitlesAndNames_SameAsBefore()
    {
        // Past the stack buffers: more than 128 words, more than 512 chars, names past 64 chars.
        var random = new Random(29);
        for (var i = 0; i < 200; i++)
        {
            var key = string.Join(' ', Enumerable.Range(0, random.Next(100, 400)).Select(_ => TitleWords[random.Next(TitleWords.Length)]));
            var name = string.Concat(Enumerable.Range(0, random.Next(10, 60)).Select(_ => RandomName(random)));
            var author = new Author(name, "A");

            Assert.Equal(ReferenceDuplicateTitle.Fold(key), DuplicateTitle.Fold(key));
            Assert.Equal(ReferencePrepare.SurnameKey(author), DuplicateCandidate.SurnameKey(author));
            Assert.Equal(ReferenceSurnameMatcher.Parts(author), SurnameMatcher.Parts(author));
            Assert.Equal(ReferencePrepare.KeyStem(name, 2020), Keys.Suggest(name, 2020));
        }
    }

    [Fact]
    public void Fold_NothingToFold_ReturnsTheKeyItself()
    {
        var key = "effect of knee injection on pain";

        Assert.Same(key, DuplicateTitle.Fold(key));
    }

    [Fact]
    public void Spelling_RandomFragments_SameAsBefore()
    {
        var random = new Random(19);
        for (var i = 0; i < 50_000; i++)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => SpellingFragments[random.Next(SpellingFragments.Length)]));

            Assert.Equal(ReferenceDuplicateTitle.Spelling(word), DuplicateTitle.Spelling(word));
        }
    }

    [Fact]
    public void Spelling_EveryTitleWord_SameAsBefore()
    {
        foreach (var word in TitleWords)
        {
            Assert.Equal(ReferenceDuplicateTitle.Spelling(word), DuplicateTitle.Spelling(word));
        }
    }

    [Fact]
    public void NameFolds_TableCharsMarksAndOtherScripts_SameAsBefore()
    {
        var random = new Random(23);
        for (var i = 0; i < 40_000; i++)
        {
            var name = RandomName(random);
            foreach (var author in new[] { new Author(name, "A"), Author.Organisation(name) })
            {
                Assert.Equal(ReferencePrepare.SurnameKey(author), DuplicateCandidate.SurnameKey(author));
                Assert.Equal(ReferenceSurnameMatcher.Parts(author), SurnameMatcher.Parts(author));
                Assert.Equal(ReferenceSurnameMatcher.IsOrganisation(author), SurnameMatcher.IsOrganisation(author));
            }

            var year = random.Next(3) == 0 ? (int?)null : random.Next(-5, 3000);
            Assert.Equal(ReferencePrepare.KeyStem(name, year), Keys.Suggest(name, year));
        }
    }

    [Fact]
    public void NameFolds_HtmlEntities_SameAsTheReferenceWithEntitiesDecoded()
    {
        // The references decode entities too (the one deliberate change to them); names without '&' are untouched.
        string[] entities = ["&uuml;", "&#8217;", "&#x00E9;", "&amp;", "&Oslash;", "&nbsp;", "&#0;", "&bogus;", "&", "&#;", "&lt;"];
        var random = new Random(31);
        for (var i = 0; i < 20_000; i++)
        {
            var name = RandomName(random) + entities[random.Next(entities.Length)] + RandomName(random);
            foreach (var author in new[] { new Author(name, "A"), Author.Organisation(name) })
            {
                Assert.Equal(ReferencePrepare.SurnameKey(author), DuplicateCandidate.SurnameKey(author));
                Assert.Equal(ReferenceSurnameMatcher.Parts(author), SurnameMatcher.Parts(author));
                Assert.Equal(ReferenceSurnameMatcher.IsOrganisation(author), SurnameMatcher.IsOrganisation(author));
            }
        }
    }

    [Fact]
    public void NameFolds_NoAuthorOrEmptyNames_SameAsBefore()
    {
        foreach (var author in new Author?[] { null, new(null), new(string.Empty), Author.Organisation(" "), Author.Organisation("The "), new("The Group") })
        {
            Assert.Equal(ReferencePrepare.SurnameKey(author), DuplicateCandidate.SurnameKey(author));
            Assert.Equal(ReferenceSurnameMatcher.Parts(author), SurnameMatcher.Parts(author));
            Assert.Equal(ReferenceSurnameMatcher.IsOrganisation(author), SurnameMatcher.IsOrganisation(author));
        }

        Assert.Equal(ReferencePrepare.KeyStem(null, null), Keys.Suggest(null, null));
        Assert.Equal(ReferencePrepare.KeyStem("", 2020), Keys.Suggest("", 2020));
    }

    [Fact]
    public void TryDecompose_EveryCharOfTheTable_IsItsNormalForm()
    {
        var buffer = new char[Decomposition.MaxExpansion];
        for (var c = '\u0080'; c < '\u2200'; c++)
        {
            Assert.True(Decomposition.TryDecompose([c], buffer, out var written));
            Assert.Equal(c.ToString().Normalize(NormalizationForm.FormD), new string(buffer, 0, written));
        }
    }

    [Fact]
    public void ToLowerInvariant_EveryChar_IsTheRuntimes()
    {
        for (var c = '\0'; c < char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant(c), Decomposition.ToLowerInvariant(c));
        }
    }

    [Fact]
    public void TryDecompose_CharOutsideTheTable_SaysSo()
    {
        var buffer = new char[16];

        Assert.False(Decomposition.TryDecompose("Kim 김", buffer, out _));
        Assert.False(Decomposition.TryDecompose("x ≤ y", buffer, out _));
    }

    private static string RandomName(Random random)
    {
        var sb = new StringBuilder();
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            switch (random.Next(4))
            {
                case 0:
                    // Any char of the table, combining marks included; Latin and Greek extended more often.
                    sb.Append((char)(random.Next(2) == 0 ? random.Next(0x80, 0x2200) : random.Next(0x1E00, 0x2000)));
                    break;
                case 1:
                    sb.Append((char)random.Next(0x300, 0x370));
                    break;
                default:
                    sb.Append(NamePieces[random.Next(NamePieces.Length)]);
                    break;
            }

            if (random.Next(3) == 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }
}
