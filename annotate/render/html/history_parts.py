"""The larger sections of the history page: the latest text by version (blame) and each step's changes.

Why this exists: ``annotate.render.html.history`` lays out the page and its short sections;
the two sections that hold article text — every passage of the latest version, every change
of every step — live here, so that each module stays readable. The same safety rules apply:
input text only ever becomes text nodes (``annotate.render.html.dom``); attributes hold this
module's classes and links to the page's own ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from annotate.history_model import History, Step
from annotate.model import Change
from annotate.render.html.dom import add_text, el, flat, plural, text_el

_Element = etree._Element
PALETTE = 8
"""Versions are coloured ``vc0`` … ``vc7``, cycling: version k gets ``vc{k % 8}``."""
CONTEXT = 60
"""Characters of unchanged text shown on each side of a change, within its paragraph."""
CHANGE_QUOTE = 800
"""Longest quotation of one side of a change (characters), cut with an ellipsis."""


def version_class(index: int) -> str:
    """The colour class of version ``index``."""
    return f"vc{index % PALETTE}"


def _before(text: str, at: int) -> str:
    """Up to ``CONTEXT`` characters before offset ``at``, within its paragraph, from a word start."""
    start = max(0, at - CONTEXT)
    piece = text[start:at]
    cut = piece.rfind("\n")
    if cut >= 0:
        return piece[cut + 1 :]
    if start > 0:
        space = piece.find(" ")
        return "\u2026" + (piece[space + 1 :] if 0 <= space < len(piece) - 1 else piece)
    return piece


def _after(text: str, at: int) -> str:
    """Up to ``CONTEXT`` characters after offset ``at``, within its paragraph, to a word end."""
    piece = text[at : at + CONTEXT]
    cut = piece.find("\n")
    if cut >= 0:
        return piece[:cut]
    if at + CONTEXT < len(text):
        space = piece.rfind(" ")
        return (piece[:space] if space > 0 else piece) + "\u2026"
    return piece


_KIND = {"annotation": "note", "addition": "addition", "deletion": "deletion", "edit": "edit", "move": "move",
         "frame": "framing"}


def change_item(parent: _Element, h: History, step: Step, c: Change) -> None:
    """One change of ``step``: its kind, whether it is silent, and its text in context."""
    head = el(parent, "span", "hc-kind")
    el(head, "span", f"tag t-{'note' if c.kind == 'annotation' else c.kind}").text = _KIND.get(c.kind, c.kind)
    if c.silent:
        el(head, "span", "tag t-silent").text = "silent"
    elif c.disclosure:
        el(head, "span", "hc-disc").text = f"disclosed ({c.disclosure})"
    head.tail = " "
    body = el(parent, "span", "hc-text")
    a_text = h.versions[step.before].document.text
    b_text = h.versions[step.after].document.text
    if c.kind == "deletion" and c.original is not None:
        add_text(body, _before(a_text, c.original.start))
        text_el(body, "del", flat(c.original.text, CHANGE_QUOTE), "deletion silent" if c.silent else "deletion")
        add_text(body, _after(a_text, c.original.end))
        return
    if c.revised is None:
        return
    add_text(body, _before(b_text, c.revised.start))
    if c.kind == "edit" and c.original is not None:
        text_el(body, "del", flat(c.original.text, CHANGE_QUOTE), "edit silent" if c.silent else "edit").tail = " "
    cls = {"annotation": "annotation", "frame": "frame-ins"}.get(c.kind, c.kind)
    text_el(body, "ins", flat(c.revised.text, CHANGE_QUOTE), f"{cls} silent" if c.silent else cls)
    add_text(body, _after(b_text, c.revised.end))


def steps_section(main: _Element, h: History, reports: Sequence[str] = ()) -> None:
    """Every step (neighbouring pair) with its changes, silent ones flagged, and a link to the
    step's side-by-side report when one was written beside the page (``reports``)."""
    sec = el(main, "section", "hsec h-steps")
    el(sec, "h2").text = "Changes, step by step"
    if not h.steps:
        el(sec, "p", "empty").text = "One version only: nothing to compare."
        return
    for k, step in enumerate(h.steps):
        box = el(sec, "section", "hstep stop", id=f"c{k + 1}")
        title = el(box, "h3")
        for i in (step.before, step.after):
            a = el(title, "a", f"vlink {version_class(i)}", href=f"#r{i + 1}")
            a.text = f"v{i + 1}"
            a.tail = " \u2192 " if i == step.before else " "
        n, quiet = len(step.changes), step.summary.silent_edits
        sums = el(title, "span", "hs-sum")
        sums.text = f"{n} {plural(n, 'change')}" + (f", {quiet} silent" if quiet else "") if n else "no change"
        if k < len(reports):
            sums.tail = " \u00b7 "
            el(title, "a", "step-report", href=reports[k]).text = "side by side \u2197"
        if step.limits:
            for limit in step.limits:
                text_el(box, "p", f"limit reached: {flat(limit, 300)}", "limit")
        if not step.changes:
            continue
        ol = el(box, "ol", "hchanges")
        for c in step.changes:
            change_item(el(ol, "li", "hchange silent" if c.silent else "hchange"), h, step, c)


def blame_section(main: _Element, h: History) -> None:
    """The latest version's passages, each marked by the version it first appeared in (and the one
    that last changed it), with a legend of the versions' colours."""
    latest = h.latest
    sec = el(main, "section", "hsec h-blame")
    el(sec, "h2").text = f"The latest text (v{latest.index + 1}), each passage by the version it comes from"
    counts = [0] * len(h.versions)
    for o in h.blame:
        counts[o.first] += 1
    legend = el(sec, "ul", "legend blame-legend")
    for v in h.versions:
        li = el(legend, "li")
        el(li, "span", f"swatch {version_class(v.index)}", aria_hidden="true")
        a = el(li, "a", "vlink", href=f"#r{v.index + 1}")
        a.text = f"v{v.index + 1}"
        a.tail = " "
        text_el(li, "span", v.date.value if v.date else "no date", "bl-date")
        li[-1].tail = f" \u00b7 {counts[v.index]} {plural(counts[v.index], 'passage')}"
    if not h.blame:
        el(sec, "p", "empty").text = "The latest version has no text."
        return
    text = latest.document.text
    box = el(sec, "div", "blame")
    for o in h.blame:
        p = el(box, "div", f"bl {version_class(o.first)}")
        tag = el(p, "span", "bl-tag")
        a = el(tag, "a", f"vlink {version_class(o.first)}", href=f"#r{o.first + 1}")
        a.text = f"v{o.first + 1}"
        if o.changed != o.first:
            a.tail = " \u00b7 edited "
            el(tag, "a", f"vlink {version_class(o.changed)}", href=f"#r{o.changed + 1}").text = f"v{o.changed + 1}"
        text_el(p, "p", text[o.start : o.end], "bl-text")
