"""Markdown written otherwise that renders the same: what a reader sees is unchanged.

Why a module of its own: ``annotate.cosmetic`` asks whether a change is one a reader reads;
Markdown gives many ways to write the same page (an entity for its character, a list's
numbers, a link inline or by reference, a footnote's label, an image's margins in its raw
HTML's style), and telling them apart needs
the document around the change, kept here.
"""

from __future__ import annotations

import html
import re

from annotate.brackets import in_backticks
from annotate.model import Change, Document, Range
from annotate.segment import passage_index

_INLINE_TARGET = re.compile(r"\([ \t]{0,2}<?([^\s()<>]{1,2000})>?[ \t]{0,2}\)")
_REFERENCE_USE = re.compile(r"\[([^\[\]\n]{0,100})\]")
_ITEM_NUMBER = re.compile(r"[ \t]{0,12}\d{1,9}$")


def same_rendering(c: Change, a: Document, b: Document) -> bool:
    """Markdown written otherwise that renders the same: an entity for its character ("&amp;"
    → "&", the diff keeping the "&"), a later item of an ordered list renumbered ("1. two" →
    "2. two": Markdown numbers a list's items from its first), an inline link turned into a
    reference to the same address ("[docs](http://…)" → "[docs][docs]" over "[docs]: http://…"),
    a footnote's label ("[^1]" → "[^2]", as another footnote came before it)."""
    old, new = (c.original.text if c.original else ""), (c.revised.text if c.revised else "")
    if c.original is not None and c.original.start > 0 and a.text[c.original.start - 1] == "&" and ";" in old:
        return html.unescape("&" + old) == html.unescape("&" + new) != "&" + old
    if c.kind == "edit" and c.original is not None and c.revised is not None and (old_label := _footnote_label(a, c.original)) and (
        new_label := _footnote_label(b, c.revised)
    ):
        # "seed[^1]" → "seed[^2]": Markdown numbers footnotes by their order, never by their labels;
        # the same footnote still cited (its words the same under its new label)
        return _footnote_words(a, old_label) == _footnote_words(b, new_label) is not None
    if c.kind == "edit" and old.isdigit() and new.isdigit():
        return all(r is not None and _later_item(d, r) for d, r in ((a, c.original), (b, c.revised)))
    if c.kind == "edit" and (inline := _INLINE_TARGET.fullmatch(old)) and (used := _REFERENCE_USE.fullmatch(new)):
        return _defined(b, used.group(1) or _link_text(b, c.revised)) == inline.group(1)
    if c.kind == "edit" and (inline := _INLINE_TARGET.fullmatch(new)) and (used := _REFERENCE_USE.fullmatch(old)):
        return _defined(a, used.group(1) or _link_text(a, c.original)) == inline.group(1)
    return False


def _later_item(doc: Document, r: Range) -> bool:
    """Whether ``r`` is the number of an ordered list's item other than its first."""
    line = doc.text.rfind("\n", 0, r.start) + 1
    if not _ITEM_NUMBER.fullmatch(doc.text, line, r.end) or doc.text[r.end : r.end + 2] not in (". ", ") ", ".\n"):
        return False
    k = passage_index(doc.passages, r.start)
    kinds = doc.structure or ()
    return 0 < k < len(kinds) and kinds[k].kind == kinds[k - 1].kind == "list_item" and kinds[k].level == kinds[k - 1].level


def _defined(doc: Document, label: str) -> str | None:
    """The address a reference link's definition gives ``label`` ("[docs]: http://…"), or ``None``."""
    m = re.search(rf"(?im)^[ ]{{0,3}}\[{re.escape(label)}\]:[ \t]{{0,8}}<?(\S+?)>?(?:[ \t]|$)", doc.text) if label else None
    return m.group(1) if m else None


def _link_text(doc: Document, r: Range | None) -> str:
    """The text of the link whose reference ``r`` is ("[docs][]": "docs")."""
    if r is None or doc.text[r.start - 1 : r.start] != "]":
        return ""
    opening = doc.text.rfind("[", max(0, r.start - 200), r.start - 1)
    return doc.text[opening + 1 : r.start - 1] if opening >= 0 else ""


_FOOTNOTE_LABEL = re.compile(r"\[\^[^\]\s]{1,40}\]")
"""A Markdown footnote's label, as cited or defined ("[^1]", "[^eigenvectors]")."""


def _footnote_label(doc: Document, r: Range) -> str | None:
    """The footnote's label ("12" of "[^12]") whose brackets hold ``r`` in ``doc``, outside code
    (a regular expression's class, "`[^0-9]`", is no footnote).

    >>> from annotate.read import read_document
    >>> doc = read_document("A seed[^12].\\n\\n[^12]: Small. Use `[^0-9]`.\\n", fmt="markdown")
    >>> _footnote_label(doc, Range(8, 10, "12")), _footnote_label(doc, Range(2, 6, "seed")), _footnote_label(doc, Range(35, 38, "0-9"))
    ('12', None, None)
    """
    text = doc.text
    lo = max(text.rfind("\n", max(0, r.start - 42), r.start) + 1, r.start - 42)
    for m in _FOOTNOTE_LABEL.finditer(text, lo, r.end + 42):
        if m.start() + 2 <= r.start and r.end <= m.end() - 1:
            if in_backticks(text, m.start()) or (doc.structure and doc.structure[passage_index(doc.passages, m.start())].kind == "code"):
                return None
            return text[m.start() + 2 : m.end() - 1]
    return None


def _footnote_words(doc: Document, label: str) -> str | None:
    """The words of footnote ``label``'s definition ("[^12]: Small." → "Small."), if defined."""
    m = re.search(rf"(?m)^[ \t]{{0,3}}\[\^{re.escape(label)}\]:[ \t]*(.*)$", doc.text)
    return " ".join(m.group(1).split()) if m else None


def layout_style(doc: Document | None, r: Range) -> bool:
    """Whether ``r`` lies inside a ``style="…"`` attribute of a Markdown text's raw HTML and
    sets only where or how big things stand (margins, widths, alignment): no declaration that
    hides, strikes or colours what it holds."""
    if doc is None or doc.format != "markdown" or "\n" in r.text:
        return False
    line_start = doc.text.rfind("\n", 0, r.start) + 1
    attr = doc.text.rfind('style="', line_start, r.start)
    if attr < 0 or doc.text.find('"', attr + 7, r.start) >= 0 or doc.text.find('"', r.end, r.end + 300) < 0:
        return False
    value = doc.text[attr + 7 : doc.text.find('"', r.end, r.end + 300)]
    names = re.findall(r"([a-z-]+)[ \t]*:", r.text.lower())  # (whole declarations put in or taken out: "color:black" -> "white" changes a value)
    return bool(names) and all(name in _LAYOUT for name in names) and _UNSEEN_STYLE.search(value) is None


_LAYOUT = frozenset(["width", "height", "max-width", "max-height", "min-width", "min-height", "margin", "margin-top", "margin-bottom", "margin-left",
                     "margin-right", "padding", "padding-top", "padding-bottom", "padding-left", "padding-right", "display", "text-align",
                     "float", "vertical-align", "align", "border-radius", "object-fit"])
_UNSEEN_STYLE = re.compile(r"display[ \t]*:[ \t]*none|visibility[ \t]*:[ \t]*hidden|line-through|opacity[ \t]*:[ \t]*0(?![.\d])", re.IGNORECASE)
