"""The smallest edits — a word's letter case, its spelling, a figure — and the notes that name them.

Why a module of its own: these edits change one word or one number in place, and a note names
them otherwise than it names a sentence. Every note about a page writes the page's words, so a
note writing the word a fix gives ("languages") names no fix of its spelling, nor a mention of a
word a change of its case; a note quoting the old wording does, or writing the new case. A digit
alone is no number a note names; the figure with its currency or unit is ("£3 million"). Kept
apart from ``annotate.disclosure``, which weighs phrases, so each rule reads whole.
"""

from __future__ import annotations

import re

from annotate.model import Change, Range
from annotate.naming import WORD, has_digit


def recased(c: Change) -> bool:
    """Whether ``c`` only changes letters' case ("BountySource" → "Bountysource", "collector" →
    "Collector"): a note mentioning the word does not name that change."""
    return (
        c.kind == "edit" and c.original is not None and c.revised is not None
        and c.original.text != c.revised.text and c.original.text.lower() == c.revised.text.lower()
    )


def respelled(c: Change) -> bool:
    """Whether ``c`` corrects a word's spelling ("langauges" → "languages", "occured" →
    "occurred"): one word each side, four letters at least, no digits, its letters swapped or
    one letter added or dropped inside it — never at either end ("able" → "unable",
    "sigmoids" → "sigmoid" change the word) nor a letter replaced ("affect" → "effect")."""
    if c.kind != "edit" or c.original is None or c.revised is None:
        return False
    old, new = WORD.findall(c.original.text), WORD.findall(c.revised.text)
    if len(old) != 1 or len(new) != 1:
        return False
    a, b = old[0].lower(), new[0].lower()
    if min(len(a), len(b)) < 4 or a == b or any(ch.isdigit() for ch in a + b):
        return False
    if len(a) == len(b):
        return sorted(a) == sorted(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 2  # two letters swapped
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1)
    )  # one letter inside the word


_NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)",
    re.IGNORECASE,
)


def figure(r: Range | None) -> bool:
    """Whether ``r`` writes a number: a digit, or a number written out ("three" → "six")."""
    return has_digit(r) or (r is not None and _NUMBER_WORD.fullmatch(r.text.strip()) is not None)


_QUANTITY = re.compile(r"([£$€¥]?)[ \t]?(\d[\d.,]*\d|\d)[ \t]?(%|per[ \t]?cent\b|[A-Za-z]{2,12}\b)?")
"""A figure with its currency and its unit ("£3 million", "30%", "3 weeks")."""


def _figure_key(m: re.Match[str]) -> str | None:
    """A figure as one key, its currency or unit with it ("£3 million", "3 weeks"), or ``None``
    for a bare number (no note names a change by a digit alone)."""
    unit = (m.group(3) or "").lower().replace(" ", "")
    return f"{m.group(1)}{m.group(2)} {unit}".strip() if m.group(1) or unit else None


def figure_index(notes: list[str]) -> dict[str, set[int]]:
    """The notes by each figure with its currency or unit that they write ("£3 million")."""
    out: dict[str, set[int]] = {}
    for n, x in enumerate(notes):
        for m in _QUANTITY.finditer(x):
            if (key := _figure_key(m)) is not None:
                out.setdefault(key, set()).add(n)
    return out


def quantity_notes(c: Change, original: str, revised: str, figures: dict[str, set[int]]) -> list[int]:
    """The notes writing a figure of edit ``c`` with its currency or unit, as the text writes it
    ("£2 million" → "£3 million" under "the works will now cost £3 million"; ``figures``:
    ``figure_index`` of the notes): a single digit is no number a note names alone, the figure
    with its unit is. ``c``'s sides are a few characters with a digit, inside such a figure."""
    out: set[int] = set()
    for r, text in ((c.original, original), (c.revised, revised)):
        if r is not None and (whole := _QUANTITY.fullmatch(r.text.strip())) is not None and (key := _figure_key(whole)) is not None:
            out |= figures.get(key, set())  # a whole figure changed ("30 seconds" -> "2 minutes")
            continue
        if r is None or len(r.text) > 8 or not any(ch.isdigit() for ch in r.text):
            return []
        lo = r.start
        while lo > max(0, r.start - 12) and text[lo - 1] in "0123456789.,£$€¥":
            lo -= 1  # (back to the figure's start: "£2" of "£2 million" holding the "2" changed)
        m = _QUANTITY.match(text, lo, min(len(text), r.end + 16))
        if m is not None and m.end(2) >= r.end and (key := _figure_key(m)) is not None:
            out |= figures.get(key, set())
    return sorted(out)


def case_named(c: Change, notes: list[str]) -> list[int]:
    """The notes writing the new case of recased ``c`` as a whole word ("Go" is not in "Google");
    none for a word lowered ("* With data" → "* with data": a note writes "with" as prose does).

    >>> c = Change("edit", True, None, Range(0, 12, "Bountysource"), Range(0, 12, "BountySource"))
    >>> case_named(c, ["BountySource is now spelt as they spell it.", "Bountysource moved."])
    [0]
    """
    new = c.revised.text.strip() if c.revised else ""
    if not new or new == new.lower():
        return []
    whole = re.compile(rf"(?<!\w){re.escape(new)}(?!\w)")
    return [n for n, x in enumerate(notes) if whole.search(x)]


def spelling_named(c: Change, notes: list[str], vocabulary: set[str]) -> list[int]:
    """The notes quoting the misspelt word respelled ``c`` fixed (``vocabulary``: every word
    the notes write, lowercased, a quick test first); none for a note writing the word spelt right.

    >>> c = Change("edit", True, None, Range(0, 9, "langauges"), Range(0, 9, "languages"))
    >>> notes = ["Fixed 'langauges'.", "More languages added."]
    >>> spelling_named(c, notes, {"fixed", "langauges", "more", "languages", "added"})
    [0]
    """
    wrong = c.original.text.strip() if c.original is not None else ""
    if not wrong or wrong.lower() not in vocabulary:
        return []
    quoted = re.compile(rf"(?<!\w){re.escape(wrong)}(?!\w)", re.IGNORECASE)
    return [n for n, x in enumerate(notes) if quoted.search(x)]
