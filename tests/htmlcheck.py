"""Shared checks for the HTML report tests: sample pairs, a demo pair and the markup allowlist."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import html as lhtml

import annotate
from annotate.model import Comparison
from annotate.read import read_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEED = ROOT.parent / "shared" / "seed"

SAMPLE_PAIRS = {
    "parenthetical": ("original.txt", "republished.txt"),
    "updates": ("original.md", "revised.md"),
    "html": ("original.html", "revised.html"),
    "migrated": ("original.txt", "revised.txt"),
}

DEMO_A = """The Harbour Bridge Reopens

The harbour bridge reopened on Monday after eighteen months of repairs, the city council said.

Engineers replaced 412 rivets and repainted the entire span in its original grey.

The mayor, Jane Ortiz, called the work "a triumph of patience" and thanked residents for their forbearance.

Traffic is expected to return to normal levels within two weeks.

The repairs cost 14 million euros, slightly above the original estimate of 12 million.

Local shops near the bridge reported a sharp fall in trade during the closure.

A ceremony attended by about 300 people marked the reopening.

Cyclists will be able to use a new dedicated lane from next month.

The council plans a similar programme for the river tunnel in 2019.
"""

DEMO_B = """The Harbour Bridge Reopens

The harbour bridge reopened on Monday after twenty months of repairs, the city council said.

Engineers replaced 412 rivets and repainted the entire span in its original grey.

The mayor, Jane Ortiz, called the work "a triumph of patience" and thanked residents.

Traffic is expected to return to normal levels within two weeks.

The repairs cost 14 million euros, slightly above the original estimate of 12 million. \
[Update, 3 March 2018: the final bill was 15.2 million euros.]

A ceremony attended by about 300 people marked the reopening.

Local shops near the bridge reported a sharp fall in trade during the closure.

Cyclists will be able to use a new dedicated lane from next month.

Correction, 5 March 2018: An earlier version of this article misspelled the mayor's name.

The council plans a similar programme for the river tunnel in 2020.
"""


def demo() -> Comparison:
    """A small invented pair with an edit, a deletion, a move and two dated notes."""
    return annotate.compare_documents(
        read_document(DEMO_A, name="demo/original.txt"), read_document(DEMO_B, name="demo/revised.txt")
    )


def sample(name: str) -> Comparison:
    a, b = SAMPLE_PAIRS[name]
    return annotate.compare_documents(
        read_document(SAMPLES / name / a, name=f"{name}/{a}"), read_document(SAMPLES / name / b, name=f"{name}/{b}")
    )


def seed() -> Comparison:
    return annotate.compare_documents(
        read_document(SEED / "original-2016-reconstructed.txt", name="original-2016-reconstructed.txt"),
        read_document(SEED / "republished-2017.txt", name="republished-2017.txt"),
    )


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)" onclick="alert(2)">click</a>',
    "text with </script><script>alert(3)</script> inside",
    "&lt;script&gt;alert(4)&lt;/script&gt; &amp;lt; &#60;b&#62; &#x3C;i&#x3E;",
    "<!-- a comment --> <![CDATA[ x ]]> <?pi x?>",
    '<style>body{display:none}</style> <div style="color:red">x</div>',
    "NUL \x00 VT \x0b FF \x0c ESC \x1b[31m DEL \x7f C1 \x85 \x9b",
    "bidi \u202e reversed \u2066 isolate \u200f mark",
    "lone surrogates \ud800 and \udfff, nonchars \ufffe \uffff",
    "]]> \"quotes\" 'single' `back` ${x} {{x}}",
]

"""Inputs that try to become markup, script or invalid XML."""


def has_class(cls: str) -> str:
    """An XPath predicate for one class token."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')"


TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "input", "header", "p", "h1", "h2", "div", "section", "b",
    "ul", "li", "span", "label", "kbd", "aside", "nav", "ol", "main", "details", "summary", "ins", "del", "footer",
    "script", "strong", "em", "s", "code", "h3", "blockquote",
}
CLASSES = {
    "skip", "view-radio", "top", "kicker", "docs", "doc", "doc-label", "doc-title", "doc-source", "doc-date", "doc-warn",
    "limit", "counts", "count", "c-note", "c-silent", "c-move", "c-other", "c-minor", "c-frame", "some", "none", "legend", "s-ins",
    "s-del", "s-note", "s-silent", "s-frame", "frame", "toolbar", "seg", "jumps", "keys", "layout", "panel", "tag",
    "t-note", "t-silent", "t-addition", "t-deletion", "t-edit", "t-move", "t-frame", "excerpt", "empty", "disclosed", "discloses", "colheads",
    "h-a", "h-b", "h-inline", "nodiff", "fold", "row", "k-equal", "k-changed", "k-insert", "k-delete", "k-move_from",
    "k-move_to", "has-a", "has-b", "has-changes", "silent", "eq", "is-note", "is-frame", "stop", "cell", "a", "b",
    "move-link", "in-b", "step", "once", "ghost", "addition", "deletion", "edit", "annotation", "note-cont", "block", "badge", "ev",
    "frame-label", "ctl", "md-h1", "md-h2", "md-h3", "md-h4", "md-h5", "md-h6", "md-quote", "md-li", "md-code",
    "md-ref", "md-rule", "md-link", "md-target", "md-image", "meta-changes", "index", "index-toggle", "step-report",
    # the history timeline (annotate.render.html.history)
    "hist", "hist-main", "hsec", "h-stealth", "h-timeline", "h-notes", "h-blame", "h-steps", "vlink", "nlink", "gone",
    "correction", "stealth-list", "stealth", "st-head", "st-of", "st-quote", "st-change", "timeline", "tl-item",
    "tl-dot", "tl-head", "tl-v", "tl-date", "tl-source", "tl-facts", "tl-n", "tl-add", "tl-gone", "tl-chg", "hnotes",
    "hnote", "hn-head", "hn-id", "hn-date", "hn-absent", "hn-text", "hn-last", "blame-legend", "swatch", "bl-date",
    "blame", "bl", "bl-tag", "bl-text", "hstep", "hs-sum", "hchanges", "hchange", "hc-kind", "hc-disc", "hc-text",
    "frame-ins", "move", *(f"vc{k}" for k in range(8)),
}
ARIA = {
    "Annotations and changes", "Comparison", "Legend", "View", "Summary", "Original", "Republished", "Metadata",
    "previous change", "next change", "previous annotation", "next annotation",
}
ATTRS: dict[str, re.Pattern[str]] = {
    "lang": re.compile(r"en"),
    "charset": re.compile(r"utf-8"),
    "http-equiv": re.compile(r"Content-Security-Policy"),
    "name": re.compile(r"viewport|color-scheme|generator|view"),
    "content": re.compile(r"default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+';"
                          r" img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
                          r"|width=device-width, initial-scale=1|light dark|annotate"),
    "href": re.compile(r"#(?:[rcnf][0-9]+|main)|[^/\\<>\"']{1,200}\.v[0-9]+-v[0-9]+\.html"),
    "id": re.compile(r"[rcnf][0-9]+|view-side|view-inline|top|main"),
    "type": re.compile(r"radio"),
    "checked": re.compile(r"checked"),
    "for": re.compile(r"view-side|view-inline"),
    "role": re.compile(r"group"),
    "datetime": re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"),
    "aria-hidden": re.compile(r"true"),
    "open": re.compile(r"open"),
}


def check_allowlist(page: str) -> lhtml.HtmlElement:
    """Parse ``page`` and fail on any tag, attribute, class or attribute value the renderer does not make."""
    from annotate.render.html.assets import CSS, SCRIPT

    assert page.startswith("<!DOCTYPE html>\n")
    root = lhtml.document_fromstring(page)
    ids: list[str] = []
    for el in root.iter():
        assert isinstance(el.tag, str), f"unexpected node {el!r}"  # no comments, no processing instructions
        assert el.tag in TAGS, f"unexpected tag <{el.tag}>"
        for name, value in el.attrib.items():
            if name == "class":
                unknown = set(value.split()) - CLASSES
                assert not unknown, f"unexpected class {unknown} on <{el.tag}>"
            elif name == "aria-label":
                assert value in ARIA, f"unexpected aria-label {value!r}"
            else:
                assert name in ATTRS, f"unexpected attribute {name}= on <{el.tag}>"
                assert ATTRS[name].fullmatch(value), f"unexpected value {name}={value!r} on <{el.tag}>"
            if name == "id":
                ids.append(value)
        if el.tag == "script":
            assert el.text == SCRIPT
        if el.tag == "style":
            assert el.text == CSS
    assert len(ids) == len(set(ids)), "duplicate ids"
    targets = {h[1:] for h in root.xpath("//a/@href") if h.startswith("#")}
    assert targets <= set(ids), f"links to missing ids: {targets - set(ids)}"
    assert len(root.xpath("//script")) == 1 and len(root.xpath("//style")) == 1
    assert page.count("</script") == 1 and page.count("<script") == 1
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", page)
    page.encode("utf-8")  # no lone surrogates
    return root
