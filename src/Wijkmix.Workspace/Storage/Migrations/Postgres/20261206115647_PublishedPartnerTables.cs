using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Wijkmix.Workspace.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublishedPartnerTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Published",
                table: "PartnerUploads",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Published",
                table: "PartnerUploads");
        }
    }
}
