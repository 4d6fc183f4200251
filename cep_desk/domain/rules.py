"""Field-level rules shared by every form and importer.

Each check returns an ``Issue`` or ``None`` so forms can show the message next
to the field as the user types, and services can refuse the whole draft.
"""

from __future__ import annotations

import re
from datetime import date

from cep_desk.domain import messages as m
from cep_desk.domain.messages import Issue
from cep_desk.domain.places import CommuneIndex

MIN_AGE = 16
MAX_AGE = 100  # beyond: almost always a typo in the year
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
# [0-9], not \d: \d also matches Arabic-Indic, full-width… digits, which are no phone number.
_PHONE_FR = re.compile(r"^0[1-9][0-9]{8}$")
_PHONE_INTL = re.compile(r"^\+[0-9]{8,15}$")
_POSTAL = re.compile(r"^[0-9]{5}$")


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_bracket(birth: date | None, day: date) -> str | None:
    """National brackets, derived, never stored (REFERENTIALS.md §1)."""
    if birth is None:
        return None
    age = age_on(birth, day)
    if age < 26:
        return "16-25"
    if age < 45:
        return "26-44"
    if age < 55:
        return "45-54"
    return "55-70"


def check_past_date(field: str, value: date | None, today: date) -> Issue | None:
    if value is None:
        return None
    if value > today:
        return Issue(field, m.DATE_IN_FUTURE)
    if value.year < 1900:
        return Issue(field, m.DATE_TOO_OLD)
    return None


def check_birth_date(value: date | None, today: date, field: str = "birth_date") -> Issue | None:
    issue = check_past_date(field, value, today)
    if issue or value is None:
        return issue
    age = age_on(value, today)
    if age < MIN_AGE:
        return Issue(field, m.BIRTH_TOO_YOUNG, {"age": str(age)})
    if age > MAX_AGE:
        return Issue(field, m.BIRTH_TOO_OLD, {"age": str(age)})
    return None


def normalise_phone(value: str) -> str:
    return re.sub(r"[\s.\-()]", "", value)


def format_phone(value: str) -> str:
    """0612345678 → "06 12 34 56 78", as people read it back over the phone (+33 numbers as dialled here);
    anything else is left as typed."""
    digits = normalise_phone(value)
    if digits.startswith("+33") and len(digits) == 12 and digits[1:].isdigit():
        digits = "0" + digits[3:]
    if len(digits) == 10 and digits.isdigit():
        return " ".join(digits[i:i + 2] for i in range(0, 10, 2))
    return value


def check_email(value: str | None, field: str = "email") -> Issue | None:
    if not value:
        return None
    if len(value) > 254 or not _EMAIL.match(value.strip()):
        return Issue(field, m.EMAIL_MALFORMED)
    return None


def check_phone(value: str | None, field: str = "phone") -> Issue | None:
    if not value:
        return None
    digits = normalise_phone(value)
    if _PHONE_FR.match(digits) or _PHONE_INTL.match(digits):
        return None
    return Issue(field, m.PHONE_MALFORMED)


def check_postal_code(value: str | None, places: CommuneIndex, field: str = "postal_code") -> Issue | None:
    if not value:
        return None
    value = value.strip()
    if not _POSTAL.match(value):
        return Issue(field, m.POSTAL_CODE_MALFORMED)
    if not places.postal_code_exists(value):
        return Issue(field, m.POSTAL_CODE_UNKNOWN, {"code": value})
    return None


def check_commune(
    insee: str | None, postal_code: str | None, places: CommuneIndex, field: str = "commune_insee"
) -> Issue | None:
    if not insee:
        return None
    commune = places.get(insee)
    if commune is None:
        return Issue(field, m.COMMUNE_UNKNOWN)
    pc = (postal_code or "").strip()
    if pc and _POSTAL.match(pc) and pc not in commune.postal_codes and places.postal_code_exists(pc):
        return Issue("postal_code", m.COMMUNE_POSTAL_MISMATCH, {"code": pc, "commune": commune.name})
    return None


def check_code(field: str, value: str | None, allowed) -> Issue | None:  # type: ignore[no-untyped-def]
    if value is None or value == "":
        return None
    if value not in allowed:
        return Issue(field, m.UNKNOWN_CODE)
    return None
