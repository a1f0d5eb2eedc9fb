using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkmix.Workspace.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplexesAndFlagRule : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "ComplexFlagBuurtFactor",
                table: "Workspaces",
                type: "REAL",
                nullable: false,
                defaultValue: 2.0);

            migrationBuilder.AddColumn<int>(
                name: "ComplexFlagPercent",
                table: "Workspaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<int>(
                name: "ComplexFlagYears",
                table: "Workspaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<bool>(
                name: "PartnersSeeOwnDetail",
                table: "Workspaces",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PartnerComplexes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UploadId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    BuurtCode = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerComplexes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerComplexes_PartnerUploads_UploadId",
                        column: x => x.UploadId,
                        principalTable: "PartnerUploads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerComplexes_UploadId",
                table: "PartnerComplexes",
                column: "UploadId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartnerComplexes");

            migrationBuilder.DropColumn(
                name: "ComplexFlagBuurtFactor",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "ComplexFlagPercent",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "ComplexFlagYears",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "PartnersSeeOwnDetail",
                table: "Workspaces");
        }
    }
}
