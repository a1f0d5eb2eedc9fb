using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkmix.Workspace.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SimulationResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SimulationResults",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScenarioText = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Replicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Variants = table.Column<string>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Form = table.Column<string>(type: "TEXT", nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Outcome = table.Column<byte[]>(type: "BLOB", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulationResults", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SimulationResults_At",
                table: "SimulationResults",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_SimulationResults_Owner_MunicipalityCode",
                table: "SimulationResults",
                columns: new[] { "Owner", "MunicipalityCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SimulationResults");
        }
    }
}
