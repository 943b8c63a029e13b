"""The names of the months in the languages notes are written in, Japan's eras, and the words
of a "last updated" stamp in those languages.

Why a module of its own: the date reader (``annotate.dates``), the label reader
(``annotate.labels``, whose "Update 12 maart 2021" is a day and no numbered update) and the
cosmetic check all need the same table; with one copy each they drifted apart. Each table is
written from how dates are written in each language, not from one corpus.

>>> FOREIGN_MONTHS["märz"], FOREIGN_MONTHS["maret"], DAY_MONTHS["marca"], DAY_MONTHS["марта"]
(3, 3, 3, 3)
>>> "mars" in FOREIGN_MONTHS, DAY_MONTHS["mars"]
(False, 3)
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "febuary": 2,
    "feburary": 2,  # the usual misspellings ("UPDATE (Febuary 2016):" on pypy.org)
}
"""English month names and their abbreviations (read with a trailing dot too: "Feb. 5 2020")."""


def _table(*rows: list[str]) -> dict[str, int]:
    return {name: number for number, names in enumerate(rows, start=1) for name in names}


FOREIGN_MONTHS = _table(
    # German, Dutch, French, Spanish, Portuguese, Italian, the Nordic languages, Indonesian, Turkish,
    # Czech, Polish and Hungarian (the nominative, as "März 2021", "Maret 2021", "Şubat 2021" and
    # "2021. március" write a month)
    ["januar", "januari", "janvier", "enero", "janeiro", "gennaio", "styczeń", "styczen", "január"],
    ["februar", "februari", "février", "fevrier", "febrero", "fevereiro", "febbraio", "şubat", "subat", "únor", "unor", "február"],
    ["märz", "maerz", "maart", "marzo", "março", "marco", "marts", "maret", "březen", "brezen", "marzec", "március"],
    ["avril", "abril", "aprile", "kwiecień", "kwiecien", "április"],
    ["mai", "mei", "mayo", "maio", "maggio", "mayıs", "mayis", "květen", "kveten", "május"],
    ["juni", "juin", "junio", "junho", "giugno", "haziran", "červen", "cerven", "czerwiec", "június"],
    ["juli", "juillet", "julio", "julho", "luglio", "temmuz", "červenec", "cervenec", "lipiec", "július"],
    ["augustus", "août", "aout", "agosto", "augusti", "agustus", "ağustos", "agustos", "sierpień", "sierpien", "augusztus"],
    ["septembre", "septiembre", "setiembre", "setembro", "settembre", "eylül", "eylul", "září", "wrzesień", "wrzesien", "szeptember"],
    ["oktober", "octobre", "octubre", "outubro", "ottobre", "říjen", "rijen", "październik", "pazdziernik", "október"],
    ["novembre", "noviembre", "novembro"],
    ["dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "desember", "prosinec", "grudzień", "grudzien"],
)
"""Month names of other languages written out, read with or without a day ("23. Oktober 2022",
"outubro de 2022"). Names that are common words elsewhere are read only after a day
(``DAY_MONTHS``): French "mars" (the planet), Czech "leden" (Dutch "members"), Turkish "Mart",
"Ekim", "Kasım", "Aralık" (a name, a sowing, an interval), Polish "luty", "listopad", "maj"."""

DAY_MONTHS = (
    _table(
        # the names that are words elsewhere; the forms that only follow a day: Polish, Czech,
        # Russian, Ukrainian and Greek genitives ("12 marca 2021", "12. března 2021", "12 марта
        # 2021 г.", "12 Μαρτίου 2021"), Finnish partitives ("12. maaliskuuta 2021"); Romanian and
        # Catalan ("12 martie 2021", "12 de març de 2021")
        ["leden", "ocak", "stycznia", "ledna", "января", "січня", "tammikuuta", "ianuarie", "gener", "ιανουαρίου"],
        ["luty", "lutego", "února", "unora", "февраля", "лютого", "helmikuuta", "februarie", "febrer", "φεβρουαρίου"],
        ["mars", "mart", "marca", "března", "brezna", "марта", "березня", "maaliskuuta", "martie", "març", "μαρτίου"],
        ["nisan", "duben", "kwietnia", "dubna", "апреля", "квітня", "huhtikuuta", "aprilie", "απριλίου"],
        ["maj", "maja", "května", "kvetna", "мая", "травня", "toukokuuta", "maig", "μαΐου", "μαίου"],
        ["czerwca", "června", "cervna", "июня", "червня", "kesäkuuta", "iunie", "juny", "ιουνίου"],
        ["lipca", "července", "cervence", "июля", "липня", "heinäkuuta", "iulie", "juliol", "ιουλίου"],
        ["srpen", "sierpnia", "srpna", "августа", "серпня", "elokuuta", "agost", "αυγούστου"],
        ["września", "wrzesnia", "сентября", "вересня", "syyskuuta", "septembrie", "setembre", "σεπτεμβρίου"],
        ["ekim", "października", "pazdziernika", "října", "rijna", "октября", "жовтня", "lokakuuta", "octombrie", "οκτωβρίου"],
        ["kasım", "kasim", "listopad", "listopada", "listopadu", "ноября", "листопада", "marraskuuta", "noiembrie", "νοεμβρίου"],
        ["aralık", "aralik", "grudnia", "prosince", "декабря", "грудня", "joulukuuta", "decembrie", "desembre", "δεκεμβρίου"],
    )
    | FOREIGN_MONTHS
)
"""Month names read only after a day (the words of other meanings, the genitive and partitive
forms), with every name of ``FOREIGN_MONTHS``."""


def month_number(name: str, table: dict[str, int]) -> int | None:
    """The month a name read case-insensitively stands for, ``None`` when it is none: "NİSAN"
    lowers to "ni̇san" (a dot above, U+0307), which the table writes "nisan".

    >>> month_number("NİSAN", DAY_MONTHS), month_number("Μαρτίου", DAY_MONTHS), month_number("Pluto", DAY_MONTHS)
    (4, 3, None)
    """
    key = name.lower().replace("\u0307", "")
    return table.get(key) or table.get(key.replace("ς", "σ"))


ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
"""The Gregorian year of each Japanese era's first year (元年), by the name opening its dates."""

CLOCK = re.compile(r"\d{1,2}[:.h]\d\d(?:[:.]\d\d)?")
"""A time of day in a stamp ("14:37", "16h40", "13:51:00")."""
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"
"""An English weekday's name, whole or shortened ("Tues", "Thursday")."""
STAMP_WORDS = (
    r"last|updated?|modified|published|posted|revised|edited|reviewed|page|on|at|am|pm|a\.m|p\.m|"
    r"zuletzt|aktualisiert|stand|ver[öo]ffentlicht|derni[èe]re|mise?|à|jour|le|du|publi[ée]e?|[úu]ltima|actualizaci[óo]n|"
    r"actualizad[oa]|el|de|del|atualizad[oa]|atualiza[çc][ãa]o|em|publicad[oa]|aggiornat[oa]|ultimo|il|pubblicat[oa]|laatst|"
    r"bijgewerkt|gewijzigd|op|gepubliceerd|senast|uppdaterad|ändrad|publicerad|sist|oppdatert|publisert|senest|opdateret|"
    r"ostatnia|aktualizacja|zaktualizowano|opublikowano|обновлено|опубликовано|terakhir|diperbarui|pada|diterbitkan"
)
"""The words around a date in a "last updated" or "published" stamp, in English and other languages ("Zuletzt
aktualisiert am", "Dernière mise à jour le", "Última actualización"), as a pattern's alternation."""
