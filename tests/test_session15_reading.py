"""What the fifteenth session taught: an HTML page's passages know what they are (headings,
list items, code, quotes), so an ``<h2>Update</h2>`` heads a note's section as "## Update"
does; a heading's link to itself set beside its words is not read as words."""

from __future__ import annotations

import annotate
from annotate.model import Structure
from annotate.read import read_document

_PAGE = """<html><head><title>T</title><meta property="article:published_time" content="2021-03-01T10:00:00Z"></head><body><article>
<h1>Measuring productivity</h1>
<p>This post looks at how researchers have measured the productivity of programmers.</p>
<h2>Background</h2>
<p>Most studies count lines of code or commits, which says little about the work itself.</p>
<p>Others ask developers how productive they felt during the day, which is closer.</p>
{extra}</article></body></html>"""


def test_html_passages_carry_their_structure() -> None:
    page = (
        "<html><body><article><h1>T</h1><p>Intro <b>x</b></p><h2>Update</h2><p>Body.</p>"
        "<ul><li>one<ul><li>two</li></ul></li></ul><blockquote><p>q</p></blockquote>"
        "<pre>code\n\nmore</pre></article></body></html>"
    )
    doc = read_document(page.encode(), fmt="html")
    assert [(doc.passage_text(p), st) for p, st in zip(doc.passages, doc.structure, strict=True)] == [
        ("T", Structure("heading", 1, 0)),
        ("Intro x", Structure("paragraph", 0, 0)),
        ("Update", Structure("heading", 2, 0)),
        ("Body.", Structure("paragraph", 0, 0)),
        ("one", Structure("list_item", 1, 0)),
        ("two", Structure("list_item", 2, 0)),
        ("q", Structure("paragraph", 0, 1)),
        ("code\n\nmore", Structure("code", 0, 0)),
    ]


def test_a_headline_outside_the_article_is_a_heading() -> None:
    page = "<html><body><h1>Headline</h1><article><p>The article's first paragraph.</p></article></body></html>"
    doc = read_document(page.encode(), fmt="html")
    assert doc.passage_text(doc.passages[0]) == "Headline"
    assert doc.structure[0] == Structure("heading", 1, 0)


def test_an_html_update_heading_takes_its_section() -> None:
    extra = (
        "<h2>Update</h2>\n<dl><dt>Beller et al 2021</dt><dd>Moritz Beller and others: Mind the Gap, IEEE Software.</dd>\n"
        "<dt>Hicks et al 2024</dt><dd>Catherine Hicks and others: Developer Thriving, IEEE Software.</dd></dl>\n"
    )
    c = annotate.compare(_PAGE.format(extra=""), _PAGE.format(extra=extra), fmt="html")
    assert len(c.annotations) == 1
    note = c.annotations[0].text
    assert note.startswith("Update") and "Hicks et al 2024" in note and "Developer Thriving" in note
    assert not [ch for ch in c.changes if ch.silent]


def test_an_html_update_section_ends_at_the_next_heading_of_its_level() -> None:
    extra = "<h2>Update</h2>\n<p>We have since run the survey again with twice as many people.</p>\n<h2>Method</h2>\n<p>We asked forty developers.</p>\n"
    c = annotate.compare(_PAGE.format(extra=""), _PAGE.format(extra=extra), fmt="html")
    assert [a.text for a in c.annotations] == ["Update\n\nWe have since run the survey again with twice as many people."]
    assert [ch.revised.text for ch in c.changes if ch.silent and ch.revised is not None] == ["Method\n\nWe asked forty developers."]


def test_a_headings_link_to_itself_beside_its_words_is_not_read() -> None:
    page = (
        '<html><body><article><h1 id="x"><a href="#x" title="x"><span>Link to<br/>here</span></a>2022/09/18 Notice</h1>'
        "<p>Body text of the page.</p></article></body></html>"
    )
    doc = read_document(page.encode(), fmt="html")
    assert doc.passage_text(doc.passages[0]) == "2022/09/18 Notice"


def test_a_heading_wholly_inside_its_link_keeps_its_words() -> None:
    page = '<html><body><article><h2 id="intro"><a href="#intro">Introduction</a></h2><p>Body text.</p></article></body></html>'
    doc = read_document(page.encode(), fmt="html")
    assert doc.passage_text(doc.passages[0]) == "Introduction"


def test_a_link_to_another_heading_inside_a_heading_is_read() -> None:
    page = '<html><body><article><h2 id="a">See <a href="#b">the method</a> first</h2><p>Body text.</p></article></body></html>'
    doc = read_document(page.encode(), fmt="html")
    assert doc.passage_text(doc.passages[0]) == "See the method first"


def test_a_dated_html_update_heading_is_a_dated_note() -> None:
    extra = "<h2>Update, 5 May 2021</h2>\n<p>We have since run the survey again with twice as many people.</p>\n"
    c = annotate.compare(_PAGE.format(extra=""), _PAGE.format(extra=extra), fmt="html")
    assert [(a.text.split("\n")[0], a.date.value if a.date else None) for a in c.annotations] == [("Update, 5 May 2021", "2021-05-05")]
    assert not [ch for ch in c.changes if ch.silent]


def test_an_html_heading_of_content_is_no_note() -> None:
    extra = "<h2>Updating the survey</h2>\n<p>We ran the survey in the spring with forty people.</p>\n"
    c = annotate.compare(_PAGE.format(extra=""), _PAGE.format(extra=extra), fmt="html")
    assert c.annotations == ()


_BYLINE = "# Post\n\nJane Doe · March 3, 2021 · 4 min read\n\nThe body of the post says one thing, and it takes 4 min to boil an egg.\n\nAnother paragraph here.\n"


def test_a_reading_time_that_moves_is_no_silent_edit() -> None:
    c = annotate.compare(_BYLINE, _BYLINE.replace("4 min read", "5 min read"), fmt="markdown")
    assert [ch.kind for ch in c.changes] == ["edit"] and not c.changes[0].silent
    c = annotate.compare(_BYLINE, _BYLINE.replace("· 4 min read", "· Reading time: 6 minutes"), fmt="markdown")
    assert c.changes and not [ch for ch in c.changes if ch.silent]


def test_a_figure_of_minutes_in_the_text_is_content() -> None:
    c = annotate.compare(_BYLINE, _BYLINE.replace("4 min to boil", "6 min to boil"), fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("edit", True)]


def test_a_dead_link_mended_with_a_web_archives_copy_is_no_silent_edit() -> None:
    a = "# T\n\nChrome [started showing recommendations](https://twitter.com/addyosmani/status/1304676118822174721) for the size alone.\n"
    b = a.replace("](https://", "](https://web.archive.org/web/20210828024054/https://")
    c = annotate.compare(a, b, fmt="markdown")
    assert c.changes and not [ch for ch in c.changes if ch.silent]
    other = a.replace("](https://twitter.com/addyosmani", "](https://web.archive.org/web/20210828024054/https://twitter.com/someone")
    assert [ch for ch in annotate.compare(a, other, fmt="markdown").changes if ch.silent]


def test_a_status_notice_is_dated_by_what_supersedes_it() -> None:
    a = "---\ntitle: Project Status\ndate: 2020-09-14\n---\n\nMoment has been used in millions of projects.\n\nIt is in maintenance mode.\n"
    b = a.replace("---\n\nMoment", "---\n\n> This article was published September 14, 2020 and has been superseded by the\n> [August 17, 2026 Project Status update](/news/).\n\nMoment")
    c = annotate.compare(a, b, fmt="markdown")
    assert [(n.kind, n.date.value if n.date else None) for n in c.annotations] == [("bracketed", "2026-08-17")]


def test_a_japanese_edit_dated_first_is_a_note_and_alone_a_credit() -> None:
    a = "# 管理委員会\n\n当委員会の所在地は下記の通りです。\n\n東京都千代田区\n"
    c = annotate.compare(a, a.replace("東京都千代田区", "**2022/09/18 編集**: 法人格を廃止するとともに、住所も削除しました。"), fmt="markdown")
    assert [(n.label, n.date.value if n.date else None) for n in c.annotations] == [("編集", "2022-09-18")]
    assert not annotate.compare(a, a.replace("東京都千代田区", "編集：山田太郎"), fmt="markdown").annotations


def test_a_note_is_no_older_than_a_thing_it_reports_done() -> None:
    a = "---\ntitle: Shortcodes\ndate: 2017-02-01\nlastmod: 2019-11-07\n---\n\n# Shortcodes\n\nThe instagram shortcode embeds a photo.\n\nUse it with the photo's id.\n"
    note = (
        "{{% note %}}\nThe `instagram`-shortcode refers an endpoint of Instagram's API, that's deprecated since October 24th, 2020. "
        "Thus, no images can be fetched from this API endpoint, resulting in an error when the `instagram`-shortcode is used.\n{{% /note %}}"
    )
    c = annotate.compare(a, a.replace("Use it with", f"{note}\n\nUse it with"), fmt="markdown")
    assert [n.date.value if n.date else None for n in c.annotations] == ["2020-10-24"]
    # a day to come is no bound: the document's date stands
    soon = note.replace("that's deprecated since October 24th, 2020", "that will be deprecated on October 24th, 2020")
    c = annotate.compare(a, a.replace("Use it with", f"{soon}\n\nUse it with"), fmt="markdown")
    assert [n.date.value if n.date else None for n in c.annotations] == ["2019-11-07"]


def test_a_year_first_date_with_one_digit_month_or_day() -> None:
    from annotate.dates import find_dates

    assert [f.value for f in find_dates("2023.7.30 / 2022/9/18 / 2023-7-3")] == ["2023-07-30", "2022-09-18", "2023-07-03"]
    assert not find_dates("1.2023.7.3") and not find_dates("2023.13.1") and not find_dates("2023.7.1.2")
    page = '<html><body><div class="post"><h1>Session</h1><p class="post-date">2023.7.30</p><p>Join the session.</p></div></body></html>'
    assert read_document(page.encode(), fmt="html").date.value == "2023-07-30"  # type: ignore[union-attr]


_DATED = "---\ntitle: Smaller images with jlink\ndate: \"2021-10-18T12:00:00+00:00\"\n---\n\nUse jlink to build a small runtime.\n\nIt saves space.\n"


def test_a_publication_date_moved_back_is_a_silent_edit() -> None:
    c = annotate.compare(_DATED, _DATED.replace("2021-10-18", "2021-08-20"), fmt="markdown")
    assert [(m.key, m.silent) for m in c.metadata_changes] == [("date", True)]
    # the same day written otherwise is no change of it
    c = annotate.compare(_DATED, _DATED.replace('"2021-10-18T12:00:00+00:00"', "2021-10-18"), fmt="markdown")
    assert not [m for m in c.metadata_changes if m.silent]


def test_a_publication_date_moved_on_is_silent_alone_and_told_by_a_new_note() -> None:
    later = _DATED.replace("2021-10-18", "2021-12-01").replace("publishdate", "x")
    assert [(m.key, m.silent) for m in annotate.compare(_DATED, later, fmt="markdown").metadata_changes] == [("date", True)]
    noted = later.replace("It saves space.", "It saves space.\n\n**Update:** JREs are shipped again.")
    c = annotate.compare(_DATED, noted, fmt="markdown")
    assert [(m.key, m.silent, m.disclosed_by) for m in c.metadata_changes] == [("date", False, ("n1",))]


def test_two_publication_fields_moved_alike_are_one_silent_edit() -> None:
    a = "---\ntitle: Hosting\ndate: 2019-03-21\npublishdate: 2019-03-21\n---\n\nHost it on Render.\n"
    c = annotate.compare(a, a.replace("2019-03-21", "2019-06-06"), fmt="markdown")
    assert [(m.key, m.silent) for m in c.metadata_changes] == [("date", True), ("publishdate", False)]


_TABLE = "# Events\n\n| Date | Group | Link |\n| --- | --- | --- |\n| 21/07/2020 | Knoxville JUG |  https://www.meetup.com/de-DE/KnoxJava/events/nmfmbrybckbcc/ |\n"


def test_a_bare_address_losing_its_language_segment_is_the_same_page() -> None:
    c = annotate.compare(_TABLE, _TABLE.replace("de-DE/", ""), fmt="markdown")
    assert c.changes and not [ch for ch in c.changes if ch.silent]
    linked = _TABLE.replace(" https://www.meetup.com/de-DE/KnoxJava/events/nmfmbrybckbcc/ ", " [meetup](https://www.meetup.com/de-DE/KnoxJava/events/nmfmbrybckbcc/) ")
    assert not [ch for ch in annotate.compare(linked, linked.replace("de-DE/", ""), fmt="markdown").changes if ch.silent]


def test_a_bare_address_to_another_page_is_an_edit() -> None:
    c = annotate.compare(_TABLE, _TABLE.replace("KnoxJava/events/nmfmbrybckbcc", "OtherJUG/events/123"), fmt="markdown")
    assert [ch for ch in c.changes if ch.silent]


def test_a_date_in_the_text_is_content() -> None:
    a = "# Meeting\n\nThe board will meet on 4 December 2025 to vote on the budget.\n\nAll members are welcome.\n"
    c = annotate.compare(a, a.replace("4 December 2025", "30 January 2026"), fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("edit", True)]


_POSTED = "# Comet 0.13\n\nPosted on: Thu 04 December 2025 by pmc\n\nThe release adds new operators.\n\nIt also fixes bugs.\n\nThanks to all.\n"


def test_a_bylines_publication_date_moved_is_an_edit_unless_new_notes_come_with_it() -> None:
    moved = _POSTED.replace("Thu 04 December 2025", "Fri 30 January 2026")
    c = annotate.compare(_POSTED, moved, fmt="markdown")
    assert [(ch.kind, ch.silent) for ch in c.changes] == [("edit", True)]
    noted = moved.replace("Thanks to all.", "**Update:** the release notes now list the new operators.\n\nThanks to all.")
    c = annotate.compare(_POSTED, noted, fmt="markdown")
    assert [(ch.silent, ch.disclosure) for ch in c.changes if ch.kind == "edit"] == [(False, "general")]


def test_a_stamps_date_moving_on_is_no_edit() -> None:
    for line, old, new in (
        ("Last updated: 2023-04-12", "2023-04-12", "2023-04-17"),
        ("This policy covers our work. It was last updated on **July 27, 2020**.", "July 27, 2020", "May 26, 2021"),
    ):
        a = f"# Policy\n\n{line}\n\nThe rest of the page.\n\nMore of it.\n"
        c = annotate.compare(a, a.replace(old, new), fmt="markdown")
        assert c.changes and not [ch for ch in c.changes if ch.silent], line


def test_a_date_in_a_links_address_is_where_it_points() -> None:
    a = "# Data\n\n- [Processing code](https://github.com/owid/etl/blob/master/etl/steps/demography/2022-12-08/population/__init__.py)\n\nMore text.\n"
    c = annotate.compare(a, a.replace("2022-12-08", "2023-03-31"), fmt="markdown")
    assert c.changes and not [ch for ch in c.changes if ch.silent]


def test_a_from_day_before_the_page_was_published_is_no_notice() -> None:
    a = "---\ntitle: Pay\ndate: 2026-05-02\n---\n\nThe minister announced new rules.\n\nThey apply to all workers.\n"
    past = a.replace("The minister", "From 1 April 2026, the cap rose to 300 euros.\n\nThe minister")
    assert not annotate.compare(a, past, fmt="markdown").annotations
    later = a.replace("The minister", "From 10 June 2026, the cap will rise to 300 euros.\n\nThe minister")
    assert [n.date.value if n.date else None for n in annotate.compare(a, later, fmt="markdown").annotations] == ["2026-06-10"]


def test_a_day_written_either_way_reads_day_first_in_vietnamese_and_greek() -> None:
    for base, note in (
        ("# Tin tức\n\nDự án của chúng tôi là một trong những dự án lớn và được nhiều người biết đến trong nước.\n\nCác thành viên không ngừng làm việc.\n",
         "Cập nhật 12/3/2021: dự án đã kết thúc."),
        ("# Νέα\n\nΤο έργο της ομάδας είναι ένα από τα μεγαλύτερα και για αυτό το λόγο να το δείτε.\n\nΤα μέλη της ομάδας εργάζονται.\n",
         "Ενημέρωση 12/3/2021: το έργο ολοκληρώθηκε."),
    ):
        last = base.rstrip().rsplit("\n\n", 1)[1]
        c = annotate.compare(base, base.replace(last, f"{note}\n\n{last}"), fmt="markdown")
        assert [n.date.value if n.date else None for n in c.annotations] == ["2021-03-12"], note


def test_hungarian_dates_year_first() -> None:
    from annotate.dates import find_dates

    assert [f.value for f in find_dates("2021. március 12. és 2021. november 3.")] == ["2021-03-12", "2021-11-03"]
    base = "# Hírek\n\nA projekt a legnagyobb az országban.\n\nA tagok dolgoznak.\n"
    c = annotate.compare(base, base.replace("A tagok", "Frissítés (2021. március 12.): a projekt befejeződött.\n\nA tagok"), fmt="markdown")
    assert [n.date.value if n.date else None for n in c.annotations] == ["2021-03-12"]


def test_a_pages_footer_stamp_dates_a_page_with_no_other_date() -> None:
    page = (
        "<html><body><article><h1>Cook-Off 2024</h1><p>The hackathon will take place June {d} - 14.</p></article>"
        '<div class="footer-item"><p class="py-1">&copy; 2022. By the Project Pythia Community. Last updated on {u}.</p></div></body></html>'
    )
    a, b = page.format(d=10, u="17 February 2024"), page.format(d=11, u="20 February 2024")
    c = annotate.compare(a, b, fmt="html")
    assert (c.original_date.value if c.original_date else None, c.revised_date.value if c.revised_date else None) == ("2024-02-17", "2024-02-20")
    dated = a.replace("<article>", '<article><time datetime="2024-01-05">5 January 2024</time>')
    assert read_document(dated.encode(), fmt="html").date.value == "2024-01-05"  # type: ignore[union-attr]
