"""The one vocabulary of notes: the labels people put on update notes, and the
sentences that disclose a change without a label.

Why this exists: detection (``annotate.detect``), dateline reading
(``annotate.read``) and the renderers that pick labels out all need to know what a
note label is; with one copy each, they drifted apart. Everything here is written
from how notes are written in the wild, not from one corpus:

* a label word — ``Update``/``Updated``/``UPDATE``/``UPD``, ``Edit``/``Edited``,
  ``Correction``/``Corrected``, ``Clarification``, ``Editor's note``, ``Ed. note``,
  ``Note``, ``Addendum``, ``Postscript``, ``P.S.``, ``Author's note``,
  ``Transcriber's note``, ``Erratum``, ``Retraction`` — in any of the usual cases — or a
  callout word (``Warning``, ``Important``, ``Caution``, ``Attention``, ``Disclaimer``);
* or its counterpart in another language (``Nachtrag``, ``Mise à jour``, ``Actualización``,
  ``Aktualizace``, ``Обновление``, ``追記``, ``更新``, ``编者注``; ``FOREIGN_LABELS``);
* optionally numbered (``Update 2``, ``UPDATE #3``, ``Update II``);
* with markup around any part of it (``**Update**:``, ``> **Update, 18 August 2025**``,
  ``*Edit: …*``), which ``annotate.detect`` skips;
* followed by a date and time before or after the colon, in parentheses, after a dash
  (checked by ``annotate.detect``, which knows the dates).

>>> bool(LABEL_WORD.match("Editor’s Note")), bool(LABEL_WORD.match("UPDATE #3")), bool(LABEL_WORD.match("Updates"))
(True, True, True)
>>> bool(LABEL_WORD.match("Updating")), bool(LABEL_WORD.match("Notes on style"))
(False, False)
>>> bool(DISCLOSURE.match("This article was updated on 14 July 2017 to add a quote."))
True
"""

from __future__ import annotations

import re

from annotate.months import DAY_MONTHS, MONTHS
from annotate.revisions import announces_revision, announces_update
from annotate.segment import CJK

_APOS = "['\u2019]"
CJK_LABELS = frozenset(["追記", "更新", "更新于", "更新於", "訂正", "補足", "编者注", "編者注", "编者按", "编辑注", "补充", "更正", "勘误", "업데이트", "정정"])
"""The Japanese, Chinese and Korean update words: weak (a label only with a colon, a bracket, a
date or emphasis closed on its own line: "**更新** をクリック" is a button's name), yet dated first
as "2022/10/23 追記:" writes them. "更新于" is Chinese "updated on" ("更新于2022年10月23日：");
a date may follow them without a space ("追記2022/10/23：")."""
FOREIGN_LABELS = (
    # German, French, Spanish, Portuguese, Italian, Dutch, Czech, Polish, Russian: update,
    # addendum, correction, editor's note ("Nachtrag:", "Mise à jour :", "Actualización:")
    r"Nachtrag|Erg[äa]nzung|Korrektur|Berichtigung|Aktualisierung|Anmerkung\s+der\s+Redaktion|"
    r"Mise\s+[àa]\s+jour|(?-i:MàJ)|Rectificatif|Note\s+de\s+la\s+r[ée]daction|NDLR|"
    r"Actualizaci[óo]n|Correcci[óo]n|Aclaraci[óo]n|Nota\s+del\s+editor|Nota\s+de\s+la\s+redacci[óo]n|Fe\s+de\s+erratas|"
    r"Atualiza[çc][ãa]o|Corre[çc][ãa]o|Nota\s+do\s+editor|Nota\s+da\s+reda[çc][ãa]o|Adendo|"
    r"Aggiornamento|Correzione|Rettifica|Nota\s+della\s+redazione|"
    r"Aanvulling|Correctie|Naschrift|Rectificatie|Toevoeging|Noot|Let[ \t]op(?=[ \t]?:)|Opmerking|"
    r"Aktualizace|Oprava|Dopln[ěe]n[íi]|Aktualizacja|Sprostowanie|Uzupe[łl]nienie|"
    r"Обновление|Дополнение|Исправление|Апдейт|"
    # Norwegian, Swedish, Danish, Finnish, Turkish, Indonesian, Vietnamese, Hungarian, Romanian,
    # Catalan, Greek: update, addendum, correction ("Oppdatering:", "Päivitys 12.3.2021:", "Güncelleme:")
    r"Oppdatering|Uppdatering|Opdatering|Tillegg|Till[äa]gg|Tilf[øo]jelse|R[äa]ttelse|Rettelse|"
    r"P[äa]ivitys|Korjaus|Lis[äa]ys|G[üu]ncelleme|D[üu]zeltme|Pembaruan|Pemutakhiran|Ralat|"
    r"C[ậa]p[ \t]nh[ậa]t|[ĐD][íi]nh[ \t]ch[íi]nh|Friss[íi]t[ée]s|Helyesb[íi]t[ée]s|Actualizare|Actualitzaci[óo]|Ενημέρωση|Édit(?=[ \t]?:)|"
    # Japanese, Chinese, Korean: addendum, update, correction, supplement, editor's note (not
    # 修正/수정/추가 "fixed"/"added", a changelog's categories, nor 編集 "editing by", a credit)
    + "|".join(sorted(CJK_LABELS, key=lambda w: (-len(w), w))) + "|"
    # a note or a hint (weak, as "Note" is)
    r"Hinweis|Anmerkung|Remarque|Nota|Pozn[áa]mka|Uwaga|Примечание|注意|备注|注|참고"
)
"""Label words in other languages, as their writers put them on notes ("Nachtrag:", "追記:")."""
FOREIGN_WEAK = frozenset(
    ["hinweis", "anmerkung", "remarque", "nota", "poznámka", "poznamka", "uwaga", "примечание", "注意", "备注", "注", "참고",
     # words of ordinary prose as well ("Korrektur der Zahlen", "Oprava silnice", "Ergänzung zu …")
     "korrektur", "berichtigung", "ergänzung", "erganzung", "corrección", "correccion", "aclaración", "aclaracion", "correção",
     "correcao", "correzione", "rettifica", "rectificatif", "correctie", "aanvulling", "naschrift", "rectificatie", "oprava",
     "doplnění", "doplneni", "uzupełnienie", "uzupelnienie", "sprostowanie", "adendo", "исправление", "дополнение",
     "tillegg", "tillägg", "tillagg", "tilføjelse", "tilfojelse", "rättelse", "rattelse", "rettelse", "korjaus", "lisäys",
     "lisays", "düzeltme", "duzeltme", "ralat", "đính chính", "dính chính", "đinh chinh", "dinh chinh", "helyesbítés",
     "helyesbites", "noot", "let op", "let\top", "opmerking", "toevoeging"]
) | CJK_LABELS
"""Foreign label words for a note or a hint, and those that ordinary prose opens with too: weak,
as "Note" is."""
FOREIGN_OPENINGS = frozenset(
    ["na", "er", "ko", "be", "ak", "an", "mi", "mà", "re", "no", "nd", "ac", "co", "fe", "at", "ad", "ag", "aa", "op",
     "do", "sp", "uz", "об", "до", "ис", "ап", "hi", "po", "uw", "пр", "注意", "备注", "참고",
     "up", "ti", "rä", "ra", "pä", "pa", "li", "gü", "gu", "dü", "du", "pe", "cậ", "ca", "đí", "đi", "dí", "di", "fr", "he", "εν", "éd", "to", "le"]
) | {w[:2] for w in CJK_LABELS}
"""The first two characters (lowercased) of each foreign label word, for the openings' cheap test;
a one-character label ("注") is tested apart."""

LABEL_WORDS = (
    r"Updated?|Updates|Edit(?:ed)?[ \t]{1,3}to[ \t]{1,3}add|Edit(?:ed)?|Correct(?:ion|ions|ed)|Clarification|Clarified|Addendum|Addenda|"
    r"Postscript|Afterword|Follow[ \t-]?up|Erratum|Errata|Retraction|Retracted|Amendment|Amended|Revised|Revision|"
    rf"(?:Editor|Editors|Author|Authors|Transcriber|Translator|Publisher){_APOS}?s?{_APOS}?\s+(?:Note|Update|Comment)|"
    r"Note\s+from\s+the\s+(?:editors?|authors?)|Eds?\.(?:\s*Note)?(?![ \t]*[)\]])|P\.\s?P\.\s?S\.|P\.\s?S\.|N\.\s?B\.|NB(?![ \t]*\d)|P?PS(?![ \t]*\d)|Please\s+note|Note|UPD|Warning|Important|Caution|Attention|Disclaimer|Heads[ \t-]?up(?=[ \t]{0,2}(?:[*_]{1,3})?[ \t]{0,2}[:!])|(?<=[*_])(?:Archived|Deprecated)(?=[ \t]{0,2}(?:[*_]{1,3})?[ \t]{0,2}:)|Deprecation[ \t]+notice|Deprecation|Deprecated[ \t]+since[ \t]+version|(?:Changed|Removed)[ \t]+in[ \t]+version|Deprecated(?=[)\]]|[ \t]*\n[=~^-]{3,}|\.[ \t]+[A-Z])|Notes(?=[ \t]{0,2}(?:[*_]{1,3}|</(?:strong|b)>)?[ \t]{0,2}:)|"
    + FOREIGN_LABELS
)
"""The label words (matched case-insensitively)."""

_OTHER_MONTHS = "|".join(sorted(DAY_MONTHS, key=len, reverse=True))
LABEL_WORD = re.compile(
    rf"(?P<word>{LABEL_WORDS})(?![^\W\d_]|_\w|'(?!')|[\u2019-]|(?<![{CJK}])\d{{3}})"
    r"(?P<number>[ \t]*(?:#[ \t]*\d{1,3}|\d{1,2}(?![\d./-]|:\d|st|nd|rd|th|[ \t]+(?:of[ \t]+|de[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    + _OTHER_MONTHS
    + r"))|(?-i:[IVX]{1,4})(?=[ \t]*[:)\]\u2014\u2013-])|(?:no\.?|number)[ \t]*\d{1,3}))?",
    re.IGNORECASE,
)
"""A label word, with its number if any (``Update 2``, ``UPDATE #3``, ``Update II``, ``UPDATE1``)."""

WEAK_WORDS = frozenset(
    ["note", "notes", "nb", "ps", "pps", "please note", "revised", "revision", "amended", "amendment", "warning", "important", "caution", "attention", "disclaimer",
     "deprecated", "deprecation notice", "heads up", "heads-up", "headsup", "archived", "afterword", "deprecation", "follow-up", "followup", "follow up"]
) | FOREIGN_WEAK
"""Label words that are common in ordinary prose: a label only with a colon, a dash, a
bracket or emphasis around it, or as a heading alone ("### Note") — never "Revised
estimates show …", "Important changes were made …". (One exception: "Note that …",
"Note we found …" opening a passage tell the reader something, as "Note:" does;
``openings.addressed_note``.) The callout words (Warning, Important, Caution, Attention,
Disclaimer) are among them: a callout inserted into a published text speaks to its reader
about the text, as "Note:" does."""

DISCLOSURE = re.compile(
    r"(?:[*_]{1,3})?(?:"
    # "This article/story/post has been updated (on DATE) to …", "This piece was corrected …",
    # "Note, this post has been updated in May 2025.", "Please note that this page was revised …"
    r"(?:(?:Please\s+)?note(?:,|\s+that)\s+)?(?:This|The|Our|My)\s+(?:article|story|post|piece|page|report|essay|column|blog\s+post|blog|section|paragraph|"
    r"guide|tutorial|document|list|interview|review|FAQ|text|item|entry|newsletter|summary|answer)\s+(?:has\s+been|had\s+been|was|is\s+being|will\s+be|"
    r"have\s+been)\s+(?:last\s+)?(?:updated|corrected|amended|edited|revised|changed|clarified|expanded|modified|added|rewritten)"
    # "We have corrected this article: …", "I've since updated this post to …"
    r"|(?:We|I)(?:['\u2019]ve|\s+have)\s+(?:since\s+|now\s+)?(?:updated|corrected|amended|edited|revised|expanded)\s+(?:this|the|my|our)\s+"
    r"(?:article|story|post|piece|page|blog\s+post|essay|section|paragraph|guide|tutorial|text)\b"
    # "An earlier version of this article …", "A previous version of this post …"
    r"|(?:An?\s+)?(?:earlier|previous|prior|older|original)\s+versions?\s+of\s+this\s+\w+"
    # "In the first version of this blog post, I had not seen …"
    r"|(?:In\s+)?(?:the|an?)\s+(?:first|earlier|previous|original)\s+(?:version|draft)\s+of\s+this\s+(?:blog\s+)?(?:post|article|piece|essay|story|page|entry)"
    # "An updated version of this tutorial is located here", "This post is outdated"
    r"|(?:An?\s+)?(?:updated|newer|more\s+recent|up[\s-]to[\s-]date)\s+version\s+of\s+\[?this\s+\w+"
    r"|(?:This|The)\s+(?:article|post|page|guide|tutorial|document|blog\s+post)\s+is\s+(?:now\s+)?"
    r"(?:outdated|out[\s-]of[\s-]date|obsolete|deprecated|superseded)"
    # "It was updated in July 2019 to cover …" (a sentence added to a disclosure: the date follows)
    r"|It\s+(?:has\s+been|was)\s+(?:updated|revised|edited|corrected|amended)\s+(?:in|on)\s+(?=[A-Z0-9])"
    # "Updated on 14 July 2017 to …" / "Edited 2023-01-10 to …" (a participle opening the sentence)
    r"|(?:Updated|Edited|Corrected|Amended|Revised)\s+(?:on|at|in)\s+"
    # "Edited to fix a typo.", "Updated for clarity." (what was done, without a date)
    r"|(?:Updated|Edited|Corrected|Amended|Revised)\s+(?:to\s+(?:add|fix|correct|clarify|reflect|include|remove|note|mention)|"
    r"for\s+(?:clarity|accuracy|length|style|brevity|grammar|typos?|readability)|with\s+(?:(?:some|a\s+few|minor|small)\s+)?(?:corrections?|fixes|changes|edits|clarifications|typo\s+fixes))"
    # "[*Section added on 2020-08-27*.]", "This section was added in March 2021." (dated: the section is new)
    r"|(?:This\s+)?(?:section|chapter|appendix|part)\s+(?:was\s+|has\s+been\s+)?added\s+(?:on|in)\s+(?=[A-Z0-9])"
    # the same in other languages ("Dieser Artikel wurde am 12. März 2021 aktualisiert", "Cet
    # article a été mis à jour le …", "Este artículo fue actualizado …", "Dit artikel is bijgewerkt")
    r"|(?:Dieser|Der)\s+(?:Artikel|Beitrag|Blogbeitrag|Text|Eintrag|Abschnitt|Bericht|Leitfaden)\s+wurde\s+(?:[^.!?\n]|(?<=\d)\.(?=[ \t\d])){0,60}?"
    r"(?:aktualisiert|korrigiert|erg[äa]nzt|überarbeitet|ge[äa]ndert|berichtigt)"
    r"|(?:Cet|Ce|Cette)\s+(?:article|billet|post|texte|guide|document|page|section)\s+a\s+été\s+"
    r"(?:mise?s?\s+à\s+jour|modifiée?|corrigée?|complétée?|révisée?|actualisée?)"
    r"|(?:Este|Esta)\s+(?:artículo|articulo|entrada|publicaci[óo]n|post|texto|gu[íi]a|nota|p[áa]gina|artigo|publica[çc][ãa]o)\s+"
    r"(?:ha\s+sido|fue|foi|tem\s+sido)\s+(?:actualizad|atualizad|corregid|corrigid|modificad|editad|ampliad|revisad)[oa](?!\s+p(?:or|ela|elo)\s+(?!última))"
    r"|(?:Questo|Questa)\s+(?:articolo|post|testo|guida|pagina|nota)\s+(?:è|e')\s+stat[oa]\s+(?:aggiornat|corrett|modificat|rivist)[oa]"
    r"|(?:Dit|Deze)\s+(?:artikel|bericht|blog|stuk|tekst|pagina|post)\s+(?:is|werd)\s+(?:[^.!?\n]|(?<=\d)\.(?=[ \t\d])){0,40}?(?:bijgewerkt|aangepast(?!\s+aan\b)|gecorrigeerd|aangevuld)"
    r"|(?:Denne|Denna|Dette|Detta)\s+(?:artikel|artikkel|artikeln|artikkelen|innlegg|inlägg|indlæg|tekst|text)\s+(?:er|har|ble|blev|var)\s+"
    r"(?:[^.!?\n]|(?<=\d)\.(?=[ \t\d])){0,40}?(?:oppdatert|uppdaterad|uppdaterats|opdateret|korrigert|korrigerad|rettet|rättad)"
    r"|Artikel\s+(?:ini\s+)?(?:telah\s+|sudah\s+)?(?:diperbarui|diperbaharui|dikoreksi|diralat)"
    r")\b",
    re.IGNORECASE,
)
"""A sentence that discloses a change without a label, at the start of a passage or an insertion."""

NOTE_LINE = re.compile(
    rf"\s{{0,8}}[\[(]|[\s*_>#-]{{0,6}}(?:{LABEL_WORDS})(?![\w'\u2019-])",
    re.IGNORECASE,
)
"""A line that opens a note (a bracket, or a label word after markup): never a dateline."""

GENERAL = re.compile(
    r"\b(?:(?:minor|small|some|several|various|a\s+few|light)\s+(?:language|grammar|grammatical|spelling|style|"
    r"stylistic|typo|typographical|wording|copy|formatting|editorial|textual)?\s*(?:fix(?:es)?|edits|changes|"
    r"corrections|tweaks|updates|improvements|clean-?ups?)"
    r"|(?:has|have)\s+(?:also\s+)?been\s+(?:lightly\s+|slightly\s+|also\s+)?(?:edited|updated|revised|corrected|amended|changed|expanded|tweaked|"
    r"reworded|rewritten|modified|adjusted|adapted)"
    r"|(?:was|were)\s+(?:lightly\s+|slightly\s+)?(?:edited|updated|revised|corrected|amended|expanded|tweaked|reworded|rewritten|"
    r"modified|adjusted|adapted)"
    r"|fixed\s+(?:typos|typographical\s+errors|broken\s+links|links|formatting)"
    # "Changed the blog post to use the new docker-compose solution", "This guide now covers Foo 2": the post rewritten for it
    r"|(?:changed|rewrote|reworked|adapted|modified)\s+(?:the|this)\s+(?:blog\s+)?(?:post|article|tutorial|guide|page|piece|text)\s+to\s+(?:use|reflect|cover|follow|match|describe|work\s+with)"
    r"|(?:this|the)\s+(?:blog\s+)?(?:post|article|tutorial|guide|page|piece|text)\s+now\s+(?:covers|describes|reflects|uses|targets|follows)\b"
    r"|(?:updated|revised|edited|rewritten)\b[^.\n]{0,40}?\b(?:for|to\s+reflect|to\s+account\s+for|to\s+match|to\s+cover|to\s+work\s+with|to\s+incorporate\s+(?:\w+\s+){0,2}(?:changes|feedback|corrections|comments|suggestions|fixes))\b"
    r"|typos?\s+(?:fixed|corrected)"
    # "… by amending it accordingly. Changes are visible in its Git history."
    r"|(?:amend|edit|revis|updat|adjust|modif)\w{0,4}\s+(?:this\s+(?:article|post|piece|page)|the\s+(?:article|post|text|piece))\s+accordingly(?=[.!]|\s+(?:in|on|since|after)\b|$)"
    r"|(?:was|were|had\s+been)\s+(?:posted|published|sent|shared)\s+(?:in\s+error|by\s+mistake|prematurely|accidentally)"
    r"|changes?\s+(?:are|is|can\s+be)\s+(?:visible|seen|found|viewed|tracked)\s+in\s+(?:the|its|this\s+\w{1,20}['\u2019]s)\s+"
    r"\[?(?:git\s+|commit\s+|revision\s+|edit\s+|version\s+)?(?:history|log))\b",
    re.IGNORECASE,
)
"""A note that announces changes in general ("This article has been edited", "Minor language fixes"): it discloses the changes of its document without naming them."""

UPDATE_CUE = re.compile(
    r"\b(?:since\s+(?:then|this|the|writing|publication|that)|has\s+since|have\s+since|had\s+since|"
    r"subsequently|at\s+the\s+time\s+of\s+(?:writing|publication)|as\s+of|no\s+longer|now|later|"
    r"update[ds]?|edit(?:ed)?|correct(?:ed|ion)|clarification|editor|note|"
    r"(?:has|have)\s+been\s+(?:filled|cancell?ed|postponed|closed|withdrawn|discontinued|deprecated|retired|superseded|"
    r"resolved|archived))\b",
    re.IGNORECASE,
)
"""Words by which a new round-bracket aside tells of later events or a change ("(who has
since resigned)", "(now closed)", "(This position has been filled)"); without one, a new aside
is the author's addition."""

_SPECIFIC_PURPOSE = re.compile(
    r"[^.!?\n]{0,60}?\bto\s+(?:add|include|correct|clarify|note|remove|mention|insert|explain|delete|replace|"
    r"fix\s+(?:the|a|an|issues?|bugs?|\#\d{1,7})|show|say|state|identify|name|credit|link)\b",
    re.IGNORECASE,
)
"""What follows "was updated" when a note says what it changed ("… to add comments from …")."""


_CLASS_WORD = re.compile(r"[a-z]+")
_CALLOUT_CLASSES = frozenset(["notice", "alert"])
"""Class names of a callout box with no kind of its own (Minimal Mistakes' "notice",
Bootstrap's "alert"): the box is a note as a "Note:" is."""
CALLOUT_NAMES = _CALLOUT_CLASSES | {"callout", "admonition", "info", "danger", "error"}
"""Names of a template shortcode or component that is a callout box ("{{% alert %}}",
"<Callout>"); as an HTML class "callout" and "admonition" come with the kind as another class.
An "info" box inserted (":::info", "{{< info >}}") speaks to the reader as a "Note:" does (every
one in the corpus and the held-out sets is a note); a "tip" box is advice, not a note."""


def callout_class(classes: str) -> str | None:
    """The kind of a callout box named by its HTML or kramdown classes, when they name a
    label ("notice--warning" → "warning", "alert alert-info" → "alert", "admonition note" →
    "note"); ``None`` for other classes ("highlight", "tip").

    >>> callout_class("notice--warning"), callout_class("alert alert-info"), callout_class("language-python")
    ('warning', 'alert', None)
    """
    words = _CLASS_WORD.findall(classes.lower())
    return next((w for w in words if LABEL_WORD.fullmatch(w) is not None), None) or next(
        (w for w in words if w in _CALLOUT_CLASSES), None
    )


def general_notice(text: str) -> bool:
    """True when the note ``text`` announces edits to the whole text without naming them
    ("This article has been updated.", "Minor language fixes", "updated for Julia 1.1");
    not when it says what was changed ("was updated on 14 July 2017 to add comments …").

    >>> general_notice("*This story has been updated.*"), general_notice("It was updated on 14 July 2017 to add a quote.")
    (True, False)
    >>> general_notice("Samples and text have been modified accordingly.")
    True
    >>> general_notice("Updated late 10 Jul 2022, see [pydantic#4226](https://github.com/x/y/pull/4226)."), general_notice("Updated 2022: new API")
    (True, False)
    """
    if any(not _SPECIFIC_PURPOSE.match(text, m.end()) for m in GENERAL.finditer(text)):
        return True
    if announces_revision(text) or announces_update(text):
        return True  # "- 令和2年2月26日 改訂", "- 27 February 2019: revised": a revision history's entry saying no more; "…更新済みです"
    if (stamp := _UPDATE_STAMP.fullmatch(_LINK.sub(r"\1", text.strip()))) is not None and any(ch.isdigit() for ch in stamp.group(1)) and all(
        w in MONTHS or w in _STAMP_WORDS for w in re.findall(r"[a-z]+", stamp.group(1).lower())
    ):
        return True  # "Updated late 10 Jul 2022, see pydantic#4226.": updated, and where to read how
    # "UPDATED 14.01.2016 15:17 UTC+1: editing, spelling+grammar", "Edit: typos and formatting"
    kinds = text.rpartition(":")[2] if ":" in text[:80] else ""
    words = re.findall(r"[a-z]+", kinds.lower())
    return bool(words) and len(kinds) <= 80 and all(w in _EDIT_KINDS for w in words) and any(w not in ("and", "or", "some") for w in words)


_LINK = re.compile(r"\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)")
"""A Markdown link, replaced by its text when a note is read for what it says."""
_UPDATE_STAMP = re.compile(
    r"[\W_]{0,6}(?:last\s+)?(?:updated|edited|revised|amended)[\W_]{0,4}\s([\w ,:/.+-]{1,40}?)"
    r"(?:[,;:.]?\s+(?:see|details\s+in|more\s+in)\s+(?:[\w.-]{0,60}#\d{1,7}|https?://\S{1,300}))?[\W_]{0,6}",
    re.IGNORECASE,
)
"""A note that is only an update's date ("Updated 10 Jul 2022.", "*Last updated: 2021-03-04*"),
with at most where to read about it — an issue or an address ("…, see pydantic#4226"): the text
was updated, no more said."""
_STAMP_WORDS = frozenset(["on", "in", "at", "late", "early", "mid", "of", "as", "utc", "gmt", "am", "pm", "th", "st", "nd", "rd"])
"""Words besides month names an update's date may hold ("on 10 Jul", "late 10 Jul 2022", "3pm UTC")."""


_EDIT_KINDS = frozenset(
    ["editing", "edits", "spelling", "grammar", "typo", "typos", "formatting", "format", "style", "wording", "clarity",
     "punctuation", "copyediting", "copyedit", "proofreading", "and", "or", "some", "minor", "fixes", "fixed", "small"]
)
"""Words of a note that only names kinds of editing after its label ("editing, spelling+grammar")."""


SECTION_TITLE = re.compile(
    r"(?:(?:revision|change|document|version|update)\s+history|revisions|errata|updates|amendments|"
    r"updates\s+since\s+(?:being\s+)?(?:accepted|published|publication|release|posting|writing)|"
    r"changes\s+(?:to|since)\s+(?:this|the)\s+(?:article|post|document|page|story|piece)|change\s?log|"
    # Japanese, Chinese, Korean: a record or history of changes, revisions, updates
    r"(?:改変|変更|改訂|改版|更新|修正|改定|变更|變更|修订|修訂|修改)(?:記録|記錄|紀錄|履歴|记录|历史|歷史|日志|情報)|更新日志|版本历史|"
    r"(?:변경|개정|수정|업데이트)[ \t]?(?:이력|내역|기록|사항))[ \t]*(?:={2,6}[ \t]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
"""A heading that opens a section of the document's own revisions ("Revision History",
"Errata", "Updates", "Changes to this document", "改訂履歴", "变更记录"): inserted, the section
is a note."""

BOX_REPORT = re.compile(
    r"[^.!?\n]{0,120}?\b(?=[hwnia'\u2019])(?:(?:has|have|had|was|were)\s+(?:since\s+|now\s+)?been\s+\w+ed|no\s+longer|has\s+since|"
    r"(?:is|are|['\u2019]s)\s+(?:now\s+)?(?:deprecated|obsolete|outdated|superseded|withdrawn|out[\s-]of[\s-]date))\b",
    re.IGNORECASE,
)
"""A box of another kind (":::info", ":::caution") whose first sentence reports a change to
what the text says ("This change has been reverted in v3.5.2"): an editorial note. (The
look-ahead for the words' first letters halves the scan of a long line.)"""


REPORTS_CHANGE = re.compile(
    r"\b(?:no\s+longer|not\s+any\s+more|anymore|(?:has|have|had|was|were)\s+been\s+\w+ed|(?:was|were)\s+(?:\w+ly\s+)?(?:edited|updated|revised)|"
    r"to\s+(?:\w+ly\s+){0,2}(?:include|add|reflect|remove|clarify|correct|mention|note)|(?<!\bbe\s)(?<!\bbeing\s)(?<!ly\s)(?:added|removed|deleted|dropped|replaced|"
    r"withdrawn|retracted|corrected|clarified|rewritten|rewrote|reworded|rephrased|reworked|restructured|simplified|shortened|included|changed|fixed|amended)|"
    r"(?:we|i)(?:['\u2019]re|\s+are|\s+am)\s+(?:now\s+)?(?:updating|changing|correcting|adding|removing|lowering|raising|"
    r"revising|amending|clarifying|fixing|replacing|expanding|rewriting)|"
    r"(?:(?:we|i)(?:['\u2019]ve|\s+have|\s+had)?|have|had)\s+(?:now\s+|also\s+)?(?:updated|added|expanded|amended|revised|changed|"
    r"edited|fixed|extended))\b",
    re.IGNORECASE,
)
"""A note that reports a change of the text ("to include the provider's statement", "no longer
offering them here", "the paragraph has been removed", "we've updated this post with…")."""
CHANGELOG = re.compile(
    r"(?::|[.!?;])[ \t]{0,3}[*_]{0,2}(?:Add|Added|Adds|Remove|Removed|Update|Updated|Correct|Corrected|Fix|Fixed|"
    r"Rewrite|Rewrote|Rewritten|Move|Moved|Replace|Replaced|Expand|Expanded|Clarify|Clarified|Reword|Reworded|"
    r"Delete|Deleted|Drop|Dropped)\b"
)
"""A note written as a changelog entry, its sentences opening with what was done ("[Updated on
2018-12-20: Remove YOLO here. …]", "Updated on 2020-09-03: Updated the algorithm of …"):
it reports a change. (Case-sensitive: a sentence's first word.)"""


_SCOPES = (
    ("code", re.compile(
        r"\b(?:examples?|samples?|snippets?|code|commands?|listings?)\b[^.!?\n]{0,40}?\b(?:was|were|has\s+been|have\s+been)\s+"
        r"(?:all\s+|now\s+)?(?:updated|converted|ported|migrated|changed|rewritten|adapted|modified)\b"
        r"|\b(?:updated|converted|ported|migrated|rewrote|changed)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:code\s+)?"
        r"(?:examples|samples|snippets)\b", re.IGNORECASE)),
    ("addition", re.compile(
        r"\b(?:some|more|new|additional|extra|a\s+bit\s+of)\s+(?:text|content|context|details?|information|explanations?|"
        r"paragraphs?|sections?|notes?)\b[^.!?\n]{0,30}?\b(?:was|were|has\s+been|have\s+been)\s+added\b"
        r"|\badded\s+(?:some|more|a\s+few|a\s+bit\s+of|additional|extra|an?(?:\s+\w+)?|one|two)\s+(?:text|content|context|details?|information|"
        r"explanations?|paragraphs?|sections?|notes?|lines?|sentences?|caveats?|clarifications?|footnotes?)\b", re.IGNORECASE)),
    ("typo", re.compile(r"\b(?:typos?|typographical|misspell(?:ed|ing|ings)?|spelling\s+(?:errors?|mistakes?))\b", re.IGNORECASE)),
    ("case", re.compile(
        r"\b(?:(?:down|up)-?cas(?:e|ed|es|ing)|lower-?cased|upper-?cased|(?:de-?)?capitali[sz]ed|"
        r"(?:sentence|title)[ \t-]cas(?:e|ed|ing)|(?:the\s+)?case\s+of\s+(?:the\s+|all\s+|some\s+)?(?:headings?|headers?|titles?|terms?|words?|names?))\b",
        re.IGNORECASE)),
    ("link", re.compile(
        r"\b(?:broken|dead|failing|outdated|stale|expired|defunct|rotten)\s+(?:links?|urls?)\b"
        r"|\b(?:links?|urls?)\s+(?:were|was|have\s+been|has\s+been)\s+(?:updated|fixed|removed|replaced|changed)\b"
        r"|\b(?:updated|fixed|removed|replaced)\s+(?:the\s+|some\s+|all\s+)?(?:links?|urls?)\b", re.IGNORECASE)),
    ("above", re.compile(
        r"(?<!none\sof\s)\b(?:(?:some|parts?|much|most|all)\s+of\s+)?the\s+(?:(?:text|paragraphs?|sections?|content|description|discussion)\s+above"
        r"|above\s+(?:text|paragraphs?|sections?|content|description|discussion))\b[^.!?\n]{0,60}?"
        r"\b(?:was|were|has\s+been|have\s+been)\s+(?:updated|edited|revised|corrected|rewritten|changed|amended|clarified|expanded)\b",
        re.IGNORECASE)),
)


def notice_scope(text: str) -> frozenset[str]:
    """The kinds of change a note announces without naming them — ``code`` ("Examples were
    converted to `?`", "updated the code samples"), ``addition`` ("some text was added to give
    historical context"), ``typo`` ("Updated this post to fix small typos": a word's spelling
    changed), ``case`` ("Downcase headings and terms", "sentence case for titles": a word's
case changed), ``link`` ("updated to remove failing links": a link's address or a linked word), ``above`` ("some of the text above about MuSig2 was updated to clarify …": the
    changes before the note) — so that it discloses every change of that kind, generally.

    >>> sorted(notice_scope("Examples were converted to `?`, and some text was added."))
    ['addition', 'code']
    >>> notice_scope("The example in the first section was wrong.")
    frozenset()
    """
    return frozenset(kind for kind, pattern in _SCOPES if pattern.search(text))


TITLED_NOTE = re.compile(r"([A-Z][\w.'\u2019-]{0,20}[ \t](?:[A-Z0-9][\w.'\u2019-]{0,20}[ \t]){0,2}(?:note|Note|NOTE|Update|UPDATE|update))(?:[*_]{1,3})?[ \t]{0,2}:(?:[*_]{1,3})?", re.ASCII)
"""A note named by what it is about, the word "note" or "update" last ("Scala 3 note:", "Side note:",
"**Migration Note:**", "**Mongoose Update**:")."""
ADDED = re.compile(r"(?P<word>Added)(?P<number>)(?=[ \t]{1,4}(?:on[ \t]{1,4})?\d)", re.IGNORECASE)
""""Added" opens a label only in brackets before a date ("(Added 2016-02-07)"), never as a
changelog's "Added" heading."""
HEADING_ARTICLE = re.compile(
    r"(?:a\s{1,4}(?:quick|short|brief|small|final|further|last|late|later)|another|one\s{1,4}more|an?"
    r"|(?P<bare>quick|short|brief|small|minor|major|big|final|further|additional|last|late|later|latest|second|third|fourth|fifth|new|breaking))[ \t]{1,4}",
    re.IGNORECASE,
)
"""An article before a heading's label ("## An update to the proposal", "## A quick correction"),
or a word qualifying a label that its colon closes ("Final update:", "Later edit:")."""
SIGNED = re.compile(r"[ \t]{1,4}by[ \t]{1,4}[^\n]{1,120}?[ \t,]{1,4}on[ \t]{1,4}(?=\S)", re.IGNORECASE)
"""A label signed before its date ("Addendum by <a …>Matt</a> on May 26, 2021")."""
ADDRESSED = re.compile(r"[ \t]{1,4}(?:that|this|we|you|also)\b", re.IGNORECASE)
""""Note" telling the reader something at a passage's opening ("Note that these are legacy
instructions …", "Note we found …"): inserted, it is a note as "Note:" is (every such new
passage in the corpus and the held-out sets is one); found only where it opens a passage, so an
aside "(note that …)" inside a sentence stays the author's words."""


SECTION_ADDED = re.compile(r"[*_]{0,3}(?:This\s+)?(?:section|chapter|appendix|part)\s+(?:was\s+|has\s+been\s+)?added\b", re.IGNORECASE)
"""A disclosure that the section it opens is new ("Section added on 2020-08-27", ``DISCLOSURE``)."""


UPDATE_LABEL = re.compile(r"(?:updated?|updates|edit(?:ed)?|correct(?:ion|ed)|clarification|addendum|erratum|errata|upd)(?:[ \t]{0,2}#?\d{1,3})?", re.IGNORECASE)
"""A label saying the note reports a change ("Edit:", "Update 2:"), not advice ("Side note:")."""
