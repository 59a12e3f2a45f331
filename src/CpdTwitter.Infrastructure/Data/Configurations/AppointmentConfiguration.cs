using CpdTwitter.Domain.Districts;
using CpdTwitter.Domain.Representatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CpdTwitter.Infrastructure.Data.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    // Portable across SQLite, SQL Server (QUOTED_IDENTIFIER ON) and PostgreSQL.
    private const string Active = "\"EndedAt\" IS NULL";

    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.District).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Identity.ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RegistrySubmission>().WithMany().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.UserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.LogOnId).HasMaxLength(256).IsRequired();
        builder.Property(a => a.Name).HasMaxLength(RepresentativeDetails.NameMaxLength).IsRequired();
        builder.Property(a => a.Rank).HasMaxLength(RepresentativeDetails.RankMaxLength).IsRequired();
        builder.Property(a => a.StarNumber).HasMaxLength(StarNumber.MaxLength).IsRequired();
        builder.Property(a => a.EmployeeNumber).HasMaxLength(EmployeeNumber.MaxLength).IsRequired();
        builder.Property(a => a.Email).HasMaxLength(DepartmentEmail.MaxLength).IsRequired();
        builder.Property(a => a.AppointedById).HasMaxLength(450).IsRequired();
        builder.Property(a => a.AppointedByName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.EndedById).HasMaxLength(450);
        builder.Property(a => a.EndedByName).HasMaxLength(256);
        builder.Property(a => a.EndReason).HasMaxLength(Appointment.ReasonMaxLength);
        builder.Property(a => a.AcknowledgedById).HasMaxLength(450);
        builder.Property(a => a.AcknowledgedByName).HasMaxLength(256);
        builder.Ignore(a => a.IsActive);
        builder.Ignore(a => a.IsAcknowledged);

        // Exactly two active representatives per district, and identifiers unique department-wide,
        // held by the database as well as the domain (directive V.A.1).
        builder.HasIndex(a => new { a.District, a.Slot }).IsUnique().HasFilter(Active).HasDatabaseName("UX_Appointments_ActiveSlot");
        builder.HasIndex(a => a.StarNumber).IsUnique().HasFilter(Active).HasDatabaseName("UX_Appointments_ActiveStar");
        builder.HasIndex(a => a.EmployeeNumber).IsUnique().HasFilter(Active).HasDatabaseName("UX_Appointments_ActiveEmployee");
        builder.HasIndex(a => a.UserId).IsUnique().HasFilter(Active).HasDatabaseName("UX_Appointments_ActiveUser");
        builder.HasIndex(a => new { a.District, a.AppointedAt, a.Id });
        builder.ToTable(t => t.HasCheckConstraint("CK_Appointments_Slot", "\"Slot\" IN (1, 2)"));
    }
}
