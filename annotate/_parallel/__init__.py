"""The only code that knows about processes: one comparison on two cores.

Why this exists: on a 2-core machine a large comparison is about 20% faster when a
second process reads the revised document, scans it for notes and word-diffs passage
pairs while this one reads and aligns (docs/bench.md has the measurements). The
engine (``annotate.compare``) knows none of it: it asks ``compare_in_two`` to run a
comparison on two processes (``None``: not worth it or not possible here, so it runs
it alone) and ``word_diffs`` for a runner of its word diffs; both give exactly the
result one process gives (tests/test_parallel.py compares the JSON).

Pieces: ``channel`` (a forked helper and the pipe protocol that can never block both
sides), ``wordjobs`` (word diffs shared with the helper, or with a child forked for
them).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from annotate._parallel.channel import Channel, Helper
from annotate._parallel.wordjobs import PARALLEL_BYTES, WordDiffs, serve
from annotate.model import Comparison, Document, Passage

__all__ = ["compare_in_two", "source_size", "word_diffs"]


def word_diffs(a_text: str, b_text: str, *, timeout: float, workers: int) -> WordDiffs:
    """A word-diff runner (``annotate.blocks.WordDiffRunner``) that forks a child for a
    large run when ``workers`` is 2 or more."""
    return WordDiffs(a_text, b_text, timeout=timeout, workers=workers)


def compare_in_two(
    original: object,
    revised: object,
    *,
    read_original: Callable[[], Document],
    read_revised: Callable[[], Document],
    revised_text: Callable[[], str],
    original_text: Callable[[], str],
    scan: Callable[[Document, str, str, list[tuple[int, int]]], Any],
    finish: Callable[[Document, Document, Any, WordDiffs], Comparison],
    timeout: float,
    workers: int,
) -> Comparison | None:
    """The comparison of ``original`` with ``revised`` on two processes, or ``None`` when
    the inputs are too small for a second process to pay or this process cannot fork.

    While this process reads the original and the revised text, a forked helper reads
    the revised document (``read_revised``) and sends it, then scans it (``scan(b,
    original text, original format, original passages' spans)``, for notes: this process
    sends the original's format and spans once it has read it) and sends the notes; this
    process checks that the helper read the same texts (by length and hash).
    ``finish(a, b, scanned, diffs)`` then aligns and classifies here while the helper
    word-diffs the pairs it is sent (``diffs``). A helper that fails or read another
    text is dropped, and its share done here.
    """
    if workers < 2 or source_size(original) + source_size(revised) < PARALLEL_BYTES:
        return None
    helper = Helper(lambda channel: _helper_main(channel, original_text, read_revised, scan, timeout))
    if not helper.forked:
        return None
    try:
        a = read_original()
        spans = [(p.start, p.end) for p in a.passages]
        helper.tell(((len(a.text), hash(a.text)), a.format, spans))  # (what its scan needs of the original)
        b_text = revised_text()
        found = helper.ask()  # the revised document as the helper read it, then its notes
        theirs = _unpack(found[2], b_text) if found is not None and found[:2] == (len(b_text), hash(b_text)) else None
        scanned = helper.ask() if theirs is not None else None
        if theirs is None or scanned is None:  # the helper failed, or read other texts: read and scan here
            helper.close(kill=True)  # (and no word diffs from a helper that may not have our text)
            b = read_revised()
            scanned = scan(b, a.text, a.format, spans)
        else:
            b = theirs
        return finish(a, b, scanned, WordDiffs(a.text, b.text, timeout=timeout, workers=workers, helper=helper))
    finally:
        helper.close(kill=True)


def _helper_main(
    channel: Channel, read_a_text: Callable[[], str], read_b: Callable[[], Document],
    scan: Callable[[Document, str, str, list[tuple[int, int]]], Any], timeout: float,
) -> None:
    """The helper process of one comparison. While the main process reads the original
    and the revised text, the helper reads the revised document (passages, keys, dates)
    and sends it, reads the original's text, scans the revised document for notes with
    what the main process tells of the original (``None`` when it read another original
    text: the main process then scans), and sends the notes; then it word-diffs the
    passage pairs it is asked to."""
    b = read_b()
    channel.send((len(b.text), hash(b.text), _pack(b)))
    a_text = read_a_text()
    digest, a_format, spans = channel.recv()
    channel.send(scan(b, a_text, a_format, spans) if digest == (len(a_text), hash(a_text)) else None)
    try:
        first = channel.recv()
    except EOFError:
        return  # no word diffs to share
    serve(first, channel.recv, channel.send, a_text, b.text, timeout)


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


def source_size(source: object) -> int:
    """Rough size of a source, to decide whether a second process is worth it; 0 for a
    ``Document`` (already read) and for stdin (only one process may read it)."""
    if isinstance(source, Document) or (isinstance(source, os.PathLike) and os.fspath(source) == "-"):
        return 0
    if isinstance(source, (bytes, bytearray, str)):
        return len(source)  # the text itself
    if isinstance(source, memoryview):
        return source.nbytes
    if not isinstance(source, os.PathLike):
        return 0
    try:
        return os.path.getsize(source)
    except (OSError, ValueError):
        return 0
