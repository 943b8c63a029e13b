"""Element helpers for the HTML report: every string from the inputs becomes a text node.

Why this exists: the report's one safety rule lives here. ``add_text`` (and ``text_el``)
put input text into text nodes of elements this package creates, never into a tag,
an attribute, a script or a style; characters XML cannot hold, and bidi controls,
become visible escapes in ``<span class="ctl">``.
"""

from __future__ import annotations

from lxml import etree

from annotate.render import XML_UNSAFE

_Element = etree._Element


def el(parent: _Element | None, tag: str, cls: str | None = None, **attrs: str) -> _Element:
    """A new element (a child of ``parent``); ``aria_label=`` becomes ``aria-label``, ``for_=`` ``for``.

    Tags, attribute names and values are the renderer's own, never from an input.
    """
    attrib = {"class": cls} if cls else {}
    for k, v in attrs.items():
        attrib[k.rstrip("_").replace("_", "-")] = v
    return etree.Element(tag, attrib) if parent is None else etree.SubElement(parent, tag, attrib)


def append(parent: _Element, text: str) -> None:
    """Append ``text`` (already safe for XML) after the last child of ``parent``."""
    if not text:
        return
    last = next(reversed(parent), None)  # (len() of an lxml element counts its children: slow)
    if last is not None:
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def escape_char(ch: str) -> str:
    """``\\x1b`` or ``\\ud800``: how a character XML cannot hold is shown."""
    n = ord(ch)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def add_text(parent: _Element, text: str) -> None:
    """Append untrusted ``text`` to ``parent``: characters XML cannot hold become visible escapes."""
    pos = 0
    for m in XML_UNSAFE.finditer(text):
        append(parent, text[pos : m.start()])
        el(parent, "span", "ctl").text = escape_char(m.group())
        pos = m.end()
    append(parent, text[pos:])


def text_el(parent: _Element, tag: str, text: str, cls: str | None = None) -> _Element:
    """A new element holding untrusted ``text``."""
    node = el(parent, tag, cls)
    add_text(node, text)
    return node


def flat(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    out = " ".join(text.split())
    return out if len(out) <= limit else out[: limit - 1].rstrip() + "\u2026"


def plural(n: int, word: str, many: str | None = None) -> str:
    """``word`` for one, its plural otherwise."""
    return word if n == 1 else (many or word + "s")
