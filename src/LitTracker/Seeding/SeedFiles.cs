namespace LitTracker.Seeding;

// The JSON shapes of seed/*.json. Enum values are written in kebab-case ("very-low",
// "direct-causal"), authors in the Vancouver short form ("van Wijnen AJ") or as objects.

/// <summary>seed/taxonomy.json.</summary>
public sealed record TaxonomyFile(IReadOnlyList<TaxonomyCategory> Categories);

/// <summary>One claim category.</summary>
public sealed record TaxonomyCategory(string Key, string Label, bool PatientOriented, IReadOnlyList<string>? Synonyms = null);

/// <summary>seed/sources.json.</summary>
public sealed record SourcesFile(IReadOnlyList<SeedSource> Sources);

/// <summary>One source. Null or absent means unknown; never fill a field the record does not give.</summary>
public sealed record SeedSource(
    string Key,
    string Type,
    string Design,
    string? DesignDetail,
    string Population,
    IReadOnlyList<SeedAuthor>? Authors,
    bool AuthorsIncomplete,
    string Title,
    string? Container,
    string? ContainerAbbreviation,
    int? Year,
    int? Month,
    int? Day,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string? Pmid,
    string? Pmcid,
    string? Url,
    string? AccessedOn,
    string? Publisher,
    string? Note,
    IReadOnlyList<SeedNotice>? Notices = null);

/// <summary>An author: a person (family + given) or an organisation (literal).</summary>
public sealed record SeedAuthor(string? Family, string? Given, string? Literal);

/// <summary>An editorial notice on a seed source.</summary>
public sealed record SeedNotice(string Type, string? Date, string? NoticeDoi, string Origin, string? Reason);

/// <summary>seed/articles.json.</summary>
public sealed record ArticlesFile(IReadOnlyList<SeedArticle> Articles);

/// <summary>One article: metadata, printed references and claims (paraphrased).</summary>
public sealed record SeedArticle(
    string Key,
    string Title,
    string? Site,
    string? Author,
    string? Url,
    string? PublishedOn,
    string? ModifiedOn,
    IReadOnlyList<SeedReference> References,
    IReadOnlyList<SeedClaim> Claims);

/// <summary>A printed reference, verbatim, resolved (Source key) or not (reason).</summary>
public sealed record SeedReference(int Position, string Text, string? Source, string? UnresolvedReason, int? RepeatOf);

/// <summary>A claim in our own words, with where it sits in the article.</summary>
public sealed record SeedClaim(
    string Key,
    string Text,
    string Locator,
    string Category,
    string Wording,
    bool Absolute,
    bool VagueAttribution,
    IReadOnlyList<int>? References);

/// <summary>seed/citations.json.</summary>
public sealed record CitationsFile(string By, IReadOnlyList<SeedCitation> Citations);

/// <summary>A claim ↔ source citation with stance, grade and a one-line rationale.</summary>
public sealed record SeedCitation(
    string Claim,
    string Source,
    string Origin,
    string Stance,
    string Grade,
    string? Outcome,
    string? Locator,
    string Rationale);
