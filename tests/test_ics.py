"""The .ics export: read back by a calendar library (icalendar) and checked by hand against RFC 5545
(CRLF, 75-octet folding, escaping, UTC times, stable UIDs, no personal data beyond initials)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from cep_desk.domain.agenda import AppointmentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.ics import CalendarEvent, calendar, escape, fold

STAMP = datetime(2026, 11, 23, 9, 0)


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_structure_by_hand() -> None:
    ev = CalendarEvent("01a2", datetime(2026, 11, 24, 8, 30), 45, "CEP – L. D.", "Rodez, 2 av. Victor-Hugo; bureau 3")
    text = calendar([ev], STAMP)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = unfold(text)
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"] and lines[-2:] == ["END:VCALENDAR", ""]
    assert "PRODID:-//CEP Desk//Agenda//FR" in lines
    for expected in ("BEGIN:VEVENT", "UID:01a2@cep-desk.local", "DTSTAMP:20261123T090000Z",
                     "DTSTART:20261124T083000Z", "DTEND:20261124T091500Z", "SUMMARY:CEP – L. D.",
                     "LOCATION:Rodez\\, 2 av. Victor-Hugo\\; bureau 3", "STATUS:CONFIRMED", "END:VEVENT"):
        assert expected in lines, expected
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_folding_never_splits_a_character_and_is_reversible() -> None:
    line = "SUMMARY:" + "é" * 60 + "x" * 40
    folded = fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1 and all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert folded.replace("\r\n ", "") == line


def test_escape() -> None:
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_parsed_back_by_icalendar() -> None:
    events = [CalendarEvent("a", datetime(2026, 3, 29, 8, 0), 60, "CEP – N. V." + " long" * 30, "Millau"),
              CalendarEvent("b", datetime(2026, 10, 25, 0, 30), 30, "CEP", status="cancelled")]
    cal = icalendar.Calendar.from_ical(calendar(events, STAMP))
    vevents = list(cal.walk("VEVENT"))
    assert [str(e["UID"]) for e in vevents] == ["a@cep-desk.local", "b@cep-desk.local"]
    first, second = vevents
    assert first.decoded("DTSTART") == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    assert first.decoded("DTEND") - first.decoded("DTSTART") == timedelta(hours=1)
    assert str(first["SUMMARY"]) == "CEP – N. V." + " long" * 30 and str(first["LOCATION"]) == "Millau"
    assert str(second["STATUS"]) == "CANCELLED"


@pytest.fixture
def agenda(services):  # type: ignore[no-untyped-def]
    site = services.counsellor.save_site(None, "Rodez – site principal", "principal", "12202")
    bid = services.beneficiaries.create(BeneficiaryDraft(last_name="Dupont", first_name="Léa",
                                                         commune_insee="12202", postal_code="12000"))
    aid = services.agenda.plan(AppointmentDraft(datetime(2026, 11, 24, 9, 30), 60, site, bid,
                                                note="Parle de sa santé (ne doit pas sortir)"))
    return aid


def test_service_export_initials_only_by_default(services, agenda) -> None:  # type: ignore[no-untyped-def]
    text = services.agenda.ics(date(2026, 11, 23), date(2026, 11, 29))
    assert "Dupont" not in text and "DUPONT" not in text and "Léa" not in text and "santé" not in text
    [ev] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(ev["SUMMARY"]) == "CEP – L. D." and str(ev["LOCATION"]) == "Rodez – site principal"
    assert ev.decoded("DTSTART") == datetime(2026, 11, 24, 8, 30, tzinfo=UTC)   # 09:30 in Paris
    assert str(ev["UID"]) == f"{agenda}@cep-desk.local"
    # Same UID on the next export: calendars update the event instead of adding a copy.
    assert f"UID:{agenda}@cep-desk.local" in services.agenda.ics(date(2026, 11, 24), date(2026, 11, 24))


def test_service_export_with_full_names_when_chosen(services, agenda) -> None:  # type: ignore[no-untyped-def]
    [ev] = icalendar.Calendar.from_ical(services.agenda.ics(date(2026, 11, 23), date(2026, 11, 29),
                                                            full_names=True)).walk("VEVENT")
    assert str(ev["SUMMARY"]) == "CEP – Léa DUPONT"
