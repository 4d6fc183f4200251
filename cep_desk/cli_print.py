"""``cep-desk-cli print KIND --beneficiary ID [--session ID] [--referral ID] [--large-print] --out FILE.pdf``.

Writes the same PDF the window previews, atomically (a crash leaves no half
file). ``--record`` also keeps it in the person's documents folder and history,
as "hand over" does in the window. Exit codes as the rest of the command line:
0 written, 1 bad input (unknown person, session or kind, nothing to print),
2 store problem.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cep_desk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cep_desk.cli import Messages

KINDS = ("synthese", "synthese-falc", "plan", "conclusion", "liaison", "carte", "enquete-metier")
WRITTEN = QT_TRANSLATE_NOOP("Cli", "{title}: {pages} page(s) written to {path}.")
RECORDED = QT_TRANSLATE_NOOP("Cli", "Kept in the person's documents as {file} (version {version}).")
UNKNOWN_SESSION = QT_TRANSLATE_NOOP(
    "Cli", "This person has no session with the id {id}. Find session ids with: cep-desk-cli show ID"
)
UNKNOWN_REFERRAL = QT_TRANSLATE_NOOP("Cli", "This person has no referral with the id {id}.")
NOT_PDF = QT_TRANSLATE_NOOP("Cli", "The output file must end with .pdf: {path}")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "print", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "write a printed deliverable (PDF) for one person")
    )
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    p.add_argument(
        "--beneficiary", required=True, metavar="ID", help=QT_TRANSLATE_NOOP("CliHelp", "the person's id (see: list)")
    )
    p.add_argument(
        "--session", metavar="ID", help=QT_TRANSLATE_NOOP("CliHelp", "the session (default: the latest one)")
    )
    p.add_argument(
        "--referral", metavar="ID", help=QT_TRANSLATE_NOOP("CliHelp", "the referral, for a fiche de liaison")
    )
    p.add_argument("--large-print", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "20 pt text"))
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument(
        "--record",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CliHelp", "also keep it in the person's documents and history (handed over)"),
    )
    p.add_argument("--format", choices=("text", "json"), default="text")


def cmd_print(args: argparse.Namespace, msg: Messages) -> int:
    from cep_desk.cli import UNKNOWN_ID, CliExit, _data_dir, _open
    from cep_desk.deliverables.render import kind as kind_of
    from cep_desk.services.documents import DocumentError
    from cep_desk.services.facade import Services
    from cep_desk.storage.atomic import write_bytes_atomic

    if args.out.suffix.lower() != ".pdf":
        raise CliExit(1, msg(NOT_PDF, path=args.out))
    options = {"interview_id": args.session, "referral_id": args.referral, "large_print": args.large_print}
    store = _open(_data_dir(args), msg)
    try:
        documents = Services.for_store(store).documents
        try:
            pdf = documents.render(args.kind, args.beneficiary, **options)
            view = documents.produce(args.kind, args.beneficiary, **options) if args.record else None
        except DocumentError as exc:
            raise CliExit(1, "\n".join(i.render(msg.translate) for i in exc.issues)) from None
        except LookupError as exc:
            missing = exc.args[0] if exc.args else ""
            text = (
                msg(UNKNOWN_SESSION, id=missing)
                if missing == args.session
                else msg(UNKNOWN_REFERRAL, id=missing)
                if missing == args.referral
                else msg(UNKNOWN_ID, id=args.beneficiary)
            )
            raise CliExit(1, text) from None
    finally:
        store.close()
    write_bytes_atomic(args.out, pdf)
    pages = len(re.findall(rb"/Type /Page\b(?!s)", pdf))
    title = kind_of(args.kind).title
    if args.format == "json":
        out = {"kind": args.kind, "title": title, "path": str(args.out), "pages": pages}
        if view is not None:
            out |= {"recorded": view.file_name, "version": view.version}
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(msg(WRITTEN, title=title, pages=pages, path=args.out))
        if view is not None:
            print(msg(RECORDED, file=view.file_name, version=view.version))
    return 0
