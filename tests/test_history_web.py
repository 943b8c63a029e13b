"""Histories from the web (issue 15): ``annotate.fetch``, ``annotate.web``, ``annotate history URL…`` and ``--wayback``.

No test touches the internet: a local HTTP server (``http.server`` in a thread) serves pages
with a declared charset (header or ``<meta>``), redirects, a slow answer, oversized bodies,
404/429/500 answers, and a recorded Wayback Machine listing (``tests/wayback/cdx.json``) whose
raw snapshots are the five versions of ``samples/history/``. The cache goes to a temporary
``XDG_CACHE_HOME``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

import annotate.fetch
from annotate.cli import main
from annotate.errors import LimitError, NetworkError
from annotate.fetch import Fetcher, meta_charset
from annotate.history import history
from annotate.web import captures, url_version, wayback_versions

pytest.importorskip("httpx")
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = [(ROOT / "samples" / "history" / f"v{i}.md").read_bytes() for i in range(1, 6)]
CDX = (Path(__file__).resolve().parent / "wayback" / "cdx.json").read_bytes()
SNAPSHOTS = dict(zip(["20230306120512", "20230307093001", "20230308181520", "20230310110233", "20230314074409"],
                     SAMPLE, strict=True))
LATIN = "<!DOCTYPE html><html><head><title>Caf\u00e9</title></head><body><article><p>Le caf\u00e9 est ferm\u00e9 " \
        "depuis lundi.</p></article></body></html>"
CYRILLIC = "<html><head><meta charset=\"windows-1251\"><title>\u041f\u0430\u0440\u043e\u043c</title></head><body>" \
           "<article><p>\u041f\u0430\u0440\u043e\u043c \u043d\u0435 \u0445\u043e\u0434\u0438\u0442.</p></article>" \
           "</body></html>"


class Handler(BaseHTTPRequestHandler):
    """The routes the tests ask for; every request is recorded on the server."""

    def log_message(self, *_: object) -> None:  # quiet
        return

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        server: Server = self.server  # type: ignore[assignment]
        server.log.append((self.path, self.headers.get("User-Agent", "")))
        path = urlsplit(self.path).path
        hits = sum(1 for p, _ in server.log if p == self.path)
        if path == "/latin":
            self.send(200, LATIN.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/cyrillic":
            self.send(200, CYRILLIC.encode("cp1251"), "text/html")
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self.send(302, Location="/latin" if n == 0 else f"/hop/{n - 1}")
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, b"<p>late</p>")
        elif path == "/big":  # no Content-Length: the limit applies while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"x" * 32_768)
        elif path == "/big-declared":
            self.send(200, b"y" * 2_000_000, "text/plain")
        elif path in ("/404", "/429", "/500"):
            self.send(int(path[1:]), b"no", Retry_After="0")
        elif path == "/flaky":
            self.send(503, b"busy") if hits == 1 else self.send(200, b"Steady now.", "text/plain")
        elif path.startswith("/v") and path.endswith(".md"):
            k = int(path[2:-3])
            self.send(200, SAMPLE[k - 1], "text/markdown; charset=utf-8",
                      Last_Modified=f"Tue, 0{k} Feb 2022 10:00:00 GMT")
        elif path == "/cdx/search/cdx":
            self.send(200, CDX, "application/json")
        elif path.startswith("/web/"):
            stamp = path.split("/")[2].removesuffix("id_")
            body = SNAPSHOTS.get(stamp)
            self.send(200, body, "text/markdown") if body else self.send(404, b"gone")
        else:
            self.send(404, b"not here")


class Server(ThreadingHTTPServer):
    log: list[tuple[str, str]]

    def handle_error(self, request: object, client_address: object) -> None:
        return  # a client that hangs up early (the size and time limits) is expected


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    srv = Server(("127.0.0.1", 0), Handler)
    srv.log = []
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def base(server: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    server.log.clear()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(annotate.fetch, "DELAY", 0.0)
    monkeypatch.setattr(annotate.fetch, "MAX_RETRY_AFTER", 0.05)
    return f"http://127.0.0.1:{server.server_address[1]}"


def fetcher(**kw: object) -> Fetcher:
    return Fetcher(**{"timeout": 0.5, "backoff": 0.01, **kw})  # type: ignore[arg-type]


# --- fetching -------------------------------------------------------------------------------


def test_charset_from_the_header_and_from_meta(base: str) -> None:
    with fetcher() as f:
        latin, cyr = f.get(f"{base}/latin"), f.get(f"{base}/cyrillic")
    assert (latin.charset, latin.content_type) == ("iso-8859-1", "text/html")
    assert latin.text() == LATIN and cyr.charset == "windows-1251" and cyr.text() == CYRILLIC
    assert meta_charset(b"<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>") == "shift_jis"


def test_redirects_are_followed_up_to_the_bound(base: str) -> None:
    with fetcher() as f:
        page = f.get(f"{base}/hop/3")
        assert page.final_url == f"{base}/latin" and page.url == f"{base}/hop/3"
        with pytest.raises(NetworkError, match="more than 5 redirects"):
            f.get(f"{base}/hop/9")


def test_a_slow_answer_times_out(base: str) -> None:
    with fetcher() as f, pytest.raises(NetworkError, match="timed out"):
        f.get(f"{base}/slow")


@pytest.mark.parametrize("path", ["/big", "/big-declared"])
def test_the_size_limit_applies_while_streaming(base: str, path: str) -> None:
    with fetcher(max_bytes=1_000_000) as f, pytest.raises(LimitError, match="1000000-byte limit"):
        f.get(f"{base}{path}")


def test_http_errors_and_retries_with_backoff(base: str, server: Server) -> None:
    with fetcher(retries=2) as f:
        with pytest.raises(NetworkError, match=r"/404: HTTP 404 Not Found$"):
            f.get(f"{base}/404")
        with pytest.raises(NetworkError, match=r"/429: HTTP 429 Too Many Requests \(after 3 attempts\)"):
            f.get(f"{base}/429")
        with pytest.raises(NetworkError, match="HTTP 500"):
            f.get(f"{base}/500")
        assert f.get(f"{base}/flaky").data == b"Steady now."
    hits = [p for p, _ in server.log]
    assert (hits.count("/404"), hits.count("/429"), hits.count("/500"), hits.count("/flaky")) == (1, 3, 3, 2)


def test_a_refused_connection_is_a_network_error() -> None:
    with Fetcher(timeout=0.5, retries=1, backoff=0.01, delay=0) as f, pytest.raises(NetworkError, match="cannot fetch"):
        f.get("http://127.0.0.1:9/")
    with Fetcher() as f, pytest.raises(Exception, match="only http:// and https://"):
        f.get("file:///etc/passwd")


def test_user_agent_delay_and_cache(base: str, server: Server, tmp_path: Path) -> None:
    with fetcher(delay=0.2) as f:
        start = time.monotonic()
        first, again = f.get(f"{base}/latin"), f.get(f"{base}/cyrillic")
        assert time.monotonic() - start >= 0.2 and not first.cached and not again.cached
    assert all(ua.startswith("annotate/") and "document history" in ua for _, ua in server.log)
    with fetcher() as f:
        cached = f.get(f"{base}/latin")
    assert cached.cached and cached.data == first.data and len(server.log) == 2
    assert list((tmp_path / "cache" / "annotate" / "http").rglob("*.body"))
    with fetcher(cache=False) as f:
        assert not f.get(f"{base}/latin").cached and len(server.log) == 3


# --- versions from the web ----------------------------------------------------------------


def test_url_versions_are_dated_by_their_page_else_last_modified(base: str) -> None:
    with fetcher() as f:
        v1 = url_version(f"{base}/v1.md", f)
        plain = url_version(f"{base}/latin", f)
    assert v1.date is not None and (v1.date.value, v1.date.basis) == ("2023-03-06", "dateline")
    assert v1.document.format == "markdown" and v1.document.source == f"{base}/v1.md"
    assert plain.date is not None and plain.date.basis == "fetched"
    assert plain.document.text == "Le caf\u00e9 est ferm\u00e9 depuis lundi."


def test_wayback_listing_and_partial_history(base: str, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATE_WAYBACK_URL", base + "/")
    with fetcher() as f:
        listed = captures("https://news.example/ferry", f, since="2023-03", until="2023-03-31")
        versions, skipped = wayback_versions("https://news.example/ferry", f)
    query = parse_qs(urlsplit(server.log[0][0]).query)
    assert query == {"url": ["https://news.example/ferry"], "output": ["json"],
                     "fl": ["timestamp,original,digest,statuscode"], "filter": ["statuscode:200"],
                     "collapse": ["digest"], "from": ["202303"], "to": ["20230331"]}
    assert len(listed) == 6
    assert [p for p, _ in server.log[2:]] == [f"/web/{c.timestamp}id_/https://news.example/ferry" for c in listed]
    assert skipped == ["https://news.example/ferry@20230309080000: HTTP 404 Not Found"]
    assert [(v.date.value, v.date.basis, v.revision) for v in versions if v.date] == [
        (f"2023-03-{s[6:8]}", "wayback", s) for s in SNAPSHOTS]
    h = history(versions, as_given=True, skipped=skipped)
    notes = [(n.label, n.first, n.removed) for n in h.notes]
    assert notes == [("Update", 1, None), ("Update 2", 2, None), ("Correction", 2, 4), ("Update", 3, None),
                     ("Editor’s note", 3, None)]
    assert h.stealth[0].kind == "removed_note" and h.stealth[0].correction and h.skipped == tuple(skipped)


def test_wayback_limit_spreads_and_says_so(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANNOTATE_WAYBACK_URL", base)
    with fetcher() as f:
        versions, skipped = wayback_versions("https://news.example/ferry", f, limit=4)
    assert [v.revision for v in versions] == ["20230306120512", "20230308181520", "20230314074409"]  # 0309: 404
    assert skipped[0].startswith("2 of 6 snapshots left out (--limit 4)") and "HTTP 404" in skipped[1]


# --- the command ----------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_history_of_urls(base: str) -> None:
    code, out, err = run("history", f"{base}/v3.md", f"{base}/v1.md", f"{base}/v5.md", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [v["source"] for v in data["versions"]] == [f"{base}/v{k}.md" for k in (1, 3, 5)]
    assert [(n["label"], n["first"], n["removed"]) for n in data["notes"]][2] == ("Correction", 1, 2)


def test_cli_wayback_html(base: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ANNOTATE_WAYBACK_URL", base)
    target = tmp_path / "h.html"
    code, _, err = run("history", "--wayback", "https://news.example/ferry", "--since", "2023-03-07", "--limit", "4",
                       "--format", "html", "-o", str(target))
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    assert "https://news.example/ferry@20230314074409" in page and "HTTP 404 Not Found" in page
    code, out, _ = run("history", "--wayback", "https://news.example/ferry", "--no-cache")
    assert code == 0 and "Skipped versions" in out and "(wayback)" in out


@pytest.mark.parametrize(("args", "code", "message"), [
    (("{base}/404",), 6, "HTTP 404 Not Found"),
    (("{base}/hop/9",), 6, "more than 5 redirects"),
    (("--wayback", "{base}/x", "--since", "March"), 2, "'March' is not a date"),
    (("--since", "2023", "a.md", "b.md"), 2, "apply to --wayback only"),
    (("--wayback", "ftp://x", ), 2, "http:// or https://"),
    (("a.md", "--wayback", "https://x"), 2, "not both"),
])
def test_cli_network_and_usage_errors_are_one_line(base: str, args: tuple[str, ...], code: int, message: str) -> None:
    got, _, err = run("history", *(a.format(base=base) for a in args))
    assert got == code and message in err and err.count("\n") == 1 and err.startswith("annotate: error: ")


def test_nothing_network_related_loads_without_a_url() -> None:
    probe = ("import sys; from click.testing import CliRunner; from annotate.cli import main; "
             "r = CliRunner().invoke(main, ['history', 'samples/history/v1.md', 'samples/history/v2.md']); "
             "print(r.exit_code, 'httpx' in sys.modules, 'annotate.fetch' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False", "False"]
