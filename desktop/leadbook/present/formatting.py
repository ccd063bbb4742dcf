"""How values look on screen: money, dates and times through QLocale, never by hand."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from ..core.clock import from_utc_iso
from ..core.followups import EARLIEST_DAY, LATEST_DAY

__all__ = ["book_days", "local_datetime", "money", "short_date", "short_datetime"]


def money(value: float | None, currency: str, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    decimals = 0 if float(value).is_integer() else 2
    amount = locale.toString(float(value), "f", decimals)
    return f"{amount} {currency}".strip()


def local_datetime(utc_text: str | None, zone: ZoneInfo) -> datetime | None:
    if not utc_text:
        return None
    return from_utc_iso(utc_text).astimezone(zone)


def short_date(moment: date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)


def short_datetime(moment: datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    # The wall-clock digits are already local; a UTC QDateTime skips a costly local-zone lookup.
    qdt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute), QTimeZone.utc())
    return locale.toString(qdt, QLocale.FormatType.ShortFormat)


def book_days() -> tuple[QDate, QDate]:
    """The first and last day Leadbook works with, for a date field's ``setDateRange``."""
    return (QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day),
            QDate(LATEST_DAY.year, LATEST_DAY.month, LATEST_DAY.day))  # fmt: skip
