using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Templates_PostTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TemplateId",
                table: "Posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TemplateVersion",
                table: "Posts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PostTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetiredByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Stamp = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostTemplates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_TemplateId",
                table: "Posts",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_PostTemplates_Name",
                table: "PostTemplates",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PostTemplates_Retired_Category_Name",
                table: "PostTemplates",
                columns: new[] { "Retired", "Category", "Name" });

            migrationBuilder.AddForeignKey(
                name: "FK_Posts_PostTemplates_TemplateId",
                table: "Posts",
                column: "TemplateId",
                principalTable: "PostTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Posts_PostTemplates_TemplateId",
                table: "Posts");

            migrationBuilder.DropTable(
                name: "PostTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Posts_TemplateId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "TemplateId",
                table: "Posts");

            migrationBuilder.DropColumn(
                name: "TemplateVersion",
                table: "Posts");
        }
    }
}
