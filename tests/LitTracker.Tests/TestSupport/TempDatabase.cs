using LitTracker.Persistence;

namespace LitTracker.Tests.TestSupport;

/// <summary>A SQLite file in a fresh temporary folder, deleted with the folder on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("littracker-test-").FullName;
        Path = System.IO.Path.Combine(Folder, "test.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public Task<LitTrackerDbContext> OpenAsync() => LitTrackerDatabase.OpenAsync(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalising connection; the OS temp cleaner will get it.
        }
    }
}
