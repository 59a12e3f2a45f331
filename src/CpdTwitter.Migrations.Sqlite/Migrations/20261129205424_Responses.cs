using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Responses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InReplyToXPostId",
                table: "Posts",
                type: "TEXT",
                maxLength: 19,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MentionPolls",
                columns: table => new
                {
                    District = table.Column<int>(type: "INTEGER", nullable: false),
                    SinceId = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    LastPolledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastResult = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    GapNoticedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UsageMonth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReadsThisMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsThisMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetExhaustedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentionPolls", x => x.District);
                    table.ForeignKey(
                        name: "FK_MentionPolls_Districts_District",
                        column: x => x.District,
                        principalTable: "Districts",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    District = table.Column<int>(type: "INTEGER", nullable: false),
                    XPostId = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    AuthorXId = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    AuthorHandle = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 25000, nullable: false),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    InReplyToXPostId = table.Column<string>(type: "TEXT", maxLength: 19, nullable: true),
                    AddressesAccount = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    FlaggedAsMedia = table.Column<bool>(type: "INTEGER", nullable: false),
                    FlagReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandledById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    HandledByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NoResponseReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MediaInquiryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentions_Districts_District",
                        column: x => x.District,
                        principalTable: "Districts",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Mentions_MediaInquiries_MediaInquiryId",
                        column: x => x.MediaInquiryId,
                        principalTable: "MediaInquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PressContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handle = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HandleKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AddedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AddedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemovedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressContacts", x => x.Id);
                });

            // ADD COLUMN with its reference, so SQLite need not rebuild Posts (which would drop the search triggers).
            migrationBuilder.Sql("ALTER TABLE \"Posts\" ADD COLUMN \"InReplyToMentionId\" TEXT NULL CONSTRAINT \"FK_Posts_Mentions_InReplyToMentionId\" REFERENCES \"Mentions\" (\"Id\") ON DELETE RESTRICT;");
            migrationBuilder.Sql("ALTER TABLE \"MediaInquiries\" ADD COLUMN \"MentionId\" TEXT NULL CONSTRAINT \"FK_MediaInquiries_Mentions_MentionId\" REFERENCES \"Mentions\" (\"Id\") ON DELETE RESTRICT;");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InReplyToMentionId",
                table: "Posts",
                column: "InReplyToMentionId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaInquiries_MentionId",
                table: "MediaInquiries",
                column: "MentionId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_District_PostedAt_Id",
                table: "Mentions",
                columns: new[] { "District", "PostedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_District_State_PostedAt_Id",
                table: "Mentions",
                columns: new[] { "District", "State", "PostedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_District_XPostId",
                table: "Mentions",
                columns: new[] { "District", "XPostId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_MediaInquiryId",
                table: "Mentions",
                column: "MediaInquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_PostedAt_Id",
                table: "Mentions",
                columns: new[] { "PostedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_State_PostedAt_Id",
                table: "Mentions",
                columns: new[] { "State", "PostedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PressContacts_HandleKey",
                table: "PressContacts",
                column: "HandleKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentionPolls");

            migrationBuilder.DropTable(
                name: "Mentions");

            migrationBuilder.DropTable(
                name: "PressContacts");

            migrationBuilder.DropIndex(
                name: "IX_Posts_InReplyToMentionId",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_MediaInquiries_MentionId",
                table: "MediaInquiries");

            migrationBuilder.DropColumn(
                name: "InReplyToMentionId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "InReplyToXPostId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "MentionId",
                table: "MediaInquiries");
        }
    }
}
