using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MuscleKnotGuide.Web.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class LatestRun : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RunEnd",
                table: "AspNetUsers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RunStart",
                table: "AspNetUsers",
                type: "date",
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
