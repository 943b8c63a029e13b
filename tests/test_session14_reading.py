"""What the fourteenth session taught before its held-out set came in: notes and dates as people
write them in the languages beyond those we had (the Nordic languages, Finnish, Turkish,
Indonesian, Vietnamese; genitive month names; "mars" after a day), disclosure sentences and
"last updated" stamps in other languages, each on the smallest text that shows it."""

from __future__ import annotations

import pytest

import annotate
from annotate.dates import find_dates

_BASE = (
    "# Titel\n\nDies ist der erste Absatz des Artikels über das Projekt und seine Ziele.\n\n"
    "Der zweite Absatz erklärt, wie man mitmachen kann und was als Nächstes kommt.\n"
)


def _with(note: str) -> annotate.Comparison:
    return annotate.compare(_BASE, _BASE.replace("# Titel\n\n", f"# Titel\n\n{note}\n\n"), fmt="markdown")


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("**Oppdatering 12. mars 2021:** Prosjektet er nå avsluttet.", "2021-03-12"),
        ("Uppdatering 2021-03-12: Projektet är nu avslutat och vi tackar alla.", "2021-03-12"),
        ("*Opdatering (12. marts 2021):* Projektet er nu afsluttet.", "2021-03-12"),
        ("**Päivitys 12.3.2021:** Projekti on nyt päättynyt.", "2021-03-12"),
        ("Güncelleme (12 Mart 2021): Proje artık tamamlandı.", "2021-03-12"),
        ("Pembaruan (12 Maret 2021): proyek telah selesai.", "2021-03-12"),
        ("Cập nhật (12/03/2021): dự án đã kết thúc.", "2021-03-12"),
        ("Обновление от 12 марта 2021: проект завершён.", "2021-03-12"),
        ("Aktualizacja (12 marca 2021): projekt został zakończony.", "2021-03-12"),
        ("Mise à jour du 12 mars 2021 : le projet est terminé.", "2021-03-12"),
        ("**Update 12 maart 2021:** het project is afgerond.", "2021-03-12"),
        ("Update 12 de marzo de 2021: el proyecto ha terminado.", "2021-03-12"),
        ("*Édit : le projet est terminé.*", None),
        ("Tillägg: Projektet är nu avslutat och vi tackar alla.", None),
    ],
)
def test_labels_and_dates_in_more_languages(note: str, date: str | None) -> None:
    c = _with(note)
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, date)]
    assert not any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    "note",
    [
        "Dieser Artikel wurde am 12. März 2021 aktualisiert: Das Projekt ist abgeschlossen.",
        "Cet article a été mis à jour le 12 mars 2021.",
        "Este artículo fue actualizado el 12 de marzo de 2021.",
        "Dit artikel is op 12 maart 2021 bijgewerkt.",
        "Denne artikel er opdateret 12. marts 2021.",
        "> **Hinweis:** Dieser Artikel wurde am 12. März 2021 aktualisiert.",
    ],
)
def test_disclosure_sentences_in_other_languages_with_their_date(note: str) -> None:
    c = _with(note)
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-03-12"]
    assert not any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    "stamp", ["Zuletzt aktualisiert: 12.03.2021", "Dernière mise à jour : 12 mars 2021", "Última actualización: 12 de marzo de 2021"]
)
def test_a_last_updated_stamp_in_another_language_is_the_documents_date(stamp: str) -> None:
    c = _with(stamp)
    assert c.revised_date is not None and c.revised_date.value == "2021-03-12"
    # (put in where there was none, it is a note too since the twenty-third session: ``restamped``)
    assert [n.text for n in c.annotations] == [stamp] and not any(ch.silent for ch in c.changes)


def test_numbered_updates_and_prose_stay_as_they_were() -> None:
    assert [a.label for a in _with("Update 2: the project is over.").annotations] == ["Update 2"]
    # "mars" alone is the planet; after a day it is March; a genitive needs its day
    assert [d.value for d in find_dates("Mars 2021 rover; le 12 mars 2021; marca 2021")] == ["2021-03-12"]
    # a Cyrillic month inside a longer word is no month
    assert find_dates("смарта 2021") == []
    # "Tillägg" opening ordinary prose is no label (weak, as "Note" is)
    assert not _with("Tillägg till projektet kom senare än vi trodde.").annotations
    # a dotted date in a label is not the end of the sentence that says what was updated
    c = _with("NOTE: *26.3.2017*: Updated link to [the post](http://example.org/2015/05/23/tools)")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2017-03-26"]


_DATED = "---\ndate: 2021-01-10\n---\n\n" + _BASE


@pytest.mark.parametrize(
    "note",
    [
        "**Nachtrag 12. März:** Das Projekt ist inzwischen abgeschlossen.",
        "Mise à jour du 12 mars : le projet est terminé.",
        "Actualización (12 de marzo): el proyecto ha terminado.",
        "**Update 12.03.:** Das Projekt ist inzwischen abgeschlossen.",  # ("2.4." alone is a version)
        "**追記（3月12日）：** プロジェクトは終了しました。",
    ],
)
def test_year_less_dates_in_other_languages_take_the_documents_year(note: str) -> None:
    c = annotate.compare(_DATED, _DATED.replace("# Titel\n\n", f"# Titel\n\n{note}\n\n"), fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-03-12"]


def test_a_version_is_no_year_less_date_in_a_notes_words() -> None:
    for note in ("Note: this was fixed on 2.1.", "**Update:** Released on 2.1."):
        c = annotate.compare(_DATED, _DATED.replace("# Titel\n\n", f"# Titel\n\n{note}\n\n"), fmt="markdown")
        assert [a.date for a in c.annotations] == [None]


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("🔔 Update: the project is over now.", None),
        ("📢 **Update (March 12, 2021):** the project is over now.", "2021-03-12"),
        ("*Edited to fix a typo.*", None),
        ("_Updated for clarity on March 12, 2021._", "2021-03-12"),
    ],
)
def test_a_pictograph_before_a_label_and_a_participle_saying_what_was_done(note: str, date: str | None) -> None:
    c = _with(note)
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, date)]
    assert not any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    "prose",
    ["🎉 We released version 2 of the project today, with many fixes.", "Updated to reflect the new API, the client now retries on failure."],
)
def test_a_pictograph_or_a_participle_alone_is_no_note(prose: str) -> None:
    assert not _with(prose).annotations


def _news(*days: int) -> str:
    return "# Cloud services\n\n" + "".join(f"## Service {d} now supports backups, {d}.1.2025\n\nThe service {d} keeps backups for a week.\n\n" for d in days)


def test_a_section_added_to_a_page_of_dated_news_is_a_note_dated_by_its_heading() -> None:
    # (CSC's "What's new": "## New Ubuntu cloud image Resolute Racoon 26.04, 11.05.2026" over its text)
    c = annotate.compare(_news(8, 7, 6, 5), _news(9, 8, 7, 6, 5), fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [
        ("## Service 9 now supports backups, 9.1.2025\n\nThe service 9 keeps backups for a week.", "2025-01-09")
    ]
    assert not any(ch.silent for ch in c.changes)


def test_dated_sections_need_a_page_of_them() -> None:
    # three dated headings are no news page: a new dated section is an addition like any other
    c = annotate.compare(_news(8, 7), _news(9, 8, 7), fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)
    # an old section's title or text edited is an edit, not a note
    old = _news(9, 8, 7, 6, 5)
    c = annotate.compare(old, old.replace("service 7 keeps backups for a week", "service 7 keeps backups for a month"), fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)


_GUIDE = "# Known issues\n\nThis section lists known issues.\n\n{top}## Open issues\n\nJobs may run slowly at times.\n"


def test_a_last_reviewed_stamp_is_the_pages_date_not_a_note() -> None:
    # (ARCHER2's "!!! info\n    This page was last reviewed on 7 January 2026", changed at each review)
    old = _GUIDE.format(top="!!! info\n    This page was last reviewed on 9 November 2023\n\n")
    new = _GUIDE.format(top="!!! info\n    This page was last reviewed on 7 January 2026\n\n")
    c = annotate.compare(old, new, fmt="markdown")
    assert not c.annotations and not any(ch.silent for ch in c.changes)
    assert c.original_date is not None and c.original_date.value == "2023-11-09"
    assert c.revised_date is not None and c.revised_date.value == "2026-01-07"
    # added where there was none, as a sentence: no accusation, and a note (``restamped``)
    c = annotate.compare(_GUIDE.format(top=""), _GUIDE.format(top="*This page was last updated on March 12, 2021.*\n\n"), fmt="markdown")
    assert [n.text for n in c.annotations] == ["*This page was last updated on March 12, 2021.*"] and not any(ch.silent for ch in c.changes)
    # a stamp that says what was done is a disclosure, and a note
    c = annotate.compare(_GUIDE.format(top=""), _GUIDE.format(top="This page was last updated on March 12, 2021 to add the open issues.\n\n"), fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-03-12"]


def test_a_box_dated_as_of_without_a_comma() -> None:
    # (Cirrus: '!!! important "Linaro Forge is not currently working"\n    As of 9 June 2026 Linaro Forge will not work …')
    box = '!!! important "Linaro Forge is not currently working"\n    As of 9 June 2026 Linaro Forge will not work on the system.\n\n'
    c = annotate.compare(_GUIDE.format(top=""), _GUIDE.format(top=box), fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2026-06-09"]


_PAGE = "<html><body><main><h1>Data</h1><p>Files on the scratch file system are deleted after 28 days.</p>{box}<p>Use the work file system for long-term data.</p></main></body></html>"


def test_a_web_pages_important_box_on_a_service_paused_is_a_note_with_no_date_of_its_subject() -> None:
    box = '<div class="admonition important"><p class="admonition-title">Important</p><p>Automatic deletion will be paused from 22 Aug 2025 to 13 Oct 2025. When automatic deletion resumes on 14 Oct 2025, the usual policy will apply.</p></div>'
    c = annotate.compare(_PAGE.format(box=""), _PAGE.format(box=box), fmt="html")
    assert [(a.label, a.date) for a in c.annotations] == [("Important", None)]
    assert not any(ch.silent for ch in c.changes)
    # guidance in the same box is no note (as before)
    guidance = '<div class="admonition important"><p class="admonition-title">Important</p><p>Do not store data in your home directory.</p></div>'
    assert not annotate.compare(_PAGE.format(box=""), _PAGE.format(box=guidance), fmt="html").annotations


def test_a_rest_admonition_titled_by_its_author_is_content() -> None:
    rst = "Benchmarks\n==========\n\nThe results below were run on one machine.\n\n{box}The figures follow.\n"
    box = ".. admonition:: You Should Know\n\n    By comparison to the literature, these implementations are at parity.\n\n"
    c = annotate.compare(rst.format(box=""), rst.format(box=box), fmt="text")
    assert not c.annotations and any(ch.silent for ch in c.changes)
    dated = ".. admonition:: Update (March 12, 2021)\n\n    The results were run again.\n\n"
    c = annotate.compare(rst.format(box=""), rst.format(box=dated), fmt="text")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-03-12"]


_RESPEC = "<html><body><section><h2>FSC</h2><p>Use of the FSC standard is required.</p>{box}<p>FSC describes the following.</p></section></body></html>"


def test_a_respec_note_box_with_its_dutch_title_and_its_aside() -> None:
    # (Logius: '<div class="note" role="note"><div class="note-title">Noot: Toevoeging 18 april 2025</div><aside>…')
    box = (
        '<div class="note" role="note"><div role="heading" class="note-title marker"><span>Noot</span>'
        '<span class="issue-label">: Toevoeging 18 april 2025</span></div><aside class="">Het Forum beoordeelt of deze versie '
        "automatisch aanspraak kan maken op de verplichting.</aside></div>"
    )
    c = annotate.compare(_RESPEC.format(box=""), _RESPEC.format(box=box), fmt="html")
    assert [(a.label, a.date.value if a.date else None) for a in c.annotations] == [("Noot", "2025-04-18")]
    assert "Het Forum beoordeelt" in c.annotations[0].text and not any(ch.silent for ch in c.changes)
    # an <aside> that is no box's text is still a sidebar, not read
    side = "<aside><p>Related posts: a list of links.</p></aside>"
    assert "Related posts" not in annotate.compare(_RESPEC.format(box=""), _RESPEC.format(box=side), fmt="html").revised.text


@pytest.mark.parametrize("note", ["Let op: De certificaten vervallen vanaf november 2028.", "Noot: dit hoofdstuk is herschreven."])
def test_dutch_callouts(note: str) -> None:
    assert len(_with(note).annotations) == 1
    assert not _with("Let op de kleine letters in dit document, zij zijn belangrijk.").annotations


_ABSTRACT = "# OIN\n\nThis document describes the policy.\n\n{top}## Scope\n\nThe register holds numbers.\n"


@pytest.mark.parametrize(
    "intro",
    [
        "The following changes were made in version 2.2:",
        "Changes in this version:",
        "In de nieuwe versie 2.2 zijn de volgende wijzigingen opgenomen:",
        "In 2025 zijn de volgende wijzigingen aangebracht:",
        "Folgende Änderungen wurden in Version 2.2 vorgenommen:",
    ],
)
def test_a_list_of_the_documents_changes_under_its_introduction_is_a_note(intro: str) -> None:
    top = f"{intro}\n\n- A new prefix for foreign parties.\n- Registration only for special organisations.\n\n"
    c = annotate.compare(_ABSTRACT.format(top=""), _ABSTRACT.format(top=top), fmt="markdown")
    assert [a.text for a in c.annotations] == [top.strip()]
    assert not any(ch.silent for ch in c.changes)


def test_a_list_under_other_words_is_no_change_list() -> None:
    top = "The following steps are required:\n\n- Install the tool.\n- Run it.\n\n"
    c = annotate.compare(_ABSTRACT.format(top=""), _ABSTRACT.format(top=top), fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    ("notice", "date"),
    [
        ("From 10 April 2026, teaching accounts can no longer log in from off campus.", "2026-04-10"),
        ("从2026年4月10日起，教学账号禁止从校外登录，个人账号从校外登录需要通过额外的二次认证。", "2026-04-10"),
        ("Vanaf 1 mei 2025, is het project gesloten.", "2025-05-01"),
        ("Ab dem 1. Mai 2025 ist das Projekt geschlossen.", "2025-05-01"),  # (no comma after a day in German)
        ("From 10 April 2026 the portal moves to a new address.", "2026-04-10"),
    ],
)
def test_a_notice_of_a_change_in_force_from_a_day(notice: str, date: str) -> None:
    c = _with(notice)
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(notice, date)]


@pytest.mark.parametrize(
    "prose", ["From 2019 to 2021, I worked at the company on the project.", "From the start, the project was meant to be small and simple."]
)
def test_a_span_of_years_or_no_day_is_no_such_notice(prose: str) -> None:
    assert not _with(prose).annotations


_ELISP = "# Clock table\n\nA function to sum my hours.\n\n```lisp\n(defun hours (start end)\n  (while (time-less-p start end)\n    (setq start next-day)))\n```\n\nThat is all.\n"


def test_a_struck_note_beside_fixed_code_discloses_the_fix_and_keeps_its_strike() -> None:
    # (erwald: "~~(Edit 2022-01-28: There was previously a bug in this function … fixed as of today.)~~")
    note = "~~(Edit 2022-01-28: There was previously a bug in this function, which has been fixed as of today.)~~"
    new = _ELISP.replace("```lisp", "```elisp").replace("(time-less-p start end)", "(time-less-p t end)").replace("That is all.", f"{note}\n\nThat is all.")
    c = annotate.compare(_ELISP, new, fmt="markdown")
    assert [(a.text, a.date.value if a.date else None) for a in c.annotations] == [(note, "2022-01-28")]
    assert not any(ch.silent for ch in c.changes)  # (the fence's language changed: no text a reader reads)
    # the same code edit with no note is silent
    c = annotate.compare(_ELISP, _ELISP.replace("(time-less-p start end)", "(time-less-p t end)"), fmt="markdown")
    assert any(ch.silent for ch in c.changes)


def test_images_made_absolute_point_where_they_pointed() -> None:
    old = "# Post\n\nMy chart:\n\n[![PVC by hour](/images/pvc_small.png)](/images/pvc.png)\n\nThe end.\n"
    new = old.replace("](/images/", "](https://example.org/blog/images/")
    assert not any(ch.silent for ch in annotate.compare(old, new, fmt="markdown").changes)
    other = old.replace("pvc_small.png", "hr_small.png")
    assert any(ch.silent for ch in annotate.compare(old, other, fmt="markdown").changes)


def test_a_correction_told_as_the_first_version_of_the_post() -> None:
    base = "# Notes on a paper\n\nThe authors assembled each sample alone.\n\nThat is my reading.\n"
    note = "In the first version of this blog post, I had not seen the co-assembly step; see comments."
    c = annotate.compare(base, base.replace("That is", f"{note}\n\nThat is"), fmt="markdown")
    assert [a.text for a in c.annotations] == [note]


_POST = (
    '<html><head><meta property="article:published_time" content="2017-04-20T10:00:00Z"></head><body><article><h1>These guys</h1>'
    "<p>A remark at a conference, and what it says.</p>{extra}<p>Thanks for reading.</p></article></body></html>"
)


def test_an_update_section_of_a_dated_web_post() -> None:
    extra = "<h2>Update</h2><p>Amelia McNamara wrote an important follow up which you simply must go read.</p>"
    c = annotate.compare(_POST.format(extra=""), _POST.format(extra=extra), fmt="html")
    assert [a.label for a in c.annotations] == ["Update"] and "Amelia" in c.annotations[0].text
    # an undated page's "Update" section is a how-to as often
    page = _POST.replace('<meta property="article:published_time" content="2017-04-20T10:00:00Z">', "")
    assert not annotate.compare(page.format(extra=""), page.format(extra=extra.replace("Amelia McNamara wrote", "Run the installer, which wrote")), fmt="html").annotations


def test_an_editors_abbreviation_in_a_citation_is_no_note() -> None:
    base = "# Reading\n\nSome papers.\n\nThe end.\n"
    ref = "Sadowski and Zimmermann (eds.): Rethinking Productivity in Software Engineering, Apress, 2019."
    assert not annotate.compare(base, base.replace("The end.", f"{ref}\n\nThe end."), fmt="markdown").annotations


def test_edit_is_no_time_zone() -> None:
    from annotate.logs import stamp

    assert not stamp("Edit") and stamp("10:30 EST") and stamp("2022-01-28")


_VUE = (
    '<html><body><header class="navbar">Site</header><main class="page"><header><h1>Specs update<a href="#top" class="header-anchor">#</a></h1>'
    '<time> November 15, 2023 by Sara Petti </time></header><p>We have started the update.</p>{extra}<p>Thanks.</p></main></body></html>'
)


def test_a_posts_header_inside_main_dates_it_and_hidden_labels_are_no_words() -> None:
    # (Frictionless' VuePress pages: the post's <header> with its <time> inside <main>; "(opens new window)" for screen readers)
    extra = '<h2 id="funding">Funding<a href="#funding" class="header-anchor">#</a></h2><p>Funded by <a href="https://nlnet.nl">NLnet<span class="sr-only">(opens new window)</span></a>, a fund.</p>'
    c = annotate.compare(_VUE.format(extra=""), _VUE.format(extra=extra), fmt="html")
    assert c.original_date is not None and c.original_date.value == "2023-11-15"
    assert "#" not in c.revised.text and "opens new window" not in c.revised.text
    assert "Funded by NLnet, a fund." in c.revised.text.replace(" ,", ",")


def test_a_notes_link_to_where_an_old_link_pointed_is_still_new_text() -> None:
    # (BIDS: "[the draft](…/common-derivatives/05-derivatives/01-introduction.html)" struck, then
    # "UPDATE 2021-06-14: … look at the [stable version](…/stable/05-derivatives/01-introduction.html)")
    old = "# Release\n\nPlease review [the draft](https://example.org/en/draft/05-derivatives/01-introduction.html) and comment.\n\nThanks.\n"
    new = old.replace("[the draft](https://example.org/en/draft/05-derivatives/01-introduction.html)", "~~the draft~~").replace(
        "\n\nThanks.", "\n\nUPDATE 2021-06-14: The draft is no longer accessible. See the [stable version](https://example.org/en/stable/05-derivatives/01-introduction.html).\n\nThanks."
    )
    c = annotate.compare(old, new, fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-06-14"]


def test_a_jekyll_post_url_and_the_address_it_makes_are_one() -> None:
    old = "# Forum\n\nThe [Steering Group]({% post_url 2019-12-31-meet-the-steering-group %}) announces two forums.\n\nMore.\n"
    new = old.replace("{% post_url 2019-12-31-meet-the-steering-group %}", "https://example.org/2019/12/31/meet-the-steering-group.html")
    assert not any(ch.silent for ch in annotate.compare(old, new, fmt="markdown").changes)
    other = old.replace("{% post_url 2019-12-31-meet-the-steering-group %}", "https://example.org/2020/01/05/another-post.html")
    assert any(ch.silent for ch in annotate.compare(old, other, fmt="markdown").changes)


def test_a_date_alone_deep_in_a_page_is_no_dateline() -> None:
    body = "".join(f"Paragraph {n} of the changelog page.\n\n" for n in range(10))
    old = f"# Changelog\n\n{body}## 15/09/2022\n\nThe dataset will be retired.\n\n{body}"
    c = annotate.compare(old, old.replace("15/09/2022", "17/09/2022"), fmt="markdown")
    assert any(ch.silent for ch in c.changes)
    # at the top it is the page's date: moved on beside a new note, the page republished with it
    # (alone, a publication date moved is an edit: the fifteenth session, as the front matter's)
    top = "# Post\n\n15/09/2022\n\nThe text.\n"
    noted = top.replace("15/09", "17/09").replace("The text.", "The text.\n\n**Update:** the dataset is retired.")
    assert not any(ch.silent for ch in annotate.compare(top, noted, fmt="markdown").changes)


def test_an_old_dated_note_reworded_is_an_edit_not_a_new_note() -> None:
    # (Enspiral: "**UPDATE 2019-11-06** | This Working Group is active, …" → "… is hibernating, …")
    old = "# Funding\n\n**UPDATE 2019-11-06** \\| This Working Group is active, but this page is TBC.\n\nThe group meets monthly.\n"
    new = old.replace("is active, but this page is TBC", "is hibernating, and this page was never developed")
    c = annotate.compare(old, new, fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)
    # a new dated note under it is still a note
    newer = new.replace("# Funding\n\n", "# Funding\n\n**UPDATE 2021-08-28** \\| The groups were merged.\n\n")
    assert [a.date.value if a.date else None for a in annotate.compare(old, newer, fmt="markdown").annotations] == ["2021-08-28"]


def test_a_heading_dated_to_the_day_then_update() -> None:
    base = "# Handbook\n\nThe handbook of the network.\n"
    c = annotate.compare(base, "# Apr 28 2023 Update\n\nThis is a snapshot of where the handbook was.\n\n" + base, fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2023-04-28"]
    # a month and "Update" is a product's name ("## October 2018 Update")
    c = annotate.compare(base, base + "\n## October 2018 Update\n\nThe October 2018 Update for Windows deleted files.\n", fmt="markdown")
    assert not c.annotations


def test_a_last_updated_sentence_closing_the_opening_paragraph_dates_the_page() -> None:
    text = "# COVID-19 policy\n\nThis document holds our pandemic policies and guidance. It was last updated on **{d}**.\n\nStay safe.\n"
    c = annotate.compare(text.format(d="July 27, 2020"), text.format(d="May 26, 2021"), fmt="markdown")
    assert c.original_date is not None and c.original_date.value == "2020-07-27"
    assert c.revised_date is not None and c.revised_date.value == "2021-05-26"
    assert not any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(("title", "body"), [("Important notice", "This code of conduct page is a template and should not be considered as exhaustive."), ("Wichtiger Hinweis", "Diese Verhaltensregeln sind eine Vorlage.")])
def test_a_web_pages_box_titled_a_notice(title: str, body: str) -> None:
    page = "<html><body><main><h1>Code of conduct</h1><p>All attendees are required to agree.</p>{box}<p>Need help?</p></main></body></html>"
    box = f'<div class="notice"><h2>{title}</h2><p>{body}</p></div>'
    c = annotate.compare(page.format(box=""), page.format(box=box), fmt="html")
    assert [a.label for a in c.annotations] == [title] and body in c.annotations[0].text


@pytest.mark.parametrize(
    "notice",
    [
        "> This article was published September 14, 2020 and has been superseded by the [August 17, 2026 update](/news/).",
        "Moment is a legacy project in maintenance mode. See the latest [Project Status update](/news/).",
    ],
)
def test_a_page_or_a_projects_status_told_at_its_top(notice: str) -> None:
    base = "# Using it\n\nIt can be used in browsers and in Node.js.\n\nThis site loads it as a global.\n"
    c = annotate.compare(base, base.replace("Node.js.\n", f"Node.js.\n\n{notice}\n"), fmt="markdown")
    assert [a.text for a in c.annotations] == [notice]
    assert not annotate.compare(base, base.replace("Node.js.\n", "Node.js.\n\nMoment is a library for dates and times.\n"), fmt="markdown").annotations


def test_a_note_in_emphasis_written_with_spaces_inside() -> None:
    base = "# Gopher support\n\nRedis speaks the Gopher protocol.\n\nHow it works.\n"
    note = "** Note: Support for Gopher was removed in Redis 7.0 **"
    assert [a.text for a in annotate.compare(base, base.replace("# Gopher support\n\n", f"# Gopher support\n\n{note}\n\n"), fmt="markdown").annotations] == [note]
