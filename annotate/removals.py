"""A note saying what it removed names a deletion by a word the text no longer holds.

Why a module of its own: ``annotate.disclosure`` asks a note to share a phrase of two content
words with a change, or to stand beside it; a note reporting a removal ("removed the note about
the archive") often names what went by one word, far from where it stood. That word names the
deletion only when the revised text, the notes aside, holds it nowhere: the thing is gone.
"""

from __future__ import annotations

import bisect
import re

from annotate.model import Annotation, Change
from annotate.naming import WORD, content_words, stem

_REMOVAL = re.compile(
    r"\b(?:remov(?:ed|ing)|delet(?:ed|ing)|dropp(?:ed|ing)|took\s+out|taken\s+out|struck|cut\s+(?:out|the))\b", re.IGNORECASE
)
"""A note's words for taking text out."""
_SHORTEST = 5
"""The fewest letters of a word that names what went (not "note", "part")."""


class Removals:
    """The notes that report a removal, and the words of the revised text outside the notes."""

    def __init__(self, text: str, annotations: tuple[Annotation, ...], reporting: list[int]) -> None:
        self.notes = [(n, {stem(w) for w in WORD.findall(annotations[n].text.lower()) if len(w) >= _SHORTEST}) for n in reporting if _REMOVAL.search(annotations[n].text)]
        """``(note, its longer words' stems)`` for each note reporting a removal ("removed a quote from a
        resident" names "Residents have complained …")."""
        self._text = text
        self._spans = sorted((x.start, x.end) for x in annotations)
        self._lower: str | None = None
        self._seen: dict[str, bool] = {}

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
        words: dict[str, set[str]] = {}
        for w in content_words(WORD.findall(c.original.text.lower())):
            if len(w) >= _SHORTEST:
                words.setdefault(stem(w), set()).add(w)
        hits = [(n, words.keys() & named) for n, named in self.notes]
        if not any(shared for _, shared in hits):
            return []
        return [n for n, shared in hits if any(not self._still_there(w) for s in sorted(shared) for w in sorted(words[s]))]

    def _still_there(self, word: str) -> bool:
        """Whether the revised text, its notes aside, still holds ``word`` as a word (each word
        looked for once: the text is lowered when first asked)."""
        if word not in self._seen:
            if self._lower is None:
                self._lower = self._text.lower()
            self._seen[word] = self._outside_notes(word)
        return self._seen[word]

    def _outside_notes(self, word: str) -> bool:
        """Whether ``word`` stands as a word in the lowered text outside every note's span."""
        text, at = self._lower or "", 0
        if len(text) != len(self._text):  # (lowering changed the length: "İ"; offsets would not match)
            text = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in self._text)
        while (at := text.find(word, at)) >= 0:
            end = at + len(word)
            edges = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            k = bisect.bisect_right(self._spans, (at, len(text) + 1)) - 1
            if edges and not (k >= 0 and self._spans[k][0] <= at < self._spans[k][1]):
                return True
            at = end
        return False
