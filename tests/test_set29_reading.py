"""Held-out set 29 (Go, Swift and Matrix proposals, web developers' blogs, documentation tools):
the rules its misses taught, each on a small text written like the real one."""

from __future__ import annotations

from reading_checks import note_texts


def test_a_liquid_block_named_note_is_a_note_and_ends_where_it_closes() -> None:
    original = "## Breaking changes\n\n```yaml\nhighlight: true\n```\n"
    box = "{% note warn %}\nSyntax highlighting is refactored and controlled by the following settings.\n{% endnote %}"
    revised = original.replace("```yaml", box + "\n\n```yaml")
    assert note_texts(original, revised) == [box]


def test_ins_around_a_bracketed_note_is_the_notes() -> None:
    original = "Use this snippet.\n\nThe end.\n"
    revised = "Use this snippet. <ins>(There is a more up to date snippet [below](#update))</ins>\n\nThe end.\n"
    assert note_texts(original, revised) == ["<ins>(There is a more up to date snippet [below](#update))</ins>"]


def test_an_old_paragraph_does_not_swallow_a_new_indented_bullet_under_it() -> None:
    original = "Note that MSC2676 adds the event.\nSee that MSC for details.\n\n### Encryption\n\nText.\n"
    bullet = "   * **Edited 2022-06-06**: This appears to be incorrect. MSC2676 has no such field."
    revised = original.replace("details.\n", "details.\n\n" + bullet + "\n")
    assert note_texts(original, revised) == [bullet.strip()]
