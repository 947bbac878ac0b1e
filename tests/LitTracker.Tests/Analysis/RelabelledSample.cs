using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using LitTracker.Tests.TestSupport;

namespace LitTracker.Tests.Analysis;

/// <summary>
/// One of our blind relabellings of the shared discussion-sentence file: the repository keeps only
/// each sentence's hash prefix (16 hex digits of its SHA-256), our label and a note; the sentences
/// are joined back from ../shared here, so no third-party text is copied into the repository.
/// </summary>
internal static class RelabelledSample
{
    /// <summary>The rows of <paramref name="file"/> (in tests/…/Analysis) as (sentence, label), in file order.</summary>
    public static List<(string Sentence, string Label)> Load(string file)
    {
        var labels = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Analysis", file)).Skip(1)
            .Select(l => l.Split(',', 3))
            .Select(f => (Hash: f[0], Label: f[1]))
            .ToList();
        var sentences = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(SharedData.Path("testdata", "claims", "health_advice_discussion_dev.csv")))
        using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
        {
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                var sentence = csv.GetField("sentence")!;
                sentences.TryAdd(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sentence)))[..16], sentence);
            }
        }

        var missing = labels.Where(l => !sentences.ContainsKey(l.Hash)).Select(l => l.Hash).ToList();
        Xunit.Assert.True(missing.Count == 0, $"{file}: hash {string.Join(", ", missing)} not in the shared file");
        Xunit.Assert.Equal(labels.Count, labels.Select(l => l.Hash).Distinct(StringComparer.Ordinal).Count());
        return [.. labels.Select(l => (sentences[l.Hash], l.Label))];
    }
}
