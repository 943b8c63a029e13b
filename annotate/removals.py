"""A note saying what it removed names a deletion by a word the text no longer holds.

Why a module of its own: ``annotate.disclosure`` asks a note to share a phrase of two content
words with a change, or to stand beside it; a note reporting a removal ("removed the note about
the archive") often names what went by one word, far from where it stood. That word names the
deletion only when the revised text, the notes aside, holds it nowhere: the thing is gone.
"""

from __future__ import annotations

import re

from annotate.model import Annotation, Change
from annotate.naming import WORD, content_words

_REMOVAL = re.compile(
    r"\b(?:remov(?:ed|ing)|delet(?:ed|ing)|dropp(?:ed|ing)|took\s+out|taken\s+out|struck|cut\s+(?:out|the))\b", re.IGNORECASE
)
"""A note's words for taking text out."""
_SHORTEST = 5
"""The fewest letters of a word that names what went (not "note", "part")."""


class Removals:
    """The notes that report a removal, and the words of the revised text outside the notes."""

    def __init__(self, text: str, annotations: tuple[Annotation, ...], reporting: list[int]) -> None:
        self.notes = [(n, {w for w in WORD.findall(annotations[n].text.lower()) if len(w) >= _SHORTEST}) for n in reporting if _REMOVAL.search(annotations[n].text)]
        """``(note, its longer words)`` for each note reporting a removal."""
        self._text = text
        self._spans = sorted((x.start, x.end) for x in annotations)
        self._left: set[str] | None = None

    def named(self, c: Change) -> list[int]:
        """The notes reporting a removal that name deletion ``c`` by a word of it the revised
        text (its notes aside) no longer holds.

        >>> from annotate.model import Range
        >>> text = "Update: removed the note about the archive.\\n\\nRun the installer."
        >>> note = Annotation("n1", "labelled", 0, 43, text[:43], (0,), "Update", None)
        >>> gone = Change("deletion", True, None, Range(0, 40, "Download the archive and unpack it."), None, None)
        >>> Removals(text, (note,), [0]).named(gone)
        [0]
        """
        if not self.notes or c.kind != "deletion" or c.original is None:
            return []
        words = {w for w in content_words(WORD.findall(c.original.text.lower())) if len(w) >= _SHORTEST}
        hits = [(n, words & named) for n, named in self.notes]
        if not any(shared for _, shared in hits):
            return []
        left = self._left_words()
        return [n for n, shared in hits if shared - left]

    def _left_words(self) -> set[str]:
        """The words of the revised text outside the notes (read once, when first asked)."""
        if self._left is None:
            pieces, at = [], 0
            for s, e in self._spans:
                pieces.append(self._text[at:s])
                at = max(at, e)
            pieces.append(self._text[at:])
            self._left = set(WORD.findall(" ".join(pieces).lower()))
        return self._left
