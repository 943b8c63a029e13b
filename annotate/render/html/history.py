"""The HTML timeline of a document's history (``annotate history --format html``).

Why this exists: a fact-checker following an article through many versions needs one page
that shows, gravest first, the notes that were taken back and the edits made after a note
said the article was final; then the versions on a timeline with their dates and counts;
every note with a badge naming the version that added it (and the one that removed it);
the latest text with each passage marked by the version it comes from (blame); and each
step's changes, silent ones flagged. ``render_html`` (``annotate.render.html``) draws one
comparison; this module draws a ``History``, with the same safety rules and assets.

Safety, as in the comparison report: every string from the inputs (text, titles, sources,
dates, labels) goes into a text node through ``annotate.render.html.dom``; attributes hold
only this module's classes and the ids it makes (``r1`` for version 1, ``n1`` for note
``h1``, ``c1`` for the step from v1 to v2, ``f1`` for the first stealth edit) and links to
them. The page's only style and script are ``report.css`` and ``report.js``, allowed by
hash in its Content-Security-Policy; nothing loads from the network.

>>> from annotate.history import history
>>> page = render_history_html(history(["It was 5 km.", "It was 7 km.\\n\\n[Update, 6 July 2017: <b>]"]))
>>> page.startswith("<!DOCTYPE html>") and "[Update, 6 July 2017: &lt;b&gt;]" in page
True
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from lxml import etree

from annotate.history_model import History, HistoryNote, Stealth, Version
from annotate.model import DateInfo
from annotate.render.html.assets import finish, page
from annotate.render.html.dom import el, flat, plural, text_el
from annotate.render.html.history_parts import blame_section, change_item, steps_section, version_class

_Element = etree._Element
QUOTE = 600
"""Longest quotation of a note or a removed passage (characters), cut with an ellipsis."""

__all__ = ["render_history_html"]


def version_name(v: Version, full_paths: bool = False) -> str:
    """How the page names a version's source: the file name (or the whole URL, or ``FILE@COMMIT``)."""
    if full_paths or v.source.startswith("<") or "://" in v.source:
        return v.source
    return os.path.basename(v.source) or v.source


def _date(d: DateInfo | None) -> str:
    return "no date" if d is None else f"{d.value} ({d.basis})"


def _vlink(parent: _Element, index: int, text: str | None = None, cls: str = "vlink") -> _Element:
    """A link to version ``index``'s place on the timeline, coloured as that version."""
    a = el(parent, "a", f"{cls} {version_class(index)}", href=f"#r{index + 1}")
    a.text = text or f"v{index + 1}"
    return a


def _nlink(parent: _Element, note_id: str) -> _Element:
    a = el(parent, "a", "nlink", href=f"#n{note_id.removeprefix('h')}")
    a.text = note_id
    return a


def _tail(node: _Element, text: str) -> None:
    """Append renderer-owned ``text`` after ``node``."""
    node.tail = (node.tail or "") + text


def _count(ul: _Element, n: int, word: str, cls: str) -> None:
    li = el(ul, "li", f"count {cls} {'some' if n else 'none'}")
    el(li, "b").text = str(n)
    _tail(li[0], f" {plural(n, word)}")


class _Page:
    """One rendering of a history."""

    def __init__(self, h: History, full_paths: bool, step_reports: Sequence[str] = ()) -> None:
        self.h = h
        self.full_paths = full_paths
        self.step_reports = step_reports
        self.silent = sum(s.summary.silent_edits for s in h.steps)

    def title(self) -> str:
        t = self.h.latest.document.title
        return t if t else f"History of {version_name(self.h.latest, self.full_paths)}"

    def render(self) -> str:
        html, body = page(f"annotate history: {flat(self.title(), 120)}", "hist")
        el(body, "a", "skip", href="#main").text = "Skip to the history"
        self.header(el(body, "header", "top", id="top"))
        main = el(body, "main", "hist-main", id="main")
        self.stealth(main)
        self.timeline(main)
        self.notes(main)
        blame_section(main, self.h)
        steps_section(main, self.h, self.step_reports)
        el(body, "footer").text = (
            "Made with annotate from the same history as 'annotate history --format json'. Versions are numbered "
            "v1, v2\u2026 in time order; offsets, counts and dates are the library's; nothing in this page loads "
            "from the network."
        )
        for head in html.iter("p", "span"):  # words of a flex row stay apart when copied or read aloud
            if head.get("class") in ("st-head", "hn-head", "tl-head", "hc-kind"):
                for child in list(head)[:-1]:
                    child.tail = child.tail or " "
        return finish(html, body)

    # header ------------------------------------------------------------------------------
    def header(self, top: _Element) -> None:
        h = self.h
        el(top, "p", "kicker").text = "annotate \u00b7 document history"
        text_el(top, "h1", self.title())
        ul = el(top, "ul", "counts")
        _count(ul, len(h.versions), "version", "c-other")
        _count(ul, len(h.notes), "note", "c-note")
        _count(ul, sum(1 for n in h.notes if n.removed is not None), "removed note", "c-silent")
        _count(ul, len(h.stealth), "stealth edit", "c-silent")
        _count(ul, self.silent, "silent edit", "c-silent")
        jumps = el(top, "p", "jumps")
        for target, label in (("f1" if h.stealth else None, "Stealth edits"), ("r1", "Timeline"),
                              ("n1" if h.notes else None, "Notes"), ("c1" if h.steps else None, "Changes by step")):
            if target is not None:
                el(jumps, "a", href=f"#{target}").text = label
        keys = el(top, "p", "keys")
        el(keys, "kbd").text = "n"
        _tail(keys[0], " / ")
        el(keys, "kbd").text = "p"
        _tail(keys[1], " next / previous item, ")
        el(keys, "kbd").text = "a"
        _tail(keys[2], " next note")

    # stealth edits -------------------------------------------------------------------------
    def stealth(self, main: _Element) -> None:
        h = self.h
        sec = el(main, "section", "hsec h-stealth")
        el(sec, "h2").text = "Stealth edits: removed notes, edits after a \u201cfinal\u201d note"
        if not h.stealth:
            el(sec, "p", "empty").text = "None: no note was removed, and nothing changed after a note said the " \
                                         "article was final."
            return
        ol = el(sec, "ol", "stealth-list")
        for k, s in enumerate(h.stealth):
            self.stealth_item(ol, k, s)

    def stealth_item(self, ol: _Element, k: int, s: Stealth) -> None:
        note = self.h.note(s.note)
        li = el(ol, "li", f"stealth stop{' silent' if s.silent else ''}", id=f"f{k + 1}")
        head = el(li, "p", "st-head")
        if s.kind == "removed_note":
            el(head, "span", "tag t-deletion").text = "removed correction" if s.correction else "removed note"
            _tail(_vlink(head, s.version, f"in v{s.version + 1}"), " ")
            if s.silent:
                el(head, "span", "tag t-silent").text = "silent"
            of = el(head, "span", "st-of")
            of.text = "note "
            _tail(_nlink(of, note.id), ", added in ")
            _vlink(of, note.first)
            if note.date is not None:
                _tail(of[-1], " on ")
                text_el(of, "b", note.date.value)
            quote = el(li, "blockquote", "st-quote")
            text_el(quote, "p", flat(note.last_text, QUOTE))
            return
        el(head, "span", "tag t-silent").text = "edit after \u201cfinal\u201d"
        _tail(_vlink(head, s.version, f"in v{s.version + 1}"), " after ")
        _nlink(head, note.id)
        _tail(head[-1], f" (v{note.first + 1}) said the article was final")
        if s.change is not None:
            step = self.h.steps[s.version - 1]
            change_item(el(li, "div", "st-change"), self.h, step, s.change)

    # timeline ----------------------------------------------------------------------------
    def timeline(self, main: _Element) -> None:
        h = self.h
        sec = el(main, "section", "hsec h-timeline")
        el(sec, "h2").text = f"Timeline: {len(h.versions)} {plural(len(h.versions), 'version')}, oldest first"
        ol = el(sec, "ol", "timeline")
        for v in h.versions:
            li = el(ol, "li", f"tl-item {version_class(v.index)}", id=f"r{v.index + 1}")
            head = el(li, "p", "tl-head")
            el(head, "span", f"tl-dot {version_class(v.index)}", aria_hidden="true")
            el(head, "b", "tl-v").text = f"v{v.index + 1}"
            text_el(head, "span", _date(v.date), "tl-date")
            text_el(head, "span", version_name(v, self.full_paths), "tl-source")
            facts = el(li, "p", "tl-facts")
            self.version_facts(facts, v)
        for heading, lines in (("Skipped versions", h.skipped), ("Warnings", h.warnings)):
            if lines:
                box = el(sec, "div", "doc-warn")
                el(box, "b").text = heading
                ul = el(box, "ul")
                for line in lines:
                    text_el(ul, "li", flat(line, QUOTE))

    def version_facts(self, facts: _Element, v: Version) -> None:
        h = self.h
        _tail(el(facts, "span", "tl-n"), f"{len(v.notes)} {plural(len(v.notes), 'note')}")
        if not v.index:
            _tail(facts[-1], " \u00b7 the first version known")
            return
        step = h.steps[v.index - 1]
        if step.added:
            added = el(facts, "span", "tl-add")
            added.text = " \u00b7 added "
            for i, note_id in enumerate(step.added):
                _tail(_nlink(added, note_id), ", " if i + 1 < len(step.added) else "")
        if step.removed:
            gone = el(facts, "span", "tl-gone")
            gone.text = " \u00b7 removed "
            for i, note_id in enumerate(step.removed):
                _tail(_nlink(gone, note_id), ", " if i + 1 < len(step.removed) else "")
        n = len(step.changes)
        changes = el(facts, "span", "tl-chg")
        changes.text = " \u00b7 "
        a = el(changes, "a", href=f"#c{v.index}")
        a.text = f"{n} {plural(n, 'change')} from v{v.index}" if n else f"no change from v{v.index}"
        if step.summary.silent_edits:
            _tail(a, ", ")
            el(changes, "span", "tag t-silent").text = f"{step.summary.silent_edits} silent"

    # notes --------------------------------------------------------------------------------
    def notes(self, main: _Element) -> None:
        h = self.h
        sec = el(main, "section", "hsec h-notes")
        el(sec, "h2").text = f"Notes: {len(h.notes)}, in order of first appearance"
        if not h.notes:
            el(sec, "p", "empty").text = "No version has a note."
            return
        ol = el(sec, "ol", "hnotes")
        for n in h.notes:
            self.note(ol, n)

    def note(self, ol: _Element, n: HistoryNote) -> None:
        cls = "hnote stop annotation" + (" gone" if n.removed is not None else "") + (" correction" if n.correction else "")
        li = el(ol, "li", cls, id=f"n{n.id.removeprefix('h')}")
        head = el(li, "p", "hn-head")
        el(head, "b", "hn-id").text = n.id
        if n.label:
            text_el(head, "span", flat(n.label, 60), "tag t-note")
        _vlink(head, n.first, f"added in v{n.first + 1}", "badge vlink")
        if n.removed is not None:
            _vlink(head, n.removed, f"removed in v{n.removed + 1}" + (" silently" if n.removal_silent else ""),
                   "badge vlink gone")
        if n.date is not None:
            when = text_el(head, "span", n.date.value, "hn-date")
            _tail(when, f" ({n.date.basis})")
        if n.absent_on:
            text_el(head, "span", f"not there on {n.absent_on}", "hn-absent")
        text_el(li, "p", flat(n.text, QUOTE), "hn-text")
        if n.last_text != n.text:
            last = el(li, "p", "hn-last")
            last.text = "Last worded: "
            text_el(last, "span", flat(n.last_text, QUOTE))


def render_history_html(h: History, *, full_paths: bool = False, step_reports: Sequence[str] = ()) -> str:
    """The self-contained HTML page for history ``h``; ``full_paths`` names versions by the paths given
    (default: file names only, so a shared page does not publish your folders); ``step_reports``,
    one file name per step, links each step to its side-by-side report written beside the page."""
    return _Page(h, full_paths, step_reports).render()
