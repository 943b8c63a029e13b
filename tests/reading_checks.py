"""Shared by the tests of reading held-out documents: the notes a comparison finds, as text."""

from __future__ import annotations

import annotate


def note_texts(original: str, revised: str, fmt: str = "markdown") -> list[str]:
    """The text of every note ``annotate.compare`` finds in ``revised``, in order."""
    return [a.text for a in annotate.compare(original, revised, fmt=fmt).annotations]
