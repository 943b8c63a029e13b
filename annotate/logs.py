"""The entries of a document's own log of its changes, and what such a log tells of the rest.

Why this exists: pages, specifications and data sets keep a dated log of their own edits — a
"## Changelog" list, a reStructuredText "History" section, an AsciiDoc ".Update history"
sidebar, an errata table, a page of dated notices ("## Avvisi"). Each entry added to the log is
a note with its date; the log's presence also says how the page announces its changes (a new
"**Note:**" in a specification beside its changelog is guidance, not a note about the text).
"""

from __future__ import annotations

import re

from annotate.dates import FoundDate, find_dates
from annotate.extent import indent
from annotate.labeldates import date_in, datey
from annotate.labels import SECTION_TITLE
from annotate.model import Document
from annotate.openings import addressed_note, label_at
from annotate.org import HEADING, org_heading
from annotate.revisions import EDGE, MOST, dated_item, revision_list
from annotate.segment import CJK
from annotate.unlabelled import Marked


def _separator(cjk_space: str) -> str:
    """What parts an entry's date from its text: a colon (full-width too: "* **1 月 26 日**：…"), a
    dash; a space before Chinese, Japanese or Korean, whose writers put no colon there ("- 2024/05/01
    仕様を追記"), written ``cjk_space`` ("[ \\t]" one space, "[ \\t]?" none needed after emphasis)."""
    return rf"[ \t]{{0,2}}(?::(?=[ \t\n]|$)|\uff1a|\u2014|\u2013|[ \t]-{{1,2}}[ \t]|{cjk_space}(?=[{CJK}]))"


_SEPARATOR = _separator(r"[ \t]")
_LOG_ENTRY = re.compile(r"[ \t]{0,3}[-*+][ \t]{1,4}(?:[*_]{1,3})?([^\n*_]{4,40}?)(?:[*_]{1,3})?" + _SEPARATOR)
"""A list item opening with a date or time and a separator ("- **2026-05-01 21:07 UTC** — …",
"* 12:17 PST - Correct …", "- __March 10, 2026__: …")."""
_MARKED_ENTRY = re.compile(r"[ \t]{0,3}[-*+][ \t]{1,4}[*_]{1,3}([^\n*_]{4,40}?)[*_]{1,3}" + _separator(r"[ \t]?"))
"""The same with its date in emphasis, which may hold spaces before Chinese or Japanese ("* **1 月 26 日**：…")."""
_HTML_ITEM = re.compile(r"([^\n]{4,40}?)" + _SEPARATOR)
"""An HTML list item opening with a date or time and a separator (its marker is the page's, not its text's)."""
_DATED_PARAGRAPH = re.compile(
    r"(?:<(?:b|strong)>|\*\*|__)([^\n<*_]{4,40}?)(?:</(?:b|strong)>|\*\*|__)[ \t]*(?:<br[ \t]*/?>|\n|:(?=[ \t])|\u2014|\u2013|[ \t]-[ \t])"
)
"""A paragraph of a log opening with its date in bold ("<b>31/08/2020</b><br>\nLa Regione …")."""
_VERSIONED = re.compile(
    r"(?:[*_]{1,3})?\[?v?\d{1,4}(?:\.\d{1,4}){1,3}(?:-[0-9A-Za-z.]{1,12})?\]?(?:[*_]{1,3})?[ \t]*(?:\u2014|\u2013|--?|:|(?=\())[ \t]*"
    r"(?:[*_]{1,3})?\(?([^\n*_()\u2014\u2013]{4,40}?)(?:\)|(?:[*_]{1,3})?[ \t]*(?:\u2014|\u2013|[ \t]-[ \t]|:|\n|$))",
    re.MULTILINE,
)
"""An entry of a release log opening with its version and then its date ("**1.13.8** — *February
19, 2026* — …", "1.4.0 (2024-03-01)\nFixes …", "v2.1 - 3 March 2021: …")."""
_LOG_NAME = (
    r"(?:notices?|edits|update\s+log|changes|"
    # Italian, German, French, Spanish, Portuguese: notices, updates
    r"avvisi|aggiornamenti|hinweise|mitteilungen|aktualisierungen|mises\s+[àa]\s+jour|avisos|actualizaciones|"
    r"atualiza[çc][õo]es)[*_ \t:]{0,4}"
)
_LOG_NAME_RE = re.compile(_LOG_NAME, re.IGNORECASE)
"""A title over a log of the page's own edits, besides ``SECTION_TITLE``'s ("### Notice"):
the whole title ("## Changes to the tax law" is a section about changes, not a log)."""
_LOOSE_NAME = re.compile(r"(?:changes|edits)[*_ \t:]{0,4}", re.IGNORECASE)
"""Log names that are a subject's as often ("## Changes" in an article about a law)."""
_HISTORY = re.compile(r"(?:history|change\s+history|timeline|タイムライン|時系列)[*_ \t:]{0,4}(?:\{[#/][^}\n]{0,80}\}[ \t]*)?", re.IGNORECASE)
"""A "History" or "Timeline" heading (its anchor after it: "## タイムライン {/*timeline*/}"): a log of the page's own edits when its entries are dated by month or
day ("- December 2024: Clarified that …", as a specification records its revisions), not by
year alone (a town's "- 1850: founded")."""
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
"""A time of day ("12:17 PST")."""
_LOG_REACH = 60
"""How many passages back a log entry's heading is looked for."""


def _log_admits(text: str, title: int, end: int, date: FoundDate | None, *, opens: bool, names: bool) -> bool:
    """Whether the title ``text[title:end]`` heads a log of the page's own edits that an entry
    dated ``date`` belongs to: ``SECTION_TITLE``'s words (opening the title with ``opens``,
    else the whole title), a log's name ("Changes", "Update log") with ``names``, or a
    "History" title when the entry is dated by month or day (``_HISTORY``)."""
    section = SECTION_TITLE.match(text, title, end) if opens else SECTION_TITLE.fullmatch(text, title, end)
    if section is not None or (names and _LOG_NAME_RE.fullmatch(text, title, end) is not None):
        return True
    return _HISTORY.fullmatch(text, title, end) is not None and date is not None and date.precision != "year"


def log_entry(doc: Document, k: int) -> Marked | None:
    """A dated entry of a log of the page's own edits: a list item opening with a date or time
    under a heading such as "## Changelog", "## Updates" or "### Notice". Added to the log, the
    entry is a note (the entries already there are not new, so the comparison drops them)."""
    if not doc.structure or doc.structure[k].kind not in ("list_item", "paragraph"):
        return None
    text, p = doc.text, doc.passages[k]
    pattern = (_HTML_ITEM if doc.format == "html" else _LOG_ENTRY) if doc.structure[k].kind == "list_item" else _DATED_PARAGRAPH
    m = pattern.match(text, p.start, p.end)
    if pattern is _LOG_ENTRY and (m is None or date_in(text, m.start(1), m.end(1)) is None) and (marked := _MARKED_ENTRY.match(text, p.start, p.end)):
        m = marked  # (the date between its emphasis marks, spaces and all)
    versioned = False
    if m is None or not datey(text, m.start(1), m.end(1)):
        m = _VERSIONED.match(text, p.start + (2 if doc.structure[k].kind == "list_item" and doc.format != "html" else 0), p.end)
        if m is None or not datey(text, m.start(1), m.end(1)) or date_in(text, m.start(1), m.end(1)) is None:
            return None
        versioned = True
    date = date_in(text, m.start(1), m.end(1))
    if date is None and _CLOCK.search(text, m.start(1), m.end(1)) is None:
        return None  # (a date or a time: not "2 eggs", not "1.4.0")
    for j in range(k - 1, max(-1, k - _LOG_REACH), -1):
        if doc.structure[j].kind != "heading":
            continue
        h = doc.passages[j]
        title = h.start + len(text[h.start : h.end]) - len(text[h.start : h.end].lstrip("#* \t_"))
        if not _log_admits(text, title, h.end, date, opens=True, names=text.startswith("#", h.start)):
            return None
        if doc.structure[k].kind == "paragraph" and not versioned and (
            _HISTORY.fullmatch(text, title, h.end) is not None or _LOOSE_NAME.fullmatch(text, title, h.end) is not None
        ):
            return None  # (bold dated paragraphs under "## History" or "## Changes": a company's story, a law's changes)
        stamp = text[m.start(1) : m.end(1)].strip()
        return "labelled", stamp, date
    return None


def entry_end(doc: Document, k: int) -> int:
    """The last passage of the log entry at passage ``k``: the items nested under a list item
    ("- 2023-10-16:\n  - Improved codebook.\n  - Fixed issue …" is one entry), the list under
    a paragraph."""
    text, passages = doc.text, doc.passages
    j = k
    if doc.structure[k].kind == "paragraph":  # ("**1.13.8** — *February 19, 2026*" over its list of fixes)
        while j + 1 < len(passages) and doc.structure[j + 1].kind == "list_item" and log_entry(doc, j + 1) is None:
            j += 1
        return j
    own = indent(text, passages[k].start)
    while j + 1 < len(passages) and doc.structure[j + 1].kind == "list_item" and indent(text, passages[j + 1].start) > own:
        j += 1
    return j


_SETEXT_TITLE = re.compile(r"([^\n]{2,60})\n[ \t]{0,3}(?:={2,80}|-{2,80})[ \t]*")
"""A plain-text (reStructuredText) section title, underlined."""


def log_lines(doc: Document, k: int) -> list[tuple[int, int, str, FoundDate]]:
    """The dated entries of a plain-text log of the page's own edits, as list items inside
    passage ``k`` under a title such as "History\n=======", "Changelog\n---------" (a
    reStructuredText page's list is one passage) or "*** Changelog" (Org), or as lines inside
    an AsciiDoc block titled so (".Update history\n****\n*26/Jul/2023*: Update to Pekko 1.0.1.\n****", the block's title
    and delimiters its frame, ``log_frame``): ``(start, end, stamp, date)`` each. Added to the
    log, an entry is a note; the comparison keeps the new ones."""
    if doc.structure:
        return []
    text, p = doc.text, doc.passages[k]
    block = _ASCIIDOC_BLOCK.match(text, p.start, p.end)
    if block is not None:
        name, starts = block.group(1).strip(), [block.end() - p.start + m.start() for m in _LINE_START.finditer(text[block.end() : p.end])]
        entry = _BLOCK_ENTRY
    else:
        title = _SETEXT_TITLE.fullmatch(text, doc.passages[k - 1].start, doc.passages[k - 1].end) if k > 0 else None
        if title is None and k > 0 and text.startswith("*", doc.passages[k - 1].start) and org_heading(doc, k - 1):
            title = HEADING.fullmatch(text, doc.passages[k - 1].start, doc.passages[k - 1].end)  # ("*** Changelog" in an Org text)
        if title is None:
            return []
        name, entry = title.group(1).strip(), _LOG_ENTRY
        starts = [m.start() for m in re.finditer(r"^[ \t]{0,3}[-*+][ \t]", text[p.start : p.end], re.MULTILINE)]
    if not _log_admits(name, 0, len(name), None, opens=False, names=True) and (block is not None or _HISTORY.fullmatch(name) is None):
        return []  # (an AsciiDoc ".History" block is a town's or a product's story as often: not a log)
    out: list[tuple[int, int, str, FoundDate]] = []
    for n, s0 in enumerate(starts):
        start, end = p.start + s0, p.start + starts[n + 1] - 1 if n + 1 < len(starts) else p.end
        m = entry.match(text, start, end)
        if m is None or not datey(text, m.start(1), m.end(1)) or (date := date_in(text, m.start(1), m.end(1))) is None:
            continue
        if not _log_admits(name, 0, len(name), date, opens=False, names=True):
            continue
        if block is not None:
            end = text.find("\n", start, end) if "\n" in text[start:end] else end  # (one line each)
        out.append((start, end, text[m.start(1) : m.end(1)].strip(), date))
    return out


_ASCIIDOC_BLOCK = re.compile(r"\.([A-Za-z][^\n]{1,60})\n(?:\*{4,}|={4,}|_{4,}|--)[ \t]*\n")
"""An AsciiDoc block's title over its opening delimiter (".Update history\n****\n"): a sidebar,
an example, a quote or an open block."""
_LINE_START = re.compile(r"^(?!(?:\*{4,}|={4,}|_{4,}|--)[ \t]*$)", re.MULTILINE)
"""The start of each line inside the block, its closing delimiter apart."""
_BLOCK_ENTRY = re.compile(r"(?:[*_]{1,2})?([^\n*_]{4,40}?)(?:[*_]{1,2})?" + _SEPARATOR)
"""A line of a log inside an AsciiDoc block, opening with its date ("*18/Jul/2023*: …")."""


_TABLE_ROW = re.compile(r"^[ \t]{0,3}\|?([^|\n]*)\|[^\n]*$", re.MULTILINE)
"""A table row, its first cell apart."""
_DATE_COLUMNS = frozenset(["date", "when", "datum", "fecha", "data", "date of change"])
_VERSION_COLUMNS = frozenset(["version", "revision", "rev", "rev.", "ver.", "edition", "versie", "versión", "versão", "versione"])
"""A table's first column that numbers a document's versions ("| Version | Date | Description |")."""
_TOP = 8
"""A document's own table of versions stands among its first passages (under its title); further
down, a table of versions and dates lists a product's releases."""
_LOG_COLUMNS = re.compile(r"\b(?:changes?|modifications?|revisions?|corrections?|amendments?)\b", re.IGNORECASE)
"""A log table's column of what changed ("| Date | Type | Change | Location |"), not a data
table's "Notes", "Details" or "Description" (a schedule, results, expenses)."""
_TITLE_LINE = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:[*_]{1,3})?([^\n<>#*_]{3,60}?)(?:[*_]{1,3})?[ \t]*$", re.MULTILINE)
"""A heading's line (inside an HTML wrapper too: "<div …>\n## Errata\n</div>")."""


def _under_log_title(doc: Document, k: int) -> bool:
    """Whether one of the three passages above passage ``k`` is a log's title ("## Errata",
    "## Revision history", "## Changes"): a table of dated changes there is the page's log."""
    text = doc.text
    for j in range(k - 1, max(-1, k - 4), -1):
        p = doc.passages[j]
        for m in _TITLE_LINE.finditer(text, p.start, p.end):
            if _log_admits(text, m.start(1), m.end(1), None, opens=False, names=True):
                return True
    return False


def log_rows(doc: Document, k: int) -> list[tuple[int, int, str, FoundDate]]:
    """The dated entries of a log kept as a table (passage ``k``) under a log's title: its
    header names a date first and what changed after ("|Date|Type|Change|Location", as errata
    and revision history tables are); each row dated in its first cell, with the rows under it
    whose first cell is empty, is an entry: ``(start, end, stamp, date)`` each. Added to the log, an entry is a
    note; the comparison keeps the new ones."""
    if not doc.structure or doc.structure[k].kind != "table":
        return []
    text, p = doc.text, doc.passages[k]
    rows = list(_TABLE_ROW.finditer(text, p.start, p.end))
    head = [c.strip(" \t*_").lower() for c in text[rows[0].start(1) : rows[0].end()].split("|")] if len(rows) >= 3 else []
    if not head or (head[0] not in _DATE_COLUMNS and not (k < _TOP and len(head) >= 3 and head[0] in _VERSION_COLUMNS and head[1] in _DATE_COLUMNS)):
        return []  # (a document's versions under its title: "| Version | Date | Description |", the date second)
    if (head[0] in _DATE_COLUMNS and _LOG_COLUMNS.search(text, rows[0].end(1), rows[0].end()) is None) or not (_under_log_title(doc, k) or head[0] in _VERSION_COLUMNS):
        return []
    column = 0 if head[0] in _DATE_COLUMNS else 1
    out: list[tuple[int, int, str, FoundDate]] = []
    for row in rows[2:]:
        cells = text[row.start(1) : row.end()].split("|")
        cell = cells[column].strip(" \t*_`") if column < len(cells) else ""
        if not cell:
            if out:
                out[-1] = (out[-1][0], row.end(), *out[-1][2:])  # (a row under a dated one: the same entry)
            continue
        at = row.start(1) + sum(len(c) + 1 for c in cells[:column]) + cells[column].find(cell)
        date = date_in(text, at, at + len(cell)) if datey(text, at, at + len(cell)) else None
        if date is None:
            return []  # (a first column that is not all dates: no log)
        out.append((row.start(), row.end(), cell, date))
    return out


def revision_items(doc: Document, k: int) -> list[tuple[int, int, str, FoundDate]]:
    """The entries of a document's own revision history kept as a bare list near its top or
    foot, when passage ``k`` belongs to it: every item opens with a day's date, and one says
    the document was revised, amended or adopted ("- 平成25年3月21日 設立\n- 令和2年2月26日
    改訂", "- 3 March 2013: adopted\n- 27 February 2019: amended"). ``(start, end, stamp,
    date)`` for each item in passage ``k`` (a plain text's list is one passage; a Markdown
    list's items are one each). Added to the history, an entry is a note."""
    text, passages, n = doc.text, doc.passages, len(doc.passages)
    if EDGE + MOST < k < n - EDGE - MOST - 1:
        return []  # (no list of at most MOST items reaches the top or the foot from here)
    lo = hi = k
    if doc.structure:
        if doc.structure[k].kind != "list_item" or not dated_item(text, text.rfind("\n", 0, passages[k].start) + 1, passages[k].end):
            return []
        while lo > 0 and k - lo <= MOST and doc.structure[lo - 1].kind == "list_item" and passages[lo].start - passages[lo - 1].end < 3:
            lo -= 1
        while hi + 1 < n and hi - k <= MOST and doc.structure[hi + 1].kind == "list_item" and passages[hi + 1].start - passages[hi].end < 3:
            hi += 1
    if lo >= EDGE and hi < n - EDGE:
        return []
    items = revision_list(text, text.rfind("\n", 0, passages[lo].start) + 1, passages[hi].end)
    return [(start, end, text[f.start : f.end], f) for start, end, f in items or [] if passages[k].start <= start < passages[k].end]


_CALLOUTS = frozenset(["note", "notes", "nb", "please note", "important"])
"""Callouts a specification writes as guidance (a warning, a caution speaks of the page's state
as often: "**Warning:** This project is no longer maintained")."""


def content_callout(text: str, kind: str, label: str | None, start: int, end: int) -> bool:
    """Whether a candidate (its kind, label and span) is a callout of the document's content
    ("**Note:** APIs that have previously used `uri` …", "**Important:** Field names often
    appear …") in a document that
    keeps a dated log of its own changes (a specification's "## Changelog"): there the log
    tells what changed, and a callout that says nothing of a change is guidance, which the log
    may disclose, not a note about the text."""
    return (kind == "labelled" and label is not None and label.strip(" \t*_:").lower() in _CALLOUTS
            and ABOUT_THE_TEXT.search(text, start, min(end, start + 300)) is None)


ABOUT_THE_TEXT = re.compile(
    r"\b(?:updated|corrected|edited|revised|amended|clarified|rewritten|added|removed|earlier|previous\s+version|since|"
    r"no\s+longer|deprecated|maintained|written|follow-?up|instead|moved|archived|obsolete|superseded|"
    r"(?:this|the)\s+(?:post|page|article|section|document|guide|text|story))\b|更新|追記|改訂|已修改|업데이트|갱신",
    re.IGNORECASE,
)
"""What a callout about the text itself says: that it was updated, corrected, added to (in
Japanese, Chinese and Korean too: "…対応するよう更新済みです")."""


_FRAME = re.compile(r"(?:\.([A-Za-z][^\n]{1,60})\n)?(?:\*{4,}|={4,}|_{4,})(?:[ \t]{0,20}\n[ \t\n]{0,20}(?:\*{4,}|={4,}|_{4,}))?")
"""An AsciiDoc block's title over its delimiter, and its closing delimiter."""


def log_frame(text: str) -> bool:
    """Whether ``text`` is nothing but an AsciiDoc log block's frame: its delimiter lines and its
    title, a log's name (".Update history\n****"), which come and go with the entries."""
    m = _FRAME.fullmatch(text.strip())
    if m is None:
        return False
    name = (m.group(1) or "").strip()
    return not name or _log_admits(name, 0, len(name), None, opens=False, names=True)


def stamp(label: str | None) -> bool:
    """Whether a note's label is a log entry's date stamp ("2017-12-01", "*26/Jul/2023*"), not a
    label word ("Update")."""
    return label is not None and any(ch.isdigit() for ch in label) and datey(label, 0, len(label))  # (not "UPDATE": a word datey lets by)


_ENTRY_START = re.compile(r"\n(?:<br\s?/?>)?[ \t]*|(?<=[.!?])[ \t]+(?=\S)")
"""Where another entry may start inside a passage: a new line, or a sentence's end (an HTML
page's "<br>" is a space in its text: "… release. EDIT 2019-01-29: …")."""
_LINE_TAIL = re.compile(r"(?:<br\s?/?>|\\|\s)+$")


def dated_label_lines(doc: Document, k: int) -> list[tuple[int, int, str, FoundDate]]:
    """Entries of passage ``k`` that each open with a dated label, one after another ("EDIT
    2017-08-15: Add a section …<br>\nEDIT 2017-09-07: Snakemake has added …"): each a note of its
    own, put in on its day, ``(start, end, label, date)``; none unless the passage opens with one
    and there are two or more."""
    text, p = doc.text, doc.passages[k]
    if p.end - p.start > 20_000:
        return []
    starts: list[tuple[int, str, FoundDate]] = []
    label_end = p.start
    for at in [p.start, *(m.end() for m in _ENTRY_START.finditer(text, p.start, p.end))]:
        if at < label_end:
            continue  # (inside the label found last: '<div class="box">\n<p><strong>Note (June 2026):</strong>')
        label = label_at(text, at, p.end)
        if label is not None and label[1] is not None:
            starts.append((at, label[0], label[1]))
            label_end = label[2]
        elif at == p.start:
            return []
    if len(starts) < 2:
        return []
    ends = [s for s, _, _ in starts[1:]] + [p.end]
    return [(s, (tail.start() if (tail := _LINE_TAIL.search(text, s, e)) else e), lab, date) for (s, lab, date), e in zip(starts, ends, strict=True)]


_BROKEN_LINE = re.compile(r"<br\s?/?>[ \t]*\n[ \t]*", re.IGNORECASE)
"""A line ended by a visible line break ("…<br>\n    Note: …"): what follows starts a line a reader sees."""


def label_lines(doc: Document, k: int) -> list[tuple[int, int, str, FoundDate | None]]:
    """Lines of passage ``k`` opening with a label after a visible line break, each a note of its
    own ``(start, end, label, date)``: a course page's "Last updated: Mar 28, 2024<br>\n Note: HW2
    due date extended to <strong>Feb 18, 2024</strong><br>" in its raw HTML block. Not "Note that …"
    (the author's words), nor a line that opens the passage (read as the passage's label)."""
    text, p = doc.text, doc.passages[k]
    if p.end - p.start > 20_000 or text.find("<br", p.start, p.end) < 0:
        return []
    out: list[tuple[int, int, str, FoundDate | None]] = []
    for m in _BROKEN_LINE.finditer(text, p.start, p.end):
        eol = text.find("\n", m.end(), p.end)
        eol = p.end if eol < 0 else eol
        label = label_at(text, m.end(), eol)
        if label is None or label[2] >= eol or addressed_note(text, label):
            continue
        tail = _LINE_TAIL.search(text, m.end(), eol)
        out.append((m.end(), tail.start() if tail else eol, label[0], label[1]))
    return out


_ERRATA_HEAD = re.compile(
    r"[^\n]{0,60}?\b(?:errata|erratum|corrections|revisions|revised|changes|updates|amendments)\b[^\n:]{0,30}:[ \t]*", re.IGNORECASE
)
"""A list's header item or line naming what its dated items are ("Revised to fix errata:")."""
_ITEM_MARK = re.compile(r"[ \t]{0,8}(?:[-*+]|\d{1,3}[.)])[ \t]{1,4}")
_AFTER_STAMP = re.compile(r"[ \t]{0,2}(?:\(|:[ \t]|[\u2013\u2014-][ \t])")  # (a bracket, a colon or a dash after the day)


def _dated_start(doc: Document, k: int) -> FoundDate | None:
    """The day list item ``k`` opens with ("2017/6/5 (Fixed typos.)")."""
    text, p = doc.text, doc.passages[k]
    at = m.end() if (m := _ITEM_MARK.match(text, p.start, p.end)) is not None else p.start
    found = find_dates(text, at, min(p.end, at + 24))
    if not found or found[0].start != at or found[0].precision != "day" or _AFTER_STAMP.match(text, found[0].end, p.end) is None:
        return None
    return found[0]


def errata_item(doc: Document, k: int) -> Marked | None:
    """A dated item of a list headed by an item that names errata or revisions ("Revised to fix
    errata:" over "2017/6/5 (Added second return type of vector-partition.)", the Scheme SRFIs'
    status lists): an entry of the document's own log, a note when added."""
    if not doc.structure or doc.structure[k].kind != "list_item" or (date := _dated_start(doc, k)) is None:
        return None
    j = k - 1
    while j >= 0 and k - j <= _LOG_REACH and doc.structure[j].kind == "list_item" and _dated_start(doc, j) is not None:
        j -= 1
    if j < 0 or doc.structure[j].kind not in ("list_item", "paragraph") or _ERRATA_HEAD.fullmatch(doc.text, doc.passages[j].start, doc.passages[j].end) is None:
        return None
    return "labelled", doc.text[date.start : date.end], date
