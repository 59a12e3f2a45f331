using CpdTwitter.Infrastructure.Posts;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PostingsFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Posts_District_SubmittedAt_Id",
                table: "Posts",
                columns: new[] { "District", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_SubmittedAt_Id",
                table: "Posts",
                columns: new[] { "SubmittedAt", "Id" });

            // The full-text search of the feed; filled from the postings already there (PostSearchIndex).
            migrationBuilder.Sql(PostSearchIndex.Create(migrationBuilder.ActiveProvider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostSearchIndex.Drop(migrationBuilder.ActiveProvider));

            migrationBuilder.DropIndex(
                name: "IX_Posts_District_SubmittedAt_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_SubmittedAt_Id",
                table: "Posts");
        }
    }
}
