"""A server with a self-signed certificate (Radicale over https here): verification stays on, so it is
refused until the user confirms the certificate's fingerprint; then that certificate, and no other,
is trusted for that server."""

from __future__ import annotations

import hashlib
import os
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
from radicale_server import PASSWORD, USER, Radicale, self_signed_certificate

from leadbook.book import LeadBook
from leadbook.core.model import Lead, Source
from leadbook.sync import connection
from leadbook.sync.engine import Engine, Fault

pytestmark = pytest.mark.slow  # a real server process per test


@pytest.fixture
def tls_radicale(tmp_path: Path):
    server = Radicale(tmp_path / "radicale", tls=self_signed_certificate(tmp_path / "tls"))
    server.start()
    yield server
    server.stop()


def _fingerprint(cert: Path) -> str:
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert.read_text())).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, 64, 2))


def test_a_self_signed_server_is_refused_until_its_fingerprint_is_confirmed_and_then_syncs(
    tls_radicale, book: LeadBook, tmp_path
):
    book.add_lead(Lead(name="Anna Svensson", source=Source.REFERRAL, phones=("+46 70 123 45 67",)))
    with pytest.raises(Exception) as refused:
        connection.discover(tls_radicale.url, USER, PASSWORD)
    assert connection.is_certificate_problem(refused.value)
    pem, shown = connection.certificate_of(tls_radicale.url)
    assert shown == _fingerprint(tls_radicale.tls[0]), "the fingerprint the user compares is the server's"
    fingerprint = connection.trust_certificate(pem)
    dav, principal, found = connection.discover(tls_radicale.url, USER, PASSWORD, fingerprint=fingerprint)
    url = connection.calendar_for(principal, found, "Leadbook").url
    dav.close()
    client = connection.client(url, USER, PASSWORD, fingerprint=fingerprint)
    report = Engine(book, client, url).run()
    client.close()
    assert report.fault is None and report.published == 1

    # Another certificate on the same address (a server replaced, or someone in between): refused again.
    tls_radicale.stop()
    tls_radicale.tls = self_signed_certificate(tmp_path / "other-tls")
    tls_radicale.start()
    client = connection.client(url, USER, PASSWORD, fingerprint=fingerprint)
    book.add_lead(Lead(name="Björn Lindqvist", source=Source.REFERRAL))
    report = Engine(book, client, url).run()
    client.close()
    assert report.fault == Fault.CERTIFICATE


def test_the_command_line_shows_the_fingerprint_and_trusts_it_only_when_given(
    tls_radicale, tmp_path, clock, no_keyring
):
    book = tmp_path / "b.leadbook"
    with LeadBook.open(book, clock) as opened:
        opened.add_lead(Lead(name="Anna Svensson", source=Source.REFERRAL))
    env = {**os.environ, "LEADBOOK_HOME": str(tmp_path / "home"), "LEADBOOK_SYNC_PASSWORD": PASSWORD}
    setup = [sys.executable, "-m", "leadbook", "sync", "--db", str(book), "--setup", tls_radicale.url, "--user", USER]
    refused = subprocess.run(setup, capture_output=True, text=True, env=env, timeout=120)
    shown = _fingerprint(tls_radicale.tls[0])
    assert refused.returncode == 1 and shown in refused.stderr
    trusted = subprocess.run([*setup, "--trust-certificate", shown], capture_output=True, text=True, env=env,
                             timeout=120)  # fmt: skip
    assert trusted.returncode == 0, trusted.stderr
    synced = subprocess.run([sys.executable, "-m", "leadbook", "sync", "--db", str(book)], capture_output=True,
                            text=True, env=env, timeout=120)  # fmt: skip
    assert synced.returncode == 0, synced.stderr
    assert "1 new" in synced.stdout
