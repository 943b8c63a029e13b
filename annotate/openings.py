"""The opening of a note: its label ("Update (5 July 2017):"), the date written in it, or a
sentence that discloses a change ("This article was updated on 14 July 2017 to …").

Why this exists: every way a note can start is read here, in one place, by
``label_at``; ``annotate.detect`` uses it to find notes in a document and
``annotate.confirm`` to find labels put in front of existing passages. The words
themselves (label words, disclosure verbs) are the vocabulary of ``annotate.labels``.
Every regular expression has bounded repetition; brackets are matched by counting depth.
"""

from __future__ import annotations

import re

from annotate import label_forms as forms
from annotate.brackets import CLOSE
from annotate.dates import FoundDate, find_dates
from annotate.labeldates import (
    ASIDE_COLON,
    LABEL_DASH,
    as_of_date,
    date_after_colon,
    date_first,
    date_in,
    dated_dash,
    dated_stop,
    datey,
    disclosure_after,
    first_date_then,
    label_colon,
    section_title,
    underline_at,
)
from annotate.labels import (
    ADDED,
    ADDRESSED,
    BOX_REPORT,
    CALLOUT_NAMES,
    CHANGE_STEMS,
    CJK_LABELS,
    DISCLOSURE,
    HEADING_ARTICLE,
    LABEL_WORD,
    MARKUP_OPENINGS,
    OPENINGS,
    SECTION_TITLE,
    SENTENCE_OPENINGS,
    SIGNED,
    TITLE_INITIALS,
    TITLED_NOTE,
    UPDATE_LABEL,
    WEAK_WORDS,
    callout_class,
)
from annotate.markup_dates import argument_date, attribute_date, title_date
from annotate.months import DAY_MONTHS, MONTHS

_OPENERS = "".join(CLOSE)  # (brackets a note may open with, "(", "[", "【", "（", from ``brackets.CLOSE``)
_CLOSERS = "".join(CLOSE.values())  # (the brackets closing them)
_MONTH_NAMES = "|".join(sorted(set(DAY_MONTHS) | set(MONTHS), key=len, reverse=True))
_SENTENCE_END = re.compile(r"(?:[!?]|(?<!\d)\.|(?<=\d)\.(?!\s+(?:" + _MONTH_NAMES + r")\b))(?:\s|$)", re.IGNORECASE)
"""A sentence's end: not a day's dot before its month ("opdateret 12. marts 2021")."""
_PICTOGRAPH = re.compile(forms.PICTOGRAPHS)
_STOP_SENTENCE = re.compile(r"\.([*_]{0,3})[ \t]{1,4}[A-Z]")  # (a label's full stop, a sentence after it: "**Deprecated.** This …")
_LINK_ONLY = re.compile(r"\]\([^()\s]{1,2000}\)(?![ \t*_]{0,4}[:(\u2013\u2014-])")  # (a label word as a link's whole text, nothing note-like after it: "[amended](https://…),")
_ITEM = re.compile(r"[ \t>]{0,8}(?:[-*+]|\d{1,3}[.)])[ \t]")  # (a list item: a changelog's "- **Deprecated.** The --bar flag …" is no notice)


def _boxed_label(lead: re.Match[str] | None, text: str, start: int, limit: int) -> tuple[str, FoundDate | None] | None:
    """The kind of the box (admonition, GitHub alert, reST directive, template shortcode, MDX
    component) opening a passage, with a date its title writes, when that kind is a label
    word ("note", "update", "correction"…; also as a ``title``/``type`` argument), or when
    the box's first sentence reports a change (":::info This change has been reverted …")."""
    if lead is None:
        return None
    if (foot := lead.group("foot") or lead.group("mfoot")) is not None:
        # a footnote named by a label word (".. [#update] This example was incorrect …", "[^edit]: …")
        return (foot, None) if (m := LABEL_WORD.fullmatch(foot)) is not None and m.group("word") else None
    kinds: list[tuple[str, int]] = [
        (lead.group(g).removeprefix("callout-"), lead.start(g)) for g in ("fence", "bang", "alert", "rest", "org", "tag", "code", "jsx") if lead.group(g)
    ] + ([(_HASHI[lead.group("hashi")], lead.start("hashi"))] if lead.group("hashi") else [])  # (Quarto's "::: {.callout-note}" is a note box)
    kinds = [(_SHADE.sub("", k), at) for k, at in kinds]  # (m.css' ".. note-info::", ".. note-success::": a note's shade)
    if (rest := lead.group("rest")) and rest.lower() == "admonition" and "\n" not in text[lead.end("rest") : start] and text[start : start + 1].strip():
        kinds = [k for k in kinds if k[1] != lead.start("rest")]  # (".. admonition:: You Should Know": its title names it)
    if lead.group("cls") and (callout := callout_class(lead.group("cls"))) is not None:
        # <div class="notice--warning" markdown="1">; alone on its line, a label under it
        # ("**Correction (2023-12-04)**") names and dates the note instead
        return None if _labelled_below(text, start, limit) else (callout, title_date(text, lead.end("cls"), lead.end()))
    for g in ("ftitle", "btitle", "qtitle"):  # ":::caution Update 2022-09-14", ":::caution[Update …]", '!!! "Update (2022-08)"'
        if lead.group(g) and lead.group(g).strip():
            kinds.insert(0, (lead.group(g).strip(), lead.start(g)))
    for g in ("args", "props"):
        if lead.group(g):
            # {{% alert title="Note" %}}, {{% notice note %}}, <Aside type="caution">
            kinds[:0] = [(m.group(m.lastindex or 0), lead.start(g) + m.start(m.lastindex or 0)) for m in _BOX_KIND.finditer(lead.group(g))]
    # (a Liquid block's own name counts as a callout's only: "{% error do %}"; "{% warning %}"
    # alone on its line is named by the label under it)
    named = [(lead.group("liq"), lead.start("liq"))] if lead.group("liq") and lead.group("liq").lower() in CALLOUT_NAMES else []
    if not kinds and not named:
        return None
    if (changed := next((k for k, _ in kinds if k.lower() in CHANGE_DIRECTIVES), None)) is not None:
        return changed, argument_date(text, lead.end("rest") + 2, limit) if rest else None  # ".. deprecated:: 3.0", "```{versionchanged} 2.3": Sphinx's notes of a change
    for kind, at in kinds:
        if (m := LABEL_WORD.match(kind)) is not None:
            rest = kind[m.end() :]
            if not rest.strip(" \t:"):
                return kind, None
            if rest[:1] in " \t(,:":
                # a title naming its kind first: title="Update (3 March 2024)"
                found = find_dates(text, at + m.end(), at + len(kind))
                return m.group(0), (found[0] if found else None)
    if (liq := lead.group("liq")) and LABEL_WORD.fullmatch(liq) and not _labelled_below(text, start, limit):
        return liq, None  # "{% note warn %}" (Hexo's note tag): the block's name is a label word
    callout = next((k for k, _ in kinds + named if k.lower() in CALLOUT_NAMES), None)
    if not lead.group("rest") and BOX_REPORT.match(text, start, limit) is not None:
        return callout or (kinds + named)[0][0], None
    if callout is None or _labelled_below(text, start, limit):
        return None  # (":::info\n\n**Update (2024-05-04):** …": the label under the box names and dates it)
    return callout, None  # {{% alert color="primary" %}}: a callout, as "Note:"


_BLOCK_TITLE = re.compile(r"\.([A-Za-z][^\n]{1,60})\n(?:\*{4,}|={4,}|_{4,}|--)[ \t]*\n")
"""An AsciiDoc block's title over its opening delimiter (".Update (3 March 2021)\n****\n")."""
_SECOND_DASH = re.compile(r"[ \t]{1,4}(?:\u2014|\u2013|--?)[ \t]")
"""The dash closing a date that a label's dash opened ("Update — 3 March 2021 — …")."""
_ASIDE_DATE = re.compile(r"[ \t]{0,2}\(([^()\n,\u2013\u2014]{4,30}?)[ \t]*(?:,|[-\u2013\u2014][ \t])[^()\n]{1,80}\)")
"""A label's aside in brackets opening with its day, a reason after it ("(3 May 2021, breaking change)")."""
_DATED_NEXT = re.compile(r"[> \t]{0,4}\d")  # (an Obsidian title over its day's line: "> [!note] Update\n> 2021-12-09: …")
_SHADE = re.compile(r"(?<=^note)-(?:default|primary|secondary|success|info|warning|danger|dim)$")
_HASHI = {"~>": "warning", "->": "note", "!>": "danger", "W>": "warning"}
"""The kinds of HashiCorp's callout marks, and webpack's "W>" warning."""
CHANGE_DIRECTIVES = frozenset(["deprecated", "versionchanged", "versionremoved"])
"""Sphinx's directives noting a change of what a page documents (not "versionadded", new text)."""


def _labelled_below(text: str, start: int, limit: int) -> bool:
    """Whether a box opening alone on its line (``start`` past the passage's end, ``limit``)
    has a label opening the paragraph under it."""
    if start < limit:
        return False
    window = text[start : start + 400]
    nxt = start + len(window) - len(window.lstrip())
    stop = text.find("\n\n", nxt, nxt + 400)
    return nxt > start and label_at(text, nxt, min(len(text), nxt + 400) if stop < 0 else stop) is not None


_BOX_KIND = re.compile(
    r"\b(?:title|type|kind|variant)[ \t]{0,4}=[ \t]{0,4}\{?[ \t]{0,4}(?:\"[ \t]*([A-Za-z][^\"\n]{0,60})\"|'[ \t]*([A-Za-z][^'\n]{0,60})'|([A-Za-z]\w{0,30}))"
    r"|^[ \t]{1,8}([A-Za-z]{2,20})\b(?![ \t]{0,4}=)"
)
"""A box's kind among its arguments: a ``title``/``type`` value or the first bare word."""


def label_at(text: str, pos: int, limit: int, *, as_heading: bool = False) -> tuple[str, FoundDate | None, int] | None:
    """The label starting at ``pos``: ``(label, date in label, end of label)``.

    Markup before and around a label is allowed ("**Update (14 July 2021):**",
    "> **Update, August 18, 2025**", "**Update**: …", "## Update …", "- Update:",
    "*Edit: …*"). The label's date is the one written in the label itself, before or
    just after its colon ("Update (5 July 2017):", "Updated — 14 July 2017:",
    "Update: Feb 5, 2020: …", "UPDATE, July 14:" — year-less, see ``dates.find_yearless``),
    never a year the label talks about ("Update on the 2016 election results:" has no
    date). A sentence that discloses a change without a label ("This article was updated
    on 14 July 2017 to …") counts as a label too, dated by the date in that sentence.
    ``as_heading``: the passage is a heading though its text has no "#" (an HTML page's ``<h2>``).
    """
    if (pos == 0 or text[pos - 1] not in _OPENERS) and (later := forms.LATER.match(text, pos, min(limit, pos + 120))) is not None:
        return _disclosure_at(text, pos, limit, later)  # "Since publishing this post, …", "A reader pointed out …" (in brackets: a bracketed note)
    opening = text[pos : pos + 2].lower()
    if opening not in OPENINGS and text[pos : pos + 1] not in MARKUP_OPENINGS and text[pos : pos + 1] != "\u6ce8" and not _PICTOGRAPH.match(text, pos) and (
        TITLED_NOTE.match(text, pos, min(limit, pos + 60)) is None and forms.QUALIFIED.match(text, pos, min(limit, pos + 40)) is None
        and forms.MONTH_FIRST.match(text, pos, min(limit, pos + 12)) is None
    ):
        return None  # (a cheap test first: most passages open with neither markup nor a label, nor "Side note:")
    if text.startswith(".", pos) and (titled := _BLOCK_TITLE.match(text, pos, limit)) is not None and not SECTION_TITLE.fullmatch(titled.group(1).strip()):
        inner = label_at(text, pos + 1, titled.end(1), as_heading=True)  # ".Update\n****\n…\n****": an AsciiDoc block titled by a label
        return (inner[0], inner[1], titled.end()) if inner is not None else None
    if (opening == "in" and forms.EARLIER_DRAFT.match(text, pos, limit) is None) or (opening in ("ho", "hu") and text[pos : pos + 3].lower() not in ("hox", "huo")):
        return None  # ("In …" opens prose more often than any note: only "In the first version of this post, …"; "However", "Human": only Finnish "Hox", "Huom")
    if opening in SENTENCE_OPENINGS and CHANGE_STEMS.search(text, pos, min(limit, pos + 120)) is None:
        return None  # "The …", "An …": a disclosure sentence needs a word of change
    lead = forms.LEAD.match(text, pos, limit)
    start = lead.end() if lead else pos
    if text[start : start + 1] in TITLE_INITIALS and (title := section_title(text, pos, start, limit, as_heading)) is not None:
        return title
    m = LABEL_WORD.match(text, start, min(limit, start + 80))
    if m is not None and m.group("word").lower() in WEAK_WORDS and (titled := TITLED_NOTE.match(text, start, min(limit, start + 60))) is not None and titled.group(1).lower().endswith(" note"):
        m = None  # ("Important note: this project is not actively maintained": a titled note, read below)
    if m is None and (dated := date_first(text, start, limit, heading=as_heading or (lead is not None and "#" in lead.group(0)))) is not None:
        return dated  # "2020-03-30 Update: …", "**3/30/2020 Edit**: …"
    if m is None and (titled := TITLED_NOTE.match(text, start, min(limit, start + 60))) is not None and forms.titled_form(titled, lead):
        return titled.group(1), date_in(text, titled.end(1), titled.end()) if titled.end() - titled.end(1) > 6 else None, titled.end()  # "Scala 3 note: …", "Side note: …"
    if m is None and pos > 0 and text[pos - 1] in _OPENERS:
        m = ADDED.match(text, start, min(limit, start + 80))  # "(Added 2016-02-07)": a dated marker in brackets
    if m is None and (art := HEADING_ARTICLE.match(text, start, limit)) is not None and (
        (m := LABEL_WORD.match(text, art.end(), min(limit, art.end() + 80))) is not None
    ):
        # an article before a noun label: in a heading ("## An update to the proposal"), in emphasis
        # before its colon ("**Another Update:** …", "**One More Update:**"), or dated
        # on its line ("> An Update from August, 2019", "An update (5 May 2020): …"; never "An
        # update to the system was pushed.")
        eol = text.find("\n", m.end(), limit)
        upto = label_colon(text, m.end(), limit if eol < 0 else eol) or (limit if eol < 0 else eol)
        headed = as_heading or (lead is not None and ("#" in lead.group(0) or (text.startswith(("*", "_"), pos) and text[m.end() : m.end() + 3].lstrip("*_")[:1] == ":")))
        colon_after = forms.COLON_NEXT.match(text, m.end(), limit) is not None  # ("Final update: …", "**Later edit**: …")
        day_on_line = datey(text, m.end(), upto) and date_in(text, m.end(), upto) is not None
        if colon_after and (art.group("bare") or "").lower() in forms.LAST_WORDS and (stop := text.find("\n", upto, limit)) != upto + 1 and datey(text, upto + 1, limit if stop < 0 else stop):
            colon_after = False  # ("Laatste update: 3 december 2022", "Last update: …": the page's stamp, its day alone after the colon)
        m = m if m.group("word").lower() in forms.NOUN_LABELS and (
            colon_after or (not art.group("bare") and (headed or day_on_line)) or (headed and day_on_line)  # ("## Latest update (2022-12-03)")
        ) else None
    if m is None and lead is not None and lead.group("emoji") and start < limit:
        # ":warning: TL; DR: Use Butane …", "⚠️ Since version 2 …": the emoji is the callout's label
        emoji = lead.group("emoji")
        kind = "warning" if "warn" in emoji or "excl" in emoji or emoji == "\u26a0" else "note"
        # "> ℹ️ **2023-08-31:** This project was archived …": a date and its colon after the emoji
        at = start + len(text[start : start + 4]) - len(text[start : start + 4].lstrip("*_ \t"))
        date_colon = label_colon(text, at, min(limit, at + 40))
        if date_colon is not None and datey(text, at, date_colon) and (said := date_in(text, at, date_colon)) is not None:
            closed = forms.EMPHASIS.match(text, date_colon + 1, limit)
            return kind, said, closed.end() if closed else date_colon + 1
        return kind, None, lead.end("emoji")
    if m is None:
        boxed = _boxed_label(lead, text, start, limit) if text[pos : pos + 1] in ":!?.{<>[`~-" or (lead and (lead.group("hashi") or lead.group("org"))) else None
        if boxed is not None and start <= limit:
            # (a box's body may open with its date: ":::note\nOn 2024/07/11, beta2 was released …")
            return boxed[0], boxed[1] or (attribute_date(text, lead.start(), start) if lead else None) or as_of_date(text, start, limit) or _inner_date(text, start, limit), start  # ".. note::", ":::note", "{{< note >}}": the box's kind is the label
        return _disclosure_at(text, start, limit)
    word = m.group("word").lower()
    if (text.startswith("](", m.end()) and _LINK_ONLY.match(text, m.end())) or (word == "deprecated" and text[m.end() : m.end() + 6].lstrip("*_ \t")[:1] in ("\u2013", "\u2014", "-") and _ITEM.match(text, pos)):
        return None  # (a link's text, "[amended](https://…)"; "- Deprecated – the --bar flag.", a changelog's item)
    weak = word in WEAK_WORDS
    lead_text = lead.group(0) if lead else ""
    body = re.sub(r"^(?:<[^>]*>|:::[^\n]*\n|!!![^\n]*\n|\[\[[^\]\n]*\]\][ \t]*\n)?[ \t]*", "", lead_text).lstrip("> \t")
    marked = bool(body.strip())  # emphasis, a heading or a list marker before it
    quoted = lead_text.startswith(">")
    heading = as_heading or body.startswith(("#", "==")) or bool(lead and lead.group("alert"))  # (an Obsidian callout's title: "> [!note] Update")
    opener = lead.group("open") if lead and lead.group("open") else text[pos - 1] if pos > 0 and text[pos - 1] in _OPENERS else ""
    bracketed = bool(opener)  # (the bracket the note opens with, before or in its lead)
    i = m.end()
    if (joined := forms.JOINED_LABEL.match(text, i, min(limit, i + 40))) is not None and (
        (second := LABEL_WORD.match(text, joined.end(), limit)) is not None
    ):
        i = second.end()  # "UPDATE / NOTE: …", "Update/Correction:"
    setext = underline_at(text, start, text.find("\n", i, limit) + 1 or limit, limit) if "\n" in text[i:limit] else None
    heading = heading or setext is not None
    close = forms.EMPHASIS.match(text, i, limit)
    if close:
        i = close.end()
    line_end = text.find("\n", i, limit)
    line_end = limit if line_end < 0 else line_end
    if setext is None and close is None and (not heading or _DATED_NEXT.match(text, line_end + 1, limit)) and line_end < limit and not text[i:line_end].strip() and text[line_end + 1 : line_end + 2] not in ("", "\n"):
        # "… size.~~ Update\n  2021-12-09: It turns out …": prose wrapped right after the label word
        wrapped_end = text.find("\n", line_end + 1, limit)
        line_end = limit if wrapped_end < 0 else wrapped_end
    window = min(line_end, i + 90)
    colon = label_colon(text, i, window)
    addressed = word == "note" and ADDRESSED.match(text, i, window) is not None  # "Note that …"
    when: tuple[int, int] | None = None
    end: int | None = None
    if colon is not None and datey(text, i, colon) and not (opener and text.find(CLOSE[opener], i, colon) >= 0):
        when, end = (i, colon), colon + 1  # (not "[Update 11/8]: …": the bracket closes the label, below)
    elif text.startswith("!", i) and not weak and word not in forms.PARTICIPLE and (heading or marked or (word in forms.BANG_WORDS and forms.BANG.match(text, i, limit))):
        shut_bang = forms.EMPHASIS.match(text, i + 1, limit)
        when, end = (i, i), shut_bang.end() if shut_bang else i + 1 + text.startswith(":", i + 1)  # "# Update! Second Age maps …", "**UPDATE!** The fix …" (in a heading or emphasis: "Edit! Save! Repeat!" is prose)
    elif heading and (ad := _ASIDE_DATE.match(text, i, line_end)) is not None and not re.search(r"\d\.\d", ad.group(1)) and datey(text, ad.start(1), ad.end(1)) and date_in(text, ad.start(1), ad.end(1)):
        when, end = (ad.start(1), ad.end(1)), line_end  # "## ⚡ Update (Dezember 2025 - 116117 blockt API calls):": its day first in its aside
    elif colon is not None and ASIDE_COLON.fullmatch(text, i, colon + 1) is not None:
        when, end = (i, i), colon + 1  # "Update (v2.1): …", "EDIT(00:37 M11 19 2021): …": an aside in brackets, then the colon
    elif colon is not None and ((not weak and forms.PHRASE_COLON.fullmatch(text, i, colon + 1)) or forms.TO_READERS.fullmatch(text, i, colon + 1)):
        when, end = (i, i), colon + 1  # "Update, two weeks later: …", "Updated to clarify: …"
    elif (dash := LABEL_DASH.match(text[i:window])) is not None:
        when, end = (i, i), i + dash.end()
        shut_line = end + len(text[end:line_end].rstrip("*_ \t")) if marked and not heading else line_end
        if (heading or marked) and datey(text, end, shut_line) and date_in(text, end, shut_line) is not None:
            when, end = (end, shut_line), line_end  # "## Addendum – Jun 7 2022", "**Update — Monday 15 March 2021**": the line's rest is its date
        elif (again := _SECOND_DASH.search(text, end, min(line_end, end + 45))) is not None and datey(text, end, again.start()) and (
            date_in(text, end, again.start()) is not None
        ):
            when, end = (end, again.start()), again.end()  # "Update — 3 March 2021 — the council has since …": the date between two dashes
    elif (dash_at := dated_dash(text, i, window)) is not None:
        when, end = (i, dash_at[0]), dash_at[1]  # "Update, 6 July 2017 \u2014 the bridge reopened."
    elif heading and bracketed and text[i : i + 1] in _CLOSERS and datey(text, i + 1, line_end) and date_in(text, i + 1, line_end):
        when, end = (i + 1, line_end), line_end  # "## [UPDATED] 2018-08-22": the bracketed label, then its date
    elif heading and bracketed and (shut := forms.first_of(text, _CLOSERS, i, window)) is not None and date_in(text, i, shut):
        when, end = (i, shut), shut + 1  # "## (Update 19.01.2024, Breaking change!) Removal of …": a dated label heads the section
    elif bracketed and (shut := forms.first_of(text, _CLOSERS, i, window)) is not None and datey(
        text, i, shut - (text[shut - 1] == "\\")
    ):
        when, end = (i, shut - (text[shut - 1] == "\\")), shut  # "[UPDATE 5 July 2017] …", "(Update)", "\\[Update 12/23/2016\\]:"
    elif not weak and (full_stop := dated_stop(text, i, window)) is not None:
        when, end = (i, full_stop), full_stop + 1  # "UPDATE 31 Jan 2017. The original text said …"
    elif heading and weak and forms.HEADING_ALONE.fullmatch(text, i, line_end):
        when, end = (i, i), line_end  # "### Note", "# Warning! Pre-release software": the heading is the label
    elif (bracketed or heading or marked or quoted or ((on_line := date_in(text, i, line_end)) is not None and (line_end < limit or on_line.precision != "year"))) and datey(text, i, line_end) and (
        not weak or m.group("word") in CJK_LABELS
    ):
        when, end = (i, line_end), line_end  # "**Update, August 18, 2025**", "UPDATE 2021-03-03\n  The …", "Updated 2023-05-08" alone
    elif colon is not None and forms.ABOUT.match(text, i, colon) and (not weak or marked or quoted):
        when, end = (i, i), colon + 1  # "Update on the vote:" (not dated)
    elif heading and forms.NOTICE_WORD.fullmatch(text, i, line_end):
        when, end = (i, i), line_end  # "### _Update notice_", "## Correction note": the heading is the label
    elif heading and colon is None and forms.ABOUT.match(text, i, line_end):
        when, end = (i, i), line_end  # "## Update on the vote", "## An update to the proposal": the heading is the label
    elif marked and (shut_em := forms.EMPHASIS_CLOSE.search(text, i, window)) is not None and datey(text, i, shut_em.start()) and (
        date_in(text, i, shut_em.start()) is not None
    ):
        when, end = (i, shut_em.start()), shut_em.end()  # "**Updated March 20, 2018.** An earlier …", "**Update 2024 January 31**—…"
    elif (signed := SIGNED.match(text, i, line_end)) is not None and datey(
        text, signed.end(), stop := (colon if colon is not None and colon > signed.end() else line_end)
    ):
        when, end = (signed.end(), stop), (stop + 1 if stop < line_end else line_end)  # "Addendum by Matt on May 26, 2021"
    elif marked and not heading and not weak and (shut_em := forms.EMPHASIS_CLOSE.search(text, i, min(window, i + 60))) is not None and (
        forms.ABOUT.match(text, i, shut_em.start()) and date_in(text, i, shut_em.start()) is None
        and (not text[shut_em.end() : line_end].strip() or text[shut_em.end() : shut_em.end() + 2].strip()[:1].isupper())
    ):
        when, end = (i, i), shut_em.end()  # "**Update due to technical issues**\nDay 1 …", "**Update on the venue.** The …": a title in bold
    elif close is not None and marked and not heading and (br := forms.BREAK.match(text, i, line_end)) is not None:
        when, end = (i, i), br.end()  # "**UPDATE**<br>the fix is out": the label, then a line break
    elif close is not None and marked and not heading and line_end < limit and forms.LINE_REST.fullmatch(text, i, line_end):
        when, end = (i, i), line_end  # "> **Note**\n> The maintainers …", "> **Note** <br />": the label alone on its line
    elif close is not None and marked and not heading and i < line_end and text[i] in " \t" and (word not in forms.PARTICIPLE or m.group("word").isupper()) and (
        not weak or text[i : i + 4].lstrip()[:1].isupper()
    ):  # (a callout word too when a sentence opens after it: "**Note** The role of Project Member was …")
        when, end = (i, i), i  # "**UPDATE** *In 0.55, Firefox removed …*": the emphasis closes the label
    elif not weak and not heading and i < line_end and text[i] in " \t" and DISCLOSURE.match(text, i + 1, min(limit, i + 201)) is not None:
        when, end = (i, i), i  # "Correction An earlier version of this story misstated …": a badge's word, its disclosure after it
    elif word == "deprecated" and (full := _STOP_SENTENCE.match(text, i, limit)) is not None and not (full.group(1) and _ITEM.match(text, pos)):
        when, end = (i, i), full.end(1)  # "Deprecated. Use either req.params, …", "**Deprecated.** This module …"
    elif m.group("word") == "DEPRECATED" and text[i : i + 1] in " \t" and not _ITEM.match(text, pos):
        when, end, weak = (i, i), i, False  # "DEPRECATED after the switch to …": capitals, then when (LABEL_WORD's lookahead)
    elif addressed and not bracketed:
        when, end = (i, i), i  # "Note this requires the proxy plugin …", "Note that these are legacy instructions …"
    elif word in forms.PARTICIPLE:
        goes_on = first_date_then(text, i, window)
        if goes_on is not None:
            when, end = (i, goes_on), goes_on  # "Updated on 2023-01-10 at 21:30 UTC to include …"
    if bracketed and lead and lead.group("open") and (when is None or text[when[1] : when[1] + 2].lstrip("\\")[:1] not in _CLOSERS) and (
        when is None or when[0] != i + 1 or text[i : i + 1] not in _CLOSERS
    ):
        return None  # "(Update: …" opening a passage is a bracketed note, found with its bracket
    if when is None and word.startswith(("p.", "n.")):
        when, end = (i, i), i  # "P.S. I forgot …", "N.B. The deadline moved.": the abbreviation is its own end
    if when is None and (word == "note" or (word in forms.PARTICIPLE and ((lead is not None and any(ch in lead.group(0) for ch in "*_>")) or forms.TIMED.match(text, start, limit)))):
        return _disclosure_at(text, start, limit)  # "Note, this post has been updated in May 2025.", "*Edited to fix a typo.*", "Updated at 11:38 AM ET to …"
    if when is None and word in forms.PARTICIPLE and (told := _disclosure_at(text, start, limit)) is not None and told[1] is not None:
        return told  # "Updated with minor corrections on April 15 2021." (unmarked, dated: not "Updated to reflect the new API, …")
    if when is None or end is None:
        return None
    if weak and not (bracketed or marked or quoted or addressed or setext is not None or text[end - 1 : end] in (":", "\uff1a", ".") or "\u2014" in text[when[1] : end] or (word == "deprecated" and "\u2013" in text[when[1] : end])):
        return None
    found = date_in(text, when[0], when[1])
    if found is None and heading and (nxt_line := text.find("\n", end, end + 2)) >= 0:
        # (the heading's passage may end with its line: the date line is then the next passage,
        # after a blank line or not: "## Addendum\n\n_Updated 8/18/2025_")
        nxt_line += 1 if text.startswith("\n", nxt_line + 1) else 0
        stop = text.find("\n", nxt_line + 1, nxt_line + 80)
        stop = min(len(text), nxt_line + 80) if stop < 0 else stop
        if stop - nxt_line < 60 and datey(text, nxt_line + 1, stop):
            found = date_in(text, nxt_line + 1, stop)  # "## Update\n*August 12, 2015*"
    if found is None:
        found = as_of_date(text, end, limit)  # "Update\n\n    As of 05-Jan-2016, …"
    if found is None and text[end - 1 : end] == ":" and (said := disclosure_after(text, end, limit)) is not None:
        found = said  # "**Note:** This section was updated in June 2019 to …"
    if found is None and text[end - 1 : end] in (":", "\uff1a") and (after := date_after_colon(text, end, window, line_end, heading or marked)):
        found, end = after  # "Update: Feb 5, 2020: …", "Updated: 2022/10/23", "Update: 23 October 2022 — …"
    return text[m.start() : m.end()], found, end


def _inner_date(text: str, start: int, limit: int) -> FoundDate | None:
    """The date of a dated label opening a box's body (".. Note::\n\n   Update: November 18th, 2021")."""
    at = start + len(text[start : start + 12]) - len(text[start : start + 12].lstrip())
    if limit <= at:  # (the box's line alone in its passage: its body's first paragraph)
        stop = text.find("\n\n", at, at + 400)
        limit = min(len(text), at + 400) if stop < 0 else stop
    inner = label_at(text, at, limit) if at > start or text[start : start + 1].isalpha() else None
    return inner[1] if inner is not None and inner[1] is not None and UPDATE_LABEL.fullmatch(inner[0]) else None


def addressed_note(text: str, label: tuple[str, FoundDate | None, int]) -> bool:
    """Whether ``label`` (from ``label_at``) is a "Note that …" opening rather than a marked label."""
    return label[0].lower() == "note" and ADDRESSED.match(text, label[2]) is not None


def _disclosure_at(text: str, start: int, limit: int, m: re.Match[str] | None = None) -> tuple[str, FoundDate | None, int] | None:
    """A disclosure sentence at ``start`` ("This article was updated on … to …", a date and a
    dash before it; or ``m``, one found otherwise): ``(its opening words, the date in its first
    sentence, start)``."""
    m = m or DISCLOSURE.match(text, start, min(limit, start + 200))
    if m is None and text[start : start + 1].isalnum() and (dash := dated_dash(text, start, min(limit, start + 60))) is not None:
        m = DISCLOSURE.match(text, dash[1], min(limit, dash[1] + 200))  # "August 16, 2025 — The blog has been updated to …"
    if m is None:
        return None
    stop = min(limit, start + 240)
    dot = _SENTENCE_END.search(text[m.end() : stop])  # (not "12. marts 2021")
    sentence_end = m.end() + dot.start() if dot else stop
    return m.group(0).strip(" *_>"), date_in(text, start, sentence_end), start
