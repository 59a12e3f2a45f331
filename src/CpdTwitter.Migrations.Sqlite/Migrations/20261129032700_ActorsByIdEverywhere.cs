using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ActorsByIdEverywhere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ConnectedBy",
                table: "XAccounts",
                newName: "ConnectedByName");

            migrationBuilder.RenameColumn(
                name: "SubmittedBy",
                table: "RegistrySubmissions",
                newName: "SubmittedByName");

            migrationBuilder.RenameColumn(
                name: "AcknowledgedBy",
                table: "RegistrySubmissions",
                newName: "AcknowledgedByName");

            migrationBuilder.RenameColumn(
                name: "AddedBy",
                table: "PolicyTerms",
                newName: "AddedByName");

            migrationBuilder.RenameColumn(
                name: "RevokedBy",
                table: "Devices",
                newName: "RevokedByName");

            migrationBuilder.RenameColumn(
                name: "EnrolledBy",
                table: "Devices",
                newName: "EnrolledByName");

            migrationBuilder.RenameColumn(
                name: "EndedBy",
                table: "Appointments",
                newName: "EndedByName");

            migrationBuilder.RenameColumn(
                name: "AppointedBy",
                table: "Appointments",
                newName: "AppointedByName");

            migrationBuilder.RenameColumn(
                name: "AcknowledgedBy",
                table: "Appointments",
                newName: "AcknowledgedByName");

            migrationBuilder.AddColumn<string>(
                name: "ConnectedById",
                table: "XAccounts",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgedById",
                table: "RegistrySubmissions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedById",
                table: "RegistrySubmissions",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AddedById",
                table: "PolicyTerms",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EnrolledById",
                table: "Devices",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RevokedById",
                table: "Devices",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgedById",
                table: "Appointments",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppointedById",
                table: "Appointments",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EndedById",
                table: "Appointments",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 1,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 2,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 3,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 4,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 5,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 6,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 7,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 8,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 9,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 10,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 11,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 12,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 13,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 14,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 15,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 16,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 17,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 18,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 19,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 20,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 21,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 22,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 23,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 24,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 25,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 26,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 27,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 28,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 29,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 30,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 31,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 32,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.UpdateData(
                table: "PolicyTerms",
                keyColumn: "Id",
                keyValue: 33,
                column: "AddedById",
                value: "News Affairs defaults");

            migrationBuilder.Sql(ActorBackfill.Up("Devices", "EnrolledBy"));
            migrationBuilder.Sql(ActorBackfill.Up("Devices", "RevokedBy"));
            migrationBuilder.Sql(ActorBackfill.Up("XAccounts", "ConnectedBy"));
            migrationBuilder.Sql(ActorBackfill.Up("RegistrySubmissions", "SubmittedBy"));
            migrationBuilder.Sql(ActorBackfill.Up("RegistrySubmissions", "AcknowledgedBy"));
            migrationBuilder.Sql(ActorBackfill.Up("Appointments", "AppointedBy"));
            migrationBuilder.Sql(ActorBackfill.Up("Appointments", "EndedBy"));
            migrationBuilder.Sql(ActorBackfill.Up("Appointments", "AcknowledgedBy"));
            migrationBuilder.Sql(ActorBackfill.Up("PolicyTerms", "AddedBy"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ActorBackfill.Down("Devices", "EnrolledBy"));
            migrationBuilder.Sql(ActorBackfill.Down("Devices", "RevokedBy"));
            migrationBuilder.Sql(ActorBackfill.Down("XAccounts", "ConnectedBy"));
            migrationBuilder.Sql(ActorBackfill.Down("RegistrySubmissions", "SubmittedBy"));
            migrationBuilder.Sql(ActorBackfill.Down("RegistrySubmissions", "AcknowledgedBy"));
            migrationBuilder.Sql(ActorBackfill.Down("Appointments", "AppointedBy"));
            migrationBuilder.Sql(ActorBackfill.Down("Appointments", "EndedBy"));
            migrationBuilder.Sql(ActorBackfill.Down("Appointments", "AcknowledgedBy"));
            migrationBuilder.Sql(ActorBackfill.Down("PolicyTerms", "AddedBy"));

            migrationBuilder.DropColumn(
                name: "ConnectedById",
                table: "XAccounts");

            migrationBuilder.DropColumn(
                name: "AcknowledgedById",
                table: "RegistrySubmissions");

            migrationBuilder.DropColumn(
                name: "SubmittedById",
                table: "RegistrySubmissions");

            migrationBuilder.DropColumn(
                name: "AddedById",
                table: "PolicyTerms");

            migrationBuilder.DropColumn(
                name: "EnrolledById",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "RevokedById",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "AcknowledgedById",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "AppointedById",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "EndedById",
                table: "Appointments");

            migrationBuilder.RenameColumn(
                name: "ConnectedByName",
                table: "XAccounts",
                newName: "ConnectedBy");

            migrationBuilder.RenameColumn(
                name: "SubmittedByName",
                table: "RegistrySubmissions",
                newName: "SubmittedBy");

            migrationBuilder.RenameColumn(
                name: "AcknowledgedByName",
                table: "RegistrySubmissions",
                newName: "AcknowledgedBy");

            migrationBuilder.RenameColumn(
                name: "AddedByName",
                table: "PolicyTerms",
                newName: "AddedBy");

            migrationBuilder.RenameColumn(
                name: "RevokedByName",
                table: "Devices",
                newName: "RevokedBy");

            migrationBuilder.RenameColumn(
                name: "EnrolledByName",
                table: "Devices",
                newName: "EnrolledBy");

            migrationBuilder.RenameColumn(
                name: "EndedByName",
                table: "Appointments",
                newName: "EndedBy");

            migrationBuilder.RenameColumn(
                name: "AppointedByName",
                table: "Appointments",
                newName: "AppointedBy");

            migrationBuilder.RenameColumn(
                name: "AcknowledgedByName",
                table: "Appointments",
                newName: "AcknowledgedBy");
        }
    }
}
