using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class DistinctPairConfiguration : IEntityTypeConfiguration<DistinctPair>
{
    public void Configure(EntityTypeBuilder<DistinctPair> builder)
    {
        builder.ToTable("distinct_pairs");
        builder.HasKey(p => new { p.LowSourceId, p.HighSourceId });
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.LowSourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.HighSourceId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.By).IsRequired().HasMaxLength(200);
        builder.Property(p => p.At).HasConversion(Converters.Utc);
    }
}
