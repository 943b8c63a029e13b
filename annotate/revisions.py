"""A document's own revision history kept as a bare list of dated entries, or as dated sections.

Why a module of its own: governance documents, policies and terms keep their history as a list
near the top or the foot, each item a day and what happened ("- 平成25年3月21日 設立\n- 令和2年2月26日
改訂", "- 3 March 2013: adopted\n- 27 February 2019: amended"), with no title over it. Reading
the document (its date: the latest entry) and finding its notes (an entry added) both need to
know such a list; this module knows it from the text alone. A news page ("What's new") keeps
its history as sections instead, each heading dated ("## Allas Web UI updates, 26.02.2026"): a
section added under such a heading is the page's news, a note dated by its heading.
"""

from __future__ import annotations

import re
from itertools import islice

from annotate.dates import FoundDate, find_dates
from annotate.model import Document

_ITEM = re.compile(r"^[ \t]{0,3}[-*+][ \t]{1,4}(?:[*_]{1,2})?", re.MULTILINE)
"""A list item's marker (and emphasis opening its text)."""


def _says_only(words: str, tail: str) -> re.Pattern[str]:
    """What follows an entry's date when it says no more than one of ``words`` (a separator,
    emphasis, a full stop around it; then ``tail``)."""
    return re.compile(r"[*_]{0,2}[ \t]{0,4}(?:[:：\u2014\u2013-][ \t]{0,4})?(?:" + words + r")[.。]?[*_]{0,2}" + tail, re.IGNORECASE)


_BARE_REVISION = _says_only("revised|amended|adopted|enacted|ratified|drafted|created|改訂|改定|改正|制定|施行|作成|修订|제정|개정", r"[ \t]{0,4}")
"""An entry that says of the document only that it was revised, amended, adopted, drafted
("- 令和2年2月26日 改訂", "- 3 March 2013: Adopted."), as its own history writes; a timeline's
entry names what happened to what ("- 5 June 2020: Bill amended in committee", "Plan adopted")."""
_BARE_EDIT = _says_only("revised|amended|updated|改訂|改定|改正|更新|修订", r"\s{0,4}")
"""An entry that says only that the document was edited (not adopted or drafted): a notice."""
_ENTRY_LEAD = re.compile(r"[ \t]*(?:[-*+][ \t]{1,4})?(?:[*_]{1,2})?")
"""A list item's marker and emphasis before an entry's date, if any."""
MOST = 60
"""The most entries a revision history is read with (a longer dated list is a timeline)."""
EDGE = 3
"""How many paragraphs from the top or the foot a revision history stands."""


def dated_item(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a list item whose text opens with a day's date
    (the cheap test before a whole list is read)."""
    m = _ITEM.match(text, start, end)
    if m is None:
        return False
    found = find_dates(text, m.end(), min(end, m.end() + 40))
    return bool(found) and found[0].start == m.end() and found[0].precision == "day"


def revision_list(text: str, start: int, end: int) -> list[tuple[int, int, FoundDate]] | None:
    r"""The entries ``(start, end, date)`` of ``text[start:end]`` when it is a list of two or
    more items that each open with a day's date, one of them saying no more than that the
    document was revised, amended or adopted; else ``None``.

    >>> t = "- 平成25年3月21日 設立\n- 令和2年2月26日 改訂"
    >>> [f.value for _, _, f in revision_list(t, 0, len(t)) or []]
    ['2013-03-21', '2020-02-26']
    >>> revision_list(t := "- 2019-03-01 Company founded\n- 2020-05-02 New office opened", 0, len(t)) is None
    True
    >>> revision_list(t := "- 5 June 2020: Bill introduced\n- 9 July 2020: Bill amended in committee", 0, len(t)) is None
    True
    """
    items = [(m.start() + len(m.group()) - len(m.group().lstrip(" \t")), m.end()) for m in islice(_ITEM.finditer(text, start, end), MOST + 1)]
    if len(items) < 2 or len(items) > MOST:
        return None
    ends = [text.rfind("\n", 0, s) for s, _ in items[1:]] + [end]
    out: list[tuple[int, int, FoundDate]] = []
    revised = False
    for (s, at), e in zip(items, ends, strict=True):
        found = find_dates(text, at, min(e, at + 40))
        if not found or found[0].start != at or found[0].precision != "day":
            return None  # (every item dated, to the day: a history, not a list that holds dates)
        rest = text[found[0].end : e] if e - found[0].end < 80 else ""  # (a bare entry is short)
        revised = revised or _BARE_REVISION.fullmatch(rest.rstrip()) is not None
        out.append((s, e, found[0]))
    return out if revised else None


def announces_revision(text: str) -> bool:
    """Whether the note ``text`` is an entry saying no more than that the document was revised
    on a day ("- 令和2年2月26日 改訂", "- 27 February 2019: revised"): a notice of edits in general.

    >>> announces_revision("- 令和2年2月26日 改訂"), announces_revision("- 2020-02-26 組織名を変更")
    (True, False)
    """
    lead = _ENTRY_LEAD.match(text)
    at = lead.end() if lead else 0
    found = find_dates(text, at, at + 40)
    return bool(found) and found[0].start == at and _BARE_EDIT.fullmatch(text, found[0].end) is not None


_UPDATED_CJK = re.compile(r"更新(?:済み|しました|されました|いたしました)|已更新|(?:업데이트|갱신)(?:되었습니다|했습니다)")
"""Japanese, Chinese and Korean for "has been updated" ("以下のガイドは…対応するよう更新済みです")."""


def announces_update(text: str) -> bool:
    """Whether the note ``text`` says in Japanese, Chinese or Korean that the text was updated, as
    "This guide has been updated to cover …" does in English: a notice of edits in general.

    >>> announces_update("以下のガイドは新たに発見された脆弱性にも対応するよう更新済みです。"), announces_update("組織名を変更しました")
    (True, False)
    """
    return _UPDATED_CJK.search(text) is not None


_SECTIONS_MOST = 400
"""The most headings read for dated sections (a longer document is read without them)."""
_TITLE_EDGE = re.compile(r"[ \t#*_]*")
_TITLE_CLOSE = re.compile(r"[ \t*_)\]]*")


def date_titled(text: str, start: int, end: int) -> bool:
    """Whether the heading ``text[start:end]`` is its date and nothing else ("<h3>January 2017</h3>",
    "### March 3, 2020"; not "## 1.1.0 (2021-03-04)", a release's)."""
    title = text[start:end].strip("# \t*_")
    found = find_dates(title)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(title)


def _heading_date(text: str, start: int, end: int) -> FoundDate | None:
    """The date a heading's title opens or closes with, to the day or the month ("## Pukki now
    supports MariaDB, 7.1.2025", "## 2024-03-05 — Release", "### Storage (March 2024)")."""
    lead = _TITLE_EDGE.match(text, start, end)
    at = lead.end() if lead else start
    found = find_dates(text, at, end)
    if not found:
        return None
    first, last = found[0], found[-1]
    if first.start == at and first.precision != "year":
        return first
    close = _TITLE_CLOSE.match(text, last.end, end)
    if last.precision == "year" or close is None or close.end() != end or _NOT_NEWS.search(text, max(at, last.start - 24), last.start):
        return None
    return last


_NOT_NEWS = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag|stand|as\s+of|valid|g[üu]ltig|spieltag|matchday|round|day\s+\d{1,2})\W{0,4}$",
    re.IGNORECASE,
)
"""What before a heading's date says it is no news item's day: a weekday (a programme's day), a
state "as of" a day ("Stand: 01.03.2024"), a match day."""


def newest_heading_date(doc: Document) -> str | None:
    """The latest day or month a heading of ``doc`` opens or closes with, as ISO text."""
    found = [d.value for k, st in enumerate(doc.structure) if st.kind == "heading" and (d := _heading_date(doc.text, doc.passages[k].start, doc.passages[k].end))]
    return max(found) if found else None


def dated_sections(doc: Document) -> dict[int, tuple[str, FoundDate, int]]:
    r"""The sections of a page kept as dated news: ``{heading passage: (its title, its date, the
    section's last passage)}`` for every heading of a level whose headings are mostly (three in
    five) dated, four or more of them. A section added there is a note; old ones are old.

    >>> import annotate
    >>> t = "# News\n\n" + "".join(f"## Item {d}, {d}.1.2025\n\nText {d}.\n\n" for d in (9, 8, 7, 6))
    >>> doc = annotate.compare(t, t, fmt="markdown").revised
    >>> [(k, s[1].value) for k, s in dated_sections(doc).items()][:2]
    [(1, '2025-01-09'), (3, '2025-01-08')]
    """
    structure, text = doc.structure, doc.text
    heads = [(k, st.level) for k, st in enumerate(structure) if st.kind == "heading"]
    if len(heads) < 4 or len(heads) > _SECTIONS_MOST:
        return {}
    dated = {k: d for k, _ in heads if (d := _heading_date(text, doc.passages[k].start, doc.passages[k].end)) is not None}
    out: dict[int, tuple[str, FoundDate, int]] = {}
    for level in {lv for _, lv in heads}:
        at_level = [k for k, lv in heads if lv == level]
        mine = [k for k in at_level if k in dated]
        if len(mine) < 4 or 5 * len(mine) < 3 * len(at_level):
            continue
        days = [dated[k].value for k in mine]
        if days != sorted(days, reverse=True) and days != sorted(days):
            continue  # (news is kept in order of its days: a page of dates out of order is no news page)
        for k in mine:
            nxt = next((j for j, lv in heads if j > k and lv <= level), len(structure))
            p = doc.passages[k]
            out[k] = (text[p.start : p.end].strip("# \t*_"), dated[k], nxt - 1)
    return out


_PAREN_DATE = re.compile(r"[ \t]{1,3}\(([^()\n]{6,30})\)[ \t#]*$")
"""A heading's title closing with its day in round brackets ("## Undesirable overflows (18/01/2019)")."""


def paren_dated(doc: Document) -> dict[int, tuple[str, FoundDate, int]]:
    """The sections whose heading closes with a day or a month in round brackets ("## Undesirable
    overflows (18/01/2019)", "### Follow-up (March 2020)"), as ``dated_sections`` gives them: one
    added later, new from end to end and dated after the original, is a note (a date before the
    page's own is a story's)."""
    structure, text = doc.structure, doc.text
    heads = [(k, st.level) for k, st in enumerate(structure) if st.kind == "heading"]
    if len(heads) > _SECTIONS_MOST:
        return {}
    out: dict[int, tuple[str, FoundDate, int]] = {}
    for k, level in heads:
        p = doc.passages[k]
        eol = text.find("\n", p.start, p.end)
        m = _PAREN_DATE.search(text, p.start, p.end if eol < 0 else eol)
        if m is None or not (found := find_dates(text, m.start(1), m.end(1))) or found[0].precision == "year":
            continue
        if text[m.start(1) : found[0].start].strip() or text[found[0].end : m.end(1)].strip():
            continue  # (the brackets hold the date and nothing more)
        if doc.date is not None and found[0].value < doc.date.value[: len(found[0].value)]:
            continue  # ("## The launch (16 July 1969)" in a post of 2016: the story's day)
        nxt = next((j for j, lv in heads if j > k and lv <= level), len(structure))
        out[k] = (text[p.start : p.end].strip("# \t*_"), found[0], min(nxt, k + 12) - 1)
    return out


_THIS = r"(?:this|the)\s+(?:document|page|text|guide|handbook|standard|specification|policy|article|post|version|edition|release|revision)"
_CHANGES_INTRO = re.compile(
    r"[>*_]{0,3}(?:In\s+(?:(?:this|the\s+(?:new|latest|current))\s+)?(?:version|release|revision|edition)(?:\s+[\w.]{1,12})?,?\s+"
    r"|In\s+(?:de\s+nieuwe\s+versie(?:\s+[\w.]{1,12})?|\d{4})\s+zijn\s+)?(?:"
    # "The following changes were made in version 2.2:", "… to this document:" (not "… to the plans:", a story's)
    r"(?:the\s+following|these)\s+(?:changes|modifications|amendments|corrections|revisions|updates|edits)\s+"
    r"(?:have\s+been|has\s+been|were|are|was)\s+(?:made|applied|incorporated|included|introduced|implemented)"
    r"(?:\s+(?:to|in)\s+" + _THIS + r"|\s+in\s+(?:version|v)\s*[\w.]{1,12}|\s+(?:on|in)\s+[\w ,.]{3,20}?)?"
    # "Changes in this version:", "Changes since version 2.1:"
    r"|(?:The\s+)?(?:changes|modifications|amendments|revisions)\s+(?:in|to|since)\s+(?:" + _THIS + r"|version\s+[\w.]{1,12}|v\d[\w.]{0,10})"
    # Dutch, German, French ("In 2025 zijn de volgende wijzigingen aangebracht:", "Folgende Änderungen wurden … vorgenommen:")
    r"|de\s+volgende\s+(?:wijzigingen|aanpassingen)\s+(?:[^:\n]{0,30}?\s)?(?:opgenomen|aangebracht|doorgevoerd)"
    r"|(?:folgende|diese)\s+(?:Änderungen|Anpassungen)\s+(?:wurden|sind)\s+(?:in\s+(?:Version|dieser\s+Fassung)\s+[\w.]{0,12}\s*)?(?:vorgenommen|eingearbeitet)"
    r"|les\s+modifications\s+suivantes\s+ont\s+été\s+apportées(?:\s+à\s+(?:ce|cette)\s+\w+)?"
    r")[ \t]*:[*_]{0,3}[ \t]*",
    re.IGNORECASE,
)
"""A sentence introducing a list of the document's own changes ("The following changes were made
in version 2.2:", "In de nieuwe versie 2.2 zijn de volgende wijzigingen opgenomen:")."""


def change_lists(doc: Document) -> dict[int, tuple[str, FoundDate | None, int]]:
    r"""The lists of a document's own changes, each under the sentence introducing it: ``{that
    sentence's passage: (the sentence, its date if it writes a day's or a month's, the list's last
    passage)}``. Added, the list and its sentence are a note (a log of the document's edits).

    >>> import annotate
    >>> t = "# Guide\n\nIntro.\n\nThe following changes were made in May 2025:\n\n- A new prefix.\n- Registration rules.\n\nBody.\n"
    >>> [(k, s[1].value if s[1] else None, s[2]) for k, s in change_lists(annotate.compare(t, t, fmt="markdown").revised).items()]
    [(2, '2025-05', 4)]
    """
    structure, text, passages = doc.structure, doc.text, doc.passages
    out: dict[int, tuple[str, FoundDate | None, int]] = {}
    for k, st in enumerate(structure[:-1]):
        p = passages[k]
        if st.kind != "paragraph" or structure[k + 1].kind != "list_item" or p.end - p.start > 240 or text[p.end - 1 : p.end] not in ":*_":
            continue
        if _CHANGES_INTRO.fullmatch(text, p.start, p.end) is None:
            continue
        last = k + 1
        while last + 1 < len(structure) and structure[last + 1].kind == "list_item" and passages[last + 1].start - passages[last].end < 3:
            last += 1
        found = [f for f in find_dates(text, p.start, p.end) if f.precision != "year"]
        out[k] = (text[p.start : p.end].strip(" \t>*_:"), found[0] if found else None, last)
    return out
