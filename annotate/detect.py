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
from dataclasses import dataclass

from annotate.dates import FoundDate, find_dates
from annotate.model import AnnotationKind, Document

MAX_NOTE_PARAGRAPHS = 8
"""A bracketed note may span at most this many paragraphs."""
MAX_NOTE_CHARS = 40_000
"""…and at most this many characters."""

_CLOSE = {"(": ")", "[": "]"}
LABEL_RE = re.compile(
    r"(?P<label>"
    r"(?:UPDATED?|Updated?|update[d]?)(?:\s+\d{1,2}(?=\s*[(:\u2014\u2013-]))?"
    r"|(?:Editor|EDITOR|Editors|EDITORS)(?:['\u2019]s|['\u2019]S|s['\u2019]|S['\u2019])?\s+(?:[Nn]ote|NOTE|[Uu]pdate|UPDATE)"
    r"|Eds?\.(?:\s*[Nn]ote)?"
    r"|(?:Author|AUTHOR)(?:['\u2019]s|['\u2019]S)\s+(?:[Nn]ote|NOTE)"
    r"|Correction|CORRECTION|Clarification|CLARIFICATION|Addendum|ADDENDUM|Postscript|POSTSCRIPT|P\.\s?S\."
    r"|(?P<note>Note|NOTE)"
    r")"
    r"(?P<when>\s*\([^()\n]{1,40}\)|,?\s+(?:on\s+)?[^:\n.;!?]{1,40}?)?"
    r"\s*(?::|\s[\u2014\u2013]|\s--?\s)"
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


@dataclass(frozen=True)
class Candidate:
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


def _label_at(text: str, pos: int, limit: int) -> tuple[str, FoundDate | None, int] | None:
    """The label starting at ``pos``: ``(label, date in label, end of label)``.

    Markdown emphasis around a label ("**Update (14 July 2021):** …") is allowed.
    """
    skip = 0
    while skip < 3 and pos + skip < limit and text[pos + skip] in "*_":
        skip += 1
    m = LABEL_RE.match(text, pos + skip, min(limit, pos + 120))
    if not m:
        return None
    label = m.group("label")
    when = m.group("when")
    found = None
    if when:
        dates = find_dates(text, m.start("when"), m.end("when"), years=True)
        found = dates[0] if dates else None
        if found is None and not re.fullmatch(r"\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2})?\s*", when):
            return None  # "Note the following:" is prose, not a label
    if m.group("note") and (pos == 0 or text[pos - 1] not in "[("):
        return None  # a bare "Note:" is only a label inside brackets
    return label, found, m.end()


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
        label = _label_at(text, p.start, p.end)
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
    label = _label_at(text, p.start + 1, close)
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
    while pos < p.end:
        m = re.compile(r"[\[(]").search(text, pos, p.end)
        if m is None:
            break
        o = m.start()
        label = _label_at(text, o + 1 + _spaces(text, o + 1, p.end), p.end)
        if label is None:
            pos = o + 1
            continue
        close = match_bracket(text, o, p.end)
        if close is None:
            pos = o + 1
            continue
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
    while pos < end:
        m = re.compile(r"[\[(]").search(text, pos, end)
        if m is None:
            break
        close = match_bracket(text, m.start(), end)
        if close is None:
            pos = m.start() + 1
            continue
        inner = text[m.start() + 1 : close]
        if sum(1 for c in inner if c.isalpha()) >= 3:
            out.append((m.start(), close + 1))
        pos = close + 1
    return out


@dataclass(frozen=True)
class Framing:
    """The republication marker and the framing passages found around the body."""

    marker: int | None
    """Index of the passage holding the republication marker, or ``None``."""
    passages: tuple[int, ...]
    """Indices of the framing passages (marker included)."""
    marker_dates: tuple[FoundDate, ...]
    """Dates written in the marker ("first published … on 5th July 2016")."""


def find_framing(doc: Document) -> Framing:
    """The republication marker and the text that frames the reposted body."""
    text = doc.text
    n = len(doc.passages)
    for k, p in enumerate(doc.passages):
        if p.end - p.start > 600:
            continue
        if MARKER_REACH <= k < n - MARKER_REACH:
            continue
        m = MARKER_RE.search(text[p.start : p.end])
        if m is None:
            continue
        dates = tuple(find_dates(text, p.start, p.end))
        # A marker near the top follows the new introduction; near the end, it precedes a new coda.
        frame = tuple(range(0, k + 1)) if k < n / 2 else tuple(range(k, n))
        return Framing(k, frame, dates)
    return Framing(None, (), ())
