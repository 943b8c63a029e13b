"""Numbered labels dated by the lines that give them a day: "(UPDATE1)" in a post's text, dated by
its list of updates ("- UPDATE1: 10 Jul 2022").

Why a module of its own: a numbered marker alone carries no date; the post's own list of its
updates does, and reading that list is a pass over the text of its own, asked by
``annotate.compare`` once the notes are chosen.
"""

from __future__ import annotations

import re

from annotate.candidate import Candidate
from annotate.dates import FoundDate, find_dates

_NUMBERED_LABEL = re.compile(r"([^\W\d_]{2,20})[ \t]{0,2}#?[ \t]{0,2}(\d{1,3})")
"""A numbered label as written ("UPDATE1", "Update #2", "Edit 3")."""
_NUMBERED_LINE = re.compile(
    r"^[ \t]{0,3}(?:[-*+][ \t]{1,4}|#{1,6}[ \t]{1,4})?[*_]{0,2}([^\W\d_]{2,20})[ \t]{0,2}#?[ \t]{0,2}(\d{1,3})(?!\d)[*_]{0,2}[ \t]{0,2}[:(,\u2013\u2014-]?[ \t]{0,2}",
    re.MULTILINE,
)
"""A line (a list item, a heading) opening with a numbered label ("- UPDATE1: 10 Jul 2022")."""


def numbered_label_days(text: str) -> dict[tuple[str, str], FoundDate | None]:
    """The day each numbered label is given on a line of its own ("- UPDATE1: 10 Jul 2022" in a
    post's list of its updates), by ``(word, number)``, lower case; ``None`` where two lines give
    it two days. For a note that is the label alone or undated ("~~next month~~(UPDATE1)"). One
    pass over the text. (Seen on one post, whose inline markers refer to its list of updates.)"""
    days: dict[tuple[str, str], FoundDate | None] = {}
    for hit in _NUMBERED_LINE.finditer(text):
        found = find_dates(text, hit.end(), min(len(text), hit.end() + 40))[:1]
        if found and found[0].start == hit.end() and found[0].precision == "day":
            key = (hit.group(1).lower(), hit.group(2))
            prior = days.get(key, found[0])
            days[key] = found[0] if prior is not None and prior.value == found[0].value else None
    return days


def with_numbered_dates(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` with undated numbered markers dated by the lines that give their labels a day
    ("(UPDATE1)" ← "- UPDATE1: 10 Jul 2022", ``numbered_label_days``), and an undated note holding
    such lines dated by their latest ("## Updates … - UPDATE1: 10 Jul 2022"); the text is read only
    when an undated numbered marker is among them."""
    keys = [numbered_key(c.label) if c.label_date is None and c.label else None for c in cands]
    if not any(keys):
        return cands
    days = numbered_label_days(text)
    cands = [c._replace(label_date=days.get(key)) if key is not None else c for c, key in zip(cands, keys, strict=True)]
    return [c._replace(label_date=max(inside, key=lambda d: d.value)) if c.label_date is None and (
        inside := [d for d in days.values() if d is not None and c.start <= d.start < c.end]) else c for c in cands]


def numbered_key(label: str) -> tuple[str, str] | None:
    """``(word, number)`` of a numbered label ("(**UPDATE1**)" → ``("update", "1")``), else ``None``."""
    m = _NUMBERED_LABEL.fullmatch(label.strip(" \t*_()[]"))
    return (m.group(1).lower(), m.group(2)) if m is not None else None
