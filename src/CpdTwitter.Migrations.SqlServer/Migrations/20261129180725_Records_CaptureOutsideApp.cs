using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Records_CaptureOutsideApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedOutsideAppAt",
                table: "Posts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Origin",
                table: "Posts",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "TimelineCaptureRuns",
                columns: table => new
                {
                    District = table.Column<int>(type: "int", nullable: false),
                    LeaseOwner = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastStartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastFinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastResult = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineCaptureRuns", x => x.District);
                    table.ForeignKey(
                        name: "FK_TimelineCaptureRuns_Districts_District",
                        column: x => x.District,
                        principalTable: "Districts",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_District_XPostId_OutsideApp",
                table: "Posts",
                columns: new[] { "District", "XPostId" },
                unique: true,
                filter: "\"Origin\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TimelineCaptureRuns");

            migrationBuilder.DropIndex(
                name: "IX_Posts_District_XPostId_OutsideApp",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "DeletedOutsideAppAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "Posts");
        }
    }
}
