using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LitTracker.Persistence.Migrations.Sqlite
{
    public partial class ClaimListIndexes : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_claims_Category_Status",
                table: "claims",
                columns: new[] { "Category", "Status" });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_claims_ArticleId_Status_Category",
                table: "claims");

            migrationBuilder.DropIndex(
                name: "IX_claims_Category_Status",
                table: "claims");

            migrationBuilder.CreateIndex(
                name: "IX_claims_ArticleId",
                table: "claims",
                column: "ArticleId");
        }
    }
}
