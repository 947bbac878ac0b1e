namespace LitTracker.Sources.Duplicates;

/// <summary>Two stored sources proposed as one work.</summary>
/// <param name="FirstId">Id of the older source (the natural survivor).</param>
/// <param name="FirstKey">Its key.</param>
/// <param name="SecondId">Id of the newer source.</param>
/// <param name="SecondKey">Its key.</param>
/// <param name="Match">Why they match.</param>
/// <param name="FirstTitle">The older source's title.</param>
/// <param name="SecondTitle">The newer source's title.</param>
public sealed record DuplicatePair(int FirstId, string FirstKey, int SecondId, string SecondKey, DuplicateMatch Match, string FirstTitle, string SecondTitle);
