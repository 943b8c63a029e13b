"""The fourteenth review's findings (/work/review14 on that machine: 167 cases run against the
session's first commit and its parent), each on the smallest text that shows it; every test
here failed on the reviewed commit."""

from __future__ import annotations

import pytest

import annotate
from annotate.dates import find_dates

_TR = "# BELEDİYE YENİ HAT AÇTI\n\nİzmir'de yeni otobüs hattı açıldı.\n\nHat günde 12 bin yolcu taşıyacak.\n"


def _ins(base: str, note: str) -> str:
    head, _, rest = base.partition("\n\n")
    return f"{head}\n\n{note}\n\n{rest}"


@pytest.mark.parametrize("note", ["**GÜNCELLEME (12 NİSAN 2021):** Hat uzatıldı.", "Yayın: 12 EKİM 2021", "**GÜNCELLEME 12 HAZİRAN:** Hat uzatıldı."])
def test_turkish_month_names_in_capitals_do_not_crash(note: str) -> None:
    annotate.compare(_TR, _ins(_TR, note), fmt="markdown")  # (KeyError('ni̇san') on the reviewed commit)
    text = _TR.replace("açıldı.", "12 NİSAN 2021 tarihinde açıldı.")
    c = annotate.compare(text, text.replace("12 bin", "15 bin"), fmt="markdown")
    assert any(ch.silent for ch in c.changes)
    assert [d.value for d in find_dates("12 NİSAN 2021")] == ["2021-04-12"]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Donations stand at £12,400 as of 3 March 2021.", "Donations stand at £21,400 as of 3 March 2021."),
        ("The results as they stand at 9pm on 3 May 2021: Labour 12, Conservative 9.", "The results as they stand at 9pm on 3 May 2021: Labour 9, Conservative 12."),
        ("Infizierte: 1.234 (Stand: 12.03.2021)", "Infizierte: 1.334 (Stand: 12.03.2021)"),
        ("Le bilan, publié le 9 septembre 2023, fait état de 2 000 morts.", "Le bilan, publié le 9 septembre 2023, fait état de 3 000 morts."),
        ("| Nieuwe leden 2023 | 12 |", "| Nieuwe leden 2023 | 21 |"),
    ],
)
def test_a_figure_on_a_dated_line_is_no_stamps_figure(old: str, new: str) -> None:
    base = "# Report\n\nThe first paragraph of the report.\n\n{line}\n\nThe last paragraph.\n"
    c = annotate.compare(base.format(line=old), base.format(line=new), fmt="markdown")
    assert any(ch.silent for ch in c.changes)


def test_a_stamp_line_opening_with_stand_still_changes_its_date_quietly() -> None:
    base = "# Vereinsnachrichten\n\nDer Vorstand tagte.\n\nStand {day}\n\nEnde.\n"
    c = annotate.compare(base.format(day="12.03.2021"), base.format(day="19.03.2021"), fmt="markdown")
    assert not any(ch.silent for ch in c.changes)


def test_words_of_other_meanings_are_months_only_after_a_day() -> None:
    assert find_dates("Leden 2023, Mart 2021, Ekim 2020, Listopad 2019") == []
    assert [d.value for d in find_dates("12 Mart 2021; 5. leden 2020")] == ["2021-03-12", "2020-01-05"]
    club = "# Verein\n\n" + "".join(f"## Leden {y}\n\nSenioren {y - 1900} euro.\n\n" for y in (2024, 2023, 2022, 2021))
    c = annotate.compare(club, club.replace("# Verein\n\n", "# Verein\n\n## Leden 2025\n\nSenioren 150 euro.\n\n"), fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)


_NEWS = [("GPU nodes added", "26.02.2026", "40 nodes."), ("Storage quota raised", "12.02.2026", "2 TB per project."), ("Maintenance", "03.02.2026", "6 hours."), ("Python 3.12", "20.01.2026", "As a module.")]


def _news(items: list[tuple[str, str, str]]) -> str:
    return "# News\n\n" + "".join(f"## {t}, {d}\n\n{b}\n\n" for t, d, b in items)


def test_an_old_news_item_retitled_is_an_edit_not_a_note() -> None:
    c = annotate.compare(_news(_NEWS), _news([_NEWS[0], ("Storage quota cut to 1 TB", "12.02.2026", _NEWS[1][2]), *_NEWS[2:]]), fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    "item",
    [
        ("Price change", "05.02.2026", "Core hours now cost 0.02 euro."),  # backdated, among the old ones
    ],
)
def test_a_section_older_than_the_newest_is_no_news(item: tuple[str, str, str]) -> None:
    c = annotate.compare(_news(_NEWS), _news([*_NEWS[:2], item, *_NEWS[2:]]), fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)


def test_programme_days_and_match_days_are_no_news() -> None:
    days = [("Montag, 11. Mai 2026", "Eröffnung."), ("Dienstag, 12. Mai 2026", "Vorträge."), ("Mittwoch, 13. Mai 2026", "Workshops."), ("Donnerstag, 14. Mai 2026", "Exkursion.")]
    prog = "# Programm\n\n" + "".join(f"## {d}\n\n{b}\n\n" for d, b in days)
    c = annotate.compare(prog, prog + "## Freitag, 15. Mai 2026\n\nAbschluss.\n", fmt="markdown")
    assert not c.annotations and any(ch.silent for ch in c.changes)


def test_a_new_news_item_on_top_is_still_a_note() -> None:
    c = annotate.compare(_news(_NEWS), _news([("New web UI", "05.03.2026", "The web UI is open."), *_NEWS]), fmt="markdown")
    assert [(a.date.value if a.date else None) for a in c.annotations] == ["2026-03-05"]


@pytest.mark.parametrize("note", ["This article was updated for Ubuntu 22.04.", "This post has been updated for Python 3.12.", "**Update 2.4.:** The booking app now shows lane times."])
def test_a_version_is_no_date(note: str) -> None:
    base = "# Guide\n\nThe first paragraph of the guide.\n\nThe second paragraph.\n"
    c = annotate.compare(base, _ins(base, note), fmt="markdown")
    assert [a.date for a in c.annotations] == [None]


def test_a_date_in_the_subject_of_a_sentence_is_not_its_updates() -> None:
    base = "# Accounts\n\nThe first paragraph.\n\nThe second paragraph.\n"
    c = annotate.compare(base, _ins(base, "**Note:** The 31 December 2020 balance was corrected after the audit."), fmt="markdown")
    assert [a.date for a in c.annotations] == [None]
    c = annotate.compare(base, _ins(base, "**Hinweis:** Der Text wurde am 12. März 2021 aktualisiert."), fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-03-12"]


_PAGE = "# Seite\n\nDer erste Absatz der Seite.\n\nDer Preis beträgt 28 Euro.\n"


@pytest.mark.parametrize(
    "stamp",
    [
        "Dieser Artikel wurde zuletzt am {d} aktualisiert.",
        "Denne artikkelen ble sist oppdatert {d}.",
        "Deze pagina is voor het laatst bijgewerkt op {d}.",
        "Cette page a été mise à jour pour la dernière fois le {d}.",
    ],
)
def test_last_updated_sentences_in_other_languages_are_stamps(stamp: str) -> None:
    a = _PAGE + "\n" + stamp.format(d="12.03.2021") + "\n"
    b = (_PAGE + "\n" + stamp.format(d="15.04.2021") + "\n").replace("28 Euro", "31 Euro")
    c = annotate.compare(a, b, fmt="markdown")
    assert not c.annotations
    assert [(ch.silent, ch.revised.text if ch.revised else None) for ch in c.changes if ch.silent] == [(True, "31")]
    assert c.revised_date is not None and c.revised_date.value == "2021-04-15"


def test_a_german_disclosure_with_a_numeric_date() -> None:
    c = annotate.compare(_PAGE, _ins(_PAGE, "*Dieser Beitrag wurde am 12.03.2021 um die Öffnungszeiten ergänzt.*"), fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-03-12"]
    assert not any(ch.silent for ch in c.changes)


@pytest.mark.parametrize(
    "prose",
    [
        "Cette page est mise à jour régulièrement.",  # a standing statement, not "a été mise à jour"
        "Este artículo fue revisado por la Dra. María López, médica de familia.",  # a reviewer's credit
        "Deze pagina is aangepast aan de richtlijnen voor digitale toegankelijkheid.",  # adapted to
        "Der Text ist in der 3. Auflage vollständig überarbeitet.",  # a book's blurb
    ],
)
def test_standing_statements_and_credits_are_no_disclosures(prose: str) -> None:
    c = annotate.compare(_PAGE, _ins(_PAGE, prose), fmt="markdown")
    assert not c.annotations


@pytest.mark.parametrize(
    "stamp",
    ["Güncelleme: 12.03.2021 14:37", "Actualizare: 12.03.2021, 16:40", "Aktualizacja: 13.03.2021, 08:02", "Updated: 12.03.2021 14:37"],
)
def test_a_news_pages_updated_stamp_with_its_time_is_no_note(stamp: str) -> None:
    a = _PAGE.replace("# Seite\n\n", "# Seite\n\nPublished: 12.03.2021 10:12\n\n")
    b = a.replace("10:12\n", f"10:12\n{stamp}\n").replace("28 Euro", "31 Euro")
    c = annotate.compare(a, b, fmt="markdown")
    assert not c.annotations
    assert [ch.revised.text for ch in c.changes if ch.silent and ch.revised] == ["31"]


@pytest.mark.parametrize("items", ["- **Korjaus:** 45 €/h\n- **Huolto:** 30 €/h", "- **Update:** free\n- **Support:** 24/7"])
def test_a_list_of_terms_is_no_note(items: str) -> None:
    base = "# Prices\n\nOur prices for the year.\n\nAsk us for more.\n"
    c = annotate.compare(base, base.replace("year.\n", f"year.\n\n{items}\n"), fmt="markdown")
    assert not c.annotations


def test_a_list_of_dated_updates_is_still_notes() -> None:
    base = "# Prices\n\nOur prices for the year.\n\nAsk us for more.\n"
    items = "- **Update 2021-03-12:** prices rose.\n- **Update 2021-03-10:** prices fell."
    c = annotate.compare(base, base.replace("year.\n", f"year.\n\n{items}\n"), fmt="markdown")
    assert [a.date.value if a.date else None for a in c.annotations] == ["2021-03-12", "2021-03-10"]
