"""The shapes around a label word: what stands before it (``LEAD``: quote markers, headings,
emphasis, the boxes of many site generators), what closes it (its colon after a qualifying
phrase, an exclamation mark, a line break, emphasis), what may qualify it ("Final update:"),
and the quick tests that let such passages past ``openings.label_at``'s cheap test.

Why a module of its own: ``openings.label_at`` reads a label in many shapes; the patterns it
reads them with live here, each with its examples, so that function stays readable.
"""

from __future__ import annotations

import re

from annotate.brackets import CLOSE

EMPHASIS_TAG = "(?:strong|b|em|i|mark|u|ins)"
"""The HTML tags of inline emphasis that may stand around a label, as Markdown's ``*`` and
``_`` do ("<strong>Update:</strong>", "<mark>Update:</mark>", "<u>Update</u>:")."""

QUALIFIED = re.compile(
    r"(?:an?[ \t]{1,4})?[a-z]{3,10}[ \t]{1,4}(?:update|edit|correction|clarification|addendum|note)s?[ \t]{0,2}[:\uff1a]", re.IGNORECASE
)
"""A label a word qualifies, its colon after it ("Later edit:", "Small update:", "A quick update:"): past the cheap test (``HEADING_ARTICLE`` reads it)."""
MONTH_FIRST = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}\d", re.IGNORECASE)
"""A date opening a passage with its month ("March 15, 2021 update: …"): past the cheap test (``date_first`` reads it)."""
PHRASE_COLON = re.compile(
    r"(?:,[ \t]{1,2}(?=[^:\n.!?]{0,30}\b(?:later|ago|after|since|next|following|again|weeks?|days?|months?|years?|hours?|minutes?|morning|evening|"
    r"night|today|tomorrow|yesterday)\b)[^:\n.!?]{1,40}|[ \t]{1,2}(?:following|after|thanks[ \t]+to|in[ \t]+response[ \t]+to|from[ \t]+the[ \t]+future|"
    r"to[ \t]+(?:add|clarify|include|note|reflect|correct|fix|mention|explain|answer|address|expand|remove|update)\b)[^:\n.!?]{0,40})"
    r"[ \t]{0,2}(?:[*_]{1,3}|</" + EMPHASIS_TAG + r">)?[ \t]{0,2}:",
    re.IGNORECASE,
)
"""A short phrase between a label and its colon: when or why the note came ("Update, two weeks
later:", "Updated to clarify:", "Update following your comments:"); not an instruction ("Update
the config: …", "Update via the web interface: …")."""
TO_READERS = re.compile(
    r"[ \t]{1,2}to[ \t]+(?:(?:all|our|my|the|any|those|existing|current|new)[ \t]+)?(?:readers?|users?|subscribers?|viewers?|listeners?|customers?|"
    r"contributors?|developers?|visitors?|students?|maintainers?|self|everyone|everybody)\b(?:[^:\n.!?]|\.(?=\d)){0,40}[ \t]{0,2}(?:[*_]{1,3}|</" + EMPHASIS_TAG + r">)?[ \t]{0,2}:",
    re.IGNORECASE,
)
"""Whom a note addresses, between its label and its colon ("Note to users pre-0.6.0:", "Note to
readers:", "Note to self:"): a note to its readers, whatever its label word."""
BANG_WORDS = frozenset(["update", "updates", "correction", "addendum"])
BANG = re.compile(r"!(?::|[ \t]{1,2}(?=[A-Z][a-z']*[ \t,]{1,2}[A-Za-z]))")
"""A noun label's exclamation mark, a sentence after it ("Update! The fix is out."; "Edit! Save! Repeat!" is prose)."""
BREAK = re.compile(r"[ \t]{0,2}<br[ \t]{0,2}/?>[ \t]{0,2}(?=\S)", re.IGNORECASE)
COLON_NEXT = re.compile(r"[ \t]{0,2}(?:[*_]{1,3}|</" + EMPHASIS_TAG + r">)?[ \t]{0,2}[:\uff1a]")
"""A label's colon right after its word, its emphasis closed or not."""
JOINED_LABEL = re.compile(r"[ \t]{0,2}[/&][ \t]{0,2}")
"""Between two label words written as one label ("UPDATE / NOTE:")."""
LINE_REST = re.compile(r"[ \t]{0,4}(?:<br[ \t]?/?>)?[ \t]{0,4}", re.IGNORECASE)
HEADING_ALONE = re.compile(r"[ \t*_]{0,6}(?:![ \t]{0,4}[^\n]{0,80})?")
"""The rest of a heading that is a callout word alone, or with "!" and a title ("Warning! Pre-release software")."""
LAST_WORDS = frozenset(["last", "latest", "letzte", "neueste", "laatste", "nieuwste", "ultimo", "ultima", "última", "último"])
"""A label's qualifier saying "last": "Last update: 3 May 2021" alone is a page's stamp, not a note."""
NOUN_LABELS = frozenset(["update", "updates", "correction", "corrections", "clarification", "note", "addendum", "erratum", "postscript", "edit",
                         "aggiornamento", "aktualisierung", "actualización", "actualizacion", "atualização", "atualizacao"])
"""Label words that are nouns, so may follow an article."""
EMPHASIS_CLOSE = re.compile(r"[.:]?(?:\*\*|__|\*|_|</" + EMPHASIS_TAG + r">)[.:]?(?:[ \t]{0,2}(?:\u2014|\u2013)[ \t]{0,2})?")
"""The emphasis closing a dated label, with the stop, colon or dash after it."""
_MONTH_NAME = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
DATED_CHANGE = (
    rf"In\s+(?:early\s+|late\s+|mid-?)?{_MONTH_NAME}\s+\d{{4}},?\s+(?:we|I)\s+(?:moved(?!\s+(?:to|into|from|back|away|in|out|house|abroad)\b)|changed|updated|switched|revised|corrected|"
    r"replaced|migrated|rewrote|restructured|adjusted|expanded|removed)\b"
)
"""A paragraph opening with the month its writers changed something ("In October 2021, we moved all
weekly data to the ISO standard …", "In July 2022 we updated our methodology …"): a dated disclosure."""
EARLIER_DRAFT = re.compile(r"In\s+(?:the|an?)\s+(?:first|earlier|previous|original)\s+(?:version|draft)|" + DATED_CHANGE, re.IGNORECASE)
EMPHASIS = re.compile(r"[ \t]{0,3}(?:[*_]{1,3}|'{2,3}|</" + EMPHASIS_TAG + ">)")
ABOUT = re.compile(r"[\s,]{0,4}(?:on|about|regarding|re|from|for|due\s+to|to\s+(?:the|our|this|my|an?|these|those))\s+\S", re.IGNORECASE)
"""A label about something ("Update on the election:") rather than dated."""
PARTICIPLE = frozenset(["updated", "edited", "corrected", "revised", "amended"])
LATER = re.compile(
    # "> Previously, it was necessary to …": a quote set apart to say what the text said before
    r">[ \t]?(?:[*_]{1,3})?(?:Previously|Originally|Formerly|Until\s+recently)(?=,)"
    r"|(?:>[ \t]?)?(?:[*_]{1,3})?(?:"
    # "Since publishing this post, …", "Since this post went up, …", "After this article was published, …"
    r"(?:Since|After)\s+(?:(?:I\s+)?(?:publishing|posting|writing|wrote|published|posted)\s+(?:this|the\s+(?:original\s+)?(?:post|article|piece))"
    r"|this\s+(?:post|article|piece|entry|page|story|was)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:published|posted|written|went\s+(?:up|live|out)))"
    # "When I first wrote this post, …", "When this article was first published, …"
    r"|When\s+(?:I\s+(?:first|originally)\s+(?:wrote|published|posted)\s+this|this\s+(?:post|article|piece|page|story)\s+was\s+(?:first|originally)\s+"
    r"(?:written|published|posted))"
    # "A reader pointed out …", "Several readers have written in …", "Thanks to Ana for pointing out …", "Hat tip to Ana for the correction"
    r"|(?:An?|One|Two|Three|Several|Some|Many|A\s+few)\s+(?:[a-z-]+\s+)?readers?\s+(?:(?:has|have)\s+)?(?:pointed\s+out|noted|noticed|spotted|"
    r"written\s+in|wrote\s+in|emailed|alerted|let\s+me\s+know|told\s+me)"
    r"|(?:Thanks|Thank\s+you|(?:A\s+)?hat\s+tip|h/t)\s+to\s+[^.\n]{1,60}?\s+for\s+(?:pointing\s+out|noticing|spotting|catching|flagging|the\s+correction|letting\s+me\s+know)"
    # "Later: …", "A month later: …", "Two years later: …" (a colon after it: not a story's "A year later, we …")
    r"|(?:(?:An?|One|Two|Three|Four|Five|Six|Several|A\s+few|\d{1,2})\s+(?:hours?|days?|weeks?|months?|years?)\s+)?later"
    r"(?:\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night|week|month|year))?(?=[ \t]{0,2}(?:[*_]{1,3})?[ \t]{0,2}:)"
    # "Shortly after publishing this, …", "A few days after I posted this, …"
    r"|(?:Shortly|Soon|Right|Just|(?:An?|One|Two|Three|Several|A\s+few|\d{1,2})\s+(?:hours?|days?|weeks?|months?|years?))\s+after\s+"
    r"(?:I\s+)?(?:publishing|posting|writing|wrote|published|posted)\s+(?:this|the\s+(?:original\s+)?(?:post|article|piece))"
    # "I've since learned that …"
    r"|I(?:['\u2019]ve|\s+have)\s+since\s+(?:learned|learnt|found|discovered|heard|realized|realised|been\s+told)"
    r")\b",
    re.IGNORECASE,
)
"""A sentence written after the text it joins, saying so ("Since publishing this post, …", "When I
first wrote this post, …", "A reader pointed out …", "I've since learned …", "A month later: …"), or
a quote that says what the text said before ("> Previously, …": in prose, "Previously, we saw …"
is a transition): a note with no label."""
NOTICE_WORD = re.compile(
    r"[ \t]{1,4}(?:notice|note|alert|info|information|update|updates|announcement)[ \t]{0,4}(?:[*_]{1,3}|</" + EMPHASIS_TAG + r">)?[ \t]{0,4}",
    re.IGNORECASE,
)
"""What may follow a label word in a heading that is nothing but the label ("Update notice",
"Important Update")."""

PICTOGRAPHS = "[\U0001f300-\U0001faff\u2600-\u27bf]"
"""A pictograph's range ("🔔", "📢", "✅"), as one may stand before a label."""
TIMED = re.compile(
    r"(?:Updated|Edited|Corrected|Amended|Revised)\s+at\s+\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|[AP]M)(?:\s+[A-Z]{1,4}T?\b)?"
    r"(?=[ \t]*(?:to|with)\b|[ \t]*[:\u2014\u2013])", re.IGNORECASE,
)
"""A news site's stamp of the hour a story was updated, saying what was done ("Updated at 11:38
AM ET to include …", "Updated at 3:45 p.m.: …"); not a schedule ("Updated at 10 am every weekday, …")."""


LEAD = re.compile(
    r"(?:<br[ \t]{0,2}/?>[ \t]{0,8}\n[ \t]{0,8}){0,2}"  # a line break alone above it, for space: "<br>\n{% callout %}…"
    r"(?:<a\b[^<>\n]{0,80}>[ \t]{0,4}</a>[ \t]{0,8}\n?[ \t]{0,8}|\[\[[A-Za-z_][\w.:-]{0,80}\]\][ \t]{0,8}\n)?"  # an anchor for links to the note: <a id="warning-k8s"></a>, AsciiDoc's "[[notice]]"
    r"(?:\{:[ \t]{0,4}[.#][^{}\n]{0,80}\}[ \t]{0,8}\n[ \t]{0,8})?"  # kramdown's attributes on the line above: {:.site-note}
    r"(?:\|[ \t]{0,4}(?=[^|\n]{1,200}\|[ \t]{0,8}\n[ \t]{0,3}\|[ \t]{0,4}:?-{3,40}))?"  # a one-column table's header: | :warning: NOTE: |
    r"(?:<(?:p|div|span|aside|blockquote|small|h[1-6])\b(?:[^<>\n]{0,80}?\bclass=[\"'](?P<cls>[^\"'\n]{1,80})[\"'])?[^<>\n]{0,80}>[ \t]{0,8}\n?[ \t]{0,8}"
    r"(?:<(?:p|div|span)>[ \t]{0,8}\n?[ \t]{0,8})?)?"  # HTML in Markdown: <div class="notice">, <blockquote …>\n<p>
    # a template's box around the note: {% Aside %}, {% Aside 'note' %}, {{< note >}}, {{% notice info %}}
    r"(?:\{%-?[ \t]{0,4}(?P<liq>[A-Za-z][\w-]{0,30})(?:[ \t]{1,4}['\"]?(?P<tag>[\w-]{1,20})?['\"]?[^%\n]{0,400})?[ \t]{0,4}-?%\}"
    r"[ \t]{0,8}\n?[ \t]{0,8}|\{\{[<%][ \t]{0,4}(?P<code>[A-Za-z][\w-]{0,30})(?P<args>[^>%\n]{0,80})[>%]\}\}[ \t]{0,8}\n?[ \t]{0,8}"
    # an MDX component around it: <Note>, <Aside type="caution">, <Callout type="info">
    r"|<(?P<jsx>[A-Z][A-Za-z]{1,20})(?P<props>[ \t][^<>\n]{0,80})?>[ \t]{0,8}\n?[ \t]{0,8})?"
    r"(?:(?::{3,8}(?:[ \t]{0,4}\{\.(?=callout-))?\{?|`{3,6}\{(?=[A-Za-z]{2,20}\}))[ \t]{0,4}(?P<fence>[\w-]{0,20})\}?(?:\[(?P<btitle>[^\]\n]{0,80})\])?(?:[ \t]{1,8}(?P<ftitle>[^\n]{0,80}))?[ \t]{0,8}(?:\n|$)|[!?]{3}\+?[ \t]{0,4}(?=[\w\"])(?P<bang>[\w-]{1,20})?(?:[ \t]{0,4}\"(?P<qtitle>[^\"\n]{0,80})\")?(?:[ \t]{0,8}(?:\n[ \t]{0,8}|$)|(?<=\")[ \t]{1,4}(?=\S))"
    r"|\.\.[ \t]{1,4}(?P<rest>[A-Za-z][\w-]{1,20})::[ \t]{0,8}(?:\n[ \t]{1,8})?"  # admonitions, reST directives
    r"|\#\+(?i:begin)_(?!(?i:src|example|export|comment|verse|latex|html)\b)(?P<org>[A-Za-z][\w-]{1,20})[ \t]{0,8}[^\n]{0,80}\n[ \t]{0,8}"  # an Org block: "#+BEGIN_NOTE", "#+begin_quote"
    r"|\.\.[ \t]{1,4}\[#?(?P<foot>[A-Za-z][\w-]{1,20})\][ \t]{1,4}|\[\^(?P<mfoot>[\w-]{1,20})\]:[ \t]{1,4})?"  # footnotes
    # a GitHub alert "> [!NOTE]" on its own line; Obsidian callouts and Svelte's docs also
    # write the text (or a title) on the same line: "> [!NOTE] Safari only focuses …"
    r"(?:>[ \t]?\[!(?P<alert>[A-Za-z]{2,12})\][-+]?(?:[ \t]{0,8}\n|[ \t]{1,8}(?=\S)))?"
    # HashiCorp's callouts in Terraform, Vault and Consul docs: "~> **Note:** …" (a warning), "-> …" (a note), "!> …" (danger); webpack's "W> …"
    r"(?:(?P<hashi>[~!-]>|W>)[ \t]{1,4}(?=\S))?"
    r"(?:>[ \t]?){0,4}(?:#{1,6}[ \t]{1,8}|={2,6}[ \t]{1,8}|\*{2,8}[ \t]{1,8}|[-*+][ \t]{1,8}|\d{1,3}[.)][ \t]{1,8})?"
    r"(?:(?P<emoji>:(?:warning|memo|information_source|exclamation|heavy_exclamation_mark):|\u26a0|\u2139|\U0001f4dd)\ufe0f?[ \t]{0,4}"
    # any other pictograph before a label ("🔔 Update: …", "📢 **Update (…):**"): no label by itself
    r"|" + PICTOGRAPHS + r"\ufe0f?[ \t]{1,4}(?=\S))?"
    r"(?:\u203b[ \t]{0,2})?"  # a reference mark before a Japanese note: "※追記：…"
    r"(?::(?=(?i:update|edit|correction|addendum|erratum|note)s?:[ \t]))?"  # a reST field named by a label: ":Update: 3 March 2021 -- …"
    r"(?:\*\*[ \t](?=[A-Za-z])|[*_]{1,3}|'{2,3}|<" + EMPHASIS_TAG + r">[ \t]{0,3}\n?[ \t]{0,3})?\\?(?P<open>[" + re.escape("".join(CLOSE)) + r"])?(?:[*_]{1,3}|'{2,3}|<" + EMPHASIS_TAG + r">)?"
    r"(?:(?:\u26a0|\u2139|:(?:warning|information_source|exclamation|heavy_exclamation_mark):)\ufe0f?[ \t]{1,4})?"  # an emoji inside the emphasis: "**⚠ Warning**:", "**:exclamation: NOTICE: …**"
)
"""Markdown before a label: quote markers, a heading or list marker, emphasis (MediaWiki's
``''Note:''`` and ``'''NOTE'''`` too)."""


def first_of(text: str, chars: str, start: int, stop: int) -> int | None:
    """Where the first of ``chars`` stands in ``text[start:stop]`` (a label's closing bracket), if anywhere."""
    found = [k for k in (text.find(ch, start, stop) for ch in chars) if k >= 0]
    return min(found) if found else None


def titled_form(titled: re.Match[str], lead: re.Match[str] | None) -> bool:
    """A titled note other than "… note:" is one in emphasis or a heading only ("**Migration
    Note:**", "**Mongoose Update**:"; "Blue Note: founded in 1939", "Security update: 1.2.3"
    in a list are names and items)."""
    return titled.group(1).endswith("note") or (lead is not None and any(ch in lead.group(0) for ch in "*_#"))
