"""How values look on screen: money, dates and times through QLocale, never by hand.

The one module of date and time formats: every view, the call sheet and the command line take
theirs from here (``long_date``, ``short_date``, ``short_time``, ``short_datetime``, ``day_text``
and ``due_text`` with the weekday, ``iso_day_text`` for a day stored as text)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone, QUrl

from ..core.clock import from_utc_iso
from ..core.followups import EARLIEST_DAY, LATEST_DAY, Due

__all__ = [
    "book_days",
    "contact_link",
    "contact_url",
    "day_text",
    "due_text",
    "escaped",
    "iso_day_text",
    "local_datetime",
    "long_date",
    "money",
    "qdate",
    "short_date",
    "short_datetime",
    "short_time",
]


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


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date, locale: QLocale | None = None) -> str:
    """ "Monday, November 23, 2026"."""
    return (locale or QLocale()).toString(qdate(day), QLocale.FormatType.LongFormat)


def short_date(moment: date, locale: QLocale | None = None) -> str:
    """ "11/23/26"."""
    return (locale or QLocale()).toString(qdate(moment), QLocale.FormatType.ShortFormat)


def short_time(at: time, locale: QLocale | None = None) -> str:
    """ "9:40 AM"."""
    return (locale or QLocale()).toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def day_text(day: date, locale: QLocale | None = None) -> str:
    """ "Wed 11/25/26": the weekday matters when planning calls (seed 000: Wed/Thu land best)."""
    locale = locale or QLocale()
    qd = qdate(day)
    return f"{locale.toString(qd, 'ddd')} {locale.toString(qd, QLocale.FormatType.ShortFormat)}"


def due_text(due: Due, locale: QLocale | None = None) -> str:
    """ "Wed 11/25/26", or with its time "Wed 11/25/26 9:40 AM"."""
    text = day_text(due.day, locale)
    return f"{text} {short_time(due.at, locale)}" if due.at is not None else text


def iso_day_text(iso: str) -> str:
    """A day stored as YYYY-MM-DD (in an event), in the short format; other text as it is."""
    try:
        return short_date(date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso


def short_datetime(moment: datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    # The wall-clock digits are already local; a UTC QDateTime skips a costly local-zone lookup.
    qdt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute), QTimeZone.utc())
    return locale.toString(qdt, QLocale.FormatType.ShortFormat)


def book_days() -> tuple[QDate, QDate]:
    """The first and last day Leadbook works with, for a date field's ``setDateRange``."""
    return (QDate(EARLIEST_DAY.year, EARLIEST_DAY.month, EARLIEST_DAY.day),
            QDate(LATEST_DAY.year, LATEST_DAY.month, LATEST_DAY.day))  # fmt: skip


def escaped(text: str) -> str:
    """``text`` safe inside Qt's rich text and its attributes: what ``html.escape`` gives, without
    loading the ``html`` package (its table of entities) before Today's first paint."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))  # fmt: skip


def contact_url(scheme: str, value: str) -> QUrl:
    """A tel: or mailto: address; a phone's spaces become the separator RFC 3966 allows."""
    url = QUrl()
    url.setScheme(scheme)
    url.setPath("-".join(value.split()) if scheme == "tel" else value)
    return url


def contact_link(scheme: str, value: str) -> str:
    """A tel:/mailto: link for rich text, its text and address both escaped: lead data is never markup."""
    href = contact_url(scheme, value).toString(QUrl.ComponentFormattingOption.FullyEncoded)
    return f'<a href="{escaped(href)}">{escaped(value)}</a>'
