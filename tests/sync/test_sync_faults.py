"""Faults a server can show, on a small HTTP server of the test's own that answers the sync's REPORT
and then refuses every PUT with a given status (or never answers at all): each stops the sync with
the fault the user is told about, keeps what the book knew, and leaves the follow-ups as they were."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from leadbook.book import LeadBook
from leadbook.core.model import Lead, Source
from leadbook.sync import connection
from leadbook.sync.engine import Engine, Fault
from leadbook.sync.retry import Retry

EMPTY_SYNC = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<multistatus xmlns="DAV:"><sync-token>http://t/1</sync-token>'
    b"</multistatus>"
)


class _Refusing(BaseHTTPRequestHandler):
    status = 500

    def log_message(self, *args) -> None:  # quiet
        pass

    def _body(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)

    def do_REPORT(self) -> None:
        self._body()
        self.send_response(207)
        self.send_header("Content-Type", "application/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(EMPTY_SYNC)))
        self.end_headers()
        self.wfile.write(EMPTY_SYNC)

    def do_PUT(self) -> None:
        self._body()
        self.send_response(self.status)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def refusing() -> Iterator[type[_Refusing]]:
    handler = type("Handler", (_Refusing,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    handler.url = f"http://127.0.0.1:{server.server_address[1]}/anna/leadbook/"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler
    server.shutdown()
    server.server_close()


def _book_with_a_lead(book: LeadBook) -> None:
    book.add_lead(Lead(name="Anna Svensson", source=Source.REFERRAL, phones=("+46 70 123 45 67",)))


@pytest.mark.parametrize(
    ("status", "fault"),
    [(500, Fault.SERVER), (503, Fault.SERVER), (403, Fault.READ_ONLY), (507, Fault.FULL)],
)
def test_a_refused_put_stops_the_sync_with_its_fault_and_publishes_nothing_twice(book, refusing, status, fault):
    _book_with_a_lead(book)
    refusing.status = status
    client = connection.client(refusing.url, "anna", "pw", auth_type="basic")
    report = Engine(book, client, refusing.url).run()
    client.close()
    assert report.fault == fault
    assert report.published == 0
    assert book.sync_state()[2] == {}, "nothing is recorded as on the server"
    assert len(book.published_items()) == 1, "the follow-up is untouched"
    wait, say = Retry().after(report.fault)
    assert say and ((wait is None) != fault.retries)


def test_a_server_that_never_answers_is_a_timeout(book):
    _book_with_a_lead(book)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)  # accepts connections, never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/anna/leadbook/"
        client = connection.client(url, "anna", "pw", auth_type="basic", timeout=1)
        report = Engine(book, client, url).run()
        client.close()
    assert report.fault == Fault.TIMEOUT
    assert Retry().after(report.fault) == (30.0, True)


def test_no_server_at_all_is_offline(book):
    _book_with_a_lead(book)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/anna/leadbook/"  # bound, not listening: refused
        client = connection.client(url, "anna", "pw", auth_type="basic", timeout=5)
        report = Engine(book, client, url).run()
        client.close()
    assert report.fault == Fault.OFFLINE
