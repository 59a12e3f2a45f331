using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MediaInquiries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MediaInquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    District = table.Column<int>(type: "INTEGER", nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reporter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RelatedPostId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LoggedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    LoggedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LoggedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedToId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResponseText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResponseChannel = table.Column<int>(type: "INTEGER", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CloseNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaInquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaInquiries_Districts_District",
                        column: x => x.District,
                        principalTable: "Districts",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaInquiries_Posts_RelatedPostId",
                        column: x => x.RelatedPostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaInquiries_District_ReceivedAt_Id",
                table: "MediaInquiries",
                columns: new[] { "District", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaInquiries_District_State_ReceivedAt",
                table: "MediaInquiries",
                columns: new[] { "District", "State", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaInquiries_OverdueNotifiedAt_State_ReceivedAt",
                table: "MediaInquiries",
                columns: new[] { "OverdueNotifiedAt", "State", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaInquiries_RelatedPostId",
                table: "MediaInquiries",
                column: "RelatedPostId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaInquiries_State_ReceivedAt_Id",
                table: "MediaInquiries",
                columns: new[] { "State", "ReceivedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaInquiries");
        }
    }
}
