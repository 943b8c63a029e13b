"""The one vocabulary of notes: the labels people put on update notes, and the
sentences that disclose a change without a label. (What a note says was changed — a general
notice, a reported change, a kind of edit — is its other half, in ``annotate.notices``.)

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

from annotate.label_forms import DATED_CHANGE
from annotate.months import DAY_MONTHS, ERAS
from annotate.segment import CJK

_APOS = "['\u2019]"
CJK_LABELS = frozenset(["追記", "更新", "更新于", "更新於", "项目更新", "項目更新", "重要更新", "最新更新", "进度更新", "進度更新", "訂正", "補足", "编者注", "編者注", "编者按", "编辑注", "补充", "更正", "勘误", "업데이트", "정정"])
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
    r"Hinweis|Anmerkung|Remarque|Nota[ \t]+bene|Nota|Importante|Huomio|Huom|Hox|Pozn[áa]mka|Uwaga|Примечание|注意|备注|注|참고"
)
"""Label words in other languages, as their writers put them on notes ("Nachtrag:", "追記:")."""
FOREIGN_WEAK = frozenset(
    ["hinweis", "anmerkung", "remarque", "nota bene", "nota", "importante", "huomio", "huom", "hox", "poznámka", "poznamka", "uwaga", "примечание", "注意", "备注", "注", "참고",
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
     "up", "ti", "rä", "ra", "pä", "pa", "li", "gü", "gu", "dü", "du", "pe", "cậ", "ca", "đí", "đi", "dí", "di", "fr", "he", "εν", "éd", "to", "le", "im", "hu", "ho"]
) | {w[:2] for w in CJK_LABELS}
"""The first two characters (lowercased) of each foreign label word, for the openings' cheap test;
a one-character label ("注") is tested apart."""

LABEL_WORDS = (
    r"Updated?|Updates|Edit(?:ed)?[ \t]{1,3}to[ \t]{1,3}add|Edit(?:ed)?|Correct(?:ion|ions|ed)|Clarification|Clarified|Addendum|Addenda|"
    r"Postscript|Afterword|Follow[ \t-]?up|Erratum|Errata|Retraction|Retracted|Amendment|Amended|Revised|Revision|"
    rf"(?:Editor|Editors|Author|Authors|Transcriber|Translator|Publisher){_APOS}?s?{_APOS}?\s+(?:Note|Update|Comment)|"
    r"Note\s+from\s+the\s+(?:editors?|authors?)|Note[ \t]+added[ \t]+(?:in[ \t]+proof|after[ \t]+publication|in[ \t]+revision|later)|Eds?\.(?:\s*Note)?(?![ \t]*[)\]])|P\.\s?P\.\s?S\.|P\.\s?S\.|N\.\s?B\.|NB(?![ \t]*\d)|P?PS(?![ \t]*\d)|Please\s+note|Note|UPD|Warning|Important|Caution|Attention|Disclaimer|Heads[ \t-]?up(?=(?:[ \t]{0,2}\([^()\n]{1,40}\))?[ \t]{0,2}(?:[*_]{1,3})?[ \t]{0,2}[:!])|(?<=[*_])(?:Archived|Deprecated)(?=[ \t]{0,2}(?:[*_]{1,3})?[ \t]{0,2}(?::|(?:[\u2013\u2014]|--?)[ \t]))|Deprecation[ \t]+notice|Deprecation|Deprecated[ \t]+since[ \t]+version|(?:Changed|Removed)[ \t]+in[ \t]+version|Deprecated(?=[)\]]|!|[ \t]*\n[=~^-]{3,}|\.(?:[*_]{1,3})?[ \t]+[A-Z]|[ \t]{1,2}[\u2013\u2014][ \t])|(?-i:DEPRECATED)(?=[ \t]{1,2}(?:after|since|as[ \t]of|in[ \t]favou?r[ \t]of|from|until|with[ \t]effect)[ \t]|[ \t]{1,2}-[ \t])|Notes(?=[ \t]{0,2}(?:[*_]{1,3}|</(?:strong|b)>)?[ \t]{0,2}:)|Notice(?=[ \t]{0,2}(?:[*_]{1,3}|</(?:strong|b)>)?[ \t]{0,2}:)|"
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
     "deprecated", "deprecation notice", "notice", "heads up", "heads-up", "headsup", "archived", "afterword", "deprecation", "follow-up", "followup", "follow up"]
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
    # "In October 2021, we moved all weekly data to the ISO standard …"
    r"|" + DATED_CHANGE +
    # a preprint's or a manuscript's later publication and versions ("This study was published in
    # _eLife_ on February 9, 2018", "A DOI-citable version of this manuscript is available in …",
    # "This version of the manuscript contains changes subsequent to its official publication")
    r"|(?:This|The)\s+(?:study|manuscript|paper|preprint|article|work)\s+(?:was|has\s+(?:now\s+)?been|is\s+now|is)\s+(?:now\s+)?published\s+(?:in|by|at|as)\b"
    r"|An?\s+(?:DOI-citable|peer-reviewed|published|final|journal)\s+version\s+of\s+this\s+(?:manuscript|paper|preprint|article|study)\s+is\s+(?:now\s+)?available"
    r"|This\s+version\s+of\s+(?:the|this)\s+(?:manuscript|paper|preprint|article)\s+\[?(?:contains|includes)\s+(?:changes|corrections|updates|revisions)"
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
    r"for\s+(?:clarity|accuracy|length|style|brevity|grammar|typos?|readability)|"
    # "Updated for Julia 1.1.", "Updated to Rails 7.", "Revised for iOS 17": a new release of what the text is about
    r"(?:for|to)\s+(?:[A-Za-z][\w.+#-]{0,30}\s+){1,3}v?\d{1,4}(?:\.\d{1,4}){0,3}(?=[\s.,;:!)*_]|$)|with\s+(?:(?:some|a\s+few|minor|small)\s+)?(?:corrections?|fixes|changes|edits|clarifications|typo\s+fixes))"
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

UPDATE_CUE = re.compile(
    r"\b(?:since\s+(?:then|this|the|writing|publication|that|(?:been\s+)?(?:renamed|replaced|moved|merged|retired|removed|discontinued|archived|acquired|fixed|closed|deprecated)(?=\s+(?:to|as|into|by|in|with|from|and)\b|\s*[)\].,;]|\s+(?-i:[A-Z])))|has\s+since|have\s+since|had\s+since|"
    r"subsequently|at\s+the\s+time\s+of\s+(?:writing|publication)|as\s+of|no\s+longer|now|later|"
    r"update[ds]?|edit(?:ed)?|correct(?:ed|ion)|clarification|editor|note|"
    r"(?:has|have)\s+been\s+(?:filled|cancell?ed|postponed|closed|withdrawn|discontinued|deprecated|retired|superseded|"
    r"resolved|archived)|deprecated(?=\s+(?:in\s+favou?r\s+of|since|as\s+of)\b|[)\]])|superseded\s+by)\b",
    re.IGNORECASE,
)
"""Words by which a new round-bracket aside tells of later events or a change ("(who has
since resigned)", "(since renamed UnifyFS)", "(now closed)", "(This position has been filled)"); without one, a new aside
is the author's addition."""

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


SECTION_TITLE = re.compile(
    r"(?:(?:revision|change|document|version|update|implementation)\s+history|revisions|errata|updates|amendments|release\s+notes|(?:latest\s+|recent\s+)?news|"
    r"updates\s+since\s+(?:being\s+)?(?:accepted|published|publication|release|posting|writing)|"
    r"changes\s+(?:to|since)\s+(?:this|the)\s+(?:article|post|document|page|story|piece)|change\s?log|"
    # French, German, Spanish, Dutch, Italian: changes, a history or a log of them
    r"changements|historique\s+des\s+(?:modifications|changements|r[ée]visions|mises\s+[àa]\s+jour)|journal\s+des\s+modifications|"
    r"[äa]nderungen|[äa]nderungshistorie|[äa]nderungsprotokoll|versionshistorie|historial\s+de\s+(?:cambios|versiones|revisiones)|"
    r"registro\s+de\s+cambios|wijzigingen|wijzigingsgeschiedenis|cronologia\s+delle\s+modifiche|registro\s+delle\s+modifiche|"
    # Japanese, Chinese, Korean: a record or history of changes, revisions, updates
    r"(?:改変|変更|改訂|改版|更新|修正|改定|变更|變更|修订|修訂|修改)(?:記録|記錄|紀錄|履歴|记录|历史|歷史|日志|情報)|更新日志|版本历史|"
    r"(?:변경|개정|수정|업데이트)[ \t]?(?:이력|내역|기록|사항))[ \t]*(?:={2,6}[ \t]*)?$",
    re.IGNORECASE | re.MULTILINE,
)
"""A heading that opens a section of the document's own revisions ("Revision History",
"Errata", "Updates", "Changes to this document", "改訂履歴", "变更记录"): inserted, the section
is a note."""

BOX_REPORT = re.compile(
    r"(?:[^.!?\n]|\.(?=\w)){0,160}?\b(?=[hwnia'\u2019])(?:(?:has|have|had|was|were)\s+(?:since\s+|now\s+)?been\s+\w+ed|no\s+longer|has\s+since|as\s+of\s+this\s+writing|at\s+the\s+time\s+of\s+(?:this\s+)?writing|"
    r"(?:is|are|['\u2019]s)\s+(?:now\s+)?(?:deprecated|obsolete|outdated|superseded|withdrawn|out[\s-]of[\s-]date|in\s+(?:a\s+)?(?:bug-?fix|maintenance|security)(?:[\s-]only)?\s+mode))\b",
    re.IGNORECASE,
)
"""A box of another kind (":::info", ":::caution") whose first sentence reports a change to
what the text says ("This change has been reverted in v3.5.2"): an editorial note. (The
look-ahead for the words' first letters halves the scan of a long line.)"""


TITLED_NOTE = re.compile(
    r"([A-Z][\w.'\u2019-]{0,20}[ \t](?:[A-Z0-9][\w.'\u2019-]{0,20}[ \t]){0,2}(?:note|Note|NOTE|Update|UPDATE|update))"
    r"(?:[ \t]{1,2}#?\d{1,3})?(?:[ \t]{1,2}\([^()\n]{1,60}\)|[ \t]{1,2}added[ \t]{1,2}(?:on[ \t]{1,2})?[^:\n]{4,30}?)?(?:[*_]{1,3})?[ \t]{0,2}:(?:[*_]{1,3})?",
    re.ASCII,
)
"""A note named by what it is about, the word "note" or "update" last ("Scala 3 note:", "Side note:",
"**Migration Note:**", "**Mongoose Update**:"), its number and when it was added after it
("Post-finalization note 3 (Added 2021-06-03):", "Post-finalization note added on 2026-06-15:")."""
ADDED = re.compile(r"(?P<word>Added)(?P<number>)(?=[ \t]{1,4}(?:on[ \t]{1,4})?\d)", re.IGNORECASE)
""""Added" opens a label only in brackets before a date ("(Added 2016-02-07)"), never as a
changelog's "Added" heading."""
LOOSE_TITLE = re.compile(r"release\s+notes|(?:latest\s+|recent\s+)?news", re.IGNORECASE)
"""Titles of ``SECTION_TITLE`` that head a log only over dated entries ("## Release Notes\n\n* July 16, 2019: …")."""
HEADING_ARTICLE = re.compile(
    r"(?:a\s{1,4}(?:quick|short|brief|small|final|further|last|late|later)|another|one\s{1,4}more|an?"
    r"|(?P<bare>quick|short|brief|small|minor|major|big|final|further|additional|last|late|later|latest|second|third|fourth|fifth|new|breaking"
    # (and a few of other languages, before their update word: "## Ultimo aggiornamento (03/12/2022)", "Letzte Aktualisierung", "Última actualización")
    r"|ultimo|ultima|nuovo|letzte|neueste|[úu]ltima|[úu]ltimo|nieuwste|laatste))[ \t]{1,4}",
    re.IGNORECASE,
)
"""An article before a heading's label ("## An update to the proposal", "## A quick correction"),
or a word qualifying a label that its colon closes ("Final update:", "Later edit:")."""
SIGNED = re.compile(
    r"[ \t]{1,4}by[ \t]{1,4}[^\n]{1,120}?(?:[ \t]{0,2},(?=[ \t]{1,4}(?:\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))|[ \t,]{1,4}on)[ \t]{1,4}(?=\S)",
    re.IGNORECASE,
)
"""A label signed before its date ("Addendum by <a …>Matt</a> on May 26, 2021", "updated by
[Stefan Hahmann](…), December 18th, 2023")."""
ADDRESSED = re.compile(r"[ \t]{1,4}(?:that|this|we|you|also)\b", re.IGNORECASE)
""""Note" telling the reader something at a passage's opening ("Note that these are legacy
instructions …", "Note we found …"): inserted, it is a note as "Note:" is when it tells of a change or a state
(``belongings.without_body_callouts``: advice otherwise, "Note that sandboxing does not try …",
as four held-out sources wrote); found only where it opens a passage, so an aside "(note that …)"
inside a sentence stays the author's words."""


SECTION_ADDED = re.compile(r"[*_]{0,3}(?:This\s+)?(?:section|chapter|appendix|part)\s+(?:was\s+|has\s+been\s+)?added\b", re.IGNORECASE)
"""A disclosure that the section it opens is new ("Section added on 2020-08-27", ``DISCLOSURE``)."""


UPDATE_LABEL = re.compile(r"(?:updated?|updates|edit(?:ed)?|correct(?:ion|ed)|clarification|addendum|erratum|errata|upd)(?:[ \t]{0,2}#?\d{1,3})?", re.IGNORECASE)
"""A label saying the note reports a change ("Edit:", "Update 2:"), not advice ("Side note:")."""


# Cheap first tests of ``openings.label_at``: the first letters a passage opening with a label can have.
OPENINGS = frozenset(
    ["up", "ed", "co", "cl", "ad", "po", "er", "re", "am", "au", "tr", "pu", "p.", "no", "nb", "n.", "ps", "pp", "pl", "af", "fo",  # label words
     "wa", "im", "ca", "at", "di", "de", "w>",  # callout words, a deprecation, webpack's "W>"
     "th", "ou", "my", "an", "ea", "pr", "or", "ol", "a ", "it", "ce", "es", "qu", "ar", "in", "we", "i ", "i'", "i\u2019",  # disclosure sentences
     "ch"]  # section titles ("Changelog", "Changes to this article")
) | FOREIGN_OPENINGS | frozenset(ERAS)  # (a Japanese era opening a label's date: "令和元年5月7日追記：")
SENTENCE_OPENINGS = frozenset(["th", "ou", "my", "an", "ea", "pr", "or", "ol", "a ", "it", "ce", "es", "qu", "ar", "in", "we", "i ", "i'", "i\u2019"])
_STEMS = ("updat|correct|amend|edit|revis|chang|clarif|expand|modif|added|rewrit|version|outdat|out.of.date|obsolet|supersed|deprecat|moved|switched|migrated|replaced|rewrote|restructured|adjusted|removed|stopped|began|started|publish|"
          "mis.à.jour|mise.à.jour|corrig|actuali[sz]|atualiz|aggiorn|diperbar|dikoreksi|diralat")  # ("Cet article a été mis à jour …")
CHANGE_STEMS = re.compile(f"(?=[{''.join(sorted({w[0] for w in _STEMS.split('|')}))}])(?:{_STEMS})", re.IGNORECASE)  # (its first letters first: twice as fast)
MARKUP_OPENINGS = frozenset("<:!?>#=-*+_~([0123456789.{\\`'|\u26a0\u2139\U0001f4dd\u203b\u3010\uff08")
"""What a passage opening with a label can start with: a label or disclosure word, or markup."""


TITLE_INITIALS = frozenset("RCDVUEArcdvuea改変更修变變版변개수업")
"""First letters of ``SECTION_TITLE``'s words (a cheap test first), its Japanese, Chinese and
Korean ones too ("改訂履歴", "变更记录", "변경 이력")."""
