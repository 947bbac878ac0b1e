using LitTracker.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class ReferenceConfiguration : IEntityTypeConfiguration<Reference>
{
    public void Configure(EntityTypeBuilder<Reference> builder)
    {
        builder.ToTable("references");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.ArticleId, r.Position }).IsUnique();
        builder.Property(r => r.Text).IsRequired();
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(r => r.IsResolved);
    }
}
