using LitTracker.Citations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.ToTable("citations");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.ClaimId, c.SourceId, c.Origin }).IsUnique();
        builder.HasIndex(c => c.SourceId);
        builder.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Stance).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Grade).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.By).IsRequired().HasMaxLength(200);
        builder.Property(c => c.At).HasConversion(Converters.Utc);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}
