"""Find annotations, the republication marker and framing text in a republished text.

This module looks at one document only; ``annotate.compare`` then keeps the
candidates that the comparison shows to be new. Every scan here is linear:
brackets are matched by counting depth over a bounded window, and every
regular expression has bounded repetition.

>>> from annotate.read import read_document
>>> doc = read_document("Body text.\\n\\n(Since then it rained.\\n\\nA lot.)\\n\\nMore. [Update: dry now.] End.")
>>> [(c.kind, doc.text[c.start:c.end]) for c in candidates(doc)]
[('bracketed', '(Since then it rained.\\n\\nA lot.)'), ('inline', '[Update: dry now.]')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from annotate.dates import FoundDate, find_dates
from annotate.model import AnnotationKind, Document

MAX_NOTE_PARAGRAPHS = 8
"""A bracketed note may span at most this many paragraphs."""
MAX_NOTE_CHARS = 40_000
"""…and at most this many characters."""

_CLOSE = {"(": ")", "[": "]"}
LABEL_RE = re.compile(
    r"(?P<label>"
    r"(?:UPDATED?|Updated?|update[d]?)(?:\s+\d{1,2}(?=\s*(?:\(|:(?!\d)|[\u2014\u2013-])))?"
    r"|(?:Editor|EDITOR|Editors|EDITORS)(?:['\u2019]s|['\u2019]S|s['\u2019]|S['\u2019])?\s+(?:[Nn]ote|NOTE|[Uu]pdate|UPDATE)"
    r"|Eds?\.(?:\s*[Nn]ote)?"
    r"|(?:Author|AUTHOR)(?:['\u2019]s|['\u2019]S)\s+(?:[Nn]ote|NOTE)"
    r"|Correction|CORRECTION|Clarification|CLARIFICATION|Addendum|ADDENDUM|Postscript|POSTSCRIPT|P\.\s?S\."
    r"|(?P<note>Note|NOTE)"
    r")"
    r"(?P<when>\s*\([^()\n]{1,40}\)|,?\s+(?:[^:\n.;!?\])]|(?<=\d)[:.](?=\d\d)){1,40}?)?"
    r"\s*(?P<term>:(?!\d\d)|\s[\u2014\u2013]|\s--?\s|(?=[\])])|$)"
)
_LEAD = re.compile(r"(?:[>#]{1,6}[ \t]+|[-*+][ \t]+)?[*_]{0,3}")
"""Markdown before a label: a quote or heading marker, a list bullet, emphasis."""
_TIME = r"(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4}|\s*GMT[+-]?\d*)?"
_DATE_FILLER = re.compile(rf"[\s,()]*(?:on|dated|as of)?[\s,()]*(?:{_TIME})?[\s,()]*", re.IGNORECASE)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_ABOUT = re.compile(
    rf"[\s,]*(?:(?:on|to|for|about|regarding|re|from|in|at|of)\s|\(|{_TIME}[\s,()]*$|"
    rf"(?:\w+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})[\s,()]*(?:{_TIME})?[\s,()]*$)",
    re.IGNORECASE,
)
_FIRST = r"(?:first|originally|initially)\s+(?:published|appeared|posted|ran|printed)\b"
MARKER_RE = re.compile(
    # "This article was first published by …", "The piece originally appeared in …"
    r"\b(?:this|the|our|my)\s+(?:article|piece|post|story|essay|column|interview|review|report|op-ed|"
    r"commentary|analysis|version|text|blog\s+post)\b[^.!?\n]{0,80}?\b" + _FIRST
    # a passage that opens with the marker: "Originally published in …", "First appeared on …"
    + r"|^[\s\[(*_]{0,3}(?:it\s+|this\s+)?(?:was\s+)?" + _FIRST
    + r"|\b(?:republished|reposted|reprinted|cross-posted)\s+(?:from|with\s+permission|by\s+permission|courtesy)\b",
    re.IGNORECASE | re.MULTILINE,
)
MARKER_REACH = 30
"""The marker is looked for in this many passages at the start and at the end only."""
_TRAILER = re.compile(r"[.,;:!?]{0,3}[\"'\u201d\u2019]?\s*")


class Candidate(NamedTuple):
    """A stretch of text marked as an insertion, before the comparison confirms it."""

    kind: AnnotationKind
    """``bracketed``, ``labelled`` or ``inline``."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset past its last character (trailing full stop included)."""
    label: str | None
    """The label as written, if any."""
    label_date: FoundDate | None
    """A date written in the label ("Update (5 July 2017):"), if any."""
    paragraphs: tuple[int, ...]
    """Indices of the passages it touches."""
    block: bool
    """True when it fills whole passages (so the passages themselves are new)."""


def match_bracket(text: str, start: int, limit: int) -> int | None:
    """Offset of the bracket closing the one at ``start``, searching up to ``limit``.

    >>> match_bracket("(a (b) c) d", 0, 11)
    8
    >>> match_bracket("((((", 0, 4) is None
    True
    """
    opener = text[start]
    closer = _CLOSE[opener]
    depth = 0
    pos = start
    while True:
        o = text.find(opener, pos, limit)
        c = text.find(closer, pos, limit)
        if c < 0:
            return None
        if 0 <= o < c:
            depth += 1
            pos = o + 1
            continue
        depth -= 1
        if depth == 0:
            return c
        pos = c + 1


def label_at(text: str, pos: int, limit: int) -> tuple[str, FoundDate | None, int] | None:
    """The label starting at ``pos``: ``(label, date in label, end of label)``.

    Markdown before a label ("**Update (14 July 2021):**", "> Update:", "## Update …",
    "- Update:") is allowed. The label's date is the one written in the label itself
    ("Update (5 July 2017):", "[UPDATE 5 July 2017]"), never a year the label talks
    about ("Update on the 2016 election results:" has no date).
    """
    lead = _LEAD.match(text, pos, limit)
    start = lead.end() if lead else pos
    m = LABEL_RE.match(text, start, min(limit, start + 120))
    if not m:
        return None
    bracketed = pos > 0 and text[pos - 1] in "[("
    heading = lead is not None and text.startswith("#", pos)
    if not m.group("term") and not (bracketed and text[m.end() : m.end() + 1] in ("]", ")")) and not (
        heading and text[m.end() : m.end() + 1] in ("", "\n")
    ):
        # "[Update 5 July 2017]" ends at its bracket and "## Update (5 July 2017)" at its line;
        # anywhere else a label needs a colon or a dash.
        return None
    if m.group("note") and not bracketed:
        return None  # a bare "Note:" is only a label inside brackets
    when = m.group("when") or ""
    found = None
    if when:
        ws = m.start("when")
        dates = find_dates(text, ws, m.end("when"), years=True)
        if dates:
            d = dates[0]
            rest = text[ws : d.start] + " " + text[d.end : m.end("when")]
            if _DATE_FILLER.fullmatch(rest):
                found = d
        if found is None and not (re.fullmatch(r"\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2})\s*", when) or _ABOUT.match(when)):
            return None  # "Updated software is good:" is prose, not a label
    return m.group("label"), found, m.end()


def candidates(doc: Document) -> list[Candidate]:
    """Every stretch of ``doc`` marked as an insertion, outermost first, in order."""
    text = doc.text
    passages = doc.passages
    out: list[Candidate] = []
    covered_until = -1
    k = 0
    n = len(passages)
    while k < n:
        p = passages[k]
        if p.start < covered_until:
            k += 1
            continue
        block = _block_note(doc, k)
        if block is not None:
            out.append(block)
            covered_until = block.end
            k = block.paragraphs[-1] + 1
            continue
        label = label_at(text, p.start, p.end)
        if label is not None:
            out.append(Candidate("labelled", p.start, p.end, label[0], label[1], (k,), True))
            k += 1
            continue
        out.extend(_inline_notes(doc, k))
        k += 1
    return out


def _block_note(doc: Document, k: int) -> Candidate | None:
    text = doc.text
    p = doc.passages[k]
    if text[p.start] not in _CLOSE:
        return None
    last = min(len(doc.passages), k + MAX_NOTE_PARAGRAPHS) - 1
    limit = min(doc.passages[last].end, p.start + MAX_NOTE_CHARS)
    close = match_bracket(text, p.start, limit)
    if close is None:
        return None
    q = k
    while doc.passages[q].end <= close:
        q += 1
    end_q = doc.passages[q].end
    trailer = _TRAILER.match(text, close + 1, end_q)
    if trailer is None or trailer.end() != end_q:
        return None  # the bracket closes mid-paragraph: an aside, not a note
    label = label_at(text, p.start + 1, close)
    return Candidate(
        "labelled" if label else "bracketed", p.start, end_q, label[0] if label else None,
        label[1] if label else None, tuple(range(k, q + 1)), True,
    )


def _inline_notes(doc: Document, k: int) -> list[Candidate]:
    """Bracketed labelled notes inside passage ``k`` ("… [Editor's note: …] …")."""
    text = doc.text
    p = doc.passages[k]
    out: list[Candidate] = []
    pos = p.start
    for o in _openings(text, p.start, p.end):
        if o < pos:
            continue  # inside a note already found
        label = label_at(text, o + 1 + _spaces(text, o + 1, p.end), p.end)
        if label is None:
            continue
        close = match_bracket(text, o, p.end)
        if close is None:
            continue
        if o == p.start and label[2] >= close:
            # "[UPDATE 5 July 2017] The council voted…": a bracketed label opening the
            # paragraph heads a note that is the whole paragraph.
            return [Candidate("labelled", p.start, p.end, label[0], label[1], (k,), True)]
        out.append(Candidate("inline", o, close + 1, label[0], label[1], (k,), False))
        pos = close + 1
    return out


def _spaces(text: str, pos: int, limit: int) -> int:
    n = 0
    while pos + n < limit and text[pos + n] in " \t":
        n += 1
    return n


def bracketed_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Complete bracketed spans inside ``text[start:end]`` (outermost only), with a letter inside."""
    out: list[tuple[int, int]] = []
    pos = start
    for o in _openings(text, start, end):
        if o < pos:
            continue  # inside a span already found
        close = match_bracket(text, o, end)
        if close is None:
            continue
        inner = text[o + 1 : close]
        if sum(1 for c in inner if c.isalpha()) >= 3:
            out.append((o, close + 1))
        pos = close + 1
    return out


def _openings(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets of every ``[`` and ``(`` in ``text[start:end]``, in order (two ``str.find``
    scans: far cheaper than a regular expression over a long text)."""
    square = text.find("[", start, end)
    round_ = text.find("(", start, end)
    while square >= 0 or round_ >= 0:
        if round_ < 0 or 0 <= square < round_:
            yield square
            square = text.find("[", square + 1, end)
        else:
            yield round_
            round_ = text.find("(", round_ + 1, end)


class Framing(NamedTuple):
    """The republication marker and the framing passages found around the body."""

    marker: int | None
    """Index of the passage holding the republication marker, or ``None``."""
    passages: tuple[int, ...]
    """Indices of the framing passages (marker included)."""
    marker_dates: tuple[FoundDate, ...]
    """Dates written in the marker ("first published … on 5th July 2016")."""


def find_framing(doc: Document, notes: frozenset[int] = frozenset()) -> Framing:
    """The republication marker and the text that frames the reposted body.

    Passages in ``notes`` (annotation candidates) are never the marker nor framing:
    a note above or below the marker is still a note.
    """
    text = doc.text
    n = len(doc.passages)
    for k, p in enumerate(doc.passages):
        if p.end - p.start > 600 or k in notes:
            continue
        if MARKER_REACH <= k < n - MARKER_REACH:
            continue
        m = MARKER_RE.search(text[p.start : p.end])
        if m is None:
            continue
        dates = tuple(find_dates(text, p.start, p.end))
        # A marker near the top follows the new introduction; near the end, it precedes a new coda.
        span = range(0, k + 1) if k < n / 2 else range(k, n)
        return Framing(k, tuple(j for j in span if j not in notes), dates)
    return Framing(None, (), ())
