"""Notes marked without a label word: a new entry in a log of the page's own edits, a
paragraph set in emphasis from end to end at a page's top or foot, a paragraph about the page
itself near its top.

Why this exists: most notes open with a label ("Update:", "Note:"), which ``annotate.openings``
reads. Some are marked by where they stand or how they are set instead: a dated list item
under "## Changelog", a paragraph in bold put above an article. ``annotate.detect`` asks these
tests of each passage it finds no label in, under comparison only (read alone, a page cannot
show which of its bold paragraphs are new); the comparison then keeps only the new ones.
"""

from __future__ import annotations

import re

from annotate.dates import FoundDate
from annotate.labeldates import date_in, datey
from annotate.labels import SECTION_TITLE
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


def emphasised_paragraph(doc: Document, k: int) -> Marked | None:
    """A paragraph of a sentence or more set in bold or italics from end to end: put into
    an article, it is set apart as a notice to readers ("**The name of this project was updated
    to Myrlyn on Jan. 9**", "*[1] The feedback link is non-functional (2020-10-06)*"); the
    comparison keeps it only when it is new. A lead-in ending with a colon is not one, nor an
    interview's question in bold."""
    if not doc.structure or doc.structure[k].kind != "paragraph":
        return None
    text, p = doc.text, doc.passages[k]
    if _EDGE <= k < len(doc.passages) - _EDGE:
        return None  # (mid-body, a bold sentence is the author's emphasis: "**Always wear a helmet.**")
    m = EMPHASISED.fullmatch(text, p.start, p.end)
    if m is None:
        return None
    mark = m.group(1)
    if mark in text[m.end(1) : text.rfind(mark, m.end(1), m.end())]:
        return None  # ("*Python* is great, and so is *Rust*": emphasis around words, not the paragraph)
    if text[p.start : p.end].rstrip("*_ \t").endswith((":", "?")):
        return None
    words = text[p.start : p.end].split()
    if text[p.start : p.end].lstrip("*_> \t").startswith(("By ", "by ")) and is_dateline(text[p.start : p.end]):
        return None  # a new byline ("*By Mara Quinn — 13 July 2021, updated 15 July 2021*")
    if len(words) < _EMPHASISED_WORDS or any(w.endswith(":") for w in words[:3]):
        return None  # (a title, or an aside under a title of its own: "**Fun fact: Its dev call …**")
    return "bracketed", None, None


_LOG_ENTRY = re.compile(
    r"[ \t]{0,3}[-*+][ \t]{1,4}(?:[*_]{1,3})?([^\n*_]{4,40}?)(?:[*_]{1,3})?[ \t]{0,2}(?::(?=[ \t])|\u2014|\u2013|[ \t]-{1,2}[ \t])"
)
"""A list item opening with a date or time and a separator ("- **2026-05-01 21:07 UTC** — …",
"* 12:17 PST - Correct …", "- __March 10, 2026__: …")."""
_LOG_NAME = r"(?:notices?|edits|update\s+log|changes)[*_ \t:]{0,4}"
_LOG_NAME_RE = re.compile(_LOG_NAME, re.IGNORECASE)
"""A title over a log of the page's own edits, besides ``SECTION_TITLE``'s ("### Notice"):
the whole title ("## Changes to the tax law" is a section about changes, not a log)."""
_HISTORY = re.compile(r"(?:history|change\s+history)[*_ \t:]{0,4}", re.IGNORECASE)
"""A "History" heading: a log of the page's own edits when its entries are dated by month or
day ("- December 2024: Clarified that …", as a specification records its revisions), not by
year alone (a town's "- 1850: founded")."""
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
"""A time of day ("12:17 PST")."""
_LOG_REACH = 60
"""How many passages back a log entry's heading is looked for."""


def _log_admits(text: str, title: int, end: int, date: FoundDate | None, *, opens: bool, names: bool) -> bool:
    """Whether the title ``text[title:end]`` heads a log of the page's own edits that an entry
    dated ``date`` belongs to: ``SECTION_TITLE``'s words (opening the title with ``opens``,
    else the whole title), a log's name ("Changes", "Update log") with ``names``, or a
    "History" title when the entry is dated by month or day (``_HISTORY``)."""
    section = SECTION_TITLE.match(text, title, end) if opens else SECTION_TITLE.fullmatch(text, title, end)
    if section is not None or (names and _LOG_NAME_RE.fullmatch(text, title, end) is not None):
        return True
    return _HISTORY.fullmatch(text, title, end) is not None and date is not None and date.precision != "year"


def log_entry(doc: Document, k: int) -> Marked | None:
    """A dated entry of a log of the page's own edits: a list item opening with a date or time
    under a heading such as "## Changelog", "## Updates" or "### Notice". Added to the log, the
    entry is a note (the entries already there are not new, so the comparison drops them)."""
    if not doc.structure or doc.structure[k].kind != "list_item":
        return None
    text, p = doc.text, doc.passages[k]
    m = _LOG_ENTRY.match(text, p.start, p.end)
    if m is None or not datey(text, m.start(1), m.end(1)):
        return None
    date = date_in(text, m.start(1), m.end(1))
    if date is None and _CLOCK.search(text, m.start(1), m.end(1)) is None:
        return None  # (a date or a time: not "2 eggs", not "1.4.0")
    for j in range(k - 1, max(-1, k - _LOG_REACH), -1):
        if doc.structure[j].kind != "heading":
            continue
        h = doc.passages[j]
        title = h.start + len(text[h.start : h.end]) - len(text[h.start : h.end].lstrip("#* \t_"))
        if not _log_admits(text, title, h.end, date, opens=True, names=text.startswith("#", h.start)):
            return None
        stamp = text[m.start(1) : m.end(1)].strip()
        return "labelled", stamp, date
    return None


_STATUS = re.compile(
    r"(?:>[ \t]?)?(?:[*_]{1,3})?This[ \t]+(?:article|post|blog[ \t]+post|guide|page|profile|tutorial|essay|piece|"
    r"story|document|write-?up)[ \t]+(?:"
    r"is[ \t]+(?:now[ \t]+)?(?:part[ \t]+of|out[ \t-]+of[ \t-]+date|outdated|obsolete|deprecated|archived|no[ \t]+longer)"
    r"|(?:was|has[ \t]+been)[ \t]+written[ \t]+for\b)"
)
"""A sentence about the page itself, not its subject: the series it now belongs to, that it is
out of date, for what it was written ("This article is part of the … Thread", "This guide has
been written for Scala 2.10.0, and now …"). Not when it was written or first published ("This
piece was first published on 5 July 2016"): that is a republication's marker (``detect``)."""
_STATUS_REACH = 15
"""A page's status is told near its top: within this many passages."""


def status_paragraph(doc: Document, k: int) -> Marked | None:
    """A paragraph near the top of a page that tells of the page itself (``_STATUS``): put
    into an old page, it is a notice to its readers."""
    if k >= _STATUS_REACH or (doc.structure and doc.structure[k].kind != "paragraph"):
        return None
    p = doc.passages[k]
    return ("bracketed", None, None) if _STATUS.match(doc.text, p.start, p.end) is not None else None


LEGEND = re.compile(
    r"(?P<mark>\\?\*{1,3}(?=[A-Za-z])|[\u2020\u2021](?=[ \t]?[A-Za-z]))[^\n]{0,600}?"
    r"\b(?:updated|corrected|revised|amended|changed|replaced|fixed|erroneous|incorrect|initially\s+published|"
    r"originally\s+published|previously\s+published)\b",
    re.IGNORECASE,
)
"""A legend explaining a mark set beside changed values ("*denotes updated totals due to a data
transcription error", "†Figure corrected on 3 May", "**Revised on 3 May"): the mark, then a word
of change; never emphasis it closes ("**Paris** has changed", ``_CLOSED``)."""
_CLOSED = re.compile(r"(?<=[^\s*\\])\*")
"""A ``*`` closing emphasis: glued to the word before it ("*Hamlet* was …")."""


def marked_legend(doc: Document, k: int) -> Marked | None:
    """A paragraph opening with a footnote's mark ("*", "†") glued to its first word and telling
    that what the mark stands beside was updated or corrected: a report's legend for the values
    it corrected ("47*" in a table, "*denotes updated totals …"). Not emphasis (no closing mark)."""
    text, p = doc.text, doc.passages[k]
    m = LEGEND.match(text, p.start, p.end)
    if m is None or (doc.structure and doc.structure[k].kind not in ("paragraph", "html")):
        return None
    if EMPHASISED.fullmatch(text, p.start, p.end) is not None:
        return None  # ("*Updated totals are shown below.*": a sentence in italics, read as such)
    if m.group("mark").endswith("*") and _CLOSED.search(text, m.end("mark"), p.end) is not None:
        return None  # ("*Hamlet* was long thought incorrect": the mark opened emphasis it closes)
    return "bracketed", None, None


def legend_mark(note: str) -> str | None:
    """The mark a legend note explains ("*", "†"), if ``note`` is one."""
    m = LEGEND.match(note)
    return m.group("mark").lstrip("\\") if m is not None else None


def beside_mark(text: str, start: int, end: int, mark: str) -> bool:
    """Whether the text ``[start, end)`` ends with ``mark`` or has it right after: a value the
    legend of ``mark`` says was changed ("47*", "47\\*", "John Smith*"): glued to it, closing no
    emphasis ("*a total failure*" is italics)."""
    stripped = text[start:end].rstrip()
    if stripped.endswith(mark):
        at = start + len(stripped) - len(mark)
    elif text.startswith(mark, end):
        at = end
    else:
        return False
    if at == 0 or text[at - 1].isspace():
        return False
    if mark != "*":
        return True
    line = text[text.rfind("\n", max(0, at - 2_000), at) + 1 : at]
    return len(re.findall(r"(?<!\\)\*", line.replace("**", ""))) % 2 == 0


_SETEXT_TITLE = re.compile(r"([^\n]{2,60})\n[ \t]{0,3}(?:={2,80}|-{2,80})[ \t]*")
"""A plain-text (reStructuredText) section title, underlined."""


def log_lines(doc: Document, k: int) -> list[tuple[int, int, str, FoundDate]]:
    """The dated entries of a plain-text log of the page's own edits, as list items inside
    passage ``k`` under a title such as "History\n=======" or "Changelog\n---------" (a
    reStructuredText page's list is one passage), or as lines inside an AsciiDoc block titled
    so (".Update history\n****\n*26/Jul/2023*: Update to Pekko 1.0.1.\n****"): ``(start, end,
    stamp, date)`` each. Added to the log, an entry is a note; the comparison keeps the new ones."""
    if doc.structure:
        return []
    text, p = doc.text, doc.passages[k]
    block = _ASCIIDOC_BLOCK.match(text, p.start, p.end)
    if block is not None:
        name, starts = block.group(1).strip(), [block.end() - p.start + m.start() for m in _LINE_START.finditer(text[block.end() : p.end])]
        entry = _BLOCK_ENTRY
    else:
        title = _SETEXT_TITLE.fullmatch(text, doc.passages[k - 1].start, doc.passages[k - 1].end) if k > 0 else None
        if title is None:
            return []
        name, entry = title.group(1).strip(), _LOG_ENTRY
        starts = [m.start() for m in re.finditer(r"^[ \t]{0,3}[-*+][ \t]", text[p.start : p.end], re.MULTILINE)]
    if not _log_admits(name, 0, len(name), None, opens=False, names=True) and _HISTORY.fullmatch(name) is None:
        return []
    out: list[tuple[int, int, str, FoundDate]] = []
    for n, s0 in enumerate(starts):
        start, end = p.start + s0, p.start + starts[n + 1] - 1 if n + 1 < len(starts) else p.end
        m = entry.match(text, start, end)
        if m is None or not datey(text, m.start(1), m.end(1)) or (date := date_in(text, m.start(1), m.end(1))) is None:
            continue
        if not _log_admits(name, 0, len(name), date, opens=False, names=True):
            continue
        if block is not None:
            end = text.find("\n", start, end) if "\n" in text[start:end] else end  # (one line each)
        out.append((start, end, text[m.start(1) : m.end(1)].strip(), date))
    if block is not None and out:
        # (the block's title and delimiters frame its entries: the first entry and the last take
        # them, so a block new as a whole is all notes, and an old block's new entry is one)
        if out[0][0] == block.end():
            out[0] = (p.start, *out[0][1:])
        if not text[out[-1][1] : p.end].strip("*=_- \t\n"):
            out[-1] = (out[-1][0], p.end, *out[-1][2:])
    return out


_ASCIIDOC_BLOCK = re.compile(r"\.([A-Za-z][^\n]{1,60})\n(?:\*{4,}|={4,}|_{4,}|--)[ \t]*\n")
"""An AsciiDoc block's title over its opening delimiter (".Update history\n****\n"): a sidebar,
an example, a quote or an open block."""
_LINE_START = re.compile(r"^(?!(?:\*{4,}|={4,}|_{4,}|--)[ \t]*$)", re.MULTILINE)
"""The start of each line inside the block, its closing delimiter apart."""
_BLOCK_ENTRY = re.compile(r"(?:[*_]{1,2})?([^\n*_]{4,40}?)(?:[*_]{1,2})?[ \t]{0,2}(?::(?=[ \t])|\u2014|\u2013|[ \t]-{1,2}[ \t])")
"""A line of a log inside an AsciiDoc block, opening with its date ("*18/Jul/2023*: …")."""
