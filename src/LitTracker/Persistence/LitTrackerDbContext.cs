using LitTracker.Articles;
using LitTracker.Citations;
using LitTracker.Claims;
using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;

namespace LitTracker.Persistence;

/// <summary>The claim ledger. Thin: mappings live in one configuration class per entity.</summary>
public sealed class LitTrackerDbContext(DbContextOptions<LitTrackerDbContext> options) : DbContext(options)
{
    /// <summary>Citable works.</summary>
    public DbSet<Source> Sources => Set<Source>();

    /// <summary>Editorial notices on sources.</summary>
    public DbSet<Notice> Notices => Set<Notice>();

    /// <summary>Checked articles.</summary>
    public DbSet<Article> Articles => Set<Article>();

    /// <summary>Printed reference-list entries.</summary>
    public DbSet<Reference> References => Set<Reference>();

    /// <summary>Claims in articles.</summary>
    public DbSet<Claim> Claims => Set<Claim>();

    /// <summary>Claim categories (the taxonomy).</summary>
    public DbSet<ClaimCategory> Categories => Set<ClaimCategory>();

    /// <summary>Claim ↔ source links.</summary>
    public DbSet<Citation> Citations => Set<Citation>();

    /// <summary>The citation audit trail (append-only).</summary>
    public DbSet<CitationChange> CitationChanges => Set<CitationChange>();

    /// <summary>In-text citation markers.</summary>
    public DbSet<CitationMarker> Markers => Set<CitationMarker>();

    /// <summary>Pairs of sources declared not to be duplicates.</summary>
    public DbSet<DistinctPair> DistinctPairs => Set<DistinctPair>();

    /// <summary>Raw registry responses (Crossref, PubMed) for offline re-mapping.</summary>
    public DbSet<Metadata.Cache.CachedResponse> FetchCache => Set<Metadata.Cache.CachedResponse>();

    /// <summary>API keys of the service (hashes only).</summary>
    public DbSet<Security.ApiKey> ApiKeys => Set<Security.ApiKey>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTitleKeys();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTitleKeys();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LitTrackerDbContext).Assembly);
    }

    // The duplicate finder looks sources up by normalised title; keeping the key here means no
    // writer (seed, add, import, merge, web) can forget it. Bulk import writes it itself.
    private void StampTitleKeys()
    {
        foreach (var entry in ChangeTracker.Entries<Source>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.TitleKey = LitTracker.Sources.TitleKey.For(entry.Entity.Title);
            }
        }
    }
}
