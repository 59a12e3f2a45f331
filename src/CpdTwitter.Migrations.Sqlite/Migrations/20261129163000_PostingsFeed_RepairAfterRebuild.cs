using CpdTwitter.Infrastructure.Data;
using CpdTwitter.Infrastructure.Posts;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// SQLite only, no model change: Templates_PostTemplates rebuilt the Posts table (AddForeignKey) from a model that
    /// did not hold the feed's indexes, which dropped IX_Posts_SubmittedAt_Id, IX_Posts_District_SubmittedAt_Id and the
    /// search triggers (<see cref="PostSearchIndex.RepairSqlite"/> puts them back; idempotent). Hand-written, so it has no
    /// target model of its own; a migration after it that rebuilds Posts must again end with this repair.
    /// </summary>
    [DbContext(typeof(CpdTwitterDbContext))]
    [Migration("20261129163000_PostingsFeed_RepairAfterRebuild")]
    public partial class PostingsFeed_RepairAfterRebuild : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(PostSearchIndex.RepairSqlite());

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
