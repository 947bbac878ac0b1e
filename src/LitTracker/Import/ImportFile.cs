namespace LitTracker.Import;

/// <summary>One file to import: its name (for issues and format detection) and how to open it.</summary>
/// <param name="Name">The name as the user gave it.</param>
/// <param name="Open">Opens the bytes; called once, and the stream is disposed after reading.</param>
public sealed record ImportFile(string Name, Func<Stream> Open)
{
    /// <summary>A file on disk.</summary>
    public static ImportFile FromPath(string path) =>
        new(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
}
