"""What a note says was changed: announced in general ("This article has been updated"),
reported ("the paragraph has been removed"), or of one kind ("fixed typos").

Why a module of its own: ``annotate.labels`` holds the words that *open* a note; disclosure
(``annotate.disclosure``) needs what a note *says* about the text's changes, to tell a notice
covering every edit from one naming what it changed. Both are the one vocabulary of notes, kept
in two rooms so each reads whole. Written from how notes are worded in the wild, not one corpus.
"""

from __future__ import annotations

import re

from annotate.months import MONTHS
from annotate.restamped import stamp_note
from annotate.revisions import announces_revision, announces_update

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
    r"|(?:updated|revised|edited|rewritten)\b[^.\n]{0,40}?\b(?:for|to(?=\s+(?:[A-Z][\w.+#-]{0,30}\s+){1,3}v?\d)|to\s+reflect|to\s+account\s+for|to\s+match|to\s+cover|to\s+work\s+with|to\s+incorporate\s+(?:\w+\s+){0,2}(?:changes|feedback|corrections|comments|suggestions|fixes))\b"
    r"|typos?\s+(?:fixed|corrected)"
    # "This version of the manuscript [contains changes](…) subsequent to its official publication"
    r"|version\s+of\s+(?:the|this)\s+(?:manuscript|paper|preprint|article)\s+\[?(?:contains|includes)\s+(?:changes|corrections|updates|revisions)\b"
    # "… by amending it accordingly. Changes are visible in its Git history."
    r"|(?:amend|edit|revis|updat|adjust|modif)\w{0,4}\s+(?:this\s+(?:article|post|piece|page)|the\s+(?:article|post|text|piece))\s+accordingly(?=[.!]|\s+(?:in|on|since|after)\b|$)"
    r"|(?:was|were|had\s+been)\s+(?:posted|published|sent|shared)\s+(?:in\s+error|by\s+mistake|prematurely|accidentally)"
    r"|changes?\s+(?:are|is|can\s+be)\s+(?:visible|seen|found|viewed|tracked)\s+in\s+(?:the|its|this\s+\w{1,20}['\u2019]s)\s+"
    r"\[?(?:git\s+|commit\s+|revision\s+|edit\s+|version\s+)?(?:history|log))\b"
    # "minor fixes" in Italian, German, Spanish, French, Portuguese, Dutch ("* Fix minori", "Kleinere Korrekturen")
    r"|\b(?:(?:fix|correzioni|modifiche)\s+minori|piccole\s+(?:correzioni|modifiche)|kleinere?\s+(?:Korrekturen|Änderungen|Fehlerbehebungen|Anpassungen)"
    r"|(?:correcciones|cambios)\s+menores|pequeñas\s+correcciones|(?:corrections|modifications)\s+mineures|petites\s+corrections"
    r"|(?:correções|alterações)\s+menores|pequenas\s+correções|kleine\s+(?:correcties|wijzigingen|aanpassingen))\b",
    re.IGNORECASE,
)
"""A note that announces changes in general ("This article has been edited", "Minor language fixes"): it discloses the changes of its document without naming them."""
_GENERAL_ELSEWHERE = re.compile(
    # the document its subject ("Este post …", "Dieser Artikel …"), then said to be updated
    r"\b(?:post|artigo|texto|página|artículo|entrada|article|billet|texte|page|artikel|beitrag|text|seite|articolo|testo|pagina|bericht|tekst|blog)\b[^.!?\n]{0,40}?"
    r"(?:\b(?:foi|foram|fue|fueron|(?:ha|han)\s+sido)\s+(?:(?:levemente|ligeiramente|ligeramente)\s+)?(?:atualizad|actualizad|revisad|editad|corrigid|corregid|modificad|reescrit)[oa]s?\b"  # Portuguese, Spanish
    r"|\b(?:a|ont)\s+été\s+(?:mis|mise|mises)\s+à\s+jour|\b(?:a|ont)\s+été\s+(?:révisé|modifié|corrigé|réécrit|remanié|actualisé)e?s?\b"  # French
    r"|\b(?:wurde|wurden)\s+(?:nachträglich\s+|leicht\s+)?(?:aktualisiert|überarbeitet|korrigiert|bearbeitet|geändert|ergänzt)(?=[\s.,;:!)]|$)"  # German
    r"|\b(?:è|sono)\s+stat[oaie]\s+(?:aggiornat|rivist|modificat|corrett|riscritt)[oaie]\b"  # Italian
    r"|\b(?:is|zijn|werd|werden)\s+(?:bijgewerkt|aangepast|herzien|gecorrigeerd|herschreven)\b)",  # Dutch
    re.IGNORECASE,
)
"""The same announcement in other languages ("Este post foi atualizado.", "Cet article a été mis à
jour.", "Dieser Artikel wurde überarbeitet."): what was changed, said generally; a purpose after it
("… atualizado para incluir …") is not read, so a note naming its change in these languages is
still read for the words it names (``annotate.disclosure``)."""

_SPECIFIC_PURPOSE = re.compile(
    r"[^.!?\n]{0,60}?\bto\s+(?:add|include|correct|clarify|note|remove|mention|insert|explain|delete|replace|"
    r"fix\s+(?:the|a|an|issues?|bugs?|\#\d{1,7})|show|say|state|identify|name|credit|link)\b",
    re.IGNORECASE,
)
"""What follows "was updated" when a note says what it changed ("… to add comments from …")."""


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
    plain = text.replace("_", " ") if "_" in text else text  # ("_Revised for Python 3.12._": emphasis is no word)
    if _BELOW.search(plain):
        plain = _BELOW.sub(" ", plain)  # ("the rest of this article has been rewritten": the text after the note, ``notice_scope``)
    if any(not _SPECIFIC_PURPOSE.match(plain, m.end()) and not _named_subject(plain, m.start()) for m in GENERAL.finditer(plain)) or _GENERAL_ELSEWHERE.search(plain):
        return True
    if announces_revision(text) or announces_update(text) or stamp_note(text):
        return True  # "- 令和2年2月26日 改訂", "- 27 February 2019: revised": a revision history's entry saying no more; "…更新済みです";
        # "Dernière mise à jour : 28 juin 2026" put in or moved on (``restamped``)
    if (stamp := _UPDATE_STAMP.fullmatch(_LINK.sub(r"\1", text.strip()))) is not None and any(ch.isdigit() for ch in stamp.group(1)) and all(
        w in MONTHS or w in _STAMP_WORDS for w in re.findall(r"[a-z]+", stamp.group(1).lower())
    ):
        return True  # "Updated late 10 Jul 2022, see pydantic#4226.": updated, and where to read how
    # "UPDATED 14.01.2016 15:17 UTC+1: editing, spelling+grammar", "Edit: typos and formatting"
    kinds = text.rpartition(":")[2] if ":" in text[:80] else ""
    words = re.findall(r"[a-z]+", kinds.lower())
    return bool(words) and len(kinds) <= 80 and all(w in _EDIT_KINDS for w in words) and any(w not in ("and", "or", "some") for w in words)


def _named_subject(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` ("… has been rewritten") names a thing other than the
    text as what changed: a proper name and no word for the text ("The Firefox Sync Server has been
    rewritten in Rust": the software, not the page; "This post has been updated": the text).

    >>> s, t = "The Firefox Sync Server has been rewritten in Rust.", "This post has been updated."
    >>> _named_subject(s, s.index("has")), _named_subject(t, t.index("has"))
    (True, False)
    """
    if not text.startswith(("has", "have", "was", "were", "Has", "Have", "Was", "Were"), at):
        return False  # (an active sentence, "updated the post below to work with …", names its text after the verb)
    start = max(text.rfind(ch, 0, at) for ch in ".!?:\n") + 1
    words = re.findall(r"[\w'-]+", text[start:at])
    return len(words) > 1 and any(w[:1].isupper() for w in words[1:]) and not any(w.lower() in _TEXT_NOUNS for w in words)


_TEXT_NOUNS = frozenset(
    ["post", "article", "page", "story", "text", "guide", "tutorial", "readme", "document", "documentation", "piece", "section", "chapter",
     "paragraph", "entry", "essay", "blog", "content", "manuscript", "paper", "version", "translation", "this", "it", "discussion", "sections",
     "examples", "example", "samples", "instructions", "list", "table", "tables", "figure", "figures", "links", "link", "information", "details",
     "steps", "part", "parts", "description", "wording", "data", "numbers", "chart", "charts", "map", "maps", "below", "above", "terms", "policy",
     "faq", "reference", "guidelines", "agreement", "license", "licence", "notice", "statement", "charter", "handbook", "manual", "specification",
     "spec", "rules", "conditions", "contents"]
)
"""Words for the text itself, as the subject of a notice of its edits."""
_LINK = re.compile(r"\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)")
"""A Markdown link, replaced by its text when a note is read for what it says."""
_UPDATE_STAMP = re.compile(
    r"[\W_]{0,6}(?:last\s+(?:update|modified)|(?:last\s+)?(?:updated|edited|revised|amended))(?:\s+by(?:\s+(?-i:[A-Z])[\w.'-]{0,30}){1,4},?)?[\W_]{0,4}\s([\w ,:/.+-]{1,40}?)"
    r"(?:[,;:.]?\s+(?:see|details\s+in|more\s+in)\s+(?:[\w.-]{0,60}#\d{1,7}|https?://\S{1,300}))?[\W_]{0,6}",
    re.IGNORECASE,
)
"""A note that is only an update's date ("Updated 10 Jul 2022.", "*Last updated: 2021-03-04*"),
signed or not ("updated by Stefan Hahmann, December 18th, 2023"), with at most where to read about it — an issue or an address ("…, see pydantic#4226"): the text
was updated, no more said."""
_STAMP_WORDS = frozenset(["on", "in", "at", "late", "early", "mid", "of", "as", "utc", "gmt", "am", "pm", "th", "st", "nd", "rd"])
"""Words besides month names an update's date may hold ("on 10 Jul", "late 10 Jul 2022", "3pm UTC")."""


_EDIT_KINDS = frozenset(
    ["editing", "edits", "spelling", "grammar", "typo", "typos", "formatting", "format", "style", "wording", "clarity",
     "punctuation", "copyediting", "copyedit", "proofreading", "and", "or", "some", "minor", "fixes", "fixed", "small"]
)
"""Words of a note that only names kinds of editing after its label ("editing, spelling+grammar")."""


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
        r"|\b(?:updated|fixed|removed|replaced)\s+(?:the\s+|some\s+|all\s+)?(?:links?|urls?)\b"
        # French, German, Spanish, Dutch: "correction de liens brisés", "defekte Links repariert", "enlaces rotos"
        r"|\bliens\s+(?:bris[ée]s|morts|cass[ée]s|corrig[ée]s|mis\s+[àa]\s+jour)|\b(?:defekte|tote|kaputte)\s+links\b|\blinks\s+(?:korrigiert|aktualisiert|repariert)"
        r"|\benlaces\s+(?:rotos|muertos|corregidos|actualizados)|\b(?:dode|kapotte)\s+links\b", re.IGNORECASE)),
    ("below", re.compile(
        r"(?<!none\sof\s)(?<!nothing\sin\s)(?<!nothing\sof\s)(?<!none\sin\s)\b(?:the\s+rest\s+of\s+(?:this|the)\s+(?:blog\s+)?(?:post|article|page|text|guide|tutorial|piece|document|essay|chapter)"
        r"|(?:the\s+(?:text|content)|everything)\s+(?:below|that\s+follows|following)(?:\s+(?:this|the)\s+(?:line|note|notice|point))?"
        r"|what\s+follows)\b[^.!?\n]{0,60}?\b(?:was|were|has\s+been|have\s+been)\s+(?:now\s+|since\s+|also\s+)?"
        r"(?:updated|edited|revised|corrected|rewritten|changed|amended|expanded|reworked|modified)\b",
        re.IGNORECASE)),
    ("above", re.compile(
        r"(?<!none\sof\s)\b(?:(?:some|parts?|much|most|all)\s+of\s+)?the\s+(?:(?:text|paragraphs?|sections?|content|description|discussion)\s+above"
        r"|above\s+(?:text|paragraphs?|sections?|content|description|discussion))\b[^.!?\n]{0,60}?"
        r"\b(?:was|were|has\s+been|have\s+been)\s+(?:updated|edited|revised|corrected|rewritten|changed|amended|clarified|expanded)\b",
        re.IGNORECASE)),
)


_BELOW = dict(_SCOPES)["below"]
"""A notice of edits to the text after it: not of the whole text (``general_notice``)."""


def notice_scope(text: str) -> frozenset[str]:
    """The kinds of change a note announces without naming them — ``code`` ("Examples were
    converted to `?`", "updated the code samples"), ``addition`` ("some text was added to give
    historical context"), ``typo`` ("Updated this post to fix small typos": a word's spelling
    changed), ``case`` ("Downcase headings and terms", "sentence case for titles": a word's
case changed), ``link`` ("updated to remove failing links": a link's address or a linked word), ``above`` ("some of the text above about MuSig2 was updated to clarify …": the
    changes before the note), ``below`` ("the rest of this article has been rewritten": the changes
    after it) — so that it discloses every change of that kind, generally.

    >>> sorted(notice_scope("Examples were converted to `?`, and some text was added."))
    ['addition', 'code']
    >>> notice_scope("The example in the first section was wrong.")
    frozenset()
    """
    return frozenset(kind for kind, pattern in _SCOPES if pattern.search(text))
