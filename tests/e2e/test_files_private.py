"""Files Leadbook writes hold the seller's leads: exports and call sheets are owner-only (0600)
whatever the umask, through the real ``leadbook`` command; the log too."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from leadbook.book import LeadBook
from leadbook.core.followups import Due, FollowUp
from leadbook.core.model import Lead

pytestmark = pytest.mark.slow


def run(*args: str, home: Path, umask: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, LEADBOOK_HOME=str(home), QT_QPA_PLATFORM="offscreen", TZ="Europe/Stockholm")
    return subprocess.run([sys.executable, "-m", "leadbook", *args], env=env, capture_output=True, text=True,
                          timeout=120, preexec_fn=lambda: os.umask(umask))  # fmt: skip


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def db(tmp_path: Path, clock) -> Path:
    path = tmp_path / "book.leadbook"
    with LeadBook.open(path, clock) as book:
        lead = book.add_lead(Lead(name="Anna Svensson", emails=("anna@akerlund.se",)))
        book.plan_followup(FollowUp(lead.id, Due(clock.now().date())))
    return path


@pytest.mark.parametrize("umask", [0o077, 0o022, 0o000], ids=["umask077", "umask022", "umask000"])
def test_exports_and_call_sheets_are_owner_only(db, tmp_path, umask):
    out = tmp_path / f"out-{umask:o}"
    out.mkdir()
    for what in ("csv", "vcf", "ics"):
        result = run("export", what, "--db", str(db), "-o", str(out / f"leads.{what}"), home=tmp_path, umask=umask)
        assert result.returncode == 0, result.stderr
    result = run("callsheet", "--db", str(db), "-o", str(out / "sheet.pdf"), home=tmp_path, umask=umask)
    assert result.returncode == 0, result.stderr
    written = sorted(out.iterdir())
    assert [p.name for p in written] == ["leads.csv", "leads.ics", "leads.vcf", "sheet.pdf"]  # no temporary left
    assert {p.name: oct(mode(p)) for p in written} == {p.name: oct(0o600) for p in written}


def test_a_file_an_export_replaces_becomes_owner_only(db, tmp_path):
    target = tmp_path / "leads.csv"
    target.write_text("old")
    target.chmod(0o644)  # as an older Leadbook left it
    result = run("export", "csv", "--db", str(db), "-o", str(target), home=tmp_path, umask=0o022)
    assert result.returncode == 0, result.stderr
    assert mode(target) == 0o600 and "Anna Svensson" in target.read_text(encoding="utf-8-sig")


def test_the_log_is_owner_only(tmp_path):
    from leadbook.app import setup_logging

    log_file = tmp_path / "leadbook.log"
    log_file.write_text("from an older Leadbook\n")
    log_file.chmod(0o644)
    old = os.umask(0o022)
    root = logging.getLogger("leadbook")
    handlers = list(root.handlers)
    try:
        setup_logging(log_file)
        logging.getLogger("leadbook").info("opened a book")
        added = [h for h in root.handlers if h not in handlers]
        assert len(added) == 1
        added[0].doRollover()  # the next file of the rotation is owner-only too
        logging.getLogger("leadbook").info("after the rollover")
    finally:
        os.umask(old)
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    assert mode(log_file) == 0o600 and "after the rollover" in log_file.read_text()
    assert mode(tmp_path / "leadbook.log.1") == 0o600 and "opened a book" in (tmp_path / "leadbook.log.1").read_text()


def test_a_log_that_cannot_be_written_does_not_stop_leadbook(tmp_path, capsys):
    from leadbook.app import setup_logging

    root = logging.getLogger("leadbook")
    handlers = list(root.handlers)
    setup_logging(tmp_path / "missing-folder" / "leadbook.log")
    assert root.handlers == handlers
    assert "cannot write the log" in capsys.readouterr().err


def test_the_log_rolls_over_by_size_and_keeps_three_older_files(tmp_path, monkeypatch):
    from leadbook.app import _PrivateLog, setup_logging

    monkeypatch.setattr(_PrivateLog, "MAX_BYTES", 200)
    root = logging.getLogger("leadbook")
    handlers = list(root.handlers)
    log_file = tmp_path / "leadbook.log"
    try:
        setup_logging(log_file)
        for number in range(40):
            logging.getLogger("leadbook").info("line %d %s", number, "x" * 60)
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    kept = sorted(path.name for path in tmp_path.iterdir())
    assert kept == ["leadbook.log", "leadbook.log.1", "leadbook.log.2", "leadbook.log.3"]
    assert "line 39" in log_file.read_text()
    assert all(path.stat().st_size <= 400 for path in tmp_path.iterdir())  # each roughly one MAX_BYTES
    assert all(mode(path) == 0o600 for path in tmp_path.iterdir())


def test_a_log_whose_folder_vanishes_never_makes_logging_raise(tmp_path, monkeypatch):
    import shutil

    from leadbook.app import _PrivateLog, setup_logging

    monkeypatch.setattr(_PrivateLog, "MAX_BYTES", 100)
    monkeypatch.setattr(logging, "raiseExceptions", False)  # as in a running app: no traceback on stderr
    folder = tmp_path / "logs"
    folder.mkdir()
    root = logging.getLogger("leadbook")
    handlers = list(root.handlers)
    try:
        setup_logging(folder / "leadbook.log")
        logging.getLogger("leadbook").info("x" * 200)  # the next line rolls over
        shutil.rmtree(folder)
        for _ in range(3):
            logging.getLogger("leadbook").error("after the folder went")  # must not raise
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    assert not folder.exists()
