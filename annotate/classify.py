"""Turn raw differences into classified ``Change`` values, each difference exactly once.

Annotations and framing *claim* the revised text they cover; what remains of
each raw difference becomes an addition, deletion, edit or move. A change is
``silent`` unless an annotation discloses it (``annotate.disclosure`` holds that rule)
or it changes nothing a reader reads (markup, punctuation, a byline's date).
"""

from __future__ import annotations

import bisect
from operator import itemgetter
from typing import NamedTuple

from annotate.addresses import link_of
from annotate.cosmetic import cosmetic
from annotate.datechanges import publication_moved_on
from annotate.disclosure import Notes
from annotate.labeldates import datey
from annotate.model import Annotation, Block, Change, ChangeKind, Document, Frame, Range
from annotate.naming import WORD, sequence, stem
from annotate.restamped import stamp_note
from annotate.segment import passage_index, trim
from annotate.smalledits import recased, respelled


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


def classify(
    a: Document, b: Document, pieces: list[Piece], annotations: tuple[Annotation, ...], frames: tuple[Frame, ...]
) -> tuple[Change, ...]:
    """Classified changes in revised-text order."""
    claims = sorted([(x.start, x.end) for x in annotations] + [(f.start, f.end) for f in frames])
    stamps = [(x.start, x.end) for x in annotations if x.kind == "labelled" and stamp_note(x.text)]
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
        elif not (stamps and p.a is not None and datey(a.text, *p.a) and any(s <= p.b[0] and p.b[1] <= e for s, e in stamps)):
            add("deletion", p.a, None, p.anchor)  # (but a stamp's old day is the stamp moved on: "12 June 2025" -> "28 June 2026")
    for x in annotations:
        found.append((x.start, 0, -1, Change("annotation", False, x.id, None, rng(b, (x.start, x.end)))))
    for f in frames:
        found.append((f.start, 0, -1, Change("frame", False, None, None, rng(b, (f.start, f.end)))))
    found.sort(key=itemgetter(0, 1, 2))
    found = _without_unchanged(found, a, b)
    notes = Notes(b, annotations, a.text)
    ends = [p.end for p in b.passages]
    # the passage holding each change (or the next one), as ``segment.passage_index`` finds it
    wheres = [bisect.bisect_left(ends, c.revised.start if c.revised else anchor) for anchor, _, _, c in found]
    out = [_with_silence(c, notes, where if ends else None, a, b) for (_, _, _, c), where in zip(found, wheres, strict=True)]
    if b.structure and notes.ids:
        out = _columns(out, wheres, b)
        out = _with_link_text(out, b)
    if notes.ids:
        out = _rewritten(out, wheres)
    return tuple(out)


_REWRITE_REACH = 4
"""How many changes either side a passage's rewritten other half is looked for among."""


def _rewritten(changes: list[Change], wheres: list[int]) -> list[Change]:
    """A deletion whose words come back, mostly, in an addition beside it that a note
    names is the old wording of that rewritten passage (the alignment cut one rewrite in
    two: "Sampling … from a uniform distribution gives particularly bad coefficients" gone,
    "Sampling … from a uniform distribution, and the left-censored survival analysis method,
    both give particularly bad coefficients" added under "Updated … with corrected use of the
    left-censored survival model"): the note names the change, as it would an edit; and an
    addition the other way round. Most of the passage's content words (three at least) must
    come back, so a neighbour sharing its topic does not."""
    out = list(changes)
    other = {"deletion": "addition", "addition": "deletion"}
    words = [_stems(c) for c in changes]
    for i, c in enumerate(changes):
        if not c.silent or c.kind not in other or len(words[i]) < 3:
            continue
        for j in range(max(0, i - _REWRITE_REACH), min(len(changes), i + _REWRITE_REACH + 1)):
            d = changes[j]
            if d.kind != other[c.kind] or d.disclosure != "specific" or abs(wheres[i] - wheres[j]) > 2:
                continue
            shared = len(words[i] & words[j])
            if shared >= 3 and shared >= 0.6 * len(words[i]):
                out[i] = c._replace(silent=False, disclosed_by=d.disclosed_by, disclosure="specific")
                break
    return out


def _stems(c: Change) -> set[str]:
    """The stems of the content words of ``c``'s one side (an addition's or a deletion's)."""
    r = c.original if c.original is not None else c.revised
    return {stem(w) for w in sequence(r.text)} if r is not None and c.kind in ("addition", "deletion") else set()


def _with_link_text(changes: list[Change], b: Document) -> list[Change]:
    """A link's address changed with its text goes with the text: a note naming the new text
    ("… the new Faster-Whisper-XXL …" over "[WhisperDO](…/WhisperDO)" → "[Faster-Whisper-XXL](…/whisper-standalone-win)")
    discloses where the link now points too."""
    # (the text's change renames what the link is: not a respelling or a new case of it)
    disclosed = sorted(
        (c.revised.start, c.revised.end, c) for c in changes
        if c.disclosed_by and c.revised is not None and "](" not in c.revised.text and not respelled(c) and not recased(c)
    )
    if not disclosed:
        return changes
    starts = [s for s, _, _ in disclosed]
    out = []
    for c in changes:
        link = link_of(b, c.revised) if c.silent and c.kind == "edit" else None
        if link is None:
            out.append(c)
            continue
        k = bisect.bisect_right(starts, link[0])
        by = next((d for s, e, d in disclosed[k : k + 8] if s < link[1] and e <= link[1]), None)
        out.append(c._replace(silent=False, disclosed_by=by.disclosed_by, disclosure=by.disclosure) if by is not None else c)
    return out


def _columns(changes: list[Change], wheres: list[int], b: Document) -> list[Change]:
    """Deletions in a table go with a deletion of that table a note names: a column removed
    ("sum_increase | sum_decrease" from the header, named by "to remove references to total
    accumulated increases and decreases") takes its cells, which hold no words to name."""
    kinds = b.structure or ()
    named = {
        w: c.disclosed_by for c, w in zip(changes, wheres, strict=True)
        if c.kind == "deletion" and c.disclosure == "specific" and w < len(kinds) and kinds[w].kind == "table"
    }
    if not named:
        return changes
    return [
        c._replace(silent=False, disclosed_by=named[w], disclosure="specific") if c.silent and c.kind == "deletion" and w in named else c
        for c, w in zip(changes, wheres, strict=True)
    ]


def _without_unchanged(found: list[tuple[int, int, int, Change]], a: Document, b: Document) -> list[tuple[int, int, int, Change]]:
    """``found`` without a deletion and an addition of the same whole lines in the same place (a
    line the alignment took out of an old passage and put back under a new note written above it,
    "Update …:\nSee the docs for more."): that text did not change. Words moved inside a line
    ("to easily interpolate a value" → "to interpolate a value … easily") did change: a few of
    them, inside a line (``_laid_out``)."""
    deleted = {
        words: i for i, (_, _, _, c) in enumerate(found)
        if c.kind == "deletion" and c.original and _laid_out(a.text, c.original, words := _words(c.original.text))
    }
    if not deleted:
        return found
    drop: set[int] = set()
    for i, (_, _, _, c) in enumerate(found):
        if c.kind == "addition" and c.revised is not None and (j := deleted.get(words := _words(c.revised.text))) is not None and _laid_out(b.text, c.revised, words):
            at = passage_index(b.passages, found[j][0])
            near = passage_index(b.passages, c.revised.start) - 1 <= at <= passage_index(b.passages, max(c.revised.start, c.revised.end - 1)) + 1
            if near and j not in drop:
                drop.update((i, j))
    return [x for i, x in enumerate(found) if i not in drop]


def _laid_out(text: str, r: Range, words: tuple[str, ...]) -> bool:
    """Whether ``r`` (its ``words``) may be text laid out anew rather than words moved in a
    sentence: whole lines, or more than a few words (a list's items run into one paragraph)."""
    return len(words) > _FEW_WORDS or _whole_lines(text, r)


_FEW_WORDS = 6
"""Words moved inside a sentence, at most ("to easily interpolate" → "… easily")."""


def _whole_lines(text: str, r: Range) -> bool:
    r"""Whether ``r`` holds whole lines of ``text``: nothing but markers and blanks before it on its
    first line ("- ", "> "), nothing but blanks after it on its last.

    >>> t = "Intro.\n- See the docs.\nMore to easily read."
    >>> _whole_lines(t, Range(9, 22, "See the docs.")), _whole_lines(t, Range(31, 37, "easily"))
    (True, False)
    """
    line = text.rfind("\n", 0, r.start) + 1
    after = text.find("\n", r.end)
    return not text[line : r.start].strip(" \t-*+>#") and not text[r.end : len(text) if after < 0 else after].strip()


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text``, markup and punctuation aside: the same words laid out anew (a
    paragraph of "- item" lines become a list) read the same."""
    return tuple(WORD.findall(text)) or (" ".join(text.split()),)


def _with_silence(c: Change, notes: Notes, where: int | None, a: Document | None = None, b: Document | None = None) -> Change:
    """``c``, no longer silent when a note discloses it (``where``: the revised passage holding
    it, or the next one; a deletion is placed where its anchor is)."""
    if c.kind in ("annotation", "frame"):
        return c
    if cosmetic(c, a, b):
        return c._replace(silent=False)
    if not notes.ids and not notes.strikes:
        return c  # nothing can disclose a change
    found = notes.disclosure(c, where)
    if found is None and notes.updates and publication_moved_on(c, a, b):
        found = notes.updates, "general"  # (a byline's date moved on beside new update notes: the page republished with them)
    if found is None:
        return c
    return c._replace(silent=False, disclosed_by=found[0], disclosure=found[1])


def pieces(blocks: list[Block], b: Document) -> list[Piece]:
    """Raw differences, before annotations and framing claim their share."""
    out: list[Piece] = []
    for blk in blocks:
        if blk.kind == "delete" and blk.a:
            k = blk.b_passages[0]
            anchor = b.passages[k].start if k < len(b.passages) else len(b.text)
            out.append(Piece("deletion", blk.a, None, None, anchor))
        elif blk.kind == "insert" and blk.b:
            out.append(Piece("addition", None, blk.b, None, blk.b[0]))
        elif blk.kind == "move_to" and blk.a and blk.b:
            out.append(Piece("move", blk.a, blk.b, blk.move, blk.b[0]))
        if blk.kind in ("changed", "move_to"):
            for op in blk.ops:
                if op.tag == "insert":
                    out.append(Piece("addition", None, (op.b_start, op.b_end), None, op.b_start))
                elif op.tag == "delete":
                    out.append(Piece("deletion", (op.a_start, op.a_end), None, None, op.b_start))
                elif op.tag == "replace":
                    out.append(Piece("edit", (op.a_start, op.a_end), (op.b_start, op.b_end), None, op.b_start))
    return out
