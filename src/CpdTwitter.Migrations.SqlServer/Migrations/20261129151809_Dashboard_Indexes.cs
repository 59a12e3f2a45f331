using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Dashboard_Indexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Posts_ApprovedAt_District_SubmittedAt",
                table: "Posts",
                columns: new[] { "ApprovedAt", "District", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_PublishedAt_District",
                table: "Posts",
                columns: new[] { "PublishedAt", "District" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_State_DiscontinueReason_DiscontinuedAt_District",
                table: "Posts",
                columns: new[] { "State", "DiscontinueReason", "DiscontinuedAt", "District" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Posts_ApprovedAt_District_SubmittedAt",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_PublishedAt_District",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_State_DiscontinueReason_DiscontinuedAt_District",
                table: "Posts");
        }
    }
}
