using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Calendar_CalendarAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "CalendarAt",
                table: "Posts",
                type: "timestamp with time zone",
                nullable: false,
                computedColumnSql: "COALESCE(\"PublishedAt\", CASE WHEN \"ScheduledFor\" > \"ReleasedAt\" THEN \"ScheduledFor\" ELSE COALESCE(\"ReleasedAt\", \"ScheduledFor\", \"CreatedAt\") END)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Posts_CalendarAt",
                table: "Posts",
                column: "CalendarAt");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_District_CalendarAt",
                table: "Posts",
                columns: new[] { "District", "CalendarAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_CalendarAt",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_District_CalendarAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "CalendarAt",
                table: "Posts");
        }
    }
}
