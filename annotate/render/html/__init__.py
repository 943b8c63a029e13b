"""The HTML report: one self-contained page, built with lxml from a ``Comparison``.

The page is side by side (original left, republished right) with an inline
redline view one click away (a CSS-only switch; ``view`` picks the initial one).
Annotations are ``<ins class="annotation" datetime="…">`` with a visible date
badge; undisclosed ("silent") changes get their own style and a count in the
summary; framing is shown quietly; unchanged runs fold into ``<details>``.

Safety: every string from the inputs (text, titles, file names, evidence)
goes into a text node of an element this module creates, never into a tag,
an attribute, ``<script>``, ``<style>``, a comment, ``href`` or ``src``.
Characters XML cannot hold, and bidi controls, are shown as ``\\x1b``-style
escapes in a ``<span class="ctl">``. The Content-Security-Policy allows only
the page's own style and script (``annotate.render.html.assets``), by hash.

>>> from annotate.compare import compare
>>> page = render_html(compare("It rained.", "It rained.\\n\\n(Update, 6 July 2017: it stopped.)"))
>>> page.startswith("<!DOCTYPE html>") and '<ins class="annotation stop block" id="n1" datetime="2017-07-06">' in page
True
"""

from __future__ import annotations

from collections.abc import Iterator

from annotate.model import Comparison
from annotate.render.html.page import DEFAULT_CONTEXT, VIEWS, Page

__all__ = ["DEFAULT_CONTEXT", "VIEWS", "render_html", "render_html_parts"]


def render_html(c: Comparison, *, view: str = "side", context: int = DEFAULT_CONTEXT) -> str:
    """The self-contained HTML report for ``c``; ``view`` is ``side`` or ``inline``,
    ``context`` the unchanged paragraphs kept around each change before folding."""
    return Page(c, view, context).render()


def render_html_parts(c: Comparison, *, view: str = "side", context: int = DEFAULT_CONTEXT) -> Iterator[str]:
    """``render_html``'s page in pieces, each made as it is asked for: a large report is
    written while it is made, never joined nor held whole."""
    return Page(c, view, context).render_parts()
