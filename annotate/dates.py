"""Read dates out of prose and metadata (relative phrases: ``annotate.relative_dates``).

Every pattern here is bounded (no ``.*`` across unbounded text), so scanning is
linear in the length of the text. An impossible date ("31 February 2017") or an
ambiguous one ("05/07/17") is not a date: no date is a valid answer, a wrong
date is not.

>>> [(d.value, d.precision) for d in find_dates("On 5th July 2016, then July 14, 2017 and 2017-07-05.")]
[('2016-07-05', 'day'), ('2017-07-14', 'day'), ('2017-07-05', 'day')]
>>> [d.value for d in find_dates("Updated September, 2nd 2021; date-created: 2014 January 22; Update (Sept'12)")]
['2021-09-02', '2014-01-22', '2012-09']
>>> find_dates("31 February 2017, 05/07/17")
[]
"""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from annotate.model import Precision
from annotate.months import DAY_MONTHS, ERAS, FOREIGN_MONTHS, MONTHS, month_number

_FMON = "(?P<{name}>" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + ")"
_HU_MONTHS = "január|február|március|április|május|június|július|augusztus|szeptember|október|november|december"
_DMON = "(?P<{name}>" + "|".join(sorted(DAY_MONTHS, key=len, reverse=True)) + ")"
_MON = r"(?P<{name}>January|February|Febuary|Feburary|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>1[5-9]\d\d|2[01]\d\d)"
_B = r"(?<![A-Za-z0-9])"
_E = r"(?![A-Za-z0-9])"
"""Word edges that treat ``_`` as punctuation, so "_June 2023_" (Markdown emphasis) is read."""
_DATE_RE = re.compile(
    "|".join(
        [
            # 5th July 2016, 5 Jul. 2017, 5th of July, 2016
            rf"{_B}{_DAY.format(name='d1')}\s+(?:of\s+)?{_MON.format(name='m1')},?\s+{_YEAR.format(name='y1')}{_E}",
            # July 5, 2017 / July 5th 2017 / September, 2nd 2021 / February 2,2023 (the space forgotten)
            rf"{_B}{_MON.format(name='m2')},?\s+{_DAY.format(name='d2')}(?:,?\s+|,){_YEAR.format(name='y2')}{_E}",
            # 2014 January 22 (year first, as some document headers write it), 2023-January-17 (Spring's notices)
            rf"{_B}{_YEAR.format(name='y7')}(?:\s+{_MON.format(name='m7')}\s+|-{_MON.format(name='m19')}-){_DAY.format(name='d7')}{_E}",
            # 2017-07-05 (ISO), 2007/04/23, 2024.02.02 and 2023.7.30, 2022/9/18 (year first: never read the other way)
            rf"{_B}(?<!\d[.])(?P<y3>\d{{4}})(?P<sep>[-/.])(?P<m3>\d\d?)(?P=sep)(?P<d3>\d\d?)(?:{_E}|(?=T\d\d:\d\d))(?!\.\d)",
            # 25/07/2017 or 07/25/2017 when unambiguous; 9.7.2025 day first (as every dotted date is written)
            rf"{_B}(?<!\d[.])(?P<n1>\d{{1,2}})(?P<sep4>[/.])(?P<n2>\d{{1,2}})(?P=sep4)(?P<y4>\d{{4}}){_E}(?![./]\d)",
            # 7/29/26 (a two-digit year) when unambiguous
            rf"{_B}(?P<n3>\d{{1,2}})/(?P<n4>\d{{1,2}})/(?P<y10>\d\d){_E}(?!/)",
            # 05-Jan-2016, 20-June-2023, 17/Jul/2023 (as web server logs write it)
            rf"{_B}{_DAY.format(name='d6')}(?P<sep6>[-/]){_MON.format(name='m6')}(?P=sep6){_YEAR.format(name='y6')}{_E}",
            # July 2017, Jun/2020
            rf"{_B}{_MON.format(name='m5')}(?:,?\s+|/){_YEAR.format(name='y5')}{_E}",
            # 15 Mar '21, Mar 15 ’21 (a day, a month and a two-digit year)
            rf"{_B}{_DAY.format(name='d17')}\s+{_MON.format(name='m17')}[ \t]?['\u2019](?P<y17>\d\d){_E}",
            rf"{_B}{_MON.format(name='m18')}\s+{_DAY.format(name='d18')},?[ \t]?['\u2019](?P<y18>\d\d){_E}",
            # Sept'12, Jan ’19 (a month and a two-digit year)
            rf"{_B}{_MON.format(name='m8')}[ \t]?['\u2019](?P<y8>\d\d){_E}",
            # 23. Oktober 2022, 23 octobre 2022, 23 de octubre de 2022, Oktober 2022, outubro de 2022
            rf"{_B}(?P<d14>[0-3]?\d)\.?\s+(?:de\s+)?{_DMON.format(name='m14')}\s+(?:de\s+)?{_YEAR.format(name='y14')}{_E}",
            rf"(?<![^\W\d_]){_FMON.format(name='m15')}\s+(?:de\s+)?{_YEAR.format(name='y15')}{_E}",
            # 09/2023 (a month, two digits, and its year, as "[UPDATE 09/2023]" writes them; not "1/2000 s")
            r"(?<![\d/.])(?P<m13>0[1-9]|1[0-2])/(?P<y13>(?:19|20)\d\d)(?![\d/])",
            # 2022年4月16日, 2018年6月, 2022년 4월 16일 (Japanese, Chinese, Korean)
            r"(?<![0-9])(?P<y11>\d{4})[ \t]?[年년][ \t]?(?P<m11>\d{1,2})[ \t]?[月월](?:[ \t]?(?P<d11>\d{1,2})[ \t]?[日일])?",
            # 平成31年2月27日, 令和元年5月1日 (a Japanese era's year: Heisei 31 is 2019, the first year 元)
            r"(?P<era>" + "|".join(ERAS) + r")[ \t]?(?P<ey>元|\d{1,2})[ \t]?年[ \t]?(?P<em>\d{1,2})[ \t]?月(?:[ \t]?(?P<ed>\d{1,2})[ \t]?日)?",
            # 2022. 10. 23. (Korean: year, month and day each closed by a dot and a space)
            r"(?<![\d.])(?P<y12>(?:19|20)\d\d)\.[ \t](?P<m12>\d{1,2})\.[ \t](?P<d12>\d{1,2})\.(?!\d)",
            # 2021. március 12. (Hungarian: year, month and day, the year closed by a dot)
            rf"{_B}(?P<y16>(?:19|20)\d\d)\.[ \t]{{1,2}}(?P<m16>{_HU_MONTHS})[ \t]{{1,2}}(?P<d16>[0-3]?\d)\.?{_E}",
            # 2024-08 (an ISO month: "Update 2024-08: …"), never a day's first part
            rf"{_B}(?P<y9>(?:19|20)\d\d)-(?P<m9>0[1-9]|1[0-2]){_E}(?!-\d)",
        ]
    ),
    re.IGNORECASE,
)
_PIVOT_LOW, _PIVOT_HIGH = 40, 90
"""A two-digit year below 40 is 20xx, from 90 up 19xx; between them it is no date."""
_YEAR_ONLY = re.compile(r"(?<![\d-])(?P<y>1[5-9]\d\d|2[01]\d\d)(?![\d-])")


class FoundDate(NamedTuple):
    """A date found in text."""

    value: str
    """ISO value (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)."""
    precision: Precision
    """``day``, ``month`` or ``year``."""
    start: int
    """Offset of the date's text."""
    end: int
    """End offset of the date's text."""


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def iso_day(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a real calendar day, else ``None``.

    >>> iso_day(2024, 4, 9), iso_day(2023, 2, 29)
    ('2024-04-09', None)
    """
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None


def _one_way(a: int, b: int, year: int) -> str | None:
    """The day written "a/b/year" when it reads one way only (day first or month first), else ``None``."""
    if a > 12 and _valid(year, b, a):
        return f"{year:04d}-{b:02d}-{a:02d}"
    if (b > 12 and _valid(year, a, b)) or (a == b and _valid(year, a, b)):
        return f"{year:04d}-{a:02d}-{b:02d}"
    return None


_DIGIT = re.compile(r"\d")


def find_dates(text: str, start: int = 0, end: int | None = None, *, years: bool = False) -> list[FoundDate]:
    """Dates written in ``text[start:end]``, in order; with ``years``, bare years too."""
    stop = len(text) if end is None else end
    found: list[FoundDate] = []
    if _DIGIT.search(text, start, stop) is None:
        return found  # (every date has a digit; most lines have none, and the search is long)
    for m in _DATE_RE.finditer(text, start, stop):
        g = m.groupdict()
        value: str | None = None
        precision: Precision = "day"
        if g["d1"] or g["d2"] or g["d6"] or g["d7"]:
            day = int(g["d1"] or g["d2"] or g["d6"] or g["d7"])
            month = MONTHS[(g["m1"] or g["m2"] or g["m6"] or g["m7"] or g["m19"]).lower().rstrip(".")]
            year = int(g["y1"] or g["y2"] or g["y6"] or g["y7"])
            if _valid(year, month, day):
                value = f"{year:04d}-{month:02d}-{day:02d}"
        elif g["y3"]:
            year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
            if _valid(year, month, day) and not (g["sep"] == "." and len(g["d3"]) == 1):  # ("2023.7.1": a calendar version)
                value = f"{year:04d}-{month:02d}-{day:02d}"
        elif g["y4"] and g["sep4"] == ".":
            # ("Update k 9.7.2025:", "Stand: 01.03.2024"; always day first: "07.05.2017" is 7 May, so
            # "11.14.2023" is no date but a version, and "07.25.2017" none either)
            value = iso_day(int(g["y4"]), int(g["n2"]), int(g["n1"]))
        elif g["y4"]:
            value = _one_way(int(g["n1"]), int(g["n2"]), int(g["y4"]))
        elif g["y10"]:
            short = int(g["y10"])
            if short < _PIVOT_LOW or short >= _PIVOT_HIGH:  # ("4/20/69": 1969 or 2069 — no date rather than a wrong one)
                value = _one_way(int(g["n3"]), int(g["n4"]), (2000 if short < _PIVOT_LOW else 1900) + short)
        elif g["y14"]:
            value = iso_day(int(g["y14"]), month_number(g["m14"], DAY_MONTHS) or 0, int(g["d14"]))
        elif g["y16"]:
            value = iso_day(int(g["y16"]), month_number(g["m16"], FOREIGN_MONTHS) or month_number(g["m16"], MONTHS) or 0, int(g["d16"]))
        elif g["y15"]:
            value, precision = (f"{g['y15']}-{n:02d}", "month") if (n := month_number(g["m15"], FOREIGN_MONTHS)) else (None, "month")
        elif g["y13"]:
            value, precision = f"{g['y13']}-{int(g['m13']):02d}", "month"
        elif g["y11"]:
            year, month = int(g["y11"]), int(g["m11"])
            if g["d11"]:
                value = iso_day(year, month, int(g["d11"]))
            elif 1 <= month <= 12:
                value, precision = f"{year:04d}-{month:02d}", "month"
        elif g["era"]:
            year, month = ERAS[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"])) - 1, int(g["em"])
            if g["ed"]:
                value = iso_day(year, month, int(g["ed"]))
            elif 1 <= month <= 12:
                value, precision = f"{year:04d}-{month:02d}", "month"
        elif g["y12"]:
            value = iso_day(int(g["y12"]), int(g["m12"]), int(g["d12"]))
        elif g["y9"]:
            value, precision = f"{g['y9']}-{g['m9']}", "month"
        elif g["y17"] or g["y18"]:
            short = int(g["y17"] or g["y18"])
            day, month = int(g["d17"] or g["d18"]), MONTHS[(g["m17"] or g["m18"]).lower().rstrip(".")]
            value = iso_day((2000 if short < 70 else 1900) + short, month, day)
        elif g["y8"]:
            short = int(g["y8"])
            value = f"{(2000 if short < 70 else 1900) + short:04d}-{MONTHS[g['m8'].lower().rstrip('.')]:02d}"
            precision = "month"
        else:
            value = f"{int(g['y5']):04d}-{MONTHS[g['m5'].lower().rstrip('.')]:02d}"
            precision = "month"
        if value is not None:
            found.append(FoundDate(value, precision, m.start(), m.end()))
    if years:
        taken = [(f.start, f.end) for f in found]
        for m in _YEAR_ONLY.finditer(text, start, stop):
            if not any(a <= m.start() < b for a, b in taken):
                found.append(FoundDate(m.group("y"), "year", m.start(), m.end()))
        found.sort(key=lambda f: f.start)
    return found


def parse_iso(value: str) -> FoundDate | None:
    """A date from a metadata value such as ``2017-07-05T10:00:00+01:00``, or ``None``."""
    m = re.match(r"\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?=$|[T\s]|[+-]\d\d:?\d\d$|Z)", value)
    if not m:
        return None  # "12345", "99999-99-99", "2017-7-5": not read as some other date
    year = int(m.group(1))
    if year < 1:
        return None
    if m.group(3):
        month, day = int(m.group(2)), int(m.group(3))
        if not _valid(year, month, day):
            return None
        return FoundDate(f"{year:04d}-{month:02d}-{day:02d}", "day", 0, len(value))
    if m.group(2):
        month = int(m.group(2))
        return FoundDate(f"{year:04d}-{month:02d}", "month", 0, len(value)) if 1 <= month <= 12 else None
    return FoundDate(f"{year:04d}", "year", 0, len(value))


def truncate(value: str, precision: Precision) -> str:
    """``value`` cut to ``precision``."""
    return value[: {"day": 10, "month": 7, "year": 4}[precision]]


_PARTIAL_RE = re.compile(
    rf"{_B}(?:{_MON.format(name='m1')}\s+{_DAY.format(name='d1')}|{_DAY.format(name='d2')}\s+(?:of\s+)?{_MON.format(name='m2')})"
    r"(?![A-Za-z0-9-]|,?\s+(?:1[5-9]\d\d|2[01]\d\d)(?![0-9]))"
    # "12. März", "12 de marzo" (other languages), "15.03." before a label's colon or bracket, "3月12日"
    rf"|{_B}(?P<d3>[0-3]?\d)\.?\s+(?:de\s+)?{_DMON.format(name='m3')}(?![^\W\d_]|\s+(?:de\s+)?(?:1[5-9]\d\d|2[01]\d\d)(?![0-9]))"
    r"|(?<![\d.])(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?![\d.])"
    r"|(?<![\d年년])(?P<m5>1[0-2]|0?[1-9])[ \t]?[月월][ \t]?(?P<d5>[0-3]?\d)[ \t]?[日일]",
    re.IGNORECASE,
)
_LABEL_COLON = re.compile(r"[ \t]{0,2}(?:[*_]{1,3})?(?:[)\]\uff09][ \t]{0,2})?(?:[*_]{1,3})?[:\uff1a]")
_LINE_CLOSE = re.compile(r"[ \t]{0,2}(?:[*_]{1,3})?[ \t]*(?:\n|$)")
YEARLESS = "XXXX"
"""The year part of a date written without its year ("July 14" is ``XXXX-07-14``)."""
EITHER = "XXMD"
"""The year part of a year-less date in figures that reads either way ("9/8": ``XXMD-09-08``,
8 September or 9 August): ``resolve_year`` takes the reading nearest on or after the original's
date, and no date without one."""


def find_yearless(text: str, start: int = 0, end: int | None = None, *, label: bool = False) -> list[FoundDate]:
    """Dates written without a year ("July 14", "Oct 2nd", "14 July", "12. März", "3月12日"), as
    ``XXXX-MM-DD``; ``resolve_year`` gives them a year from the document's dates. With ``label``
    (the range is a label's, up to its colon), "15.03." as well: in prose it is a version ("on 2.1.").

    >>> [d.value for d in find_yearless("Update, July 14: and Oct 2nd 4:00 UTC, not July 14, 2017")]
    ['XXXX-07-14', 'XXXX-10-02']
    """
    stop = len(text) if end is None else end
    out: list[FoundDate] = []
    for m in _PARTIAL_RE.finditer(text, start, stop):
        if m.group("m3"):
            month, day = month_number(m.group("m3"), DAY_MONTHS) or 0, int(m.group("d3"))
        elif m.group("m4") and not (label and (
            (_LABEL_COLON.match(text, m.end()) and (len(m.group("m4")) == 2 or int(m.group("d4")) > 12)) or (_LINE_CLOSE.match(text, m.end()) and int(m.group("d4")) > 12)
        )):
            continue  # ("15.03." before a label's colon, "## Update 25.04." closing its line, the text read past the range; "2.4.", "3.11." are versions)
        elif m.group("m4") or m.group("m5"):
            month, day = int(m.group("m4") or m.group("m5")), int(m.group("d4") or m.group("d5"))
        else:
            month, day = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")], int(m.group("d1") or m.group("d2"))
        if not 1 <= month <= 12:
            continue
        if _valid(2000, month, day):  # a leap year: 29 February is a date
            out.append(FoundDate(f"{YEARLESS}-{month:02d}-{day:02d}", "day", m.start(), m.end()))
    return out


def resolve_year(value: str, after: str | None, fallback: str | None) -> str | None:
    """A year-less ``XXXX-MM-DD`` given the nearest year that puts it on or after the date
    ``after`` (the original's), else the year of ``fallback`` (the revised document's date);
    ``None`` when neither is known. A date that reads either way (``XXMD-…``) takes the reading
    nearest before ``fallback`` when it is known, else nearest on or after ``after``.

    >>> resolve_year("XXXX-07-14", "2016-07-05", None), resolve_year("XXXX-03-01", "2016-07-05", None)
    ('2016-07-14', '2017-03-01')
    >>> resolve_year("XXMD-09-08", "2025-09-08", None), resolve_year("XXMD-05-03", "2025-05-02", None), resolve_year("XXMD-05-03", None, "2025-05-02")
    ('2025-09-08', '2025-05-03', None)
    >>> resolve_year("XXMD-02-03", "2024-03-01", "2025-02-10")
    '2025-02-03'
    >>> resolve_year("XXMD-02-11-2020", "2020-01-15", None), resolve_year("XXMD-09-07-2021", "2021-06-01", "2021-07-12")
    ('2020-02-11', '2021-07-09')
    >>> resolve_year("XXMD-11-08", "2019-10-07", "2019-10-07")  # (the revised version dated as the original: no later date to read before)
    '2019-11-08'

    """
    if value.startswith(EITHER):
        pairs = ((value[5:7], value[8:10]), (value[8:10], value[5:7]))
        if len(value) > 10:  # "XXMD-02-11-2020": its year written
            y = int(value[11:15])
            readings = sorted({f"{y:04d}-{m}-{d}" for m, d in pairs if _valid(y, int(m), int(d))})
        elif after is None:
            return None  # (which reading is meant, no date of the document says)
        else:
            readings = sorted(v for m, d in pairs if (v := resolve_year(f"{YEARLESS}-{m}-{d}", after, None)) is not None)
        if fallback is not None and (after is None or fallback[:10] > after[:10]):  # (the revised version's own later date: the reading nearest before it)
            before = [v for v in readings if v <= fallback[:10]]
            return before[-1] if before else None
        since = [v for v in readings if after is not None and v >= after[:10]]
        return since[0] if since else None
    month, day = int(value[5:7]), int(value[8:10])
    if after is not None:
        year = int(after[:4])
        for y in (year, year + 1):
            if _valid(y, month, day) and f"{y:04d}-{month:02d}-{day:02d}" >= after[:10]:
                return f"{y:04d}-{month:02d}-{day:02d}"
        return None
    if fallback is not None and _valid(int(fallback[:4]), month, day):
        return f"{fallback[:4]}-{month:02d}-{day:02d}"
    return None


_ENGLISH = frozenset(["the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "this", "are"])
_DAY_FIRST = frozenset(
    # Italian, German, French, Spanish, Portuguese, Dutch: words as common as "the" and "of";
    ["il", "la", "di", "che", "dei", "delle", "della", "sono", "per", "del", "der", "die", "und", "das", "ist",
     "nicht", "mit", "den", "le", "les", "des", "et", "est", "une", "pour", "dans", "el", "los", "las", "que",
     "por", "con", "una", "para", "não", "uma", "com", "het", "een", "van", "zijn", "niet", "voor",
     # Nordic, Polish, Czech, Russian, Greek, Turkish, Indonesian, Vietnamese (none an English word)
     "og", "och", "att", "det", "som", "är", "på", "ikke", "inte", "się", "nie", "jest", "że", "oraz", "jsou", "není",
     "и", "в", "не", "на", "что", "это", "και", "το", "της", "την", "του", "να", "για", "είναι", "ve", "bir", "için",
     "ile", "dan", "yang", "untuk", "dengan", "dari", "của", "và", "là", "các", "những", "được", "trong", "không"]
)


def day_first_language(text: str) -> bool:
    """Whether ``text`` (its first 20,000 characters) is written in a language whose writers put
    the day first in a numeric date ("04/12/2020" is 4 December on an Italian page): its common
    words outnumber English ones three to one. English texts say nothing (day first in Britain,
    month first in the United States).

    >>> day_first_language("I dati relativi al giorno sono corretti per la regione e il paese."), day_first_language("The data of the day are correct.")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+", text[:20_000].lower())
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _DAY_FIRST)
    return other >= 3 and other >= 3 * english


def day_first(value: str) -> str | None:
    """The day written either way (an ``EITHER`` value with its year: "04/12/2020") read day
    first, as a page in a ``day_first_language`` writes it.

    >>> day_first("XXMD-04-12-2020"), day_first("XXMD-12-31-2020")
    ('2020-12-04', None)
    """
    return iso_day(int(value[11:15]), int(value[8:10]), int(value[5:7])) if value.startswith(EITHER) and len(value) > 10 else None

