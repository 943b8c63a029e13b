"""The sixteenth session's rules, each on its own example: a lowered word is not named by a note
writing it as prose does, the old year written in a new year's first weeks, and a rewrite the
alignment cut in two keeps its disclosure on both halves."""

from __future__ import annotations

import pytest

import annotate


def _silent(c: annotate.Comparison) -> list[str]:
    return [(ch.original.text if ch.original else "") + " -> " + (ch.revised.text if ch.revised else "") for ch in c.changes if ch.silent]


_LIST = (
    "---\ntitle: Tidy data\ndate: 2018-03-04\n---\n\nSome advice on code.\n\n"
    "* With data that is equal in length, store it in a data frame.\n* Change `T` to `TRUE` everywhere.\n\nThe end.\n"
)


def test_a_list_item_lowered_is_silent_though_a_note_writes_the_word() -> None:
    b = _LIST.replace("* With", "* with").replace("The end.", "## Addendum\n\nAfter posting, I was told about a shooting with more data.\n\nThe end.")
    silent = _silent(annotate.compare(_LIST, b, fmt="markdown"))
    assert "With -> with" in silent


def test_a_note_writing_a_word_in_its_new_capitals_still_discloses_it() -> None:
    a = "# Tools\n\nWe host the code on Github these days.\n\nMore soon.\n"
    b = a.replace("Github", "GitHub").replace("More soon.", "**Update:** spelled GitHub properly.\n\nMore soon.")
    assert not _silent(annotate.compare(a, b, fmt="markdown"))


_POST = "---\ntitle: Box office\ndate: 2022-12-20\n---\n\nThe film opened last week.\n\nIt may pass the record.\n"


def test_a_january_note_written_with_the_old_year_is_dated_a_year_on() -> None:
    b = _POST.replace("It may", "Update 30 Jan 2022: Well, it did.\n\nIt may")
    (note,) = annotate.compare(_POST, b, fmt="markdown").annotations
    assert note.date is not None and note.date.value == "2023-01-30"


def test_a_note_dated_before_the_original_in_another_month_is_left_as_written() -> None:
    b = _POST.replace("It may", "Update 30 Jun 2022: it did not.\n\nIt may")
    (note,) = annotate.compare(_POST, b, fmt="markdown").annotations
    assert note.date is not None and note.date.value == "2022-06-30"


_RESULTS = (
    "# Suppressed data\n\nWe tried four methods.\n\n"
    "* substituting 3 worked fine.\n"
    "* imputation with Poisson probabilities beat uniform sampling. Sampling the suppressed values from a uniform "
    "distribution gives particularly bad coefficients for the suppressed cells.\n\nThat is all.\n"
)


def test_a_sentence_moved_into_a_disclosed_rewrite_takes_its_disclosure() -> None:
    b = _RESULTS.replace(
        " Sampling the suppressed values from a uniform distribution gives particularly bad coefficients for the suppressed cells.",
        "\n* the left-censored survival method performed ok.\n* Sampling the suppressed values from a uniform distribution, and the "
        "left-censored survival method, both give particularly bad coefficients for the suppressed cells.",
    ).replace("We tried", "*Updated 9 November 2018 with corrected use of the left-censored survival model*\n\nWe tried")
    assert not [s for s in _silent(annotate.compare(_RESULTS, b, fmt="markdown")) if "Sampling" in s]


def test_a_deletion_sharing_only_a_topic_with_a_disclosed_addition_stays_silent() -> None:
    b = _RESULTS.replace(
        " Sampling the suppressed values from a uniform distribution gives particularly bad coefficients for the suppressed cells.",
        "\n* the left-censored survival method performed ok on the suppressed cells.",
    ).replace("We tried", "*Updated 9 November 2018 with corrected use of the left-censored survival model*\n\nWe tried")
    assert [s for s in _silent(annotate.compare(_RESULTS, b, fmt="markdown")) if "Sampling" in s]


_BASE = (
    "---\ntitle: A post\ndate: 2021-02-10\n---\n\n# A post\n\nThe first paragraph says something about the server.\n\n"
    "The second paragraph explains the setup in detail.\n\nThe third paragraph closes the post.\n"
)


def _with(note: str) -> annotate.Comparison:
    return annotate.compare(_BASE, _BASE.replace("The third paragraph", f"{note}\n\nThe third paragraph"), fmt="markdown")


@pytest.mark.parametrize(
    "note",
    [
        "Final update: the server moved.",
        "Quick update: the server moved.",
        "Later edit: the server moved.",
        "Small edit: the server moved.",
        "**Second update**: the server moved.",
        "Update, two weeks later: the server moved.",
        "Updated to clarify: the server moved to Paris.",
        "Update! The server moved to Paris.",
        "Update!: the server moved.",
        "**UPDATE**<br>the server moved.",
        "<mark>Update:</mark> the server moved.",
        "<u>Update</u>: the server moved.",
        "<ins>Update:</ins> the server moved.",
        "PPS: the server moved.",
        "March 15, 2021 update: the server moved.",
    ],
)
def test_label_forms_people_write_are_notes(note: str) -> None:
    c = _with(note)
    assert [x.text for x in c.annotations] == [note]
    assert not _silent(c)


def test_a_month_first_label_is_dated() -> None:
    (x,) = _with("March 15, 2021 update: the server moved.").annotations
    assert x.date is not None and x.date.value == "2021-03-15"


@pytest.mark.parametrize(
    "prose",
    [
        "Update the config: run `make` again.",
        "Update, then reboot: both are needed.",
        "Update, restart and enjoy: the new version is fast.",
        "Update via the web interface: click Settings, then Update.",
        "Update! Save! Repeat!",
        "Final update of the season was released last week.",
        "New update mechanism: the app now updates itself.",
        "March 2021 was a busy month for the team.",
        "PPS files can be opened with PowerPoint.",
    ],
)
def test_prose_shaped_like_those_forms_is_no_note(prose: str) -> None:
    assert not _with(prose).annotations


@pytest.mark.parametrize("stamp", ["Last edited: 15 March 2021", "_Last edited: 15 March 2021_", "_Last updated: 15 March 2021_", "Page last updated: 15 March 2021"])
def test_a_last_updated_stamp_added_at_the_top_is_the_pages_date_not_a_silent_edit(stamp: str) -> None:
    a = "# A post\n\nThe first paragraph says something.\n\nThe second paragraph explains it.\n"
    c = annotate.compare(a, a.replace("The first", f"{stamp}\n\nThe first"), fmt="markdown")
    assert not _silent(c)
    assert c.revised_date is not None and c.revised_date.value == "2021-03-15"


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Update 15 Mar '21: the server moved.", "2021-03-15"),
        ("Update Mar 15, \u201921: the server moved.", "2021-03-15"),
        ("Update \u2014 2021-03-15T10:30:00Z: the server moved.", "2021-03-15"),
        ("**Update \u2014 Monday 15 March 2021**\n\nThe server moved.", "2021-03-15"),
    ],
)
def test_label_dates_people_write_are_read(note: str, day: str) -> None:
    c = _with(note)
    (x,) = c.annotations
    assert x.text == note and x.date is not None and x.date.value == day
    assert not _silent(c)


def test_a_month_and_two_digit_year_stays_a_month() -> None:
    from annotate.dates import find_dates

    assert [(d.value, d.precision) for d in find_dates("Sept'12 and Jan \u201919")] == [("2012-09", "month"), ("2019-01", "month")]


_GUIDE = (
    "---\ntitle: Setting up the server\ndate: 2021-02-10\n---\n\n# Setting up the server\n\n"
    "This guide shows how to install the tool on a small server in an afternoon.\n\n"
    "## Installing\n\nDownload the archive and unpack it into the home folder.\n\nRun the installer with the default options.\n\n"
    "## Configuring\n\nOpen the settings file and set the port to 8080.\n\nRestart the service after each change.\n\n"
    "## Conclusion\n\nThat is all it takes to get going with the tool.\n"
)


@pytest.mark.parametrize(
    ("note", "old", "new"),
    [
        ("Update: I reworded the introduction.", "This guide shows how to install the tool on a small server in an afternoon.",
         "This guide explains how to set the tool up on a small server."),
        ("Update: rewrote the conclusion.", "That is all it takes to get going with the tool.", "With that, the tool is ready for use."),
        ("Edit: clarified the configuration section.", "Open the settings file and set the port to 8080.", "Open `settings.toml` and set `port` to 8080."),
        ("Update: I've updated the installation steps.", "Download the archive and unpack it into the home folder.", "Install the package with your package manager."),
    ],
)
def test_a_note_naming_the_part_it_changed_discloses_its_edits(note: str, old: str, new: str) -> None:
    b = _GUIDE.replace(old, new).replace("## Installing", f"{note}\n\n## Installing")
    assert not _silent(annotate.compare(_GUIDE, b, fmt="markdown"))


@pytest.mark.parametrize(
    "note",
    ["Update: the introduction of the new API changed nothing here.", "Update: the port changed in version 2."],
)
def test_a_note_naming_another_part_leaves_the_conclusion_silent(note: str) -> None:
    b = _GUIDE.replace("That is all it takes to get going with the tool.", "With that, the tool is ready for use.").replace(
        "## Installing", f"{note}\n\n## Installing"
    )
    assert _silent(annotate.compare(_GUIDE, b, fmt="markdown"))


def test_a_note_saying_what_it_removed_discloses_that_deletion_far_from_it() -> None:
    b = _GUIDE.replace("Download the archive and unpack it into the home folder.\n\n", "").replace(
        "## Conclusion", "Update: removed the note about the archive.\n\n## Conclusion"
    )
    assert not _silent(annotate.compare(_GUIDE, b, fmt="markdown"))


def test_a_removal_note_naming_a_word_the_text_still_holds_leaves_the_deletion_silent() -> None:
    a = _GUIDE.replace("That is all", "Keep the archive somewhere safe. That is all")
    b = a.replace("Download the archive and unpack it into the home folder.\n\n", "").replace(
        "## Conclusion", "Update: removed the old archive link.\n\n## Conclusion"
    )
    assert _silent(annotate.compare(a, b, fmt="markdown"))


@pytest.mark.parametrize(
    "head",
    [
        "A post\n######\n\n:date: 2021-02-10 10:20\n:tags: servers, notes\n",
        "A post\n######\n\n:date: 2021-02-10\n",
        "= A post\n:revdate: 2021-02-10\n",
    ],
)
def test_a_short_rest_or_asciidoc_field_header_dates_the_document(head: str) -> None:
    text = head + "\nThe first paragraph.\n\nThe second paragraph.\n"
    c = annotate.compare(text, text, fmt="text")
    assert c.original_date is not None and c.original_date.value == "2021-02-10"


def test_two_key_value_lines_of_plain_text_are_no_header() -> None:
    text = "A party\n\nDate: Saturday, June 3\nTime: 7pm\n\nBring food.\n"
    assert annotate.compare(text, text, fmt="text").original_date is None


_MD = (
    "# Notes\n\nSome intro text for the list below.\n\n1. one thing\n1. two things\n1. three things\n\n"
    "See [the docs](http://example.com/docs) for more &amp; better info.\n\nThe end of it.\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("1. two things\n1. three things", "2. two things\n3. three things"),
        ("&amp;", "&"),
        ("[the docs](http://example.com/docs)", "[the docs][docs]"),
        ("[the docs](http://example.com/docs)", "[the docs][]"),
    ],
)
def test_markdown_written_otherwise_that_renders_the_same_is_no_edit(old: str, new: str) -> None:
    b = _MD.replace(old, new) + ("\n[docs]: http://example.com/docs\n" if "][" in new else "")
    b = b.replace("[docs]: http", "[the docs]: http") if new.endswith("[]") else b
    assert not _silent(annotate.compare(_MD, b, fmt="markdown"))


@pytest.mark.parametrize(
    ("old", "new", "tail"),
    [
        ("1. one thing", "3. one thing", ""),
        ("&amp;", "&lt;", ""),
        ("[the docs](http://example.com/docs)", "[the docs][docs]", "\n[docs]: http://example.com/other\n"),
    ],
)
def test_markdown_that_renders_otherwise_stays_an_edit(old: str, new: str, tail: str) -> None:
    assert _silent(annotate.compare(_MD, _MD.replace(old, new) + tail, fmt="markdown"))


_FOOTED = (
    "---\ntitle: A post\ndate: 2021-02-10\n---\n\n# A post\n\nThe first paragraph says the server has 50 users.\n\n"
    "The second paragraph explains the setup.\n\n## Updates\n\n- 2021-02-12: fixed a link.\n\nThe last paragraph.\n"
)


def test_a_numbered_footnote_holding_an_update_is_a_dated_note() -> None:
    b = _FOOTED.replace("has 50 users.", "has 50 users.[^1]") + "\n[^1]: Update 2021-03-15: it now has 60.\n"
    c = annotate.compare(_FOOTED, b, fmt="markdown")
    assert [(x.text, x.date.value if x.date else None) for x in c.annotations] == [("[^1]: Update 2021-03-15: it now has 60.", "2021-03-15")]
    assert not _silent(c)


def test_a_footnote_added_is_text_a_reader_reads_not_markup() -> None:
    b = _FOOTED.replace("has 50 users.", "has 50 users.[^1]") + "\n[^1]: Most of them are in Paris.\n"
    assert any("Most of them" in s for s in _silent(annotate.compare(_FOOTED, b, fmt="markdown")))


def test_a_labelled_paragraph_new_under_an_old_updates_heading_is_a_note() -> None:
    b = _FOOTED.replace("The last paragraph.\n", "The last paragraph.\n\n*This post was updated on 15 March 2021 to add the move.*\n")
    c = annotate.compare(_FOOTED, b, fmt="markdown")
    assert [x.text for x in c.annotations] == ["*This post was updated on 15 March 2021 to add the move.*"]
    assert not _silent(c)


@pytest.mark.parametrize("key", ["revised", "last_revised", "updated_on", "modified_date"])
def test_more_front_matter_keys_date_an_undated_note(key: str) -> None:
    a = "---\ntitle: A post\ndate: 2021-02-10\n---\n\n# A post\n\nThe first paragraph.\n\nThe second paragraph.\n"
    b = a.replace("date: 2021-02-10\n", f"date: 2021-02-10\n{key}: 2021-03-15\n").replace("The second", "Update: the server moved.\n\nThe second")
    (x,) = annotate.compare(a, b, fmt="markdown").annotations
    assert x.date is not None and x.date.value == "2021-03-15"


@pytest.mark.parametrize(
    "note", ["Обновление от 15 марта 2021 г.: сервер переехал.", "Aktualizacja z 15 marca 2021 r.: serwer został przeniesiony."]
)
def test_a_label_date_with_the_years_abbreviation_after_it_is_read(note: str) -> None:
    (x,) = _with(note).annotations
    assert x.date is not None and x.date.value == "2021-03-15"


@pytest.mark.parametrize(
    "note",
    [
        "Since publishing this post, the server has moved to Paris.",
        "Since this post went up, the server moved.",
        "After this post was published, the server moved.",
        "When I first wrote this post, the server was in Lyon.",
        "A reader pointed out an error in the original version of this post.",
        "Several readers have written in to say the server moved.",
        "Thanks to Ana for pointing out that the server moved.",
        "I've since learned that the server moved to Paris.",
    ],
)
def test_a_sentence_written_later_saying_so_is_a_note(note: str) -> None:
    c = _with(note)
    assert [x.text for x in c.annotations] == [note]
    assert not _silent(c)


@pytest.mark.parametrize(
    "prose",
    [
        "Since the server moved, the setup is simpler.",
        "When I first set up the server, it took an hour.",
        "Thanks to Ana for the coffee and the company.",
        "Readers of the manual will find the port there.",
    ],
)
def test_prose_opening_like_a_later_sentence_is_no_note(prose: str) -> None:
    assert not _with(prose).annotations


@pytest.mark.parametrize(
    "note",
    ["_Heads up: the server has moved since this was written._", "*Archived: this project is no longer active.*", "**Deprecated:** use the new tool instead."],
)
def test_callout_words_people_open_notices_with_are_labels(note: str) -> None:
    c = _with(note)
    assert [x.text for x in c.annotations] == [note]
    assert not _silent(c)


@pytest.mark.parametrize("prose", ["Heads up, everyone, the meeting starts at noon.", "Deprecated functions are listed in the appendix."])
def test_those_words_opening_prose_make_no_note(prose: str) -> None:
    assert not _with(prose).annotations


def test_a_changelogs_deprecated_item_stays_no_note() -> None:
    assert not _with("- Deprecated: the timeout argument.").annotations


_RST = "Release\n=======\n\nSee `the changelog <https://docs.example.org/en/2.0.0/whatsnew/changelog.html>`__ for details.\n\nMore text here.\n"


@pytest.mark.parametrize(
    "new",
    [
        "https://docs.example.org/en/stable/whatsnew/changelog.html",  # (a version pinned → the docs as they now stand)
        "https://docs.example.org/en/2.0.0/changelog.html",  # (the same page moved within its site)
    ],
)
def test_a_rest_link_pointing_to_the_same_page_otherwise_is_no_edit(new: str) -> None:
    b = _RST.replace("https://docs.example.org/en/2.0.0/whatsnew/changelog.html", new)
    assert not _silent(annotate.compare(_RST, b, fmt="text"))


@pytest.mark.parametrize(
    "new", ["https://docs.example.org/en/2.0.0/whatsnew/roadmap.html", "https://other.example.com/en/2.0.0/whatsnew/changelog.html"]
)
def test_a_rest_link_to_another_page_is_an_edit(new: str) -> None:
    b = _RST.replace("https://docs.example.org/en/2.0.0/whatsnew/changelog.html", new)
    assert _silent(annotate.compare(_RST, b, fmt="text"))


def test_a_reports_year_to_latest_stays_another_page() -> None:
    a = "# Reports\n\nRead [the report](https://example.org/reports/2019/summary.html) first.\n\nMore.\n"
    assert _silent(annotate.compare(a, a.replace("/2019/", "/latest/"), fmt="markdown"))


def test_a_copyright_lines_year_moving_on_is_no_edit() -> None:
    a = "# A page\n\nThe text of the page.\n\nMore of it.\n\n© 2001–9 Mark Pilgrim\n"
    assert not _silent(annotate.compare(a, a.replace("2001–9", "2001–10"), fmt="markdown"))


def test_a_year_in_the_text_is_still_an_edit() -> None:
    a = "# A page\n\nThe bridge opened in 2009 after long works.\n\nMore of it.\n\n© 2001–9 Mark Pilgrim\n"
    assert _silent(annotate.compare(a, a.replace("in 2009", "in 2010"), fmt="markdown"))
