"""The pipeline: read → align → diff → detect annotations and dates → ``Comparison``.

``compare`` is the library's main entry point; the CLI and the TUI only call it
and render what it returns. Classification rules:

* text inside a confirmed annotation is that annotation, never a separate change;
* the republication marker and the new text around the reposted body are ``frame``;
* every other difference is an ``addition``, ``deletion``, ``edit`` or ``move``,
  and is ``silent`` unless an annotation discloses it (see ``annotate.classify``).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable
from dataclasses import dataclass, replace

from annotate.align import Row, align
from annotate.classify import Piece, classify
from annotate.detect import Candidate, Framing, bracketed_spans, candidates, find_framing, label_at
from annotate.diff import DEFAULT_TIMEOUT, DiffResult
from annotate.labels import UPDATE_CUE
from annotate.model import Block, Comparison, Document, Opcode, Passage
from annotate.notes import frames_of, make_annotation, original_date, revised_date
from annotate.parallel import Channel, Helper
from annotate.read import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, read_document, read_text
from annotate.segment import passage_index, trim
from annotate.wordjobs import PARALLEL_BYTES, Job, WordDiffs, job, serve

AnySource = str | os.PathLike[str] | bytes | bytearray | memoryview | Document


@dataclass(frozen=True)
class Options:
    """Knobs for ``compare``; the defaults suit articles and books."""

    diff_timeout: float = DEFAULT_TIMEOUT
    """Seconds one passage-pair diff may take before it is reported as coarse (0: no limit)."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest input accepted."""
    max_depth: int = DEFAULT_MAX_DEPTH
    """Deepest HTML element nesting accepted."""
    workers: int = 1
    """Processes one comparison may use: with 2, a helper process scans the revised
    text for notes and word-diffs passage pairs while this one reads and aligns, when
    the inputs are large and this process can fork safely (see ``annotate.parallel``
    and ``annotate.wordjobs``). The result is the same for every value."""

    def __post_init__(self) -> None:
        import math

        if not (isinstance(self.diff_timeout, (int, float)) and math.isfinite(self.diff_timeout) and self.diff_timeout >= 0):
            raise ValueError(f"Options.diff_timeout must be a finite number of seconds >= 0, not {self.diff_timeout!r}")
        if not (isinstance(self.max_bytes, int) and self.max_bytes >= 1):
            raise ValueError(f"Options.max_bytes must be a positive integer, not {self.max_bytes!r}")
        if not (isinstance(self.max_depth, int) and 1 <= self.max_depth <= DEFAULT_MAX_DEPTH):
            raise ValueError(f"Options.max_depth must be from 1 to {DEFAULT_MAX_DEPTH}, not {self.max_depth!r}")
        if not (isinstance(self.workers, int) and self.workers >= 1):
            raise ValueError(f"Options.workers must be a positive integer, not {self.workers!r}")


def compare(
    original: AnySource,
    revised: AnySource,
    *,
    original_date: str | None = None,
    revised_date: str | None = None,
    fmt: str | None = None,
    select: str | None = None,
    options: Options = Options(),
) -> Comparison:
    """Compare an ``original`` with its republished ``revised`` version.

    Sources are paths (``os.PathLike`` only: ``pathlib.Path``), strings (always the text
    itself, never a file name), bytes or ``Document`` values.

    >>> c = compare("The sky is blue.\\n\\nIt rained.", "The sky is green.\\n\\nIt rained.\\n\\n(Update: it stopped.)")
    >>> [(ch.kind, ch.silent, ch.revised.text if ch.revised else None) for ch in c.changes]
    [('edit', True, 'green'), ('annotation', False, '(Update: it stopped.)')]
    """
    def read(source: AnySource, date: str | None) -> Document:
        return read_document(
            source, fmt=fmt, select=select, date=date, max_bytes=options.max_bytes, max_depth=options.max_depth
        )

    def text_of(source: AnySource) -> str:
        return read_text(source, fmt=fmt, select=select, max_bytes=options.max_bytes, max_depth=options.max_depth)

    split = options.workers > 1 and _size(original) + _size(revised) >= PARALLEL_BYTES
    helper = (
        Helper(lambda channel: _helper_main(channel, lambda: text_of(original), lambda: read(revised, revised_date), options))
        if split else None
    )
    if helper is None or not helper.forked:
        return compare_documents(read(original, original_date), read(revised, revised_date), options)
    try:
        a = read(original, original_date)
        b_text = text_of(revised)
        found = helper.ask()  # the revised document as the helper read it, then its notes
        theirs = _unpack(found[2], b_text) if found is not None and found[:2] == (len(b_text), hash(b_text)) else None
        notes = helper.ask() if theirs is not None else None
        if theirs is None or notes is None:  # the helper failed, or read another text: read and scan here
            helper.close(kill=True)  # (and no word diffs from a helper that may not have our text)
            b = read(revised, revised_date)
            cands = candidates(b)
        else:
            b, cands = theirs, notes
        return _compare(a, b, cands, options, helper)
    finally:
        helper.close(kill=True)


def _helper_main(channel: Channel, read_a_text: Callable[[], str], read_b: Callable[[], Document], options: Options) -> None:
    """The helper process of one comparison. While this process reads the original and
    the revised text, the helper reads the revised document (passages, keys, dates) and
    scans it for notes, and sends both; then it reads the original's text and word-diffs
    the passage pairs it is asked to."""
    b = read_b()
    channel.send((len(b.text), hash(b.text), _pack(b)))
    channel.send(candidates(b))
    a_text = read_a_text()
    try:
        first = channel.recv()
    except EOFError:
        return  # no word diffs to share
    serve(first, channel.recv, channel.send, a_text, b.text, options.diff_timeout)


Packed = tuple[Document, list[int], list[str | None]]
"""A document without its text: the document with empty text and no passages, then the
passages' bounds and keys (``None`` for a key equal to the passage's own text)."""


def _pack(doc: Document) -> Packed:
    bounds: list[int] = []
    keys: list[str | None] = []
    text = doc.text
    for p in doc.passages:
        bounds += (p.start, p.end)
        keys.append(None if p.key == text[p.start : p.end] else p.key)
    return replace(doc, text="", passages=()), bounds, keys


def _unpack(packed: Packed, text: str) -> Document:
    """The packed document again, with ``text`` (the same text, read by this process)."""
    doc, bounds, keys = packed
    passages = tuple(
        Passage(n, s, e, text[s:e] if k is None else k)
        for n, (s, e, k) in enumerate(zip(bounds[0::2], bounds[1::2], keys, strict=True))
    )
    return replace(doc, text=text, passages=passages)


def compare_documents(a: Document, b: Document, options: Options = Options()) -> Comparison:
    """Compare two documents already read."""
    return _compare(a, b, candidates(b), options)


def _size(source: AnySource) -> int:
    """Rough size of a source, to decide whether a second process is worth it; 0 for a
    ``Document`` (already read) and for stdin (only one process may read it)."""
    if isinstance(source, Document) or (isinstance(source, os.PathLike) and os.fspath(source) == "-"):
        return 0
    if isinstance(source, (bytes, bytearray, str)):
        return len(source)  # the text itself
    if isinstance(source, memoryview):
        return source.nbytes
    try:
        return os.path.getsize(source)
    except (OSError, ValueError):
        return 0


def _compare(
    a: Document, b: Document, cands: list[Candidate], options: Options, helper: Helper | None = None
) -> Comparison:
    framing = find_framing(b, frozenset(k for c in cands for k in c.paragraphs))
    protect = frozenset(k for c in cands if c.block for k in c.paragraphs) | frozenset(framing.passages)
    notes = sorted((c.start, c.end) for c in cands if not c.block)
    diffs = WordDiffs(a.text, b.text, timeout=options.diff_timeout, workers=options.workers, helper=helper)
    rows = align(
        a.passages, b.passages, protect_b=protect,
        early=(lambda pairs: diffs.early(a.passages, b.passages, notes, pairs)) if helper is not None else None,
    )
    blocks, limits = _blocks(a, b, rows, options, notes, diffs.run)
    inserted = _inserted_spans(blocks)
    inserted_passages = {k for blk in blocks if blk.kind == "insert" for k in range(*blk.b_passages)}
    if framing.marker is not None and framing.marker not in inserted_passages:
        framing = Framing(None, (), ())  # the original had this sentence: it is not a republication marker
    chosen = _outermost(_confirmed(cands, inserted, b) + _new_inline(blocks, b))
    orig = original_date(a, b, framing)
    rep = revised_date(b, framing, orig)
    if rep is not None and orig is not None and rep.value == orig.value and rep.basis not in ("option", "inferred"):
        # The republished page repeats the original's own date (an unchanged byline or
        # publication time): that is not when the notes were added.
        rep = revised_date(replace(b, date=None, updated=None), framing, orig)
    annotations = tuple(make_annotation(n, c, b, rep, orig) for n, c in enumerate(chosen, 1))
    frames = frames_of(b, framing, tuple(k for k in framing.passages if k in inserted_passages))
    changes = classify(a, b, _pieces(blocks, b), annotations, frames)
    return Comparison(
        original=a, revised=b, blocks=tuple(blocks), annotations=annotations, frames=frames,
        changes=changes, original_date=orig, revised_date=rep, limits=tuple(limits),
    )


def _span(doc: Document, lo: int, hi: int) -> tuple[int, int]:
    return doc.passages[lo].start, doc.passages[hi - 1].end


def _blocks(
    a: Document, b: Document, rows: list[Row], options: Options, notes: list[tuple[int, int]],
    diffs_run: Callable[[list[Job]], list[DiffResult]],
) -> tuple[list[Block], list[str]]:
    """Alignment rows as blocks, word-diffed; ``notes`` (sorted candidate spans in the
    revised text) never match original words, so a new note stays whole."""
    spans: list[tuple[tuple[int, int] | None, tuple[int, int] | None]] = []
    jobs: dict[int, Job] = {}
    for n, row in enumerate(rows):
        ar = _span(a, *row.a) if row.a[1] > row.a[0] else None
        br = _span(b, *row.b) if row.b[1] > row.b[0] else None
        spans.append((ar, br))
        if row.kind in ("pair", "move_to") and not row.equal and ar and br:
            jobs[n] = job(ar, br, notes)
    results = diffs_run(list(jobs.values()))
    diffs = dict(zip(jobs, results, strict=True))
    blocks: list[Block] = []
    limits: list[str] = []
    for n, row in enumerate(rows):
        ar, br = spans[n]
        ops: tuple[Opcode, ...] = ()
        result = diffs.get(n)
        if result is not None:
            ops = result.ops
            if result.timed_out:
                limits.append(
                    f"word diff of original passages {row.a[0] + 1}-{row.a[1]} and revised passages "
                    f"{row.b[0] + 1}-{row.b[1]} stopped at the {options.diff_timeout:g}s limit: it is coarse there"
                )
        similarity = _similarity(ops) if ops else row.similarity
        if row.kind == "pair":
            blocks.append(Block("equal" if row.equal else "changed", ar, br, row.a, row.b, ops, None, similarity))
        elif row.kind == "delete":
            blocks.append(Block("delete", ar, None, row.a, row.b, (), None, 0.0))
        elif row.kind == "insert":
            blocks.append(Block("insert", None, br, row.a, row.b, (), None, 0.0))
        elif row.kind == "move_from":
            blocks.append(Block("move_from", ar, None, row.a, row.b, (), row.move, row.similarity))
        else:
            blocks.append(Block("move_to", ar, br, row.a, row.b, ops, row.move, similarity))
    return blocks, limits


def _similarity(ops: tuple[Opcode, ...]) -> float:
    """Share of the two ranges that the word diff found equal (by length)."""
    equal = total = 0
    for tag, a0, a1, b0, b1 in ops:
        size = a1 - a0 + b1 - b0
        total += size
        if tag == "equal":
            equal += size
    return round(equal / total, 4) if total else 1.0


def _inserted_spans(blocks: list[Block]) -> list[tuple[int, int]]:
    """Revised-text ranges that the comparison shows as new."""
    spans: list[tuple[int, int]] = []
    for blk in blocks:
        if blk.kind == "insert" and blk.b is not None:
            spans.append(blk.b)
        elif blk.kind in ("changed", "move_to"):
            spans.extend((op.b_start, op.b_end) for op in blk.ops if op.tag in ("insert", "replace"))
    return spans


def _visible(text: str) -> int:
    return len(text) - sum(map(text.count, " \n\t\u00a0"))


def _new_fraction(start: int, end: int, spans: list[tuple[int, int]], text: str) -> float:
    """Share of the visible characters of ``text[start:end]`` inside ``spans`` (sorted, disjoint)."""
    total = _visible(text[start:end])
    if not total:
        return 0.0
    new = 0
    for k in range(max(bisect.bisect_right(spans, (start, start)) - 1, 0), len(spans)):
        s, e = spans[k]
        if s >= end:
            break
        lo, hi = max(s, start), min(e, end)
        if lo < hi:
            new += _visible(text[lo:hi])
    return new / total


def _confirmed(cands: list[Candidate], inserted: list[tuple[int, int]], b: Document) -> list[Candidate]:
    """Candidates the comparison shows to be new text (an old parenthetical is not a note)."""
    inserted.sort()
    out: list[Candidate] = []
    for c in cands:
        if _new_fraction(c.start, c.end, inserted, b.text) >= 0.9:
            out.append(c)
        elif len(c.paragraphs) > 1 and b.text[c.start] not in "([":
            # A note that takes the passages after its label (a heading's section, a quote):
            # only its new passages from the start belong to it.
            new = 0
            for k in c.paragraphs:
                p = b.passages[k]
                if _new_fraction(p.start, p.end, inserted, b.text) < 0.9:
                    break
                new += 1
            if new:
                kept = c.paragraphs[:new]
                out.append(c._replace(end=b.passages[kept[-1]].end, paragraphs=kept))
    return out


def _outermost(cands: list[Candidate]) -> list[Candidate]:
    """Candidates in document order, each kept only when no kept one contains or overlaps it."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def _new_inline(blocks: list[Block], b: Document) -> list[Candidate]:
    """Bracketed notes the comparison shows were inserted inside an existing passage."""
    out: list[Candidate] = []
    for blk in blocks:
        if blk.kind not in ("changed", "move_to"):
            continue
        changed = [(op.b_start, op.b_end) for op in blk.ops if op.tag in ("insert", "replace")]
        if changed and blk.b is not None and any(
            b.text.find("[", x, y) >= 0 or b.text.find("(", x, y) >= 0 for x, y in changed
        ):
            # Brackets anywhere in the passage, kept when their text is new: a new bracketed
            # phrase may span several edits of the word diff ("[who has since resigned …]").
            for s, e in bracketed_spans(b.text, *blk.b):
                if not _editorial(b.text, s, e):
                    continue
                # A square-bracketed insertion may reuse words of what it replaced: its
                # brackets must be new, and most of it; a round-bracketed one nearly all.
                if b.text[s] == "[":
                    if _new_fraction(s, s + 1, changed, b.text) < 1 or _new_fraction(e - 1, e, changed, b.text) < 1:
                        continue
                    if _new_fraction(s, e, changed, b.text) < 0.5:
                        continue
                elif _new_fraction(s, e, changed, b.text) < 0.9:
                    continue
                whole = next(((x, y) for x, y in changed if x <= s and e <= y), None)
                replaced = any(op.tag == "replace" and op.b_start <= s and e <= op.b_end for op in blk.ops)
                if whole is not None and replaced and b.text[s] == "(" and not b.text[whole[0] : s].strip() and not b.text[e : whole[1]].strip():
                    continue  # words replaced by a round-bracketed phrase: an edit, not an inserted note
                e = _with_stop(b.text, e, whole[1] if whole else e + 1)
                out.append(Candidate("inline", s, e, None, None, (passage_index(b.passages, s),), False))
        for op in blk.ops:
            if op.tag not in ("insert", "replace"):
                continue
            labelled = _labelled_insert(b, op)
            if labelled is not None:
                out.append(labelled)
    return out


def _editorial(text: str, s: int, e: int) -> bool:
    """True when the new bracketed span ``text[s:e]`` reads as an editorial insertion: a
    square-bracketed phrase ("[who has since resigned]"), or a round-bracketed one with an
    update cue ("(now closed)"). Not: an author's new aside without a cue (an addition),
    Markdown link text or references ("[text](url)", "[ref]", "[^1]"), a call in code
    ("size(A, i)"), anything inside backticks."""
    inner = text[s + 1 : e - 1]
    if text[s] == "(":
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "]_"):
            return False  # a call or a link target
        return bool(UPDATE_CUE.search(inner))
    if inner.startswith("^") or text[e : e + 1] in ("(", "[", ":") or (s > 0 and text[s - 1] in "]!"):
        return False
    if " " not in inner.strip():
        return False  # "[updates2022]": a reference, not a phrase
    line_start = text.rfind("\n", 0, s) + 1
    return text.count("`", line_start, s) % 2 == 0


def _labelled_insert(b: Document, op: Opcode) -> Candidate | None:
    """Inserted text that opens with a label ("Update (6 July 2017): …") put in front of,
    or inside, an existing passage: a labelled note up to the end of the insertion."""
    if op.tag != "insert":
        return None
    s, e = trim(b.text, op.b_start, op.b_end)
    label = label_at(b.text, s, e) if s < e else None
    if label is None or label[2] >= e:
        return None
    return Candidate("labelled", s, e, label[0], label[1], (passage_index(b.passages, s),), False)


def _with_stop(text: str, end: int, limit: int) -> int:
    return end + 1 if end < limit and text[end] == "." and (end + 1 == limit or text[end + 1].isspace()) else end


def _pieces(blocks: list[Block], b: Document) -> list[Piece]:
    """Raw differences, before annotations and framing claim their share."""
    pieces: list[Piece] = []
    for blk in blocks:
        if blk.kind == "delete" and blk.a:
            k = blk.b_passages[0]
            anchor = b.passages[k].start if k < len(b.passages) else len(b.text)
            pieces.append(Piece("deletion", blk.a, None, None, anchor))
        elif blk.kind == "insert" and blk.b:
            pieces.append(Piece("addition", None, blk.b, None, blk.b[0]))
        elif blk.kind == "move_to" and blk.a and blk.b:
            pieces.append(Piece("move", blk.a, blk.b, blk.move, blk.b[0]))
        if blk.kind in ("changed", "move_to"):
            for op in blk.ops:
                if op.tag == "insert":
                    pieces.append(Piece("addition", None, (op.b_start, op.b_end), None, op.b_start))
                elif op.tag == "delete":
                    pieces.append(Piece("deletion", (op.a_start, op.a_end), None, None, op.b_start))
                elif op.tag == "replace":
                    pieces.append(Piece("edit", (op.a_start, op.a_end), (op.b_start, op.b_end), None, op.b_start))
    return pieces
