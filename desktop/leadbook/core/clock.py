"""Time as the rest of the program sees it: injected, so rules can be tested at any moment."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware in UTC."""
        ...

    @property
    def zone(self) -> ZoneInfo:
        """The user's local time zone, used to turn wall-clock times into instants."""
        ...


def local_zone() -> ZoneInfo:
    """The machine's zone as a ZoneInfo (DST rules included), falling back to UTC."""
    name = os.environ.get("TZ", "")
    if name:
        try:
            return ZoneInfo(name.lstrip(":"))
        except Exception:  # noqa: BLE001 - a malformed TZ must not stop the app
            pass
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            return ZoneInfo(link.split("zoneinfo/", 1)[1])
    except Exception:  # noqa: BLE001
        pass
    return ZoneInfo("UTC")


class SystemClock:
    def __init__(self, zone: ZoneInfo | None = None) -> None:
        self._zone = zone or local_zone()

    def now(self) -> datetime:
        return datetime.now(UTC)

    @property
    def zone(self) -> ZoneInfo:
        return self._zone


class FakeClock:
    """A clock that stands still until told to move; for tests and the demo generator."""

    def __init__(self, at: datetime, zone: str | ZoneInfo = "UTC") -> None:
        self._zone = ZoneInfo(zone) if isinstance(zone, str) else zone
        self._now = at if at.tzinfo else at.replace(tzinfo=self._zone)

    def now(self) -> datetime:
        return self._now.astimezone(UTC)

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def set(self, at: datetime) -> None:
        self._now = at if at.tzinfo else at.replace(tzinfo=self._zone)

    def advance(self, **delta: float) -> None:
        self._now = self._now + timedelta(**delta)


# Instants read from a book are kept within the dates Leadbook works with (core.followups'
# EARLIEST_DAY..LATEST_DAY, in every zone), so turning them into local time never overflows.
_EARLIEST = datetime(1899, 12, 31, 12, tzinfo=UTC)
_LATEST = datetime(2201, 1, 1, 12, tzinfo=UTC)
_OLD_FORM = re.compile(r"(\d{1,4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z")


def utc_iso(moment: datetime) -> str:
    """The one text form of an instant in the book: UTC, seconds, 'Z' (always a four-digit year)."""
    utc = moment.astimezone(UTC)
    return f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}Z"


def from_utc_iso(text: str) -> datetime:
    """Read what utc_iso wrote; fromisoformat is ~25x faster than strptime and lists call this a lot.

    An instant an older Leadbook stored far out (a year without its leading zeros, like
    ``1-01-01T04:56:02Z``, or beyond the range Leadbook works with) is read clamped into that range."""
    if len(text) != 20 or text[-1] != "Z" or text[10] != "T":
        found = _OLD_FORM.fullmatch(text)
        if found is None:
            raise ValueError(f"not a UTC instant: {text!r}")
        year, month, day, hour, minute, second = (int(part) for part in found.groups())
        try:
            moment = datetime(max(year, 1), month, day, hour, minute, second, tzinfo=UTC)
        except ValueError:
            raise ValueError(f"not a UTC instant: {text!r}") from None
    else:
        moment = datetime.fromisoformat(text)
    if moment < _EARLIEST:
        return _EARLIEST
    if moment > _LATEST:
        return _LATEST
    return moment
