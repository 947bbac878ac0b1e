using LitTracker.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class ClaimCategoryConfiguration : IEntityTypeConfiguration<ClaimCategory>
{
    public void Configure(EntityTypeBuilder<ClaimCategory> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(60);
        builder.Property(c => c.Label).IsRequired();
    }
}
