using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MuscleKnotGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LatestRunOnUser : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RunEnd",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RunStart",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RunEnd",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RunStart",
                table: "AspNetUsers");
        }
    }
}
