"""Held-out set 26 (public-sector digital teams, Ceph, Cortex, Thanos, OpenSCAD, Bottles,
darktable, irssi): the rules its misses taught, each on a small text written like the real one."""

from __future__ import annotations

import annotate
from annotate.notices import general_notice
from annotate.openings import label_at
from annotate.read import read_document


def test_a_bold_label_alone_on_its_line_heads_the_quote() -> None:
    assert label_at("> **Note**\n> The maintainers will be at KubeCon.", 0, 46) == ("Note", None, 10)
    assert label_at("> **Note** <br />\n> The maintainers", 0, 35) == ("Note", None, 17)
    original = "# Cortex\n\nCortex stores metrics.\n"
    revised = "# Cortex\n\n> **Note** <br />\n> The maintainers will be at KubeCon in Detroit.\n\nCortex stores metrics.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["> **Note** <br />\n> The maintainers will be at KubeCon in Detroit."]


def test_nota_bene_is_a_label() -> None:
    assert label_at("_NB_: An earlier version mislabelled it.", 0, 40) == ("NB", None, 5)
    assert label_at("N.B. The deadline moved.", 0, 24) == ("N.B.", None, 4)
    assert label_at("NB this is prose", 0, 16) is None


def test_a_headings_date_after_a_dash() -> None:
    found = label_at("## Addendum \u2013 Jun 7 2022", 0, 24)
    assert found is not None and found[1] is not None and found[1].value == "2022-06-07"


def test_as_of_a_full_date_keeps_its_year() -> None:
    original = "---\ndate: 2021-03-01\n---\n\nUse port 2222.\n"
    revised = original.replace("Use", "**UPDATE: As of November 28, 2022, only port 22 works.**\n\nUse")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2022-11-28"]


def test_a_post_published_in_error_is_a_general_notice() -> None:
    assert general_notice("*Note: A previous version of this blog was posted in error.*")
    # "updated to fix issue #5899" says what the key's update was for: no notice of edits
    assert not general_notice("NOTE: 2026-01-25: Please re-import the key, it was updated to fix issue #5899.")


def test_a_note_above_an_old_line_of_its_paragraph_ends_before_it() -> None:
    original = "We worked on Log4j.\n\ncloud.gov Customer Responsibilities\n\n* Patch your apps.\n"
    revised = original.replace(
        "cloud.gov Customer", "Update 2021-12-27: We completed our ED-22-01 response.\ncloud.gov Customer"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["Update 2021-12-27: We completed our ED-22-01 response."]


def test_a_last_updated_line_dates_a_page_with_front_matter() -> None:
    text = "---\ntitle: How do I\ndate: 2024-12-20\n---\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n*Last updated 2025-07-11.*\n"
    doc = read_document(text, fmt="markdown")
    assert doc.date is not None and doc.date.value == "2024-12-20"
    assert doc.updated is not None and doc.updated.value == "2025-07-11"
