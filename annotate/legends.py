"""Legends of marked values: "*denotes updated totals …" under a table whose corrected values
carry the mark ("47*").

Why a module of its own: a report corrects figures in place and marks them, then explains the mark
once below; ``annotate.detect`` reads such a legend as a note (``marked_legend``) and
``annotate.disclosure`` takes the values it marks as disclosed by it (``legend_mark``,
``beside_mark``). The mark, its legend and what stands beside it are read here together.
"""

from __future__ import annotations

import re

from annotate.model import Document
from annotate.unlabelled import EMPHASISED, Marked

LEGEND = re.compile(
    r"(?P<mark>\\?\*{1,3}(?=[A-Za-z])|[\u2020\u2021](?=[ \t]?[A-Za-z]))[^\n]{0,600}?"
    r"\b(?:updated|corrected|revised|amended|changed|replaced|fixed|erroneous|incorrect|initially\s+published|"
    r"originally\s+published|previously\s+published)\b",
    re.IGNORECASE,
)
"""A legend explaining a mark set beside changed values ("*denotes updated totals due to a data
transcription error", "†Figure corrected on 3 May", "**Revised on 3 May"): the mark, then a word
of change; never emphasis it closes ("**Paris** has changed", ``_CLOSED``)."""
_CLOSED = re.compile(r"(?<=[^\s*\\])\*")
"""A ``*`` closing emphasis: glued to the word before it ("*Hamlet* was …")."""


def marked_legend(doc: Document, k: int) -> Marked | None:
    """A paragraph opening with a footnote's mark ("*", "†") glued to its first word and telling
    that what the mark stands beside was updated or corrected: a report's legend for the values
    it corrected ("47*" in a table, "*denotes updated totals …"). Not emphasis (no closing mark)."""
    text, p = doc.text, doc.passages[k]
    m = LEGEND.match(text, p.start, p.end)
    if m is None or (doc.structure and doc.structure[k].kind not in ("paragraph", "html")):
        return None
    if EMPHASISED.fullmatch(text, p.start, p.end) is not None:
        return None  # ("*Updated totals are shown below.*": a sentence in italics, read as such)
    if m.group("mark").endswith("*") and _CLOSED.search(text, m.end("mark"), p.end) is not None:
        return None  # ("*Hamlet* was long thought incorrect": the mark opened emphasis it closes)
    return "bracketed", None, None


def legend_mark(note: str) -> str | None:
    """The mark a legend note explains ("*", "†"), if ``note`` is one."""
    m = LEGEND.match(note)
    return m.group("mark").lstrip("\\") if m is not None else None


def beside_mark(text: str, start: int, end: int, mark: str) -> bool:
    """Whether the text ``[start, end)`` ends with ``mark`` or has it right after: a value the
    legend of ``mark`` says was changed ("47*", "47\\*", "John Smith*"): glued to it, closing no
    emphasis ("*a total failure*" is italics)."""
    stripped = text[start:end].rstrip()
    if stripped.endswith(mark):
        at = start + len(stripped) - len(mark)
    elif text.startswith(mark, end):
        at = end
    else:
        return False
    if at == 0 or text[at - 1].isspace():
        return False
    if mark != "*":
        return True
    line = text[text.rfind("\n", max(0, at - 2_000), at) + 1 : at]
    return len(re.findall(r"(?<!\\)\*", line.replace("**", ""))) % 2 == 0
