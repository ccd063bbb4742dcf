"""The book's own settings (first-response targets, the day's start, cadence defaults…), its id
and its home country: what is kept in the book's settings table, beside the leads."""

from __future__ import annotations

from ..core.rules import Settings
from ..store import followups as fu_store
from ..store import settings as settings_store
from .changes import Change, Op
from .session import Session


class PreferencesMixin(Session):
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = Settings.from_json(self.setting("settings"))
        return self._settings

    def save_settings(self, settings: Settings) -> Change:
        """Store new defaults; reminders of planned date-only follow-ups move with the day's start."""
        try:
            with self._write() as db:
                settings_store.put(db.conn, "settings", settings.to_json())
                self._settings = settings  # the reminders below are worked out with the new day start
                for followup_id in fu_store.planned_with_day_reminders(db.conn):
                    fu = fu_store.get_followups(db, [followup_id])[0]
                    fu_store.update_followup(db, followup_id, self._followup_row(fu))
        except BaseException:
            self._settings = None  # not saved: read them again from the book
            raise
        return self._announce(Change(Op.SAVE_SETTINGS))

    def book_id(self) -> str:
        """A random name for this book, made by the schema; calendar UIDs carry it."""
        return self.setting("book_id") or f"{abs(hash(str(self.path))):x}"

    def home_country(self) -> str:
        """The book's home country (ISO 3166 code, "SE"): the country of phone numbers written
        without a country code. Set with ``set_home_country``; until then the locale's country
        ("sv_SE.UTF-8" -> "SE"), or "" (then only international numbers are compared)."""
        from ..interop.matching import region_from_locale  # noqa: PLC0415

        return self.setting("home_country") or region_from_locale()

    def set_home_country(self, code: str) -> None:
        code = code.strip().upper()
        if code and not (len(code) == 2 and code.isalpha() and code.isascii()):
            raise ValueError(f"not a country code: {code!r}")
        self.set_setting("home_country", code)
