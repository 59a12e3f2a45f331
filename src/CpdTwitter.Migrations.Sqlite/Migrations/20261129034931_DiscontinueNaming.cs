using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DiscontinueNaming : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "PulledAt",
                table: "Posts",
                newName: "TakenDownAt");

            migrationBuilder.RenameColumn(
                name: "PullRequestedByName",
                table: "Posts",
                newName: "DiscontinuedByName");

            migrationBuilder.RenameColumn(
                name: "PullRequestedBy",
                table: "Posts",
                newName: "DiscontinuedBy");

            migrationBuilder.RenameColumn(
                name: "PullRequestedAt",
                table: "Posts",
                newName: "DiscontinuedAt");

            migrationBuilder.RenameColumn(
                name: "PullReason",
                table: "Posts",
                newName: "DiscontinueReason");

            migrationBuilder.RenameColumn(
                name: "PullNote",
                table: "Posts",
                newName: "DiscontinueNote");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "TakenDownAt",
                table: "Posts",
                newName: "PulledAt");

            migrationBuilder.RenameColumn(
                name: "DiscontinuedByName",
                table: "Posts",
                newName: "PullRequestedByName");

            migrationBuilder.RenameColumn(
                name: "DiscontinuedBy",
                table: "Posts",
                newName: "PullRequestedBy");

            migrationBuilder.RenameColumn(
                name: "DiscontinuedAt",
                table: "Posts",
                newName: "PullRequestedAt");

            migrationBuilder.RenameColumn(
                name: "DiscontinueReason",
                table: "Posts",
                newName: "PullReason");

            migrationBuilder.RenameColumn(
                name: "DiscontinueNote",
                table: "Posts",
                newName: "PullNote");
        }
    }
}
