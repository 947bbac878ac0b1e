using LitTracker.Metadata.Cache;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class CachedResponseConfiguration : IEntityTypeConfiguration<CachedResponse>
{
    public void Configure(EntityTypeBuilder<CachedResponse> builder)
    {
        builder.ToTable("fetch_cache");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.Service, r.Key }).IsUnique();
        builder.Property(r => r.Service).IsRequired().HasMaxLength(20);
        builder.Property(r => r.Key).IsRequired().HasMaxLength(300);
        builder.Property(r => r.Url).IsRequired();
        builder.Property(r => r.Body).IsRequired();
        builder.Property(r => r.FetchedAt).HasConversion(Converters.Utc);
    }
}
