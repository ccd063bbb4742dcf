"""A real CalDAV server for the sync tests: Radicale (radicale_server.py) started per test and stopped
afterwards; a plain caldav client that plays the seller's phone.

The keyring is a file in the test's folder (``keyring_file.py``, chosen through
``PYTHON_KEYRING_BACKEND``), so no test ever reads or writes a real keyring.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from radicale_server import PASSWORD, USER, Radicale


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    server = Radicale(tmp_path / "radicale")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def phone(radicale: Radicale):
    """The seller's phone: a plain caldav client on the same account, as any calendar app is."""
    import caldav

    with caldav.DAVClient(url=radicale.url, username=USER, password=PASSWORD) as client:
        yield client


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A keyring that is a file in this test's folder, for this process and the processes it starts."""
    import keyring
    import keyring.core

    before = keyring.get_keyring()  # the machine's own (read before the environment names another)
    path = tmp_path / "keyring.json"
    here = str(Path(__file__).parent)
    monkeypatch.setenv("LEADBOOK_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring_file.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH", "")) if p))
    monkeypatch.syspath_prepend(here)
    keyring.core.set_keyring(keyring.core.load_env())
    yield path
    keyring.core.set_keyring(before)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch):
    """A machine with no keyring at all (a headless box): keyring's own 'fail' backend."""
    import keyring
    import keyring.core

    before = keyring.get_keyring()  # the machine's own (read before the environment names another)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.set_keyring(keyring.core.load_env())
    yield
    keyring.core.set_keyring(before)
