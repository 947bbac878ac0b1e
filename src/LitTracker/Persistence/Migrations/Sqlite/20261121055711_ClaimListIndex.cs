using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LitTracker.Persistence.Migrations.Sqlite
{
    public partial class ClaimListIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_claims_ArticleId",
                table: "claims");

            migrationBuilder.CreateIndex(
                name: "IX_claims_ArticleId_Status_Category",
                table: "claims",
                columns: new[] { "ArticleId", "Status", "Category" });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_claims_ArticleId_Status_Category",
                table: "claims");

            migrationBuilder.CreateIndex(
                name: "IX_claims_ArticleId",
                table: "claims",
                column: "ArticleId");
        }
    }
}
