"""``cep-desk-cli``: the same store and services as the window, without a window.

For IT support and scripts, like calibre's ``calibredb``: create the demo
store, list the caseload (JSON or CSV), show one person's file, check the
store. Exit codes: 0 success, 1 user error, 2 store problem — with a plain,
translated message on stderr and never a traceback for those.

The passphrase of a passphrase store comes from ``CEP_DESK_PASSPHRASE``
(read by ``KeyManager``), never from an argument: arguments end up in shell
histories and process lists. Qt (QtCore only) and the store are imported
lazily, so ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
import copy
import csv
import io
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cep_desk import __version__, cli_agenda, cli_partners, cli_print
from cep_desk.domain.messages import QT_TRANSLATE_NOOP
from cep_desk.storage.errors import DiskFull, StoreCorrupted, StoreError, StoreLocked

if TYPE_CHECKING:
    from cep_desk.domain.caseload import CaseloadRow
    from cep_desk.domain.codelists import CodeList
    from cep_desk.services.views import BeneficiaryDetail
    from cep_desk.storage.store import Store

CONTEXT = "Cli"
NO_STORE = QT_TRANSLATE_NOOP(
    "Cli",
    "There is no store in {path}. Create one with CEP Desk, or a demo store with: cep-desk-cli --data-dir FOLDER demo",
)
KEY_FILE_LOST = QT_TRANSLATE_NOOP(
    "Cli",
    "The store in {path} has lost its store.json file, which says how it is locked. Start CEP Desk "
    "with this folder and type your recovery key: it writes that file again.",
)
DEMO_EXISTS = QT_TRANSLATE_NOOP("Cli", "{path} already holds the demo store ({people} fictional people).")
NOT_DEMO = QT_TRANSLATE_NOOP(
    "Cli", "{path} already holds a store that is not the demo store: choose another folder with --data-dir."
)
DEMO_CREATED = QT_TRANSLATE_NOOP("Cli", "Demo store created in {path}: {people} fictional people.")
UNKNOWN_ID = QT_TRANSLATE_NOOP("Cli", "No person has the id {id} in this store. Find ids with: cep-desk-cli list")
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("Cli", "Unknown status \u201c{code}\u201d: use one of {codes}.")
CHECK_OK = QT_TRANSLATE_NOOP(
    "Cli",
    "OK: {people} people, {accompaniments} accompaniments, {sessions} sessions, {outbox} outbox "
    "entries. Integrity, encryption, foreign keys and outbox checked.",
)
CHECK_FAILED = QT_TRANSLATE_NOOP(
    "Cli", "{count} problem(s) found. Restore the latest backup from the backups folder, or contact your IT support."
)
OUTBOX_MISSING = QT_TRANSLATE_NOOP("Cli", "{entity} {id} has no outbox entry: the change would never be synced.")
CANNOT_ACCESS = QT_TRANSLATE_NOOP("Cli", "Cannot use the folder {path}: {detail}")
STORE_META_DAMAGED = QT_TRANSLATE_NOOP("Cli", "store.json is damaged")
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "Interrupted.")

LIST_COLUMNS = (
    "id",
    "nom",
    "prenom",
    "commune",
    "code_insee",
    "statut",
    "statut_libelle",
    "niveau",
    "niveau_libelle",
    "date_naissance",
    "dernier_contact",
    "entretiens",
    "metier_cible",
    "site",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Directory rows imported from data·inclusion are not queued (the hub gets them there): only own entries are.
_QUEUED_ONLY_WHEN = {"partner_structure": "own = 1", "partner_service": "own = 1"}


def synced_tables() -> dict[str, str]:
    """Every table whose rows sync (models mixing in ``Synced``) → which of its rows must be queued."""
    from cep_desk.storage.models import Base, Synced

    tables = sorted(m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Synced))
    return {t: _QUEUED_ONLY_WHEN.get(t, "1 = 1") for t in tables}


# Created on the first translated message and kept for the process: destroying it would
# also destroy the translators ``cep_desk.i18n`` keeps a list of.
_app: object = None


class Messages:
    """Translates CLI messages; creates the QCoreApplication and installs catalogues on first use."""

    def __init__(self, language: str):
        self.language = language
        self._translate: Callable[[str, str], str] | None = None

    def translate(self, context: str, text: str) -> str:
        if self._translate is None:
            self._translate = self._install()
        return self._translate(context, text)

    def __call__(self, text: str, **params: object) -> str:
        return self.translate(CONTEXT, text).format(**params)

    def _install(self) -> Callable[[str, str], str]:
        global _app
        try:
            from PySide6.QtCore import QCoreApplication

            from cep_desk import i18n
        except ImportError:  # Qt missing: English source strings still say what is wrong
            return lambda _context, text: text
        if QCoreApplication.instance() is None:
            _app = QCoreApplication(["cep-desk-cli"])
        i18n.install(self.language)
        return QCoreApplication.translate


class CliExit(Exception):
    """Stop with ``code``; ``text`` (already translated) goes to stderr."""

    def __init__(self, code: int, text: str):
        super().__init__(text)
        self.code = code
        self.text = text


class _UsageError(Exception):
    pass


class _TranslatedHelp(argparse.HelpFormatter):
    """Help texts are English sources marked with ``QT_TRANSLATE_NOOP("CliHelp", …)``, translated
    when ``--help`` prints them (``main`` installs the catalogue first; otherwise they pass through)."""

    def _expand_help(self, action: argparse.Action) -> str:
        if action.help and action.help is not argparse.SUPPRESS:
            action = copy.copy(action)
            action.help = _help_text(action.help)
        return super()._expand_help(action)

    def _format_text(self, text: str) -> str:
        return super()._format_text(_help_text(text))


# argparse's own words, which it looks up through gettext: translated with the help texts.
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CliHelp", "usage: "),
    QT_TRANSLATE_NOOP("CliHelp", "positional arguments"),
    QT_TRANSLATE_NOOP("CliHelp", "options"),
    QT_TRANSLATE_NOOP("CliHelp", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CliHelp", "show program's version number and exit"),
)


def _help_text(text: str) -> str:
    core = sys.modules.get("PySide6.QtCore")
    if core is None or core.QCoreApplication.instance() is None:
        return text
    return core.QCoreApplication.translate("CliHelp", text)


def _help_language(argv: list[str]) -> str:
    """--lang given anywhere on the line, else the language chosen in the window's settings."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    from cep_desk.settings import Settings

    return Settings.load().language or "fr"


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("formatter_class", _TranslatedHelp)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        """Bad arguments are a user error (exit 1), not argparse's exit 2 — 2 means a store problem."""
        raise _UsageError(f"{self.format_usage()}{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    # The options are accepted before or after the command (SUPPRESS keeps the first one given).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=QT_TRANSLATE_NOOP("CliHelp", "store folder (default: the application's; for 'demo': the demo folder)"),
    )
    common.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("CliHelp", "language of messages and labels (default: fr)"),
    )
    parser = _Parser(
        prog="cep-desk-cli",
        parents=[common],
        description=QT_TRANSLATE_NOOP(
            "CliHelp", "CEP Desk on the command line: the same store as the window, without a window."
        ),
        epilog=QT_TRANSLATE_NOOP(
            "CliHelp",
            "A passphrase-protected store reads its passphrase from CEP_DESK_PASSPHRASE. "
            "Exit codes: 0 success, 1 user error, 2 store problem.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"cep-desk-cli {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    sub.add_parser(
        "demo", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "create the demo store (300 fictional people)")
    )
    lst = sub.add_parser("list", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "the caseload, as JSON or CSV"))
    lst.add_argument("--format", choices=("json", "csv"), default="json")
    lst.add_argument(
        "--status",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("CliHelp", "only this accompaniment status (actif, en_pause, …)"),
    )
    lst.add_argument(
        "--search", metavar="TEXT", help=QT_TRANSLATE_NOOP("CliHelp", "words to find in name, commune or target job")
    )
    show = sub.add_parser(
        "show", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "everything about one person, as JSON")
    )
    show.add_argument("id", metavar="ID")
    show.add_argument("--format", choices=("json",), default="json")
    sub.add_parser(
        "check", parents=[common], help=QT_TRANSLATE_NOOP("CliHelp", "check integrity, encryption and outbox")
    )
    cli_agenda.register(sub, common)
    cli_partners.register(sub, common)
    cli_print.register(sub, common)
    return parser


# -- output ---------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _emit_data(text: str) -> None:
    """Data is UTF-8 whatever the locale (a cp1252 pipe would choke on Ł); a terminal gets text."""
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    if buffer is None or out.isatty():
        out.write(text)
        out.flush()
        return
    out.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain) + "\n"


def csv_cell(value: Any) -> str:
    """A cell a spreadsheet will not run: text starting like a formula gets a leading apostrophe."""
    if value is None:
        return ""
    text = str(_plain(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def _coded(codes: CodeList, code: str | None, lang: str) -> dict[str, str] | None:
    if code is None:
        return None
    return {"code": code, "libelle": codes.label(code, lang) or code}


# -- store access -----------------------------------------------------------------------
def _data_dir(args: argparse.Namespace) -> Path:
    if getattr(args, "data_dir", None):
        return Path(args.data_dir).expanduser().absolute()
    from cep_desk.settings import Settings, default_data_dir

    # The demo never lands in the real store's folder by default.
    return default_data_dir(demo=True) if args.command == "demo" else Settings.load().resolved_data_dir()


def _meta(data_dir: Path, msg: Messages):  # type: ignore[no-untyped-def]
    from cep_desk.storage.keys import StoreMeta

    try:
        return StoreMeta.load(data_dir)
    except (ValueError, TypeError, KeyError) as exc:
        raise StoreCorrupted(str(exc), detail=msg(STORE_META_DAMAGED)) from exc


def _open(data_dir: Path, msg: Messages) -> Store:
    from cep_desk.storage.store import Store

    if _meta(data_dir, msg) is None:
        from cep_desk.storage.store import DB_FILE

        raise CliExit(2, msg(KEY_FILE_LOST if (data_dir / DB_FILE).exists() else NO_STORE, path=data_dir))
    # ``check`` runs the full integrity check itself; list and show need not read every page.
    return Store.open_dir(data_dir, quick_check=False)


def _as_store_error(exc: BaseException) -> StoreError | None:
    """Database errors that escape the store's own checks still mean 'store problem'."""
    if isinstance(exc, StoreError):
        return exc
    sa_exc = sys.modules.get("sqlalchemy.exc")
    dbapi = sys.modules.get("sqlcipher3.dbapi2")
    if sa_exc is not None and isinstance(exc, sa_exc.DBAPIError):
        detail = str(exc.orig)
    elif dbapi is not None and isinstance(exc, dbapi.DatabaseError):
        detail = str(exc)
    else:
        return None
    lowered = detail.lower()
    if "locked" in lowered or "busy" in lowered:
        return StoreLocked(detail)
    if "full" in lowered:
        return DiskFull(detail)
    return StoreCorrupted(detail, detail=detail)


def render_store_error(exc: StoreError, msg: Messages) -> str:
    """The store's message, with a raw SQLite report cut to its first lines (it can run to hundreds)."""
    detail = exc.params.get("detail", exc.detail)
    if detail and "{detail}" in exc.message:
        lines = [ln.strip() for ln in str(detail).splitlines() if ln.strip() and not ln.startswith("***")]
        short = "; ".join(lines[:2])
        if len(lines) > 2 or len(short) > 200:
            short = short[:200] + " …"
        exc.params = {**exc.params, "detail": short}
    return exc.render(msg.translate)


# -- commands ---------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace, msg: Messages) -> int:
    from cep_desk.demo import open_demo_store
    from cep_desk.storage.store import DB_FILE

    data_dir = _data_dir(args)
    meta = _meta(data_dir, msg)
    if (meta is not None and meta.key_mode != "demo") or (meta is None and (data_dir / DB_FILE).exists()):
        raise CliExit(1, msg(NOT_DEMO, path=data_dir))
    store = open_demo_store(data_dir)
    try:
        people = store.count("beneficiary")
    finally:
        store.close()
    print(msg(DEMO_EXISTS if meta is not None else DEMO_CREATED, path=data_dir, people=people))
    return 0


def _row_record(r: CaseloadRow, statuses: CodeList, levels: CodeList, lang: str) -> dict[str, Any]:
    return {
        "id": r.id,
        "nom": r.last_name,
        "prenom": r.first_name,
        "commune": r.commune_name,
        "code_insee": r.commune_insee,
        "statut": r.status,
        "statut_libelle": statuses.label(r.status, lang) if r.status else "",
        "niveau": r.level,
        "niveau_libelle": levels.label(r.level, lang) if r.level else "",
        "date_naissance": _plain(r.birth_date),
        "dernier_contact": _plain(r.last_contact),
        "entretiens": r.sessions,
        "metier_cible": r.target_job,
        "site": r.site_name,
    }


def cmd_list(args: argparse.Namespace, msg: Messages) -> int:
    from cep_desk.domain.caseload import CaseloadFilter, apply_filter
    from cep_desk.domain.codelists import referentials
    from cep_desk.services.facade import Services

    statuses = referentials()["parcours_status"]
    if args.status is not None and args.status not in statuses:
        raise CliExit(1, msg(UNKNOWN_STATUS, code=args.status, codes=", ".join(c.code for c in statuses.codes)))
    store = _open(_data_dir(args), msg)
    try:
        services = Services.for_store(store)
        rows = services.caseload()
        levels = services.counsellor.levels()
    finally:
        store.close()
    rows = apply_filter(rows, CaseloadFilter(text=args.search or "", status=args.status))
    records = [_row_record(r, statuses, levels, args.lang) for r in rows]
    if args.format == "json":
        _emit_data(_json(records))
    else:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(LIST_COLUMNS)
        for rec in records:
            writer.writerow([csv_cell(rec[c]) for c in LIST_COLUMNS])
        _emit_data(buf.getvalue())
    return 0


def person_record(detail: BeneficiaryDetail, levels: CodeList, lang: str, today: date) -> dict[str, Any]:
    """One person's whole file. Private notes only ever appear under keys containing ``private``."""
    from cep_desk.domain.beneficiary import current_statuses
    from cep_desk.domain.codelists import old_qualification_scale, referentials
    from cep_desk.domain.places import commune_index
    from cep_desk.domain.rules import age_bracket, age_on

    ref = referentials()
    d = detail.draft
    commune = commune_index().get(d.commune_insee)
    current = {id(s) for s in current_statuses(d.statuses, today)}

    def coded(listname: str, code: str | None) -> dict[str, str] | None:
        return _coded(ref[listname], code, lang)

    return {
        "id": detail.id,
        "nom": d.last_name,
        "prenom": d.first_name,
        "nom_naissance": d.birth_name,
        "sexe": coded("sex", d.sex),
        "date_naissance": _plain(d.birth_date),
        "age": age_on(d.birth_date, today) if d.birth_date else None,
        "tranche_age": age_bracket(d.birth_date, today),
        "contact": {
            "email": d.email,
            "telephone": d.phone,
            "adresse": d.address,
            "code_postal": d.postal_code,
            "commune": {"code_insee": commune.insee, "nom": commune.name, "departement": commune.departement}
            if commune
            else None,
        },
        "profil": {
            "pcs": coded("pcs", d.pcs),
            "niveau_qualification": coded("qualification_level", d.qualification_level),
            "diplome_obtenu": coded("yes_no_nr", d.diploma_obtained),
            "niveau_ancienne_nomenclature": coded(
                "qualification_old_scale", old_qualification_scale(d.qualification_level, d.diploma_obtained)
            ),
            "secteur": coded("sector", d.sector),
            "taille_entreprise": coded("company_size", d.company_size),
            "rqth": coded("yes_no_nr", d.rqth),
            "origine": coded("origin", d.origin),
            "projet_demissionnaire": d.resignation_project,
        },
        "statuts": [
            {
                **(coded("employment_status", s.code) or {}),
                "date_debut": _plain(s.start_date),
                "date_fin": _plain(s.end_date),
                "en_cours": id(s) in current,
                "categorie_demandeur": coded("jobseeker_category", s.jobseeker_category),
            }
            for s in d.statuses
        ],
        "metiers_cibles": [
            {"code_ogr": j.code_ogr, "code_rome": j.code_rome, "libelle": j.label} for j in d.target_jobs
        ],
        "consentement": {"donne": d.consent_given, "date": _plain(d.consent_date), "explication": d.consent_explained},
        "notes_partageables": d.notes_shareable,
        "notes_private": d.notes_private,
        "parcours": [
            {
                "id": a.id,
                "niveau": _coded(levels, a.level, lang),
                "motifs": [coded("contact_reason", r) for r in a.reasons],
                "date_premiere_demande": _plain(a.first_request_date),
                "date_premier_rendez_vous": _plain(a.first_appointment_date),
                "referent": a.referent,
                "statut": coded("parcours_status", a.status),
                "statut_depuis": _plain(a.status_since),
                "date_reprise": _plain(a.return_date),
                "motif_cloture": coded("closure_reason", a.closure_reason),
                "historique": [
                    {
                        "de": coded("parcours_status", h.from_status),
                        "vers": coded("parcours_status", h.to_status),
                        "le": _plain(h.on),
                        "date_reprise": _plain(h.return_date),
                        "motif_cloture": coded("closure_reason", h.closure_reason),
                        "partenaire": h.partner,
                        "commentaire": h.comment,
                    }
                    for h in a.history
                ],
            }
            for a in detail.accompaniments
        ],
        "entretiens": [
            {
                "id": i.id,
                "parcours_id": i.accompaniment_id,
                "debut": _plain(i.starts_at),
                "duree_min": i.duration_min,
                "modalite": coded("modality_channel", i.channel),
                "format": coded("modality_format", i.format),
                "site": {"id": i.site_id, "nom": i.site_name} if i.site_id else None,
                "niveau": _coded(levels, i.level, lang),
                "objet": coded("session_purpose", i.purpose),
                "notes_partageables": i.notes_shareable,
                "notes_private": i.notes_private,
            }
            for i in detail.interviews
        ],
        "cree_le": _plain(detail.created_at),
        "modifie_le": _plain(detail.updated_at),
    }


def co_construction_record(services: Any, beneficiary_id: str, lang: str) -> dict[str, Any]:
    """Diagnosis versions, options, plan (with funding, jalons, history), conclusions, contacts and time
    spent. Counsellor-only content appears only under keys containing ``counsellor``, private notes
    only under keys containing ``private``."""
    from cep_desk.domain.codelists import referentials

    ref = referentials()

    def coded(listname: str, code: str | None) -> dict[str, str] | None:
        return _coded(ref[listname], code, lang)

    def assessed(items: list[Any], listname: str) -> list[dict[str, Any]]:
        return [
            {"code": coded(listname, a.code), "reponse": coded("assessment", a.value), "commentaire": a.comment}
            for a in items
        ]

    def change(c: Any) -> dict[str, Any]:
        return {"champ": c.path, "avant": c.before, "apres": c.after, "nature": c.kind}

    diagnoses = []
    for v in services.sessions.diagnosis_history(beneficiary_id):
        d = v.diagnosis
        diagnoses.append(
            {
                "numero": v.number,
                "entretien_id": v.interview_id,
                "date": _plain(v.session_at),
                "demande": d.request_words,
                "besoin": d.need,
                "demande_correspond_au_besoin": coded("assessment", d.request_matches_need),
                "projet": {
                    "etat": coded("project_state", d.project_state),
                    "description": d.project,
                    "realisme": assessed(d.realism, "project_realism"),
                    "maturite": assessed(d.maturity, "maturity_question"),
                },
                "competences_personne": list(d.competences_person),
                "competences_counsellor": list(d.competences_counsellor),
                "motivation": d.motivation,
                "autonomie": [
                    {
                        "domaine": coded("autonomy_area", a.area),
                        "niveau": coded("autonomy_level", a.level),
                        "observe": a.evidence,
                    }
                    for a in d.autonomy
                ],
                "freins": [
                    {
                        "theme": coded("obstacle_theme", o.theme),
                        "situation": coded("obstacle_situation", o.situation),
                        "avis_personne": o.person_view,
                        "avis_counsellor": o.counsellor_view,
                        "convenu": o.agreed,
                        "statut": coded("diagnosis_item_status", o.status),
                    }
                    for o in d.obstacles
                ],
                "changements": [change(c) for c in v.changes if not c.counsellor_only],
                "changements_counsellor": [change(c) for c in v.changes if c.counsellor_only],
            }
        )
    context = services.sessions.prepare(beneficiary_id)
    plan = context.plan
    return {
        "diagnostics": diagnoses,
        "pistes": [
            {
                "id": o.id,
                "libelle": o.label,
                "etat": coded("option_state", o.state),
                "code_ogr": o.code_ogr,
                "code_rome": o.code_rome,
                "ce_que_je_veux": o.want,
                "ce_que_je_peux": o.can,
                "ce_que_permet_le_marche": o.market,
                "raison": o.reason,
            }
            for o in context.options
        ],
        "plan_action": {
            "objectifs": [
                {"id": o.id, "thematique": coded("thematique", o.thematique), "libelle": o.label, "atteint": o.done}
                for o in plan.objectives
            ],
            "actions": [
                {
                    "id": a.id,
                    "libelle": a.label,
                    "type": coded("action_type", a.type),
                    "qui": coded("action_actor", a.who),
                    "objectif_id": a.objective_id,
                    "estimation_personne": {
                        "valeur": a.estimate_value,
                        "unite": coded("duration_unit", a.estimate_unit),
                    },
                    "echeance": _plain(a.due_date),
                    "partenaire": a.partner,
                    "statut": coded("action_status", a.status),
                    "plan_b": a.plan_b,
                    "financements": [
                        {
                            "id": f.id,
                            "levier": coded("funding_lever", f.lever),
                            "financeur": f.funder,
                            "devis_euros": None if f.quote_amount is None else f"{f.quote_amount:.2f}",
                            "depose_le": _plain(f.submitted_on),
                            "decision_attendue_le": _plain(f.decision_expected_on),
                            "decision": coded("funding_decision", f.decision),
                            "decide_le": _plain(f.decided_on),
                            "motif_refus": f.refusal_reason,
                        }
                        for f in a.funding
                    ],
                }
                for a in plan.actions
            ],
            "jalons": [
                {
                    "id": ms.id,
                    "date": _plain(ms.on),
                    "libelle": ms.label,
                    "type": coded("milestone_kind", ms.kind),
                    "fait": ms.done,
                    "action_id": ms.action_id,
                    "rappel_jours_avant": ms.remind_days_before,
                }
                for ms in plan.milestones
            ],
            "historique": [
                {
                    "date": _plain(h.on),
                    "entretien_id": h.interview_id,
                    "objet": h.entity,
                    "objet_id": h.entity_id,
                    "changement": h.change,
                    "champs": h.fields,
                }
                for h in services.plans.history(beneficiary_id)
            ],
        },
        "conclusions": [
            {
                "entretien_id": c.interview_id,
                "date_entretien": _plain(c.session_at),
                "texte": c.text,
                "prochain_rendez_vous": _plain(c.next_appointment),
                "revenir": {
                    "oui": c.follow_up.come_back,
                    "quand": _plain(c.follow_up.when),
                    "pour_quoi": c.follow_up.purpose,
                },
            }
            for c in services.sessions.conclusions(beneficiary_id)
        ],
        "contacts": [
            {
                "id": c.id,
                "type": coded("contact_log_kind", c.kind),
                "le": _plain(c.at),
                "duree_min": c.duration_min,
                "note": c.note,
                "notes_private": c.notes_private,
            }
            for c in services.contacts.for_beneficiary(beneficiary_id)
        ],
        "temps_passe": [
            {
                "semaine": w.week,
                "entretiens_min": w.session_min,
                "contacts_min": w.contact_min,
                "total_min": w.total_min,
            }
            for w in services.time_spent.per_week(beneficiary_id)
        ],
    }


def cmd_show(args: argparse.Namespace, msg: Messages) -> int:
    from cep_desk.services.beneficiaries import NotFound
    from cep_desk.services.facade import Services

    store = _open(_data_dir(args), msg)
    try:
        services = Services.for_store(store)
        try:
            detail = services.beneficiaries.get(args.id)
        except NotFound:
            raise CliExit(1, msg(UNKNOWN_ID, id=args.id)) from None
        levels = services.counsellor.levels()
        today = services.ctx.today()
        work = co_construction_record(services, args.id, args.lang)
    finally:
        store.close()
    _emit_data(_json({**person_record(detail, levels, args.lang, today), **work}))
    return 0


def outbox_gaps(store: Store, msg: Messages) -> list[str]:
    """Unsynced rows without an outbox entry: their change would never reach the hub."""
    from sqlalchemy import text

    problems: list[str] = []
    with store.engine.connect() as conn:
        for table, queued_when in synced_tables().items():
            queued = {
                r[0]
                for r in conn.execute(text("SELECT DISTINCT entity_id FROM outbox WHERE entity = :t"), {"t": table})
            }
            rows = conn.execute(text(f"SELECT id FROM {table} WHERE server_version IS NULL AND {queued_when}"))
            problems += [msg(OUTBOX_MISSING, entity=table, id=r[0]) for r in rows if r[0] not in queued]
        conn.rollback()
    return problems


def cmd_check(args: argparse.Namespace, msg: Messages) -> int:
    store = _open(_data_dir(args), msg)
    try:
        # Pages first: on a damaged file, the consistency queries below would only read garbage.
        problems = store.integrity_check()
        if problems:
            raise StoreCorrupted("; ".join(problems), detail="; ".join(problems[:2]))
        problems = outbox_gaps(store, msg)
        counts = {
            name: store.count(table)
            for name, table in (
                ("people", "beneficiary"),
                ("accompaniments", "accompaniment"),
                ("sessions", "interview"),
                ("outbox", "outbox"),
            )
        }
    finally:
        store.close()
    if problems:
        for p in problems[:100]:
            print(p, file=sys.stderr)
        print(msg(CHECK_FAILED, count=len(problems)), file=sys.stderr)
        return 2
    print(msg(CHECK_OK, **counts))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Messages], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "show": cmd_show,
    "check": cmd_check,
    "agenda": cli_agenda.cmd_agenda,
    "due": cli_agenda.cmd_due,
    "partners": cli_partners.cmd_partners,
    "print": cli_print.cmd_print,
}


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    argparse_words = argparse._  # type: ignore[attr-defined]
    if "-h" in given or "--help" in given:
        Messages(_help_language(given)).translate(CONTEXT, "")  # installs the catalogue for the help texts
        argparse._ = _help_text  # type: ignore[attr-defined]  # argparse's own words ("usage:", "options")
    try:
        args = build_parser().parse_args(argv)
    except _UsageError as exc:
        sys.stderr.write(str(exc))
        return 1
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    finally:
        argparse._ = argparse_words  # type: ignore[attr-defined]
    args.lang = getattr(args, "lang", "fr")
    msg = Messages(args.lang)
    try:
        return COMMANDS[args.command](args, msg)
    except CliExit as exc:
        print(exc.text, file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print(msg(INTERRUPTED), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `cep-desk-cli list | head`: the reader left, nothing to report
        return 1
    except OSError as exc:  # the folder cannot be created, read or locked
        print(msg(CANNOT_ACCESS, path=exc.filename or "", detail=exc.strerror or exc), file=sys.stderr)
        return 2
    except Exception as exc:
        store_error = _as_store_error(exc)
        if store_error is None:
            raise
        print(render_store_error(store_error, msg), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
