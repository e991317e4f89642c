using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MuscleKnotGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CheckInQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AfterFallOrInjury",
                table: "CheckIns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StoppedActivities",
                table: "CheckIns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StoppedSleeping",
                table: "CheckIns",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AfterFallOrInjury",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "StoppedActivities",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "StoppedSleeping",
                table: "CheckIns");
        }
    }
}
