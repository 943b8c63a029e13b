"""A page's state told to its readers: status notices, where they stand, what they take with them.

Why a module of its own: a page that is archived, superseded, unmaintained, withdrawn, out of
date or moved says so in many ways — "This charter is obsolete.", "# detox is unmaintained …",
"## Project Status: On Maintenance" over its section, "**This project is no longer maintained!**"
over what it goes on to say, a "## Status" heading anywhere, the same in other languages — and
near the page's top or under a heading. Put into an old page, such a sentence is a note to its
readers (``status_paragraph``); ``status_end`` says how far it reaches (its section, a pointer
under it and the list that pointer introduces, notices one under another). ``annotate.detect``
asks it of each passage it finds no label in, under comparison only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from annotate.dates import find_dates
from annotate.labeldates import as_of_date
from annotate.model import Document
from annotate.unlabelled import Marked

_NAMED = r"(?:>[ \t]?)?(?:[*_]{1,3})?(?:The[ \t]+)?(?=[\w.-]{0,30}[A-Z])[A-Za-z][\w.-]{1,30}(?:[ \t]+[A-Z\d][\w.]{0,15}){0,2}"
"""A project, product or event by its name, at a notice's start ("**Express 3.x**", "The jQuery
Foundation", "PyCon UK 2017"), in a quote or emphasis: the subject of a status or a rename."""
STATUS = re.compile(
    r"(?:>[ \t]?)?(?:[*_]{1,3})?This[ \t]+(?:"
    r"(?:article|post|blog[ \t]+post|guide|page|profile|tutorial|essay|piece|story|document|write-?up|information|content|section|chapter|advice|answer|material)"
    r"[ \t]+(?:"
    r"is[ \t]+(?:now[ \t]+)?(?:part[ \t]+of|out[ \t-]+of[ \t-]+date|outdated|obsolete|deprecated|archived|no[ \t]+longer|"
    r"(?:kept|preserved|left)[ \t]+(?:here[ \t]+|online[ \t]+)?(?:for[ \t]+(?:historical[ \t]+)?(?:reference|purposes|the[ \t]+record)|as[ \t]+an?[ \t]+(?:archive|record)))"
    r"|(?:was|has[ \t]+been)[ \t]+written[ \t]+for\b"
    # "This article was published September 14, 2020 and has been superseded by …"
    r"|[^.\n]{0,60}?\b(?:has[ \t]+been|is[ \t]+now)[ \t]+(?:superseded|replaced|archived|deprecated)\b)"
    # (other kinds of page only when they say they are out of use: "This charter is obsolete.")
    r"|(?:charter|specification|spec|proposal|policy|resource|repository|repo|site|website|wiki|FAQ|documentation|manual|handbook|list|"
    r"template|component|plugin|widget|feature|library|package|module|extension|theme|tool|service|API|SDK|changelog|integration|project|release|version)"
    r"[ \t]+is[ \t]+(?:now[ \t]+|currently[ \t]+)?(?:out[ \t-]+of[ \t-]+date|outdated|obsolete|deprecated|archived|superseded|unmaintained|retired|"
    r"in[ \t]+maintenance(?:[ \t-]+only)?[ \t]+mode|no[ \t]+longer[ \t]+(?:maintained|updated|supported|in[ \t]+use|valid|accurate)|not[ \t]+(?:maintained|updated|supported|functional|kept[ \t]+up))\b)"
    # a project's status told at a page's top: "Moment is a legacy project in maintenance mode.", "**Express 3.x** IS NO LONGER MAINTAINED",
    # an event's: "PyCon UK 2017 is over."
    r"|" + _NAMED + r"(?:[*_]{1,3})?[ \t]+(?i:is)[ \t]+(?i:now[ \t]+)?(?i:a[ \t]+legacy[ \t]+project|an[ \t]+archived[ \t]+(?:release|version)|"
    r"in[ \t]+maintenance(?:[ \t-]+only)?[ \t]+mode|no[ \t]+longer[ \t]+(?:(?:actively[ \t]+)?(?:maintained|developed|supported|updated)|(?:in|under)[ \t]+active[ \t]+development)|unmaintained|archived|deprecated|superseded|end[ \t-]+of[ \t-]+life|over(?=[.!])"
    r"|not[ \t]+(?:(?:in|under)[ \t]+active[ \t]+development|actively[ \t]+(?:maintained|developed)))\b"  # ("Crossfilter is not under active development, maintenance or support by Square")
    # "ExtraRawHTML has been deprecated in 6.3.": the thing the page is about, its state told since
    r"|" + _NAMED + r"(?:[*_]{1,3})?[ \t]+(?i:has[ \t]+been)[ \t]+(?i:deprecated|archived|superseded|sunset|discontinued)\b"
    # renamed: "The jQuery Foundation is now the JS Foundation", "Foo is now called Bar"
    r"|" + _NAMED + r"[ \t]+(?i:is[ \t]+now)[ \t]+(?:(?i:called|named|known[ \t]+as|part[ \t]+of)[ \t]+|the[ \t]+)[A-Z]"
    # a page or its translation that may be behind ("This translation may be out of date.", as localised
    # documentation marks a page its translators have not caught up with; French, Spanish, Japanese)
    # some of its sections ("Some of the sections below may be slightly outdated due to recent updates in React 16+",
    # Vue's comparison page, and its Chinese and Russian translations)
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:Some[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?|Parts[ \t]+of[ \t]+)?(?:sections?|parts?|chapters?)[ \t]+(?:below|above|of[ \t]+this[ \t]+(?:page|document|guide))[ \t]+"
    r"(?:may|might|could)[ \t]+(?:be|have[ \t]+become)[ \t]+(?:slightly[ \t]+|somewhat[ \t]+|a[ \t]+(?:bit|little)[ \t]+)?(?:out[ \t-]+of[ \t-]+date|outdated|obsolete|stale)"
    # a thing no longer supported or maintained, in Korean, Japanese, Chinese ("`@toss/hangul`은 더 이상 지원되지 않습니다", Toss' READMEs)
    # (its subject the package by name in code or "this project": not "Internet Explorer는 …", a browser the page supports no more)
    r"|(?:`[^`\n]{1,60}`|이[ \t]?(?:프로젝트|라이브러리|패키지|저장소|문서)|(?:この|本)(?:プロジェクト|ライブラリ|パッケージ|リポジトリ|サービス|サイト)|(?:本|该|此|这个)(?:项目|項目|库|仓库|倉庫|软件包))"
    r"[^\n。.]{0,12}?(?:더[ \t]+이상[ \t]+(?:지원|유지[ \t]?보수|관리|개발)되지[ \t]+않습니다|(?:もう)?(?:サポート|メンテナンス)されていません|(?:サポート|メンテナンス|提供)を終了しました|"
    r"(?<=[はも])終了しました|(?:已)?不再(?:维护|維護|更新)|已停止(?:维护|維護))"
    # ("本项目无法收录新的疫情数据信息，故转入“归档”模式": a Chinese project moved to its archive's mode)
    r"|(?:>[ \t]?)?(?:(?:由于|由於)[^\n。，,]{1,60}[，,][ \t]?)?(?:本|该|此|这个)(?:项目|項目|仓库|倉庫)[^\n。]{0,40}?(?:转入|轉入|进入|進入)[\"“「]?(?:归档|歸檔)[\"”」]?(?:模式|状态|狀態)"
    r"|(?:下列|以下)[^\n。]{0,8}(?:章节|部分|内容)[^\n。]{0,8}过时|Некоторые[ \t]+из[ \t]+(?:приведённых|приведенных)[ \t]+ниже[ \t]+разделов[ \t]+могут[ \t]+быть[ \t]+(?:немного[ \t]+)?устаревшими"
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:This|The)[ \t]+(?:translation|page|document|documentation)[ \t]+(?:may|might|could)[ \t]+(?:be|have[ \t]+become)[ \t]+"
    r"(?:out[ \t-]+of[ \t-]+date|outdated|obsolete|stale)|Cette[ \t]+traduction[ \t]+(?:peut|pourrait)[ \t]+être[ \t]+(?:périmée|obsolète|dépassée)"
    r"|Esta[ \t]+traducci[óo]n[ \t]+(?:podr[íi]a|puede)[ \t]+estar[ \t]+(?:obsoleta|desactualizada)|この[^\n]{0,8}訳は(?:すでに)?古くなっている"
    # old documentation left as it is ("These docs are old and won't be updated.", React's legacy pages, and their Portuguese)
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:These|This)[ \t]+(?:docs|documents|pages?|documentation|guides?)[ \t]+(?:are|is)[ \t]+(?:old|outdated|legacy)[ \t]+and[ \t]+(?:won['\u2019]t|will[ \t]+not)[ \t]+be[ \t]+updated"
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:Esses|Estes)[ \t]+documentos[ \t]+(?:são|estão)[ \t]+(?:antigos|desatualizados)[ \t]+e[ \t]+não[ \t]+serão[ \t]+(?:mais[ \t]+)?atualizados"
    # a thing the page documents: "Since Struts 6.4.0 this interceptor is deprecated, please use …"
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:(?:Since|As\s+of|From)[ \t]+[^,\n]{1,40}?,?[ \t]+)?[Tt]his[ \t]+[\w-]{3,30}[ \t]+(?:is|has[ \t]+been)[ \t]+(?:now[ \t]+)?"
    r"(?:deprecated|obsolete|discontinued|no[ \t]+longer[ \t]+(?:supported|maintained))\b"
    # a document or project superseded or withdrawn ("This KEP has been replaced by …"; not "This drug has been withdrawn")
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?[Tt]his[ \t]+(?:KEP|PEP|NEP|RFC|ADR|AIP|proposal|document|page|spec|specification|draft|guide|article|post|project|library|package|repository|repo|plugin|module|standard|recommendation|policy|tutorial)"
    r"[ \t]+(?:is|has[ \t]+been)[ \t]+(?:now[ \t]+)?(?:superseded|withdrawn|(?<=been[ \t])replaced[ \t]+by)\b"
    # from a version or a day on, a thing it documents: "As of Platform API 0.12 and Buildpack API 0.10, stacks are deprecated in favor of …"
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:As[ \t]+of|Starting[ \t]+(?:with|from))[ \t]+[^,\n]{1,60}?,[ \t]+(?:the[ \t]+)?[\w-]{3,30}(?:[ \t]+[\w-]{3,30}){0,2}[ \t]+"
    r"(?:is|are|has[ \t]+been|have[ \t]+been)[ \t]+(?:now[ \t]+)?(?:deprecated|obsolete|discontinued)[ \t]+in[ \t]+favou?r[ \t]+of\b"
    # the same said of a page in German, French, Spanish, Portuguese, Dutch ("Dieses Dokument ist **nicht mehr aktuell**.",
    # "## Daten werden nicht mehr aktualisiert", of a dataset's README,
    # "Cette page n'est plus à jour", "Esta página está desactualizada", "Deze pagina is verouderd"), its sentence ending there
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:(?i:dieses[ \t]+(?:dokument|kapitel|projekt|repository|tutorial)|diese[ \t]+(?:seite|anleitung|dokumentation|spezifikation|beschreibung)"
    r"|dieser[ \t]+(?:artikel|beitrag|abschnitt|leitfaden|anwendungsfall|datensatz))[ \t]+(?i:ist|wird)[ \t]+(?i:(?:nun|jetzt|inzwischen|mittlerweile|leider|möglicherweise)[ \t]+)?[*_\u00b4`'\"\u201e]{0,3}"
    r"(?i:nicht[ \t]+mehr[ \t]+(?:aktiv[ \t]+)?(?:aktuell|gültig|gepflegt|unterstützt|aktualisiert|weiterentwickelt)|veraltet|überholt|obsolet|deprecated|zurückgezogen|abgekündigt)"
    r"|(?i:cet(?:te)?[ \t]+(?:page|article|documentation|section)|ce[ \t]+(?:document|guide|tutoriel|billet|projet|dépôt|chapitre))[ \t]+"
    r"(?i:n['\u2019]est[ \t]+plus[ \t]+(?:à[ \t]+jour|maintenue?|valable|d['\u2019]actualité)|est[ \t]+(?:désormais[ \t]+|maintenant[ \t]+|peut-être[ \t]+)?(?:obsolète|périmée?|dépassée?))"
    r"|(?i:este[ \t]+(?:documento|artículo|artigo|proyecto|projeto|repositorio|repositório|tutorial)|esta[ \t]+(?:página|guía|documentación|documentação|sección|seção))[ \t]+"
    r"(?i:ya[ \t]+no[ \t]+(?:está[ \t]+actualizad[oa]|se[ \t]+mantiene)|está[ \t]+(?:agendad[oa]|programad[oa]|previst[oa])[ \t]+para[ \t]+su[ \t]+discontinuaci[óo]n|(?:ha[ \t]+sido|fue)[ \t]+discontinuad[oa]|não[ \t]+(?:está|é)[ \t]+mais[ \t]+(?:sendo[ \t]+)?(?:atualizad[oa]|mantid[oa])"
    r"|(?:puede[ \t]+estar|pode[ \t]+estar|está)[ \t]+(?:obsolet[oa]|desactualizad[oa]|desatualizad[oa])|foi[ \t]+descontinuad[oa])"
    r"|(?i:dit[ \t]+(?:document|artikel|project|bericht)|deze[ \t]+(?:pagina|handleiding|documentatie|sectie))[ \t]+"
    r"(?i:(?:is|wordt)[ \t]+(?:niet[ \t]+meer[ \t]+(?:actueel|geldig|onderhouden|bijgewerkt)|verouderd|achterhaald|ingetrokken|vervallen)))"
    r"[*_\u00b4`'\"\u201c]{0,3}(?=[ \t]*(?:[.!;:,)]|$|\n))"
    # a data set's README: "## Daten werden nicht mehr aktualisiert" (its sentence ending there: not "…, sobald die Verbindung abbricht")
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?i:(?:die|diese)[ \t]+)?(?i:daten)[ \t]+(?i:werden)[ \t]+(?i:nicht[ \t]+mehr[ \t]+(?:aktualisiert|gepflegt|weitergeführt))[*_]{0,3}(?=[ \t]*(?:[.!;]|$|\n|,(?![ \t]*(?i:sobald|wenn|falls|solange|bis|nachdem)\b)))"
    # a repostatus.org badge of a project whose work stopped ("[![Project Status: Unsupported – …](…unsupported.svg)](…)")
    r"|(?:\[!\[[^\]\n]{0,120}\]\([^)\s]{1,300}\)\]\([^)\s]{1,300}\)[ \t]*\n?){0,8}"  # (in a row of badges)
    r"\[!\[(?i:project[ \t]+status|repo[ \t]+status)[ \t]*:[ \t]*(?i:unsupported|abandoned|inactive|moved|suspended)\b"
    # a page's or section's content moved, pointing where to: "This section has moved to :ref:`branch-merge`.",
    # "The **Platforms experts list** has moved to [Ports](ports.md)."
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:This|The)[ \t]+(?:[*_]{0,3}[\w'.-]{1,30}[*_]{0,3}[ \t]+){0,5}(?:has|have)[ \t]+(?:been[ \t]+)?(?:deprecated[ \t]+and[ \t]+)?(?:moved|migrated|relocated)"
    r"[ \t]+to[ \t]+(?=[\[:<`(]|https?://|(?:the|our|a)[ \t]+\[)"
    # (or a page's text: "The documentation for post-review has moved. See `RBTools Documentation`_.")
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:This|The)[ \t]+(?:[*_]{0,3}[\w'.-]{1,30}[*_]{0,3}[ \t]+){0,3}?[*_]{0,3}(?i:documentation|docs|page|section|content|project|repository|repo|site|website|wiki|manual|guide|tutorial|article|post|blog|FAQ|chapter|book|cookbook|handbook|list|course|lesson)[*_]{0,3}"
    r"(?:[ \t]+for[ \t]+[\w.-]{1,30})?[ \t]+(?:has|have)[ \t]+(?:been[ \t]+)?(?:moved|migrated|relocated)\.[ \t]+(?:Please[ \t]+)?(?i:see|go[ \t]+to|visit|refer[ \t]+to)[ \t]+(?=[\[:<`(]|https?://)"
    # an event's new date or its end: "The event has been postponed to …", "We have now rescheduled the event to June
    # 15-17", "The initial date (2026-05-25) unfortunately coincides with Pentecost …"
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:(?:This|The|Our)[ \t]+(?:[\w'.-]{1,30}[ \t]+){0,3}(?:event|meetup|meet-up|meeting|conference|workshop|symposium|summit|"
    r"webinar|talk|session|course|hackathon|sprint|festival|camp)[ \t]+(?:has[ \t]+been|was|is|will[ \t]+be)[ \t]+(?:now[ \t]+)?(?:rescheduled|postponed|"
    r"cancell?ed|moved|delayed|called[ \t]+off|held[ \t]+online)"
    r"|(?:The|Our)[ \t]+(?:initial|original|originally[ \t]+planned|previously[ \t]+announced)[ \t]+date\b"
    # a call's, a period's or a deadline's state: "The public comment period has been extended by 7 days.", "The SRCCON
    # scholarship application is now closed.", "The call for proposals is now closed.", "Registration is now closed."
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:(?:Unfortunately|Sadly|Please[ \t]+note(?:[ \t]+that)?)[,:]?[ \t]+)?(?:(?:[Tt]he|[Oo]ur|[Tt]his)[ \t]+)?"
    r"(?:[*_]{0,3}+[A-Za-z][\w'.-]{0,29}+[ \t]+){0,4}(?i:deadline|period|applications?|registrations?|call(?:[ \t]+for[ \t]+(?:papers|proposals|talks|submissions|participation))?|"
    r"submissions?|voting|enrol?lment|sign-?ups?|nominations?|survey|consultation|ticket[ \t]+sales|cfp|date|tickets?|seats|spots|places|wait-?list|lunch|dinner|"
    r"workshop|class|course|session|event)[*_]{0,3}[ \t]+(?:has[ \t]+been|have[ \t]+been|was|were|is|are|will[ \t]+be|has|have)[ \t]+"
    # (a state told now, or the day it moved to: "is now closed", "has been extended by 7 days", "is sold out."; not
    # "The session is closed automatically after 30 minutes", "The date is extended by one day in leap years")
    r"(?:now[ \t]+(?:officially[ \t]+)?(?:[*_]{1,3})?(?:extended|postponed|rescheduled|cancell?ed|closed|ended|delayed|re-?opened|sold[ \t]+out|fully[ \t]+booked|at[ \t]+capacity|over|full)\b"
    r"|(?:officially[ \t]+)?(?:[*_]{1,3})?(?:extended|postponed|rescheduled|cancell?ed|closed|ended|delayed|re-?opened|sold[ \t]+out|fully[ \t]+booked|at[ \t]+capacity|over|full)"
    r"(?=[*_]{0,3}[ \t]*(?:[.!,;]|$)|[*_]{0,3}[ \t]+(?:to|until|till|through|by)[ \t]+(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:one|two|three|four|five|six|seven|a)[ \t]+(?:day|week|month)s?(?=[.,;!]|[ \t]+(?:to|until)\b))))"
    # its makers telling they stopped: "Disclaimer, We no longer use this library internally and …", "We are no longer maintaining this project."
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:(?:Disclaimer|Notice|Heads[ \t]+up|Note|Please[ \t]+note)(?:[*_]{1,3})?[ \t]{0,2}[,:][ \t]{0,2})?(?:[*_]{1,3})?"
    r"(?:We|I)(?:['\u2019](?:re|m)|[ \t]+(?:are|am|have))?[ \t]+(?:(?:sadly|unfortunately|now)[ \t]+)?no[ \t]+longer[ \t]+(?:actively[ \t]+)?"
    r"(?:use|using|maintain|maintaining|support|supporting|develop|developing|work[ \t]+on|working[ \t]+on|update|updating)[ \t]+(?:this|the|our|my)[ \t]+"
    r"(?:[\w.-]{1,30}+[ \t]+){0,2}(?:library|project|package|repo|repository|tool|module|plugin|gem|crate|code|codebase|site|blog|app|application|extension|theme|guide|documentation|page)\b"
    # "After 12 consecutive years of DjangoCons …, we've decided to cancel DjangoCon US 2020.": an
    # event, by its kind or its name and year (not "we had to cancel the site visit")
    r"|(?:[A-Z][^.\n]{0,100}?,[ \t]+)?[Ww]e(?:['\u2019]ve|[ \t]+have)?[ \t]+(?:(?:sadly|regretfully|unfortunately)[ \t]+)?(?:decided|made[ \t]+the[ \t]+"
    r"(?:difficult|hard|tough)[ \t]+decision)[ \t]+to[ \t]+(?:cancel|postpone|reschedule|call[ \t]+off)[ \t]+(?:this[ \t]+year['\u2019]s[ \t]+|the[ \t]+|our[ \t]+|this[ \t]+)?"
    r"(?:(?:[\w'.-]{1,30}[ \t]+){0,3}(?:event|meetup|meet-up|meeting|conference|workshop|symposium|summit|webinar|course|hackathon|sprint|festival|camp|"
    r"gathering|convention|congress)\b|[A-Z][\w.-]{1,30}(?:[ \t]+[A-Z][\w.-]{0,30}){0,3}[ \t]+(?:19|20)\d\d\b))"
    # a product's support ended: "AngularJS support has officially ended as of January 2022.", "Python 2 has reached end of life"
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:[A-Z][\w.-]{1,30}[ \t]+){1,3}(?:(?:support|maintenance|development)[ \t]+has[ \t]+(?:now[ \t]+)?(?:officially[ \t]+)?(?:ended|stopped|ceased)"
    r"|has[ \t]+(?:now[ \t]+)?(?:officially[ \t]+)?reached[ \t]+(?:its[ \t]+)?end[ \t-]+of[ \t-]+(?:life|support))\b"
    # a proposal's state in its header: "Status: Withdrawn", "**Status**: Superseded by …"
    r"|(?:[*_]{1,3})?Status(?:[*_]{1,3})?[ \t]{0,2}:[ \t]{0,4}(?:[*_]{1,3})?(?:Withdrawn|Superseded|Rejected|Abandoned|Obsolete|Deprecated|Inactive|Retracted|Deferred|"
    r"Postponed|Archived)\b"
    # a component's: "The Twitter embedded timeline component is currently not functional …"
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?The[ \t]+(?:[\w'.-]{1,30}[ \t]+){0,4}(?:template|component|plugin|widget|feature|library|package|module|"
    r"extension|theme|tool|service|API|SDK|integration)[ \t]+is[ \t]+(?:now[ \t]+|currently[ \t]+)?(?:[*_]{1,3}|<(?:strong|b|em)>)?"
    r"(?:deprecated|obsolete|unmaintained|no[ \t]+longer[ \t]+(?:maintained|supported|functional|working)|not[ \t]+(?:functional|working|supported|maintained))\b"
)
"""A sentence about the page itself, not its subject: the series it now belongs to, that it is
out of date or no longer maintained ("This charter is obsolete.", "this resource is not
maintained"), for what it was written ("This article is part of the … Thread", "This guide has
been written for Scala 2.10.0, and now …"). Not when it was written or first published ("This
piece was first published on 5 July 2016"): that is a republication's marker (``detect``)."""
_STATE_TITLE = re.compile(
    _NAMED + r"[ \t]+(?i:deprecated|archived|discontinued|unmaintained)(?:[*_]{1,3})?[ \t]*[.!]?[ \t]*(?=\n|$)"
    # (a name as its package writes it, in lower case: "# detox is unmaintained and incompatible with tox > 3.6")
    r"|`?[\w.-]{2,30}`?[ \t]+(?i:is|has[ \t]+been)[ \t]+(?i:now[ \t]+)?(?:(?i:unmaintained|deprecated|archived|discontinued|no[ \t]+longer[ \t]+(?:actively[ \t]+)?maintained)\b"
    r"|(?i:retired|shutting[ \t]+down|end[ \t-]+of[ \t-]+life)[ \t]*[.!]?[ \t]*(?=\n|$))"  # (these the title's end: not "Server is shutting down unexpectedly")
    r"|(?i:(?:wichtig|achtung)[ \t]*![ \t]*[-\u2013\u2014:]?[ \t]*)?(?i:dokument|dieses[ \t]+dokument[ \t]+(?:ist|wurde))[ \t]+(?i:zurückgezogen)\b"
)
"""A page's first heading naming a thing and its state, nothing else ("# TypeScript-Handbook Repo
Deprecated", "## WICHTIG! - DOKUMENT ZURÜCKGEZOGEN"): a notice at the page's top only (not "## Funds
Withdrawn", "### Endpoints Deprecated" further down, a section's subject)."""
_TITLE_REACH = 4
"""A page's top, where a heading naming a thing and its state is a notice (``_STATE_TITLE``)."""
_STATUS_REACH = 15
"""A page's status is told near its top: within this many passages."""


def status_paragraph(doc: Document, k: int) -> Marked | None:
    """A paragraph (or a heading: "<h2>Changelog is no longer updated...</h2>") near the top of
    a page that tells of the page itself or its subject's state (``STATUS``): put into an old
    page, it is a notice to its readers."""
    p = doc.passages[k]
    if not notice_slot(doc, k) and not (
        doc.structure and doc.structure[k].kind == "heading" and k + 1 < len(doc.passages) and (head := _STATUS_HEADING.fullmatch(doc.text, p.start, p.end))
        and (head.group("stated") or STATUS.match(doc.text, doc.passages[k + 1].start, doc.passages[k + 1].end))
    ):
        return None  # (anywhere, a status heading saying the state, or over a sentence of it: "## Status" over "This KEP has been replaced by …")
    if _status_section_end(doc, k) > k:  # (not any paragraph over a pointer: a status heading)
        body = doc.passages[k + 1]  # (its body may open with its day: "## End-of-Life notice" over "As of March 31, 2018, …")
        return "labelled", doc.text[p.start : p.end].strip(" \t#*_:"), as_of_date(doc.text, body.start, body.end)  # "## Superseded" over what supersedes it
    if not _says_status(doc, k):
        return None
    # dated by what supersedes it ("… has been superseded by the [August 17, 2026 Project Status
    # update]"): the notice was put in when that came out
    by = _SUCCESSOR.search(doc.text, p.start, p.end)
    named = find_dates(doc.text, by.end(), min(p.end, by.end() + 80)) if by is not None else []
    return "bracketed", None, next((d for d in named if d.precision != "year"), None)


STATUS_WORDS = frozenset(["superseded", "withdrawn", "withdrawal", "obsolete", "abandoned", "discontinued", "retracted"])
"""A document's states that head a notice of their own ("## Superseded"): it tells what became of the document, not of its words."""
_STATUS_HEADING = re.compile(
    r"[ \t]{0,3}(?:#{1,6}[ \t]{1,4})?(?:[*_]{1,3})?(?:(?:" + "|".join(sorted(STATUS_WORDS)) + r")(?:[ \t]notice)?|(?P<dep>deprecated)|(?P<named>(?:[\w.-]{1,30}[ \t]){0,2}status)"
    r"|(?P<of>status[ \t]+of[ \t]+(?:this|the)[ \t]+(?:document|page|proposal|explainer|specification|spec|project|repository))"
    # a notice by its name ("## End-of-Life notice", "## Deprecation Notice") or a status heading saying the state ("## Project Status: On Maintenance")
    r"|(?P<notice>(?:end[ \t-]of[ \t-]life|eol|deprecation|retirement|sunset|shutdown|maintenance|archival|archive)[ \t]+notice|지원[ \t]?종료(?:[ \t]?안내)?|サポート終了(?:のお知らせ)?|停止维护(?:通知|公告)?"
    r")|(?P<stated>(?:(?:project|repo(?:sitory)?|library|package|plugin|module|development|maintenance|support)[ \t]+)?status[ \t]*:[ \t]*(?:[*_]{1,3})?(?:on[ \t]+|in[ \t]+)?"
    r"(?:maintenance(?:[ \t]+mode)?|deprecated|archived|unmaintained|inactive|abandoned|end[ \t-]of[ \t-]life|eol|retired|discontinued|frozen|read[ \t-]only)))(?:[*_]{1,3})?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
"""A heading that is a document's state alone ("## Superseded", "## Withdrawal"; not a changelog's "### Deprecated"; an HTML page's
without its "#": '<h3 style="color:red">Status</h3>'),
or names it ("# Hystrix Status", "## Project status"): over a body saying the state, a notice."""
_STATE_WORD = re.compile(r"\b(?:archived|withdrawn|superseded|obsolete|discontinued|abandoned|retracted|deprecated)\b", re.IGNORECASE)
"""A document's state said in its "Status of this document" section ("This document status: **ARCHIVED**";
not the W3C's "may be updated, replaced or obsoleted by other documents")."""
_STATUS_BODY = re.compile(
    r"\b(?:withdrawn|superseded|replaced|obsolete|abandoned|discontinued|retracted|no\s+longer|not\s+(?:be\s+)?pursu\w{1,3}|instead|"
    r"end[\s-]of[\s-]life|EOL|retired|unmaintained|deprecated|no\s+(?:further\s+)?(?:fixes|releases|updates|development|support|maintenance)|no\s+further)\b|더[ \t]+이상|不再|もう",
    re.IGNORECASE
)


POINTER = re.compile(
    r"(?:>[ \t]?)?(?:[*_]{1,3})?(?:(?:See|Read)[ \t]+(?:this|the|our|my|\[)[^\n]{0,80}?\b(?:details|information|more|context|background|announcement|discussion)"
    r"|To[ \t]+(?:read|learn)[ \t]+more|For[ \t]+more[ \t]+(?:information|details|info)"
    # where to ask or where the successor is: "If you have additional questions about these changes, email …",
    # "The Firefox Sync Server has been rewritten in Rust, and the new project can be found here: …"
    r"|If[ \t]+you[ \t]+have[ \t]+(?:any[ \t]+|additional[ \t]+|further[ \t]+|more[ \t]+)?questions"
    r"|[^\n]{0,160}?\b(?:can[ \t]+(?:now[ \t]+)?be[ \t]+found|(?:now[ \t]+)?lives)[ \t]+(?:here|at)\b)\b"
)
"""A short paragraph pointing the reader on ("> See this issue for more details: …"): under a note, the note's."""


def pointer_end(doc: Document, k: int) -> int:
    """The last passage of the pointer at ``k``: the list it introduces too ("For more information,
    see" over "* Platform API 0.12 [migration guide](…)", Buildpacks' notice), at most ten items."""
    last = k
    if doc.structure and _INTRODUCES.search(doc.text, doc.passages[k].start, doc.passages[k].end):
        while last + 1 < len(doc.passages) and last - k < 10 and doc.structure[last + 1].kind == "list_item":
            last += 1
    return last


_INTRODUCES = re.compile(r"(?::|\bsee)[ \t]*$", re.IGNORECASE)
"""A pointer's end that introduces what follows ("…, see", "… here:"; not "oversee")."""


def goes_on(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a short paragraph under a notice, goes on with it (``_GOES_ON``:
    "As an alternative the `beets-xtractor`_ plugin can be used.")."""
    return end - start < 400 and _GOES_ON.search(text, start, end) is not None


def pointer_after(doc: Document, k: int) -> bool:
    """Whether the passage after ``k`` is a short pointer (``POINTER``, under 600 characters)."""
    return k + 1 < len(doc.passages) and (q := doc.passages[k + 1]).end - q.start < 600 and POINTER.match(doc.text, q.start, q.end) is not None


def status_end(doc: Document, k: int, old: frozenset[str] = frozenset()) -> int:
    """The last passage of the section passage ``k`` heads when it is a status heading whose text
    says the document's state ("## Superseded\n\nWe will not be pursuing the approach …"), or of
    what a status title in bold or underlined goes on to say; the pointer under a notice ("> See
    this issue for more details: …"); else ``k``. Never into a passage the original had as written
    (``old``): a notice put over a page's old text ends where that text starts."""
    text, p = doc.text, doc.passages[k]
    def new(j: int) -> bool:
        return not old or text[doc.passages[j].start : doc.passages[j].end] not in old

    if doc.structure and doc.structure[k].kind == "heading" and _HEADING_MARKS.match(text, p.start) is not None and _says_status(doc, k):
        return _said_under(doc, k, new)  # (a heading saying the state, its section telling more: "## Karma is deprecated …")
    if _UNDERLINED.fullmatch(text, p.start, p.end) and _says_status(doc, k):
        return _said_under(doc, k, new)  # ("Persona is Shutting Down\n=====" over its paragraph, a plain text's)
    if _BOLD_LINE.fullmatch(text, p.start, p.end) and _says_status(doc, k):
        # ("**This project is no longer maintained!**" over "Please use an alternative, …": what goes on with the notice, not the page's text)
        return _said_under(doc, k, lambda j: new(j) and (_GOES_ON.search(text, doc.passages[j].start, min(doc.passages[j].end, doc.passages[j].start + 300)) is not None
                           or _DEFINITION.match(text, doc.passages[j].start, doc.passages[j].end) is not None))
    if pointer_after(doc, k):
        return pointer_end(doc, k + 1)
    last = _status_section_end(doc, k)
    return next((j - 1 for j in range(k + 2, last + 1) if not new(j)), last)  # (the section's heading and first paragraph are the notice's own)


def _said_under(doc: Document, k: int, goes_on: Callable[[int], bool]) -> int:
    """The last passage under ``k`` that ``goes_on``, up to a heading or a spacer ("<br /><br />", "---"), at most ``_SAID_SECTION``."""
    last, n = k, len(doc.passages)
    while last + 1 < n and last - k < _SAID_SECTION and not _heading_at(doc, last + 1) and (
        not SPACER.fullmatch(doc.text, doc.passages[last + 1].start, doc.passages[last + 1].end)
    ) and goes_on(last + 1):
        last += 1
    return last


_GOES_ON = re.compile(
    r"\b(?:please|instead|alternatives?|successor|migrat\w{1,5}|will\s+not|won['\u2019]t|no\s+longer|no\s+further|not\s+be\s+(?:addressed|fixed|maintained|updated)|"
    r"fork\w{0,3}|archiv\w{1,3}|thanks?|deprecat\w{1,5}|maintain\w{0,5}|support\w{0,3}|recommend\w{0,3}|moved|replac\w{1,4})\b",
    re.IGNORECASE,
)
"""Words of a paragraph going on with a notice over it: where to go instead, what will not be done."""
_DEFINITION = re.compile(r"[ ]{0,3}(?:\[[^\]\n]{1,100}\]:|\.\.[ \t]+_[^:\n]{1,100}:)")
"""A link's definition under a notice it serves ("[x]: https://…", ".. _HTTPX: https://…")."""
_BOLD_LINE = re.compile(r"[ \t]{0,3}(\*\*|__)[^\n]{3,120}?\1[ \t]*")
"""A line wholly in bold: a notice set apart from what it goes on to say."""


def _heading_at(doc: Document, k: int) -> bool:
    """Whether passage ``k`` is a heading, by the document's structure or, in a plain text, as written."""
    p = doc.passages[k]
    return doc.structure[k].kind == "heading" if doc.structure else _TEXT_HEADING.fullmatch(doc.text, p.start, p.end) is not None


def _says_status(doc: Document, k: int) -> bool:
    """Whether passage ``k`` opens with a sentence of ``STATUS``, after the raw tag lines over it
    ('<div class="doc-box doc-warn" markdown="1">') or a heading's marks ("## Karma is deprecated …")."""
    p = doc.passages[k]
    tag = _TAG_LINE.match(doc.text, p.start, p.end)
    at = tag.end() if tag else p.start
    if (marks := _HEADING_MARKS.match(doc.text, at, p.end)) is not None:
        at = marks.end()
    titled = marks is not None or _UNDERLINED.match(doc.text, at, p.end) is not None  # (or a title underlined: "Persona is Shutting Down\n=====")
    return STATUS.match(doc.text, at, p.end) is not None or (titled and k < _TITLE_REACH and _STATE_TITLE.match(doc.text, at, p.end) is not None)


_UNDERLINED = re.compile(r"[^\n]{1,120}\n([=\-~^\"'`*+#])\1{2,}[ \t]*(?:\n|$)")
"""A title underlined, reStructuredText's or Markdown's setext heading."""


SPACER = re.compile(r"(?:&nbsp;|<br\s?/?>|\s){0,40}(?:[-*_](?:[ \t]{0,2}[-*_]){2,40}[ \t]{0,8})?(?:&nbsp;|<br\s?/?>|\s){0,40}")
"""A passage that only separates (``&nbsp;``, ``<br>``, a thematic break)."""
_HEADING_MARKS = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")
_SAID_SECTION = 4
"""A heading saying a page's state takes at most this many passages under it."""


def _status_section_end(doc: Document, k: int) -> int:
    """The last passage of the section passage ``k`` heads when it is a status heading over text
    saying the document's state ("## Superseded\n\nWe will not be pursuing the approach …"), else ``k``."""
    n, text = len(doc.passages), doc.text
    if not doc.structure or doc.structure[k].kind != "heading" or k + 1 >= n or not (doc.format == "html" or text.startswith("#", doc.passages[k].start)):
        return k
    body = doc.passages[k + 1]
    head = _STATUS_HEADING.fullmatch(text, doc.passages[k].start, doc.passages[k].end)
    if head is not None and head.group("of"):  # ("## Status of this Document" over "* This document status: **ARCHIVED**": its section says the state)
        last = k
        while last + 1 < n and doc.structure[last + 1].kind != "heading" and doc.passages[last + 1].end - body.start < 2_000:
            last += 1
        return last if _STATE_WORD.search(text, body.start, doc.passages[last].end) else k
    if head is None or not (head.group("stated") or (STATUS.match(text, body.start, body.end) if head.group("named") else _STATUS_BODY.search(text, body.start, min(body.end, body.start + 300)))):
        return k  # ("# Hystrix Status" over "Hystrix is no longer in active development, …": a status heading over the state told)
    if head.group("dep") and doc.structure[k + 1].kind != "paragraph":
        return k  # ("## Deprecated" over prose saying so; a changelog's "### Deprecated" over its items, each a list item, is no notice)
    last = k + 1
    level = doc.structure[k].level
    while last + 1 < n and not (doc.structure[last + 1].kind == "heading" and (doc.structure[last + 1].level <= level or level <= 1)) and last - k < 30:
        last += 1  # (its sub-sections too: "## 지원 종료 안내" over "### 추천 조치 사항:"; not under a "# Hystrix Status", a title's level, whose "##" are the page's)
    return last


def notice_slot(doc: Document, k: int) -> bool:
    """Whether passage ``k`` stands where a page tells its readers of its state: among its first
    passages (``_STATUS_REACH``) or at a section's top, under a heading (a plain text's too), and
    is a paragraph, a heading or raw HTML."""
    under_heading = k > 0 and (
        doc.structure[k - 1].kind == "heading" if doc.structure
        else _TEXT_HEADING.fullmatch(doc.text, doc.passages[k - 1].start, doc.passages[k - 1].end) is not None
    )
    return (k < _STATUS_REACH or under_heading) and not (doc.structure and doc.structure[k].kind not in ("paragraph", "heading", "html"))


_TEXT_HEADING = re.compile(r"(?:[=#]{1,6}[ \t][^\n]{1,120}|[^\n]{1,120}\n([=\-^~\"'`*+#.:])\1{2,}[ \t]*)")
"""A plain text's heading as a passage of its own: AsciiDoc's "== Title", or a title underlined (reST)."""
_TAG_LINE = re.compile(r"(?:[ \t]{0,8}<[A-Za-z][^<>\n]{0,200}>[ \t]*\n){1,3}[ \t]{0,8}")
_SUCCESSOR = re.compile(r"\b(?:superseded|replaced)[ \t]+by\b")
