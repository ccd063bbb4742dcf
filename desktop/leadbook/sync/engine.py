"""One sync of a book with its calendar: bring back what the phone did (RFC 6578 sync-token, the
listing's ETags when there is no token), publish what changed here (a PUT per changed item, guarded
by ETags, at an href made from the UID so nothing is ever published twice), then bring back once
more, so that the next sync with nothing changed is one request.

What the phone does becomes an ordinary change of the book (``book/calendar_sync.py``): a moved event
moves the follow-up, a deleted one cancels it, one marked done (a completed task, the category
"Done", or a title that starts with "✓") is asked about in the app. Both sides changed the same
item: the newer change wins and the other is kept in the lead's history.

The state is written to the book as the server answers (every ``SAVE_EVERY`` items and when a sync
stops), so a sync cut off by a fault or a killed process loses nothing: the next one goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import Enum
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urlsplit

from ..book import BookLockedError, ChangedElsewhereError, SyncedItem, is_revisit_uid
from ..core.clock import from_utc_iso
from ..core.followups import Due, State

if TYPE_CHECKING:
    from ..book import LeadBook, PublishedItem

log = logging.getLogger("leadbook")

SAVE_EVERY = 100  # items; at most this many PUTs are sent again after a killed process
DONE_CATEGORIES = frozenset({"done", "erledigt", "klar", "gjort", "完成"})
DONE_MARKS = ("✓", "✔", "☑")


class Fault(str, Enum):
    """What stopped a sync, as the user can act on it."""

    OFFLINE = "offline"  # no connection to the server
    TIMEOUT = "timeout"  # the server did not answer in time
    PASSWORD = "password"  # 401: the user or password is wrong
    READ_ONLY = "read_only"  # 403: the calendar may not be written
    FULL = "full"  # 507: no room left on the server
    SERVER = "server"  # 5xx, 429, an answer that makes no sense
    CERTIFICATE = "certificate"  # the server's certificate is not trusted
    GONE = "gone"  # the calendar is no longer there
    BOOK_BUSY = "book_busy"  # another Leadbook (an import) held the book past the wait

    @property
    def retries(self) -> bool:
        """Worth trying again by itself later (the others wait for the user)."""
        return self in (Fault.OFFLINE, Fault.TIMEOUT, Fault.SERVER, Fault.FULL, Fault.BOOK_BUSY)


class SyncFailed(Exception):
    def __init__(self, fault: Fault, detail: str = "") -> None:
        super().__init__(f"{fault.value}: {detail}")
        self.fault = fault
        self.detail = detail


@dataclass
class Report:
    """What went each way in one sync, and what stopped it."""

    published: int = 0  # new on the server
    updated: int = 0  # changed on the server
    removed: int = 0  # taken off the server (done, cancelled or deleted here)
    moved_here: int = 0  # moved on the phone, moved here
    cancelled_here: int = 0  # deleted on the phone, cancelled here
    done_on_phone: int = 0  # marked done on the phone, to ask about
    conflicts: int = 0  # changed on both sides
    held_back: int = 0  # missing from a full listing in such numbers that nothing was cancelled (sent again)
    requests: int = 0
    fault: Fault | None = None
    detail: str = ""
    lead_ids: set[int] = field(default_factory=set)  # leads whose follow-ups changed here

    @property
    def changed_here(self) -> bool:
        return bool(self.moved_here or self.cancelled_here or self.done_on_phone or self.conflicts)


#: A full listing may take away this many known items as "deleted on the phone"; more than this,
#: and more than HOLD_BACK_SHARE of them, and the deletions are held back (``Engine._hold_back``).
HOLD_BACK_ABOVE = 20
HOLD_BACK_SHARE = 0.25


def _too_many_gone(missing: int, known: int) -> bool:
    return missing > HOLD_BACK_ABOVE and missing > known * HOLD_BACK_SHARE


def classify(error: BaseException) -> SyncFailed | None:
    """The fault an exception from the network means, or None for a bug (which is raised)."""
    from caldav.lib import error as dav_error  # noqa: PLC0415

    from .connection import is_certificate_problem  # noqa: PLC0415

    if isinstance(error, SyncFailed):
        return error
    if isinstance(error, BookLockedError):
        return SyncFailed(Fault.BOOK_BUSY, str(error)[:300])
    names = {cls.__name__ for cls in type(error).__mro__}
    detail = str(error)[:300]
    if is_certificate_problem(error):
        return SyncFailed(Fault.CERTIFICATE, detail)
    if "Timeout" in names or isinstance(error, TimeoutError):
        return SyncFailed(Fault.TIMEOUT, detail)
    if isinstance(error, dav_error.AuthorizationError):
        return SyncFailed(Fault.PASSWORD if error.status != 403 else Fault.READ_ONLY, detail)
    if isinstance(error, dav_error.RateLimitError):
        return SyncFailed(Fault.SERVER, detail)
    if isinstance(error, dav_error.NotFoundError):
        return SyncFailed(Fault.GONE, detail)
    if isinstance(error, dav_error.DAVError):
        status = getattr(error, "status", None)
        if status == 507:
            return SyncFailed(Fault.FULL, detail)
        return SyncFailed(Fault.SERVER, detail)
    if {"ConnectionError", "ProtocolError", "RequestException", "HTTPError"} & names or isinstance(error, OSError):
        return SyncFailed(Fault.OFFLINE, detail)
    return None


def _status_fault(status: int, detail: str) -> SyncFailed:
    if status == 401:
        return SyncFailed(Fault.PASSWORD, detail)
    if status == 403:
        return SyncFailed(Fault.READ_ONLY, detail)
    if status == 507:
        return SyncFailed(Fault.FULL, detail)
    if status == 404:
        return SyncFailed(Fault.GONE, detail)
    return SyncFailed(Fault.SERVER, detail)


def _path(url: str) -> str:
    """An href as the server may write it (absolute URL or path, quoted or not), for comparing."""
    return unquote(urlsplit(url).path if "://" in url else url)


def _is_done(component: Any) -> bool:
    if component.name == "VTODO" and str(component.get("status", "")).upper() == "COMPLETED":
        return True
    categories = component.get("categories")
    words: list[str] = []
    for entry in categories if isinstance(categories, list) else [categories] if categories else []:
        words += [str(c) for c in getattr(entry, "cats", [entry])]
    if any(w.strip().casefold() in DONE_CATEGORIES for w in words):
        return True
    return str(component.get("summary", "")).lstrip().startswith(DONE_MARKS)


def _due_of(component: Any, zone: Any) -> Due | None:
    start = component.get("due") if component.name == "VTODO" else None  # a task moves by its due date
    if start is None:
        start = component.get("dtstart")
    if start is None:
        return None
    value = start.dt
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(zone)
        return Due(value.date(), time(value.hour, value.minute))
    if isinstance(value, date):
        return Due(value)
    return None


def _changed_at(component: Any) -> datetime | None:
    for name in ("last-modified", "dtstamp"):
        prop = component.get(name)
        if prop is not None and isinstance(prop.dt, datetime) and prop.dt.tzinfo is not None:
            return prop.dt
    return None


class Engine:
    """Syncs ``book`` with the calendar at ``calendar_url`` through ``dav`` (a client from
    ``connection.client``). One instance, one thread: the book's connection is that thread's."""

    def __init__(
        self,
        book: LeadBook,
        dav: Any,
        calendar_url: str,
        *,
        cancelled: Callable[[], bool] = lambda: False,
        writer: Any = None,
        as_tasks: bool = False,
    ) -> None:
        import caldav  # noqa: PLC0415 - loaded only when sync runs

        self.book = book
        #: Who applies the phone's moves and deletions (``move_from_phone``, ``cancel_from_phone``,
        #: ``note_phone_overruled``): the book itself, or in the app the window's own book, so that they
        #: are on its Edit ▸ Undo (``gui/calendar_sync.py``).
        self.writer = writer if writer is not None else book
        self.cancelled = cancelled  # the app is closing: stop after the request under way
        self.as_tasks = as_tasks  # follow-ups as VTODOs (revisits stay all-day events)
        self.dav = dav
        self.calendar_url = calendar_url if calendar_url.endswith("/") else calendar_url + "/"
        self.calendar = caldav.Calendar(client=dav, url=self.calendar_url)  # type: ignore[operator]  # caldav names its classes lazily
        self.report = Report()
        self._pending: list[SyncedItem] = []
        self._dropped: list[str] = []
        self._sent = 0  # PUTs and DELETEs sent

    # --- the whole sync -----------------------------------------------------------------

    def run(self) -> Report:
        """One sync. A fault stops it and is in the report; what was done until then is kept."""
        start = getattr(self.dav, "requests_sent", 0)
        try:
            url, _token, _known = self.book.sync_state()
            if url and url != self.calendar_url:
                self.book.forget_sync()  # another calendar: what the book knew is about the old one
            for _round in range(3):  # a second round only when the phone changed an item during the push
                self._pull()
                sent = self._sent
                again = self._push()
                if self._sent != sent:
                    self._pull()  # our own changes (their ETags known) and what came meanwhile: the token moves on
                if not again:
                    break
        except Exception as error:
            failed = classify(error)
            if failed is None:
                raise
            self.report.fault, self.report.detail = failed.fault, failed.detail
            log.info("calendar sync stopped: %s (%s)", failed.fault.value, failed.detail)
        finally:
            self._save()
            self.report.requests = getattr(self.dav, "requests_sent", 0) - start
        return self.report

    def _save(self, calendar: tuple[str, str] | None = None) -> None:
        if self._pending or self._dropped or calendar is not None:
            self.book.record_sync(self._pending, self._dropped, calendar=calendar)
            self._pending, self._dropped = [], []

    # --- bring back -----------------------------------------------------------------------

    def _changes(self, token: str) -> tuple[dict[str, str], set[str], str, bool]:
        """What changed on the server since ``token`` (everything when it is ""): href -> ETag, the
        hrefs removed, the new token ("" when the server has no sync-token), and whether the answer
        lists the whole calendar (then what it does not list was deleted)."""
        from caldav.lib import error as dav_error  # noqa: PLC0415

        try:
            found = self.calendar.get_objects_by_sync_token(
                sync_token=token or None, load_objects=False, disable_fallback=True
            )
        except dav_error.DAVError as error:
            if isinstance(error, dav_error.AuthorizationError) and not getattr(error, "preconditions", []):
                raise
            if token:  # a token the server forgot (or no longer takes): the whole calendar once
                log.info("the server did not take the sync-token (%s); listing the calendar", error)
                return self._changes("")
            return self._etags(), set(), "", True  # no sync-collection on this server: the ETags
        from caldav.elements import dav  # noqa: PLC0415

        changed = {_path(str(obj.url)): str(obj.props.get(dav.GetEtag.tag, "")) for obj in found}
        deleted = {_path(str(url)) for url in getattr(found, "deleted_urls", set()) or set()}
        for href in deleted:
            changed.pop(href, None)
        complete = not token and not getattr(found, "truncated", False)
        return changed, deleted, str(found.sync_token or ""), complete

    def _etags(self) -> dict[str, str]:
        """The ETag of every item in the calendar (one PROPFIND), for servers without sync-tokens."""
        from caldav.elements import dav  # noqa: PLC0415

        response = self.dav.propfind(self.calendar_url, ["getetag"], depth=1)
        props = response.expand_simple_props([dav.GetEtag()])
        own = _path(self.calendar_url)
        return {_path(href): str(p.get(dav.GetEtag.tag, "")) for href, p in props.items() if _path(href) != own}

    def _pull(self) -> None:
        """Bring back what changed since the token the book keeps (everything without one)."""
        url, kept, known = self.book.sync_state()
        token = kept if url == self.calendar_url else ""
        changed, deleted, new_token, complete = self._changes(token)
        by_href = {_path(item.href): item for item in known.values()}
        if complete:  # a full listing: what is not there was deleted
            missing = {href for href in by_href if href not in changed}
            if _too_many_gone(len(missing), len(by_href)):
                self._hold_back(missing, by_href)
            else:
                deleted |= missing
        for href in deleted:
            gone = by_href.get(href)
            if gone is not None:
                self._deleted_on_phone(gone)
        stale = {href: etag for href, etag in changed.items() if href in by_href and by_href[href].etag != etag}
        if stale:
            self._bring_back(stale, by_href)
        self._save(calendar=(self.calendar_url, new_token))

    def _hold_back(self, missing: set[str], by_href: dict[str, SyncedItem]) -> None:
        """A listing that lacks a large part of what Leadbook put there is more likely a server's
        limit, a reset calendar or a proxy's short answer than the user deleting events one by one:
        nothing is cancelled, and the items are sent again (the user turns sync off to empty it)."""
        log.warning(
            "the calendar lists %d of %d items fewer than expected; nothing cancelled", len(missing), len(by_href)
        )
        for href in missing:
            self._pending.append(replace(by_href[href], etag="", sent=""))  # sent again by this sync's push
        self.report.held_back = len(missing)

    def _deleted_on_phone(self, item: SyncedItem) -> None:
        if is_revisit_uid(item.uid):
            # Revisits go one way: the phone's "not this one" is kept (sent again only when it changes here).
            self._pending.append(replace(item, etag=""))
            return
        try:
            fu = self.book.followup(item.followup_id)
        except KeyError:
            fu = None
        if fu is not None and fu.state == State.PLANNED:
            try:
                self.writer.cancel_from_phone(item.followup_id)
                self.report.cancelled_here += 1
                self.report.lead_ids.add(fu.lead_id)
            except ChangedElsewhereError:
                pass  # logged or cancelled here meanwhile: over on both sides
        self._dropped.append(item.uid)

    def _bring_back(self, stale: dict[str, str], by_href: dict[str, SyncedItem]) -> None:
        """Load the items the phone changed (one calendar-multiget) and apply them."""
        import icalendar  # noqa: PLC0415
        from caldav.elements import dav  # noqa: PLC0415

        published = {p.uid: p for p in self.book.published_items()}
        settled: dict[str, SyncedItem] = {}  # both sides show the same now: what was sent is read afresh
        for obj in self.calendar.multiget([self.calendar.url.join(quote(href)) for href in stale]):
            href = _path(str(obj.url))
            item = by_href.get(href)
            if item is None or not obj.data:
                continue
            etag = str(obj.props.get(dav.GetEtag.tag, "")) or stale.get(href, "")
            components = [c for c in icalendar.Calendar.from_ical(obj.data).walk() if c.name in ("VEVENT", "VTODO")]
            if not components:
                continue
            if self._apply(item, components[0], published.get(item.uid)):
                settled[item.uid] = replace(item, etag=etag)
            elif item.uid not in self._dropped:
                self._pending.append(replace(item, etag=etag))  # Leadbook's change is still to be sent
        if settled:
            fresh = {p.uid: self._sent_as(p) for p in self.book.published_items()}
            self._pending += [replace(item, sent=fresh.get(uid, "")) for uid, item in settled.items()]

    def _apply(self, item: SyncedItem, component: Any, published: PublishedItem | None) -> bool:
        """Apply one item the phone changed. True when both sides now show the same; False when
        Leadbook's version is still to be sent (or the follow-up is over here: the push removes it)."""
        try:
            return self._apply_one(item, component, published)
        except ChangedElsewhereError:
            return False  # logged or cancelled here meanwhile (the window, another Leadbook): the push removes it

    def _apply_one(self, item: SyncedItem, component: Any, published: PublishedItem | None) -> bool:
        if is_revisit_uid(item.uid):
            return True  # revisits go one way: what the phone did with one stays there
        try:
            fu = self.book.followup(item.followup_id)
        except KeyError:
            return False  # the lead is gone here: the push takes the event off
        if fu.state != State.PLANNED or published is None:
            return False
        changed_here = self._sent_as(published) != item.sent
        if _is_done(component):
            self.book.mark_done_on_phone(item.uid)
            self.report.done_on_phone += 1
            self.report.lead_ids.add(fu.lead_id)
            return not changed_here
        if str(component.get("status", "")).upper() == "CANCELLED":
            self._deleted_on_phone(item)
            return False
        due = _due_of(component, self.book.clock.zone)
        if due is None or due == fu.due:
            return not changed_here
        self.report.lead_ids.add(fu.lead_id)
        if not changed_here:
            self.writer.move_from_phone(item.followup_id, due)
            self.report.moved_here += 1
            return True
        self.report.conflicts += 1
        phone_at = _changed_at(component)
        here_at = from_utc_iso(fu.updated_at) if fu.updated_at else None
        if phone_at is not None and (here_at is None or phone_at > here_at):
            self.writer.move_from_phone(item.followup_id, due, overruled=fu.due)
            return True
        self.writer.note_phone_overruled(item.followup_id, due)
        return False

    # --- publish --------------------------------------------------------------------------

    def _href(self, uid: str) -> str:
        name = "".join(c if c.isalnum() or c in "-_." else "-" for c in uid)
        return self.calendar_url + name + ".ics"

    def _push(self) -> bool:
        """Send what changed here; True when something must be brought back before it can be sent."""
        _url, _token, known = self.book.sync_state()
        published = self.book.published_items()
        wanted = {p.uid for p in published}
        again = False
        for p in published:
            if self.cancelled():
                break
            kept = known.get(p.uid)
            if kept is not None and kept.sent == self._sent_as(p):
                continue
            again |= not self._put(p, kept)
            if len(self._pending) >= SAVE_EVERY:
                self._save()
        for uid, kept in known.items():
            if uid not in wanted and not self.cancelled():
                self._remove(kept)
                if len(self._dropped) >= SAVE_EVERY:
                    self._save()
        self._save()
        return again

    def _sent_as(self, p: PublishedItem) -> str:
        """What the state records as sent: the fingerprint, marked when it went as a task (so that
        choosing tasks or events sends every item again, at the same address)."""
        return p.fingerprint + ("-task" if self.as_tasks and not p.is_revisit else "")

    def _put(self, p: PublishedItem, kept: SyncedItem | None) -> bool:
        """PUT one item; False when the server holds a newer version to bring back first."""
        body = self.book.calendar_object(p, as_task=self.as_tasks and not p.is_revisit).decode("utf-8")
        href = kept.href if kept is not None else self._href(p.uid)
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if kept is None:
            headers["If-None-Match"] = "*"  # never a second copy
        elif kept.etag:
            headers["If-Match"] = kept.etag
        response = self.dav.put(href, body, headers)
        self._sent += 1
        if response.status == 412 and kept is None:
            # Already there: a sync cut off after its PUT, before the book heard the answer. Ours: take it over.
            response = self.dav.put(href, body, {"Content-Type": "text/calendar; charset=utf-8"})
        if response.status == 412:
            return False  # changed on the phone meanwhile: brought back, then decided
        if response.status not in (200, 201, 204):
            raise _status_fault(response.status, f"PUT {href}: {response.status}")
        etag = str(response.headers.get("ETag", "") or "")
        if kept is None:
            self.report.published += 1
        else:
            self.report.updated += 1
        self._pending.append(SyncedItem(p.uid, p.followup_id, href, etag, self._sent_as(p)))
        return True

    def _remove(self, kept: SyncedItem) -> None:
        headers = {"If-Match": kept.etag} if kept.etag else {}
        response = self.dav.delete(kept.href, headers)
        self._sent += 1
        if response.status == 412:  # changed on the phone meanwhile; the follow-up is over here all the same
            response = self.dav.delete(kept.href)
        if response.status not in (200, 204, 404):
            raise _status_fault(response.status, f"DELETE {kept.href}: {response.status}")
        self.report.removed += 1
        self._dropped.append(kept.uid)

    # --- turning off ------------------------------------------------------------------------

    def remove_everything(self) -> int:
        """Sync off, events removed: every item Leadbook published is taken off the server."""
        _url, _token, known = self.book.sync_state()
        for kept in known.values():
            self._remove(kept)
            if len(self._dropped) >= SAVE_EVERY:
                self._save()
        self._save()
        return self.report.removed


def turn_off(book: LeadBook, engine: Engine | None) -> int:
    """Sync off: with ``engine``, Leadbook's events are removed from the server first (a fault stops
    it: SyncFailed, and sync stays on); then the book forgets the server. Returns how many went."""
    removed = 0
    if engine is not None:
        try:
            removed = engine.remove_everything()
        except Exception as error:
            failed = classify(error)
            if failed is None:
                raise
            raise failed from error
    book.forget_sync()
    return removed


def summary_counts(report: Report) -> Iterable[tuple[str, int]]:
    """The report's counts by name, for logs and tests."""
    for name in ("published", "updated", "removed", "moved_here", "cancelled_here", "done_on_phone", "conflicts"):
        yield name, getattr(report, name)
