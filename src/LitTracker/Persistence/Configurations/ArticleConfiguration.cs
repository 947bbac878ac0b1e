using LitTracker.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Key).IsRequired().HasMaxLength(100);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.Property(a => a.Title).IsRequired();
        builder.Property(a => a.PublishedOn).HasConversion(Converters.Date);
        builder.Property(a => a.ModifiedOn).HasConversion(Converters.Date);
        builder.Property(a => a.BodyFormat).HasMaxLength(20);
        builder.HasMany(a => a.Markers).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.References).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Claims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
