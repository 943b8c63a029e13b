"""Front matter differences: reported as metadata changes, never as silent edits of the body.

Why this exists: a post's front matter (``translator:`` added, ``lastmod`` moved on, a tag
renamed) is data about the article, kept out of the compared text by the reader; a fact-
checker still wants to see what changed there, apart from the article.

>>> from annotate.read import read_document
>>> a = read_document("---\\ntitle: Bridge\\ntags: [a]\\n---\\n\\nBody.", fmt="markdown")
>>> b = read_document("---\\ntitle: Bridge\\ntags: [a, b]\\ntranslator: Ann\\n---\\n\\nBody.", fmt="markdown")
>>> metadata_changes(a, b)
(MetadataChange(key='tags', original='a', revised='a, b'), MetadataChange(key='translator', original=None, revised='Ann'))
"""

from __future__ import annotations

from annotate.model import Document, MetadataChange


def metadata_changes(a: Document, b: Document) -> tuple[MetadataChange, ...]:
    """The fields of ``b``'s metadata that differ from ``a``'s: changed and added in ``b``'s
    order, then removed in ``a``'s order."""
    old = dict(a.metadata)
    new = dict(b.metadata)
    out = [MetadataChange(k, old.get(k), v) for k, v in b.metadata if old.get(k) != v]
    out += [MetadataChange(k, v, None) for k, v in a.metadata if k not in new]
    return tuple(out)
