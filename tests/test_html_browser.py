"""The HTML report in a real browser: headless Chromium driven over the DevTools protocol.

Skipped when no Chromium is installed (``.ci/run`` installs Debian's ``chromium``).
The DevTools client is a few lines of stdlib (a WebSocket over a socket): no extra
dependency. Checks: the page loads with no console error (a Content-Security-Policy
violation is one), its own style and script run, the ``n``/``p``/``a`` keys move
between changes, the view switch works without script, and hostile text never runs.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import htmlcheck
import pytest

import annotate
from annotate.read import read_document
from annotate.render.html import render_html

H = htmlcheck
CHROMIUM = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed (apt-get install chromium)")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
    "--remote-debugging-port=0", "--window-size=1280,900",
]


class DevTools:
    """A minimal Chrome DevTools Protocol client over one page's WebSocket."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        rest = url.removeprefix("ws://")
        hostport, _, path = rest.partition("/")
        host, _, port = hostport.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            head += chunk
        assert head.startswith(b"HTTP/1.1 101"), head
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def _read(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            data += chunk
        return data

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _message(self) -> dict[str, Any]:
        parts: list[bytes] = []
        while True:
            b0, b1 = self._read(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            if opcode == 9:
                self._send_frame(10, payload)
                continue
            if opcode == 8:
                raise ConnectionError("DevTools closed the connection")
            parts.append(payload)
            if b0 & 0x80:
                message: dict[str, Any] = json.loads(b"".join(parts))
                return message

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self._send_frame(1, json.dumps({"id": self.next_id, "method": method, "params": params}).encode())
        while True:
            msg = self._message()
            if msg.get("id") == self.next_id:
                assert "error" not in msg, msg
                result: dict[str, Any] = msg.get("result", {})
                return result
            self.events.append(msg)

    def wait_for(self, method: str, timeout: float = 20.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for ev in self.events:
            if ev.get("method") == method:
                return ev
        while time.monotonic() < deadline:
            msg = self._message()
            self.events.append(msg)
            if msg.get("method") == method:
                return msg
        raise TimeoutError(method)

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def key(self, key: str) -> None:
        code = f"Key{key.upper()}"
        modifiers = 8 if key.isupper() else 0
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, text=key, code=code, modifiers=modifiers)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key, code=code, modifiers=modifiers)

    def errors(self) -> list[str]:
        found = []
        for ev in self.events:
            method, params = ev.get("method"), ev.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"])[:300])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(json.dumps(params.get("args"))[:300])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", "")[:300])
            elif method == "Page.javascriptDialogOpening":
                found.append("dialog: " + params.get("message", ""))
        return found

    def close(self) -> None:
        self.sock.close()


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """End the browser this test started and its helpers: SIGTERM to its process group, then SIGKILL."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=5)
            break
        except subprocess.TimeoutExpired:
            continue
    proc.wait(timeout=5)


@pytest.fixture
def browser() -> Iterator[DevTools]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="annotate-chromium-", ignore_cleanup_errors=True) as profile:
        # A session of its own, so that the browser's helper processes end with it (by its group id).
        proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        try:
            port_file = Path(profile) / "DevToolsActivePort"
            deadline = time.monotonic() + 30
            page: dict[str, Any] | None = None
            while page is None:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.skip("chromium did not start its DevTools server within 30 s")
                time.sleep(0.05)
                lines = port_file.read_text().split() if port_file.exists() else []
                if len(lines) < 2:  # the file is written in two steps: port, then path
                    continue
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{int(lines[0])}/json/list", timeout=10) as resp:
                        page = next((t for t in json.load(resp) if t.get("type") == "page"), None)
                except (OSError, ValueError):
                    continue
            tools = DevTools(page["webSocketDebuggerUrl"])
            for domain in ("Page", "Runtime", "Log"):
                tools.call(f"{domain}.enable")
            try:
                yield tools
            finally:
                tools.close()
        finally:
            _stop(proc)


def load(tools: DevTools, path: Path) -> None:
    tools.events.clear()
    tools.call("Page.navigate", url=path.resolve().as_uri())
    tools.wait_for("Page.loadEventFired")
    assert tools.js("document.readyState") == "complete"


def test_seed_report_loads_and_keys_move_between_changes(browser: DevTools, shared: Path, tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    page.write_text(render_html(H.seed()), encoding="utf-8")
    load(browser, page)
    # The style and the script passed the Content-Security-Policy.
    assert browser.js("getComputedStyle(document.querySelector('.row')).display") == "grid"
    assert browser.js("document.querySelectorAll('ins.annotation').length") == 7
    stops = browser.js("Array.from(document.querySelectorAll('.stop')).map(e => e.id)")
    assert stops == ["f1", "f2", *[f"n{k}" for k in range(1, 8)]]
    seen = []
    for key in "nnna":
        browser.key(key)
        seen.append(browser.js("location.hash"))
    assert seen == ["#f1", "#f2", "#n1", "#n2"]
    browser.key("p")
    assert browser.js("location.hash") == "#n1"
    browser.key("A")
    assert browser.js("location.hash") == "#n1"  # no annotation before the first
    assert browser.js("document.querySelector('#n1').getBoundingClientRect().top") < 400
    # The view switch is CSS only: the inline view hides the original column of rows that have a revised side.
    assert browser.js("getComputedStyle(document.querySelector('.row.has-b > .a')).display") == "block"
    browser.js("document.querySelector('label[for=view-inline]').click()")
    assert browser.js("getComputedStyle(document.querySelector('.row.has-b > .a')).display") == "none"
    assert browser.errors() == []


def test_demo_report_navigation_and_folds(browser: DevTools, tmp_path: Path) -> None:
    c = H.demo()
    page = tmp_path / "demo.html"
    page.write_text(render_html(c, view="inline", context=0), encoding="utf-8")
    load(browser, page)
    assert browser.js("document.getElementById('view-inline').checked") is True
    count = browser.js("document.querySelectorAll('.stop').length")
    assert count == len(c.changes)
    hashes = []
    for _ in range(count + 1):
        browser.key("n")
        hashes.append(browser.js("location.hash"))
    assert len(set(hashes)) == count and hashes[-1] == hashes[-2]
    # Removed text is shown inline in the redline view.
    assert browser.js("getComputedStyle(document.querySelector('del.ghost')).fontSize") != "0px"
    assert browser.errors() == []


def test_hostile_report_runs_nothing(browser: DevTools, tmp_path: Path) -> None:
    payload = " ".join(H.HOSTILE)
    a = f"Start.\n\nOld {payload} text.\n\nEnd."
    b = f"Start.\n\nNew {payload} text.\n\n(Update, 1 May 2020: {payload}.)\n\nEnd."
    c = annotate.compare_documents(
        read_document(a, name="<script>alert('name')</script>.txt"), read_document(b, name="<img src=x onerror=alert(2)>")
    )
    page = tmp_path / "hostile.html"
    page.write_text(render_html(c), encoding="utf-8")
    load(browser, page)
    time.sleep(0.3)
    assert browser.js("document.scripts.length") == 1
    assert browser.js("document.querySelectorAll('img,iframe,svg,object,embed').length") == 0
    assert browser.js("document.body.innerText.includes('<script>alert(1)</script>')") is True
    assert browser.errors() == []
