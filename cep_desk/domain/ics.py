"""iCalendar (RFC 5545) export of the counsellor's appointments.

Times are written in UTC (``DTSTART:20261124T090000Z``): every calendar reads
them, and no VTIMEZONE block has to be kept in step with French DST rules.
A calendar file ends up on phones and shared agendas, so it names a person
by initials only unless the counsellor chooses full names; notes never go in.
The UID is the appointment's id: importing the file again updates events
instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

PRODID = "-//CEP Desk//Agenda//FR"
UID_DOMAIN = "cep-desk.local"


@dataclass(frozen=True)
class CalendarEvent:
    id: str
    starts_utc: datetime            # naive UTC
    duration_min: int
    summary: str
    location: str = ""
    status: str = "planned"         # planned | cancelled (done ones are CONFIRMED too)
    sequence: int = 0


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets are split, continuation lines start with a space (§3.1),
    never inside a UTF-8 character."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _utc(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%SZ")


def calendar(events: Iterable[CalendarEvent], stamp: datetime, name: str = "CEP Desk") -> str:
    """The whole VCALENDAR, CRLF line ends, folded; ``stamp`` (UTC) is the DTSTAMP of every event."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape(name)}"]
    for e in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@{UID_DOMAIN}",
            f"DTSTAMP:{_utc(stamp)}",
            f"DTSTART:{_utc(e.starts_utc)}",
            f"DTEND:{_utc(e.starts_utc + timedelta(minutes=e.duration_min))}",
            f"SUMMARY:{escape(e.summary)}",
        ]
        if e.location:
            lines.append(f"LOCATION:{escape(e.location)}")
        lines += [f"STATUS:{'CANCELLED' if e.status == 'cancelled' else 'CONFIRMED'}",
                  f"SEQUENCE:{e.sequence}", "TRANSP:OPAQUE", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
