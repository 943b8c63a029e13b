"""The HTML report's own stylesheet and script: files of this package, never built from input.

The Content-Security-Policy of the page allows exactly these two inline blocks,
by their SHA-256 hashes, and nothing else (no network, no other script or style).
Both are plain ASCII so that their bytes, and hence their hashes, cannot change
with the output encoding.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources


def _asset(name: str) -> str:
    """A file of this package, read as ASCII (bytes, and so the hash, fixed whatever the locale)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="ascii")


CSS = _asset("report.css")
"""The page's stylesheet (``report.css``), inlined in its ``<style>``."""
SCRIPT = _asset("report.js")
"""The page's script (``report.js``), inlined in its ``<script>``: keyboard navigation only."""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy() -> str:
    """The page's policy: nothing but its own inline style and script, by hash."""
    return (
        f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
