using CpdTwitter.Infrastructure.Records.Export;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class RecordsExportJobConfiguration : IEntityTypeConfiguration<RecordsExportJob>
{
    public void Configure(EntityTypeBuilder<RecordsExportJob> builder)
    {
        builder.ToTable("RecordsExportJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.RequestedBy).HasMaxLength(450);
        builder.Property(j => j.RequestedByName).HasMaxLength(RecordsExportJob.NameMaxLength);
        builder.Property(j => j.Search).HasMaxLength(RecordsExportRequest.SearchMaxLength);
        builder.Property(j => j.Reference).HasMaxLength(RecordsExportRequest.ReferenceMaxLength);
        builder.Property(j => j.FilePath).HasMaxLength(RecordsExportJob.FileMaxLength);
        builder.Property(j => j.Failure).HasMaxLength(RecordsExportJob.FailureMaxLength);
        builder.HasIndex(j => new { j.RequestedAt, j.Id });
        builder.HasIndex(j => new { j.State, j.RequestedAt });
        builder.Ignore(j => j.Request);
        builder.Ignore(j => j.FileName);
    }
}
