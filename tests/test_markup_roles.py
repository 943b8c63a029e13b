"""A role put on, taken off or changed over the same backquoted text is no edit a reader
reads: reStructuredText's ":file:`PKG-INFO`" shows "PKG-INFO" as "``PKG-INFO``" did, MyST
Markdown's "{file}`x`" likewise; what the backquotes hold still counts."""

from __future__ import annotations

import pytest

import annotate

_DOC = "Title\n=====\n\nThe file {old} holds the metadata. Then call the function.\n\nEnd.\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("``PKG-INFO``", ":file:`PKG-INFO`"),  # a role put on a literal
        (":func:`load`", ":meth:`load`"),  # a role changed
        (":py:func:`load`", "``load``"),  # a domain role taken off
        ("``PKG-INFO``", "{file}`PKG-INFO`"),  # MyST Markdown's form
    ],
)
def test_a_role_over_the_same_text_is_no_silent_edit(old: str, new: str) -> None:
    c = annotate.compare(_DOC.format(old=old), _DOC.format(old=new), fmt="text")
    assert c.changes and not [ch for ch in c.changes if ch.silent], [(ch.original, ch.revised) for ch in c.changes]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (":ref:`guide`", ":ref:`manual`"),  # what the role shows changed
        ("``PKG-INFO``", ":file:`METADATA`"),
        ("the time 10:30:", "the time 10:45:"),  # colons around a number are no role
    ],
)
def test_what_the_backquotes_hold_still_counts(old: str, new: str) -> None:
    c = annotate.compare(_DOC.format(old=old), _DOC.format(old=new), fmt="text")
    assert [ch for ch in c.changes if ch.silent]
