"""The values that flow through annotate: frozen, typed, and free of behaviour.

Coordinates
-----------
Every offset in annotate is a 0-based, half-open ``[start, end)`` index into
``Document.text``: the text as the library reads it (decoded, newlines turned
into ``\\n``; for HTML, the extracted text that ``annotate text FILE`` prints).
Display text is always a slice of ``Document.text``; the normalised *key* used
for matching (``Passage.key``) is kept apart and never shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Precision = Literal["day", "month", "year"]
AnnotationKind = Literal["bracketed", "labelled", "inline"]
ChangeKind = Literal["annotation", "addition", "deletion", "edit", "move", "frame"]
OpTag = Literal["equal", "insert", "delete", "replace"]
BlockKind = Literal["equal", "changed", "insert", "delete", "move_from", "move_to"]
PassageKind = Literal[
    "paragraph", "heading", "list_item", "code", "table", "html", "rule", "link_definition", "footnote"
]
InlineKind = Literal["markup", "emphasis", "strong", "strike", "inserted", "code", "link", "image"]


class Structure(NamedTuple):
    """What kind of block a passage of a Markdown or HTML document is."""

    kind: PassageKind
    """``paragraph``, ``heading``, ``list_item``, ``code``, ``table``, ``html`` (a raw HTML
    block), ``rule``, ``link_definition`` or ``footnote``."""
    level: int
    """Heading level (1-6), or list nesting depth (1 for a top-level item); else 0."""
    quote: int
    """Blockquote depth (0 outside quotes)."""
    box: tuple[str, int] | None = None
    """An HTML page's note box around the passage, named by its class and not by words a reader
    sees (``<div class="update">``): the kind its class names ("update", "editor's note", or
    ``CALLOUT_BOX`` for an alert or callout) and the box's number in the page, so that passages of
    one box are told from the next box's."""


CALLOUT_BOX = "callout"
"""The box kind of a callout ("<div class="alert alert-warning">"): no note by its class (a page's
boxes of advice and banners are old or advice more often than notes), but one box: a note found
in it takes the box (its title, "<h2>Unstable feature</h2>", and its paragraphs)."""


class InlineSpan(NamedTuple):
    """A stretch of a Markdown passage with inline meaning."""

    kind: InlineKind
    """``markup`` (syntax a reader does not see rendered: ``**``, ``#``, ``](url)``, ``>``),
    or the rendered style of the text inside: ``emphasis``, ``strong``, ``strike``,
    ``code``, ``link``, ``image`` (its alt text); ``inserted`` (HTML's ``<ins>``: shown as added)."""
    start: int
    """First offset."""
    end: int
    """Offset past the end."""
    target: str | None = None
    """A link's or image's address."""


@dataclass(frozen=True)
class DateInfo:
    """A date with its precision and where it came from."""

    value: str
    """ISO form: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (matching ``precision``)."""
    precision: Precision
    """How much of the date is known: ``day``, ``month`` or ``year``."""
    basis: str
    """Why we believe it: ``explicit``, ``document``, ``inferred`` for annotations;
    ``option``, ``metadata``, ``dateline``, ``filename`` (a file named ``2016-01-26-….md``), ``marker``
    or ``inferred`` for documents."""
    evidence: str
    """The text (or metadata field) the date was read from."""


@dataclass(frozen=True)
class Passage:
    """A paragraph-like block of a document."""

    index: int
    """Position of the passage in its document, from 0."""
    start: int
    """Offset of the first character (never whitespace)."""
    end: int
    """Offset just past the last non-whitespace character."""
    key: str
    """Normalised text used for matching; never displayed."""


@dataclass(frozen=True)
class Document:
    """A text as read from a file, string or stdin, split into passages."""

    text: str
    """The text all offsets refer to."""
    passages: tuple[Passage, ...]
    """Paragraphs in document order; they do not overlap and hold no outer whitespace."""
    source: str
    """Where it came from: a path, ``-`` for stdin or ``<string>``."""
    format: str
    """``text``, ``markdown`` or ``html``."""
    title: str | None = None
    """Title from HTML metadata or a Markdown heading, if any."""
    date: DateInfo | None = None
    """The document's own (publication) date: option, metadata or dateline, if known."""
    updated: DateInfo | None = None
    """When the document says it was last updated (HTML modified time, "updated …" in a dateline)."""
    encoding: str = "utf-8"
    """The encoding the bytes were decoded with."""
    warnings: tuple[str, ...] = ()
    """Things the reader did that a user should know (e.g. a cp1252 fallback)."""
    structure: tuple[Structure, ...] = ()
    """Markdown and HTML: what each passage is, one per passage (empty for plain text)."""
    inline: tuple[InlineSpan, ...] = ()
    """Inline spans, sorted by start (markup, and styles over the text they cover): a Markdown
    document's; an HTML page's struck-through and inserted text (``<del>``, ``<s>``, ``<ins>``)."""
    metadata: tuple[tuple[str, str], ...] = ()
    """Front matter (or e-mail style header) fields as ``(key, value)`` text, in file order:
    read for title and dates, never compared as text."""

    def passage_text(self, passage: Passage) -> str:
        """Display text of ``passage``."""
        return self.text[passage.start : passage.end]


@dataclass(frozen=True)
class Annotation:
    """A note the republisher inserted and marked as an insertion."""

    id: str
    """Stable id, ``n1``, ``n2``… in document order."""
    kind: AnnotationKind
    """``bracketed`` (a bracketed paragraph block), ``labelled`` (``Update:``…) or ``inline``."""
    start: int
    """Offset of the note's first character in the revised text."""
    end: int
    """Offset just past its last character (closing bracket and trailing stop included)."""
    text: str
    """The note exactly as it stands in the revised text."""
    paragraphs: tuple[int, ...]
    """Indices of the revised passages the note touches."""
    label: str | None
    """The label as written (``Update``, ``Editor's note``…), or ``None``."""
    date: DateInfo | None
    """When the note was added, or ``None`` when that cannot be known."""


@dataclass(frozen=True)
class Frame:
    """New text around the reposted body: an introduction or the republication marker."""

    start: int
    """Offset of the first character in the revised text."""
    end: int
    """Offset just past the last character."""
    marker: bool
    """True for the republication marker itself ("first published … on …")."""


@dataclass(frozen=True)
class Notes:
    """What the republished version alone tells: its annotations, framing and dates."""

    document: Document
    """The republished document that was examined."""
    annotations: tuple[Annotation, ...]
    """Every annotation found, in document order."""
    frames: tuple[Frame, ...]
    """Framing text and the republication marker, in document order."""
    date: DateInfo | None
    """The republication's date (explicit, metadata or inferred)."""
    original_date: DateInfo | None
    """The original publication's date, read from the republication marker."""


class Opcode(NamedTuple):
    """One step of a character-level edit script, in the vocabulary of ``difflib``.

    A 5-tuple like ``difflib.SequenceMatcher.get_opcodes()``'s items, so
    ``for tag, i1, i2, j1, j2 in comparison.opcodes()`` reads as it does there.
    ``equal`` means equal *after normalisation*: the two slices may differ in
    whitespace, quotes or dashes, never in words.

    >>> tag, i1, i2, j1, j2 = Opcode("replace", 4, 7, 4, 9)
    >>> (tag, i2 - i1, j2 - j1)
    ('replace', 3, 5)
    """

    tag: OpTag
    """``equal``, ``insert``, ``delete`` or ``replace``."""
    a_start: int
    """Start in the original text."""
    a_end: int
    """End in the original text."""
    b_start: int
    """Start in the revised text."""
    b_end: int
    """End in the revised text."""


class Block(NamedTuple):
    """One row of the passage alignment, in reading order of both documents."""

    kind: BlockKind
    """``equal``, ``changed`` (aligned and edited), ``insert``, ``delete``,
    ``move_from`` (where a moved passage was) or ``move_to`` (where it went)."""
    a: tuple[int, int] | None
    """Character range in the original (``None`` for ``insert``)."""
    b: tuple[int, int] | None
    """Character range in the revised (``None`` for ``delete``)."""
    a_passages: tuple[int, int]
    """Half-open range of original passage indices."""
    b_passages: tuple[int, int]
    """Half-open range of revised passage indices."""
    ops: tuple[Opcode, ...] = ()
    """Word-level edit script covering ``a`` and ``b`` (for ``changed`` and edited ``move_to``)."""
    move: int | None = None
    """For ``move_from``/``move_to``: the id shared by both ends of the move."""
    similarity: float = 1.0
    """How much of the aligned passages is unchanged: the share (by length) the word diff
    found equal for edited passages, 1.0 for equal ones, 0.0 for inserted or deleted ones."""


class Range(NamedTuple):
    """A slice of one document, with its text."""

    start: int
    """Start offset."""
    end: int
    """End offset."""
    text: str
    """``document.text[start:end]``."""


class Change(NamedTuple):
    """One difference between the versions, classified."""

    kind: ChangeKind
    """``annotation``, ``addition``, ``deletion``, ``edit``, ``move`` or ``frame``."""
    silent: bool
    """True when the change lies in the reposted body and no annotation discloses it."""
    annotation: str | None
    """Id of the annotation this change is (``kind == "annotation"``), else ``None``."""
    original: Range | None
    """What it replaced or removed in the original, or ``None``."""
    revised: Range | None
    """What it put in the revised version, or ``None``."""
    move: int | None = None
    """For moves: the move id shared with the alignment blocks."""
    disclosed_by: tuple[str, ...] = ()
    """Ids of the annotations that disclose this change (empty when silent, or for
    annotations and framing themselves)."""
    disclosure: str | None = None
    """How it is disclosed: ``specific`` (a note names its old or new wording, or says what
    changed where it changed), ``general`` (a note announces edits to the whole text, e.g.
    "This article has been updated"), ``visible`` (the revised text shows it, struck
    through); ``None`` when silent or not an edit."""


@dataclass(frozen=True)
class Summary:
    """Counts per kind of change."""

    annotations: int
    """Number of annotations."""
    silent_edits: int
    """Changes with ``silent`` set, and silent front matter changes (``silent_metadata``)."""
    additions: int
    """Unmarked additions."""
    deletions: int
    """Deletions."""
    edits: int
    """Replacements."""
    moves: int
    """Moved passages."""
    frames: int = 0
    """Framing changes (introduction, republication marker)."""
    silent_moves: int = 0
    """The moves among ``silent_edits`` (reports count them among the moves, each change once)."""
    disclosed: int = 0
    """Additions, deletions and edits that a note discloses (or that the text shows struck through)."""
    cosmetic: int = 0
    """Additions, deletions and edits of dates, punctuation or markup alone: shown, but neither
    silent nor disclosed by any note."""
    silent_metadata: int = 0
    """The front matter changes among ``silent_edits`` (a title or author changed, no note)."""

    @property
    def silent_not_moves(self) -> int:
        """The silent changes other than moves: what the reports call silent edits, counting
        silent moves among the moves (each change once)."""
        return self.silent_edits - self.silent_moves


class MetadataChange(NamedTuple):
    """A front matter field added, removed or changed."""

    key: str
    """The field's name as written."""
    original: str | None
    """Its value in the original (``None``: not there)."""
    revised: str | None
    """Its value in the republished version (``None``: removed)."""
    silent: bool = False
    """True for a field readers see (the title, the author, the publication date) changed with no note naming it:
    a silent edit (see ``annotate.metadata``)."""
    disclosed_by: tuple[str, ...] = ()
    """Ids of the annotations that disclose a change of such a field."""


_CONTENT = ("addition", "deletion", "edit")


@dataclass(frozen=True)
class Comparison:
    """Everything annotate knows about an original and its republished version."""

    original: Document
    """The original document."""
    revised: Document
    """The republished document."""
    blocks: tuple[Block, ...]
    """Passage alignment in reading order."""
    annotations: tuple[Annotation, ...]
    """Annotations found in the revised document."""
    frames: tuple[Frame, ...]
    """Framing text in the revised document."""
    changes: tuple[Change, ...]
    """Every difference, each exactly once, in revised-document order."""
    original_date: DateInfo | None
    """Date of the original publication, if known."""
    revised_date: DateInfo | None
    """Date of the republication, if known."""
    limits: tuple[str, ...] = field(default=())
    """Limits that were reached (e.g. a diff that timed out); empty when none."""
    metadata_changes: tuple[MetadataChange, ...] = field(default=())
    """Differences of the front matter (or e-mail style header): metadata, and silent edits
    when a field readers see (title, author) changed with no note naming it."""

    @property
    def summary(self) -> Summary:
        """Counts per kind of change."""
        kinds = [c.kind for c in self.changes]
        return Summary(
            annotations=len(self.annotations),
            silent_edits=sum(1 for c in self.changes if c.silent) + sum(1 for m in self.metadata_changes if m.silent),
            additions=kinds.count("addition"),
            deletions=kinds.count("deletion"),
            edits=kinds.count("edit"),
            moves=kinds.count("move"),
            frames=kinds.count("frame"),
            silent_moves=sum(1 for c in self.changes if c.silent and c.kind == "move"),
            disclosed=sum(1 for c in self.changes if c.kind in _CONTENT and not c.silent and c.disclosure is not None),
            cosmetic=sum(1 for c in self.changes if c.kind in _CONTENT and not c.silent and c.disclosure is None),
            silent_metadata=sum(1 for m in self.metadata_changes if m.silent),
        )

    def opcodes(self) -> list[Opcode]:
        """A character-level edit script covering both texts end to end.

        Concatenating ``original.text[a_start:a_end]`` over the result rebuilds the
        original; the same with ``b`` rebuilds the revised text. Moved passages
        appear as a ``delete`` where they were and an ``insert`` where they went.
        """
        from annotate.opcodes import covering_opcodes

        return covering_opcodes(self)
