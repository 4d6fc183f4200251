"""Dates and times written in full, as the person reads them (DELIVERABLES rule 11).

Babel writes "samedi 1 mars 2025"; French writes "1er" for the first of the
month. Months are always in letters (rdv-insertion's lesson: "04/03" is read
as April by some).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from babel.dates import format_date

LOCALE = "fr_FR"


def _first(text: str, d: date) -> str:
    return re.sub(r"(^|\s)1 ", r"\g<1>1er ", text, count=1) if d.day == 1 else text


@lru_cache(maxsize=4096)
def full_date(d: date) -> str:
    """'mardi 4 mars 2026', 'samedi 1er août 2026'."""
    return _first(format_date(d, "EEEE d MMMM y", locale=LOCALE), d)


@lru_cache(maxsize=4096)
def day_month(d: date) -> str:
    """'le 1er avril', 'le 4 mars' — for a date in the current year."""
    return "le " + _first(format_date(d, "d MMMM", locale=LOCALE), d)


def month_title(d: date) -> str:
    """'Mars 2026' for a calendar page."""
    return format_date(d, "MMMM y", locale=LOCALE).capitalize()


def time_of_day(t: datetime) -> str:
    """'9 h 30', '14 h', with no-break spaces: a time is never split across two lines."""
    return f"{t.hour}\u00a0h\u00a0{t.minute:02d}" if t.minute else f"{t.hour}\u00a0h"


def full_datetime(t: datetime) -> str:
    """'mardi 4 mars 2026 à 9 h 30'."""
    return f"{full_date(t.date())} à {time_of_day(t)}"
