"""Turn raw differences into classified ``Change`` values, each difference exactly once.

Annotations and framing *claim* the revised text they cover; what remains of
each raw difference becomes an addition, deletion, edit or move. A change is
``silent`` unless an annotation discloses it: a note in the same or a
neighbouring passage that names what changed, or a note anywhere that names
both the old and the new wording (a correction).
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import NamedTuple

from annotate.model import Annotation, Change, ChangeKind, Document, Frame, Range
from annotate.segment import trim

_STOP = frozenset(
    ["the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "was", "were", "are", "been", "being", "which", "their", "there", "they", "them", "than", "then", "into", "onto", "over", "under", "about", "after", "before", "said", "will", "would", "could", "should", "also", "just", "only", "more", "most", "some", "such", "what", "when", "where", "who", "whom", "whose", "while", "very", "much", "many", "other", "others", "each", "every", "both", "either", "neither"]
)


class Piece(NamedTuple):
    """A raw difference from the alignment or the word diff."""

    kind: str
    """``addition``, ``deletion``, ``edit`` or ``move``."""
    a: tuple[int, int] | None
    """Range in the original."""
    b: tuple[int, int] | None
    """Range in the revised text."""
    move: int | None
    """Move id for moves."""
    anchor: int
    """Position in the revised text, for ordering."""


def _trim(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    s, e = trim(text, *span)
    return (s, e) if s < e else None


def _carve(span: tuple[int, int], claims: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of ``span`` not covered by ``claims`` (sorted, non-overlapping)."""
    out: list[tuple[int, int]] = []
    pos, end = span
    # Claims are disjoint and sorted, so their ends are sorted too: start at the first
    # claim ending after ``pos``.
    for k in range(max(bisect.bisect_right(claims, (pos, pos)) - 1, 0), len(claims)):
        s, e = claims[k]
        if s >= end:
            break
        if e <= pos:
            continue
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < end:
        out.append((pos, end))
    return out


_WORD = re.compile(r"\w+")


def _distinct(text: str) -> set[str]:
    """Words that can tie a change to a note: four letters or more and not a stop word,
    or holding a digit."""
    return {
        w for w in _WORD.findall(text.lower())
        if (len(w) >= 4 and w not in _STOP) or (not w.isalpha() and any(c.isdigit() for c in w))
    }


def classify(
    a: Document, b: Document, pieces: list[Piece], annotations: tuple[Annotation, ...], frames: tuple[Frame, ...]
) -> tuple[Change, ...]:
    """Classified changes in revised-text order."""
    claims = sorted([(x.start, x.end) for x in annotations] + [(f.start, f.end) for f in frames])
    # (anchor, order, original start, change): sorted on the first three
    found: list[tuple[int, int, int, Change]] = []

    def rng(doc: Document, span: tuple[int, int] | None) -> Range | None:
        return None if span is None else Range(span[0], span[1], doc.text[span[0] : span[1]])

    def add(
        kind: ChangeKind, sa: tuple[int, int] | None, sb: tuple[int, int] | None, anchor: int,
        move: int | None = None, *, b_trimmed: bool = False,
    ) -> None:
        sa = _trim(a.text, sa)
        if not b_trimmed:
            sb = _trim(b.text, sb)
        if sa is None and sb is None:
            return
        if kind == "edit" and sa is None:
            kind = "addition"
        elif kind == "edit" and sb is None:
            kind = "deletion"
        found.append((anchor, 1, sa[0] if sa else -1, Change(kind, True, None, rng(a, sa), rng(b, sb), move)))

    for p in pieces:
        if p.kind == "move":
            add("move", p.a, p.b, p.anchor, p.move)
            continue
        if p.kind == "deletion" or p.b is None:
            add("deletion", p.a, None, p.anchor)
            continue
        rest = [r for r in (_trim(b.text, r) for r in _carve(p.b, claims)) if r is not None]
        if p.kind == "addition":
            for r in rest:
                add("addition", None, r, r[0], b_trimmed=True)
        elif rest:
            add("edit", p.a, rest[0], p.anchor, b_trimmed=True)
            for r in rest[1:]:
                add("addition", None, r, r[0], b_trimmed=True)
        else:
            add("deletion", p.a, None, p.anchor)
    for x in annotations:
        found.append((x.start, 0, -1, Change("annotation", False, x.id, None, rng(b, (x.start, x.end)))))
    for f in frames:
        found.append((f.start, 0, -1, Change("frame", False, None, None, rng(b, (f.start, f.end)))))
    found.sort(key=itemgetter(0, 1, 2))
    notes = _Notes(annotations)
    if not annotations:
        return tuple(c for _, _, _, c in found)  # nothing can disclose a change
    ends = [p.end for p in b.passages]
    return tuple(_with_silence(c, ends, notes, anchor) for anchor, _, _, c in found)


class _Notes:
    """Annotations indexed by paragraph and by distinctive word, for disclosure checks."""

    def __init__(self, annotations: tuple[Annotation, ...]) -> None:
        self.words = [_distinct(x.text) for x in annotations]
        self.by_paragraph: dict[int, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        for n, x in enumerate(annotations):
            for k in x.paragraphs:
                for near in (k - 1, k, k + 1):
                    self.by_paragraph.setdefault(near, []).append(n)
            for w in self.words[n]:
                self.by_word.setdefault(w, []).append(n)

    def discloses(self, where: int | None, old: set[str], new: set[str]) -> bool:
        """True when a note near ``where`` names the change, or any note names both sides."""
        changed = old | new
        if where is not None and any(changed & self.words[n] for n in self.by_paragraph.get(where, ())):
            return True
        if not (old and new):
            return False
        only_old, only_new = old - new, new - old
        candidates = {n for w in only_old for n in self.by_word.get(w, ())}
        return any(only_new & self.words[n] for n in sorted(candidates))


def _with_silence(c: Change, ends: list[int], notes: _Notes, anchor: int) -> Change:
    """``c``, no longer silent when a note discloses it (a deletion is placed at ``anchor``).
    ``ends`` are the revised passages' end offsets."""
    if c.kind in ("annotation", "frame"):
        return c
    # The passage holding the change (or the next one), as ``segment.passage_index`` finds it.
    where = bisect.bisect_left(ends, c.revised.start if c.revised else anchor) if ends else None
    near = where is not None and where in notes.by_paragraph
    if not near and (
        c.original is None or c.revised is None or notes.by_word.keys().isdisjoint(_WORD.findall(c.original.text.lower()))
    ):
        # No note nearby, and not a named correction: that needs both sides, and a note
        # holding one of the old words.
        return c
    old = _distinct(c.original.text) if c.original else set()
    new = _distinct(c.revised.text) if c.revised else set()
    if not old and not new:
        return c
    return _quiet(c) if notes.discloses(where, old, new) else c


def _quiet(c: Change) -> Change:
    return c._replace(silent=False)
