"""``cep-desk-cli partners import|export|search``: the partner directory without a window.

``import FILE`` prints the report (imported, updated, unchanged, rejected rows
with their reason) and exits 1 when anything was rejected or the file could
not be read to the end; ``export FILE`` writes the counsellor's own entries as
data·inclusion JSON; ``search TEXT [--near INSEE --radius KM]`` lists services.
Same exit codes as the rest of the command line (0 ok, 1 bad input, 2 store problem).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cep_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cep_desk.cli import Messages

IMPORT_DONE = QT_TRANSLATE_NOOP(
    "Cli", "{imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected."
)
REJECTED_ROW = QT_TRANSLATE_NOOP("Cli", "Rejected: row {row} ({id}): {reason}")
IMPORT_CANCELLED = QT_TRANSLATE_NOOP("Cli", "Import stopped: the batches already read were kept.")
EXPORT_DONE = QT_TRANSLATE_NOOP("Cli", "{structures} structure(s) and {services} service(s) written to {path}.")
EXPORT_INVALID = QT_TRANSLATE_NOOP(
    "Cli",
    "Nothing was written: one of your entries is not valid for data·inclusion ({detail}). Correct it "
    "in the Directory tab.",
)
UNKNOWN_INSEE = QT_TRANSLATE_NOOP(
    "Cli", "Unknown commune code {code}: give the 5-character INSEE code (for example 12145 for Millau)."
)
RADIUS_NEEDS_NEAR = QT_TRANSLATE_NOOP("Cli", "--radius needs --near: the distance is measured from a commune.")
BAD_RADIUS = QT_TRANSLATE_NOOP("Cli", "--radius must be a number of kilometres between 1 and 1000.")
MAX_SHOWN_REJECTED = 200


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    partners = sub.add_parser(
        "partners", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "the partner directory (data·inclusion)")
    )
    psub = partners.add_subparsers(
        dest="partners_command", required=True, metavar="ACTION", parser_class=sub._parser_class
    )
    imp = psub.add_parser(
        "import", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "import a data·inclusion JSON or CSV file")
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    exp = psub.add_parser(
        "export", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "write your own entries as data·inclusion JSON")
    )
    exp.add_argument("file", type=Path, metavar="FILE")
    search = psub.add_parser("search", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "search services offline"))
    search.add_argument("text", nargs="?", default="", metavar="TEXT")
    search.add_argument(
        "--near", metavar="INSEE", help=QT_TRANSLATE_NOOP("CliHelp", "the person's commune (INSEE code)")
    )
    search.add_argument(
        "--radius",
        metavar="KM",
        help=QT_TRANSLATE_NOOP("CliHelp", "on-site services within KM (remote ones always listed)"),
    )
    search.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("CliHelp", "data·inclusion thématique"),
    )
    search.add_argument("--limit", type=int, default=50, metavar="N")
    search.add_argument("--format", choices=("json", "csv"), default="json")


def cmd_partners(args: argparse.Namespace, msg: Messages) -> int:
    return {"import": _import, "export": _export, "search": _search}[args.partners_command](args, msg)


def _import(args: argparse.Namespace, msg: Messages) -> int:
    from cep_desk.cli import _data_dir, _open
    from cep_desk.services.facade import Services

    store = _open(_data_dir(args), msg)
    try:
        report = Services.for_store(store).partner_import.run(args.file)
    finally:
        store.close()
    print(
        msg(
            IMPORT_DONE,
            imported=report.imported,
            updated=report.updated,
            unchanged=report.unchanged,
            rejected=len(report.rejected),
        )
    )
    for r in report.rejected[:MAX_SHOWN_REJECTED]:
        print(msg(REJECTED_ROW, row=r.row, id=r.record_id or "?", reason=r.render(msg.translate)))
    if report.problem is not None:
        import sys

        print(report.problem.render(msg.translate), file=sys.stderr)
    return 0 if report.ok else 1


def _export(args: argparse.Namespace, msg: Messages) -> int:
    from pydantic_core import ValidationError

    from cep_desk.cli import CliExit, _data_dir, _open
    from cep_desk.services.facade import Services
    from cep_desk.services.partner_records import error_text

    store = _open(_data_dir(args), msg)
    try:
        try:
            result = Services.for_store(store).partner_export.write(args.file)
        except ValidationError as exc:
            raise CliExit(1, msg(EXPORT_INVALID, detail=error_text(exc))) from None
    finally:
        store.close()
    print(msg(EXPORT_DONE, structures=result.structures, services=result.services, path=args.file))
    return 0


def _search(args: argparse.Namespace, msg: Messages) -> int:
    import csv
    import io

    from cep_desk.cli import CliExit, _data_dir, _emit_data, _json, _open, csv_cell
    from cep_desk.domain.places import commune_index
    from cep_desk.services.facade import Services
    from cep_desk.services.partner_search import SearchQuery

    radius = None
    if args.radius is not None:
        if not args.near:
            raise CliExit(1, msg(RADIUS_NEEDS_NEAR))
        try:
            radius = float(args.radius.replace(",", "."))
        except ValueError:
            raise CliExit(1, msg(BAD_RADIUS)) from None
        if not 1 <= radius <= 1000:
            raise CliExit(1, msg(BAD_RADIUS))
    if args.near and commune_index().get(args.near) is None:
        raise CliExit(1, msg(UNKNOWN_INSEE, code=args.near))
    store = _open(_data_dir(args), msg)
    try:
        hits = Services.for_store(store).partner_search.search(
            SearchQuery(
                text=args.text, near_insee=args.near, radius_km=radius, thematiques=args.theme, limit=max(1, args.limit)
            )
        )
    finally:
        store.close()
    records = [
        {
            "service_id": h.service_id,
            "service": h.service_name,
            "structure_id": h.structure_id,
            "structure": h.structure_name,
            "commune": h.commune,
            "distance_km": h.distance_km,
            "a_distance": h.remote,
            "en_presentiel": h.on_site,
            "type": h.type,
            "frais": h.frais,
            "thematiques": h.thematiques,
        }
        for h in hits
    ]
    if args.format == "json":
        _emit_data(_json(records))
        return 0
    buf = io.StringIO()
    writer = csv.writer(buf)
    cols = list(records[0]) if records else ["service_id", "service", "structure", "commune", "distance_km"]
    writer.writerow(cols)
    for rec in records:
        writer.writerow([csv_cell("|".join(v) if isinstance(v, list) else v) for v in (rec[c] for c in cols)])
    _emit_data(buf.getvalue())
    return 0
