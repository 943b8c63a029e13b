"""Held-out set 25 (personal blogs, Privacy Guides, CalyxOS, Guardian Project, newsroom READMEs,
FFmpeg): the rules its misses taught, each on a small text written like the real one."""

from __future__ import annotations

import annotate
from annotate.openings import label_at
from annotate.read import read_document


def test_a_bold_label_with_its_date_alone_heads_the_paragraphs_under_it() -> None:
    original = "---\ntitle: A letter\ndate: 2025-08-01\n---\n\nDear community,\n\nWe are sorry.\n"
    revised = original.replace(
        "Dear community,",
        "**Update: August 5 2025**\n\nWe appreciate your concerns.\n\nSigning keys are safe.\n\n&nbsp;\n\n---\n\n&nbsp;\n\nDear community,",
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [
        ("**Update: August 5 2025**\n\nWe appreciate your concerns.\n\nSigning keys are safe.", "2025-08-05")
    ]
    # the spacers and the rule under it separate; they say nothing
    assert not any(ch.silent for ch in c.changes)


def test_a_bold_label_without_a_date_takes_no_body() -> None:
    original = "Intro.\n\nBody text here.\n"
    revised = "Intro.\n\n**Update: the server moved**\n\nA new paragraph.\n\nBody text here.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert [a.text for a in c.annotations] == ["**Update: the server moved**"]


def test_nested_and_toml_publication_dates() -> None:
    mkdocs = "---\ndate:\n    created: 2025-09-08T18:00:00Z\n    updated: 2025-09-15\n---\n\nBody.\n"
    doc = read_document(mkdocs, fmt="markdown")
    assert doc.date is not None and doc.date.value == "2025-09-08"
    toml = '+++\npublished_at = 2024-01-19T12:29:25-08:00\ntitle = "Thoughts"\n+++\n\nBody.\n'
    doc = read_document(toml, fmt="markdown")
    assert doc.date is not None and doc.date.value == "2024-01-19"


def test_a_month_and_day_in_figures_in_a_label_takes_the_documents_year() -> None:
    # "9/8" reads either way: the reading nearest on or after the original's date wins
    assert label_at("Update (9/8): Added a definition.", 0, 33)[1].value == "XXMD-09-08"  # type: ignore[index,union-attr]
    assert label_at("Update (15/9): x", 0, 16)[1].value == "XXXX-09-15"  # type: ignore[index,union-attr]
    undated = annotate.compare("Intro.\n", "Intro.\n\n**Update (5/3):** The project answered us.\n", fmt="markdown")
    assert [a.date for a in undated.annotations] == [None]  # (no date of the document decides which)
    original = "---\ndate:\n    created: 2025-05-02\n---\n\nThe slider is broken.\n"
    revised = original.replace("broken.", "broken.\n\n**Update (5/3):** The project answered us.")
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(a.date.value if a.date else None) for a in c.annotations] == ["2025-05-03"]


def test_a_label_after_struck_text_and_wrapped_after_its_word() -> None:
    original = "* Pipelining downloads makes it\n  harder to track packages.\n* Other item.\n"
    revised = (
        "* ~~Pipelining downloads makes it\n  harder to track packages.~~ Update\n"
        "  2021-12-09: It turns out apt already pipelines, so that is done.\n* Other item.\n"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [
        ("Update\n  2021-12-09: It turns out apt already pipelines, so that is done.", "2021-12-09")
    ]
    assert not any(ch.silent for ch in c.changes)


def test_a_label_closed_by_a_dash_written_as_an_entity() -> None:
    assert label_at("**Addendum &mdash;** After a talk with the author", 0, 48) == ("Addendum", None, 20)
    assert label_at("**Update \u2014** the bridge reopened", 0, 33) == ("Update", None, 12)


def test_an_addendum_amending_the_article_accordingly_is_a_general_notice() -> None:
    original = "gh-ost is hugely complex.\n\nIt has costs.\n\nThe end.\n"
    revised = original.replace("hugely ", "").replace(
        "The end.", "**Addendum &mdash;** I have amended it accordingly. Changes are visible in its Git history.\n\nThe end."
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [ch.disclosure for ch in c.changes if ch.kind == "deletion"] == ["general"]


def test_a_correction_quoting_the_old_word_discloses_its_replacement() -> None:
    original = "ONCE sells Basecamp for $299.\n\nI used Basecamp in 2011.\n"
    revised = (
        "ONCE sells Campfire for $299.\n\nI used Campfire in 2011.\n\n"
        '**Update 2024/01/28:** This piece originally said "Basecamp" by mistake.\n'
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [(ch.silent, ch.disclosed_by) for ch in c.changes if ch.kind == "edit"] == [(False, ("n1",)), (False, ("n1",))]


def test_a_note_quoting_code_discloses_a_rename_to_it_but_not_a_passage_about_it() -> None:
    original = "We use the `try!` macro here.\n\nThe end.\n"
    revised = "We use the `?` operator here.\n\nThe end.\n\n**Update:** Examples now use `?` where they can.\n"
    c = annotate.compare(original, revised, fmt="markdown")
    assert all(not ch.silent for ch in c.changes if ch.kind == "edit")
    original = "Svelte binds sizes.\n\nThe end.\n"
    revised = (
        "Svelte binds sizes, and Svelte will update the bound values using a `ResizeObserver` on each element.\n\n"
        "The end.\n\n> **Note:** inline elements cannot be observed with a `ResizeObserver`.\n"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    assert [ch.silent for ch in c.changes if ch.kind == "addition"] == [True]


def test_a_typo_notice_discloses_respellings_only() -> None:
    original = "Many langauges have SIMD.\n\nUse sigmoids well.\n\nThe old way works.\n\nIt is possible.\n\nIt occured.\n\nSince 2019 it works.\n"
    revised = (
        "Many languages have SIMD.\n\nUse sigmoid well.\n\nThe new way works.\n\nIt is impossible.\n\nIt occurred.\n\nSince 2018 it works.\n\n"
        "**Update 2018-10-20:** Updated this post to fix small typos.\n"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    edits = {ch.original.text: ch.silent for ch in c.changes if ch.kind in ("edit", "addition") and ch.original}
    # swapped letters or one letter inside a word: a typo; a word's ending, a prefix, a number: not
    assert edits == {"langauges": False, "sigmoids": True, "old": True, "possible": True, "occured": False, "2019": True}


def test_a_note_citing_a_reference_link_discloses_the_passage_citing_it() -> None:
    original = "SIMD is hard.\n\nThe end.\n\n[rayon]: https://example.org/rayon\n"
    revised = (
        "**Update:** Added a reference to [simdeez].\n\nSIMD is hard.\n\nAnother crate is [simdeez], made for games.\n\n"
        "The end.\n\n[rayon]: https://example.org/rayon\n[simdeez]: https://example.org/simdeez\n"
    )
    c = annotate.compare(original, revised, fmt="markdown")
    added = [ch for ch in c.changes if ch.kind == "addition" and "crate" in ch.revised.text]  # type: ignore[union-attr]
    assert [(ch.silent, ch.disclosed_by) for ch in added] == [(False, ("n1",))]


def test_updated_results_disclose_the_numbers_and_ids_are_unseen() -> None:
    original = '<table>\n<tr><td>585ms</td><td>2.6</td></tr>\n</table>\n\nAn Appendex.\n'
    revised = (
        "_**Update March 17, 2016**: We optimized the font. I\u2019ve updated the results below._\n\n"
        '<table id="results-default">\n<tr><td>580ms</td><td>1.7</td></tr>\n</table>\n\nAn Appendix.\n'
    )
    c = annotate.compare(original, revised, fmt="markdown")
    silent = [ch.revised.text if ch.revised else "" for ch in c.changes if ch.silent]
    assert silent == ["Appendix"]


def test_brackets_in_a_script_are_no_note() -> None:
    original = "Text.\n\n<script>\nfunction lerp(a, b) {\n  return a;\n}\nvar spaces = 1;\n</script>\n"
    revised = original.replace("var spaces = 1;", "var spaces = [ ['ICtCp', ICTCP], ['XYB', XYB], ];")
    assert annotate.compare(original, revised, fmt="markdown").annotations == ()
