using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RecordsRetentionHoldsFoia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisposalCertificate",
                table: "Posts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DisposedAt",
                table: "Posts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Dispositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Series = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    District = table.Column<int>(type: "integer", nullable: true),
                    CutoffUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Certificate = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ScheduleItem = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProposedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dispositions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FoiaRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Requester = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Asked = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    District = table.Column<int>(type: "integer", nullable: true),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SearchWords = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtendedDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ExtensionNoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtendedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LoggedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    LoggedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    LoggedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FoiaRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<int>(type: "integer", nullable: true),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PostId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PersonName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PlacedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PlacedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReleasedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ReleasedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReleaseReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionSchedules",
                columns: table => new
                {
                    Series = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RetentionMonths = table.Column<int>(type: "integer", nullable: true),
                    ScheduleItem = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionSchedules", x => x.Series);
                });

            migrationBuilder.CreateTable(
                name: "DisposedRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DispositionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Series = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordCreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DisposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisposedRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisposedRecords_Dispositions_DispositionId",
                        column: x => x.DispositionId,
                        principalTable: "Dispositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_DisposedAt_UpdatedAt_Id",
                table: "Posts",
                columns: new[] { "DisposedAt", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DisposedRecords_DispositionId",
                table: "DisposedRecords",
                column: "DispositionId");

            migrationBuilder.CreateIndex(
                name: "IX_DisposedRecords_Series_RecordId",
                table: "DisposedRecords",
                columns: new[] { "Series", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispositions_ProposedAt_Id",
                table: "Dispositions",
                columns: new[] { "ProposedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Dispositions_State",
                table: "Dispositions",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_FoiaRequests_ClosedAt_OverdueNotifiedAt",
                table: "FoiaRequests",
                columns: new[] { "ClosedAt", "OverdueNotifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FoiaRequests_LoggedAt_Id",
                table: "FoiaRequests",
                columns: new[] { "LoggedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_ReleasedAt_PlacedAt",
                table: "LegalHolds",
                columns: new[] { "ReleasedAt", "PlacedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisposedRecords");

            migrationBuilder.DropTable(
                name: "FoiaRequests");

            migrationBuilder.DropTable(
                name: "LegalHolds");

            migrationBuilder.DropTable(
                name: "RetentionSchedules");

            migrationBuilder.DropTable(
                name: "Dispositions");

            migrationBuilder.DropIndex(
                name: "IX_Posts_DisposedAt_UpdatedAt_Id",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "DisposalCertificate",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "DisposedAt",
                table: "Posts");
        }
    }
}
