"""Radicale as a real CalDAV server on a free localhost port, with its own storage folder and
htpasswd users (plain passwords: Radicale reads them without extra packages). Used by the sync tests'
fixtures (conftest.py) and by tests/bench/bench_sync.py."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

USER = "anna"
PASSWORD = "phone-and-desk-7"
OTHER_USER = "bert"
OTHER_PASSWORD = "bert-secret-3"
STARTS_WITHIN = 30.0  # seconds; a loaded machine starts Radicale in about one


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
            conn.sendall(b"OPTIONS / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            return conn.recv(12).startswith(b"HTTP/")
    except OSError:
        return False


@dataclass
class Radicale:
    """One Radicale process; ``stop`` and ``start`` again keep its storage (a server that went away)."""

    folder: Path
    port: int = field(default_factory=_free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        users = self.folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n{OTHER_USER}:{OTHER_PASSWORD}\n", encoding="utf-8")
        config = self.folder / "config"
        config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {users}\n"
            "htpasswd_encryption = plain\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {self.folder / 'collections'}\n"
            "[logging]\n"
            "level = warning\n",
            encoding="utf-8",
        )
        with open(self.folder / "radicale.log", "ab") as log:  # the child keeps its own copy
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)], stdout=subprocess.DEVNULL, stderr=log
            )
        deadline = time.monotonic() + STARTS_WITHIN
        while not _answers(self.port):
            try:
                code = self.process.wait(timeout=0.05)  # the wait between two tries, and a crash seen at once
            except subprocess.TimeoutExpired:
                code = None
            if code is not None:
                log = (self.folder / "radicale.log").read_text(errors="replace")
                raise RuntimeError(f"Radicale ended with {code}:\n{log}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Radicale did not answer within {STARTS_WITHIN} s")

    def kill(self) -> None:
        """Gone at once, as a server whose machine lost power."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
