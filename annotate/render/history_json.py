"""The JSON contract of a history (``annotate.history``, version 1; see ``docs/json.md``).

Why this exists: scripts that follow an article through its versions need one stable shape,
like ``annotate.comparison`` for two. Changes are written exactly as that contract writes
them (``annotate.render.json.change_json``). Output is deterministic: keys in a fixed order,
no timestamps, ``ensure_ascii`` off, one trailing newline.
"""

from __future__ import annotations

from typing import Any

from annotate.history_model import History, HistoryNote, Stealth, Step, Version
from annotate.model import DateInfo
from annotate.render.json import change_json, dumps

FORMAT = "annotate.history"
VERSION = 1


def _date(d: DateInfo | None) -> dict[str, Any]:
    return {
        "date": d.value if d else None,
        "date_precision": d.precision if d else None,
        "date_basis": d.basis if d else None,
        "date_evidence": d.evidence if d else None,
    }


def _version(v: Version, step: Step | None) -> dict[str, Any]:
    s = step.summary if step else None
    return {
        "index": v.index,
        "source": v.source,
        "revision": v.revision,
        **_date(v.date),
        "title": v.document.title,
        "format": v.document.format,
        "notes": list(v.notes),
        "added": list(step.added) if step else [],
        "removed": list(step.removed) if step else [],
        "silent_edits": s.silent_edits if s else 0,
        "changes": len(step.changes) if step else 0,
    }


def _note(n: HistoryNote) -> dict[str, Any]:
    return {
        "id": n.id,
        "kind": n.kind,
        "label": n.label,
        "text": n.text,
        "last_text": n.last_text,
        "first": n.first,
        "removed": n.removed,
        **_date(n.date),
        "absent_on": n.absent_on,
        "correction": n.correction,
        "final": n.final,
        "removal_silent": n.removal_silent,
    }


def _step(s: Step) -> dict[str, Any]:
    m = s.summary
    return {
        "before": s.before,
        "after": s.after,
        "added": list(s.added),
        "removed": list(s.removed),
        "summary": {"annotations": m.annotations, "silent_edits": m.silent_edits, "additions": m.additions,
                    "deletions": m.deletions, "edits": m.edits, "moves": m.moves, "frames": m.frames},
        "changes": [change_json(c) for c in s.changes],
        "limits": list(s.limits),
    }


def _stealth(s: Stealth) -> dict[str, Any]:
    return {
        "kind": s.kind,
        "version": s.version,
        "note": s.note,
        "correction": s.correction,
        "silent": s.silent,
        "change": change_json(s.change) if s.change is not None else None,
    }


def history_json(h: History) -> dict[str, Any]:
    """The whole contract as plain Python values."""
    latest = h.latest.document
    return {
        "format": FORMAT,
        "version": VERSION,
        "versions": [_version(v, h.steps[v.index - 1] if v.index else None) for v in h.versions],
        "notes": [_note(n) for n in h.notes],
        "stealth": [_stealth(s) for s in h.stealth],
        "steps": [_step(s) for s in h.steps],
        "blame": [
            {"passage": o.passage, "start": o.start, "end": o.end, "first": o.first, "changed": o.changed,
             "text": latest.text[o.start : o.end]}
            for o in h.blame
        ],
        "word_blame": [[s, e, v] for s, e, v in h.words],
        "summary": {
            "versions": len(h.versions),
            "notes": len(h.notes),
            "removed_notes": sum(1 for n in h.notes if n.removed is not None),
            "stealth_edits": len(h.stealth),
            "silent_edits": sum(s.summary.silent_edits for s in h.steps),
        },
        "skipped": list(h.skipped),
        "warnings": list(h.warnings),
    }


def render_history_json(h: History) -> str:
    """``history_json`` serialised deterministically.

    >>> from annotate.history import history
    >>> out = render_history_json(history(["It was 5 km.", "It was 7 km.\\n\\n[Update, 6 July 2017: corrected.]"]))
    >>> import json; d = json.loads(out); (d["format"], d["version"], d["notes"][0]["first"], d["notes"][0]["date"])
    ('annotate.history', 1, 1, '2017-07-06')
    """
    return dumps(history_json(h))
