using LitTracker.Metadata;
using LitTracker.Persistence;
using LitTracker.Sources;
using LitTracker.Sources.Duplicates;

namespace LitTracker.Import;

/// <summary>
/// What storing a parsed record needs that depends on the record alone, computed on the parse
/// thread so the writer only looks up duplicates, assigns the key and binds: the duplicate
/// candidate, the key stem, the provenance map and the encoded row.
/// </summary>
/// <param name="Candidate">The record's duplicate candidate (id 0, no key yet).</param>
/// <param name="KeyStem">The key the record would get if free (<see cref="Keys.Suggest"/>).</param>
/// <param name="Provenance">Every filled field from <see cref="FieldOrigin.Import"/>: shared by every record with the same fields (<see cref="SourceRowWriter.ImportProvenance"/>), so never changed.</param>
/// <param name="Row">The encoded column values, with the candidate's title key and the provenance.</param>
internal sealed record PreparedSource(DuplicateCandidate Candidate, string KeyStem, Dictionary<SourceField, FieldOrigin> Provenance, SourceRow Row)
{
    /// <summary>Prepares <paramref name="source"/> (which has a title) with <paramref name="rows"/>, which belongs to the calling thread.</summary>
    public static PreparedSource For(Source source, SourceRowWriter rows)
    {
        var candidate = DuplicateCandidate.From(source);
        var first = source.Authors.Count > 0 ? source.Authors[0] : null;
        var stem = Keys.Suggest(first?.Family ?? first?.Literal, source.Year);
        var filled = SourceFieldValues.FilledMask(source);
        return new PreparedSource(candidate, stem, rows.ImportProvenance(filled), rows.Write(source, candidate.TitleKey, filled));
    }
}
