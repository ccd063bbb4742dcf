"""Possible duplicates: recorded by imports, reviewed and merged by the user."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..store import followups as fu_store
from ..store import leads as lead_store
from ..store.database import known_errors
from .changes import Change, Op
from .session import Session


class DuplicatesMixin(Session):
    """Pairs of leads that may be one person."""

    @staticmethod
    def _record_possible_duplicates(conn: sqlite3.Connection, plan: Any, slot_of: Mapping[int, int],
                                    added: Sequence[int], now: str) -> int:  # fmt: skip
        """Pairs of a new lead and the leads it may be (a shared e-mail, phone, or name and
        company with the rest disagreeing), kept for review; returns how many new leads have one."""
        from ..store import duplicates as dup_store  # noqa: PLC0415

        def lead_of(n: int) -> int | None:  # an item of the file -> the lead it became (or was merged into)
            for _ in range(len(plan.items)):
                if n in slot_of:
                    return added[slot_of[n]]
                item = plan.items[n]
                if item.match_id is not None:
                    return int(item.match_id)
                if item.match_item is None:
                    return None
                n = item.match_item
            return None

        pairs: list[tuple[int, int, str]] = []
        flagged = 0
        for n in plan.items.with_more():  # the rows that are more than a plain new lead
            if n not in slot_of:
                continue
            slot, item = slot_of[n], plan.items[n]
            if not item.flagged or item.possible_by is None:
                continue
            flagged += 1
            others = [*item.possible_ids, *(lead_of(i) for i in item.possible_items)]
            pairs.extend((added[slot], other, item.possible_by.value) for other in others if other is not None)
        dup_store.add_pairs(conn, pairs, now)
        return flagged

    def possible_duplicates(self, status: str | None = "open") -> list[Any]:
        """Pairs of leads that may be one person (store.duplicates.DuplicatePair), oldest first;
        by default those not yet decided."""
        from ..store import duplicates as dup_store  # noqa: PLC0415

        with known_errors(self.path):
            return dup_store.pairs(self._db.conn, status)

    def count_possible_duplicates(self) -> int:
        from ..store import duplicates as dup_store  # noqa: PLC0415

        with known_errors(self.path):
            return dup_store.count_open(self._db.conn)

    def decide_possible_duplicate(self, pair_id: int, status: str) -> Change:
        """The seller's answer for a pair: "not_same" (never asked again) or "open" (ask again;
        "Keep both" leaves a pair open). A merge is ``merge_possible_duplicate``."""
        from ..store import duplicates as dup_store  # noqa: PLC0415

        if status not in ("open", "not_same"):
            raise ValueError(status)
        with self._write() as db:
            if not dup_store.set_status(db.conn, pair_id, status, self._now()):
                raise KeyError(pair_id)
        return self._announce(Change(Op.REVIEW_DUPLICATES))

    # Fields the review can take from either lead of a pair (the rest are merged: lists joined,
    # empty fields filled, notes added).
    MERGE_CHOICES = ("name", "company", "role", "address", "city", "country", "website", "stage", "source", "value",
                     "currency", "best_time", "decision_maker_name")  # fmt: skip

    def merge_possible_duplicate(self, pair_id: int, keep: int, take_from_other: Iterable[str] = ()) -> Change:
        """Merge the two leads of a pair into ``keep`` (one of them): the other lead's e-mails,
        phones, tags, notes and empty fields are added (``records.merge_leads``), the fields named
        in ``take_from_other`` (``MERGE_CHOICES``) are the other's, and every follow-up, note,
        history entry and revisit of the other lead moves to ``keep``; then the other goes.
        Undoable (Edit > Undo), like any lead write."""
        from ..interop.records import merge_leads  # noqa: PLC0415
        from ..store import duplicates as dup_store  # noqa: PLC0415

        now = self._now()
        with self._write() as db:  # the pair and both leads read with the write lock held
            found = dup_store.pair(db.conn, pair_id)
            if found is None or keep not in (found.lead_a, found.lead_b):
                raise KeyError(pair_id)
            other = found.lead_b if keep == found.lead_a else found.lead_a
            kept, gone = self.lead(keep), self.lead(other)
            merged = merge_leads(kept, gone)
            chosen = {name: getattr(gone, name) for name in take_from_other if name in self.MERGE_CHOICES}
            if "value" in chosen:
                chosen["currency"] = gone.currency
            merged = self._checked(merged.with_changes(**chosen) if chosen else merged)
            before = lead_store.snapshot_leads(db, [keep, other])
            conn = db.conn
            lead_store.move_owned(conn, keep, other)  # everything the other lead owns
            lead_store.delete_ids(conn, [other])
            lead_store.update_lead(db, merged.with_changes(updated_at=now))
            fu_store.refresh_summaries(db, [keep])
            dup_store.set_status(conn, pair_id, "merged", now)
        self._push_undo(Op.MERGE_LEADS, 1, before)
        return self._announce(Change(Op.MERGE_LEADS, frozenset([keep, other]), removed=frozenset([other])))
