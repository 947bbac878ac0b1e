using System.Diagnostics;
using System.Threading.Channels;
using LitTracker.Sources;

namespace LitTracker.Import;

/// <summary>
/// Parses one file on its own thread and hands the records (and the parser's issues, in order) to
/// the writer through a bounded channel, in batches: parsing (one core) overlaps deduplication and
/// writing (the other), memory stays flat whichever side is slower, and the writer wakes once per
/// batch instead of once per record (each wake-up costs a thread-pool hand-off).
/// </summary>
internal sealed class RecordFeed : IAsyncDisposable
{
    private const int BatchSize = 32;

    // Batches in flight: 256 records at most.
    private const int Capacity = 8;

    private readonly Channel<ParsedItem[]> _channel = Channel.CreateBounded<ParsedItem[]>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
    private readonly List<ParsedItem> _batch = new(BatchSize);
    private readonly CancellationTokenSource _stop;
    private readonly ImportTimings _timings;
    private readonly Task _producer;

    private RecordFeed(Stream stream, string file, ImportFormat format, PrepareSide side, SourceRowWriter rows, ImportTimings timings, CancellationToken ct)
    {
        _timings = timings;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var stop = _stop.Token;
        _producer = Task.Factory.StartNew(() => Produce(stream, file, format, side, rows, stop), stop, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Starts parsing <paramref name="stream"/>; <paramref name="rows"/> is used by the parse thread only.</summary>
    public static RecordFeed Start(Stream stream, string file, ImportFormat format, PrepareSide side, SourceRowWriter rows, ImportTimings timings, CancellationToken ct) =>
        new(stream, file, format, side, rows, timings, ct);

    /// <summary>The next batch, or null at the end of the file; throws what the parse thread threw.</summary>
    public async ValueTask<ParsedItem[]?> NextAsync(CancellationToken ct)
    {
        var reader = _channel.Reader;
        ParsedItem[]? batch;
        while (!reader.TryRead(out batch))
        {
            var waiting = Stopwatch.GetTimestamp();
            var more = await reader.WaitToReadAsync(ct).ConfigureAwait(false);
            _timings.WriterWaitTicks += Stopwatch.GetTimestamp() - waiting;
            if (!more)
            {
                return null;
            }
        }

        return batch;
    }

    /// <summary>Prepares <paramref name="source"/> with <paramref name="rows"/> (null for a record without a title, which is not stored), adding the time to <paramref name="ticks"/>.</summary>
    public static PreparedSource? Prepare(Source source, SourceRowWriter rows, ref long ticks)
    {
        if (string.IsNullOrWhiteSpace(source.Title))
        {
            return null;
        }

        var start = Stopwatch.GetTimestamp();
        var prepared = PreparedSource.For(source, rows);
        ticks += Stopwatch.GetTimestamp() - start;
        return prepared;
    }

    /// <summary>Stops the parse thread (if still running) and waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private void Produce(Stream stream, string file, ImportFormat format, PrepareSide side, SourceRowWriter rows, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var writer = _channel.Writer;
        long prepareTicks = 0;
        try
        {
            foreach (var parsed in SourceFileParser.Parse(stream, file, format, issue => Add(new ParsedItem(null, issue, null, null), ct)))
            {
                // What depends on the record alone is done on whichever side is idle; the result is the same.
                var prepare = side == PrepareSide.Parser || (side == PrepareSide.Balanced && _channel.Reader.Count >= Capacity / 2);
                var prepared = prepare ? Prepare(parsed.Source, rows, ref prepareTicks) : null;
                Add(new ParsedItem(parsed, null, stream.CanSeek ? stream.Position : null, prepared), ct);
            }

            Flush(ct);
            writer.TryComplete();
        }
        catch (Exception e)
        {
            // The records read before a parser failure still go first, as they would have one by one.
            if (!ct.IsCancellationRequested)
            {
                try
                {
                    Flush(ct);
                }
                catch (OperationCanceledException)
                {
                }
            }

            // Rethrown on the reading side, where the import's own error handling is.
            writer.TryComplete(e);
        }
        finally
        {
            _timings.ParserPrepareTicks += prepareTicks;
            _timings.ParserTicks += Stopwatch.GetTimestamp() - start;
        }
    }

    private void Add(ParsedItem item, CancellationToken ct)
    {
        _batch.Add(item);
        if (_batch.Count == BatchSize)
        {
            Flush(ct);
        }
    }

    // The producer runs on its own thread, so waiting synchronously for room blocks nobody else.
    private void Flush(CancellationToken ct)
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var batch = _batch.ToArray();
        _batch.Clear();
        var writer = _channel.Writer;
        while (!writer.TryWrite(batch))
        {
            var waiting = Stopwatch.GetTimestamp();
            var room = writer.WaitToWriteAsync(ct).AsTask().GetAwaiter().GetResult();
            _timings.ParserWaitTicks += Stopwatch.GetTimestamp() - waiting;
            if (!room)
            {
                throw new OperationCanceledException(ct);
            }
        }
    }
}
