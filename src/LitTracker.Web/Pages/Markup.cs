using System.Text;

namespace LitTracker.Web.Pages;

/// <summary>
/// HTML that is already safe to write. Build it with <see cref="Html(ref MarkupHandler)"/>: every
/// value interpolated into it is encoded unless it is itself <see cref="Markup"/>, so page code
/// cannot forget to encode (the same guarantee Razor gives).
/// </summary>
public readonly record struct Markup(string Value)
{
    /// <summary>Nothing.</summary>
    public static Markup Empty { get; } = new(string.Empty);

    /// <summary>Markup from an interpolated string whose holes are encoded.</summary>
    public static Markup Html(ref MarkupHandler handler) => handler.ToMarkup();

    /// <summary>Trusted markup (from the library's HTML renderers), written as is.</summary>
    public static Markup Trusted(string html) => new(html);

    /// <summary>Concatenates pieces.</summary>
    public static Markup Join(IEnumerable<Markup> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append(part.Value);
        }

        return new Markup(builder.ToString());
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
