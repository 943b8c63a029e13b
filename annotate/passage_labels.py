"""Labels a passage carries by its whole shape, apart from the words that open it.

Why this exists: ``annotate.openings`` reads a label from the words opening a passage; some
passages are labelled (or not) by their shape as a whole — a plain text's banner ruled off
above and below, a label alone over an indented body, an HTML page's heading (which has no
"#" to say so), a list of bold terms whose "Edit:" names a term, not a note. ``annotate.detect``
asks these questions of each passage.
"""

from __future__ import annotations

import bisect
import re

from annotate.dates import FoundDate, find_dates
from annotate.extent import indent
from annotate.labeldates import as_of_date, date_in, datey
from annotate.labels import LABEL_WORD
from annotate.model import Document
from annotate.openings import label_at
from annotate.org import org_heading

_RULE_LINE = re.compile(r"[ \t]{0,3}([=*#~_-])\1{2,200}[ \t]*\n")
"""A line of one character repeated, ruling off a plain text's banner ("=====…", "---")."""


_FRAMED_LINE = re.compile(r"[ \t]{0,3}(={2,6}|-{2,4}|#{2,6}|~{2,4})[ \t]{1,4}(\S[^\n]{0,80}?)[ \t]{1,4}\1[ \t]*(?:\n|$)")
"""A line framed by the same marks on both sides ("-- Update --", "== Update 2021-03-03 ==")."""


def framed_label(text: str, start: int, end: int) -> tuple[str, FoundDate | None, int] | None:
    """The label of a banner ruled off above and below ("=====\nDISCLAIMER 2017-01: this
    resource is not maintained.\n=====", as plain texts set a notice apart), or of a line framed
    alike on both sides ("-- Update --", MediaWiki's "=== Update 2021-03-03 ===")."""
    if text[start : start + 1] in "=-#~ \t" and (line := _FRAMED_LINE.match(text, start, end)) is not None and (found := label_at(text, line.start(2), line.end(2), as_heading=True)) is not None:
        return found[0], found[1], line.end()  # "-- Update --", "=== Update 2021-03-03 ===": a label line framed alike on both sides
    rule = _RULE_LINE.match(text, start, end)
    if rule is None or not re.search(rf"\n[ \t]{{0,3}}{re.escape(rule.group(1))}{{3,200}}[ \t]*$", text[rule.end() : end]):
        return None
    return label_at(text, rule.end(), end)


_TERM_ITEM = re.compile(r"[ \t]{0,3}[-*+][ \t]{1,4}(?:\*\*|__)([^*_\n:]{1,40}?)[ \t]{0,2}(?::(?:\*\*|__)|(?:\*\*|__)[ \t]{0,2}:)")
"""A list item opening with a term in bold and its colon ("- **Korjaus:** 45 €/h")."""


def term_list(text: str, start: int) -> bool:
    """Whether the list item at ``start`` is one of a list of terms ("- **Korjaus:** 45 €/h" over
    "- **Huolto:** 30 €/h": a price list, a glossary; a label word there names a term, "repair")."""
    if (own := _TERM_ITEM.match(text, start)) is None or len(text[own.end() : text.find("\n", own.end()) % (len(text) + 1)].split()) > 4:
        return False  # (an item saying more than a value is no term's: "- **Edit:** the screen issue was fixed …")
    for at in (text.rfind("\n", 0, max(0, start - 1)) + 1, text.find("\n", start) + 1):
        m = _TERM_ITEM.match(text, at) if 0 < at != start else None
        if m is not None and LABEL_WORD.fullmatch(m.group(1).strip()) is None and not find_dates(m.group(1), years=True):
            return True  # (the item next to it a term that is no label word nor a date)
    return False


def html_heading(doc: Document, k: int) -> bool:
    """Whether passage ``k`` is an HTML page's heading that reads as "## …" would: not a label
    word alone ("Update" over how to update), which ``box_title`` judges; or an Org text's
    heading ("*** Update on 2022-12-19")."""
    p = doc.passages[k]
    if doc.format == "text" and doc.text.startswith("*", p.start):
        return org_heading(doc, k)
    return doc.format == "html" and bool(doc.structure) and doc.structure[k].kind == "heading" and (
        LABEL_WORD.fullmatch(doc.text, p.start, p.end) is None
    )


def label_alone(doc: Document, k: int) -> tuple[str, FoundDate | None, int] | None:
    """A passage that is nothing but a label ("Update", "Update (2016-01-05)") above an
    indented body: a plain-text heading."""
    text, passages = doc.text, doc.passages
    p = passages[k]
    if k + 1 >= len(passages) or indent(text, passages[k + 1].start) <= indent(text, p.start):
        return None
    m = LABEL_WORD.match(text, p.start, p.end)
    if m is None or not datey(text, m.end(), p.end):
        return None
    found = date_in(text, m.end(), p.end)
    if found is None:
        found = as_of_date(text, p.end, passages[k + 1].end)  # "Update\n\n    As of 05-Jan-2016, …"
    return text[m.start() : m.end()], found, p.end


def strong_title(doc: Document, k: int) -> tuple[str, FoundDate | None, int] | None:
    """An HTML paragraph opening with a label set in bold as its title, with no colon (the
    page's text keeps no "**" to say so): "<strong>Update due to technical issues</strong> Day 1
    …", "<b>Update (5 May 2021)</b><br>The venue …". The bold run is read as a heading's line; a
    callout word ("Note") only before a sentence."""
    p = doc.passages[k]
    if doc.format != "html" or not doc.inline:
        return None
    at = bisect.bisect_left(doc.inline, (p.start,), key=lambda s: (s.start,))
    span = doc.inline[at] if at < len(doc.inline) else None
    if span is None or span.start != p.start or span.kind not in ("strong", "emphasis") or not span.start < span.end < p.end - 1:
        return None
    found = label_at(doc.text, span.start, span.end, as_heading=True)
    if found is None or found[2] < span.end - 1 or doc.text[found[2] - 1 : found[2]] == ":":
        return None  # (its colon already read it: "<strong>Update:</strong> …")
    rest = doc.text[span.end : p.end].lstrip(" \t\n.:\u2014\u2013-")
    if not (rest[:1].isupper() or rest[:1].isdigit() or "\n" in doc.text[span.end : span.end + 3]):
        return None  # (bold words going on in the sentence: "<b>Updates to the timetable</b> were published …")
    return found[0], found[1], span.end
