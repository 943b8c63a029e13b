"""Notes marked without a label word: a paragraph set in emphasis from end to end at a page's
top or foot, or dated first (a paragraph about the page's state is ``annotate.status``, a legend
for marked values ``annotate.legends``, a log's entries ``annotate.logs``).

Why this exists: most notes open with a label ("Update:", "Note:"), which ``annotate.openings``
reads. Some are marked by where they stand or how they are set instead: a paragraph in bold
put above an article, "This charter is obsolete." at a page's top. ``annotate.detect`` asks these
tests of each passage it finds no label in, under comparison only (read alone, a page cannot
show which of its bold paragraphs are new); the comparison then keeps only the new ones.
"""

from __future__ import annotations

import re

from annotate.dates import FoundDate
from annotate.labeldates import date_in, datey
from annotate.model import AnnotationKind, Document
from annotate.read.dateline import is_dateline

Marked = tuple[AnnotationKind, str | None, FoundDate | None]
"""A passage's kind of note, its label (as written) and the date the label gives."""

EMPHASISED = re.compile(r"(?:>[ \t]?)?(\*\*|__|\*|_)(?![\s*_])[^\n]{0,600}?(?<![\s*_])\1[.!]?[ \t]*")
"""A one-line paragraph in emphasis from end to end ("**There is a newer release candidate: …**")."""
_EMPHASISED_WORDS = 6
"""Fewer words in emphasis are a title ("**Revised Schedule**"), not a note."""
_EDGE = 6
"""A notice in emphasis stands among a page's first or last passages."""
_NOTE_BELOW = re.compile(
    r"(?:\(?(?:see|scroll\s+down\s+for)\s+)?(?:the\s+|an?\s+)?(?:updates?|corrections?|edits?|addendum|clarification|editor['\u2019]s\s+note)\s+"
    r"(?:below|appended|added|at\s+(?:the\s+)?(?:end|bottom)(?:\s+of\s+(?:this|the)\s+(?:post|article|page|story|piece))?)[.!)]{0,2}",
    re.IGNORECASE,
)
"""A short pointer to a note further down ("*Update below.*", "*Correction appended.*")."""


def emphasised_paragraph(doc: Document, k: int, old: frozenset[str] = frozenset()) -> Marked | None:
    """A paragraph of a sentence or more set in bold or italics from end to end: put into
    an article, it is set apart as a notice to readers ("**The name of this project was updated
    to Myrlyn on Jan. 9**", "*[1] The feedback link is non-functional (2020-10-06)*"); the
    comparison keeps it only when it is new. A lead-in ending with a colon is not one, nor an
    interview's question in bold."""
    if not doc.structure or doc.structure[k].kind != "paragraph":
        return None
    text, p = doc.text, doc.passages[k]
    m = EMPHASISED.fullmatch(text, p.start, p.end)
    if m is None:
        return None
    words = text[p.start : p.end].split()
    if _EDGE <= k < len(doc.passages) - _EDGE:
        return None  # (mid-body, a bold sentence is the author's emphasis: "**Always wear a helmet.**")
    whole = text[p.start : p.end]
    if _NOTE_BELOW.fullmatch(text, p.start + len(whole) - len(whole.lstrip("> \t*_")), p.start + len(whole.rstrip(" \t.!*_"))) is not None:
        return "bracketed", None, None  # ("*Correction appended.*": its note is at the foot)
    if len(words) >= _EMPHASISED_WORDS and any(w.endswith(":") for w in words[:4]) and (first := _dated_lead(text, p.start, p.end)) is not None:
        # dated first: "**04/12/2020: i dati relativi al giorno 03/12/2020 … sono dati corretti**",
        # "**April 3, 2022: the vote count in this story has been corrected.**";
        # one of its kind (a diary's or a timeline's entries are written so, every one)
        return None if _dated_elsewhere(doc, k, same_opening=True, old=old) else ("labelled", first[0], first[1])
    mark = m.group(1)
    if mark in text[m.end(1) : text.rfind(mark, m.end(1), m.end())]:
        return None  # ("*Python* is great, and so is *Rust*": emphasis around words, not the paragraph)
    if text[p.start : p.end].rstrip("*_ \t").endswith((":", "?")):
        return None
    if text[p.start : p.end].lstrip("*_> \t").startswith(("By ", "by ")) and is_dateline(text[p.start : p.end]):
        return None  # a new byline ("*By Mara Quinn — 13 July 2021, updated 15 July 2021*")
    if len(words) < _EMPHASISED_WORDS or any(w.endswith(":") for w in words[:3]):
        return None  # (a title, or an aside under a title of its own: "**Fun fact: Its dev call …**")
    return "bracketed", None, None


_DATED_LEAD = re.compile(r"(?:>[ \t]?)?(?:[*_]{1,3}(?=[^\s*_:])|(?=[0-9]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))([^\s*_:][^\n:*_]{5,30}?)(?:[*_]{1,3})?:(?:[*_]{1,3})?[ \t]")
"""A paragraph's lead up to its first colon, in emphasis or a date as written ("**04/12/2020: …",
"**2021-03-03:** …", "2021-03-03: …")."""
_CJK_DATED_LEAD = re.compile(
    r"(?:>[ \t]?)?(?:[*_]{1,3})?(\d{4}[ \t]?年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?日)(?:[*_]{1,3})?[ \t]*[:\uff1a][ \t]*(?=\S)"
    r"|>[ \t]?(?:[*_]{1,3})?(\d{4}[ \t]?年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?日)(?:[*_]{1,3})?[ \t]+(?![起からにの的是开始まで以降至到前后後]|[ \t])"
)
"""The same lead in Chinese or Japanese, its colon full-width; or none, set apart in a quote ("> 2023年08月15日
我后来……"), the day no sentence's subject ("2024年3月1日 起新规正式实施", "… から施行されます")."""
_MONTH_OPENINGS = frozenset(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"])


def dated_paragraph(doc: Document, k: int, old: frozenset[str] = frozenset()) -> Marked | None:
    """A paragraph opening with a day's date and a colon, in emphasis or not ("**2021-03-03:** The
    port is closed again.", a plain text's "2021-03-03: …"), when no other paragraph of the
    document opens so: a dated addition (a diary's or a timeline's entries, every one written
    so, are its content); the comparison keeps it only when it is new."""
    text, p = doc.text, doc.passages[k]
    if not (text[p.start] in "*_>" or text[p.start].isdigit() or text[p.start : p.start + 3].lower() in _MONTH_OPENINGS):
        return None  # (a cheap test first)
    if (doc.structure and doc.structure[k].kind != "paragraph") or (not doc.structure and doc.format != "text"):
        return None
    if (first := _dated_lead(text, p.start, p.end)) is None:
        return None
    # (by month, "**July 2022**: …", only the original's paragraphs count: updates months apart, added
    # to a post, are notes; by day, any other such paragraph makes them a diary's, a live report's days)
    # (set apart in a quote, "> 2023年08月15日 …", a day counts as a month does: the page's own quotes are no diary)
    quoted = first[1].precision == "month" or text.startswith(">", p.start)
    return None if _dated_elsewhere(doc, k, old=old if quoted else frozenset()) else ("labelled", first[0], first[1])


def _dated_elsewhere(doc: Document, k: int, same_opening: bool = False, old: frozenset[str] = frozenset()) -> bool:
    """Whether a passage of ``doc`` other than ``k`` opens with a dated lead (``_dated_lead``), one
    opening with the same character when ``same_opening``: a diary's or a timeline's entries.
    With ``old`` (the original's passages, under comparison), only the original's passages count:
    two dated updates added to a post are notes, a diary's new entry under its old ones is not."""
    text, p = doc.text, doc.passages[k]
    return any(
        q is not p and (not same_opening or text.startswith(text[p.start], q.start))
        and (not old or text[q.start : q.end] in old) and _dated_lead(text, q.start, q.end) is not None  # (the cheap test first)
        for q in doc.passages
    )


def _dated_lead(text: str, start: int, end: int) -> tuple[str, FoundDate] | None:
    """The lead and its date when a paragraph's lead before its colon is a day's or a month's date
    and nothing else ("04/12/2020", "2020-12-04", "Friday, December 4, 2020", "**July 2022**")."""
    m = _DATED_LEAD.match(text, start, end) or _CJK_DATED_LEAD.match(text, start, end)
    g = (m.lastindex or 1) if m is not None else 1
    if m is None or not datey(text, m.start(g), m.end(g)) or (date := date_in(text, m.start(g), m.end(g))) is None:
        return None  # (a day written either way round, "04/12/2020", is read as the document writes its dates)
    return (m.group(g).strip(), date) if date.precision in ("day", "month") else None
