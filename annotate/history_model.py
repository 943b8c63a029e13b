"""The values of a document's whole history: frozen, typed, one docstring per field.

Why this exists: ``annotate.history`` compares every neighbouring pair of N versions and
ties each note and each silent change to the version that introduced it. Its results are
kept apart from ``annotate.model`` (the two-version values, which other work edits) and
from the algorithm, so that renderers and front ends can import the shapes alone.

Versions are numbered from 0 in time order (the reports show them from 1, as ``v1``…).
Offsets in a ``Step``'s changes refer to the texts of its two versions' documents, exactly
as in a ``Comparison``; blame offsets refer to the latest version's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from annotate.model import Change, DateInfo, Document, Summary

StealthKind = Literal["removed_note", "after_final"]


@dataclass(frozen=True)
class Snapshot:
    """One version of a document that is not a file of its own: a git revision, a fetched page."""

    data: bytes
    """The version's bytes, as stored."""
    name: str
    """How reports name it (``article.md@1a2b3c4``); its extension chooses the input format."""
    date: DateInfo | None
    """When this version was made (basis ``commit`` for a git revision), if known."""
    revision: str | None = None
    """The git commit (full hash) or other revision id, if any."""


@dataclass(frozen=True)
class Version:
    """One version of the document, in time order."""

    index: int
    """Position in time order, from 0 (reports show ``v1`` for 0)."""
    source: str
    """Where it came from: the path as given, ``path@commit`` for git, ``<string>``…"""
    date: DateInfo | None
    """When this version was published or made: basis ``option`` (given), ``metadata`` or
    ``dateline`` (the document's own last-update or publication date), ``commit`` (git),
    ``mtime`` (the file's modification time); ``None`` when unknown."""
    document: Document
    """The version as read (its text is what step offsets and blame refer to)."""
    revision: str | None
    """The git commit (full hash) this version is, if it came from git."""
    notes: tuple[str, ...]
    """Ids of the history's notes present in this version, in order of first appearance."""


@dataclass(frozen=True)
class HistoryNote:
    """A note followed through the versions: where it first appeared and where it went."""

    id: str
    """Stable id, ``h1``, ``h2``… in order of first appearance (then of position)."""
    kind: str
    """``bracketed``, ``labelled`` or ``inline``, as in ``Annotation.kind``."""
    label: str | None
    """The label as first written (``Update 2``, ``Correction``…), or ``None``."""
    text: str
    """The note as it stood in the version that first has it."""
    last_text: str
    """The note as it stands in the last version that has it (edited notes differ)."""
    first: int
    """Index of the first version that has it (0: it was there from the first version known)."""
    removed: int | None
    """Index of the first version that no longer has it, or ``None`` when the latest still does."""
    date: DateInfo | None
    """When it was added: ``explicit`` when written in the note; else ``version``, the date of
    the version that introduced it; else as the comparison dated it (``document``,
    ``inferred``); ``None`` when nothing tells."""
    absent_on: str | None
    """Date of the last version without the note (it was added after that), or ``None``
    (a note of the first version, or an undated previous version)."""
    correction: bool
    """True for a correction, erratum, retraction, clarification or amendment."""
    final: bool
    """True when the note says the article is final ("will not be updated further")."""
    removal_silent: bool | None
    """For a removed note: True when no note of the version that removed it discloses the
    removal; ``None`` while the note is still there."""


@dataclass(frozen=True)
class Step:
    """The comparison of two neighbouring versions, kept small: its changes, not its alignment."""

    before: int
    """Index of the earlier version."""
    after: int
    """Index of the later version (``before + 1``)."""
    changes: tuple[Change, ...]
    """Every difference, as ``annotate.compare`` classifies it (offsets into the two versions)."""
    summary: Summary
    """Counts per kind of change, as ``Comparison.summary``."""
    added: tuple[str, ...]
    """Ids of the notes this step introduced."""
    removed: tuple[str, ...]
    """Ids of the notes this step removed."""
    limits: tuple[str, ...] = ()
    """Limits reached while comparing the pair (e.g. a passage diff that timed out)."""


class Origin(NamedTuple):
    """Blame for one passage of the latest version."""

    passage: int
    """Index of the passage in the latest version."""
    start: int
    """Offset of its first character in the latest version's text."""
    end: int
    """Offset just past its last character."""
    first: int
    """Index of the version its text first appeared in (edited passages keep their origin)."""
    changed: int
    """Index of the version that last changed its words (equal to ``first`` when never edited)."""


class Stealth(NamedTuple):
    """A change a fact-checker most needs to see: a note taken back, or an edit after "final"."""

    kind: StealthKind
    """``removed_note`` (a note that a later version no longer has) or ``after_final`` (a
    silent change made after a note said the article was final)."""
    version: int
    """Index of the version in which it happened."""
    note: str
    """The removed note's id, or the id of the note that claimed the article final."""
    correction: bool
    """True when the removed note was a correction (the gravest case); False otherwise."""
    silent: bool
    """True when no note of that version discloses it (always True for ``after_final``)."""
    change: Change | None
    """The step's change that removed the note or made the edit (offsets into the versions
    ``version - 1`` and ``version``); ``None`` when no single change holds a removal."""


@dataclass(frozen=True)
class History:
    """Everything annotate knows about a document's versions."""

    versions: tuple[Version, ...]
    """The versions, in time order."""
    notes: tuple[HistoryNote, ...]
    """Every note any version has, in order of first appearance."""
    steps: tuple[Step, ...]
    """One per neighbouring pair: ``steps[k]`` compares ``versions[k]`` with ``versions[k + 1]``."""
    blame: tuple[Origin, ...]
    """For each passage of the latest version, the version it comes from."""
    stealth: tuple[Stealth, ...]
    """Removed notes and edits made after a "final" note, in version order."""
    words: tuple[tuple[int, int, int], ...] = ()
    """Word blame for the latest version: sorted ``(start, end, version)`` stretches of its text,
    each from the version its words first appeared in (moved text keeps its origin)."""
    skipped: tuple[str, ...] = ()
    """Versions left out and why (a binary git revision, one over the size limit…)."""
    warnings: tuple[str, ...] = ()
    """Things a reader should know (e.g. versions without a date kept in the order given)."""

    @property
    def latest(self) -> Version:
        """The last version."""
        return self.versions[-1]

    def note(self, note_id: str) -> HistoryNote:
        """The note with id ``note_id``."""
        for n in self.notes:
            if n.id == note_id:
                return n
        raise KeyError(note_id)
