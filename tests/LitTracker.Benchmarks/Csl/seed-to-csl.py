"""Exports LitTracker's seed sources (seed/sources.json) as CSL-JSON, mirroring CslSourceMapper."""
import json, sys
types = {"journal-article": "article-journal", "preprint": "article", "book": "book", "book-chapter": "chapter",
         "report": "report", "web-page": "webpage"}
def given(g):
    if g and len(g) <= 3 and g.isupper() and g.isalpha():
        return " ".join(c + "." for c in g)
    return g
out = []
for s in json.load(open(sys.argv[1]))["sources"]:
    item = {"id": s["key"], "type": types.get(s.get("type"), "article-journal" if s.get("container") else "document")}
    for src, dst in [("title", "title"), ("container", "container-title"), ("containerAbbreviation", "container-title-short"),
                     ("volume", "volume"), ("issue", "issue"), ("pages", "page"), ("doi", "DOI"), ("url", "URL"), ("publisher", "publisher")]:
        if s.get(src):
            item[dst] = str(s[src])
    if not item.get("container-title") and item.get("container-title-short"):
        item["container-title"] = item["container-title-short"]
    if s.get("year"):
        item["issued"] = {"date-parts": [[p for p in (s.get("year"), s.get("month"), s.get("day") if s.get("month") else None) if p]]}
    names = []
    for a in s.get("authors", []):
        if isinstance(a, str):
            parts = a.rsplit(" ", 1)
            a = {"family": parts[0], "given": parts[1]} if len(parts) == 2 and parts[1].isupper() else {"literal": a}
        if a.get("literal"):
            names.append({"literal": a["literal"]})
        else:
            fam = a.get("family", "")
            n = {"family": fam, "given": given(a.get("given"))}
            words = fam.split(" ")
            if len(words) > 1 and words[0][:1].islower():
                n = {"family": words[-1], "non-dropping-particle": " ".join(words[:-1]), "given": given(a.get("given"))}
            names.append(n)
    if names:
        item["author"] = names
    out.append(item)
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
