"""Relative times a note gives instead of a date ("exactly a year ago", "two months ago"), and
the arithmetic that turns one into a day counted from another.

Why a module of its own: ``annotate.dates`` reads dates written out; a relative phrase is read
apart and only ever resolved against the original's date (``notes``).

>>> [(r.amount, r.unit, r.exact) for r in find_relative("I wrote this exactly a year ago.")], shift("2016-07-05", 1, "year")
([(1, 'year', True)], '2017-07-05')
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import NamedTuple

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
RELATIVE_RE = re.compile(
    r"\b(?P<q>exactly|precisely|almost|nearly|about|around|roughly|some|over|just over|more than|less than)?\s*"
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<u>year|month|week|day)s?\s+ago\b",
    re.IGNORECASE,
)


class Relative(NamedTuple):
    """A relative time phrase such as "exactly a year ago"."""

    amount: int
    """How many units."""
    unit: str
    """``year``, ``month``, ``week`` or ``day``."""
    exact: bool
    """True when the text says the interval is exact ("exactly", "precisely")."""
    start: int
    """Offset of the phrase."""
    end: int
    """End offset of the phrase."""


def find_relative(text: str, start: int = 0, end: int | None = None) -> list[Relative]:
    """Relative phrases ("exactly a year ago") in ``text[start:end]``."""
    stop = len(text) if end is None else end
    out: list[Relative] = []
    for m in RELATIVE_RE.finditer(text, start, stop):
        n = m.group("n").lower()
        amount = int(n) if n.isdigit() else _NUMBERS[n]
        q = (m.group("q") or "").lower()
        s = m.start("q") if m.group("q") else m.start("n")
        out.append(Relative(amount, m.group("u").lower(), q in ("exactly", "precisely"), s, m.end()))
    return out


def shift(value: str, amount: int, unit: str) -> str | None:
    """``value`` (an ISO day) moved forward by ``amount`` units; ``None`` past year 9999.

    >>> shift("9999-12-31", 1, "day") is None
    True
    """
    d = _dt.date.fromisoformat(value)
    try:
        if unit == "day":
            return (d + _dt.timedelta(days=amount)).isoformat()
        if unit == "week":
            return (d + _dt.timedelta(weeks=amount)).isoformat()
        months = d.month - 1 + amount * (12 if unit == "year" else 1)
        year, month = d.year + months // 12, months % 12 + 1
        if not 1 <= year <= 9999:
            return None
        day = min(d.day, calendar.monthrange(year, month)[1])
        return _dt.date(year, month, day).isoformat()
    except OverflowError:
        return None


_SAME_DAY = re.compile(
    r"\b(?:(?:a\s+few|an?|one|two|three|four|five|six|several|\d{1,2})\s+(?:minutes?|hours?)\s+(?:after|since)|shortly\s+after|"
    r"(?:later\s+)?(?:on\s+)?the\s+same\s+day\s+(?:as|that|after)?)\s*"
    r"(?:(?:I|we)\s+(?:had\s+)?(?:originally\s+|first\s+)?(?:posted|published|wrote|hit\s+publish)\b|(?:posting|publishing|publication)\b|"
    r"(?:this|the|my)\s+(?:original\s+)?(?:post|article|piece)\s+(?:was\s+(?:originally\s+)?(?:posted|published)|went\s+(?:up|live))\b|"
    r"(?:it|this)\s+was\s+(?:originally\s+)?(?:posted|published)\b)",
    re.IGNORECASE,
)
"""A note telling it came the day its text did ("Two hours after I originally posted this, …",
"Shortly after publishing, …"): dated the original's day, inferred."""


def same_day(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a note's opening) says it was written hours after the text it
    notes was posted (so, as near as a day can tell, on its day).

    >>> same_day(t := "## UPDATE - Two hours after I originally posted this", 0, len(t)), same_day(t := "Two hours after the fire, …", 0, len(t))
    (True, False)
    """
    return _SAME_DAY.search(text, start, end) is not None

