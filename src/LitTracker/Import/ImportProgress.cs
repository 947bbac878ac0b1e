namespace LitTracker.Import;

/// <summary>Where a running import is.</summary>
/// <param name="File">The file being read.</param>
/// <param name="FileIndex">0-based index of that file.</param>
/// <param name="FileCount">How many files the run has.</param>
/// <param name="Records">Records read so far in this run.</param>
/// <param name="Position">Bytes of the file read so far, when the stream can tell.</param>
/// <param name="Length">The file's length in bytes, when known.</param>
public readonly record struct ImportProgress(string File, int FileIndex, int FileCount, long Records, long? Position, long? Length);
