namespace LitTracker.Import.Ris;

/// <summary>One tagged value with the line it started on; continuation lines are already joined.</summary>
internal sealed record RisField(string Tag, string Value, int Line);

/// <summary>The tagged lines of one record, in file order.</summary>
internal sealed class RisRecord
{
    public RisRecord(int line) => Line = line;

    public int Line { get; }

    public List<RisField> Fields { get; } = [];

    /// <summary>The first non-empty value among <paramref name="tags"/>, in the order the tags are given.</summary>
    public string? First(params ReadOnlySpan<string> tags)
    {
        foreach (var tag in tags)
        {
            foreach (var field in Fields)
            {
                if (field.Tag == tag && field.Value.Length > 0)
                {
                    return field.Value;
                }
            }
        }

        return null;
    }

    public RisField? FirstField(params ReadOnlySpan<string> tags)
    {
        foreach (var tag in tags)
        {
            foreach (var field in Fields)
            {
                if (field.Tag == tag && field.Value.Length > 0)
                {
                    return field;
                }
            }
        }

        return null;
    }

    /// <summary>Every non-empty value of the given tags, in file order.</summary>
    public List<string> All(params ReadOnlySpan<string> tags)
    {
        var values = new List<string>();
        foreach (var field in Fields)
        {
            if (field.Value.Length > 0 && tags.Contains(field.Tag))
            {
                values.Add(field.Value);
            }
        }

        return values;
    }
}
