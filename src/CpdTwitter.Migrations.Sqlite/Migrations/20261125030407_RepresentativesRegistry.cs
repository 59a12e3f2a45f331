using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RepresentativesRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ranks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ranks", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "RegistrySubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    District = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrySubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrySubmissions_Districts_District",
                        column: x => x.District,
                        principalTable: "Districts",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    District = table.Column<int>(type: "INTEGER", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LogOnId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Rank = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StarNumber = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    EmployeeNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AppointedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                    table.CheckConstraint("CK_Appointments_Slot", "\"Slot\" IN (1, 2)");
                    table.ForeignKey(
                        name: "FK_Appointments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Districts_District",
                        column: x => x.District,
                        principalTable: "Districts",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_RegistrySubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "RegistrySubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Ranks",
                columns: new[] { "Name", "SortOrder" },
                values: new object[,]
                {
                    { "Captain", 60 },
                    { "Field Training Officer", 20 },
                    { "Lieutenant", 50 },
                    { "Police Officer", 10 },
                    { "Police Officer (Assigned as Detective)", 30 },
                    { "Sergeant", 40 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_SubmissionId",
                table: "Appointments",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "UX_Appointments_ActiveEmployee",
                table: "Appointments",
                column: "EmployeeNumber",
                unique: true,
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "UX_Appointments_ActiveSlot",
                table: "Appointments",
                columns: new[] { "District", "Slot" },
                unique: true,
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "UX_Appointments_ActiveStar",
                table: "Appointments",
                column: "StarNumber",
                unique: true,
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "UX_Appointments_ActiveUser",
                table: "Appointments",
                column: "UserId",
                unique: true,
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrySubmissions_AcknowledgedAt_SubmittedAt",
                table: "RegistrySubmissions",
                columns: new[] { "AcknowledgedAt", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrySubmissions_District",
                table: "RegistrySubmissions",
                column: "District");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "Ranks");

            migrationBuilder.DropTable(
                name: "RegistrySubmissions");
        }
    }
}
