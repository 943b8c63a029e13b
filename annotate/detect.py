"""Find annotations in a republished text (the republication marker and framing: ``annotate.framing``).

This module looks at one document only; ``annotate.compare`` then keeps the candidates that the
comparison shows to be new. Every scan here is linear: brackets are matched by counting depth over
a bounded window, and every regular expression has bounded repetition.

>>> from annotate.read import read_document
>>> doc = read_document("Body text.\\n\\n(Since then it rained.\\n\\nA lot.)\\n\\nMore. [Update: dry now.] End.")
>>> [(c.kind, doc.text[c.start:c.end]) for c in candidates(doc)]
[('bracketed', '(Since then it rained.\\n\\nA lot.)'), ('inline', '[Update: dry now.]')]
"""

from __future__ import annotations

import re
from collections.abc import Container

from annotate.boxes import box_span, box_title, boxed_extent, classed_paragraph, reporting_box, titled_box
from annotate.brackets import CLOSE, match_bracket, openings, past_bracket
from annotate.candidate import Candidate
from annotate.dates import FoundDate, find_dates
from annotate.effective import effective_paragraph
from annotate.events import event_notice
from annotate.extent import (
    MAX_NOTE_CHARS,
    MAX_NOTE_PARAGRAPHS,
    before_link_lines,
    headed_inside,
    next_dated,
    note_extent,
    title_body,
    without_furniture,
)
from annotate.inline_notes import LINK_TARGET, inline_notes
from annotate.labeldates import as_of_date, date_in, datey
from annotate.labels import CALLOUT_NAMES, LABEL_WORD
from annotate.legends import marked_legend
from annotate.logs import (
    content_callout,
    dated_label_lines,
    entry_end,
    errata_item,
    label_lines,
    log_entry,
    log_lines,
    log_rows,
    revision_items,
)
from annotate.model import Document
from annotate.openings import CHANGE_DIRECTIVES, label_at
from annotate.passage_labels import framed_label, html_heading, label_alone, strong_title, term_list
from annotate.read.dateline import at_page_edge, date_line, foot_field, is_stamp, kept_stamp
from annotate.revisions import change_lists, date_titled, dated_sections, paren_dated
from annotate.status import status_end, status_paragraph
from annotate.unlabelled import Marked, dated_paragraph, emphasised_paragraph

_DATED_ITEM = re.compile(r"[ \t]{0,3}(?:[-*+][ \t]{1,4})?(?:[*_]{1,3})?([^:\n]{4,30}?)(?:[*_]{1,3})?[ \t]{0,2}[:\u2014\u2013]")
"""A body opening with its date and a colon or dash ("* Apr 21, 2021: This film is now …")."""

_TRAILER = re.compile(r"[.,;:!?]{0,3}[\"'\u201d\u2019]?\s*")
_EMPHASIS_LEAD = re.compile(r"[*_]{1,3}(?=[(\[])")
_EM_TRAILER = re.compile(r"[.,;:!?]{0,3}[\"'\u201d\u2019]?[*_]{1,3}[.,;:!?]{0,3}\s*")


def candidates(doc: Document, reach: bool = False, old: frozenset[str] = frozenset()) -> list[Candidate]:
    """Every stretch of ``doc`` marked as an insertion, outermost first, in order. With
    ``reach`` (under comparison, which keeps the new and outermost ones), a note may take
    passages the comparison will check are new (``extent.note_extent``), and the inline notes
    inside a labelled passage are candidates too. ``old``: the original's passages as written;
    a passage among them holds no new inline note (not looked for: the costliest scan)."""
    text = doc.text
    passages = doc.passages
    out: list[Candidate] = []
    covered_until = -1
    k = 0
    n = len(passages)
    logged = False  # (the document keeps a dated log of its own changes)
    sections = paren_dated(doc) | dated_sections(doc) | change_lists(doc) if reach and doc.structure else {}
    quiet = _quiet(doc, old, sections) if reach and old else None
    while k < n:
        p = passages[k]
        if quiet is not None and quiet[k] and p.start >= covered_until:
            # (an old passage between old ones holds no new note; it still tells whether the
            # document keeps a log of its changes, which it may have had before)
            logged = logged or _logs(doc, k)
            k += 1
            continue
        if p.start < covered_until or (doc.structure and doc.structure[k].kind in NEVER_NOTES and not _myst_box(text, p.start)) or (
            reach and at_page_edge(k, n) and (is_stamp(text, p.start, p.end) or kept_stamp(text, p.start, p.end, old) or foot_field(text, p.start, p.end, k, n))  # ("!!! info\n    This page was last reviewed on 7 January 2026": the page's date)
        ):
            k += 1
            continue
        block = _block_note(doc, k)
        if block is not None:
            out.append(block)
            covered_until = block.end
            k = block.paragraphs[-1] + 1
            continue
        label = (
            box_title(doc, k) or (label_at(text, p.start, p.end, as_heading=html_heading(doc, k)) if not term_list(text, p.start) else None) or strong_title(doc, k) or framed_label(text, p.start, p.end) or label_alone(doc, k) or reporting_box(doc, k)
            or classed_paragraph(doc, k) or titled_box(doc, k)
        )
        if label is not None and label[1] is not None and reach and (lines := dated_label_lines(doc, k)):
            out.extend(Candidate("labelled", s0, e0, stamp, date, (k,), False) for s0, e0, stamp, date in lines)
            k += 1
            continue  # ("EDIT 2017-08-15: …<br>\nEDIT 2017-09-07: …": dated lines, each a note of its own)
        if label is not None:
            first, last = boxed_extent(doc, k, note_extent(doc, k, reach), label[2], covered_until)
            if (boxed := box_span(doc, k)) is not None:
                first, last = boxed  # (an HTML page's box its class names: its blocks, no more)
            if first < k and label[1] is not None and (split := next_dated(doc, k + 1, last)) is not None:
                first, last = k, split - 1  # a box of dated updates, one under another: each is a note of its own
            if label[1] is None and last > k and (text[p.start] == "#" or not text[label[2] : p.end].strip(" \t\n=-#*_:")):
                # a label, heading or box alone, its body dated first ("On 2024/07/11, …", "As of March 2020, …");
                # a heading's too ("## Update: Patched kernels are out\n\n**2026-05-01 21:07 UTC** — …"), or a line of its day alone under it ("March 17, 2018")
                body = passages[k + 1]
                if (found := as_of_date(text, body.start, body.end) or (date_line(text, body.start, body.end) if text[p.start] == "#" else None) or (
                    _edited_on(text, body.start, body.end) if text[p.start] == "#" else None  # ("# Update\n\nThis post was edited in November 2022 with …")
                )) is not None:
                    label = (label[0], found, label[2])
                elif text[p.start] != "#" and text.startswith("#", body.start) and (titled := label_at(text, body.start, body.end)) is not None and titled[1]:
                    label = (label[0], titled[1], label[2])  # "::: {.callout-important}\n### August 2024 update!": the box's title dates it
                elif (item := _DATED_ITEM.match(text, body.start, body.end)) is not None and datey(text, item.start(1), item.end(1)):
                    label = (label[0], date_in(text, item.start(1), item.end(1)), label[2])  # "### Update\n\n* Apr 21, 2021: …"
            last = without_furniture(doc, first, last)  # ("<BlogAuthor {...authors.OndrejBlazek} />" closing a post: its furniture)
            end = before_link_lines(text, passages[first].start, passages[last].end)
            out.append(Candidate(
                "labelled", passages[first].start, end, label[0], label[1], tuple(range(first, last + 1)), True
            ))
            # (under comparison, notes inside it too: when the passage is old — "Note: …" in the
            # original — a new "(Editor's note, 27 June 2021: …)" in it is still a note)
            if reach and first == last:
                out.extend(c for c in inline_notes(doc, k) if c.start > p.start)
            elif reach:  # (a log's new entry under its old "## Changelog" heading)
                entries = [(j, e) for j in range(first + 1, last + 1) if (e := log_entry(doc, j)) is not None]
                rows = [(j, row) for j in range(first + 1, last + 1) for row in log_rows(doc, j)]  # ("## Errata" over its table)
                logged = logged or bool(entries) or bool(rows)
                out.extend(_marked(doc, j, e, entry_end(doc, j)) for j, e in entries)
                out.extend(Candidate("inline", s0, e0, stamp, date, (j,), False) for j, (s0, e0, stamp, date) in rows)
                inside = [j for j in sorted(sections) if first < j <= last and date_titled(text, passages[j].start, passages[j].end)]  # (a change log's "<h3>January 2017</h3>")
                out.extend(_marked(doc, j, ("labelled", sections[j][0], sections[j][1]), min(last, sections[j][2]))._replace(whole=True) for j in inside)
                out.extend(headed_inside(doc, first + 1, last, {j for j, _ in entries} | {j for j, _ in rows} | set(inside)))
            k = last + 1
            continue
        if reach and (lines := log_lines(doc, k) or log_rows(doc, k) or revision_items(doc, k)):
            logged = True
            out.extend(Candidate("inline", s0, e0, stamp, date, (k,), False) for s0, e0, stamp, date in lines)
            k += 1
            continue  # ("History\n=======\n\n- December 2024: Clarified …": a plain-text log's entries)
        if k in sections:  # ("## New Ubuntu cloud image, 11.05.2026" on a page of dated news)
            out.append(_marked(doc, k, ("labelled", sections[k][0], sections[k][1]), sections[k][2])._replace(whole=True))
            k = sections[k][2] + 1
            continue
        entry = (log_entry(doc, k) or errata_item(doc, k)) if reach else None
        logged = logged or entry is not None
        unlabelled = (entry or emphasised_paragraph(doc, k, old) or dated_paragraph(doc, k, old) or status_paragraph(doc, k) or marked_legend(doc, k) or effective_paragraph(doc, k) or event_notice(doc, k)) if reach else None
        if unlabelled is not None and unlabelled[2] is None and entry is None and text.startswith("#", p.start):
            # a notice as a heading, its body opening with its day ("## Daten werden nicht mehr
            # aktualisiert\nAb Juni 2022 werden …", "## Project Status\n\nAs of 2023-01-01, …")
            eol = text.find("\n", p.start, p.end)
            s0, e0 = (eol + 1, p.end) if eol >= 0 else ((passages[k + 1].start, passages[k + 1].end) if k + 1 < n else (p.end, p.end))
            if (day := as_of_date(text, s0, e0)) is not None:
                unlabelled = (unlabelled[0], unlabelled[1], day)
        if unlabelled is not None:
            first, last = k, entry_end(doc, k) if entry is not None else status_end(doc, k, old)
            last = title_body(doc, k) if last == k and entry is None else last  # ("**Pinia is now the new default**" over what it tells)
            if entry is None and status_paragraph(doc, k) is not None:
                while last + 1 < n and status_paragraph(doc, last + 1) is not None:
                    last = status_end(doc, last + 1, old)  # (notices one under another: a status badge over "# detox is unmaintained …")
            if (boxed := box_span(doc, k, covered_until)) is not None:
                first, last = boxed[0], max(last, boxed[1])  # (a callout box's notice: the box, its title too)
            elif _DIV_OPEN.match(text, p.start, p.end) and "</div>" not in text[p.start : p.end]:  # ('<div class="doc-box doc-warn" markdown="1">' in Markdown)
                while last + 1 < min(n, k + 10) and "</div>" not in text[passages[last].start : passages[last].end]:
                    last += 1
            out.append(_marked(doc, first, unlabelled, last))
            k = last + 1
            continue
        if not old or text[p.start : p.end] not in old:
            out.extend(inline_notes(doc, k))
            if reach:  # ("…<br>\n    Note: HW2 due date extended to …<br>" in a raw HTML block)
                out.extend(Candidate("labelled", s0, e0, lab, date, (k,), False) for s0, e0, lab, date in label_lines(doc, k))
        k += 1
    if not logged:
        return out
    # (a callout banner on a page's top is a notice whatever the page keeps)
    return [c for c in out if c.paragraphs[0] < 3 or not content_callout(text, c.kind, c.label, c.start, c.end)]


_EDITED_IN = re.compile(r"(?:This|The)[ \t]+(?:post|article|page|piece|guide|tutorial)[ \t]+(?:was|has[ \t]+been)[ \t]+(?:edited|updated|revised)[ \t]+(?:in|on)[ \t]+")


def _edited_on(text: str, start: int, end: int) -> FoundDate | None:
    """The day a body opening "This post was edited in November 2022 …" gives, right after its verb
    (not a day further on: "… updated after the 2.0 release in March 2023" dates the release)."""
    m = _EDITED_IN.match(text, start, min(end, start + 80))
    if m is None:
        return None
    found = find_dates(text, m.end(), min(end, m.end() + 30))
    return found[0] if found and found[0].start == m.end() else None


def _quiet(doc: Document, old: frozenset[str], sections: Container[int]) -> list[bool]:
    """Which passages stand word for word in the original between two that do too (or the
    document's edge), outside the dated sections: no new note starts there, so the scan, the
    costliest step of a long comparison, passes them by."""
    text = doc.text
    same = [text[p.start : p.end] in old for p in doc.passages]
    n = len(same)
    return [same[k] and (k == 0 or same[k - 1]) and (k + 1 == n or same[k + 1]) and k not in sections for k in range(n)]


def _logs(doc: Document, k: int) -> bool:
    """Whether passage ``k`` is a log's entry or lines (as the scan would find them)."""
    return log_entry(doc, k) is not None or errata_item(doc, k) is not None or bool(log_lines(doc, k) or log_rows(doc, k) or revision_items(doc, k))


def _marked(doc: Document, k: int, marked: Marked, last: int | None = None) -> Candidate:
    """Passage ``k`` (to ``last``), a note marked without a label word (``unlabelled``), as a candidate."""
    kind, label, date = marked
    last = k if last is None else last
    return Candidate(kind, doc.passages[k].start, doc.passages[last].end, label, date, tuple(range(k, last + 1)), True)


_DIV_OPEN = re.compile(r"[ \t]{0,8}<div\b[^<>\n]{0,200}>[ \t]*\n")
"""A Markdown page's raw box opening on its own line, its text Markdown inside it."""
_MYST = re.compile(r"(?:`{3,6}|:{3,6})\{([A-Za-z]{2,20})\}")
"""A MyST directive fence ("```{note}", ":::{warning}", as Sphinx documentation writes boxes)."""


_MYST_KINDS = CALLOUT_NAMES | CHANGE_DIRECTIVES


def _myst_box(text: str, start: int) -> bool:
    """Whether the passage at ``start`` is a MyST directive box of a label or callout kind (the
    kinds ``openings`` reads as a box's label): written as a code fence, it is a box, not code."""
    m = _MYST.match(text, start)
    return m is not None and (LABEL_WORD.fullmatch(m.group(1)) is not None or m.group(1).lower() in _MYST_KINDS)


NEVER_NOTES = frozenset({"code", "link_definition"})
"""Markdown blocks that are never notes, whatever they say: code, and link definitions."""


_MACRO = re.compile(r"\[\[[^\]\[:\n]{1,80}\]\]")


def _block_note(doc: Document, k: int) -> Candidate | None:
    text, p = doc.text, doc.passages[k]  # (emphasis around the whole bracket is the note's: "*[Edit: Changed credit]*")
    b0 = p.start + (len(em.group(0)) if (em := _EMPHASIS_LEAD.match(text, p.start, p.end)) else 0)
    if b0 >= p.end or text[b0] not in CLOSE or (text.startswith("[[", b0) and _MACRO.match(text, b0, p.end) is not None):
        return None  # (not "[[toc]]", "[[Page name]]": a macro, a wiki's link)
    last = min(len(doc.passages), k + MAX_NOTE_PARAGRAPHS) - 1
    limit = min(doc.passages[last].end, b0 + MAX_NOTE_CHARS)
    close = match_bracket(text, b0, limit)
    if close is None:
        return None
    q = k
    while doc.passages[q].end <= close:
        q += 1
    end_q = doc.passages[q].end
    if text[close] == "]" and (target := LINK_TARGET.match(text, close + 1, end_q)) is not None and label_at(text, b0 + 1, close):
        close = target.end() - 1  # a labelled note as a link's text: "[Correction(…): …](conversation://Cadey/coffee)"
    trailer = (_EM_TRAILER if b0 > p.start else _TRAILER).match(text, close + 1, end_q)
    if trailer is None or trailer.end() != end_q:
        return None  # the bracket closes mid-paragraph: an aside, not a note
    label = label_at(text, b0 + 1, close)
    return Candidate(
        "labelled" if label else "bracketed", p.start, end_q, label[0] if label else None,
        label[1] if label else None, tuple(range(k, q + 1)), True,
    )


def bracketed_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Complete bracketed spans inside ``text[start:end]`` (outermost only), with a letter inside."""
    out: list[tuple[int, int]] = []
    pos = start
    for o in openings(text, start, end):
        if o < pos:
            continue  # inside a span already found
        close = match_bracket(text, o, min(end, o + MAX_NOTE_CHARS))
        if close is None:
            continue
        inner = text[o + 1 : close]
        if sum(1 for c in inner if c.isalpha()) >= 3:
            out.append((o, close + 1))
        pos = past_bracket(text, o, close)
    return out
