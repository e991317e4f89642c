using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MuscleKnotGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SeveralEntriesADay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CheckIns_UserId_Day",
                table: "CheckIns");

            migrationBuilder.AddColumn<TimeOnly>(
                name: "Time",
                table: "CheckIns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_UserId_Day_Time",
                table: "CheckIns",
                columns: new[] { "UserId", "Day", "Time" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CheckIns_UserId_Day_Time",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "Time",
                table: "CheckIns");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_UserId_Day",
                table: "CheckIns",
                columns: new[] { "UserId", "Day" },
                unique: true);
        }
    }
}
