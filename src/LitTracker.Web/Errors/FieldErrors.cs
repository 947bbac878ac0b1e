using LitTracker.Grading;

namespace LitTracker.Web.Errors;

/// <summary>Collects field-level errors while a request is validated, so the caller hears about all of them at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    /// <summary>True when nothing was reported.</summary>
    public bool IsEmpty => errors.Count == 0;

    /// <summary>Records an error on a field.</summary>
    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>The errors in the shape of <c>HttpValidationProblemDetails.Errors</c>.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>A vocabulary word (e.g. a stance), or null when absent; records an error when unknown.</summary>
    public T? Word<T>(string field, string? text)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (VocabularyNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        Add(field, $"'{text}' is not one of: {string.Join(", ", VocabularyNames.Names<T>())}.");
        return null;
    }

    /// <summary>Records an error when <paramref name="text"/> is longer than <paramref name="max"/> characters.</summary>
    public void MaxLength(string field, string? text, int max)
    {
        if (text is not null && text.Length > max)
        {
            Add(field, $"At most {max} characters (got {text.Length}).");
        }
    }
}
