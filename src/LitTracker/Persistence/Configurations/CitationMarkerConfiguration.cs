using LitTracker.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class CitationMarkerConfiguration : IEntityTypeConfiguration<CitationMarker>
{
    public void Configure(EntityTypeBuilder<CitationMarker> builder)
    {
        builder.ToTable("citation_markers");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.ArticleId);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Text).IsRequired();
        builder.HasOne(m => m.Claim).WithMany().HasForeignKey(m => m.ClaimId).OnDelete(DeleteBehavior.SetNull);
    }
}
