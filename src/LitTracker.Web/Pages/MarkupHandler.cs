using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace LitTracker.Web.Pages;

/// <summary>Builds <see cref="Markup"/>: literals pass through, holes are HTML-encoded (invariant culture).</summary>
[InterpolatedStringHandler]
public ref struct MarkupHandler
{
    private readonly StringBuilder builder;

    /// <summary>Starts a builder sized for the literal text.</summary>
    public MarkupHandler(int literalLength, int formattedCount) => builder = new StringBuilder(literalLength + (formattedCount * 16));

    /// <summary>Appends literal markup.</summary>
    public readonly void AppendLiteral(string value) => builder.Append(value);

    /// <summary>Appends a value: markup as is, anything else encoded.</summary>
    public readonly void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case Markup markup:
                builder.Append(markup.Value);
                break;
            case null:
                break;
            case IFormattable formattable:
                builder.Append(LitTracker.Reports.Text.Html.Encode(formattable.ToString(null, CultureInfo.InvariantCulture)));
                break;
            default:
                builder.Append(LitTracker.Reports.Text.Html.Encode(value.ToString()));
                break;
        }
    }

    /// <summary>The markup built.</summary>
    public readonly Markup ToMarkup() => new(builder.ToString());
}
