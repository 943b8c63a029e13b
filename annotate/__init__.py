"""annotate: compare an article with its republished version, find the dated notes.

>>> import annotate
>>> c = annotate.compare("It was 5 km.", "It was 7 km.\\n\\n[Editor's note, 6 July 2017: corrected.]")
>>> [(a.text, a.date.value) for a in c.annotations]
[("[Editor's note, 6 July 2017: corrected.]", '2017-07-06')]
>>> [(ch.kind, ch.silent) for ch in c.changes]
[('edit', True), ('annotation', False)]
"""

from __future__ import annotations

import os

from annotate.compare import Options, compare, compare_documents
from annotate.errors import AnnotateError, InputError, LimitError
from annotate.history import history
from annotate.model import (
    Annotation,
    Block,
    Change,
    Comparison,
    DateInfo,
    Document,
    Frame,
    Notes,
    Opcode,
    Passage,
    Range,
    Summary,
)
from annotate.notes import find_annotations as _find_notes
from annotate.notes import strip_annotations as _strip
from annotate.read import read_document


def __getattr__(name: str) -> str:
    """``annotate.__version__``: the installed distribution's version (one source,
    ``pyproject.toml``), looked up only when asked so that start-up does not pay for it."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("annotate")
        except PackageNotFoundError:  # (run from a source tree that was never installed)
            return "0+unknown"
    raise AttributeError(f"module 'annotate' has no attribute {name!r}")

__all__ = [
    "AnnotateError", "Annotation", "Block", "Change", "Comparison", "DateInfo", "Document",
    "Frame", "InputError", "LimitError", "Notes", "Opcode", "Options", "Passage", "Range",
    "Summary", "compare", "compare_documents", "find_annotations", "history", "read_document",
    "strip_annotations",
]


def find_annotations(document: str | os.PathLike[str] | bytes | Document, *, date: str | None = None) -> Notes:
    """Annotations, framing and dates of a republished version read alone."""
    return _find_notes(read_document(document, date=date))


def strip_annotations(document: str | os.PathLike[str] | bytes | Document) -> str:
    """The original rebuilt from a republished version: notes and framing removed."""
    return _strip(read_document(document))
