"""A document's whole history: N versions in time order, each note traced to the version
that added it (and the one that removed it), every change between neighbours, blame for
the latest version, and the stealth edits a fact-checker most needs to see.

Why this exists: real articles are edited many times; comparing two versions at a time
and stitching the story together by hand loses which version added what. ``history``
compares each neighbouring pair once (``annotate.compare.compare_documents``), follows
notes and passages forward through the alignment blocks (``annotate.lineage``) and keeps
only each step's changes, so memory grows linearly with the number of versions.

>>> h = history([
...     "The ferry carries 1,200 people a day.",
...     "The ferry carries 900 people a day.\\n\\nCorrection: we said 1,200; it is 900.",
...     "The ferry carries 1,200 people a day.",
... ], dates=["2023-03-06", "2023-03-08", "2023-03-14"])
>>> [(n.id, n.label, n.first, n.removed, n.date.value, n.date.basis) for n in h.notes]
[('h1', 'Correction', 1, 2, '2023-03-08', 'version')]
>>> [(s.kind, s.version, s.note, s.correction, s.silent) for s in h.stealth]
[('removed_note', 2, 'h1', True, True)]
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from annotate.compare import AnySource, Options, compare_documents
from annotate.errors import InputError
from annotate.history_model import History, HistoryNote, Origin, Snapshot, Stealth, Step, Version
from annotate.lineage import FINAL, SURVIVES, blame_step, carry, carry_words, is_correction, removal
from annotate.model import Annotation, Change, DateInfo, Document
from annotate.notes import find_annotations
from annotate.read import read_document


@dataclass(frozen=True)
class Dated:
    """A version already read (a fetched page, a Wayback snapshot), with its version date."""

    document: Document
    """The version as read (``annotate.web`` reads a page with its declared charset)."""
    date: DateInfo | None
    """When this version was published or seen (basis ``wayback`` for a snapshot's time,
    ``http`` for a ``Last-Modified`` header, ``fetched`` for the time it was fetched)."""
    revision: str | None = None
    """The snapshot's timestamp, or another revision id."""


HistorySource = AnySource | Snapshot | Dated
"""A version: a path (``os.PathLike``), bytes, a string (the text itself), a ``Document``,
a ``Snapshot`` (a git revision) or a ``Dated`` document (a fetched page)."""

__all__ = ["Dated", "History", "HistorySource", "Snapshot", "history"]


@dataclass
class _Note:
    """A note while the history is being built (mutable; frozen into ``HistoryNote`` at the end)."""

    kind: str
    label: str | None
    text: str
    first: int
    date: DateInfo | None
    absent_on: str | None
    last_text: str = ""
    removed: int | None = None
    removal_silent: bool | None = None


@dataclass(frozen=True)
class _Loaded:
    """One source read, before the versions are put in time order."""

    document: Document
    date: DateInfo | None
    stamp: float | None
    revision: str | None
    position: int


def _mtime_date(stamp: float) -> DateInfo:
    moment = datetime.fromtimestamp(stamp, UTC)
    return DateInfo(moment.strftime("%Y-%m-%d"), "day", "mtime", f"file modified {moment.strftime('%Y-%m-%dT%H:%M:%SZ')}")


def _load(source: HistorySource, date: str | None, position: int, fmt: str | None, select: str | None,
          options: Options) -> _Loaded:
    """Read one source and find its version date (see ``Version.date``)."""
    limits = {"fmt": fmt, "select": select, "date": date, "max_bytes": options.max_bytes, "max_depth": options.max_depth}
    if isinstance(source, Dated):
        doc = read_document(source.document, date=date)
        return _Loaded(doc, doc.date if date else source.date, None, source.revision, position)
    if isinstance(source, Snapshot):
        doc = read_document(source.data, name=source.name, **limits)  # type: ignore[arg-type]
        return _Loaded(doc, doc.date if date else source.date, None, source.revision, position)
    doc = read_document(source, **limits)  # type: ignore[arg-type]
    found = doc.date if date else (doc.updated or doc.date)
    stamp: float | None = None
    if isinstance(source, os.PathLike) and os.fspath(source) != "-":
        try:
            stamp = os.stat(os.fspath(source)).st_mtime
        except OSError:
            stamp = None
        if found is None and stamp is not None:
            found = _mtime_date(stamp)
    return _Loaded(doc, found, stamp, None, position)


def _ordered(loaded: list[_Loaded], as_given: bool) -> tuple[list[_Loaded], tuple[str, ...]]:
    """The versions in time order: by date (then file time, then the order given), unless
    ``as_given`` or some version has no date."""
    if as_given or len(loaded) < 2:
        return loaded, ()
    undated = [v.document.source for v in loaded if v.date is None]
    if len(undated) == len(loaded):
        return loaded, ()  # nothing to order by: the order given, as for ``as_given``
    if undated:
        return loaded, (f"{len(undated)} version(s) without a date ({', '.join(undated[:3])}): "
                        "all versions kept in the order given",)
    return sorted(loaded, key=lambda v: (v.date.value if v.date else "", v.stamp or 0.0, v.position)), ()


def _note_date(found: DateInfo | None, version: DateInfo | None, index: int, source: str) -> DateInfo | None:
    """A note's date: written in it (``explicit``), else the date of the version that
    introduced it (``version``), else what the comparison found."""
    if found is not None and found.basis == "explicit":
        return found
    if version is not None:
        return DateInfo(version.value, version.precision, "version",
                        f"first in v{index + 1} ({source}), dated by its {version.basis}")
    return found


def _covered(a: Annotation, spans: list[tuple[int, int, int]]) -> bool:
    """True when most of new note ``a`` lies in a note carried over (the same note, edited)."""
    inside = sum(max(0, min(a.end, e) - max(a.start, s)) for _, s, e in spans)
    return inside * 2 >= a.end - a.start


def history(
    sources: Sequence[HistorySource],
    *,
    dates: Sequence[str | None] | None = None,
    as_given: bool = False,
    fmt: str | None = None,
    select: str | None = None,
    skipped: Sequence[str] = (),
    options: Options = Options(),  # noqa: B008 - frozen, as in annotate.compare
) -> History:
    """The history of a document from its ``sources`` (one per version, any order).

    Versions are put in time order by their dates — ``dates`` (ISO, one per source, ``None``
    for unknown) when given, else a document's own last-update or publication date, a
    snapshot's commit date, a file's modification time — unless ``as_given``; when some
    version has no date, the order given is kept (and, when others have one,
    ``History.warnings`` says so).
    Each neighbouring pair is compared once, with ``options``. ``skipped`` lists versions
    the caller left out and why (``git_versions`` returns them); the history reports them.
    """
    if not sources:
        raise InputError("a history needs at least one version")
    if dates is not None and len(dates) != len(sources):
        raise ValueError(f"dates has {len(dates)} entries for {len(sources)} sources")
    loaded = [_load(s, dates[i] if dates else None, i, fmt, select, options) for i, s in enumerate(sources)]
    loaded, warnings = _ordered(loaded, as_given)
    docs = [v.document for v in loaded]
    notes: list[_Note] = []
    live: list[tuple[int, int, int]] = []  # (note index, start, end) in the current version
    for found in find_annotations(docs[0]).annotations:
        live.append((len(notes), found.start, found.end))
        notes.append(_Note(found.kind, found.label, found.text, 0, found.date, None, found.text))
    first = [0] * len(docs[0].passages)
    changed = [0] * len(docs[0].passages)
    words: list[tuple[int, int, int]] = [(0, len(docs[0].text), 0)]
    steps: list[Step] = []
    stealth: list[Stealth] = []
    for k in range(len(docs) - 1):
        a, b = docs[k], docs[k + 1]
        c = compare_documents(a, b, options)
        finals = [n for n, _, _ in live if FINAL.search(notes[n].text)]
        carried: list[tuple[int, int, int]] = []
        removed: list[int] = []
        taken: list[Change] = []  # changes already reported as a note's removal
        for n, s, e in live:
            went = carry(c.blocks, s, e)
            if went is not None and went[0] >= SURVIVES:
                carried.append((n, went[1], went[2]))
                notes[n].last_text = b.text[went[1] : went[2]]
                continue
            gone = removal(c.changes, s, e)
            note = notes[n]
            note.removed, note.removal_silent = k + 1, gone is None or gone.silent
            removed.append(n)
            taken.extend(() if gone is None else (gone,))
            stealth.append(Stealth("removed_note", k + 1, f"h{n + 1}", is_correction(note.label, note.text),
                                   note.removal_silent, gone))
        added: list[int] = []
        before = loaded[k].date
        for ann in c.annotations:
            if _covered(ann, carried):
                continue
            added.append(len(notes))
            carried.append((len(notes), ann.start, ann.end))
            notes.append(_Note(ann.kind, ann.label, ann.text, k + 1,
                               _note_date(ann.date, loaded[k + 1].date, k + 1, b.source),
                               before.value if before else None, ann.text))
        if finals:
            stealth.extend(
                Stealth("after_final", k + 1, f"h{finals[0] + 1}", False, True, ch)
                for ch in c.changes if ch.silent and ch not in taken
            )
        live = sorted(carried, key=lambda t: (t[1], t[2]))
        first, changed = blame_step(c.blocks, a, b, first, changed, k + 1)
        words = carry_words(c.blocks, words, b, k + 1)
        steps.append(Step(k, k + 1, c.changes, c.summary, tuple(f"h{n + 1}" for n in added),
                          tuple(f"h{n + 1}" for n in removed), c.limits))
        del c  # only the step's changes are kept
    return History(
        versions=tuple(
            Version(i, v.document.source, v.date, v.document, v.revision, tuple(
                f"h{n + 1}" for n, note in enumerate(notes) if note.first <= i and (note.removed is None or i < note.removed)
            ))
            for i, v in enumerate(loaded)
        ),
        notes=tuple(_frozen(n, note) for n, note in enumerate(notes)),
        steps=tuple(steps),
        blame=tuple(Origin(i, p.start, p.end, first[i], changed[i]) for i, p in enumerate(docs[-1].passages)),
        stealth=tuple(stealth),
        words=tuple(words),
        skipped=tuple(skipped),
        warnings=warnings,
    )


def _frozen(n: int, note: _Note) -> HistoryNote:
    return HistoryNote(
        id=f"h{n + 1}", kind=note.kind, label=note.label, text=note.text, last_text=note.last_text or note.text,
        first=note.first, removed=note.removed, date=note.date, absent_on=note.absent_on,
        correction=is_correction(note.label, note.text), final=bool(FINAL.search(note.text)),
        removal_silent=note.removal_silent,
    )
