"""``cep-desk-cli agenda`` and ``cep-desk-cli due``: the counsellor's appointments (JSON or .ics)
and what is due (today, this week, overdue, awaited), for scripts and calendar imports.

Same exit codes as the rest of the command line (0 ok, 1 bad input, 2 store problem). ``cep_desk.cli``
imports this module to register the commands, so its helpers are imported inside the functions.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from cep_desk.domain import due
from cep_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cep_desk.cli import Messages

BAD_DATE = QT_TRANSLATE_NOOP(
    "Cli", "\u201c{value}\u201d is not a date: write it as YYYY-MM-DD (for example 2026-11-23)."
)
BAD_RANGE = QT_TRANSLATE_NOOP("Cli", "--from ({start}) is after --to ({end}): swap the two dates.")
RANGE_TOO_LONG = QT_TRANSLATE_NOOP("Cli", "Choose at most {days} days between --from and --to.")
BAD_WEEKS = QT_TRANSLATE_NOOP("Cli", "--weeks must be a whole number between 1 and 52.")
MAX_DAYS = 366
DEFAULT_DAYS = 7
SECTION_KEYS = {
    due.APPOINTMENTS: "rendez_vous_du_jour",
    due.WEEK: "jalons_de_la_semaine",
    due.OVERDUE: "jalons_en_retard",
    due.FUNDING: "financements_attendus",
    due.PAUSED: "parcours_a_reprendre",
    due.REVERIFY: "partenaires_a_reverifier",
    due.NO_CONTACT: "sans_contact",
}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    agenda = sub.add_parser(
        "agenda",
        parents=[common],
        help=QT_TRANSLATE_NOOP("CliHelp", "planned appointments, as JSON or iCalendar (.ics)"),
    )
    agenda.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("CliHelp", "first day, YYYY-MM-DD (default: today)"),
    )
    agenda.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("CliHelp", "last day, YYYY-MM-DD (default: 6 days later)"),
    )
    agenda.add_argument("--format", choices=("json", "ics"), default="json")
    agenda.add_argument(
        "--full-names",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "name people in full in the .ics (default: initials only)"),
    )
    dues = sub.add_parser(
        "due", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "what is due: today, this week, overdue, awaited")
    )
    dues.add_argument("--format", choices=("json",), default="json")
    dues.add_argument(
        "--weeks",
        default="8",
        metavar="N",
        help=QT_TRANSLATE_NOOP("CliHelp", "no contact for N weeks or more (default: 8)"),
    )


def _day(value: str | None, msg: Messages) -> date | None:
    from cep_desk.cli import CliExit

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CliExit(1, msg(BAD_DATE, value=value)) from None


def cmd_agenda(args: argparse.Namespace, msg: Messages) -> int:
    from cep_desk.cli import CliExit, _data_dir, _emit_data, _json, _open
    from cep_desk.services.facade import Services

    start, end = _day(args.start, msg), _day(args.end, msg)
    if start and end and start > end:
        raise CliExit(1, msg(BAD_RANGE, start=start.isoformat(), end=end.isoformat()))
    if start and end and (end - start).days >= MAX_DAYS:
        raise CliExit(1, msg(RANGE_TOO_LONG, days=MAX_DAYS))
    store = _open(_data_dir(args), msg)
    try:
        services = Services.for_store(store)
        start = start or (end - timedelta(days=DEFAULT_DAYS - 1) if end else services.ctx.today())
        end = end or start + timedelta(days=DEFAULT_DAYS - 1)
        if args.format == "ics":
            _emit_data(services.agenda.ics(start, end, full_names=args.full_names))
            return 0
        views = services.agenda.between(start, end, include_cancelled=True)
    finally:
        store.close()
    _emit_data(
        _json(
            {
                "du": start,
                "au": end,
                "rendez_vous": [
                    {
                        "id": v.id,
                        "debut": v.starts_local,
                        "debut_utc": v.starts_utc,
                        "duree_min": v.duration_min,
                        "personne_id": v.beneficiary_id,
                        "personne": v.person,
                        "site_id": v.site_id,
                        "site": v.site_name,
                        "type_site": v.site_kind,
                        "modalite": v.modality,
                        "statut": v.status,
                        "origine": v.source,
                        "chevauchement": v.conflict,
                    }
                    for v in views
                ],
            }
        )
    )
    return 0


def _item(i: due.DueItem, cockpit: Any) -> dict[str, Any]:
    from cep_desk.cli import _plain

    return {
        "cle": i.key,
        "personne_id": i.beneficiary_id,
        "personne": cockpit.name(i.beneficiary_id),
        "date": _plain(i.on),
        "heure": i.at.strftime("%H:%M") if i.at else None,
        "libelle": i.label,
        "detail": i.detail,
    }


def cmd_due(args: argparse.Namespace, msg: Messages) -> int:
    from cep_desk.cli import CliExit, _data_dir, _emit_data, _json, _open
    from cep_desk.services.facade import Services

    try:
        weeks = int(args.weeks)
    except ValueError:
        weeks = 0
    if not 1 <= weeks <= 52:
        raise CliExit(1, msg(BAD_WEEKS))
    store = _open(_data_dir(args), msg)
    try:
        cockpit = Services.for_store(store).cockpit(weeks)
    finally:
        store.close()
    out: dict[str, Any] = {
        "aujourd_hui": cockpit.today,
        "semaine": due.week_label(cockpit.today),
        "semaines_sans_contact": weeks,
    }
    for section in due.SECTIONS:
        out[SECTION_KEYS[section]] = [_item(i, cockpit) for i in cockpit.sections[section]]
    out["rappels"] = [_item(i, cockpit) for i in cockpit.reminders]
    _emit_data(_json(out))
    return 0
