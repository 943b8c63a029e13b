"""The dateline: the article's own publication and update dates, from a short line near its top.

Why this exists: "By A. Writer — 13 July 2021, updated 15 July 2021" under a headline is
the document's own date; a note's opening line ("Update (5 July 2017): …", the vocabulary
of ``annotate.labels``) or a republication marker never is.
"""

from __future__ import annotations

import re

from annotate.dates import FoundDate, find_dates
from annotate.labeldates import date_in, datey
from annotate.labels import DISCLOSURE, NOTE_LINE
from annotate.model import DateInfo
from annotate.months import CLOCK, WEEKDAY
from annotate.revisions import EDGE, MOST, revision_list

_DATELINE_CUE = re.compile(
    r"^\W{0,3}by\s|published|posted|dated|^\W{0,3}(?:first\s+)?issued\b|updated|last\s+update\b|last\s+reviewed|\u2014|--| - |\||\b(?:advisory|announcement|press\s+release|bulletin|newsletter)\b"
    r"|^\W{0,3}(?:更新[于於日]|最終更新|最[后後]更新|公開日|投稿日|[发發][布佈表][于於])"
    # "updated" and "published" in other languages ("Zuletzt aktualisiert: 12.03.2021", "Publié le …")
    r"|aktualisiert|ver[öo]ffentlicht|^\W{0,3}stand\b|mise?\s+à\s+jour|publié|actualizad|actualizaci[óo]n|publicad|atualizad|"
    r"atualiza[çc][ãa]o|aggiornat|pubblicat|bijgewerkt|gepubliceerd|oppdatert|uppdaterad|opdateret|publicerad|publisert|"
    r"zaktualizowan|opublikowan|обновлен|опубликован|diperbarui|diterbitkan",
    re.IGNORECASE,
)
"""What marks a dated line as the document's own: a byline, "published", a dash or bar between
parts, or the kind of document it dates ("Project curl Security Advisory, January 27th 2016");
Chinese and Japanese "updated on", "published on" ("更新于", "最終更新日", "公開日", "发布于")."""
_DATE_ONLY_WORDS = frozenset(
    ["on", "at", "am", "pm", "gmt", "bst", "utc", "est", "edt", "pst", "cet", "cest", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_ZONES = frozenset(["UTC", "GMT", "Z", "CET", "CEST", "EET", "EEST", "WET", "BST", "IST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "JST", "KST", "AEST", "AEDT", "NZST", "NZDT"])
"""Time zones a stamp may close with ("Revised on 2024-01-15 10:05:28 UTC")."""
_MARKER_CUE = re.compile(r"first published|originally published|first appeared", re.IGNORECASE)
"""A line that opens an annotation ("Update (5 July 2017): …"), which is not a dateline."""


_EFFECTIVE = re.compile(r"[\W_]{0,4}effective\b(?![ \t]+(?:immediately|now|today))", re.IGNORECASE)
"""A policy's line giving the day it took effect and nothing more ("*Effective September 15, 2024*"),
first or under its title: its date (not a lead, "Effective January 1, 2025, the toll rises …")."""
_PUBLISHED_CUE = re.compile(r"\b(?:published|publication\s+date|posted\s+on|date\s+posted)\b", re.IGNORECASE)
"""A line that says it gives the publication date ("#### Publication date: June 5, 2023")."""
_UPDATED_CUE = re.compile(
    r"(?:(?<![^\W_])(?:updated|modified|revised|last edited|last update|last reviewed|reviewed on|generated(?:\s+on)?|next\s+review(?:\s+due)?|review\s+due|aktualisiert|stand|mise?\s+à\s+jour|modifiée?|actualizad[oa]|actualizaci[óo]n|"
    r"atualizad[oa]|atualiza[çc][ãa]o|aggiornat[oa]|aggiornamento|bijgewerkt|laatst\s+gewijzigd|oppdatert|uppdaterad|senast\s+ändrad|"
    r"opdateret|zaktualizowano|aktualizacja|обновлено|diperbarui)(?![^\W\d_])|(?<![次回契約予定])更新[于於日]|最終更新|最[后後]更新)"
    r"[^0-9a-z]{0,12}(?:at\s+\d{1,2}[:.]\d\d(?:\s?[ap]\.?\s?m\.?)?(?:\s+[a-z]{2,4})?[ \t,]+)?(?:(?:on|am|le|el|em|il|op|den|pada|du|del)[\s:]+)?$",
    re.IGNORECASE,
)
"""What stands before the date of a "last updated" stamp, its time of day too ("Updated at 3:45
p.m. ET on March 3, 2021"), English or Chinese and Japanese ("更新于2022年10月1日",
"最終更新日：2022年10月1日")."""


_KEYED_DATE = re.compile(
    r"^[ \t|*_>-]{0,6}(?:Date|Published|Posted|Publication\s+date|Release\s+date|Released|(?:Version\s+)?Effective\s+date|Datum|Fecha|日付|公開日|投稿日)"
    r"[ \t*_]{0,4}[|:\uff1a][ \t*_]{0,4}[^\n|]{4,60}",
    re.IGNORECASE | re.MULTILINE,
)
"""A field of the page's own date ("**Date** | 31 March 2026", "Published: 2019-03-20")."""
_EVENT_KEY = re.compile(
    r"^[ \t|*_>-]{0,6}(?:Place|Location|Venue|Where|Address|Registration|Ort|Lieu|Lugar|Local|Luogo|場所|会場|地点|장소)"
    r"[ \t*_]{0,4}[|:\uff1a]",
    re.IGNORECASE | re.MULTILINE,
)
"""A field of an event beside a "Date" field ("| Place | Berlin |", "Venue: town hall"): then
the date is the event's, not the page's (not "Time" or "Start": an advisory has those too)."""


def _only_a_date(line: str, start: int, end: int) -> bool:
    """True for a line that is a date and nothing else ("Tuesday 5 July 2016, 10:00 GMT",
    "LONDON, July 5, 2016", "as of dec 2008"), or a date and its author's name after it ("08 Sep 2022 Chesnay
    Schepler": up to three capitalised words, on a line that opens with the date)."""
    rest = re.findall(r"[^\W\d_]+", line[:start] + " " + line[end:])
    if line[:start].strip(" \t*_(").lower().split() == ["as", "of"]:
        rest = rest[2:]  # "as of dec 2008": the state of the page on that date
    if len(rest) <= 4 and all(w.lower() in _DATE_ONLY_WORDS or w.isupper() for w in rest):
        return True
    after = re.findall(r"[^\W\d_]+", line[end:])
    if after[:1] == ["by"]:
        after, rest = after[1:], [w for w in rest if w != "by"]  # ("November 15, 2023 by Sara Petti")
    if (not line[:start].strip(" \t*_") and 1 <= len(after) <= 3 and len(after) == len(rest)
            and all(w[0].isupper() and w[1:].islower() for w in after)):
        return True
    # an author's name linked to their page, a comma, the date: "[Mara Lampert](../readme), January 26th, 2023"
    # (a post's byline under its title; not "Independence Day, July 4, 2026", an event's day)
    before = re.findall(r"[^\W\d_]+", linked.group(1)) if (linked := _LINKED_NAME.fullmatch(line, 0, start)) is not None else []
    return not line[end:].strip(" \t*_.") and 2 <= len(before) <= 3 and all(w[0].isupper() and w[1:].islower() for w in before)


_LINKED_NAME = re.compile(r"[ \t*_]{0,3}\[([^\]\n]{1,80})\]\([^)\s]{0,300}\),[ \t]{1,3}")
"""A name linked to its page and a comma, a byline's opening."""


def _date_line_below(block: str) -> tuple[str, list[FoundDate]] | None:
    """A line that is a date and nothing else, or an update's date, among the next three lines
    of the opening paragraph (under a title), with its date."""
    for line in block.split("\n", 3)[:3]:
        found = find_dates(line) if _may_be_dateline(line) else []
        if found and (_only_a_date(line, found[0].start, found[0].end) or _UPDATED_CUE.search(line, 0, found[0].start)):
            return line, found  # "24 Mar 2011"; "( Last update: 2020-06-13 )" under a centred title
    return None


_BYLINE = re.compile(r"(?:[^\n.!?]{2,80}(?:\\|  )?\n){1,3}[^\n]{4,40}")
"""A byline of a few short lines, the names broken by Markdown's hard breaks, its last line a date."""


def _may_be_dateline(line: str) -> bool:
    return not (len(line) > 160 or "~~" in line or _MARKER_CUE.search(line) or (NOTE_LINE.match(line) and not _LINKED_NAME.match(line)) or (DISCLOSURE.match(line) and not is_stamp(line, 0, len(line))))


def updated_at(line: str, at: int) -> bool:
    """Whether the date at ``line[at:]`` is a "last updated" stamp's: an update word stands right
    before it ("Last updated: 2023-04-12", "updated 7 March"), not a publication's ("Posted on: …")."""
    at = min(at, len(line[:at].rstrip("*_ \t")) + 1)  # (past the emphasis around the date: "last updated on **May 26, 2021**")
    day = _WEEKDAY_BEFORE.search(line, max(0, at - 16), at)  # ("last updated: Tue, 13 Aug 2013")
    at = day.start() if day is not None else at
    return _UPDATED_CUE.search(line, max(0, at - 30), at) is not None


_WEEKDAY_BEFORE = re.compile(rf"\b(?:{WEEKDAY})\.?,?[ \t]{{0,2}}$", re.IGNORECASE)


def is_dateline(line: str) -> bool:
    """True for a line that reads as a byline or dateline: short, dated, with a dateline cue
    ("By …", "Published", "updated", a dash) or nothing but the date; never a note.

    >>> is_dateline("*By Ann Lee — 6 March 2023, updated 7 March 2023*"), is_dateline("Update (7 March 2023): x")
    (True, False)
    """
    found = find_dates(line) if _may_be_dateline(line) else []
    return bool(found) and bool(_DATELINE_CUE.search(line) or _only_a_date(line, found[0].start, found[0].end))


_BOX_OPENER = re.compile(r"[ \t]{0,3}(?:[!?]{3}\+?|:{3,6})[ \t]{0,4}\{?[\w.-]{1,20}\}?[ \t]*|>[ \t]?\[![A-Za-z]{2,12}\][ \t]*")
"""A box's opening line with nothing after its kind ("!!! info", ":::note", "> [!NOTE]")."""
_STAMP = re.compile(
    r"[ \t>*_]{0,6}(?:(?:This|The)\s+(?:page|article|post|document|guide|site|information|content|policy)|It)\s+(?:was|has\s+been|is)\s+"
    r"last\s+(?:updated|reviewed|modified|revised|checked)(?:\s+on)?\s+(?P<date>[^\n]{4,40}?)[ \t.*_]{0,4}",
    re.IGNORECASE,
)
"""A "last updated" stamp written as a sentence ("This page was last reviewed on 7 January 2026")."""
_LAST_STAMP = re.compile(
    r"[ \t>*_]{0,6}(?:Last|Latest)\s+(?:updated?|modified|revised|edited|reviewed|changed)(?:\s+on)?[ \t*_]{0,3}:?[ \t*_]{0,3}(?P<date>[^\n]{4,40}?)[ \t.*_]{0,4}",
    re.IGNORECASE,
)
"""The same as a field ("Last update: 2019-10-16", "*Last modified on 3 May 2021*")."""


_TOP, _FOOT = 8, 3
"""A page's top and foot, in passages: where it keeps its own date."""


def at_page_edge(k: int, n: int) -> bool:
    """Whether passage ``k`` of ``n`` stands where a page keeps its own date: among its first eight
    passages or its last three (a date deeper in is a section's, a log entry's, a live update's)."""
    return k < _TOP or k >= n - _FOOT


def at_page_foot(k: int, n: int) -> bool:
    """Whether passage ``k`` of ``n`` is among a page's last three and below its top: where a site
    writes its footer ("Last update: December 28, 2019", MkDocs' revision date, at each build)."""
    return k >= max(_TOP, n - _FOOT)


def date_line(text: str, start: int, end: int) -> FoundDate | None:
    """The day ``text[start:end]`` is, and nothing more ("March 17, 2018", an HTML comment under it
    aside): the line of its day under an update's heading."""
    eol = text.find("\n", start, end)
    eol = end if eol < 0 else eol
    rest = text[eol:end].strip()
    if eol - start > 40 or (rest and not rest.startswith("<!--")) or not datey(text, start, eol):
        return None
    found = date_in(text, start, eol)
    return found if found is not None and found.precision != "year" else None


def foot_field(text: str, start: int, end: int, k: int, n: int) -> bool:
    """Whether passage ``k`` of ``n`` is a "Last update: December 28, 2019" field among a page's last
    three, below its top: its site's footer, written at each build (MkDocs' revision date), no note."""
    if not at_page_foot(k, n):
        return False
    m = _LAST_STAMP.fullmatch(text, start, end)
    return m is not None and datey(text, m.start("date"), m.end("date")) and bool(find_dates(text, m.start("date"), m.end("date")))


def kept_stamp(text: str, start: int, end: int, old: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is a "Last update: 2019-10-16" field whose label the original
    wrote as well (``old``: its passages): the field's date moved with the page, no note. (One put
    in, "**Last Update: 2024-12-08**" under a post's banner, tells its readers: a note.)"""
    m = _LAST_STAMP.fullmatch(text, start, end)
    if m is None or not datey(text, m.start("date"), m.end("date")) or not find_dates(text, m.start("date"), m.end("date")):
        return False
    label = text[start : m.start("date")].strip(" \t>*_:").lower()
    return any(o.lstrip(" \t>*_").lower().startswith(label) for o in old)


def is_stamp(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` is a page's "last updated" stamp as a sentence and nothing else,
    in a box or emphasis or not: the page's date, no note (the site writes it at each review).

    >>> t = "!!! info\n    This page was last reviewed on 7 January 2026"
    >>> is_stamp(t, 0, len(t)), is_stamp(t := "This page was last updated on 3 May 2021 to add a quote.", 0, len(t))
    (True, False)
    """
    if end - start > 200 or not _DIGIT.search(text, start, end):
        return False  # (a stamp is short and has its day: most passages are told at once)
    if (box := _BOX_OPENER.match(text, start, end)) is not None and text.startswith("\n", box.end()):
        start = box.end() + 1
    if (lab := _LABEL_STAMP.match(text, start, end)) is not None and (day := find_dates(text, lab.end(), end)) and (
        CLOCK.search(text, day[0].end, end) or CLOCK.search(text, lab.end(), day[0].start)
    ):
        # "Güncelleme: 12.03.2021 14:37", "Updated: March 12, 2021 10:30", "Updated at 3:45 p.m. ET on
        # March 3, 2021": a news page's stamp, its time and all
        return datey(text, lab.end(), end)
    m = _STAMP.fullmatch(text, start, end)
    if m is not None:
        return bool(find_dates(text, m.start("date"), m.end("date"))) and datey(text, m.start("date"), m.end("date"))
    return _last_updated(text[start:end])


_DIGIT = re.compile(r"\d")
_STAMP_LINE = re.compile(
    r"^[ \t]{0,8}(?:<(?:p|span|em|strong|small|i|b)\b[^<>\n]{0,100}>)?[ \t*_]{0,3}(?:Last[ \t]+(?:updated|modified|revised)|Page[ \t]+last[ \t]+updated)[ \t]*(?:on[ \t]+)?:?[ \t]*"
    r"[^\n<]{4,40}?(?:</(?:p|span|em|strong|small|i|b)>)?[ \t*_]{0,3}(?:<br[ \t]?/?>)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A "Last updated: Mar 28, 2024" line of its own inside a passage near the top (a course page's raw HTML block)."""
_STAMP_SAID = re.compile(r"(?:^|[.!?][ \t]+)((?:It|This\s+(?:page|document|policy|article|guide))\s+was\s+last\s+(?:updated|reviewed|revised)\s+(?:on\s+)?[*_]{0,2})")
"""A "last updated" sentence closing a page's opening paragraph ("… It was last updated on July 27, 2020.")."""
_LABEL_STAMP = re.compile(
    r"[ \t>*_]{0,6}(?:Last[ \t]updated|Updated|Güncelleme|Güncellenme|Cập[ \t]nhật|Ενημέρωση|Actualizare|Frissítés|Aktualizacja|Aktualisiert|"
    r"Actualizado|Atualizado|Aggiornato|Mis[ \t]à[ \t]jour|Päivitetty|Diperbarui|Oppdatert|Uppdaterad|Opdateret|Bijgewerkt|Обновлено)"
    r"[ \t*_]{0,3}:?[ \t*_]{0,3}",
    re.IGNORECASE,
)
"""The word of a news page's "updated" stamp, as it opens the stamp's line."""
_LAST = re.compile(
    r"\b(?:zuletzt|sist|senast|senest|voor\s+het\s+laatst|por\s+[úu]ltima\s+vez|pela\s+[úu]ltima\s+vez|pour\s+la\s+derni[èe]re\s+fois|"
    r"per\s+l'ultima\s+volta)\b",
    re.IGNORECASE,
)
""""Last" as a "last updated" sentence says it in other languages."""
_UPDATED = re.compile(
    r"\b(?:aktualisiert|oppdatert|uppdaterad|uppdaterades|opdateret|bijgewerkt|actualizad[oa]|atualizad[oa]|mise?\s+à\s+jour|aggiornat[oa])\b",
    re.IGNORECASE,
)


def _last_updated(line: str) -> bool:
    """A "last updated" sentence in another language and nothing more ("Dieser Artikel wurde
    zuletzt am 15.04.2021 aktualisiert.", "Denne artikkelen ble sist oppdatert 15.04.2021."): a
    "last", an "updated", a day, and no more than nine other words."""
    if len(line) > 160 or "\n" in line.strip() or (last := _LAST.search(line)) is None or (done := _UPDATED.search(line)) is None:
        return False
    found = find_dates(line)
    if not found or found[0].precision == "year":
        return False
    if re.search(r"[^\W\d_]{2,}", line[found[0].end :].replace(done.group(0), " ")):
        return False  # (nothing after its day but the verb: "… sist oppdatert 15.04.2021 med nye tall" says what was done)
    rest = line[: found[0].start].replace(last.group(0), " ").replace(done.group(0), " ")
    return len(re.findall(r"[^\W\d_]+", rest)) <= 9 and rest.strip(" \t>*_.").count(". ") == 0


def dateline(text: str, spans: list[tuple[int, int]]) -> tuple[DateInfo | None, DateInfo | None]:
    """``(published, updated)`` from a short line near the top.

    >>> dateline(t := "By A. Writer — 13 July 2021, updated 15 July 2021", [(0, len(t))])[1].value
    '2021-07-15'
    """
    for k, (s, e) in enumerate(spans[:8]):
        keyed_line = False
        line_end = text.find("\n", s, e)
        first = text[s : e if line_end < 0 else line_end]
        found = find_dates(first) if _may_be_dateline(first) else []
        if not found and line_end >= 0 and _BOX_OPENER.fullmatch(first) is not None:
            below = text.find("\n", line_end + 1, e)
            first = text[line_end + 1 : e if below < 0 else below].strip()  # ("!!! info\n    This page was last reviewed on …")
            found = find_dates(first) if _may_be_dateline(first) else []
        if not found and (k == 0 or (k < 3 and _BYLINE.fullmatch(text, s, e))) and line_end >= 0 and (alone := _date_line_below(text[line_end + 1 : e])) is not None:
            first, found = alone  # "Gobs of data\n24 Mar 2011\nTags: gob, json": the title's date line; "Ian Lance Taylor\\\nRobert Griesemer\\\nJuly 31, 2019": a byline's
        if not found and k < 4 and (stamp_line := _STAMP_LINE.search(text, s, min(e, s + 3_000))) is not None:
            first = stamp_line.group(0).strip()  # ("…</p>\n    Last updated: Mar 28, 2024<br>" inside a page's raw HTML block)
            found = find_dates(first)[:1]
        if not found and k < 4 and (said := _STAMP_SAID.search(text, s, min(e, s + 2_000))) is not None:
            first = text[said.start(1) : min(e, said.end() + 40)]  # ("… guidance. It was last updated on **July 27, 2020**.")
            found = [f for f in find_dates(first) if f.start <= said.end() - said.start(1) + 3][:1]
        if ((not found or _KEYED_DATE.match(first)) and k < 4 and (keyed := _KEYED_DATE.search(text, s, min(e, s + 3_000))) is not None
                and not _EVENT_KEY.search(text, s, min(e, s + 3_000))):
            # "**Date** | 31 March 2026" in an advisory's table, "Date: 2019-03-20" among a page's fields
            first, found = keyed.group(0), find_dates(keyed.group(0))
            keyed_line = keyed.start() == s and text[s] not in " \t"  # (a paragraph that is the date's field: "Released: 11-July-2018" under a README's title; not a header shown indented)
        stamped = bool(found) and _last_updated(first)  # ("Dieser Artikel wurde zuletzt am 15.04.2021 aktualisiert.")
        explicit = stamped or keyed_line or (k <= 1 and _EFFECTIVE.match(first) is not None and bool(found) and not first[found[0].end :].strip(" \t*_.")) or _PUBLISHED_CUE.search(first) is not None or (
            bool(found) and _UPDATED_CUE.search(first, max(0, found[0].start - 30), found[0].start) is not None
        )  # ("Published: …", "**Last Update: 2024-12-08**" under a post's imports and banner)
        if k >= 4 and not explicit:
            continue  # (below the first four paragraphs only "Publication date: …" and the like)
        if found and first.lstrip().startswith("#") and not explicit and not _only_a_date(first, found[0].start, found[0].end):
            # a section's heading that names a date ("## Ignite Talk: Tuesday Dec 10, 2019 8am
            # in Moscone West - 2010") is an event's, not the document's: only a heading that is
            # a date and nothing else may be a dateline
            found = []
        if found and (explicit or _DATELINE_CUE.search(first) or _only_a_date(first, found[0].start, found[0].end)):
            evidence = first.strip()
            published: DateInfo | None = None
            updated: DateInfo | None = None
            for f in found:
                info = DateInfo(f.value, f.precision, "dateline", evidence)
                if stamped or _UPDATED_CUE.search(first, max(0, f.start - 30), f.start):
                    updated = updated or info
                else:
                    published = published or info
            return (published or updated), updated
    # No dateline at the top: a "last updated" stamp at the foot ("This notice last updated: 12
    # March 2013 02:45 UTC") is the document's date as of this version, and so is the latest
    # entry of a revision history kept as a list at its top or foot.
    # (a stamp is the version's day, not the publication's: a post's own, from its file's name
    # "2013-08-11-android.html", goes before "This notice last updated: Mon, 12 Aug 2013 …")
    stamp = foot_stamp(text, spans)
    return (None, stamp) if stamp is not None else (revision_date(text, spans), None)


def _listed(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether paragraph ``after`` is a list item following ``before`` on the next line."""
    return after[0] - before[1] < 3 and text.startswith(("- ", "* ", "+ "), after[0])


def revision_date(text: str, spans: list[tuple[int, int]]) -> DateInfo | None:
    """The latest entry's date of a revision history kept as a list among the first or last
    three paragraphs ("- 平成25年3月21日 設立\n- 令和2年2月26日 改訂": 2020-02-26)."""
    if len(spans) < 2:
        return None
    # (a Markdown list's items are paragraphs each: the window takes the whole list it reaches)
    top, foot = min(EDGE, len(spans)) - 1, max(0, len(spans) - EDGE)
    while top + 1 < len(spans) and top < MOST and _listed(text, spans[top], spans[top + 1]):
        top += 1
    while foot > 0 and len(spans) - foot < MOST and _listed(text, spans[foot - 1], spans[foot]):
        foot -= 1
    for lo, hi in ((spans[0][0], spans[top][1]), (spans[foot][0], spans[-1][1])):
        if (items := revision_list(text, lo, hi)) is not None:
            latest = max((f for _, _, f in items), key=lambda f: f.value)
            return DateInfo(latest.value, latest.precision, "dateline", text[lo:hi].strip().splitlines()[-1][:200])
    return None


def foot_stamp(text: str, spans: list[tuple[int, int]]) -> DateInfo | None:
    """The date of a "last updated" stamp among the last three paragraphs ("*Last updated
    2025-07-11.*"), if there is one."""
    for s, e in reversed(spans[-3:] if len(spans) > 4 else []):
        first = text[s:e].strip()
        found = find_dates(first) if "\n" not in first and len(first) <= 160 else []
        # (its day after a weekday, "Last Update: Tuesday November 19, 2019"; a label word and
        # its day alone, "Revised on 2024-01-15 10:05:28 UTC", an Asciidoctor page's footer)
        if found and (_may_be_dateline(first) or _bare_stamp(first, found[0])) and updated_at(first, found[0].start):
            return DateInfo(found[0].value, found[0].precision, "dateline", first)
    return None


def _bare_stamp(line: str, day: FoundDate) -> bool:
    """Whether ``line`` is an update word, its day and nothing more but a time of day (a label
    word with no body is no note: "Revised on 2024-01-15 10:05:28 UTC")."""
    before = re.findall(r"[^\W\d_]+", line[: day.start])
    after = re.findall(r"[^\W\d_]+", line[day.end :])
    timed = re.match(r"[ \t,T]{0,3}\d{1,2}:\d\d", line[day.end :]) is not None  # (a zone closes a time: "10:05:28 HKT"; "PR #42" is no zone)
    return len(before) <= 3 and all(w.lower() in _DATE_ONLY_WORDS or w.upper() in _ZONES or (timed and w.isupper() and len(w) <= 5) for w in after)
