namespace LitTracker.Citations;

/// <summary>
/// The kind of outcome the cited evidence measures for this claim (SORT's POE/DOE split).
/// </summary>
public enum Outcome
{
    /// <summary>Not recorded; treated as direct evidence.</summary>
    Unspecified = 0,

    /// <summary>Outcomes patients feel: pain, function, quality of life, harms.</summary>
    PatientOriented,

    /// <summary>Surrogate or disease markers: MRI cartilage volume, cytokine levels, histology.</summary>
    DiseaseOriented,
}
