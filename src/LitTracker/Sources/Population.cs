namespace LitTracker.Sources;

/// <summary>Who or what a source studied. Non-human evidence is indirect for patient-oriented claims.</summary>
public enum Population
{
    /// <summary>Not recorded.</summary>
    Unspecified = 0,

    /// <summary>People.</summary>
    Human,

    /// <summary>Animals.</summary>
    Animal,

    /// <summary>Cells or tissue in the laboratory.</summary>
    InVitro,

    /// <summary>Human and non-human evidence together.</summary>
    Mixed,

    /// <summary>Not a study of a population (guidance, regulation, marketing analysis).</summary>
    NotApplicable,
}
