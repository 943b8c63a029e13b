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


def finish(html: _Element, body: _Element) -> str:
    """The page as HTML text: the script last in the body, one block element per line."""
    el(body, "script").text = SCRIPT
    for node in html.iter(*_BLOCKS):
        if node.tail is None and node.getparent() is not None:
            node.tail = "\n"
    body.text = "\n"
    html.text = "\n"
    out: str = etree.tostring(html, method="html", encoding="unicode", doctype="<!DOCTYPE html>")
    return out + "\n"
