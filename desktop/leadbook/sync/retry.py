"""When to sync again after a fault, and when to say it: offline, a timeout, a 5xx or a full server
are tried again by themselves after a wait that doubles each time (30 s, 1 min, 2 min ... at most
15 min); a wrong password, a read-only calendar, an untrusted certificate or a calendar that is gone
wait for the user. Each fault is said once, until it changes or a sync goes through."""

from __future__ import annotations

from dataclasses import dataclass

from .engine import Fault

FIRST_WAIT_SECONDS = 30.0
LONGEST_WAIT_SECONDS = 15 * 60.0


@dataclass
class Retry:
    failures: int = 0
    said: Fault | None = None

    def after(self, fault: Fault | None) -> tuple[float | None, bool]:
        """After a sync that ended with ``fault`` (None: it went through): the seconds until the next
        try by itself (None: not until the user acts; 0 after a success, the usual pace applies), and
        whether to say the fault now."""
        if fault is None:
            self.failures = 0
            self.said = None
            return 0.0, False
        self.failures += 1
        say = fault != self.said
        self.said = fault
        if not fault.retries:
            return None, say
        return min(FIRST_WAIT_SECONDS * 2 ** (self.failures - 1), LONGEST_WAIT_SECONDS), say
