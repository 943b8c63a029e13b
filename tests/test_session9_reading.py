"""Rules of the ninth session, each on a small text written like the real documents that
taught it (held-out sets 16, 29, 30 and the new sets 35–36)."""

from __future__ import annotations

import annotate
from tests.reading_checks import note_texts

_LOG = (
    "---\ntitle: Kernel patch\n---\n\nThe kernels are in testing.\n\nInstall them with dnf.\n\n"
    "## Changelog\n\n"
    "- **2026-05-01 16:30 UTC** — Updated the kernel update command.\n"
)


def test_a_new_entry_in_the_pages_changelog_is_a_note_dated_by_its_stamp() -> None:
    entry = "- **2026-05-02 21:07 UTC** — Patched kernels released; the title now says so.\n"
    revised = _LOG.replace("## Changelog\n\n", "## Changelog\n\n" + entry + "\n")
    c = annotate.compare(_LOG, revised, fmt="markdown")
    [note] = c.annotations
    assert note.text == entry.strip()
    assert note.date is not None and note.date.value == "2026-05-02"
    assert not [ch for ch in c.changes if ch.silent]


def test_a_timed_entry_under_a_notice_heading_is_a_note() -> None:
    original = (
        "### Notice\n\nThis article is being edited to answer new questions.\n\n"
        "  * 12:05 PST - Feedback from IRC.\n\n---\n\nFirst a disclaimer about the events.\n"
    )
    revised = original.replace("IRC.\n\n", "IRC.\n\n  * 12:17 PST - Correct the musl section.\n\n")
    assert note_texts(original, revised) == ["* 12:17 PST - Correct the musl section."]


def test_a_new_dated_item_in_an_ordinary_list_is_not_a_note() -> None:
    # a schedule or a list of releases is content: only a log of the page's own edits
    # (under "Changelog", "Updates", "Notice"…) makes its new entries notes
    original = "## Schedule\n\n- 14:55 - Opening talk\n- 15:30 - Panel\n\nSee you there.\n"
    revised = original.replace("- 15:30 - Panel\n", "- 15:30 - Panel\n- 16:10 - Closing remarks\n")
    c = annotate.compare(original, revised, fmt="markdown")
    assert not c.annotations
    assert [ch.kind for ch in c.changes if ch.silent] == ["addition"]
