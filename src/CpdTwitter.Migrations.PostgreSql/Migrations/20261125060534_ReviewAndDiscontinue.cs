using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReviewAndDiscontinue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReviewWithinHours",
                table: "PublishingSwitches",
                type: "integer",
                nullable: false,
                defaultValue: 72);

            migrationBuilder.AddColumn<Guid>(
                name: "CorrectsPostId",
                table: "Posts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EventDate",
                table: "Posts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastReviewOutcome",
                table: "Posts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PullNote",
                table: "Posts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PullReason",
                table: "Posts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PullRequestedAt",
                table: "Posts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PullRequestedBy",
                table: "Posts",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PullRequestedByName",
                table: "Posts",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PulledAt",
                table: "Posts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "Posts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedByName",
                table: "Posts",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EmailAttempts",
                table: "Notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "EmailRetryAt",
                table: "Notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EmailedAt",
                table: "Notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PostReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    CategoryOk = table.Column<bool>(type: "boolean", nullable: false),
                    Current = table.Column<bool>(type: "boolean", nullable: false),
                    Correct = table.Column<bool>(type: "boolean", nullable: false),
                    Valid = table.Column<bool>(type: "boolean", nullable: false),
                    Appropriate = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ReviewedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostReviews_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_CorrectsPostId",
                table: "Posts",
                column: "CorrectsPostId");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_District_State_PublishedAt",
                table: "Posts",
                columns: new[] { "District", "State", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailedAt_EmailRetryAt",
                table: "Notifications",
                columns: new[] { "EmailedAt", "EmailRetryAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostReviews_District_ReviewedAt",
                table: "PostReviews",
                columns: new[] { "District", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostReviews_PostId",
                table: "PostReviews",
                column: "PostId");

            migrationBuilder.AddForeignKey(
                name: "FK_Posts_Posts_CorrectsPostId",
                table: "Posts",
                column: "CorrectsPostId",
                principalTable: "Posts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Posts_Posts_CorrectsPostId",
                table: "Posts");

            migrationBuilder.DropTable(
                name: "PostReviews");

            migrationBuilder.DropIndex(
                name: "IX_Posts_CorrectsPostId",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_District_State_PublishedAt",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_EmailedAt_EmailRetryAt",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ReviewWithinHours",
                table: "PublishingSwitches");

            migrationBuilder.DropColumn(
                name: "CorrectsPostId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "EventDate",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "LastReviewOutcome",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PullNote",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PullReason",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PullRequestedAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PullRequestedBy",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PullRequestedByName",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "PulledAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "ReviewedByName",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "EmailAttempts",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailRetryAt",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailedAt",
                table: "Notifications");
        }
    }
}
