"""Words a change brings into the page, and the notes that name a change by them.

Why a module of its own: a note names most changes by a phrase it shares with them
(``annotate.disclosure``). Two kinds of short change are named by one word instead, when that
word is new to the page: an edit whose new word an update writes ("the install step now uses
pipx" over "pip" → "pipx"), and an addition whose new word a note saying what it added writes
("Added a statement from the mayor." over "The mayor said …"). A word the page already writes
names nothing: every note about a page writes the page's words. Asking whether a word is new
costs a reading of the original, so it is asked of its opening once and of the change's
paragraph only (a 20 MB page read whole at each word cost a second; a page without blank lines
read as one paragraph, three).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from annotate.model import Range
from annotate.naming import TOPIC_REACH, WORD

ADDS = re.compile(r"\b(?:add(?:ed|s|ing)?|now\s+includes?)\b", re.IGNORECASE)
"""What a note saying it added something writes ("Added a statement …", "now includes …")."""
NEAR = 2000
"""How far each side of a change its paragraph is read, when no blank line ends it sooner."""


class PageWords:
    """Whether the original writes a word: in its opening (read once), or where a change stood.

    >>> words = PageWords("How to install Foo.\\n\\nInstall it with pip install foo.")
    >>> words.new("pipx", Range(37, 40, "pip")), words.new("install", None)
    (True, False)
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self._head: set[str] | None = None

    def new(self, word: str, r: Range | None) -> bool:
        """Whether the original writes ``word`` (lowercased) neither in its opening
        (``TOPIC_REACH``) nor in the paragraph ``r`` stood in (``NEAR`` each side at most)."""
        if self._head is None:
            self._head = set(WORD.findall(self.original[:TOPIC_REACH].lower()))
        if word in self._head:
            return False
        if r is None:
            return True
        text = self.original
        lo, hi = text.rfind("\n\n", max(0, r.start - NEAR), r.start), text.find("\n\n", r.end, r.end + NEAR)
        return word not in WORD.findall(text[max(0, r.start - NEAR) if lo < 0 else lo : r.end + NEAR if hi < 0 else hi].lower())


def brought_in(
    words: Iterable[str], vocabulary: set[str], by_word: dict[str, list[int]], page: PageWords, r: Range | None, notes: AbstractSet[int]
) -> set[int]:
    """The notes among ``notes`` (indices) writing one of ``words`` (a change's content words,
    four letters at least) that the page did not write before (``page``; ``r``: where the change
    stood in the original, if anywhere). ``vocabulary``: every word the notes write, a quick test
    first; ``by_word``: the notes by each word they write."""
    return {n for w in words if len(w) >= 4 and w in vocabulary and page.new(w, r) for n in by_word.get(w, ()) if n in notes}
