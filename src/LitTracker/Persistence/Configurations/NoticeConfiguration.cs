using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Date).HasConversion(Converters.Date);
        builder.Property(n => n.NoticeDoi).HasConversion(Converters.Doi);
        builder.Property(n => n.Origin).IsRequired().HasMaxLength(40);
    }
}
