using LitTracker.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LitTracker.Persistence.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.ToTable("sources");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Key).IsRequired().HasMaxLength(100);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Design).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Population).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Title).IsRequired();
        builder.Property(s => s.Authors).HasConversion(Converters.Authors, Converters.AuthorsComparer).IsRequired();
        builder.Property(s => s.Doi).HasConversion(Converters.Doi);
        builder.Property(s => s.Pmid).HasConversion(Converters.Pmid);
        builder.Property(s => s.Pmcid).HasConversion(Converters.Pmcid);
        builder.Property(s => s.AccessedOn).HasConversion(Converters.Date);
        builder.HasIndex(s => s.Doi).IsUnique();
        builder.HasIndex(s => s.Pmid).IsUnique();
        builder.Property(s => s.TitleKey).IsRequired();
        builder.HasIndex(s => s.TitleKey);
        builder.Property(s => s.Provenance).HasConversion(Converters.Provenance, Converters.ProvenanceComparer).IsRequired();
        builder.HasMany(s => s.Notices).WithOne().HasForeignKey(n => n.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.IsRetracted);
    }
}
