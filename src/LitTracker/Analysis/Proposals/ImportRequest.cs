namespace LitTracker.Analysis.Proposals;

/// <summary>An article to import and analyse.</summary>
/// <param name="Body">The article text as published.</param>
/// <param name="Format"><c>text</c>, <c>markdown</c> or <c>html</c>.</param>
/// <param name="Title">Title.</param>
/// <param name="Url">Where it was published.</param>
/// <param name="Key">Stable key; suggested from the title when null.</param>
/// <param name="By">Who imports it (recorded on suggested citations).</param>
public sealed record ImportRequest(string Body, string Format, string Title, string? Url, string? Key, string By);
