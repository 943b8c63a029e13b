"""The twenty-second session's rules, each on its own example with a guard beside it."""

from __future__ import annotations

import pytest

import annotate

_FRONT = "---\ntitle: How did the cuts hit your state?\ndate: 2026-04-19\n{extra}---\n\n"
_BODY = [
    "My friend has been doing amazing things with open government data this year.",
    "In a recent project, she pulled bulk data on nearly 70,000 federal contract cancellations.",
    "Here is the map of the states most affected by the cancellations.",
]


def _pair(note: str, extra: str = "", at: int = 0) -> tuple[str, str]:
    a = _FRONT.format(extra="") + "\n\n".join(_BODY) + "\n"
    b = _FRONT.format(extra=extra) + "\n\n".join([*_BODY[:at], note, *_BODY[at:]]) + "\n"
    return a, b


@pytest.mark.parametrize(
    "note",
    ["> Updated at 11:38 AM ET to include another map based on feedback.", "**Update, 3 p.m.:** A second map is below.",
     "UPDATE 21:07 \u2014 a second map is below.", "Update 9:30 a.m. ET \u2013 a second map is below."],
)
def test_a_note_stamped_with_a_time_alone_is_dated_by_the_pages_own_day(note: str) -> None:
    # a news-style stamp with a time of day and no day: written on the day the page carries, even
    # when that day is the original's own (which dates no other note: nothing says it is the update's)
    a, b = _pair(note)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is not None and (n.date.value, n.date.basis) == ("2026-04-19", "document")


@pytest.mark.parametrize("note", ["Update: At 3 p.m. the council met again and a second map is below.", "Update: a second map is below."])
def test_a_time_in_the_notes_body_or_no_time_leaves_it_undated(note: str) -> None:
    a, b = _pair(note)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is None


def test_a_time_and_dash_without_a_label_word_is_no_note() -> None:
    a, b = _pair("Session 21:07 \u2014 a second map is below.")
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_the_front_matters_new_log_entry_dates_the_revisions_undated_notes() -> None:
    # a Jekyll post keeping its updates in its front matter ("updates:\n  - date: …\n    content: …"),
    # its body's "Update: …" put in with it and undated: the entry's day is the revision's
    extra = "updates:\n  - date: 2026-04-21\n    content: \"Added a new map that normalizes by spending.\"\n"
    a, b = _pair("Update: some folks wanted this figure normalized by something reasonable.", extra, at=3)
    c = annotate.compare(a, b, fmt="markdown")
    assert [(n.date.value if n.date else None) for n in c.annotations] == ["2026-04-21", "2026-04-21"]
    assert c.revised_date is not None and c.revised_date.value == "2026-04-21"


def test_an_old_log_entry_dates_nothing_new() -> None:
    extra = "updates:\n  - date: 2026-04-19\n    content: \"Added a map.\"\n"
    a = _FRONT.format(extra=extra) + "\n\n".join(_BODY) + "\n"
    b = _FRONT.format(extra=extra) + "\n\n".join([*_BODY, "Update: some folks wanted this figure normalized."]) + "\n"
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is None


_CALL = ["# Call for proposals", "We invite proposals for talks at the meeting this autumn.",
         "Proposals are due on 1 June and will be reviewed by the committee.", "Speakers will be told by the end of June."]


@pytest.mark.parametrize(
    "notice",
    ["The public comment period has been extended by 7 days. The new deadline is 22 June.",
     "The SRCCON scholarship application is now closed. Thanks to all who applied.",
     "The **shutdown date has been postponed** to 30 June.", "Registration is now closed.",
     "**The deadline has been extended to 15 June 2021.**", "The call is over."],
)
def test_a_new_paragraph_telling_a_calls_or_deadlines_new_state_is_a_notice(notice: str) -> None:
    # event and consultation pages: a period extended, an application closed, a date postponed,
    # told to the page's readers at its top; each a notice, not a silent addition
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], notice, *_CALL[1:]]) + "\n"
    c = annotate.compare(a, b, fmt="markdown")
    assert [n.text for n in c.annotations] == [notice]


@pytest.mark.parametrize(
    "prose",
    ["The dinosaur period was over 100 million years long.", "The meeting room has been booked for us.",
     "The period of review has a fixed length.", "The call for papers is open until 1 June."],
)
def test_a_period_or_a_call_in_plain_prose_is_no_notice(prose: str) -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], prose, *_CALL[1:]]) + "\n"
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_an_asciidoc_headers_conditional_does_not_hide_its_revision_line() -> None:
    # asciidoctor-fopub's README: "ifdef::basebackend-docbook[:doctype: book]" among the header's
    # attributes; the revision line "v0.2.0, 2013-11-27" is still the document's date
    head = "= asciidoctor-fopub\nDan Allen <https://github.com/mojavelinux>\nv0.2.0, 2013-11-27\nifdef::basebackend-docbook[:doctype: book]\n:idprefix:\n\n"
    a = head + "The fopub tool converts DocBook to PDF with Apache FOP.\n\nIt needs Java 6 or better.\n"
    b = head + "The fopub tool converts DocBook to PDF with Apache FOP.\n\nIt needs Java 8 or better.\n"
    c = annotate.compare(a, b, fmt="text")
    assert c.original_date is not None and c.original_date.value == "2013-11-27"


@pytest.mark.parametrize(("line", "value"), [("- April 2023 update: Python 3.12 reversed some of the changes described below.", "2023-04"),
                                             ("March 2021 edit: the numbers below were corrected.", "2021-03")])
def test_a_month_and_year_before_a_lowercase_label_word_dates_the_label(line: str, value: str) -> None:
    # tornado's release notes: "- April 2023 update: …" under a deprecation notice
    a, b = _pair(line, at=1)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is not None and n.date.value == value


def test_a_month_and_year_before_a_capitalised_update_stays_a_products_name() -> None:
    # Windows 10's "April 2018 Update" names a release, not a note
    a, b = _pair("- April 2018 Update: version 1803 brings a timeline of recent activity.", at=1)
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_a_labelled_item_put_first_in_a_list_ends_at_its_own_item() -> None:
    # tornado's release notes (a plain text's list is one passage): the word diff takes the old
    # first item's "- " as the new item's, so the insertion runs "April 2023 update: …\n- "
    items = ["- Python 3.10 has begun the process of significant changes to the event loop APIs.", "- Tornado 6.2 follows these changes."]
    new = "- April 2023 update: Python 3.12 reversed some of the changes described below."
    a = "Deprecation notice\n~~~~~~~~~~~~~~~~~~\n\n" + "\n".join(items) + "\n"
    b = "Deprecation notice\n~~~~~~~~~~~~~~~~~~\n\n" + "\n".join([new, *items]) + "\n"
    c = annotate.compare(a, b, fmt="text")
    (n,) = c.annotations
    assert n.text.endswith("described below.") and n.date is not None and n.date.value == "2023-04"
    assert not [ch for ch in c.changes if ch.silent]


def test_soft_hyphens_put_into_words_are_no_edit() -> None:
    # a German data story's page: "Arbeitslose" became "Arbeits&shy;lose" (a break allowed, shown
    # only where a line ends); a real respelling beside them stays a silent edit
    a = "<html><body><article><p>Die Arbeitslose und die Bundeswehr in Deutschland.</p><p>Die Vermögenssteuer bleibt.</p></article></body></html>"
    b = "<html><body><article><p>Die Arbeits&shy;lose und die Bundes&shy;wehr in Deutsch&shy;land.</p><p>Die Vermögen&shy;steuer bleibt.</p></article></body></html>"
    c = annotate.compare(a, b, fmt="html")
    silent = [(ch.original.text if ch.original else "", ch.revised.text if ch.revised else "") for ch in c.changes if ch.silent]
    assert silent == [("Vermögenssteuer", "Vermögen\u00adsteuer")]


@pytest.mark.parametrize("note", ["Note to users pre-0.6.0: Offline previously used a cloudfront hosted file.",
                                  "Note to readers: this post was rewritten after the release.", "**Note to self:** the logs moved."])
def test_a_note_addressed_to_its_readers_is_labelled(note: str) -> None:
    a, b = _pair(note, at=1)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.label == "Note" and n.text == note


def test_a_note_to_anything_else_is_no_label() -> None:
    a, b = _pair("Note to the config: set the path before you run it.", at=1)
    assert not annotate.compare(a, b, fmt="markdown").annotations


@pytest.mark.parametrize("notice", ["Disclaimer, We no longer use this library internally and are focusing our efforts elsewhere.",
                                    "We are no longer maintaining this project.", "I no longer work on this blog regularly."])
def test_its_makers_saying_they_stopped_is_a_notice(notice: str) -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], notice, *_CALL[1:]]) + "\n"
    assert [n.text for n in annotate.compare(a, b, fmt="markdown").annotations] == [notice]


def test_we_no_longer_using_something_else_is_prose() -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], "We no longer use the old API in our examples.", *_CALL[1:]]) + "\n"
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_sentences_added_to_an_old_update_note_are_a_note() -> None:
    # the recology blog: "UPDATE: changed data source … Thoughts?" in 2012, "… In addition, rgeos and
    # maptools removed, not needed." in 2015; the other edits of the old note stay silent edits
    old = ("UPDATE: changed data source so that the entire example can be run by anone on their own machine. Also, per Joachim's "
           "suggestion, I put a box around the blown up area of the map. Thoughts?")
    new = ("UPDATE: changed data source so that the entire example can be run by anyone on their own machine. Also, per Joachim's "
           "suggestion, I put a box around the blown up area of the map. In addition, rgeos and maptools removed, not needed.")
    _, a = _pair(old, at=1)
    b = a.replace(old, new)
    c = annotate.compare(a, b, fmt="markdown")
    assert [n.text for n in c.annotations] == ["In addition, rgeos and maptools removed, not needed."]
    assert {(ch.original.text if ch.original else "") for ch in c.changes if ch.silent} >= {"anone"}


def test_words_added_to_an_old_paragraph_that_is_no_note_are_no_note() -> None:
    _, a = _pair("Abigail pulled the data from the federal procurement system so that anyone can run the example. Thoughts?", at=1)
    b = a.replace("Thoughts?", "In addition, rgeos and maptools were removed.")
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_a_front_matter_revisions_list_with_reasons_is_a_log() -> None:
    # "revisions:\n- date: 2020-03-27\n  reason: Corrected definition of g" (a Jekyll theme's version history)
    extra = "revisions:\n- date: 2026-04-27\n  reason: Corrected definition of g\n"
    a, b = _pair("", extra)
    a = _FRONT.format(extra="") + "\n\n".join(_BODY) + "\n"
    b = _FRONT.format(extra=extra) + "\n\n".join(_BODY) + "\n"
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is not None and n.date.value == "2026-04-27" and "Corrected definition of g" in n.text


@pytest.mark.parametrize(("para", "is_note"), [
    ("Note that sandboxing does not try to hide the host environment in any way.", False),
    ("Note that, calling res.set() after res.append() will reset the previously set header value.", False),
    ("Note that loaders can be used from CLI under webpack v4, but the feature was deprecated in webpack v5.", True),
    ("Note that this information is about a pilot program that happened back in 2013.", True),
    ("Note that this repository is no longer being maintained.", True),
])
def test_a_note_that_sentence_is_a_note_only_when_it_tells_of_a_change_or_a_state(para: str, is_note: bool) -> None:
    # advice put in with a section ("Note that sandboxing …") is the author's; a state or a later
    # standpoint ("was deprecated in webpack v5", "happened back in 2013") makes it a notice
    a, b = _pair(para, at=1)
    assert bool(annotate.compare(a, b, fmt="markdown").annotations) is is_note


def test_a_note_naming_the_pages_title_names_no_section_of_it() -> None:
    # HubSpot's "Offline" project page: its banner and its body both headed "Offline"; a note
    # naming Offline tells of one method removed, not of every edit under the body's heading
    head = "<html><head><title>Offline</title></head><body><header><h1>Offline</h1></header><main><h1>Offline</h1>{note}"
    body = ("<p>Improve the experience of your app when your users lose connection.</p><h2>{inst}</h2><p>Include the javascript on your page.</p>"
            "<p>Offline checks the connection by loading an image.</p><p>It retries every few seconds.</p><h2>Advanced</h2><p>Options can be set.</p></main></body></html>")
    note = "<p>Note to users pre-0.6.0: Offline previously used a cloudfront hosted file to check the connection. This method has been removed.</p>"
    a = head.format(note="") + body.format(inst="Installing")
    b = head.format(note=note) + body.format(inst="Installation")
    c = annotate.compare(a, b, fmt="html")
    assert len(c.annotations) == 1
    assert [(ch.original.text, ch.revised.text) for ch in c.changes if ch.silent and ch.original and ch.revised] == [("Installing", "Installation")]


def test_a_shortcut_reference_link_put_into_a_sentence_is_no_note() -> None:
    # "… empty interfaces and [type assertion] (please take it as POC code only):" with
    # "[type assertion]: https://golang.org/…" defined below: a link, not an editor's bracket
    a, b = _pair("We might take another approach.\n\n[type assertion]: https://golang.org/doc/effective_go.html", at=3)
    b = b.replace("another approach.", "another approach with empty interfaces and [type assertion] (please take it as code only).")
    assert not annotate.compare(a, b, fmt="markdown").annotations


@pytest.mark.parametrize("pointer", ["The Firefox Sync Server has been rewritten in Rust, and the new project can be found here: https://github.com/mozilla-services/syncstorage-rs",
                                     "If you have additional questions about these changes, email <CompTools@usgs.gov>."])
def test_a_pointer_under_a_notice_is_the_notices_own(pointer: str) -> None:
    notice = "**Note that this repository is no longer being maintained**."
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], notice, pointer, *_CALL[1:]]) + "\n"
    c = annotate.compare(a, b, fmt="markdown")
    assert [n.text for n in c.annotations] == [notice + "\n\n" + pointer]
    assert not [ch for ch in c.changes if ch.silent]


def test_a_day_and_month_closing_an_update_heading_is_its_date() -> None:
    # "## Update 25.04." (a German writer's day and month, the year the post's)
    a, b = _pair("## Update 25.04.\n\nI recently did a short talk about this project at an online meetup.", at=3)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is not None and n.date.value == "2026-04-25"


def test_a_version_closing_an_update_heading_is_no_date() -> None:
    a, b = _pair("## Update 2.4.\n\nThe new version changes the data format.", at=3)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is None


@pytest.mark.parametrize(("para", "is_note"), [
    ("On 01/15/2021 deprecation for Python 2.7 was announced and support will be dropped on 07/15/2021.", True),
    ("On 5 May 2019 we released the first version of the tool.", False),
])
def test_a_paragraph_opening_on_a_day_is_a_notice_when_support_ends(para: str, is_note: bool) -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], para, *_CALL[1:]]) + "\n"
    notes = annotate.compare(a, b, fmt="markdown").annotations
    assert bool(notes) is is_note
    if is_note:
        assert notes[0].date is not None and notes[0].date.value == "2021-01-15"


@pytest.mark.parametrize(("note", "general"), [
    ("The Firefox Sync Server has been rewritten in Rust.", False), ("This post has been updated.", True),
    ("The ADA discussion below has been updated to reflect current requirements.", True),
    ("UPDATE: pkg API has changed - updated the post below to work with the current CRAN version", True),
])
def test_a_notice_of_edits_is_general_when_it_is_said_of_the_text(note: str, general: bool) -> None:
    from annotate.notices import general_notice

    assert general_notice(note) is general


def test_label_lines_after_visible_line_breaks_in_a_raw_html_block_are_notes() -> None:
    # a course schedule's raw HTML block: "Last updated: …<br>" then three "Note: …<br>" lines put
    # in; each a note, and the old "Feb 8, 2024" is not paired with a note's "Feb 18, 2024"
    head = "# Schedule\n\n<table>\n  <tbody>\n    <p>All deadlines are 10:00 pm ET.</p>\n    Last updated: {day}{rest}\n  </tbody>\n</table>\n\nSee you in class.\n"
    notes = ("<br>\n    Note: HW2 due date extended to <strong>Feb 18, 2024</strong><br>\n"
             "    Note: Due dates for <strong>HW5</strong> have been changed to a later date.<br>")
    a = head.format(day="Feb 8, 2024", rest="")
    b = head.format(day="Mar 28, 2024", rest=notes)
    c = annotate.compare(a, b, fmt="markdown")
    assert [n.text for n in c.annotations] == ["Note: HW2 due date extended to <strong>Feb 18, 2024</strong>",
                                               "Note: Due dates for <strong>HW5</strong> have been changed to a later date."]


def test_a_label_line_after_a_line_break_saying_note_that_is_no_note() -> None:
    head = "# Schedule\n\n<div>\n    Last updated: Feb 8, 2024{rest}\n</div>\n\nSee you in class.\n"
    a = head.format(rest="")
    b = head.format(rest="<br>\n    Note that the room is on the second floor.")
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_a_new_release_notes_section_of_dated_entries_is_a_note() -> None:
    # XLNet's README: "## Release Notes\n\n* July 16, 2019: XLNet-Base.\n* June 19, 2019: initial release …"
    section = "## Release Notes\n\n* July 16, 2019: XLNet-Base.\n* June 19, 2019: initial release with XLNet-Large and code."
    a, b = _pair(section, at=1)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.text == section and n.date is not None and n.date.value == "2019-07-16"


def test_a_new_news_section_of_dated_entries_holds_a_note_each() -> None:
    section = "## News\n\n* July 16, 2019: XLNet-Base.\n* June 19, 2019: initial release with XLNet-Large and code."
    a, b = _pair(section, at=1)
    notes = annotate.compare(a, b, fmt="markdown").annotations
    assert [(n.date.value if n.date else None) for n in notes] == ["2019-07-16", "2019-06-19"]


@pytest.mark.parametrize("notice", ["**Notice**: `failure` is deprecated. If you liked its API, consider anyhow.", "NOTICE: the project moved to a new home."])
def test_notice_with_its_colon_is_a_label(notice: str) -> None:
    a, b = _pair(notice, at=1)
    assert [n.label for n in annotate.compare(a, b, fmt="markdown").annotations] == [notice.strip("*").split(":")[0].strip("*")]


def test_notice_as_a_verb_is_no_label() -> None:
    a, b = _pair("Notice how the map changes once the data is normalized.", at=1)
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_a_deprecated_heading_over_prose_is_a_notice_and_over_items_a_changelogs() -> None:
    prose = "## Deprecated\n\nThe support libraries are developing at a rate this library cannot sustain. We no longer think its model is good."
    a, b = _pair(prose, at=1)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.text == prose
    items = "### Deprecated\n\n- `foo()` is deprecated in favour of `bar()`, which no longer needs a context."
    a, b = _pair(items, at=1)
    assert all(not n.text.startswith("### Deprecated") for n in annotate.compare(a, b, fmt="markdown").annotations)


def test_a_footnote_saying_what_was_added_is_a_note_whole() -> None:
    # "[^5]: This section was added …": the footnote's text, not its "[^5]" alone
    note = "[^5]: This section was added to Version 2 of the guidance on 1 November 2021."
    a, b = _pair(note, at=3)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.text == note and n.date is not None and n.date.value == "2021-11-01"


def test_a_last_updated_line_inside_a_raw_html_block_at_the_top_dates_the_page() -> None:
    # a course page: "<p …>All deadlines are …</p>\n    Last updated: Feb 8, 2024" inside its table's HTML
    page = "---\ntitle: Schedule\n---\n<table>\n  <tbody>\n    <p>All deadlines are 10:00 pm ET.</p>\n    Last updated: {day}{rest}\n  </tbody>\n</table>\n\nSee you in class.\n"
    a = page.format(day="Feb 8, 2024", rest="")
    b = page.format(day="Mar 28, 2024", rest="<br>\n    Note: HW2 due date extended to <strong>Feb 18, 2024</strong><br>")
    c = annotate.compare(a, b, fmt="markdown")
    assert c.original_date is not None and c.original_date.value == "2024-02-08"
    (n,) = c.annotations
    assert n.date is not None and n.date.value == "2024-03-28"


@pytest.mark.parametrize(("para", "is_note"), [("The lunch is now full, but check out the related panel later Saturday afternoon.", True),
                                               ("Tickets are sold out.", True), ("The class was full of students who loved it.", False)])
def test_an_events_places_filled_is_a_notice(para: str, is_note: bool) -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], para, *_CALL[1:]]) + "\n"
    assert bool(annotate.compare(a, b, fmt="markdown").annotations) is is_note


def test_layout_declarations_put_into_a_raw_images_style_are_no_edit() -> None:
    img = '<img src="/media/a.jpeg" style="width:75%{more}" alt="Notes from the conference">'
    _, a = _pair(img.format(more=""), at=1)
    b = a.replace(img.format(more=""), img.format(more="; display:block; margin:0 auto;"))
    assert not [ch for ch in annotate.compare(a, b, fmt="markdown").changes if ch.silent]


def test_a_style_that_hides_or_strikes_is_an_edit() -> None:
    img = '<span style="color:red{more}">The fee is five dollars.</span>'
    _, a = _pair(img.format(more=""), at=1)
    b = a.replace(img.format(more=""), img.format(more="; text-decoration: line-through"))
    assert [ch for ch in annotate.compare(a, b, fmt="markdown").changes if ch.silent]


@pytest.mark.parametrize(("line", "label", "value"), [
    ("Post-finalization note 3 (Added 2021-06-03): At the request of the author, this paragraph was removed.", "Post-finalization note", "2021-06-03"),
    ("Post-finalization note added on 2026-06-15: The author recommends adding flsubnormal? as a procedure.", "Post-finalization note", "2026-06-15"),
    ("Implementation note 2: the reference code now checks the bounds.", "Implementation note", None),
])
def test_a_titled_note_takes_its_number_and_when_it_was_added(line: str, label: str, value: str | None) -> None:
    # the Scheme SRFIs' "Post-finalization note 3 (Added 2021-06-03): …"
    a, b = _pair(line, at=3)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.label == label and (n.date.value if n.date else None) == value


def test_a_heading_saying_the_projects_state_is_a_notice_with_its_section() -> None:
    # karma's README: "## Karma is deprecated and is not accepting new features …" over why
    head = "## Karma is deprecated and is not accepting new features or general bug fixes."
    body = "The web testing space has evolved significantly in the years since Karma's creation."
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], head, body, "## Usage", *_CALL[1:]]) + "\n"
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.text == head + "\n\n" + body


def test_a_heading_naming_a_state_in_a_changelog_stays_a_heading() -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], "## How the call works", *_CALL[1:]]) + "\n"
    assert not annotate.compare(a, b, fmt="markdown").annotations


# The review of this session's rules (a helper trying to break them): each bug it found, mended.


@pytest.mark.parametrize("prose", [
    "The session is closed automatically after 30 minutes of inactivity.", "The ticket is closed once you confirm the fix.",
    "Tickets are closed after 7 days without a reply.", "The registration is closed by calling unregister().",
    "The date has been extended to include the time zone.", "The date is extended by one day in leap years.",
    "Applications are closed between 24 December and 2 January each year.", "Tickets are sold out at the door most years, so buy online.",
])
def test_review_documentation_of_how_things_close_is_no_notice(prose: str) -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], prose, *_CALL[1:]]) + "\n"
    assert not annotate.compare(a, b, fmt="markdown").annotations


@pytest.mark.parametrize("notice", ["The call for proposals is now closed.", "The call for papers has closed.", "Lunch is now full.",
                                    "The Workshop is full.", "Ticket sales have ended.", "The deadline has been extended by one week."])
def test_review_notices_of_a_calls_state_written_otherwise(notice: str) -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], notice, *_CALL[1:]]) + "\n"
    assert [n.text for n in annotate.compare(a, b, fmt="markdown").annotations] == [notice]


@pytest.mark.parametrize("heading", ["## Update 3.11.", "## Update 1.10."])
def test_review_a_version_closing_an_update_heading_is_no_date(heading: str) -> None:
    a, b = _pair(heading + "\n\nThe code now needs the newer interpreter.", at=3)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is None


@pytest.mark.parametrize("note", ["Update — the office now opens at 9:30 am on weekdays.", "Warning — backups run at 2am and the site is slow then."])
def test_review_a_time_in_the_body_after_a_dash_is_no_stamp(note: str) -> None:
    a, b = _pair(note, at=1)
    (n,) = annotate.compare(a, b, fmt="markdown").annotations
    assert n.date is None


@pytest.mark.parametrize(("para", "is_note"), [
    ("Note that this guide was written for Ubuntu 18.04.", True), ("Note that this post predates the 2.0 release.", True),
    ("Note that this article is from 2015 and some links may be broken.", True), ("Note that the screenshots show an older version of the app.", True),
    ("Note that if the key is not found, `None` is returned.", False),
])
def test_review_a_note_that_about_the_text_itself_is_a_note(para: str, is_note: bool) -> None:
    a, b = _pair(para, at=1)
    assert bool(annotate.compare(a, b, fmt="markdown").annotations) is is_note


@pytest.mark.parametrize("note", ["Note: The Terms of Service have been revised.", "The FAQ has been updated."])
def test_review_a_site_documents_name_as_subject_is_still_a_general_notice(note: str) -> None:
    from annotate.notices import general_notice

    assert general_notice(note)


def test_review_an_old_log_entry_reworded_never_dates_the_revision_before_the_original() -> None:
    old = "updates:\n  - date: 2026-03-01\n    content: \"Fixed a typo in the the map legend.\"\n"
    new = "updates:\n  - date: 2026-03-01\n    content: \"Fixed a typo in the map legend.\"\n"
    a = _FRONT.format(extra=old) + "\n\n".join(_BODY) + "\n"
    b = _FRONT.format(extra=new) + "\n\n".join([*_BODY, "Update: some folks wanted this figure normalized."]) + "\n"
    c = annotate.compare(a, b, fmt="markdown")
    assert c.revised_date is None or c.revised_date.value >= "2026-04-19"


@pytest.mark.parametrize(("before", "after"), [("color:black", "color:white"), ("width:75%", "width:0"), ("opacity:1", "opacity:0.0")])
def test_review_a_styles_value_changed_is_an_edit(before: str, after: str) -> None:
    span = '<span style="{style}">The fee is five dollars.</span>'
    _, a = _pair(span.format(style=before), at=1)
    b = a.replace(span.format(style=before), span.format(style=after))
    assert [ch for ch in annotate.compare(a, b, fmt="markdown").changes if ch.silent]


@pytest.mark.parametrize("added", [" Doors open at seven in the evening.", " **Doors open at seven in the evening.**"])
def test_review_a_sentence_added_to_an_old_update_note_after_its_stop(added: str) -> None:
    old = "UPDATE: The venue moved to the Corn Exhcange in Leeds. Please bring a printed ticket to the door."
    _, a = _pair(old, at=1)
    b = a.replace(old, old.replace("Exhcange", "Exchange") + added)
    c = annotate.compare(a, b, fmt="markdown")
    assert [n.text for n in c.annotations] == [added.strip()]


def test_review_release_notes_over_how_to_write_them_is_no_log() -> None:
    a, b = _pair("## Release Notes\n\nEvery pull request must add a line to `CHANGES.md` describing the change for users.", at=1)
    assert not annotate.compare(a, b, fmt="markdown").annotations


@pytest.mark.parametrize("story", ["On March 3, 2015 Python 2.6 reached end of life, which is why this guide targets 2.7.",
                                   "On 5 May 2019 the team announced that the old dashboard would no longer be supported, and we moved to Grafana."])
def test_review_a_paragraph_on_a_day_telling_history_is_no_notice(story: str) -> None:
    a = "\n\n".join(_CALL) + "\n"
    b = "\n\n".join([_CALL[0], story, *_CALL[1:]]) + "\n"
    assert not annotate.compare(a, b, fmt="markdown").annotations


def test_a_list_of_links_under_a_new_note_is_the_notes_own() -> None:
    # a Japanese blog's "追記: Node.js側でのデフォルトの挙動を変更するPR" over the pull request it points to
    note = "追記: Node.js側でのデフォルトの挙動を変更するPR"
    link = "- [process: Throw exception on --unhandled-rejections=default · Pull Request #33021](https://github.com/nodejs/node/pull/33021)"
    a, b = _pair(note + "\n\n" + link, at=3)
    c = annotate.compare(a, b, fmt="markdown")
    assert [n.text for n in c.annotations] == [note + "\n\n" + link]
    assert not [ch for ch in c.changes if ch.silent]


def test_a_list_of_links_under_an_old_paragraph_is_an_addition() -> None:
    a, b = _pair("- [Pull Request #33021](https://github.com/nodejs/node/pull/33021)", at=3)
    assert [ch.kind for ch in annotate.compare(a, b, fmt="markdown").changes if ch.silent] == ["addition"]


def test_dated_items_added_under_an_errata_item_are_notes() -> None:
    # the Scheme SRFIs' status lists: "Revised to fix errata:" over "2017/6/5 (Added second return
    # type of vector-partition.)" (one family of documents, some 250 of them)
    head = "<html><body><main><h1>SRFI 133</h1><h2>Status</h2><ul><li>Finalized: 2016/3/20</li><li>Revised to fix errata:<ul>{items}</ul></li></ul><p>The body of the specification.</p></main></body></html>"
    old = "<li>2016/4/1 (Fixed description of vector-unfold!)</li>"
    new = old + "<li>2017/6/5 (Added second return type of vector-partition.)</li>"
    c = annotate.compare(head.format(items=old), head.format(items=new), fmt="html")
    assert [(n.text, n.date.value if n.date else None) for n in c.annotations] == [("2017/6/5 (Added second return type of vector-partition.)", "2017-06-05")]


def test_dated_items_under_another_list_item_are_no_notes() -> None:
    head = "<html><body><main><h1>Schedule</h1><ul><li>Talks this spring:<ul>{items}</ul></li></ul><p>See you there.</p></main></body></html>"
    old = "<li>2016/4/1 (The first talk.)</li>"
    new = old + "<li>2017/6/5 (The second talk.)</li>"
    assert not annotate.compare(head.format(items=old), head.format(items=new), fmt="html").annotations
