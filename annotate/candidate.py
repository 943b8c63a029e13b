"""A stretch of a document that reads as an inserted note, before the comparison confirms it.

Why a module of its own: ``annotate.detect`` makes candidates from one document, and
``annotate.confirm``, ``annotate.belongings``, ``annotate.notes`` and ``annotate.compare`` read
them; the value they share stands apart from the scan that makes it.
"""

from __future__ import annotations

from typing import NamedTuple

from annotate.dates import FoundDate
from annotate.model import AnnotationKind


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
    whole: bool = False
    """True for a section that is a note only when new from end to end (a dated section of a page
    of news, a list of the document's changes): an old one retitled or reworded is an edit."""
