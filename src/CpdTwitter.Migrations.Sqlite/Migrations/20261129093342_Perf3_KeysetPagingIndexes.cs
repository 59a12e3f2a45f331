using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Perf3_KeysetPagingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegistrySubmissions_District",
                table: "RegistrySubmissions");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrySubmissions_District_SubmittedAt_Id",
                table: "RegistrySubmissions",
                columns: new[] { "District", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_District_UpdatedAt_Id",
                table: "Posts",
                columns: new[] { "District", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_CreatedAt_Id",
                table: "Notifications",
                columns: new[] { "UserId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_District_AppointedAt_Id",
                table: "Appointments",
                columns: new[] { "District", "AppointedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegistrySubmissions_District_SubmittedAt_Id",
                table: "RegistrySubmissions");

            migrationBuilder.DropIndex(
                name: "IX_Posts_District_UpdatedAt_Id",
                table: "Posts");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_UserId_CreatedAt_Id",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_District_AppointedAt_Id",
                table: "Appointments");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrySubmissions_District",
                table: "RegistrySubmissions",
                column: "District");
        }
    }
}
