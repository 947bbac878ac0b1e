using LitTracker.Citations;
using LitTracker.Claims;

namespace LitTracker.Grading;

/// <summary>
/// The verdict table of DESIGN.md as one pure function. Rules are applied in order:
/// <list type="number">
/// <item>no supporting citation → <see cref="Verdict.Unsourced"/>;</item>
/// <item>every supporting source retracted → <see cref="Verdict.RetractedSupport"/>;</item>
/// <item>a live contradicting source graded above the best live supporting one → <see cref="Verdict.Contradicted"/>;</item>
/// <item>a live contradicting source at the same grade or one level below → <see cref="Verdict.Contested"/>
/// ("similar grade": one GRADE step is within what reviewers routinely disagree on);</item>
/// <item>otherwise by the best live supporting grade: high → strong, moderate → moderate, low or very low → weak.</item>
/// </list>
/// Retracted sources never count as evidence either way. <see cref="Stance.Mixed"/> and
/// <see cref="Stance.DoesNotAddress"/> citations are shown but move no verdict. An ungraded
/// citation counts as very low.
/// </summary>
public static class VerdictRules
{
    /// <summary>Computes verdict, flags and SORT strength for one claim.</summary>
    public static ClaimAssessment Assess(ClaimEvidence claim)
    {
        ArgumentNullException.ThrowIfNull(claim);

        var supporting = claim.Citations.Where(c => c.Stance == Stance.Supports).ToList();
        var liveSupport = supporting.Where(c => !c.SourceRetracted).ToList();
        var best = liveSupport.Count == 0 ? Certainty.Unspecified : liveSupport.Max(c => Effective(c.Grade));
        var bestContra = claim.Citations
            .Where(c => c.Stance == Stance.Contradicts && !c.SourceRetracted)
            .Select(c => Effective(c.Grade))
            .DefaultIfEmpty(Certainty.Unspecified)
            .Max();

        var verdict = (supporting.Count, liveSupport.Count) switch
        {
            (0, _) => Verdict.Unsourced,
            (_, 0) => Verdict.RetractedSupport,
            _ when bestContra > best => Verdict.Contradicted,
            _ when bestContra != Certainty.Unspecified && (int)bestContra >= (int)best - 1 => Verdict.Contested,
            _ => best switch
            {
                Certainty.High => Verdict.Strong,
                Certainty.Moderate => Verdict.Moderate,
                _ => Verdict.Weak,
            },
        };

        var citedByArticle = claim.LinkedReferences > 0 || claim.Citations.Any(c => c.Origin == CitationOrigin.Article);
        var flags = ClaimFlags.None;
        if (!citedByArticle)
        {
            flags |= ClaimFlags.Uncited;
        }

        // "Weak evidence" (DESIGN.md): no live support above low, or the evidence against wins.
        // A contest between moderate-or-better sources is not weak evidence.
        var weakEvidence = verdict is Verdict.Unsourced or Verdict.RetractedSupport or Verdict.Weak or Verdict.Contradicted
            || (verdict == Verdict.Contested && best < Certainty.Moderate);
        if ((claim.Wording == WordingStrength.DirectCausal || claim.Absolute) && weakEvidence)
        {
            flags |= ClaimFlags.Overstated;
        }

        if (claim.PatientOriented && liveSupport.Count > 0 && liveSupport.All(c => c.IsIndirect))
        {
            flags |= ClaimFlags.Indirect;
        }

        if (claim.UnresolvedReferences > 0)
        {
            flags |= ClaimFlags.UnresolvedReference;
        }

        if (claim.VagueAttribution)
        {
            flags |= ClaimFlags.VagueAttribution;
        }

        if (supporting.Any(c => c.SourceRetracted))
        {
            flags |= ClaimFlags.CitesRetracted;
        }

        var onlyIndirect = liveSupport.Count > 0 && liveSupport.All(c => c.IsIndirect);
        return new ClaimAssessment(verdict, flags, best, Sort(verdict, onlyIndirect, best), citedByArticle);
    }

    /// <summary>
    /// SORT from the verdict: A needs strong, patient-oriented human evidence; C covers no usable
    /// support, contradiction, support that is only disease-oriented or non-human (whatever the
    /// claim's category: SORT rates disease-oriented evidence C) and very-low evidence (case series,
    /// opinion); everything between is B.
    /// </summary>
    private static SortStrength Sort(Verdict verdict, bool onlyIndirect, Certainty best)
    {
        if (verdict is Verdict.Unsourced or Verdict.RetractedSupport or Verdict.Contradicted
            || onlyIndirect
            || best <= Certainty.VeryLow)
        {
            return SortStrength.C;
        }

        return verdict == Verdict.Strong ? SortStrength.A : SortStrength.B;
    }

    private static Certainty Effective(Certainty grade) => grade == Certainty.Unspecified ? Certainty.VeryLow : grade;
}
