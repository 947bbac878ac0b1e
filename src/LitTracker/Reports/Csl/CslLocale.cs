using System.Collections.Concurrent;
using System.Xml.Linq;

namespace LitTracker.Reports.Csl;

/// <summary>
/// Terms, localised date formats and options of one language, after the style's own
/// <c>&lt;locale&gt;</c> overrides were applied. Immutable once built.
/// </summary>
internal sealed class CslLocale
{
    private static readonly ConcurrentDictionary<string, CslLocale> Embedded = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Name, CslTermForm Form), (string Single, string Multiple)> terms = [];
    private readonly Dictionary<string, XElement> dates = new(StringComparer.Ordinal);

    private CslLocale(string language) => Language = language;

    public string Language { get; }

    public bool PunctuationInQuote { get; private set; }

    public bool LimitDayOrdinalsToDay1 { get; private set; }

    /// <summary>The localised <c>&lt;date form="text|numeric"&gt;</c> element, or null.</summary>
    public XElement? DateFormat(string form) => dates.GetValueOrDefault(form);

    /// <summary>
    /// A term with CSL's form fallback (verb-short → verb → long, symbol → short → long),
    /// or null when the locale has none.
    /// </summary>
    public string? Term(string name, CslTermForm form = CslTermForm.Long, bool plural = false)
    {
        while (true)
        {
            if (terms.TryGetValue((name, form), out var value))
            {
                return plural ? value.Multiple : value.Single;
            }

            switch (form)
            {
                case CslTermForm.VerbShort:
                    form = CslTermForm.Verb;
                    break;
                case CslTermForm.Symbol:
                    form = CslTermForm.Short;
                    break;
                case CslTermForm.Verb or CslTermForm.Short:
                    form = CslTermForm.Long;
                    break;
                default:
                    return null;
            }
        }
    }

    public bool HasTerm(string name, CslTermForm form) => terms.ContainsKey((name, form));

    /// <summary>The English locale for <paramref name="language"/> (en-GB for en-GB, en-US otherwise).</summary>
    public static CslLocale ForLanguage(string? language)
    {
        var key = language is not null && language.StartsWith("en-GB", StringComparison.OrdinalIgnoreCase) ? "en-GB" : "en-US";
        return Embedded.GetOrAdd(key, static k =>
        {
            using var stream = typeof(CslLocale).Assembly.GetManifestResourceStream("csl/locales/" + k + ".xml")
                ?? throw new InvalidOperationException("The embedded locale " + k + " is missing from the build.");
            var locale = new CslLocale(k);
            locale.Apply(XDocument.Load(stream).Root!);
            return locale;
        });
    }

    /// <summary>A copy with the style's <c>&lt;locale&gt;</c> elements (matching this language) applied in order.</summary>
    public CslLocale WithOverrides(IEnumerable<XElement> styleLocales)
    {
        var copy = new CslLocale(Language)
        {
            PunctuationInQuote = PunctuationInQuote,
            LimitDayOrdinalsToDay1 = LimitDayOrdinalsToDay1,
        };
        foreach (var pair in terms)
        {
            copy.terms[pair.Key] = pair.Value;
        }

        foreach (var pair in dates)
        {
            copy.dates[pair.Key] = pair.Value;
        }

        // CSL's order of precedence: no xml:lang, then the language alone, then the full dialect.
        var ordered = styleLocales
            .Select(e => (Element: e, Lang: (string?)e.Attribute(XNamespace.Xml + "lang")))
            .Where(x => x.Lang is null || Language.StartsWith(x.Lang, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Lang?.Length ?? 0);
        foreach (var (element, _) in ordered)
        {
            copy.Apply(element);
        }

        return copy;
    }

    private void Apply(XElement locale)
    {
        foreach (var child in locale.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "style-options":
                    if ((string?)child.Attribute("punctuation-in-quote") is { } piq)
                    {
                        PunctuationInQuote = piq == "true";
                    }

                    if ((string?)child.Attribute("limit-day-ordinals-to-day-1") is { } limit)
                    {
                        LimitDayOrdinalsToDay1 = limit == "true";
                    }

                    break;
                case "date":
                    dates[(string?)child.Attribute("form") ?? "text"] = child;
                    break;
                case "terms":
                    ApplyTerms(child);
                    break;
            }
        }
    }

    private void ApplyTerms(XElement element)
    {
        foreach (var term in element.Elements())
        {
            var name = (string?)term.Attribute("name");
            if (name is null)
            {
                continue;
            }

            var form = ParseForm((string?)term.Attribute("form"));
            var single = term.Elements().FirstOrDefault(e => e.Name.LocalName == "single");
            var multiple = term.Elements().FirstOrDefault(e => e.Name.LocalName == "multiple");
            var value = single is null && multiple is null
                ? (term.Value, term.Value)
                : (single?.Value ?? multiple!.Value, multiple?.Value ?? single!.Value);
            if (name.StartsWith("ordinal", StringComparison.Ordinal) && name != "ordinal" && form == CslTermForm.Long)
            {
                // A locale that redefines any ordinal suffix replaces the whole set (CSL 1.0.2, "Ordinal Suffixes").
                if (!replacingOrdinals)
                {
                    foreach (var key in terms.Keys.Where(k => k.Name.StartsWith("ordinal-", StringComparison.Ordinal)).ToList())
                    {
                        terms.Remove(key);
                    }

                    replacingOrdinals = true;
                }

            }

            terms[(name, form)] = value;
        }

        replacingOrdinals = false;
    }

    private bool replacingOrdinals;

    public static CslTermForm ParseForm(string? form) => form switch
    {
        "short" => CslTermForm.Short,
        "verb" => CslTermForm.Verb,
        "verb-short" => CslTermForm.VerbShort,
        "symbol" => CslTermForm.Symbol,
        _ => CslTermForm.Long,
    };

    /// <summary>The ordinal suffix for <paramref name="number"/> ("st", "nd", "rd", "th" in English).</summary>
    public string OrdinalSuffix(int number)
    {
        var n = Math.Abs(number);
        var lastTwo = n % 100;
        if (terms.TryGetValue(("ordinal-" + lastTwo.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), CslTermForm.Long), out var two) && lastTwo >= 10)
        {
            return two.Single;
        }

        var last = n % 10;
        if (lastTwo is < 11 or > 13 && terms.TryGetValue(("ordinal-0" + last.ToString(System.Globalization.CultureInfo.InvariantCulture), CslTermForm.Long), out var one))
        {
            return one.Single;
        }

        return Term("ordinal") ?? string.Empty;
    }
}
