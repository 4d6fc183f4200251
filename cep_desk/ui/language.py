"""Which language code lists and dates are shown in (follows the installed translator)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def current_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "fr"


def format_date(value: date | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{format_date(value.date())} {value:%H:%M}"
