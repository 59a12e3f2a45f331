using CpdTwitter.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CpdTwitter.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ActorsById : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "SetBy",
                table: "Watches",
                newName: "SetByName");

            migrationBuilder.RenameColumn(
                name: "PausedBy",
                table: "PublishingSwitches",
                newName: "PausedByName");

            migrationBuilder.RenameColumn(
                name: "GrantedBy",
                table: "DutyGrants",
                newName: "GrantedByName");

            migrationBuilder.AddColumn<string>(
                name: "SetById",
                table: "Watches",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PausedById",
                table: "PublishingSwitches",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GrantedById",
                table: "DutyGrants",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(ActorBackfill.Deferred(ActorBackfill.Up("Watches", "SetBy")));
            migrationBuilder.Sql(ActorBackfill.Deferred(ActorBackfill.Up("DutyGrants", "GrantedBy")));
            migrationBuilder.Sql(ActorBackfill.Deferred(ActorBackfill.Up("PublishingSwitches", "PausedBy")));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ActorBackfill.Deferred(ActorBackfill.Down("Watches", "SetBy")));
            migrationBuilder.Sql(ActorBackfill.Deferred(ActorBackfill.Down("DutyGrants", "GrantedBy")));
            migrationBuilder.Sql(ActorBackfill.Deferred(ActorBackfill.Down("PublishingSwitches", "PausedBy")));

            migrationBuilder.DropColumn(
                name: "SetById",
                table: "Watches");

            migrationBuilder.DropColumn(
                name: "PausedById",
                table: "PublishingSwitches");

            migrationBuilder.DropColumn(
                name: "GrantedById",
                table: "DutyGrants");

            migrationBuilder.RenameColumn(
                name: "SetByName",
                table: "Watches",
                newName: "SetBy");

            migrationBuilder.RenameColumn(
                name: "PausedByName",
                table: "PublishingSwitches",
                newName: "PausedBy");

            migrationBuilder.RenameColumn(
                name: "GrantedByName",
                table: "DutyGrants",
                newName: "GrantedBy");
        }
    }
}
