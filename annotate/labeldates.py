"""The date written in a note's label or its opening words: what may stand around a date in a label
("Update, Monday 24 July 2017 at 10:30 UTC:"), the date a body opens with ("As of 05-Jan-2016, …"),
the dash or prose that closes a dated label, a label written date first ("2020-03-30 Update: …"),
and the dated entries under a revisions section's title.

Why a module of its own: ``annotate.openings`` decides where a label starts and ends; reading the
date inside it (full or year-less, with weekdays, times, zones) is a concern ``annotate.detect`` shares.
"""

from __future__ import annotations

import re

from annotate.dates import EITHER, YEARLESS, FoundDate, find_dates, find_yearless
from annotate.label_forms import EMPHASIS_TAG
from annotate.labels import CJK_LABELS, LABEL_WORD, LOOSE_TITLE, SECTION_TITLE, WEAK_WORDS
from annotate.months import ERAS, MONTHS

_TIME = r"(?:at\s+)?\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*\(?(?:[A-Z]{2,5}|GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?)?\)?)?"
FILLER = re.compile(
    r"(?:[\s,;()\[\]*_#@\u2014\u2013./\uff08\uff09\u3001<>-]|</?" + EMPHASIS_TAG + rf">|\b(?:on|at|as\s+of|dated|posted|added|written|from|for|of|the|in|{_TIME})\b|"
    # ("Update k 9.7.2025:", "Update vom 9.7.2025:", "Mise à jour du 9/7/2025 :": on/as of/from in other languages)
    r"\b(?:vom|am|zum|ab|seit|stand|k|ke|ze|od|du|le|au|des|del|al|de|el|em|op|per|van|dal|fra|från|den|z|от|с)\b|"
    r"\b(?:г|года|р|r)\b\.?|"  # (the year's abbreviation after it: "15 марта 2021 г.", "15 marca 2021 r.")
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|"
    r"\b(?:morning|afternoon|evening|night|noon|midnight|today|yesterday|later|again|late|early|mid|updates?|updated)\b|"
    r"\b(?:spring|summer|autumn|fall|winter)\b|\b[ap]\.m\.|"  # ("Update, Spring 2021:": the year, as written; "4:15 p.m.")
    r"\b(?:UTC|GMT|(?-i:[A-Z]{2,4}T)|[ECMP][SD]T|BST|CEST|CET)(?:[+-]\d{1,2}(?::?\d\d)?)?\b|\d{1,2}[:.h]\d\d|\b\d{1,2}\b|"
    r"T\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)*",  # (an ISO time: "2021-03-15T10:30:00Z")
    re.IGNORECASE,
)
"""What may stand around a date inside a label: weekdays, times, zones, ``on``/``at``, the
word "updates" ("**Note:** 2024/12/17 UPDATES: …"); full-width brackets and comma too
("更新（2022年4月16日）：")."""
GOES_ON = re.compile(r"[\s,]{0,4}(?:to|with|for|after|because|so|in\s+order|following|since|when|and|see)\b|[\s,]{0,4}[:\u2014\u2013]")
"""Prose going on after a participle's date ("Updated on 2023-01-10 to include …")."""
AS_OF = re.compile(r"[\s*_:]{0,12}(?:as\s+of|on|since)\s+([^,.;:\n]{4,30}?(?:,\s{0,2}\d{4}\b)?)(?=[,.;:]|\s+(?:the|this|we|it|i)\b)", re.IGNORECASE)
"""A body opening with its date ("As of March 2020, …"): the date is group 1."""


_ROUGHLY = r"(?:(?:early|mid|late|some\s?time\s+(?:on|in|around)|(?:at\s+)?(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]+)?"
"""How loosely a day may be told after "as of" ("As of late 2015", "As of some time on 18 November
2020", "As of the end of March 2021"): its date follows."""
_AS_OF_LEAD = re.compile(
    r"[\s*_:]{0,12}(?:as\s+of|on|since|ab|seit|dal|desde|depuis|[àa]\s+partir\s+d[eou]l?)\s+" + _ROUGHLY, re.IGNORECASE
)  # (in German, Italian, Spanish, Portuguese and French too: "Ab Juni 2022 werden …", "Dal 25 ottobre …")


_WILL = re.compile(r"[^.!?\n]{0,100}?\bwill\b")
"""A sentence going on to say what will be: its day is an event's to come ("On April 7, 2026, the
latest tag will point to …"), not the day its note was written."""


def as_of_date(text: str, start: int, end: int) -> FoundDate | None:
    """The date a note's body opens with ("As of 05-Jan-2016, …", "On 2024/07/11, …", "As of
    9 June 2026 Linaro Forge will not work …"), a year too after "as of" or "since" ("As of late
    2015 most mobile browsers …")."""
    on = (lead := _AS_OF_LEAD.match(text, start, end)) is not None and lead.group(0).strip(" \t\n*_:").lower().startswith("on")
    if lead is not None:
        found = find_dates(text, lead.end(), min(end, lead.end() + 40), years=not on)
        if found and found[0].start == lead.end():
            return None if on and _WILL.match(text, found[0].end, end) else found[0]
    as_of = AS_OF.match(text, start, end)
    return date_in(text, as_of.start(1), as_of.end(1)) if as_of is not None and not (on and _WILL.match(text, as_of.end(), end)) else None


def datey(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds nothing but dates, times, weekdays, a number
    and the little words around them (so it can stand inside a label)."""
    if end - start > 90:
        return False
    chunk = text[start:end]
    for d in sorted(
        find_dates(text, start, end, years=True) + find_yearless(text, start, end, label=True), key=lambda d: -d.start
    ):
        chunk = chunk[: d.start - start] + " " + chunk[d.end - start :]
    chunk = _COMPACT_DAY.sub(" ", _SHORT_YEAR.sub(" ", _DAY_MONTH_YEAR.sub(" ", chunk)))  # ("09-07-2021", "5/11/18": a date, whichever way round)
    chunk = _MONTH_DAY.sub(" ", chunk)  # ("[Update 11/8]": a year-less date in figures, ``date_in`` reads it)
    rest = FILLER.fullmatch(chunk.replace("_", " "))  # ("_Updated 8/18/2025_": emphasis is no word's part)
    return rest is not None


def date_in(text: str, start: int, end: int) -> FoundDate | None:
    """The first date written in ``text[start:end]``: a full one, else a year-less one."""
    full = find_dates(text, start, end, years=True)
    partial = find_yearless(text, start, end, label=True)
    if (not full or full[0].precision == "year") and (m2 := _DAY_MONTH_YEAR.search(text, start, end)) is not None:
        a, b = int(m2.group(1)), int(m2.group(3))
        if a != b and 1 <= a <= 12 and 1 <= b <= 12:  # "Update 2/11/2020:" (11 February or 2 November)
            return FoundDate(f"{EITHER}-{a:02d}-{b:02d}-{m2.group(4)}", "day", m2.start(), m2.end())
    if not full and (short := _SHORT_YEAR.search(text, start, end)) is not None and (found := _short_year(short)) is not None:
        return found
    if not full and (compact := _COMPACT_DAY.search(text, start, end)) is not None:
        return FoundDate(f"{compact.group(1)}-{compact.group(2)}-{compact.group(3)}", "day", compact.start(), compact.end())
    if full and (not partial or full[0].start <= partial[0].start or full[0].precision != "year"):
        return full[0]
    if partial:
        return partial[0]
    if full or (m := _MONTH_DAY.search(text, start, end)) is None:
        return full[0] if full else None
    a, b = int(m.group(1)), int(m.group(2))
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or not 1 <= day <= 31:
        return None
    either = a != b and a <= 12 and b <= 12
    return FoundDate(f"{EITHER if either else YEARLESS}-{month:02d}-{day:02d}", "day", m.start(), m.end())


_DAY_MONTH_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
"""A full date in figures whose day and month may be either way round ("2/11/2020", "09-07-2021"):
``dates.resolve_year`` picks the reading the document's dates support."""
_COMPACT_DAY = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w/.-])")
"""A day written in eight figures, in a label ("UPDATE (20161202): …", Apache Accumulo's news)."""
_SHORT_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d\d)(?![\d/.-])")
"""A date in figures with its year in two digits, in a label ("Update (5/25/18, 6:05 a.m.):");
slashes only ("2.4.10" is a version)."""


def _short_year(m: re.Match[str]) -> FoundDate | None:
    """The date ``_SHORT_YEAR`` matched, its year in this century ("18": 2018), when its day
    tells itself from its month (above 12); "05/07/17" reads three ways (a year first too) and
    is no date ("07/11/17 Update: …", Apache Kudu's: July or November, or 2007; no guess).

    >>> [getattr(_short_year(_SHORT_YEAR.search(s)), "value", None) for s in ("5/11/18", "25/11/18", "5/25/18")]
    [None, '2018-11-25', '2018-05-25']
    """
    a, b, year = int(m.group(1)), int(m.group(2)), 2000 + int(m.group(3))
    if a <= 12 and b <= 12:
        return None
    month, day = (a, b) if a <= 12 else (b, a)
    return FoundDate(f"{year}-{month:02d}-{day:02d}", "day", m.start(), m.end()) if 1 <= month <= 12 and 1 <= day <= 31 else None


_MONTH_DAY = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
"""A year-less date in figures inside a label ("Update (9/15):", "Update (9/8):"): when both
numbers may be the month, it reads either way (``dates.EITHER``) and the document's dates
decide."""


DASH = re.compile(r"[ \t]{1,4}(?:\u2014|\u2013|--?)[ \t]")
"""A dash between spaces, closing a dated label or a heading's date."""


def dated_dash(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """``(start, end)`` of the dash closing a dated label ("Update, 6 July 2017 \u2014 …"):
    the first dash in ``text[start:stop]`` when only a date (and its little words) stands
    before it."""
    m = DASH.search(text, start, stop)
    if m is None or (_TIME_ALONE.fullmatch(text, start, m.start()) is None and (date_in(text, start, m.start()) is None or not datey(text, start, m.start()))):
        return None
    return m.start(), m.end()  # (or a time of day alone, "UPDATE 21:07 — the site is back.": the day is the page's)


_TIME_ALONE = re.compile(r"[ \t,]{0,3}(?:at[ \t]+)?\d{1,2}(?::\d\d[ \t]?(?:[ap]\.m\.|[ap]m|[AP]M)?|[ \t]?(?:[ap]\.m\.|[ap]m|[AP]M))(?:[ \t]+[A-Z]{2,4})?[ \t]*")
"""A time of day and its zone, no more ("21:07", "at 9:30 a.m. ET", "4pm")."""


def first_date_then(text: str, start: int, stop: int) -> int | None:
    """End of a date (with its time) opening ``text[start:stop]`` when prose goes on
    after it ("on 2023-01-10 at 21:30 UTC to include …"), else ``None``."""
    dates = find_dates(text, start, stop) + find_yearless(text, start, stop, label=True)
    if not dates:
        return None
    d = min(dates, key=lambda d: d.start)
    if not datey(text, start, d.start):
        return None
    tail = FILLER.match(text, d.end, stop)
    end = tail.end() if tail else d.end
    while end > d.end and not text[end - 1].isalnum() and text[end - 1] not in ")":
        end -= 1
    return end if GOES_ON.match(text, end, stop) else None


LABEL_DASH = re.compile(r"[ \t]{0,4}(?:\u2014|\u2013|--?|&[mn]dash;|&#821[12];)(?:[*_]{1,3}|</" + EMPHASIS_TAG + r">)?(?=[ \t])")
"""A dash closing a label ("Update — the bridge reopened", "**Addendum &mdash;** After …"),
its emphasis closing after it."""
ASIDE_COLON = re.compile(r"[ \t]{0,2}\([^()\n]{1,60}\)[*_]{0,3}[ \t]{0,2}:")
"""A label's aside in brackets before its colon ("Update (v2.1):", "Note (Windows only):")."""


def dated_stop(text: str, start: int, stop: int) -> int | None:
    """The full stop closing a label's full date ("UPDATE 31 Jan 2017. The original …"):
    only a date (and its little words) before it, and a sentence after it."""
    dates = find_dates(text, start, stop)
    if not dates or dates[0].precision == "year" or not datey(text, start, dates[0].start):
        return None
    m = STOP_AFTER.match(text, dates[0].end, stop)
    return m.end() - 1 if m is not None else None


STOP_AFTER = re.compile(r"[ \t]{0,3}(?:\([^()\n]{1,40}\))?[ \t]{0,2}\.(?=[ \t\n]{1,4}[A-Z*_\[(]|[ \t]*$)")
"""A full stop right after a label's date (a time zone or a version in brackets may stand between), a
sentence opening after it, or the passage's end ("Updated Dec 15, 2014 (Cap'n Proto 0.5.0).")."""


SAYS_UPDATED = re.compile(
    r"(?:[^.!?\n]|(?<=\d)\.(?=[ \t])){0,60}?\b(?:updated|edited|corrected|revised|amended|added|changed|rewritten|"
    r"aktualisiert|korrigiert|erg[äa]nzt|mise?s?\s+à\s+jour|corrigée?|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|"
    r"oppdatert|uppdaterad|opdateret|zaktualizowan[ya]|обновлен[аоы]?|diperbarui)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A sentence opening that says the text was updated ("This section was updated …", "Dieser
Artikel wurde am 12. März 2021 aktualisiert": its date may stand before the verb)."""


_DAY_BEFORE_VERB = re.compile(r"\b(?:am|le|el|em|op|den|pada|il|du|del|dem|vom)\s+$", re.IGNORECASE)
"""The word before a day that a verb-final sentence puts before its verb ("am", "op", "le")."""


def disclosure_after(text: str, start: int, limit: int) -> FoundDate | None:
    """The date of a disclosure sentence right after a label's colon ("This section was
    updated in June 2019 to …", "updated December 2018 for Julia 1.1")."""
    m = SAYS_UPDATED.match(text, start, min(limit, start + 80))
    if m is None:
        return None
    stop = min(limit, m.end() + 80)
    dot = re.search(r"[.!?](?:\s|$)|\n\s*\n", text[m.end() : stop])
    end = m.end() + dot.start() if dot else stop
    found = find_dates(text, m.end(), end) or [
        f for f in find_dates(text, start, m.end()) + find_yearless(text, start, m.end()) if _DAY_BEFORE_VERB.search(text, max(start, f.start - 6), f.start)
    ]  # ("wurde am 12. März 2021 aktualisiert", "am 12. März"; not "The 31 December 2020 balance was corrected")
    return found[0] if found else None


_THEN_LABEL = re.compile(
    r"(?:[*_]{1,3}(?=[ \t,\]]))?(?:\](?=[ \t]))?(?:[(\uff08][日月火水木金土][)\uff09])?[ \t]{0,3}[,\u2014\u2013-]?[ \t]{0,3}(?:以下|下記|[\u4e00-\u9fff]{1,3}な)?"
)  # (a Japanese day's weekday after it, "2017/9/24(日)"; "以下追記": added below; "重大な追記": an important one)
_DATED_EDIT = re.compile(r"(?P<word>編集|编辑|修正)")
"""Japanese and Chinese "edit", and Japanese "fix": a label only after its day ("2022/09/18 編集:
…", "（2017年9月30日修正: …）"); alone it credits an editor ("編集：山田") or lists a product's
fixes ("- 修正：ログイン時のバグ")."""
_SHUT = re.compile(r"[ \t]{0,3}(?:[*_]{1,3}|</" + EMPHASIS_TAG + r">)?[ \t]{0,2}(?P<mark>[:\uff1a\])\u3011\uff09\u2014\u2013]|\s-\s)")


_HEADING_END = re.compile(r"[ \t*_!.]{0,6}")
"""What may close a heading that is a dated label ("### August 2024 update!"): with its "!",
never a product's name ("## October 2018 Update")."""


def _line_end(text: str, at: int, limit: int) -> int:
    end = text.find("\n", at, limit)
    return limit if end < 0 else end


_QUALIFIED = re.compile(r"(?:[A-Z][\w.-]{0,20}[ \t]){1,2}(?=(?:Update|UPDATE|Edit|EDIT|Correction|CORRECTION)\b)")
"""Words naming what a dated update is about, before its label word ("COVID-19 Update")."""


def date_first(text: str, start: int, limit: int, *, heading: bool = False) -> tuple[str, FoundDate | None, int] | None:
    """A label written date first ("2020-03-30 Update: …", "**3/30/2020 Edit**: …", "[12 July
    2017 update] …", "[2021-03-03] Update: …"): ``(label, its date, end of label)``. The label word must say what the
    note is (an update, an edit, a correction: not "Note", which a date may head as prose), and a
    colon, a closing bracket or a dash must end it: "2020-03-30 update of the table" is a line."""
    if not (text[start : start + 1].isdigit() or text[start : start + 3].lower() in MONTHS or text[start : start + 2] in ERAS):
        return None  # (a cheap test first: most openings are no date; "令和元年5月7日追記：" opens with its era)
    window = min(limit, start + 60)
    said = date_in(text, start, window)
    if said is None and (short := _SHORT_YEAR.match(text, start, window)) is not None:  # ("07/11/17 Update: …", Kudu's: no date, still a label)
        word = LABEL_WORD.match(text, _THEN_LABEL.match(text, short.end(), window).end(), window)  # type: ignore[union-attr]
        shut = _SHUT.match(text, word.end(), window) if word is not None and word.group("word").lower() not in WEAK_WORDS else None
        return (word.group("word"), None, shut.end()) if word is not None and shut is not None and shut.group("mark") == ":" else None
    if said is None or said.start != start:
        return None
    at = _THEN_LABEL.match(text, said.end, window).end()  # type: ignore[union-attr]
    labelled = LABEL_WORD.match(text, at, window)
    dashed = heading and text[said.end : at].strip() in ("-", "\u2013", "\u2014")  # (a heading's "Sept 2024 - Update")
    if said.precision != "day" and text[start - 1 : start] not in ("*", "_", "[", "(") and not (labelled is not None and labelled.group("word").islower()) and not (
            heading and ("!" in text[said.end : _line_end(text, said.end, limit)] or dashed)):
        return None  # (a month alone, unmarked, names a product: "- April 2018 Update: version 1803"; in a heading it dates it, "Sept 2024 - Update"; "April 2023 update:" is a label)
    word = labelled or _DATED_EDIT.match(text, at, window)
    if word is None and said.precision == "day" and (what := _QUALIFIED.match(text, at, window)) is not None:
        word = LABEL_WORD.match(text, what.end(), window)  # "March 11, 2020 - COVID-19 Update: …": what the update is about, then its word
    shut = _SHUT.match(text, word.end(), window) if word is not None else None
    if word is None or (word.group("word").lower() in WEAK_WORDS and word.group("word") not in CJK_LABELS and not (
        said.precision == "day" and text[start - 1 : start] in ("*", "_") and shut is not None and shut.group("mark") == ":"
    )):
        return None  # (a weak word only after a day, in emphasis, with its colon: "**2025.05.14 Notice:** …")
    eol = _line_end(text, word.end(), limit)
    if shut is None and heading and (said.precision == "day" or dashed or "!" in text[word.end() : eol]) and _HEADING_END.fullmatch(text, word.end(), eol) is not None:
        return word.group("word"), said, eol  # "### August 2024 update!", "# Apr 28 2023 Update" (a day: no product's name)
    if shut is None and word.group("word") in CJK_LABELS and not text[word.end() : eol].strip(" \t*_"):
        return word.group("word"), said, eol  # "2017/9/24(日)以下追記" alone on its line, over what it adds
    if shut is None:
        return None
    return word.group("word"), said, shut.end() if shut.group("mark") == ":" else shut.start("mark")


SETEXT = re.compile(r"[ \t]{0,3}(?:={1,200}|-{1,200}|([~^*#+_])\1{2,200})[ \t]{0,40}(?:\n|$)")
"""The underline of a setext (or reStructuredText) heading: "=" or "-" as Markdown's, or three
or more of another mark reStructuredText adorns titles with ("Deprecation notice\n####",
"Update\n~~~~~~"); not "." or ":" or quotes, which end prose lines."""
TITLE_LINE = re.compile(r"[ \t]{0,3}[^\s=#*~^+_-][^\n:]{0,60}?(?<![.!?])[ \t]*")
"""A title's line under an overline or over a mark other than "=" or "-": short, no colon, no
sentence's end; not a sentence ruled off ("Update: the bridge reopened on Friday.\n*****")."""


def underline_at(text: str, title_start: int, at: int, limit: int) -> re.Match[str] | None:
    """The underline at ``at`` of the title line from ``title_start``: "=" or "-" under any
    line (Markdown's setext), another mark only under a title's line (``TITLE_LINE``)."""
    line = SETEXT.match(text, at, limit)
    if line is not None and line.group(1) is not None and not TITLE_LINE.fullmatch(text, title_start, max(title_start, at - 1)):
        return None
    return line


def section_title(text: str, pos: int, start: int, limit: int, heading: bool = False) -> tuple[str, FoundDate | None, int] | None:
    """A heading of the document's own revisions ("## Revision History", "Errata\\n======"; a
    ``heading`` the document's structure says is one, "*** Changelog" in Org):
    ``(title, None, end of its line)``."""
    line_end = text.find("\n", start, limit)
    line_end = limit if line_end < 0 else line_end
    m = SECTION_TITLE.match(text, start, line_end)
    if m is None:
        return None
    markdown_heading = text[pos:start].lstrip(" >").startswith(("#", "=="))  # (MediaWiki, AsciiDoc: "== Changelog ==")
    underline = underline_at(text, start, line_end + 1, limit) if line_end < limit else None
    if not markdown_heading and underline is None and not heading:
        return None
    # The section's first entry is usually dated ("2024-09-10\n    Updates to reflect …"); of
    # entries one per line, oldest first ("2022-03-09: Original QSB published\n2022-04-04:
    # Updated …"), the latest is the revision's.
    after = underline.end() if underline is not None else line_end
    found = find_dates(text, after, min(len(text), after + 80))
    entries = [d for d in find_dates(text, after, min(len(text), after + 600)) if d.precision == "day" and text[d.start - 1 : d.start] == "\n"]
    if not found and LOOSE_TITLE.fullmatch(text[start : m.end()].strip(" \t=")):
        return None  # ("## Release Notes" over how to write them, no date under it: no log)
    return text[start : m.end()].strip(" \t="), (max(entries, key=lambda d: d.value) if len(entries) > 1 else found[0] if found else None), line_end


def label_colon(text: str, start: int, stop: int) -> int | None:
    """The first colon in ``text[start:stop]`` that is not inside a time ("4:00"); a full-width
    one ("追記：") too."""
    wide = text.find("\uff1a", start, stop)
    pos = text.find(":", start, stop if wide < 0 else wide)
    while pos >= 0:
        if not (pos > 0 and text[pos - 1].isdigit() and pos + 2 < len(text) and text[pos + 1 : pos + 3].isdigit()):
            return pos
        pos = text.find(":", pos + 1, stop if wide < 0 else wide)
    return wide if wide >= 0 else None


def date_after_colon(text: str, end: int, window: int, line_end: int, marked: bool) -> tuple[FoundDate, int] | None:
    """The date right after a label's colon at ``end`` (``window``: how far the label's line
    is read; ``marked``: the label is a heading or in emphasis), and where the label then ends:
    "Update: Feb 5, 2020: …" (closed by a colon), "#### Edit: 9/18/2023" and "Updated:
    2022/10/23" (the line's rest), "追記：2022年10月23日\u3000…" (an ideographic space),
    "### Update: September 9, 2021 - Tom Sweeney" (a dash; in plain text an em or en dash only:
    "Update: 23 October 2022 — the service is back.")."""
    after = re.match(r"[ \t]*(?:[*_]{1,3})?", text[end:window])
    s2 = end + (after.end() if after else 0)
    nxt = label_colon(text, s2, window)
    if nxt is not None and nxt - s2 <= 40:
        d = date_in(text, s2, nxt)
        return (d, nxt + 1) if d is not None and datey(text, s2, nxt) else None
    rest = s2 + len(text[s2:line_end].rstrip(" \t*_."))  # (the line's end without closing marks)
    if s2 < rest and datey(text, s2, rest) and (d := date_in(text, s2, rest)) is not None:
        return d, end
    wide = text.find("\u3000", s2, min(window, s2 + 40))
    if wide > s2 and datey(text, s2, wide) and (d := date_in(text, s2, wide)) is not None:
        return d, end
    shut = _EM_SHUT.search(text, s2, min(window, s2 + 40)) if marked and s2 > end else None
    if shut is not None and not re.search(r"(?<![\d.])\d{1,2}[:.]\d\d(?![.\d])", text[s2 : shut.start()]) and datey(text, s2, shut.start()) and (d := date_in(text, s2, shut.start())) is not None:
        return d, shut.end()  # "__UPDATE: Mar 23, 2021__ Thanks to …": the emphasis around label and date closes after the date (not a time's stamp, "**Updated: 4 March 2021 10:30**")
    dash = DASH.search(text, s2, window)
    if dash is not None and dash.start() - s2 <= 40 and (marked or text[dash.start() : dash.end()].strip() in ("\u2014", "\u2013")):
        d = date_in(text, s2, dash.start())
        if d is not None and datey(text, s2, dash.start()):
            return d, end
    return None


_EM_SHUT = re.compile(r"[*_]{1,3}(?=[ \t.:]|$)")
