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
import math
import os
from dataclasses import dataclass, replace

from annotate.align import Alignment
from annotate.belongings import with_belongings, without_body_callouts
from annotate.blocks import Serial, WordDiffRunner, inserted_spans, make_blocks
from annotate.candidate import Candidate
from annotate.classify import classify, pieces
from annotate.confirm import confirmed, new_inline, outermost, without_old_entries, without_old_lines
from annotate.detect import candidates
from annotate.diff import DEFAULT_TIMEOUT
from annotate.effective import told_before
from annotate.framing import Framing, find_framing
from annotate.frontlog import new_log_notes
from annotate.metadata import metadata_changes
from annotate.model import Comparison, Document
from annotate.notes import frames_of, make_annotation, original_date, revised_date
from annotate.numbered import with_numbered_dates
from annotate.openings import label_at
from annotate.read import DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, read_document, read_text
from annotate.restamped import restamped
from annotate.revision_days import companion_day, newest_entry, newest_logged_day, stamp_day

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
    the inputs are large and this process can fork safely (see ``annotate._parallel``). The result is the same for every value."""

    def __post_init__(self) -> None:
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

    if options.workers > 1:
        from annotate._parallel import compare_in_two

        done = compare_in_two(
            original, revised,
            read_original=lambda: read(original, original_date), read_revised=lambda: read(revised, revised_date),
            original_text=lambda: text_of(original), revised_text=lambda: text_of(revised), scan=scan_revised,
            finish=lambda a, b, cands, diffs: _compare(a, b, cands, options, diffs),
            timeout=options.diff_timeout, workers=options.workers,
        )
        if done is not None:
            return done
    return compare_documents(read(original, original_date), read(revised, revised_date), options)


def compare_documents(a: Document, b: Document, options: Options = Options()) -> Comparison:
    """Compare two documents already read."""
    diffs: WordDiffRunner
    if options.workers > 1:
        from annotate._parallel import word_diffs

        diffs = word_diffs(a.text, b.text, timeout=options.diff_timeout, workers=options.workers)
    else:
        diffs = Serial(a.text, b.text, timeout=options.diff_timeout)
    cands = scan_revised(b, a.text, a.format, [(p.start, p.end) for p in a.passages])
    return _compare(a, b, cands, options, diffs)


def scan_revised(b: Document, a_text: str, a_format: str, a_spans: list[tuple[int, int]]) -> list[Candidate]:
    """The note candidates of revised document ``b`` under comparison with an original of text
    ``a_text``, format ``a_format`` and passages at ``a_spans`` (what a helper process, which
    has the original's text but not its document, needs to scan as this process would)."""
    # The same text read the same way: nothing is inserted, so no note can be (the scan for
    # candidates is the costliest step left for identical documents).
    if a_text == b.text and a_format == b.format:
        return []
    return candidates(b, reach=True, old=frozenset(a_text[s:e] for s, e in a_spans))


def _holds_notes(c: Candidate, kept: list[Candidate]) -> bool:
    """Whether insertion ``c`` holds two of the ``kept`` notes or more (in document order): it is
    those notes ("EDIT 2017-09-07: …<br>\nEDIT 2017-11-17: …" put in at once)."""
    k = bisect.bisect_left(kept, c.start, key=lambda x: x.start)
    inside = 0
    while k < len(kept) and kept[k].start < c.end and inside < 2:
        inside += kept[k].end <= c.end
        k += 1
    return inside >= 2


def _compare(a: Document, b: Document, cands: list[Candidate], options: Options, diffs: WordDiffRunner) -> Comparison:
    """The pipeline, once both documents are read and the revised one scanned for notes."""
    cands = without_old_entries(cands, a, b)  # (before the word diff, which takes candidates as new text)
    framing = find_framing(b, frozenset(k for c in cands for k in c.paragraphs))
    protect = frozenset(k for c in cands if c.block for k in c.paragraphs) | frozenset(framing.passages)
    notes = sorted((c.start, c.end) for c in cands if not c.block)
    alignment = Alignment(
        a.passages, b.passages, protect_b=protect,
        noted_a=lambda i: label_at(a.text, a.passages[i].start, a.passages[i].end) is not None,
    )
    diffs.early(a.passages, b.passages, notes, alignment.first_pairs)
    blocks, limits = make_blocks(a, b, alignment.rows(), notes, diffs, options.diff_timeout)
    inserted = inserted_spans(blocks)
    inserted_passages = {k for blk in blocks if blk.kind == "insert" for k in range(*blk.b_passages)}
    if framing.marker is not None and framing.marker not in inserted_passages:
        framing = Framing(None, (), ())  # the original had this sentence: it is not a republication marker
    orig = original_date(a, b, framing) or newest_logged_day(a)  # (else its log's last entry: "- **2026-06-02**: Initial KEP drafted")
    kept = without_old_lines(confirmed(cands, inserted, b), blocks, a, b)
    kept += [c for c in restamped(blocks, a, b) if not any(k.start < c.end and c.start < k.end for k in kept)]
    by_start = sorted(kept, key=lambda c: c.start)
    chosen = outermost(kept + [c for c in new_inline(blocks, a, b) if not _holds_notes(c, by_start)])
    chosen = with_belongings([c for c in chosen if not told_before(c.label, c.label_date, orig)], inserted_passages, b)
    chosen = without_body_callouts(chosen, inserted_passages, b)
    chosen = with_numbered_dates(chosen, b.text)  # ("(UPDATE1)" dated by "- UPDATE1: 10 Jul 2022")
    logged = new_log_notes(a, b)
    chosen = logged + chosen  # (entries put into the front matter's list of updates)
    rep = revised_date(b, framing, orig)
    that_day = None
    if rep is not None and orig is not None and rep.value == orig.value and rep.basis not in ("option", "inferred"):
        # The republished page repeats the original's own date (an unchanged byline or
        # publication time): that is not when the notes were added (but a note stamped
        # with a time of day alone was: "Updated at 11:38 AM ET").
        that_day = rep
        rep = revised_date(replace(b, date=None, updated=None), framing, orig)
    rep = rep or newest_entry(logged, b, orig) or stamp_day(chosen, b, orig)
    notes_day = rep or companion_day(chosen, b, orig)  # (undated notes put in with a dated one: its day, inferred)
    annotations = tuple(make_annotation(n, c, b, notes_day, orig, that_day) for n, c in enumerate(chosen, 1))
    frames = frames_of(b, framing, tuple(k for k in framing.passages if k in inserted_passages))
    changes = classify(a, b, pieces(blocks, b), annotations, frames)
    return Comparison(
        original=a, revised=b, blocks=tuple(blocks), annotations=annotations, frames=frames,
        changes=changes, original_date=orig, revised_date=rep, limits=tuple(limits),
        metadata_changes=metadata_changes(a, b, annotations),
    )
