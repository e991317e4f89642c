using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MuscleKnotGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RiskHistoryAndSymptomChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RiskHistories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Cancer = table.Column<bool>(type: "INTEGER", nullable: false),
                    WeakenedImmunity = table.Column<bool>(type: "INTEGER", nullable: false),
                    LongTermSteroids = table.Column<bool>(type: "INTEGER", nullable: false),
                    Osteoporosis = table.Column<bool>(type: "INTEGER", nullable: false),
                    InjectingDrugs = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecentInfectionOrSurgery = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    NewPain = table.Column<bool>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskHistories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskHistories_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SymptomChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    SymptomCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpToDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Checked = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SymptomChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SymptomChecks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RiskHistories_UserId",
                table: "RiskHistories",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SymptomChecks_UserId_SymptomCode",
                table: "SymptomChecks",
                columns: new[] { "UserId", "SymptomCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskHistories");

            migrationBuilder.DropTable(
                name: "SymptomChecks");
        }
    }
}
