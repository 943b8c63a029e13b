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
import signal as _signal
import sys as _sys


def _interrupted_at_start(signum: int, frame: object) -> None:
    """Ctrl-C while the command line is still loading the package: the one-line error and exit
    status 130 the command gives once running (``annotate.errors``), never a traceback."""
    os.write(2, b"annotate: error: interrupted\n")
    os._exit(130)


# The command line (the ``annotate`` script, or ``python -m annotate``) loads this package
# first: until it is loaded, an interrupt ends it as the running command would. A library
# user's program keeps Python's own handling.
_STARTING = bool(_sys.argv) and (os.path.basename(_sys.argv[0]) == "annotate" or _sys.argv[0] == "-m")
if _STARTING and _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:
    _signal.signal(_signal.SIGINT, _interrupted_at_start)

from annotate.compare import Options, compare, compare_documents  # noqa: E402
from annotate.errors import AnnotateError, InputError, LimitError  # noqa: E402
from annotate.history import history  # noqa: E402
from annotate.model import (  # noqa: E402
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
from annotate.notes import find_annotations as _find_notes  # noqa: E402
from annotate.notes import strip_annotations as _strip  # noqa: E402
from annotate.read import read_document  # noqa: E402


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
