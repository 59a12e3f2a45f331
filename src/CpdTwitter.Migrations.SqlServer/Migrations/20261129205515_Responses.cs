using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Responses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "InReplyToMentionId",
                table: "Posts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InReplyToXPostId",
                table: "Posts",
                type: "nvarchar(19)",
                maxLength: 19,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MentionId",
                table: "MediaInquiries",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MentionPolls",
                columns: table => new
                {
                    District = table.Column<int>(type: "int", nullable: false),
                    SinceId = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    LastPolledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastResult = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    GapNoticedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UsageMonth = table.Column<DateOnly>(type: "date", nullable: true),
                    ReadsThisMonth = table.Column<int>(type: "int", nullable: false),
                    RequestsThisMonth = table.Column<int>(type: "int", nullable: false),
                    BudgetExhaustedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LeaseOwner = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    District = table.Column<int>(type: "int", nullable: false),
                    XPostId = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: false),
                    AuthorXId = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    AuthorHandle = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    AuthorName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 25000, nullable: false),
                    PostedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConversationId = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    InReplyToXPostId = table.Column<string>(type: "nvarchar(19)", maxLength: 19, nullable: true),
                    AddressesAccount = table.Column<bool>(type: "bit", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    FlaggedAsMedia = table.Column<bool>(type: "bit", nullable: false),
                    FlagReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HandledById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    HandledByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NoResponseReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    MediaInquiryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Handle = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    HandleKey = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Outlet = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AddedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AddedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RemovedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PressContacts", x => x.Id);
                });

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

            migrationBuilder.AddForeignKey(
                name: "FK_MediaInquiries_Mentions_MentionId",
                table: "MediaInquiries",
                column: "MentionId",
                principalTable: "Mentions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Posts_Mentions_InReplyToMentionId",
                table: "Posts",
                column: "InReplyToMentionId",
                principalTable: "Mentions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MediaInquiries_Mentions_MentionId",
                table: "MediaInquiries");

            migrationBuilder.DropForeignKey(
                name: "FK_Posts_Mentions_InReplyToMentionId",
                table: "Posts");

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
