"""An MDX page's metadata written as an export: ``export const meta = { date: '2021-03-04', … }``.

Why this exists: MDX sites (Next.js blogs, MDX's own website) keep a post's title and dates in a
JavaScript object the page exports instead of YAML front matter, ``modified: new Date('2021-11-01')``
beside ``published: new Date('2019-05-14')``. Read as front matter, the dates are the page's own
(``annotate.read.frontmatter`` names the keys); the object is never article text. Only plain
values are read, a string or ``new Date('…')``: this is no JavaScript parser, and an object it
cannot read is left as text.

>>> m = mdx_export("import {Note} from './note.jsx'\\n\\nexport const info = {\\n  modified: new Date('2021-11-01'),\\n  published: new Date('2019-05-14')\\n}\\n\\n# Shortcodes\\n")
>>> (m.date.value, m.updated.value, m.end)
('2019-05-14', '2021-11-01', 129)
"""

from __future__ import annotations

import re

from annotate.read.frontmatter import PUBLISHED_KEYS, UPDATED_KEYS, FrontMatter, item_date

_EXPORT = re.compile(
    r"(?:(?:[ \t]*(?:import|export)[ \t][^\n]{1,300}\n|[ \t]*\n){0,20}?)"  # (the page's imports above it)
    r"[ \t]*export[ \t]+const[ \t]+(?:meta|metadata|info|frontmatter|frontMatter|post)[ \t]*=[ \t]*\{[ \t]*\n"
    r"(?P<body>(?:[^\n]{0,300}\n){1,60}?)[ \t]*\}[ \t;]*(?:\n|$)"
)
_FIELD = re.compile(r"^[ \t]*['\"]?(?P<key>[A-Za-z_][\w-]{0,40})['\"]?[ \t]*:[ \t]*(?:new[ \t]+Date\([ \t]*)?(?P<q>['\"`])(?P<value>[^'\"`\n]{1,200})(?P=q)", re.MULTILINE)
"""One field with a plain value: ``title: 'Shortcodes'``, ``modified: new Date('2021-11-01')``."""


def mdx_export(text: str) -> FrontMatter | None:
    """The metadata an MDX page exports at its top (after its imports), or ``None``."""
    m = _EXPORT.match(text)
    if m is None:
        return None
    fields: dict[str, str] = {}
    depth = 0  # (fields of the object itself: not a nested one's, "event: { date: '2020-04-15' }")
    for line in m.group("body").split("\n"):
        if depth == 0 and (f := _FIELD.match(line)) is not None:
            fields.setdefault(f.group("key").lower(), f.group("value").strip())
        depth = max(0, depth + line.count("{") + line.count("[") - line.count("}") - line.count("]"))
    if not fields:
        return None
    title = fields.get("title")
    return FrontMatter(m.end(), fields, title, item_date(fields, PUBLISHED_KEYS), item_date(fields, UPDATED_KEYS), None)
