"""Rules of the twenty-sixth session, each from a real page that read wrong (held-out sets 81–84
and the earlier sets' misses), with the guards its review asked for."""

from __future__ import annotations

import annotate
from annotate.read import read_document

_TABLE = """# Connector properties

|skipped.operations
|A list of the operation types that the connector skips during streaming.

{ops}

Set the value to `none` if you do not want the connector to skip any operations.
"""


def _texts(c: annotate.Comparison) -> list[str]:
    return [c.revised.text[a.start : a.end] for a in c.annotations]


def _html_notes(page: str, note: str) -> list[str]:
    """The notes found when ``note`` is put into an HTML ``page`` at its ``{note}``, spaces collapsed."""
    c = annotate.compare(page.format(note=""), page.format(note=note), fmt="html")
    return [" ".join(t.split()) for t in _texts(c)]


def test_a_label_noun_alone_in_brackets_names_a_thing() -> None:
    # Debezium's MongoDB page: "* `u` (update)" in a new list of operation types is no note
    old = _TABLE.format(ops="The operations include: `c` for inserts, `d` for deletes.")
    new = _TABLE.format(ops="* `c` (insert/create)\n* `u` (update)\n* `d` (delete)\n* `t` (truncate)")
    c = annotate.compare(old, new, fmt="text")
    assert not any("(update)" in t for t in _texts(c))
    assert any(ch.silent and ch.revised is not None and "update" in ch.revised.text for ch in c.changes)


def test_a_participle_in_brackets_still_marks() -> None:
    old = "Intro.\n\nThe fee is ten pounds a year for members who join before the summer break."
    new = "Intro.\n\nThe fee is twelve pounds a year for members who join before the summer break (updated 3 May 2021)."
    c = annotate.compare(old, new, fmt="text")
    assert any("(updated 3 May 2021)" in t for t in _texts(c))


def _long(n: int, changed: dict[int, str]) -> tuple[str, str]:
    paras = [f"Paragraph {k} tells of the harbour, its boats and the weather on day {k}." for k in range(n)]
    revised = [changed.get(k, p) for k, p in enumerate(paras)]
    return "\n\n".join(paras), "\n\n".join(revised)


def test_notes_among_many_old_passages_are_found() -> None:
    # (the scan passes by old passages between old ones: a note beside them is still read)
    old, new = _long(400, {200: "Paragraph 200 tells of the harbour. [Update, 3 May 2021: the boats have left.]"})
    c = annotate.compare(old, new, fmt="text")
    assert _texts(c) == ["[Update, 3 May 2021: the boats have left.]"]
    assert c.annotations[0].date is not None and c.annotations[0].date.value == "2021-05-03"


def test_a_new_entry_under_an_old_log_heading_far_down() -> None:
    paras = [f"Paragraph {k} tells of the harbour, its boats and the weather on day {k}." for k in range(60)]
    log = "## Updates\n\n- 2020-01-04: Added the tide tables.\n\n- 2020-02-11: Fixed the map."
    old = "\n\n".join(paras) + "\n\n" + log
    new = "\n\n".join(paras) + "\n\n" + log + "\n\n- 2021-03-09: Removed the ferry times, which changed."
    c = annotate.compare(old, new, fmt="markdown")
    assert [t.strip() for t in _texts(c)] == ["- 2021-03-09: Removed the ferry times, which changed."]


# --- the original's date -------------------------------------------------------------------

_BODY = "\n\n".join(f"Paragraph {k} of the guide, which says how the tool is built and run." for k in range(6))


def _dated(text: str, fmt: str = "text", name: str | None = None) -> tuple[str | None, str | None]:
    doc = read_document(text, fmt=fmt, name=name)
    return (doc.date.value if doc.date else None), (doc.updated.value if doc.updated else None)


def test_a_foot_stamp_with_its_weekday() -> None:
    # Podman's "What is Podman?" page: "<h4>Last Update: Tuesday November 19, 2019</h4>"
    assert _dated(_BODY + "\n\nLast Update: Tuesday November 19, 2019") == (None, "2019-11-19")
    c = annotate.compare(_BODY + "\n\nLast Update: Tuesday November 19, 2019", _BODY + "\n\nMore.\n\nLast Update: Tuesday November 19, 2019", fmt="text")
    assert c.original_date is not None and c.original_date.value == "2019-11-19"


def test_a_label_word_and_its_day_alone_at_the_foot() -> None:
    # Strimzi's contributing guide (Asciidoctor): "Revised on 2024-01-15 10:05:28 UTC"
    assert _dated(_BODY + "\n\nRevised on 2024-01-15 10:05:28 UTC") == (None, "2024-01-15")
    # (not a sentence saying what was revised)
    assert _dated(_BODY + "\n\nRevised on 2024-01-15 to add the build steps for Windows users") == (None, None)


def test_a_file_named_by_its_day_goes_before_a_foot_stamp() -> None:
    # Bitcoin.org's alert "2013-08-11-android.html": "This notice last updated: Mon, 12 Aug 2013 18:48:07 UTC"
    text = _BODY + "\n\nThis notice last updated: Mon, 12 Aug 2013 18:48:07 UTC"
    assert _dated(text, name="_alerts/2013-08-11-android.txt") == ("2013-08-11", "2013-08-12")


def test_front_matter_keys_of_a_publication_day() -> None:
    assert _dated("---\ntitle: X\ndate-meta: '2019-06-25'\n---\n\n" + _BODY, fmt="markdown")[0] == "2019-06-25"  # Manubot
    assert _dated("---\nblog_heading: X\nblog_publish_date: January 9, 2024\n---\n\n" + _BODY, fmt="markdown")[0] == "2024-01-09"
    assert _dated("---\ntitle: X\nreview_date: 2024-01-09\n---\n\n" + _BODY, fmt="markdown")[0] is None


_PAGE = """<html><body><h1>Running SQL Queries on Amazon S3</h1>{meta}
<p>The functionality and sheer usefulness of Drill is growing fast.</p><p>More text here.</p>
<p>Even more text.</p><p>And the last paragraph of the post.</p>{foot}
</body></html>"""


def test_a_byline_of_fields() -> None:
    # Apache Drill's blog: '<p class="post-meta"><strong>Author:</strong> Nick Amato<br/><strong>Date:</strong> Feb 9, 2018'
    meta = '<p class="post-meta"><strong>Author:</strong> Nick Amato (Director, MapR)<br/><strong>Date:</strong> Feb 9, 2018</p>'
    assert _dated(_PAGE.format(meta=meta, foot=""), fmt="html")[0] == "2018-02-09"


def test_a_posted_line_under_the_text() -> None:
    # OpenNews' blog: '<small>posted <abbr class="timeago" title="2015-03-04 07:00:00 -0500">…</abbr> | posted in NICAR</small>'
    foot = '<small>posted <abbr class="timeago" title="2015-03-04 07:00:00 -0500">March 4</abbr> | posted in <a href="/t">NICAR</a></small>'
    assert _dated(_PAGE.format(meta="", foot=foot), fmt="html")[0] == "2015-03-04"
    foot = '<small>posted <abbr title="">May 05, 2016</abbr> | posted in SRCCON</small>'
    assert _dated(_PAGE.format(meta="", foot=foot), fmt="html")[0] == "2016-05-05"
    # (a line that merely mentions posting is no byline)
    foot = "<p>Posted slides from the talk of 5 May 2016 are in the archive.</p>"
    assert _dated(_PAGE.format(meta="", foot=foot), fmt="html")[0] is None


# --- set 81d: plain text, reST and Markdown documents ------------------------------------

_PSR = "Autoloading Standard\n====================\n\n{note}The following describes the mandatory requirements for autoloader interoperability.\n\nMandatory\n---------\n\nA fully-qualified namespace and class must have the structure."


def test_deprecated_in_bold_then_a_dash() -> None:
    # PHP-FIG's PSR-0: "> **Deprecated** - As of 2014-10-21 PSR-0 has been marked as deprecated. [PSR-4] is …"
    note = "> **Deprecated** - As of 2014-10-21 PSR-0 has been marked as deprecated. [PSR-4] is now recommended\nas an alternative.\n\n"
    c = annotate.compare(_PSR.format(note=""), _PSR.format(note=note), fmt="markdown")
    assert [t.strip() for t in _texts(c)] == [note.strip()]
    assert c.annotations[0].date is not None and c.annotations[0].date.value == "2014-10-21"
    # (a changelog's item is still no note: "- **Deprecated** - the --bar flag.")
    item = "- **Deprecated** - the `--bar` flag, which the next release drops.\n\n"
    assert _texts(annotate.compare(_PSR.format(note=""), _PSR.format(note=item), fmt="markdown")) == []


def test_a_box_dated_by_the_update_label_opening_it() -> None:
    # Socorro's stackwalk docs: ".. Note::\n\n   Update: November 18th, 2021\n\n   We're in the process …"
    old = "Stackwalk\n=========\n\nThe stackwalker runs in the processor.\n\nIt reads minidumps."
    note = ".. Note::\n\n   Update: November 18th, 2021\n\n   We're in the process of switching to the rust-minidump stackwalker."
    c = annotate.compare(old, old.replace("\n\nIt reads", "\n\n" + note + "\n\nIt reads"), fmt="text")
    assert len(c.annotations) == 1 and c.annotations[0].date is not None and c.annotations[0].date.value == "2021-11-18"


def test_a_page_that_says_it_moved_and_where_to_see_it() -> None:
    # Review Board's post-review manual: "The documentation for post-review has moved. See `RBTools Documentation`_."
    old = "===========\npost-review\n===========\n\n" + "\n\n".join(f"Section {k} of the manual tells how to post a review request with option {k}." for k in range(8))
    new = "===========\npost-review\n===========\n\nThe documentation for post-review has moved. See `RBTools Documentation`_.\n\n.. _`RBTools Documentation`: http://www.reviewboard.org/docs/rbtools/dev/\n"
    c = annotate.compare(old, new, fmt="text")
    assert any(t.startswith("The documentation for post-review has moved.") for t in _texts(c))
    # (an office that moved is no page's state)
    prose = old + "\n\nThe office has moved. See the map below for directions."
    assert _texts(annotate.compare(old, prose, fmt="text")) == []


# --- set 81a: Markdown blogs -----------------------------------------------------------------

_POST = "---\ntitle: Query filters\ndate: {date}\n---\n\nThe method adds a query filter to every entity.\n\n{note}It works on EF Core 2.0 and above."


def test_a_date_closing_the_emphasis_of_its_label() -> None:
    # Phil Haack: "__UPDATE: Mar 23, 2021__ Thanks to [this comment on GitHub](…) by …, I now have …"
    note = "__UPDATE: Mar 23, 2021__ Thanks to [this comment on GitHub](https://github.com/x) by magiak, I now have an implementation that works.\n\n"
    c = annotate.compare(_POST.format(date="2017-12-21", note=""), _POST.format(date="2017-12-21", note=note), fmt="markdown")
    assert len(c.annotations) == 1 and c.annotations[0].date is not None and c.annotations[0].date.value == "2021-03-23"
    # (a date in the emphasis's sentence is no label's: "**Update: March 2021 was rough** for …")
    note = "**Update: March 2021 was a rough month** for everyone who ran the method twice.\n\n"
    c = annotate.compare(_POST.format(date="2017-12-21", note=""), _POST.format(date="2017-12-21", note=note), fmt="markdown")
    assert all(a.date is None or a.date.value != "2021-03" for a in c.annotations)


def test_a_front_matter_day_written_month_first_with_dashes() -> None:
    # CarbonPlan's blog: "date: 01-20-2023"
    assert _dated(_POST.format(date="01-20-2023", note=""), fmt="markdown")[0] == "2023-01-20"
    assert _dated(_POST.format(date="20-01-2023", note=""), fmt="markdown")[0] == "2023-01-20"
    assert _dated(_POST.format(date="04-05-2023", note=""), fmt="markdown")[0] is None  # (4 May or 5 April: no guess)


def test_a_note_written_hours_after_the_post() -> None:
    # Phil Haack's NuGet post: "## UPDATE - Two hours after I originally posted this, …"
    note = "## UPDATE - Two hours after I originally posted this\n\nThe team told me signing is already planned.\n\n"
    c = annotate.compare(_POST.format(date="2019-04-03", note=""), _POST.format(date="2019-04-03", note=note).replace("date: 2019-04-03", "date: 2019-04-03\nlastmod: 2019-05-10"), fmt="markdown")
    assert len(c.annotations) == 1
    d = c.annotations[0].date
    assert d is not None and (d.value, d.basis) == ("2019-04-03", "inferred")


# --- sets 81b, 81c: HTML pages, German, Italian, Dutch -------------------------------------------


def test_an_html_status_heading_over_the_state() -> None:
    # Square's Crossfilter page: '<h3 style="color:red">Status</h3><p>Crossfilter is not under active development, …'
    page = "<html><body><h1>Crossfilter</h1><p>Fast multidimensional filtering for coordinated views.</p>{note}<h2>Examples</h2><p>See the flights example.</p></body></html>"
    note = "<h3>Status</h3><p>Crossfilter is not under active development, maintenance or support by Square. We still welcome bug-fixes.</p>"
    assert _html_notes(page, note) == ["Status Crossfilter is not under active development, maintenance or support by Square. We still welcome bug-fixes."]
    # (an HTML heading "Status" over a project's news is no notice)
    assert _html_notes(page, "<h3>Status</h3><p>Crossfilter 1.3 was released with faster sorting and new examples.</p>") == []


_README = "# Datensatz\n\n{note}## Grundlage\n\nDie Daten stammen aus dem Handelsamtsblatt und werden täglich bezogen.\n\n## Lizenz\n\nCC-BY 4.0"


def test_a_german_status_heading_dated_by_its_body() -> None:
    # Statistik Zürich: "## Daten werden nicht mehr aktualisiert\nAb Juni 2022 werden die Konkursmeldungen …"
    note = (
        "## Daten werden nicht mehr aktualisiert\nAb Juni 2022 werden die Konkursmeldungen nicht mehr von Moneyhouse bezogen, sondern via ZEFIX API. "
        "Die ZEFIX-Daten liegen für den gleichen Zeitraum wie die Moneyhouse-Daten vor und können hier bezogen werden: "
        "https://github.com/statistikZH/zefix_konkurse. Zwischen den ZEFIX-Daten und den Moneyhouse-Daten kann es zu Abweichungen kommen.\n\n"
    )
    c = annotate.compare(_README.format(note=""), _README.format(note=note), fmt="markdown")
    assert [t.strip() for t in _texts(c)] == [note.strip()]
    assert c.annotations[0].date is not None and c.annotations[0].date.value == "2022-06"


def test_a_latest_update_heading_with_its_date() -> None:
    # PA digitale 2026: "## Ultimo aggiornamento (03/12/2022)\n\n* Integrazione dataset …"
    for head in ("## Ultimo aggiornamento (03/12/2022)", "## Latest update (2022-12-03)"):
        note = head + "\n\n* Integrazione dataset \"candidature finanziate\" distinti per misura\n\n"
        c = annotate.compare(_README.format(note=""), _README.format(note=note), fmt="markdown")
        assert [t.strip() for t in _texts(c)] == [note.strip()], head
        assert c.annotations[0].date is not None and c.annotations[0].date.value == "2022-12-03", head
    # (a heading with no day is a section's title: "## Latest update")
    note = "## Final update\n\nThe data stay as they are.\n\n"
    assert not any("Final update" in t for t in _texts(annotate.compare(_README.format(note=""), _README.format(note=note), fmt="markdown")))


def test_minor_fixes_said_in_italian_are_general() -> None:
    note = "## Ultimo aggiornamento (01/04/2023)\n\n* Fix minori\n\n"
    old = _README.format(note="")
    new = _README.format(note=note).replace("täglich bezogen", "wöchentlich bezogen")
    c = annotate.compare(old, new, fmt="markdown")
    assert len(c.annotations) == 1
    edits = [ch for ch in c.changes if ch.revised is not None and "wöchentlich" in ch.revised.text]
    assert edits and not edits[0].silent


def test_a_dutch_stamp_with_a_colon_after_its_preposition() -> None:
    # PDOK's SPARQL tutorial: "<p>Laatst gewijzigd op: 18 juni 2018</p>"
    assert _dated("Kadaster SPARQL Tutorial\n\nDoor: Wouter Beek\n\nLaatst gewijzigd op: 18 juni 2018\n\nInstructies.")[1] == "2018-06-18"


def test_a_reporting_note_quoting_the_code_it_brought_in() -> None:
    # r-spatial: "*EDIT: … we replaced `rworlmap` by `rnaturalearth`.*" over a new sentence about `rnaturalearth`
    old = "# Maps\n\nIntro.\n\nThe package `rworldmap` provides a map of countries of the entire world.\n\n    library(\"rworldmap\")\n\nEnd."
    new = (
        "# Maps\n\nIntro.\n\n*EDIT: we replaced `rworldmap` by `rnaturalearth`.*\n\n"
        "Use `ne_countries` from `rnaturalearth` to pull country data; choose the scale you need.\n\n    library(\"rnaturalearth\")\n\nEnd."
    )
    c = annotate.compare(old, new, fmt="markdown")
    assert len(c.annotations) == 1
    brought = [ch for ch in c.changes if ch.revised is not None and "rnaturalearth" in ch.revised.text and ch.kind != "annotation"]
    assert brought and all(not ch.silent for ch in brought)
    # (a note quoting the code without reporting a change discloses nothing: "Note: `rnaturalearth` needs GDAL.")
    new2 = new.replace("*EDIT: we replaced `rworldmap` by `rnaturalearth`.*", "*Note: `rnaturalearth` needs GDAL installed.*")
    c2 = annotate.compare(old, new2, fmt="markdown")
    assert any(ch.silent and ch.revised is not None and "rnaturalearth" in ch.revised.text for ch in c2.changes)


def test_a_heading_dated_by_its_month_then_a_dash() -> None:
    from annotate.openings import label_at

    t = "## Sept 2024 - Update"
    found = label_at(t, 0, len(t))
    assert found is not None and found[1] is not None and found[1].value == "2024-09"
    t = "## April 2018 Update"  # (a product's name, its month before its word: no date)
    assert label_at(t, 0, len(t)) is None


# --- the review's findings on the first round, each a guard ---------------------------------


def test_review_a_posted_line_in_comments_or_a_sidebar_dates_nothing() -> None:
    body = "<h1>Title</h1><p>Body of the post, long enough to be read as the article text.</p><p>More.</p><p>Even more.</p><p>Last.</p>"
    comments = "<section id='comments'><div class='comment'><p>Posted by Jane Doe on March 2, 2021</p><p>Great post!</p></div></section>"
    assert _dated(f"<html><body>{body}{comments}</body></html>", fmt="html")[0] is None
    aside = "<aside><div>Published May 5, 2016</div></aside>"
    assert _dated(f"<html><body>{body}{aside}</body></html>", fmt="html")[0] is None


def test_review_a_story_told_hours_later_is_no_same_day_note() -> None:
    from annotate.relative_dates import same_day

    for t in ("A few hours after I got home, the airline called", "Shortly after we launched, usage doubled", "The same day that we landed, the bag was lost"):
        assert not same_day(t, 0, len(t)), t
    for t in ("Two hours after I originally posted this, a reader wrote", "Shortly after publishing, a reader wrote", "A few hours after this post went live, the fix landed"):
        assert same_day(t, 0, len(t)), t


def test_review_german_data_prose_and_a_moved_cursor_are_no_notices() -> None:
    base = "# Handbuch\n\nDer Dienst liest die Messwerte jede Minute.\n\nEnde."
    for add in ("Die Daten werden nicht mehr aktualisiert, sobald die Verbindung zum Server abbricht.", "Daten werden nicht mehr aktualisiert, wenn der Cache voll ist."):
        assert _texts(annotate.compare(base, base.replace("\n\nEnde.", "\n\n" + add + "\n\nEnde."), fmt="markdown")) == [], add
    base = "# Guide\n\nThe editor shows the text.\n\nEnd."
    for add in ("The cursor has moved. See `position()` for how to read it.", "The ball has moved. See https://example.org/replay for the replay."):
        assert _texts(annotate.compare(base, base.replace("\n\nEnd.", "\n\n" + add + "\n\nEnd."), fmt="markdown")) == [], add


def test_review_a_last_update_stamp_in_other_languages_is_no_note() -> None:
    base = "# Pagina\n\nDe tekst van de pagina.\n\n{stamp}\n\nEinde."
    old, new = base.format(stamp="Laatste update: 1 februari 2021"), base.format(stamp="Laatste update: 3 december 2022")
    assert _texts(annotate.compare(old, new, fmt="markdown")) == []


def test_review_label_markers_in_brackets_are_still_notes() -> None:
    base = "Intro para.\n\nThe ferry runs daily and stops at the old harbour on the way.\n\nEnd."
    for new, note in (
        ("The ferry runs daily. [EDIT] It now skips Sundays, see the council page.", "[EDIT]"),
        ("The ferry runs daily. (Correction) It leaves at 9, not 8.", "(Correction)"),
        ("The ferry runs daily. *(Update)* It now skips Sundays.", "*(Update)*"),
        ("The council voted on Monday to reopen the bridge. [Update]", "[Update]"),
    ):
        c = annotate.compare(base, base.replace("The ferry runs daily and stops at the old harbour on the way.", new), fmt="markdown")
        assert any(note in t for t in _texts(c)), new


def test_review_code_the_page_had_already_is_not_brought_in() -> None:
    old = "# Client\n\n## Fetch\n\n    import requests\n    requests.get(URL)\n\n## Backup\n\n    save(payload)\n\nEnd."
    new = old.replace("## Fetch", "**Update (3 May 2021):** fixed the `requests` import in the first example.\n\n## Fetch").replace(
        "    save(payload)", "    save(payload)\n    requests.post(BACKUP_URL, json=payload, verify=False)"
    )
    c = annotate.compare(old, new, fmt="markdown")
    assert any(ch.silent and ch.revised is not None and "verify=False" in ch.revised.text for ch in c.changes)


def test_review_keys_of_other_days_are_no_publication_date() -> None:
    for key in ("un_publish_date", "expiry-publish-date", "next_publish_date", "last_publish_date", "scheduled_publish_date"):
        assert _dated(f"---\ntitle: X\n{key}: 2024-06-01\n---\n\n" + _BODY, fmt="markdown")[0] is None, key


def test_review_dotted_days_in_emphasis_and_a_stamp_closed_by_no_zone() -> None:
    from annotate.openings import label_at

    t = "**Update: 03.05.2021** The fix is out."
    found = label_at(t, 0, len(t))
    assert found is not None and found[1] is not None and found[1].value == "2021-05-03"
    assert _dated(_BODY + "\n\nUpdated: 2021-05-03 PR #42") == (None, None)


# --- set 82: blogs, built docs, four languages, READMEs and event pages ------------------------

_DOC = "# Project\n\nIntro paragraph of the project page.\n\n{note}## Usage\n\nRun it with the defaults.\n"


def _new_notes(note: str, fmt: str = "markdown") -> list[str]:
    return [t.strip() for t in _texts(annotate.compare(_DOC.format(note=""), _DOC.format(note=note), fmt=fmt))]


def test_an_important_note_is_a_titled_note() -> None:
    # Lerna: "**Important note: this project [is not actively maintained](…). Consider adopting …**"
    note = "**Important note: this project [is not actively maintained](https://github.com/lerna/lerna/issues/2703). Consider adopting an alternative.**\n\n"
    assert _new_notes(note) == [note.strip()]


def test_states_in_spanish_chinese_and_japanese() -> None:
    # datosgobar: "… Tiempo. **Este proyecto está agendado para su discontinuación**"
    assert _new_notes("Rutinas de ETL usadas para compilar la base. **Este proyecto está agendado para su discontinuación**\n\n") == [
        "**Este proyecto está agendado para su discontinuación**"
    ]
    # DXY-COVID-19-Crawler: "> 由于各个新冠疫情数据源已停止更新，本项目无法收录新的疫情数据信息，故转入“归档”模式。…"
    note = "> 由于各个新冠疫情数据源已停止更新，本项目无法收录新的疫情数据信息，故转入“归档”模式。代码仍可供学习使用。\n\n"
    assert _new_notes(note) == [note.strip()]
    # Code for Japan: "本サービスは終了しました。ありがとうございました。(2021-06-17)", dated by its signature
    c = annotate.compare(_DOC.format(note=""), _DOC.format(note="本サービスは終了しました。ありがとうございました。(2021-06-17)\n\n"), fmt="markdown")
    assert len(c.annotations) == 1 and c.annotations[0].date is not None and c.annotations[0].date.value == "2021-06-17"


def test_a_value_struck_and_its_update_labelled() -> None:
    # ICLR 2024's call: "- **Notification of acceptance**: ~~January 30th, 2024~~ UPDATED: February 15th, 2024"
    old = _DOC.format(note="- **Notification of acceptance**: January 30th, 2024\n- **Camera ready**: March 1st, 2024\n\n")
    new = old.replace("acceptance**: January 30th, 2024", "acceptance**: ~~January 30th, 2024~~ UPDATED: February 15th, 2024")
    c = annotate.compare(old, new, fmt="markdown")
    assert _texts(c) == ["~~January 30th, 2024~~ UPDATED: February 15th, 2024"] and c.annotations[0].date is None
    # (a sentence after the label is a note of its own, found as one: no strike taken into it)
    new = old.replace("acceptance**: January 30th, 2024", "acceptance**: ~~January 30th, 2024~~ **Update**: we have decided to move it to February. Sorry.")
    assert not any(t.startswith("~~") for t in _texts(annotate.compare(old, new, fmt="markdown")))


def test_an_events_deadline_updated_and_an_event_cancelled() -> None:
    assert _new_notes("- The deadline for submitting an abstract has been updated to December 11th!\n\n")
    # (an event named by its number alone, "RWOT10 has unfortunately been cancelled", reads as a flight's or a
    # ticket's would: the review found "Flight BA2490 …", "Ticket JIRA-4512 …"; the page's "[CANCELLED]" title tells it)
    assert _new_notes("The workshop has unfortunately been cancelled due to concerns over the novel coronavirus.\n\n")
    assert _new_notes("Flight 370 has been cancelled due to the weather, the airline says.\n\n") == []
    assert _new_notes("The registration form has been updated with a new field for dietary needs.\n\n") == []


def test_a_state_in_capitals_in_brackets_closing_a_title() -> None:
    old = "# Rebooting the Web of Trust X: Buenos Aires (March 2020)\n\nWe meet in March.\n\nMore text."
    assert _texts(annotate.compare(old, old.replace("(March 2020)", "(March 2020) [CANCELLED]"), fmt="markdown")) == ["[CANCELLED]"]
    assert _texts(annotate.compare(old, old.replace("We meet in March.", "We meet in March [CLOSED] and more text follows."), fmt="markdown")) == []


def test_dates_written_year_month_name_day_and_a_stamp_with_its_version() -> None:
    from annotate.dates import find_dates
    from annotate.openings import label_at

    assert [d.value for d in find_dates("*2023-January-17*: At the end of 2022")] == ["2023-01-17"]
    t = "Updated Dec 15, 2014 (Cap'n Proto 0.5.0)."
    found = label_at(t, 0, len(t))
    assert found is not None and found[1] is not None and found[1].value == "2014-12-15"


def test_metadata_keys_and_an_mdx_export() -> None:
    assert _dated("---\ntitle: X\npublished_date: 2026-06-15\n---\n\n" + _BODY, fmt="markdown")[0] == "2026-06-15"
    mdx = "import {Note} from '../note.jsx'\n\nexport const info = {\n  author: [{name: 'J'}],\n  modified: new Date('2021-11-01'),\n  published: new Date('2019-05-14')\n}\n\n" + _BODY
    assert _dated(mdx, fmt="markdown") == ("2019-05-14", "2021-11-01")


def test_an_html_callout_opening_with_a_report_from_its_later_day() -> None:
    # Jasmine's 2.0 upgrade guide: '<div class="warning">If you're still using Jasmine 1.x, … (5.x as of this writing) …'
    page = "<html><body><h1>Upgrading to Jasmine 2.0</h1>{note}<p>Jasmine 2.0 changes the way async specs are written.</p><p>More.</p></body></html>"
    box = '<div class="warning"><p>If you\'re still using Jasmine 1.x, you\'ll probably find it easier to skip directly to the latest version (5.x as of this writing).</p></div>'
    assert _html_notes(page, box) == ["If you're still using Jasmine 1.x, you'll probably find it easier to skip directly to the latest version (5.x as of this writing)."]
    # (a callout of advice is no note: '<div class="warning"><p>Back up your data before you upgrade.</p></div>')
    assert _html_notes(page, '<div class="warning"><p>Back up your data before you upgrade to version 2.0 of the library.</p></div>') == []


# --- the review's findings on the second round ---------------------------------------------------


def test_review2_numbered_things_and_updated_things_are_no_event_notices() -> None:
    for add in (
        "Flight BA2490 has been cancelled due to the weather, the airline says.",
        "Ticket JIRA-4512 has been cancelled as a duplicate.",
        "Tokyo 2020 has been postponed to 2021, the IOC announced on Tuesday.",
        "Once the registration has been changed to active, the user can log in.",
        "If the application has been updated to version 2, restart the server.",
        "The registration page has been updated to support Safari.",
    ):
        assert _new_notes(add + "\n\n") == [], add
    assert _new_notes("The submission deadline has been changed to May 5.\n\n")


def test_review2_glosses_and_list_states_are_no_notes() -> None:
    base = "Intro para.\n\nThe API supports four verbs for each record and returns JSON.\n\nEnd."
    for new in ("Use PATCH (update) to change a single field.", "Press Ctrl+E (Edit) and then Ctrl+S.", "The U (update) operation replaces it.", "It can create, read, (update) and delete."):
        assert _texts(annotate.compare(base, base.replace("The API supports four verbs for each record and returns JSON.", new), fmt="markdown")) == [], new
    old = "# Issues\n\n- Fix the layout\n- Fix crash on start\n"
    assert _texts(annotate.compare(old, old.replace("on start", "on start [CLOSED]"), fmt="markdown")) == []
    para = "Supported runtimes are Node 14 and 16 on every platform."
    assert _new_notes(para.replace("16 on every platform.", "16. **Node 12 is deprecated.**") + "\n\n") == []


def test_review2_an_events_new_day_signed_after_its_notice_is_not_the_notes() -> None:
    c = annotate.compare(_DOC.format(note=""), _DOC.format(note="The submission deadline has been extended by two weeks. (March 15, 2024)\n\n"), fmt="markdown")
    assert c.annotations and c.annotations[0].date is None


def test_review2_an_mdx_export_reads_its_own_fields_not_a_nested_objects() -> None:
    mdx = "export const meta = {\n  title: 'My PyCon talk',\n  date: '2019-12-01',\n  event: {\n    name: 'PyCon US',\n    date: '2020-04-15'\n  },\n}\n\n" + _BODY
    assert _dated(mdx, fmt="markdown")[0] == "2019-12-01"


def test_review2_dates_and_notices_kept() -> None:
    assert _dated("---\ntitle: X\nepisode_publish_date: 2022-05-04\n---\n\n" + _BODY, fmt="markdown")[0] == "2022-05-04"
    body = "<h1>Title</h1><p>Body of the post, long enough to be read as the article text.</p><p>More.</p><p>Even more.</p><p>Last.</p>"
    byline = "<small><i class='icon-time'></i> posted <abbr title='2015-03-04 07:00:00 -0500'>3 years ago</abbr> | 4 comments</small>"
    assert _dated(f"<html><body><div class='content-sidebar-wrap'>{body}{byline}</div></body></html>", fmt="html")[0] == "2015-03-04"
    for add in ("This book has moved. See [the new site](https://example.org/book).", "The **Platforms experts list** has moved. See [Ports](ports.md).",
                "Die Daten werden nicht mehr aktualisiert, da die Quelle eingestellt wurde."):
        assert _new_notes(add + "\n\n"), add
    from annotate.relative_dates import same_day

    t = "**Update:** A few hours after I hit publish, the council replied."
    assert same_day(t, 0, len(t))
    assert _dated(_BODY + "\n\nRevised on 2024-01-15 10:05:28 HKT") == (None, "2024-01-15")


# --- set 83 ---------------------------------------------------------------------------------------


def test_a_state_told_at_the_end_of_an_old_paragraph() -> None:
    # beets' absubmit page: "… to an `AcousticBrainz`_ server. This plugin is now deprecated since the
    # AcousicBrainz project has been shut down.\n\nAs an alternative the `beets-xtractor`_ plugin can be used."
    old = "AcousticBrainz Submit Plugin\n============================\n\nThe ``absubmit`` plugin lets you submit acoustic analysis results to an\n`AcousticBrainz`_ server.\n\nInstall it first.\n"
    new = old.replace("`AcousticBrainz`_ server.\n", "`AcousticBrainz`_ server. This plugin is now deprecated since the\nAcousicBrainz project has been shut down.\n\nAs an alternative the `beets-xtractor`_ plugin can be used.\n")
    c = annotate.compare(old, new, fmt="text")
    assert _texts(c) == ["This plugin is now deprecated since the\nAcousicBrainz project has been shut down.\n\nAs an alternative the `beets-xtractor`_ plugin can be used."]
    # (a product's state in a sentence added to the text is an edit: "Node 12 is deprecated.")
    new2 = old.replace("`AcousticBrainz`_ server.\n", "`AcousticBrainz`_ server. Python 2 is now deprecated and no longer supported here.\n")
    assert _texts(annotate.compare(old, new2, fmt="text")) == []


def test_a_heading_labels_aside_opening_with_its_day() -> None:
    from annotate.openings import label_at

    # the 116117 exporter's README: "## ⚡ Update (Dezember 2025 - 116117 blockt API calls):"
    for t, day in (("## ⚡ Update (Dezember 2025 - 116117 blockt API calls):", "2025-12"), ("## Update (3 May 2021, breaking change)", "2021-05-03")):
        found = label_at(t, 0, len(t))
        assert found is not None and found[1] is not None and found[1].value == day, t
    t = "## Update (new API, see below)"
    assert label_at(t, 0, len(t)) is None


def test_a_page_bundle_in_a_language() -> None:
    # kizu.ru: "src/posts/2013-01-22-cursor-pointer/index.ru.md"
    assert _dated("# T\n\n" + _BODY, fmt="markdown", name="src/posts/2013-01-22-cursor-pointer/index.ru.md")[0] == "2013-01-22"


def test_a_label_alone_in_emphasis_heads_its_paragraph_and_an_update_section_is_dated_by_its_body() -> None:
    # the CDU data science team's posts: "# Update\n\nThis post was edited in November 2022 with learnings …"
    # over "*Edit*" blocks, each over its paragraph
    old = "---\ntitle: Package workflow\ndate: 2021-12-17\n---\n\nIntro.\n\n## A note on packages\n\nBuild the package as you go.\n\n## Resources\n\n* links\n"
    new = old.replace("Intro.\n", "# Update\n\nThis post was edited in November 2022 with learnings that the team had since.\n\nIntro.\n").replace(
        "Build the package as you go.\n", "Build the package as you go.\n\n*Edit*\n\nTo add to this there is a specific post on package workflow.\n"
    )
    c = annotate.compare(old, new, fmt="markdown")
    texts = [t.strip() for t in _texts(c)]
    assert "*Edit*\n\nTo add to this there is a specific post on package workflow." in texts, texts
    dated = {t.strip(): a.date for t, a in zip(_texts(c), c.annotations, strict=True)}
    assert dated["*Edit*\n\nTo add to this there is a specific post on package workflow."] is None  # (a month is no day: no inference)
    update = next(d for t, d in dated.items() if t.startswith("# Update"))
    assert update is not None and update.value == "2022-11"
    # (the paragraphs after the one under "*Edit*" are the text's: an addition, here disclosed by the general notice)
    more = new.replace("package workflow.\n", "package workflow.\n\nWe also moved all our code to GitHub Enterprise last year.\n")
    c2 = annotate.compare(old, more, fmt="markdown")
    assert not any("GitHub Enterprise" in t for t in _texts(c2))
    assert any(ch.kind == "addition" and ch.revised is not None and "GitHub Enterprise" in ch.revised.text for ch in c2.changes)


def test_review3_guards() -> None:
    from annotate.openings import label_at

    # an option deprecated in a reference page is an edit, not the page's state
    old = "Config options\n==============\n\nThe ``--fast`` option skips the checksum step when copying\nfiles to the server.\n\nUse it only on trusted networks.\n"
    new = old.replace("to the server.\n", "to the server. This option is now deprecated.\n")
    assert _texts(annotate.compare(old, new, fmt="text")) == []
    # a paragraph reworded under an added state is no part of the note
    old2 = "Plugin\n======\n\nThe ``absubmit`` plugin submits results to a server.\n\nUse it only on trusted networks.\n"
    new2 = old2.replace("to a server.\n", "to a server. This plugin is now deprecated.\n").replace(
        "Use it only on trusted networks.", "Use it only on trusted networks; support for untrusted ones is limited."
    )
    assert [t.strip() for t in _texts(annotate.compare(old2, new2, fmt="text"))] == ["This plugin is now deprecated."]
    # an update section's body dated by a release, not by its edit
    base = "# Title\n\nIntro.\n\n{u}## Setup\n\nRun it.\n"
    c = annotate.compare(base.format(u=""), base.format(u="# Update\n\nThis post was updated after the tidyverse 2.0 release in March 2023 changed several functions.\n\n"), fmt="markdown")
    assert c.annotations and (c.annotations[0].date is None or c.annotations[0].date.value != "2023-03")
    # a version in a heading's aside is no year
    t = "## Update (2023.06, breaking change)"
    found = label_at(t, 0, len(t))
    assert found is None or found[1] is None
