"""Leads: reads (lists, sort orders, counts), adds, edits, deletes, export."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..core.deferred import deferred
from ..core.model import Lead, normalise_tags
from ..core.sanitise import clean_lead
from ..store import followups as fu_store
from ..store import leads as lead_store
from ..store.database import data_version, known_errors
from ..store.leads import LeadQuery, LeadSnapshot, OrderedIds
from .changes import Change, Op
from .session import Session
from .values import InvalidLead

if TYPE_CHECKING:
    from ..core import validation
else:  # the checks load with the first lead added or edited
    validation = deferred("leadbook.core.validation")


class LeadsMixin(Session):
    """Reading and writing leads."""

    # --- reads ------------------------------------------------------------------------

    def lead(self, lead_id: int) -> Lead:
        found = lead_store.get_leads(self._db, [lead_id])
        if not found:
            raise KeyError(lead_id)
        return found[0]

    def leads(self, ids: Sequence[int]) -> list[Lead]:
        return lead_store.get_leads(self._db, ids)

    def lead_ids(
        self, query: LeadQuery | None = None, *, refining: tuple[LeadQuery, list[int]] | None = None
    ) -> list[int]:
        """The ids matching ``query`` (every lead when None) in its order. The full order is kept
        between calls (until the next write), so each keystroke of a search only finds the matches;
        ``refining`` (the previous query and its result) narrows that result when it can."""
        if query is None:  # not a default made at import: the record waits for its first use
            query = LeadQuery()
        with known_errors(self.path):
            ordered = self._kept_order(query)
            within = refining[1] if refining and lead_store.refines(query, refining[0]) else None
            return lead_store.query_lead_ids(self._db, query, ordered, within)

    def first_lead_ids(self, query: LeadQuery, limit: int) -> tuple[list[int], int] | None:
        """The first ``limit`` ids ``lead_ids(query)`` would give and how many it would give in
        all, read without handing every match to Python (search as you type at 100,000 leads:
        the first screen within a frame, the rest after); None when only ``lead_ids`` can tell."""
        with known_errors(self.path):
            return lead_store.first_matching_ids(self._db, query, self._kept_order(query), limit)

    def _kept_order(self, query: LeadQuery) -> OrderedIds:
        """Every lead id in ``query``'s sort order, kept until the book changes."""
        # Another connection's commit (`leadbook import` while the app is open, a worker)
        # changes data_version, and only that: the kept orders may miss its leads.
        version = data_version(self._db.conn)
        if version != self._orders_version:
            self._orders.clear()
            self._orders_version = version
        key = (query.sort, query.descending)
        ordered = self._orders.get(key)
        if ordered is None:
            ordered = self._orders[key] = OrderedIds(lead_store.sorted_ids(self._db, *key))
        return ordered

    def table_rows(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        return lead_store.table_rows(self._db, ids)

    def tags(self) -> list[str]:
        return lead_store.all_tags(self._db)

    def shown_characters(self, ids: Sequence[int] | None = None) -> set[str]:
        """The distinct non-ASCII letters of the leads' names, companies and notes (all leads by default)."""
        return lead_store.shown_characters(self._db, ids)

    def count_leads(self) -> int:
        if self._lead_count is None:
            self._lead_count = lead_store.count_leads(self._db)
        return self._lead_count

    def largest_value(self) -> tuple[float, str] | None:
        """The largest estimated value of any lead, with its currency (None when no lead has one)."""
        with known_errors(self.path):
            return lead_store.largest_value(self._db)

    # --- writes -----------------------------------------------------------------------

    @staticmethod
    def _checked(lead: Lead) -> Lead:
        lead = clean_lead(lead)  # no control or bidi characters (core.sanitise)
        lead = lead.with_changes(
            name=lead.name.strip(),
            tags=normalise_tags(lead.tags),
            currency=lead.currency.strip().upper(),
        )
        problems = validation.lead_problems(lead)
        if problems:
            raise InvalidLead(problems)
        return lead

    def add_lead(self, lead: Lead) -> Lead:
        """Save a new lead with its first follow-up; raises InvalidLead (nothing saved) when a field is wrong."""
        return self.leads(sorted(self.add_leads([lead], op=Op.ADD_LEAD, plan_first=True).added))[0]

    def add_leads(self, leads: Iterable[Lead], *, op: Op = Op.ADD_LEADS, plan_first: bool = False) -> Change:
        """Save many leads in one transaction: all of them or, on any error, none.

        With ``plan_first`` each active lead gets its first follow-up (seed 001: 71% of
        leads are never followed up): due by its source's first-response target, or on
        the next working day when the source has none.
        """
        now = self._now()
        checked = [self._checked(lead).with_changes(id=None, created_at=now, updated_at=now) for lead in leads]
        with self._write() as db:
            ids = frozenset(lead_store.insert_lead(db, lead) for lead in checked)
            if plan_first:
                for lead_id, lead in zip(sorted(ids), checked):
                    if lead.stage.is_active and not lead.do_not_contact:
                        self._insert_followup(db, self._first_followup(lead_id, lead))
                fu_store.refresh_summaries(db, ids)
        self._push_undo(op, len(ids), [LeadSnapshot(i, None, (), ()) for i in ids])
        return self._announce(Change(op, ids, added=ids, count=len(ids)))

    def update_lead(self, lead: Lead) -> Lead:
        """Save changes to an existing lead (undoable)."""
        lead_id = lead.id
        if lead_id is None:
            raise ValueError("update_lead needs a lead with an id")
        lead = self._checked(lead).with_changes(updated_at=self._now())
        with self._write() as db:
            before = lead_store.snapshot_leads(db, [lead_id])
            if before[0].lead_row is None:
                raise KeyError(lead_id)
            old_stage = dict(zip(before[0].lead_columns, before[0].lead_row))["stage"]
            lead_store.update_lead(db, lead)
            if old_stage != lead.stage.value:
                fu_store.add_event(db, lead_id, lead.updated_at, "stage", lead.stage.value, old_stage)
        self._push_undo(Op.UPDATE_LEAD, 1, before)
        self._announce(Change(Op.UPDATE_LEAD, frozenset([lead_id])))
        return self.lead(lead_id)

    def delete_leads(self, ids: Iterable[int]) -> Change:
        """Delete leads and everything they own; one undo step brings them all back."""
        ids = list(dict.fromkeys(ids))
        with self._write() as db:
            before = [s for s in lead_store.snapshot_leads(db, ids) if s.lead_row is not None]
            lead_store.delete_ids(db.conn, [s.lead_id for s in before])
        removed = frozenset(s.lead_id for s in before)
        self._push_undo(Op.DELETE_LEADS, len(ids), before)
        return self._announce(Change(Op.DELETE_LEADS, removed, removed=removed, count=len(ids)))

    def export_leads(self, query: LeadQuery | None = None, chunk: int = 1000, *,
                     do_not_contact: bool = False) -> Iterator[Lead]:  # fmt: skip
        """Every lead (or those ``query`` finds), in the list's order, read a chunk at a time.
        An export is for marketing (a mail merge, a phone's contacts): do-not-contact leads are
        left out (seed 003: "never" is for good) unless ``do_not_contact`` asks for them."""
        ids = self.lead_ids(query)
        if not do_not_contact:
            never = self._do_not_contact_ids()
            ids = [i for i in ids if i not in never] if never else ids
        for start in range(0, len(ids), chunk):
            yield from self.leads(ids[start : start + chunk])

    def count_do_not_contact(self, query: LeadQuery | None = None) -> int:
        """How many of the leads ``query`` finds (default: all) an export leaves out."""
        never = self._do_not_contact_ids()
        if not never or query is None:
            return len(never)
        return sum(1 for i in self.lead_ids(query) if i in never)

    def _do_not_contact_ids(self) -> frozenset[int]:
        with known_errors(self.path):
            return lead_store.do_not_contact_ids(self._db.conn)
