using LitTracker.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.HasIndex(k => k.Name).IsUnique();
        builder.HasIndex(k => k.Prefix);
        builder.Property(k => k.Name).IsRequired().HasMaxLength(100);
        builder.Property(k => k.Prefix).IsRequired().HasMaxLength(16);
        builder.Property(k => k.Hash).IsRequired();
        builder.Property(k => k.CreatedAt).HasConversion(Converters.Utc);
        builder.Property(k => k.RevokedAt).HasConversion(Converters.Utc);
    }
}
