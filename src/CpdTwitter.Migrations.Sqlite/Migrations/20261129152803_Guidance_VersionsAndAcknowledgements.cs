using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Guidance_VersionsAndAcknowledgements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuidanceVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PublishedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceVersions", x => x.Id);
                    table.UniqueConstraint("AK_GuidanceVersions_Number", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "GuidanceAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    District = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidanceAcknowledgements_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceAcknowledgements_Districts_District",
                        column: x => x.District,
                        principalTable: "Districts",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceAcknowledgements_GuidanceVersions_VersionNumber",
                        column: x => x.VersionNumber,
                        principalTable: "GuidanceVersions",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceAcknowledgements_District",
                table: "GuidanceAcknowledgements",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceAcknowledgements_UserId_VersionNumber",
                table: "GuidanceAcknowledgements",
                columns: new[] { "UserId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceAcknowledgements_VersionNumber_District",
                table: "GuidanceAcknowledgements",
                columns: new[] { "VersionNumber", "District" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceVersions_Number",
                table: "GuidanceVersions",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuidanceAcknowledgements");

            migrationBuilder.DropTable(
                name: "GuidanceVersions");
        }
    }
}
