using LitTracker.Articles;
using LitTracker.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Key).IsRequired().HasMaxLength(100);
        builder.HasIndex(c => c.Key).IsUnique();

        // The claim list walks articles in key order and claims per article, filtered by review
        // status and category: this index answers that (and the counts) without reading rows.
        builder.HasIndex(c => new { c.ArticleId, c.Status, c.Category });

        // ... and the total of a category filter, without visiting every article.
        builder.HasIndex(c => new { c.Category, c.Status });
        builder.Property(c => c.Text).IsRequired();
        builder.Property(c => c.Category).IsRequired().HasMaxLength(60);
        builder.Property(c => c.Wording).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(c => c.Citations).WithOne(c => c.Claim).HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.References).WithMany(r => r.Claims).UsingEntity<Dictionary<string, object>>(
            "claim_references",
            j => j.HasOne<Reference>().WithMany().HasForeignKey("ReferenceId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasOne<Claim>().WithMany().HasForeignKey("ClaimId").OnDelete(DeleteBehavior.Cascade));
    }
}
