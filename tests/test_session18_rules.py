"""The eighteenth session's rules, each on its own example with a guard beside it: release-log
entries led by their version, AsciiDoc blocks holding blank lines, note forms found by probing
(labels, dated dashes, seasons, stamps), HTML callouts and status notices, JSON and Ziggy front
matter, disclosure of figures, years, spellings and removals, Japanese and webpack forms, and
the misses of sets 53-55."""

from __future__ import annotations

import pytest
from test_session17_rules import _silent

import annotate

_DOCS = (
    "# Lib docs\n\nLib is a library for things and more things that people use.\n\n## Change Log\n\n{}"
    "**1.2** — *October 9, 2024* — [Diff](x)\nFixed a bug in the parser and added a helper.\n\n"
    "**1.1** — *March 2, 2023* — [Diff](x)\nAdded the widget module.\n"
)


def test_a_release_log_entry_opening_with_version_then_date_is_a_dated_note() -> None:
    new = "**1.3** — *February 19, 2026* — [Diff](x)\nFixes a security issue in flatten.\n\n"
    c = annotate.compare(_DOCS.format(""), _DOCS.format(new), fmt="markdown")
    (note,) = c.annotations
    assert note.text == new.strip() and note.date is not None and note.date.value == "2026-02-19"
    assert not _silent(c)


def test_the_list_under_a_versioned_entry_belongs_to_it() -> None:
    new = "**1.3** — *February 19, 2026*\n\n- Fixes a security issue in flatten.\n- Speeds up isEqual.\n\n"
    c = annotate.compare(_DOCS.format(""), _DOCS.format(new), fmt="markdown")
    (note,) = c.annotations
    assert "Speeds up isEqual." in note.text and not _silent(c)


def test_the_same_on_an_html_page_with_its_date_in_parentheses() -> None:
    page = (
        "<html><body><h1>Lib</h1><p>Lib is a library for things and more things that people use.</p>"
        "<h2>Changelog</h2>{}<p><b>1.2</b> (2024-10-09)<br>Fixed a bug in the parser.</p></body></html>"
    )
    new = "<p><b>1.3</b> (2026-02-19)<br>Fixes a security issue in flatten.</p><ul><li>Also faster.</li></ul>"
    c = annotate.compare(page.format(""), page.format(new), fmt="html")
    (note,) = c.annotations
    assert note.date is not None and note.date.value == "2026-02-19" and "Also faster." in note.text
    assert not _silent(c)


def test_a_versioned_paragraph_outside_a_log_is_content() -> None:
    # guard: under "## Releases" (a page's subject, not its own log) a new release stays an addition
    doc = "# Lib\n\nLib is a library for things and more things that people use.\n\n## Releases\n\n{}**1.2** — 2024-10-09 — the parser.\n"
    c = annotate.compare(doc.format(""), doc.format("**1.3** — 2026-02-19 — flatten fixed.\n\n"), fmt="markdown")
    assert not c.annotations and _silent(c) == [" -> **1.3** — 2026-02-19 — flatten fixed."]


def test_a_version_with_no_date_is_no_entry() -> None:
    # guard: "**1.3** — Fixes …" under a changelog has no date to make it an entry
    c = annotate.compare(_DOCS.format(""), _DOCS.format("**1.3** — Fixes a security issue in flatten.\n\n"), fmt="markdown")
    assert not c.annotations


_POST = (
    "= How to win\n\nI counted the votes state by state and wrote down the result below.\n\n"
    "----\nWyoming  3 EC: 293,054\nVermont  3 EC: 313,022\n\nTOTAL  270 EC: 21.73%\n----\n\nThat is the answer.\n{}"
)


def test_an_asciidoc_listing_with_a_blank_line_is_one_passage() -> None:
    doc = annotate.read_document(_POST.format(""), fmt="text")
    texts = [doc.text[p.start : p.end] for p in doc.passages]
    assert "----\nWyoming  3 EC: 293,054\nVermont  3 EC: 313,022\n\nTOTAL  270 EC: 21.73%\n----" in texts


def test_an_update_section_takes_the_listing_it_shows() -> None:
    rows = "".join(f"{state:<22} 10 EC:   3,041,837 of   6,083,672 voters (50.00%).\n" for state in ("Missouri", "Arizona", "Virginia", "Ohio", "Utah", "Iowa", "Kansas", "Maine", "Idaho", "Nevada"))
    update = f"\n== Update\n\nA video claims another combination:\n\n----\n{rows}\nTOTAL  270 EC: 70,020,457 of 321,348,359 voters (21.79%).\n----\n\nIt needs more votes than mine.\n"
    c = annotate.compare(_POST.format(""), _POST.format(update), fmt="text")
    (note,) = c.annotations
    assert "Missouri" in note.text and note.text.endswith("It needs more votes than mine.") and not _silent(c)


def test_a_fence_never_closed_joins_nothing() -> None:
    # guard: a line of dashes over text with no closing fence (a plain-text rule under a title) stays as it was
    text = "Title\n\n----\nFirst paragraph of the text that follows the rule here.\n\nSecond paragraph.\n"
    doc = annotate.read_document(text, fmt="text")
    assert [doc.text[p.start : p.end] for p in doc.passages][-1] == "Second paragraph."


_ARTICLE = [
    "# Bridge closes",
    "The bridge will close on Monday for repairs lasting two weeks, the council said.",
    "Officials said traffic would be diverted through the town centre during the works.",
    "Residents have complained about the noise from the site for months now.",
]


def _with(line: str, at: int = 3) -> annotate.Comparison:
    a = "\n\n".join(_ARTICLE) + "\n"
    b = "\n\n".join([*_ARTICLE[:at], line, *_ARTICLE[at:]]) + "\n"
    return annotate.compare(a, b, fmt="markdown")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("A quick update: the council has since said the repairs will take three weeks.", None),
        ("Breaking update: the council has since said the repairs will take three weeks.", None),
        ("Follow-up (2021-03-03): the council has since said the repairs will take three weeks.", "2021-03-03"),
        ("**Followup:** the council has since said the repairs will take three weeks.", None),
        ("Hat tip to Jane Doe for the correction.", None),
        ("H/T to Jane Doe for pointing out the wrong date.", None),
        ("*Correction appended.*", None),
        ("*Update below.*", None),
        ("Update — 3 March 2021 — the council has since said the repairs will take three weeks.", "2021-03-03"),
        ("Update - 2021-03-03 - the council has since said the repairs will take three weeks.", "2021-03-03"),
        ("Update, Spring 2021: the council has since said the repairs will take three weeks.", "2021"),
        ("Update, mid-March 2021: the council has since said the repairs will take three weeks.", "2021-03"),
        ("Later: the council has since said the repairs will take three weeks.", None),
        ("**Update, 3/3/2021, 4:15 p.m.:** the council has since said the repairs will take three weeks.", "2021-03-03"),
    ],
)
def test_more_note_forms(line: str, date: str | None) -> None:
    c = _with(line)
    (note,) = c.annotations
    assert note.text == line and (note.date.value if note.date else None) == date and not _silent(c)


@pytest.mark.parametrize(
    "line",
    [
        "A quick update to the signals was pushed by the operator last night.",  # (no colon: prose)
        "Follow-up visits to the site are planned for the spring by the engineers.",
        "Hat tip to the organisers for the idea of a footbridge over the river.",
        "*Photos below.*",
        "Later, the council said the repairs would take three weeks and cost more than planned.",
    ],
)
def test_prose_like_them_is_no_note(line: str) -> None:
    c = _with(line)
    assert not c.annotations and len(_silent(c)) == 1


def test_a_news_stamp_with_its_time_first_is_a_stamp_not_an_edit() -> None:
    # as "Updated: March 12, 2021 10:30" already was: the page's stamp, neither a note nor a silent edit
    c = _with("Updated at 3:45 p.m. ET on March 3, 2021.", at=1)
    assert not c.annotations and not _silent(c)


def test_words_between_two_dashes_are_no_date() -> None:
    (note,) = _with("Update — the council said on Monday — and we quote — that repairs take weeks.").annotations
    assert note.label == "Update" and note.date is None


def test_json_front_matter_of_an_html_page_gives_its_dates() -> None:
    page = '---\n{\n\t"title": "Share widget",\n\t"dateModified": "2026-08-07"\n}\n---\n<p>Share things with your friends on the web.</p>\n'
    doc = annotate.read_document(page, fmt="html")
    assert doc.title == "Share widget" and doc.updated is not None and doc.updated.value == "2026-08-07"


_WIDGET = "<html><body>{}<h2>Purpose</h2><p>Helps with implementing embedded timelines on a page.</p><h2>Options</h2><p>Any of the suppored languages.</p></body></html>"


def test_a_callout_box_telling_a_component_no_longer_works_is_one_note_title_and_all() -> None:
    box = (
        '<div class="alert alert-warning"><h2>Unstable feature</h2><p>The embedded timeline component is currently not functional.'
        " It may not be supported in the future.</p><p>A fallback shows a link instead.</p></div>"
    )
    c = annotate.compare(_WIDGET.format(""), _WIDGET.format(box).replace("suppored", "supported"), fmt="html")
    (note,) = c.annotations
    assert note.text.startswith("Unstable feature") and note.text.endswith("A fallback shows a link instead.")
    # (the note writes "supported": that names no fix of "suppored" elsewhere on the page)
    assert _silent(c) == ["suppored -> supported"]


def test_a_callout_of_advice_is_no_note() -> None:
    # guard: a new alert box that tells nothing of the page's state stays an addition
    box = '<div class="alert alert-info"><p>Remember to test the timeline on a phone as well as a desktop.</p></div>'
    c = annotate.compare(_WIDGET.format(""), _WIDGET.format(box), fmt="html")
    assert not c.annotations and len(_silent(c)) == 1


@pytest.mark.parametrize(
    "notice",
    [
        "<p>This template is no longer supported. You should not use it on our sites.</p>",
        '<section class="alert alert-info"><h2>Changelog is no longer updated...</h2><p>See the releases page instead.</p></section>',
    ],
)
def test_a_status_notice_at_a_pages_top_is_a_note(notice: str) -> None:
    c = annotate.compare(_WIDGET.format(""), _WIDGET.format(notice), fmt="html")
    assert len(c.annotations) == 1 and not [s for s in _silent(c) if "suppored" not in s]


def test_a_note_quoting_the_misspelling_discloses_its_fix() -> None:
    doc = "# Widget\n\nAny of the suppored languages can be used.\n\nSome more text about the widget and its options.\n{}"
    c = annotate.compare(doc.format(""), doc.format('\nUpdate: fixed "suppored".\n').replace("the suppored", "the supported"), fmt="markdown")
    assert len(c.annotations) == 1 and not _silent(c)


_HISTORY = (
    " ".join(f"Release 0.{n} fixed bug {n} in the module m{n} and sped up the tests." for n in range(110))
    + " The old upload command is deprecated. Do not use it for new projects; use twine instead."
)


def test_a_long_deletion_sharing_a_few_phrases_with_a_note_is_still_silent() -> None:
    # (a page's history, 1,400 words, gone beside "Easy Install is deprecated. Do not use it. Instead use pip.":
    # two phrases shared by chance)
    a = f"# Easy Install\n\nEasy Install installs packages.\n\n{_HISTORY}\n\nThe end of the page.\n"
    b = "# Easy Install\n\nWarning: Easy Install is deprecated. Do not use it. Instead use pip.\n\nEasy Install installs packages.\n\nThe end of the page.\n"
    c = annotate.compare(a, b, fmt="markdown")
    assert len(c.annotations) == 1 and len(_silent(c)) == 1


def test_a_long_deletion_whose_heading_the_note_names_is_disclosed() -> None:
    # guard: "the History section" named by the note
    a = f"# Easy Install\n\nEasy Install installs packages.\n\n## Release History\n\n{_HISTORY}\n\nThe end of the page.\n"
    b = "# Easy Install\n\nUpdate: we removed the release history; see the changelog.\n\nEasy Install installs packages.\n\nThe end of the page.\n"
    c = annotate.compare(a, b, fmt="markdown")
    assert len(c.annotations) == 1 and not _silent(c)


def test_a_pointer_linking_to_a_section_added_under_a_rule_discloses_it() -> None:
    a = "# Directive\n\nAgencies must patch their servers.\n\nMore required actions follow here.\n"
    b = (
        "# Directive\n\n**See [supplemental direction](#supplemental-direction) issued on March 31, 2021.**\n\n"
        "Agencies must patch their servers.\n\nMore required actions follow here.\n\n---\n\n## Supplemental Direction\n\n"
        "Agencies must also run the forensic triage tool on every server they host, harden each server as the\n"
        "checklist says, and report the results of both steps to the operations centre within five working days.\n"
    )
    c = annotate.compare(a, b, fmt="markdown")
    assert len(c.annotations) == 1 and not _silent(c)


def test_edited_to_update_is_a_label() -> None:
    (note,) = _with("Edited to update: thanks to Jane Doe for alerting me that the works will take three weeks.").annotations
    assert note.label is not None and note.label.startswith("Edited")


def test_a_time_element_whose_datetime_is_no_date_gives_the_date_it_shows() -> None:
    # (a theme's template left unfilled: datetime="article.date.isoformat()")
    page = '<html><body><article><time datetime="article.date.isoformat()" pubdate>Mon 11 December 2017</time><p>Body text of the post.</p></article></body></html>'
    doc = annotate.read_document(page, fmt="html")
    assert doc.date is not None and doc.date.value == "2017-12-11"


def test_a_time_element_showing_no_date_gives_none() -> None:
    page = '<html><body><article><time datetime="soon">in a while</time><p>Body text of the post.</p></article></body></html>'
    date = annotate.read_document(page, fmt="html").date
    assert date is None or date.basis != "metadata"  # (a date line alone near the top is a dateline, as before)


def test_zine_ziggy_front_matter_gives_title_and_date_without_a_warning() -> None:
    text = '---\n.title = "Migrating to Codeberg",\n.date = "2025-11-26T00:00:00.000Z",\n.author = "A. K.",\n---\n\nEver since the start we used GitHub.\n'
    doc = annotate.read_document(text, fmt="markdown")
    assert doc.title == "Migrating to Codeberg" and doc.date is not None and doc.date.value == "2025-11-26"
    assert not doc.warnings


def test_a_bare_time_element_in_a_table_is_no_page_date() -> None:
    # guard: a release table's "<td><time>2019-11-14</time></td>" dates a release, not the page
    page = "<html><body><h1>Versions</h1><table><tr><td>4.0.31</td><td><time>2019-11-14</time></td></tr></table><p>Body text.</p></body></html>"
    date = annotate.read_document(page, fmt="html").date
    assert date is None or date.basis != "metadata"  # (a date line alone near the top is a dateline, as before)


def test_a_link_address_changed_only_in_case_is_no_silent_edit() -> None:
    doc = "# Release\n\nReport vulnerabilities to [GitHub](https://github.com/{}/brew/security/advisories/new) please.\n\nMore text here.\n"
    c = annotate.compare(doc.format("homebrew"), doc.format("Homebrew"), fmt="markdown")
    assert not _silent(c)
    # guard: another owner is another page
    assert len(_silent(annotate.compare(doc.format("homebrew"), doc.format("mallory"), fmt="markdown"))) == 1


def test_an_image_moved_to_a_cdn_with_its_builds_hash_is_no_silent_edit() -> None:
    doc = "# Notify\n\nThe keys page shows them all.\n\n![The API keys page]({})\n\nMore text here.\n"
    c = annotate.compare(doc.format("/img/cds/notify-api-fr.jpg"), doc.format("https://cdn.example.net/notify_api_fr_18a3a9b554.jpg"), fmt="markdown")
    assert not _silent(c)
    # guard: another day's photo is another picture
    other = annotate.compare(doc.format("/img/photo_20210303.jpg"), doc.format("/img/photo_20220303.jpg"), fmt="markdown")
    assert len(_silent(other)) == 1


_STORY = (
    "<html><body><article><h1>Bridge closes</h1><p>The bridge will close on Monday for repairs lasting two weeks.</p>"
    "<p>Officials said traffic would be diverted through the town centre.</p>{}<p>Residents have complained for months.</p></article></body></html>"
)


def test_a_badge_word_before_a_disclosure_sentence_is_a_label() -> None:
    # ("<span class="label">Correction</span> An earlier version …" reads "Correction An earlier version …")
    c = annotate.compare(_STORY.format(""), _STORY.format('<p><span class="label">Correction</span> An earlier version of this story misstated the dates.</p>'), fmt="html")
    (note,) = c.annotations
    assert note.label == "Correction" and not _silent(c)


def test_a_label_word_before_other_prose_is_no_label() -> None:
    # guard: "Correction fluid …" tells of no change
    c = annotate.compare(_STORY.format(""), _STORY.format("<p>Correction fluid was used on the old signs, officials said.</p>"), fmt="html")
    assert not c.annotations


def test_an_admonitions_update_title_labels_its_box() -> None:
    box = '<div class="admonition note"><p class="admonition-title">Update</p><p>The council has since said the repairs will take three weeks.</p></div>'
    c = annotate.compare(_STORY.format(""), _STORY.format(box), fmt="html")
    (note,) = c.annotations
    assert note.label == "Update" and "three weeks" in note.text and not _silent(c)


def test_an_admonitions_note_title_over_guidance_is_no_note() -> None:
    # guard: a callout's "Note" over advice stays advice
    box = '<div class="admonition note"><p class="admonition-title">Note</p><p>Drivers should use the ring road instead.</p></div>'
    assert not annotate.compare(_STORY.format(""), _STORY.format(box), fmt="html").annotations


_ADOC = "= Bridge\n\nThe bridge will close on Monday for repairs lasting two weeks, the council said.\n\nResidents have complained for months.\n{}"


def test_an_asciidoc_block_titled_by_a_label_is_a_dated_note() -> None:
    block = "\n.Update (3 March 2021)\n****\nThe council has since said the repairs will take three weeks.\n****\n"
    c = annotate.compare(_ADOC.format(""), _ADOC.format(block), fmt="text")
    (note,) = c.annotations
    assert note.label == "Update" and note.date is not None and note.date.value == "2021-03-03" and not _silent(c)


def test_an_asciidoc_block_titled_otherwise_is_content() -> None:
    # guard: ".Example" over its block is the author's example; ".Update history" is a log (its entries are the notes)
    block = "\n.Example\n====\nThe council has since said the repairs will take three weeks.\n====\n"
    assert not annotate.compare(_ADOC.format(""), _ADOC.format(block), fmt="text").annotations


_NEWS = (
    "# Bridge\n\n{}The Alder Street bridge, built in 1968, will close on Monday for repairs, said Jane Smith of the council.\n\n"
    "Officials said traffic would be diverted through the town centre during the works.\n\n"
    "The works will cost £2 million, paid for by the regional transport fund.\n\n"
    "Residents have complained about the noise from the site for months now.\n"
)


def _news(note: str, *edits: tuple[str, str]) -> annotate.Comparison:
    b = _NEWS.format(note + "\n\n")
    for old, new in edits:
        b = b.replace(old, new)
    return annotate.compare(_NEWS.format(""), b, fmt="markdown")


def test_a_correction_of_the_year_discloses_a_year_changed() -> None:
    c = _news("Correction: An earlier version of this article misstated the year the bridge was built.", ("built in 1968", "built in 1962"))
    assert len(c.annotations) == 1 and not _silent(c)


def test_a_year_changed_under_a_note_about_something_else_is_silent() -> None:
    c = _news("Update: The council now says the works will take longer than planned.", ("built in 1968", "built in 1962"))
    assert _silent(c) == ["1968 -> 1962"]


def test_a_note_writing_the_new_figure_with_its_unit_discloses_it() -> None:
    c = _news("Update: The council now says the works will cost £3 million.", ("£2 million", "£3 million"))
    assert len(c.annotations) == 1 and not _silent(c)


def test_a_figure_with_another_unit_names_no_change() -> None:
    c = _news("Update: The repairs will now take 3 weeks.", ("£2 million", "£3 million"))
    assert _silent(c) == ["2 -> 3"]


def test_a_removal_note_names_a_deletion_by_a_word_of_its_stem() -> None:
    c = _news("Update: We have removed a quote from a resident at their request.", ("Residents have complained about the noise from the site for months now.\n", ""))
    assert len(c.annotations) == 1 and not _silent(c)


def test_a_notice_of_edited_numbers_discloses_numbers_written_out() -> None:
    a = "# PyPI\n\nPyPI takes over three billion requests a day.\n\nThree things matter, in order.\n\nMore text here.\n"
    b = a.replace("three billion", "six billion").replace("Three things", "Four things")
    b += "\n_This blog was recently edited to more accurately reflect numbers presented and work done._\n"
    c = annotate.compare(a, b, fmt="markdown")
    assert len(c.annotations) == 1 and not _silent(c)


def test_a_japanese_notice_that_the_guide_was_updated_is_general() -> None:
    a = "# ガイド\n\n以下のコマンドで更新してください。\n\nnpm install next@15.0.5\n\n詳細はブログを参照。\n"
    b = a.replace("15.0.5", "15.0.8").replace("# ガイド\n\n", "# ガイド\n\n> [!NOTE]\n> 以下のガイドは新たに発見された脆弱性にも対応するよう更新済みです。\n\n")
    c = annotate.compare(a, b, fmt="markdown")
    assert len(c.annotations) == 1 and not _silent(c)


def test_a_timeline_entry_dated_in_emphasis_with_a_full_width_colon_is_a_note() -> None:
    a = "---\ndate: 2025-12-11\n---\n# 脆弱性\n\n本文です。\n\n## タイムライン {/*timeline*/}\n\n* **12 月 3 日**：報告を受領。\n* **12 月 11 日**：修正を公開。\n"
    b = a + "* **1 月 26 日**：追加の DoS ケースが発見され、修正を公開。\n"
    c = annotate.compare(a, b, fmt="markdown")
    (note,) = c.annotations
    assert note.text.startswith("* **1 月 26 日**") and note.date is not None and note.date.value == "2026-01-26"


def test_a_timeline_of_years_is_content() -> None:
    # guard: "## Timeline" of a town's years is its story, not a log
    a = "# Town\n\nA town.\n\n## Timeline\n\n- **1850**: founded.\n- **1900**: railway built.\n"
    c = annotate.compare(a, a + "- **1950**: new school opened.\n", fmt="markdown")
    assert not c.annotations


def test_a_japanese_dated_label_alone_saying_added_below_takes_what_follows() -> None:
    a = "# 募集\n\n応募をお待ちしております。\n"
    b = a + "\n2017/9/24(日)以下追記\n\n## 開催日時\n\n開催日時は以下のリンクを参照ください。\n\n## 締切日\n\n* 2017/9/29(金) 23:59\n"
    c = annotate.compare(a, b, fmt="markdown")
    (note,) = c.annotations
    assert note.date is not None and note.date.value == "2017-09-24" and note.text.endswith("23:59") and not _silent(c)


def test_a_dated_aside_after_struck_text_is_a_note() -> None:
    a = "# CFP\n\nPlease apply using the [registration form](https://example.com/form) before the deadline.\n\nMore text.\n"
    b = a.replace("[registration form](https://example.com/form)", "~~registration form~~ (registration closed on 2017-09-29)")
    (note,) = annotate.compare(a, b, fmt="markdown").annotations
    assert note.text == "(registration closed on 2017-09-29)" and note.date is not None and note.date.value == "2017-09-29"
    # guard: an undated aside after a strike is no note
    assert not annotate.compare(a, b.replace("(registration closed on 2017-09-29)", "(see below)"), fmt="markdown").annotations


def test_a_notice_that_this_thing_is_deprecated_since_a_version_is_a_note() -> None:
    page = "<html><body><h1>File Upload Interceptor</h1>{}<p>Lets actions receive uploaded files.</p><p>See the examples.</p></body></html>"
    box = '<p class="alert alert-warning">Since Struts 6.4.0 this interceptor is deprecated, please use Action File Upload Interceptor instead!</p>'
    (note,) = annotate.compare(page.format(""), page.format(box), fmt="html").annotations
    assert note.text.startswith("Since Struts 6.4.0")


def test_a_setext_deprecated_heading_labels_its_section() -> None:
    a = "astropy-helpers\n===============\n\nThis project provides helpers for packages.\n\nInstall it with pip.\n"
    b = a.replace("This project", "DEPRECATED\n----------\nNote: astropy-helpers is deprecated and no longer maintained.\n\nThis project")
    c = annotate.compare(a, b, fmt="text")
    (note,) = c.annotations
    assert note.text.startswith("DEPRECATED") and not _silent(c)


def test_a_setext_heading_of_other_words_is_content() -> None:
    # guard: "Deprecated APIs" over a list of them is a section of the page
    a = "Guide\n=====\n\nThis guide covers the API of the tool in full.\n"
    b = a + "\nDeprecated APIs\n---------------\n\nThe old loader and the old writer.\n"
    assert not annotate.compare(a, b, fmt="text").annotations


def test_a_callout_note_saying_as_of_a_month_is_dated_by_it() -> None:
    a = "# DMARC\n\nPosted 2014-06-03.\n\nMailing lists now rewrite the sender of messages from strict domains.\n\nMore text.\n"
    note = (
        "Note: This page, including the update note, were correct when written, but are now out of date. A description"
        " of the situation related to DMARC and DKIM as of November, 2025 is available on this wiki page."
    )
    b = a.replace("Mailing lists", note + "\n\nMailing lists")
    (found,) = annotate.compare(a, b, fmt="markdown").annotations
    assert found.date is not None and found.date.value == "2025-11"


def test_two_dated_updates_added_to_a_post_are_both_notes() -> None:
    a = "# The module system\n\nThe new module system launches today.\n\nLibSass will not support it.\n\nWe plan to remove imports in two years.\n"
    b = a.replace("\nWe plan", "\n**July 2022**: In light of LibSass's deprecation, we now plan to remove imports later.\n\n"
                  "**October 2024**: We have decided to extend the timeline again.\n\nWe plan")
    c = annotate.compare(a, b, fmt="markdown")
    assert [n.date.value if n.date else None for n in c.annotations] == ["2022-07", "2024-10"] and not _silent(c)


def test_a_diarys_new_dated_entry_stays_content() -> None:
    # guard: the original already opens its paragraphs with dates
    a = "# Diary\n\n**July 2022**: We moved to Berlin and found a flat.\n\n**August 2022**: The flat needed paint.\n"
    c = annotate.compare(a, a + "\n**September 2022**: We painted the flat blue.\n", fmt="markdown")
    assert not c.annotations


def test_webpacks_w_mark_is_a_warning_callout() -> None:
    a = "# WatchIgnorePlugin\n\nIgnore the specified files when in watch mode.\n\nMore text here.\n"
    b = a.replace("# WatchIgnorePlugin\n\n", "# WatchIgnorePlugin\n\nW> This plugin is deprecated in favor of watchOptions.ignored.\n\n")
    (note,) = annotate.compare(a, b, fmt="markdown").annotations
    assert note.label == "warning"


def test_deprecated_with_a_full_stop_is_a_label() -> None:
    page = "<html><body><h1>API</h1><h3>req.param(name)</h3>{}<p>Return the value of param name when present.</p></body></html>"
    box = '<div class="doc-box doc-warn">Deprecated. Use either req.params, req.body or req.query, as applicable.</div>'
    (note,) = annotate.compare(page.format(""), page.format(box), fmt="html").annotations
    assert note.label == "Deprecated"


@pytest.mark.parametrize(
    "notice",
    [
        '<div class="doc-box doc-warn" markdown="1">\n**Express 3.x IS NO LONGER MAINTAINED**\n\nKnown issues in 3.x have not been addressed since 2015.\n</div>',
        '<div class="callout">\n<p>\nPyCon UK 2017 is over. Thank you to everybody who came!\n</p>\n</div>',
    ],
)
def test_a_versions_or_an_events_status_under_its_heading_is_one_note(notice: str) -> None:
    a = "# Security releases\n\n" + "".join(f"Paragraph {n} of the page about the project and its releases.\n\n" for n in range(16)) + "## 3.x\n\n* 3.19.1\n* Fixed a bug.\n"
    b = a.replace("## 3.x\n\n", "## 3.x\n\n" + notice + "\n\n")
    c = annotate.compare(a, b, fmt="markdown")
    (note,) = c.annotations
    assert note.text.rstrip().endswith("</div>") and not _silent(c)


def test_a_collapsed_box_summarised_update_is_a_note() -> None:
    box = "<details><summary>Update</summary><p>The council has since said the repairs will take three weeks.</p></details>"
    (note,) = annotate.compare(_STORY.format(""), _STORY.format(box), fmt="html").annotations
    assert note.label == "Update" and "three weeks" in note.text
    # guard: a collapsed box of other words is content
    other = "<details><summary>Show the map</summary><p>The diversion runs along the ring road.</p></details>"
    assert not annotate.compare(_STORY.format(""), _STORY.format(other), fmt="html").annotations


def test_a_note_saying_it_added_a_note_or_a_sentence_covers_an_addition() -> None:
    c = _news("Update: Added a note on who pays.", ("paid for by the regional transport fund.", "paid for by the regional transport fund. The council will cover any overrun."))
    assert len(c.annotations) == 1 and not _silent(c)
    # guard: "added a new bridge to the map" is no notice of text added
    c = _news("Update: We added a new bridge to the map.", ("paid for by the regional transport fund.", "paid for by the regional transport fund. The council will cover any overrun."))
    assert _silent(c) == [" -> The council will cover any overrun."]


_FOO = (
    "# How to install Foo\n\n{}Foo is a tool for building sites. It runs on Linux and macOS.\n\n"
    "Install it with `pip install foo==1.2`.\n\nThen run `foo init` in an empty folder.\n\nThat is all you need.\n"
)


def test_an_update_naming_the_one_name_added_to_a_list_discloses_it() -> None:
    b = _FOO.format("**Update:** Windows is now supported too.\n\n").replace("Linux and macOS", "Linux, macOS and Windows")
    c = annotate.compare(_FOO.format(""), b, fmt="markdown")
    assert len(c.annotations) == 1 and not _silent(c)
    # guard: another name added is not the one the note names
    other = _FOO.format("**Update:** Windows is now supported too.\n\n").replace("Linux and macOS", "Linux, macOS and BSD")
    assert _silent(annotate.compare(_FOO.format(""), other, fmt="markdown")) == ["and macOS -> , macOS and BSD"]


def test_this_guide_now_covers_a_new_version_is_a_general_notice() -> None:
    b = _FOO.format("**Update:** This guide now covers Foo 2.\n\n").replace("foo==1.2", "foo==2.0").replace("foo init", "foo new")
    c = annotate.compare(_FOO.format(""), b, fmt="markdown")
    assert len(c.annotations) == 1 and not _silent(c)
