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

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LitTrackerDbContext).Assembly);
    }
}
