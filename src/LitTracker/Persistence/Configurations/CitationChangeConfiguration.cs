using LitTracker.Citations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class CitationChangeConfiguration : IEntityTypeConfiguration<CitationChange>
{
    public void Configure(EntityTypeBuilder<CitationChange> builder)
    {
        // No foreign keys on purpose: the trail must outlive the citation it describes.
        builder.ToTable("citation_changes");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.ClaimId);
        builder.HasIndex(c => c.CitationId);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Stance).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Grade).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.By).IsRequired().HasMaxLength(200);
        builder.Property(c => c.At).HasConversion(Converters.Utc);
    }
}
