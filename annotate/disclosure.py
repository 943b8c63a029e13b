"""Which note discloses a change: the rules, and the index of what the notes name.

Why a module of its own: disclosure is the judgement users care about most (a change no
note discloses is a *silent edit*), so its rules live in one place, apart from the
bookkeeping of ``annotate.classify`` that cuts raw differences into changes.

A change is disclosed only when a note names it — a number or date of its old or new wording, a phrase of
two content words from it (a few words apart at most), code or words the note quotes — or says what changed
where it changed ("this section was added", "the wrong date", a reporting note naming the section's heading
or standing beside the change), or the revised text shows it (struck through, or "47*" under "*denotes
updated totals"), or a general notice covers it ("This article has been updated"). Sharing a topic word,
or writing the word a spelling fix gives, is never disclosure."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from annotate.addresses import in_address
from annotate.datechanges import date_disclosers
from annotate.labels import SECTION_ADDED, UPDATE_LABEL
from annotate.legends import beside_mark, legend_mark
from annotate.logs import stamp
from annotate.model import Annotation, Change, Document, Range
from annotate.naming import (
    CODE,
    DEFINITION,
    QUOTED,
    TOPIC_REACH,
    WORD,
    adjective,
    cites,
    code_brought,
    content_words,
    has_address,
    has_digit,
    links_in,
    names_in,
    numbers,
    pair_counts,
    phrase_pairs,
    sequence,
    stem,
    stems_of,
    terms_named,
    topic_phrases,
    undated,
)
from annotate.newwords import ADDS, PageWords, brought_in
from annotate.notices import CHANGELOG, REPORTS_CHANGE, general_notice, notice_scope
from annotate.removals import Removals
from annotate.sections import (
    anchors,
    cjk_titled,
    covers_above,
    field_words,
    in_code,
    named_sections,
    names_title,
    section_of,
    text_above,
)
from annotate.smalledits import case_named, figure, figure_index, quantity_notes, recased, respelled, spelling_named
from annotate.status import STATUS_WORDS

_STRIKE = re.compile(r"~~(?!~)[^\n]*?~~|<(s|del|strike|ins)\b[^>]*>.*?</\1>", re.IGNORECASE | re.DOTALL)
_SECTION_NOTE = re.compile(
    r"\b(?:this|the\s+following|the\s+above|the\s+below|the(?=\s+[a-z]{4,9}\s+(?:below|above)\b))\s+(?:section|paragraph|part|passage|list|table|chapter|"
    r"sentence|example|code|snippet|heading)s?\b[^.\n]{0,60}?\b(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:\w+\s+)?(?:added|updated|changed|rewritten|revised|corrected|edited|amended|expanded|replaced|removed)\b"
    r"|\b(?:added|updated|changed|rewritten|revised|corrected)\s+(?:this|the\s+following)\s+(?:section|paragraph|part)\b",
    re.IGNORECASE,
)
"""A note that says what changed where it stands ("This section was added in 2019")."""
_EARLIER_VERSION = re.compile(
    r"\b(?:(?:a|an|the)\s+)?(?:previous|earlier|prior|original|first)\s+versions?\s+of\s+(?:this|the)\s+\w+", re.IGNORECASE
)
"""The newspaper correction's formula ("An earlier version of this article misstated …")."""
_NUMBERS_NOTE = re.compile(
    r"\b(?:numbers|figures|amounts|totals|statistics|stats|financials|prices|costs|(?:benchmarks?|test)\s+results|"
    r"(?:results|timings|measurements)\s+(?:below|above)|(?:updated|revised|corrected|re-?ran|re-?did)\s+(?:the\s+|all\s+|my\s+)?"
    r"(?:results|timings|measurements|benchmarks))\b", re.IGNORECASE
)
"""What a note reporting a change says was changed when it is the numbers."""
_CORRECTION_LABEL = re.compile(r"correct|errat|retract|clarif", re.IGNORECASE)
"""Labels of notes that report a change by what they are ("Correction:", "Erratum")."""
_MOVED = re.compile(r"\b(?:moved|reordered|re-ordered|rearranged|re-arranged|relocated|swapped)\b", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\s{0,4}\[\^([^\]\s]{1,40})\]:")
_CODE_TALK = re.compile(r"\b(?:bug|code|function|script|snippet|command|query|formula|macro|program)s?\b", re.IGNORECASE)  # (a note on code)


class Notes:
    """What the notes of a comparison name, for disclosure checks (the rules: this module's docstring)."""

    def __init__(self, b: Document, annotations: tuple[Annotation, ...], original: str = "") -> None:
        # (a note that is a section added, "## Bonus 2 …\n\n[*Section added on …*.]", is the change: it names none)
        annotations = tuple(replace(x, text=x.label or "") if x.label and SECTION_ADDED.match(x.label) else x for x in annotations)
        self.ids, self.text, self.raw = [x.id for x in annotations], b.text, [x.text for x in annotations]
        self.original = original  # (where a removed word stood inside something a note quotes)
        self.page = PageWords(original)  # (which words the original writes: ``annotate.newwords``)
        # notes explaining a mark set beside the values they changed (``legends.legend_mark``)
        self.legends = [(n, mark) for n, x in enumerate(annotations) if (mark := legend_mark(x.text)) is not None]
        sequences = [sequence(x.text) for x in annotations]
        self.general = tuple(x.id for x in annotations if general_notice(x.text))
        self.scoped = [(n, scope) for n, x in enumerate(annotations) if (scope := notice_scope(x.text))]
        """Notices of one kind of change (``notices.notice_scope``), by note."""
        self.above = {n: text_above(b, annotations[n]) for n, scope in self.scoped if "above" in scope}
        """Notices of edits to "the text above" them: where that text is (``sections.text_above``)."""
        self.below = {n: annotations[n].paragraphs[-1] for n, scope in self.scoped if "below" in scope}
        """Notices of edits to the rest of the text ("the rest of this article has been rewritten"): their last passage."""
        self.b, self.vocabulary = b, {w for x in annotations for w in WORD.findall(x.text.lower())}
        self.stem_vocabulary, self.figures = {stem(w) for w in self.vocabulary}, figure_index(self.raw)
        self.by_word: dict[str, list[int]] = {}
        for n, seq in enumerate(sequences):
            for w in set(seq):
                self.by_word.setdefault(w, []).append(n)
        self.movers = [n for n, x in enumerate(annotations) if _MOVED.search(x.text)]
        self.reporting = [
            n for n, x in enumerate(annotations)
            if (REPORTS_CHANGE.search(x.text) or CHANGELOG.search(x.text) or (x.label is not None and _CORRECTION_LABEL.match(x.label)))
            and not (x.label and x.label.lower() in STATUS_WORDS)
        ]
        """Notes that report a change of the text (a correction always does; a notice of the document's state, "## Superseded", does not)."""
        self.stems = [{stem(w) for w in seq} - {stem(w) for w in sequence(x.label or "")} for seq, x in zip(sequences, annotations, strict=True)]
        self.earlier = {n for n, x in enumerate(annotations) if _EARLIER_VERSION.search(x.text)}
        """Corrections that say what an earlier version said: one phrase of it names a change."""
        self.numbers = [n for n in self.reporting if _NUMBERS_NOTE.search(annotations[n].text)]
        """Notes reporting that the numbers were changed ("We revised how our financials were reported … to bring
        the numbers in this post inline with …"): they name every change of a number."""
        self.words = [set(seq) for seq in sequences]
        self.near = [
            set() if x.kind == "inline" and x.date is not None and stamp(x.label)
            else set(range(min(x.paragraphs) - 1, max(x.paragraphs) + 2))
            for x in annotations
        ]
        """The passages each note stands beside (none for an entry of a log inside a passage, as a table's row: it tells of changes anywhere, by naming them)."""
        self.reporting_at: dict[int, list[int]] = {}  # (the reporting notes beside each passage)
        for m, k in sorted((n, k) for n in self.reporting for k in self.near[n]):
            self.reporting_at.setdefault(k, []).append(m)
        self.reporting_set, self.removals = frozenset(self.reporting), Removals(b.text, annotations, self.reporting)
        self.adders = frozenset(n for n in self.reporting if ADDS.search(self.raw[n]))  # (notes saying what they added)
        self.update_set = frozenset(n for n, x in enumerate(annotations) if n in self.reporting_set or (x.label and UPDATE_LABEL.fullmatch(x.label)))  # (not advice: "Note: bring ID")
        self.updates = tuple(self.ids[n] for n in sorted(self.update_set))
        self.names = [names_in(x.text) for x in annotations]
        """Words each note writes as names ("YOLO", "Core Developer"), not a topic word it writes in lower case ("the working group")."""
        self.by_number: dict[str, list[int]] = {}
        self.by_pair: dict[tuple[str, str], list[int]] = {}
        for n, x in enumerate(annotations):
            for w in numbers(undated(x)):
                self.by_number.setdefault(w, []).append(n)
            for pr in phrase_pairs([stem(w) for w in sequences[n]]):
                self.by_pair.setdefault(pr, []).append(n)
        head = stems_of(sequence(original[:TOPIC_REACH])) if self.by_pair else []  # (the original's opening words, stemmed)
        self.topic = {  # (the page's topic names no change alone; but in a note reporting one, or an entry of a log)
            pr: ns for pr in (topic_phrases(head, self.by_pair) if self.by_pair else ())
            if (ns := {n for n in self.by_pair[pr] if n not in self.reporting_set and not any(ch.isdigit() for ch in annotations[n].label or "")})
        }
        self.pair_firsts = {w for w, _ in self.by_pair}
        """The first words of the notes' phrases."""
        self.code: list[tuple[int, str]] = []
        """``(note, code)``: code or words the note quotes exactly (two words or more, as in
        `a1 == a2` or "Core Developer")."""
        self.terms: dict[str, list[tuple[int, bool]]] = {}
        """One word or symbol a note quotes ("Basecamp", `?`), with the notes quoting it (and
        whether as code): it names a change that brings it in or takes it out."""
        self.links: dict[str, list[int]] = {}
        """Notes by the addresses they link to (or the reference links they cite, "[simdeez]")."""
        self.defined = {m.lower() for t in (b.text, original) if "]:" in t for m in DEFINITION.findall(t)}
        """Reference links the texts define ("[simdeez]: https://…")."""
        for n, x in enumerate(annotations):
            if "`" in x.text or '"' in x.text or "\u201c" in x.text:
                quoted = {(m.strip(), True) for m in CODE.findall(x.text)} | {((q or c).strip(), False) for q, c in QUOTED.findall(x.text)}
                for span in sorted({span for span, _ in quoted}):
                    if len(WORD.findall(span)) >= 2:
                        self.code.append((n, span))
                for term, code in sorted(quoted):
                    if term and len(WORD.findall(term)) < 2:
                        self.terms.setdefault(term, []).append((n, code))
            for key in links_in(x.text, self.defined):
                self.links.setdefault(key, []).append(n)
        self.sections: dict[int, list[int]] = {}
        for n, x in enumerate(annotations):
            if (said := _SECTION_NOTE.search(x.text) is not None) or UPDATE_LABEL.fullmatch(x.text.strip(" \t*_:#>")):  # ("UPDATE:" put before an old paragraph: its own)
                lo, hi = section_of(b, x.paragraphs[0]) if said else (x.paragraphs[0], x.paragraphs[0] + 1)
                for k in range(lo, hi):
                    self.sections.setdefault(k, []).append(n)
        # (a note reporting a change names a section by its heading's words; any note, by a
        # link to its anchor: "LISP languages [do offer something similar](#learn-more)")
        linked = {n: anchors(x.text) for n, x in enumerate(annotations)}
        titled = [
            (n, self.words[n] if n in self.reporting_set else set(), linked[n]) for n, x in enumerate(annotations)
            if n in self.reporting_set or (linked[n] and (x.label is None or UPDATE_LABEL.fullmatch(x.label) is not None))
        ]  # ("Note: see also [SARSA](#sarsa) for a related method" is advice; "**See [supplemental direction](#supplemental-direction) issued on March 31, 2021.**", a pointer)
        for lo, hi, n in named_sections(b, titled, {n: x.paragraphs for n, x in enumerate(annotations)}):
            for k in range(lo, hi):
                self.sections.setdefault(k, []).append(n)
        if b.format == "html":  # (a page's <del> and <ins>: their tags are not in its text)
            self.strikes = [(s.start, s.end) for s in b.inline if s.kind in ("strike", "inserted")]
        else:
            self.strikes = [(m.start(), m.end()) for m in _STRIKE.finditer(b.text)] if ("~~" in b.text or "<" in b.text) else []

    def disclosure(self, c: Change, where: int | None) -> tuple[tuple[str, ...], str] | None:
        """``(ids of the notes that disclose c, how)``, or ``None`` when none does."""
        found = self._disclosure(c, where)
        if found is None and self.scoped:
            # a notice of one kind of change ("Examples were converted to `?`", "some text was
            # added"): it discloses the changes of that kind, generally
            kinds = {"addition"} if c.kind == "addition" else set()
            if in_code(self.b, where):
                kinds.add("code")
            if respelled(c) or recased(c):
                kinds.add("typo")
            if recased(c):
                kinds.add("case")
            if any(r is not None and (has_address(r.text) or "](" in r.text) for r in (c.original, c.revised)) or in_address(self.b, c.revised):
                kinds.add("link")
            ids = tuple(
                self.ids[n] for n, scope in self.scoped
                if kinds & scope or ("above" in scope and where is not None and covers_above(self.b, self.above[n], where))
                or ("below" in scope and where is not None and where > self.below[n])
            )
            return (ids, "general") if ids else None
        return found

    def _disclosure(self, c: Change, where: int | None) -> tuple[tuple[str, ...], str] | None:
        if c.revised is not None and self._struck(c.revised.start, c.revised.end):
            return (), "visible"
        if c.revised is not None and (marked := [n for n, mark in self.legends if beside_mark(self.text, c.revised.start, c.revised.end, mark)]):
            return tuple(self.ids[n] for n in marked), "specific"  # "47*" under "*denotes updated totals …"
        if (cased := recased(c)) or respelled(c):  # (the smallest edits: ``annotate.smalledits``)
            named = set(case_named(c, self.raw)) if cased else set(spelling_named(c, self.raw, self.vocabulary))
            if not cased and where is not None:
                named.update(self.sections.get(where, ()))  # ("this section was edited" beside it)
            return (tuple(self.ids[n] for n in sorted(named)), "specific") if named else (self.general, "general") if self.general else None
        if self.numbers and c.kind == "edit" and figure(c.original) and figure(c.revised):
            return tuple(self.ids[n] for n in self.numbers), "specific"  # a number revised, as the note says
        if c.kind == "edit" and (dated := date_disclosers(c, self.original, self.text, self.raw, self.reporting) or quantity_notes(c, self.original, self.text, self.figures)):
            return tuple(self.ids[n] for n in dated), "specific"  # a date revised, as a note says ("the wrong date", "11 March, not 12"); a figure it writes ("£3 million")
        if c.kind == "addition" and c.revised is not None and (foot := _FOOTNOTE.match(c.revised.text)) and (cited := [n for n, x in enumerate(self.raw) if f"[^{foot.group(1)}]" in x]):
            return tuple(self.ids[n] for n in cited), "specific"  # a footnote a note cites, added with it ("[^eigenvectors]: …")
        if gone := self.removals.named(c):  # ("removed the note about the archive": "archive" is nowhere now)
            return tuple(self.ids[n] for n in gone), "specific"
        if self.reporting and c.kind != "move" and (fielded := self._field_named(c)):
            return tuple(self.ids[n] for n in sorted(fielded)), "specific"
        if titled := cjk_titled(c, self.raw):
            return tuple(self.ids[n] for n in sorted(titled)), "specific"
        old_words = WORD.findall(c.original.text.lower()) if c.original else []
        new_words = WORD.findall(c.revised.text.lower()) if c.revised else []
        if (
            (where is None or (where not in self.sections and where not in self.reporting_at))
            and (c.kind != "move" or not self.movers)
            and self.vocabulary.isdisjoint(old_words) and self.vocabulary.isdisjoint(new_words)
            and self.vocabulary.isdisjoint([adjective(w) for w in (*old_words, *new_words) if w.endswith("ly")])
            and self.stem_vocabulary.isdisjoint([stem(w) for w in (*old_words, *new_words)])
            and not (self.terms and self._any_term(c))
            and not (self.links and any(cites(r) for r in (c.original, c.revised)))
        ):
            # No note can name a change that shares no word with any note (the common case).
            return (self.general, "general") if self.general else None
        found: set[int] = set()
        if c.kind == "move":
            # A move is disclosed by a note that says something was moved, else by a general notice
            # ("This page has been updated": an order changed is an edit like another; no judge of
            # the held-out sets listed a move under one as silent).
            named = self._by_numbers(c.original) | self._by_numbers(c.revised)
            movers = [n for n in self.movers if (where is not None and where in self.near[n]) or n in named] or (
                [n for n in self.movers if self.ids[n] in self.general]
            )  # (a note saying what moved, by a number of it, discloses that move wherever it stands)
            return (tuple(self.ids[n] for n in movers), "specific") if movers else ((self.general, "general") if self.general else None)
        # (a link's address is no words a note can name: "github" in https://github.com/…)
        old_seq = sequence(c.original.text) if c.original and has_address(c.original.text) else content_words(old_words)
        new_seq = sequence(c.revised.text) if c.revised and has_address(c.revised.text) else content_words(new_words)
        for seq, r in ((old_seq, c.original), (new_seq, c.revised)):
            if r is None:
                continue
            found.update(self._by_numbers(r))
            if r is c.revised and len(r.text) <= 8 and has_digit(r):
                # a digit changed inside a number the note names ("16:55" → "14:55", cut to "14")
                found.update(n for w, ns in self.by_number.items() if len(w) >= 4 and self._inside(w, r.start, r.end) for n in ns)
            found.update(
                n for n, code in self.code
                if code in r.text or self._inside(code, r.start, r.end, self.text if r is c.revised else self.original)
            )
            if self.terms:
                found.update(self._terms_named(r, c.revised if r is c.original else c.original, r is c.revised))
                if r is c.revised:
                    found.update(code_brought(self.terms, self.reporting_set, r, self.original, in_code(self.b, where)))
            if self.links and cites(r):
                # a change linking where a note links ("add references to [simdeez] and [ISPC]" over
                # "Another crate … is [simdeez]."): the note names what the change is about
                found.update(n for key in links_in(r.text, self.defined) for n in self.links.get(key, ()))
            counts = pair_counts([stem(w) for w in seq], self.pair_firsts, self.by_pair, self.topic)
            # A long passage shares a phrase with a note by chance more easily: two, and one more per 150 words past 200 (a page's
            # history deleted shares ten with "Easy Install is deprecated. …"), unless the note says what an earlier version said.
            need = 1 if len(seq) <= 12 else 2 + max(0, len(seq) - 200) // 150
            found.update(n for n, k in counts.items() if k >= need or n in self.earlier)
        for r in (c.original, c.revised):
            if r is not None and r.text.startswith(("#", "==")):
                # A section removed, added or moved whole, whose heading a note names ("The role
                # of Community Contributor was deprecated …" over "## Community Contributor" gone):
                # all of a heading's content words, two at least; one, when the note says it
                # added it ("Add discussion about type-safe messages" over "== Discussion" added).
                head = set(sequence(r.text[: r.text.find("\n") if "\n" in r.text else len(r.text)]))
                found.update(n for n, words in enumerate(self.words) if len(head) >= 2 and head <= words)
                if c.kind == "addition" and len(head) == 1:
                    added = re.compile(rf"\badd(?:s|ed|ing)?\s+(?:an?\s+|the\s+|(?:a\s+)?new\s+)?{re.escape(min(head))}\b", re.IGNORECASE)
                    found.update(n for n, x in enumerate(self.raw) if added.search(x))
        if old_seq and new_seq:
            # A correction naming both the old and the new wording ("misspelled Pryce as Price").
            only_old, only_new = set(old_seq) - set(new_seq), set(new_seq) - set(old_seq)
            if only_old and only_new and len(only_old) <= 3 and len(only_new) <= 3:
                olds = {n for w in only_old for n in self._naming(w)}
                found.update(n for w in only_new for n in self._naming(w) if n in olds)
                # an update writing a word the edit brings into the page ("the install step now uses pipx" over "pip" -> "pipx")
                found.update(brought_in(only_new, self.vocabulary, self.by_word, self.page, c.original, self.update_set))
            elif len(one := only_new or only_old) == 1 and len(w := min(one)) >= 4 and (side := c.revised if only_new else c.original) and w in names_in(side.text):
                found.update(n for n in self.by_word.get(w, ()) if n in self.update_set)  # one name added to or taken from a list ("Windows is now supported")
        elif c.kind == "addition" and 0 < len(new_seq) <= 40:  # a note saying what it added, by a word new to the page ("Added a statement from the mayor.")
            found.update(brought_in(set(new_seq), self.vocabulary, self.by_word, self.page, None, self.adders))
        if where is not None:
            found.update(self.sections.get(where, ()))
            if c.kind == "addition" and self.b.structure and where + 1 < len(self.b.structure) and self.b.structure[where].kind == "rule":
                found.update(self.sections.get(where + 1, ()))  # (a section added under its rule: "---\n## Supplemental Direction")
            # A note that reports a change, standing where the change is ("Windows binaries are
            # now provided officially, so I no longer offer them here" in place of the removed
            # download list), discloses it when it names one of its words; a passage added
            # beside it, more than a few words long, must share two ("Developer documentation
            # was previously available in the Wiki" names no "available issues" added below it).
            stems = {stem(w) for w in (*old_seq, *new_seq)}
            need = 2 if c.kind == "addition" and len(stems) > 3 else 1
            beside = self.reporting_at.get(where, ())
            found.update(n for n in beside if len(stems & self.stems[n]) >= need)
            if beside and in_code(self.b, where):  # (code beside a note saying it was fixed: "There was previously a bug in this function …")
                found.update(n for n in beside if _CODE_TALK.search(self.raw[n]))
            if beside and any(r is not None and has_address(r.text) for r in (c.original, c.revised)):  # "the link … has been removed"
                found.update(n for n in beside if "link" in self.stems[n])
            # A change whose whole wording is one name, which a note standing beside it names
            # ("doxygen" dropped from an install command above "NOTE: Doxygen 1.8.19 or later
            # is required … built from source"), or a note reporting a change names anywhere,
            # capitalised as names are ("Remove YOLO here." over "and YOLO" dropped from a list
            # of models): the note names that change, not just its topic.
            for seq in (old_seq, new_seq):
                if len(seq) == 1 and len(seq[0]) >= 4:
                    found.update(
                        n for n in self.by_word.get(seq[0], ())
                        if where in self.near[n] or (n in self.reporting_set and seq[0] in self.names[n])
                    )
        if found:
            return tuple(self.ids[n] for n in sorted(found)), "specific"
        if self.general:
            return self.general, "general"
        return None

    def _any_term(self, c: Change) -> bool:
        return any(self._terms_named(r, o, r is c.revised) for r, o in ((c.original, c.revised), (c.revised, c.original)) if r is not None)

    def _terms_named(self, r: Range, other: Range | None, revised: bool) -> set[int]:
        """The notes quoting one term ``r`` holds and ``other`` does not (``naming.terms_named``)."""
        return terms_named(self.terms, r, other, self.text if revised else self.original)

    def _naming(self, word: str) -> list[int]:
        """The notes writing ``word``, or its adjective ("quadratically" → "quadratic")."""
        return self.by_word.get(word, []) or self.by_word.get(adjective(word), [])

    def _by_numbers(self, r: Range | None) -> set[int]:  # (the notes that write a number ``r`` holds)
        return {n for w in numbers(r.text) for n in self.by_number.get(w, ())} if r is not None else set()

    def _field_named(self, c: Change) -> set[int]:
        """Reporting notes naming the field whose line holds ``c`` ("We are lowering the
        severity to Low, and updating the description, affected versions, and upgrade path"
        over "Severity: …", "Versions Affected: …"): the field's one content word, or two, are in the
        note (``sections.names_title``); or its new value is ("… has been withdrawn" over "**Stage:** 2" → "Withdrawn")."""
        text, at = (self.text, c.revised.start) if c.revised is not None else (self.original, c.original.start if c.original else -1)
        words = field_words(text, at)
        if words is None:
            return set()
        value = {stem(w) for w in sequence(c.revised.text)} if c.revised is not None else set()  # "Stage: 2" → "Withdrawn"
        return {n for n in self.reporting if names_title(words, self.stems[n]) or (value and value <= self.stems[n])}

    def _inside(self, code: str, start: int, end: int, text: str | None = None) -> bool:
        """True when ``[start, end)`` of ``text`` (the revised text unless given) lies inside a
        place where it reads ``code`` (a fix inside a quoted flag: "cookies" → "cookie" in
        ``--test-third-party-cookie-phaseout``; "core" removed from "Core Developer")."""
        text = self.text if text is None else text
        at = text.find(code, max(0, end - len(code)), start + len(code))
        return 0 <= at <= start and end <= at + len(code)

    def _struck(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies in (or right after) a struck-through span, or is
        the strike-through markup itself: the author shows this change."""
        if not self.strikes:
            return False
        k = bisect.bisect_right(self.strikes, (end, end))
        for s, e in self.strikes[max(0, k - 2) : k + 1]:
            if (s <= start and end <= e) or e <= start <= e + 2 or (start < e and s < end):
                return True
        return False

