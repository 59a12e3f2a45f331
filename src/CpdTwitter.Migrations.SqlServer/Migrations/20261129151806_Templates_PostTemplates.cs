using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.SqlServer.Migrations
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
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TemplateVersion",
                table: "Posts",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PostTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Fields = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Retired = table.Column<bool>(type: "bit", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RetiredByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Stamp = table.Column<int>(type: "int", nullable: false)
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
