"""Notes written in other languages: the label words their writers use ("追記:", "Nachtrag:",
"Mise à jour :", "Обновление:") and the dates they write ("2022年4月16日"), read as the
English ones are; prose that merely opens with such a word is no note."""

from __future__ import annotations

import pytest

import annotate
from annotate.dates import find_dates

_TOP = "---\ntitle: A post\ndate: 2017-05-01\n---\n\nこれは記事の最初の段落です。The first paragraph.\n\n"
_END = "\n\nThe last paragraph, unchanged.\n"


def _notes(note: str) -> list[tuple[str, str | None]]:
    c = annotate.compare(_TOP + "Body." + _END, _TOP + "Body.\n\n" + note + _END, fmt="markdown")
    return [(a.text, a.date.value if a.date else None) for a in c.annotations]


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("**追記**: GHC 8.2.1では表示結果が変更されたようです。", None),
        ("追記：全角のコロンで書いた追記です。", None),
        ("**追記2: 2012-05-27**\n\n7.3.530 & 7.3.531 で解決しました。", "2012-05-27"),
        ("2022/10/23 追記: aesonパッケージの問題は修正されました。", "2022-10-23"),
        ("更新（2022年4月16日）：サービスは終了しました。", "2022-04-16"),
        ("注：这是一个注释。", None),
        ("Nachtrag: Der Dienst läuft wieder.", None),
        ("**Mise à jour du 9/7/2025 :** le service est rétabli.", "2025-07-09"),
        ("Actualización: el servicio volvió a funcionar.", None),
        ("Aktualizace 9.7.2025: Harvestace byla plně obnovena.", "2025-07-09"),
        ("Обновление: сервис снова работает.", None),
    ],
)
def test_a_label_of_another_language_makes_a_note(note: str, date: str | None) -> None:
    assert _notes(note) == [(note, date)]


@pytest.mark.parametrize(
    "prose",
    [
        "追記しました。これは普通の文です。",  # "I added this.": the word goes on into a verb
        "Korrektur der Zahlen ist im Gange, sagte er gestern.",
        "Oprava silnice potrvá do května.",
        "Nota bene, this is an aside of the author.",
    ],
)
def test_prose_opening_with_such_a_word_is_no_note(prose: str) -> None:
    assert _notes(prose) == []


def test_dates_written_in_japanese_chinese_and_korean() -> None:
    def values(text: str) -> list[tuple[str, str]]:
        return [(d.value, d.precision) for d in find_dates(text)]

    assert values("2022年4月16日を以て解散しました") == [("2022-04-16", "day")]
    assert values("2021年9月に発表され") == [("2021-09", "month")]
    assert values("2022년 4월 16일") == [("2022-04-16", "day")]
    assert values("2022年13月1日") == []


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("Nachtrag vom 23. Oktober 2022: Der Dienst läuft wieder.", "2022-10-23"),
        ("Mise à jour (23 octobre 2022) : le service est rétabli.", "2022-10-23"),
        ("Actualización (23 de octubre de 2022): el servicio volvió.", "2022-10-23"),
        ("Atualização (outubro de 2022): o serviço voltou.", "2022-10"),
    ],
)
def test_a_label_dated_with_a_month_named_in_its_language(note: str, date: str) -> None:
    assert _notes(note) == [(note, date)]


def test_month_names_of_other_languages_and_no_planet() -> None:
    assert [d.value for d in find_dates("am 5. Mai 2021, 3 juillet 2019, 12 de marzo de 2020")] == ["2021-05-05", "2019-07-03", "2020-03-12"]
    assert find_dates("the Mars 2020 rover") == []


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("【追記】サービスは終了しました。", None),
        ("【追記 2022/10/23】サービスは終了しました。", "2022-10-23"),
        ("※追記：サービスは終了しました。", None),
        ("（追記）サービスは終了しました。", None),
        ("【编者按】本文有更新。", None),
    ],
)
def test_japanese_and_chinese_brackets_and_reference_mark_around_a_label(note: str, date: str | None) -> None:
    # 【…】, full-width （…） and ※ are how Japanese and Chinese writers set a note's label apart
    assert _notes(note) == [(note, date)]


@pytest.mark.parametrize("prose", ["この件は（追記しました）とのことです。", "【重要】お知らせです。", "本文（日本語）です。"])
def test_those_brackets_in_prose_make_no_note(prose: str) -> None:
    assert _notes(prose) == []


def test_a_japanese_correction_discloses_the_figure_it_names() -> None:
    # a sentence of Japanese is no one word: its passage pairs with its edited version, and
    # "45戸" names the number 45
    original = "# T\n\n市議会は北部に45戸の新しい住宅を承認した。\n\n記事の終わり。\n"
    revised = original.replace("45戸", "47戸").replace("記事の終わり", "訂正：以前の版では45戸としていましたが、正しくは47戸です。\n\n記事の終わり")
    c = annotate.compare(original, revised, fmt="markdown")
    [edit] = [ch for ch in c.changes if ch.kind == "edit"]
    assert (edit.original.text, edit.revised.text, edit.silent) == ("45", "47", False)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("Updated: 2022/10/23", "2022-10-23"),
        ("更新：2022/10/23", "2022-10-23"),
        ("追記：2022年10月23日\u3000問題は修正されました。", "2022-10-23"),
        ("Update: 23 October 2022 — the service is back.", "2022-10-23"),
        ("Обновление от 23.10.2022: сервис снова работает.", "2022-10-23"),
    ],
)
def test_a_date_right_after_the_labels_colon_dates_it(note: str, date: str) -> None:
    assert _notes(note) == [(note, date)]


def _first_two(alternative: str) -> set[str]:
    """The first two characters (lowercased) an alternative of ``FOREIGN_LABELS`` can open
    with: literal letters and ``[…]`` classes, ``(?-i:`` dropped, ``\\s+`` a space."""
    alternative = alternative.replace("(?-i:", "").replace("\\s+", " ")
    heads = {""}
    i = 0
    while i < len(alternative) and min(len(h) for h in heads) < 2:
        if alternative[i] == "[":
            close = alternative.index("]", i)
            options, i = alternative[i + 1 : close], close + 1
        else:
            options, i = alternative[i], i + 1
        heads = {h + o for h in heads for o in options.lower()}
    return heads


def test_every_foreign_label_word_passes_the_openings_cheap_test() -> None:
    """``FOREIGN_OPENINGS`` (first two letters, kept by hand for the Latin and Cyrillic words)
    holds the opening of every label word ``FOREIGN_LABELS`` writes, so none is skipped
    before it is tried; a one-character word ("注") is tested apart."""
    from annotate.labels import FOREIGN_LABELS, FOREIGN_OPENINGS

    for alternative in FOREIGN_LABELS.split("|"):
        heads = _first_two(alternative)
        assert all(len(h) < 2 or h in FOREIGN_OPENINGS for h in heads), (alternative, heads - FOREIGN_OPENINGS)
