using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LitTracker.Persistence.Migrations.Sqlite
{
    public partial class Initial : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
