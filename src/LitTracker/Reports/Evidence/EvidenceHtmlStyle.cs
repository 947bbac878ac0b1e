namespace LitTracker.Reports.Evidence;

/// <summary>The inline stylesheet of the HTML evidence table (print-friendly, no external resources).</summary>
internal static class EvidenceHtmlStyle
{
    public const string Css =
        "h1{margin-bottom:.2em}.demo{background:#fff4d6;border:2px solid #c98a00;padding:.6em .8em;font-weight:600}"
        + ".claim{border-top:2px solid #444;margin:1.5em 0;padding-top:.5em}.claim h3{margin:.2em 0}"
        + ".key{color:#555;font-weight:normal}.facts{display:flex;flex-wrap:wrap;gap:.3em 1.5em;margin:.4em 0}"
        + ".facts div{white-space:nowrap}.facts dt{display:inline;font-weight:600}.facts dt::after{content:\": \"}.facts dd{display:inline;margin:0}"
        + ".verdict{font-weight:700;text-transform:uppercase}"
        + ".sides{display:grid;grid-template-columns:1fr 1fr;gap:1em}.side{border:1px solid #9a9;border-radius:4px;padding:.4em .7em}"
        + ".side.against{border-color:#b55;background:#fff7f7}.side h4,.other h4{margin:.2em 0 .4em}"
        + ".citation{border-top:1px dashed #bbb;padding:.3em 0}.citation:first-of-type{border-top:none}"
        + ".citation dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em .6em;margin:.2em 0}.citation dt{color:#555}.citation dd{margin:0}"
        + ".source{font-weight:600;margin:.1em 0}.retracted{color:#fff;background:#a00;padding:0 .3em;border-radius:3px;font-size:.85em}"
        + ".none{color:#666;font-style:italic}.legend dt{font-weight:600}"
        + ".sign-off table{border-collapse:collapse;width:100%}.sign-off th,.sign-off td{border:1px solid #444;padding:.5em;text-align:left}.sign-off td{height:3em}"
        + "@media print{.sides{grid-template-columns:1fr 1fr}.claim{break-inside:avoid}}";
}
