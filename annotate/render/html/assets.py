"""The HTML report's own stylesheet and script (files of this package, never built from input),
and the page skeleton every report shares (``page``, ``finish``).

The Content-Security-Policy of the page allows exactly these two inline blocks,
by their SHA-256 hashes, and nothing else (no network, no other script or style).
Both are plain ASCII so that their bytes, and hence their hashes, cannot change
with the output encoding.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from importlib import resources

from lxml import etree

from annotate.render.html.dom import el, text_el

_Element = etree._Element


def _asset(name: str) -> str:
    """A file of this package, read as ASCII (bytes, and so the hash, fixed whatever the locale)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="ascii")


CSS = _asset("report.css")
"""The page's stylesheet (``report.css``), inlined in its ``<style>``."""
SCRIPT = _asset("report.js")
"""The page's script (``report.js``), inlined in its ``<script>``: keyboard navigation only."""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy() -> str:
    """The page's policy: nothing but its own inline style and script, by hash."""
    return (
        f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def page(title: str, body_class: str | None = None) -> tuple[_Element, _Element]:
    """A new page: ``(html, body)`` with the head every report has (charset, the policy above,
    viewport, colour schemes, generator, ``title`` as text, the stylesheet)."""
    html = el(None, "html", lang="en")
    head = el(html, "head")
    el(head, "meta", charset="utf-8")
    el(head, "meta", http_equiv="Content-Security-Policy", content=content_security_policy())
    el(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    el(head, "meta", name="color-scheme", content="light dark")
    el(head, "meta", name="generator", content="annotate")
    text_el(head, "title", title)
    el(head, "style").text = CSS
    return html, el(html, "body", body_class)


_BLOCKS = ("p", "li", "div", "section", "header", "aside", "main", "details", "ol", "ul", "head", "meta", "title",
           "style", "footer", "input", "summary", "h1", "h2", "h3", "nav", "blockquote")


def block_lines(node: _Element) -> None:
    """One block element per line: a newline after each block element in ``node`` (itself
    included, when it has a parent) that has nothing after it yet."""
    for sub in node.iter(*_BLOCKS):
        if sub.tail is None and sub.getparent() is not None:
            sub.tail = "\n"


def serialize(node: _Element) -> str:
    """``node`` (with its tail) as HTML text, as it reads inside the page."""
    block_lines(node)
    out: str = etree.tostring(node, method="html", encoding="unicode")
    return out


def finish(html: _Element, body: _Element) -> str:
    """The page as HTML text: the script last in the body, one block element per line."""
    return _finished(html, body) + "\n"


def finish_parts(html: _Element, body: _Element, marker: _Element) -> tuple[str, str]:
    """``finish``'s text before and after ``marker`` (a placeholder comment, left out), where the
    HTML text of a long column goes, serialized a piece at a time (``Spool``), so that a long
    column is never one tree nor held whole."""
    head, tail = _finished(html, body).split(etree.tostring(marker, method="html", encoding="unicode"), 1)
    return head, tail + "\n"


def _finished(html: _Element, body: _Element) -> str:
    el(body, "script").text = SCRIPT
    block_lines(html)
    body.text = "\n"
    html.text = "\n"
    out: str = etree.tostring(html, method="html", encoding="unicode", doctype="<!DOCTYPE html>")
    return out


class Spool:
    """Children of one element serialized as they are made, so a long report is never one
    whole tree in memory: ``flush`` turns the children made so far into text and drops
    them; ``drain`` hands that text over, to be written in their place (``finish_parts``: byte
    for byte the same page)."""

    def __init__(self, parent: _Element, keep: int = 256) -> None:
        self.parent, self.keep = parent, keep
        self.marker = etree.Comment(f"annotate-spool-{secrets.token_hex(16)}")  # never in the output
        parent.append(self.marker)
        self.texts: list[str] = []

    def flush(self, force: bool = False) -> None:
        """Serialize the children after the marker once there are more than ``keep`` (or now)."""
        if len(self.parent) - 1 > self.keep or (force and len(self.parent) > 1):
            for child in list(self.parent)[1:]:
                self.texts.append(serialize(child))
                self.parent.remove(child)

    def drain(self) -> list[str]:
        """The text serialized since the last call, handed over (and no longer kept here)."""
        texts, self.texts = self.texts, []
        return texts
