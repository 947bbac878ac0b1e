using System.Text.RegularExpressions;

namespace LitTracker.Analysis.Claims;

/// <summary>A claim category with its compiled synonyms and patterns.</summary>
/// <param name="Key">Category key, e.g. <c>pain_relief</c>.</param>
/// <param name="Label">Label for people.</param>
/// <param name="PatientOriented">True for outcomes patients feel.</param>
/// <param name="Pattern">Synonyms and patterns as one alternation.</param>
public sealed record TaxonomyCategoryRule(string Key, string Label, bool PatientOriented, Regex Pattern);
