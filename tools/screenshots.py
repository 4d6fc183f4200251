"""Reference screenshots of every screen, on the demo caseload, in French and English.

    .venv/bin/python tools/screenshots.py [--language fr|en] [--out DIR]

Without ``--language`` both sets are made: ``fr_*.png`` (French, the default
language of CEP Desk) and ``en_*.png``. Build the catalogues first
(``make translations``): a picture must never mix both languages.

Everything is deterministic: the 300-person demo caseload (``cep_desk.demo``,
seed 7) with the clock the tests use (today 23/11/2026), plus one fully
filled file, Léa Vidal in Saint-Affrique, created through the services. The
store is a throw-away demo store (published key, no real person) in a
temporary folder; nothing is written anywhere but that folder and ``--out``
(``docs/screenshots`` by default). The main window is 1280×800; dialogs are
shown at the size they open with.

Offscreen rendering (the default) is what the references use. To check a real
window, run it on an X server: ``Xvfb :55 -screen 0 1600x1000x24 &`` then
``DISPLAY=:55 QT_QPA_PLATFORM=xcb .venv/bin/python tools/screenshots.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 11, 5)
SEED = 7
SIZE = (1280, 800)
# What the status bar and the store dialogs show instead of the temporary folder:
# the default data folder of a counsellor's Linux account (``platformdirs``).
SHOWN_DATA_HOME = "/home/claire/.local/share"

# Screen key -> (French name, English name), in the order they are taken.
NAMES: dict[str, tuple[str, str]] = {
    "opening": ("fr_demarrage", "en_starting"),
    "caseload": ("fr_portefeuille", "en_caseload"),
    "search": ("fr_portefeuille_recherche", "en_caseload_search"),
    "profile": ("fr_fiche_profil", "en_file_profile"),
    "profile_notes": ("fr_fiche_profil_notes", "en_file_profile_notes"),
    "accompaniment": ("fr_fiche_accompagnement", "en_file_accompaniment"),
    "sessions": ("fr_fiche_entretiens", "en_file_sessions"),
    "new_session": ("fr_nouvel_entretien", "en_new_session"),
    "status": ("fr_changement_statut", "en_status_change"),
    "settings": ("fr_parametres", "en_settings"),
    "settings_sites": ("fr_parametres_sites", "en_settings_sites"),
    "new_store": ("fr_nouvelle_base", "en_new_store"),
    "unlock": ("fr_deverrouillage", "en_unlock"),
    "validation": ("fr_validation", "en_validation"),
    "today": ("fr_aujourdhui", "en_today"),
    "agenda": ("fr_agenda", "en_agenda"),
    "time_spent": ("fr_temps_passe", "en_time_spent"),
    "directory": ("fr_annuaire", "en_directory"),
    "referral": ("fr_orientation", "en_referral"),
    "referrals": ("fr_fiche_orientations", "en_file_referrals"),
    "documents": ("fr_fiche_documents", "en_file_documents"),
    "document_preview": ("fr_document_apercu", "en_document_preview"),
    "signature": ("fr_signature", "en_signature"),
    "quick_session": ("fr_entretien_rapide", "en_quick_session"),
    "contact_log": ("fr_contact_note", "en_contact_log"),
    "session_reread": ("fr_seance_1_relire", "en_session_1_reread"),
    "session_listen": ("fr_seance_2_ecouter", "en_session_2_listen"),
    "session_diagnosis": ("fr_seance_3_diagnostic", "en_session_3_diagnosis"),
    "session_explore": ("fr_seance_4_explorer", "en_session_4_explore"),
    "session_plan": ("fr_seance_5_plan", "en_session_5_plan"),
    "session_conclude": ("fr_seance_6_conclure", "en_session_6_conclude"),
    "session_side_by_side": ("fr_seance_cote_a_cote", "en_session_side_by_side"),
    "history": ("fr_historique", "en_history"),
}


def file_name(key: str, language: str) -> str:
    fr, en = NAMES[key]
    return (fr if language == "fr" else en) + ".png"


# -- data ---------------------------------------------------------------------------------------------
def build_person(services, clock: list[date]) -> str:  # type: ignore[no-untyped-def]
    """Léa Vidal, agent de service hospitalier in Saint-Affrique, who wants to become aide-soignante.

    Seen at the demo's Saint-Affrique permanence. ``clock[0]`` is the services' "today", moved
    along so each step is recorded on its own day (a pause's return date must be after the day
    it is recorded); it is back on ``TODAY`` at the end.
    """
    from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
    from cep_desk.domain.beneficiary import BeneficiaryDraft, EmploymentStatusEntry, TargetJobEntry
    from cep_desk.domain.interview import InterviewDraft
    from cep_desk.domain.jobs import job_index

    sites = {s.commune_insee: s.id for s in services.counsellor.sites()}
    permanence = sites["12208"]  # Saint-Affrique – permanence
    clock[0] = date(2026, 10, 20)
    jobs = job_index().search("aide-soignant", limit=1) + job_index().search("auxiliaire de puériculture", limit=1)
    draft = BeneficiaryDraft(
        last_name="Vidal", first_name="Léa", birth_name="Cros", sex="F", birth_date=date(1988, 6, 2),
        email="lea.vidal@example.fr", phone="0612345678", address="3 rue du Barry", postal_code="12400",
        commune_insee="12208", pcs="employes", qualification_level="3", diploma_obtained="oui", sector="Q",
        company_size="50_249", rqth="non", origin="france_travail", resignation_project=False,
        consent_given=True, consent_date=date(2026, 10, 20),
        consent_explained="Ce qu’est le CEP, ce qui est noté dans le dossier, qui peut le lire, "
                          "le droit d’accès et d’effacement.",
        notes_shareable="Souhaite évoluer vers le métier d’aide-soignante. Travaille de nuit : "
                        "rendez-vous plutôt le matin. Pas de permis, vient en bus.",
        notes_private="Séparation récente ; fatigue importante évoquée.",
        statuses=[EmploymentStatusEntry("cdi", date(2015, 3, 1))],
        target_jobs=[TargetJobEntry(j.code_ogr, j.label, j.code_rome) for j in jobs],
    )
    bid = services.beneficiaries.create(draft, AccompanimentDraft(
        level="N1", reasons=["projet.reconversion", "information.dispositifs"],
        first_request_date=date(2026, 10, 6), first_appointment_date=date(2026, 10, 20),
        referent="Claire Martin"))
    acc = services.beneficiaries.get(bid).current_accompaniment
    services.interviews.record(bid, acc.id, InterviewDraft(
        datetime(2026, 10, 20, 14, 0), 90, "presentiel", "individuel", permanence, "N1", "cep",
        "Premier entretien : parcours, contraintes d’horaires, envie de soin. Projet aide-soignante "
        "à vérifier (enquête métier).", "Parle de sa séparation."))
    clock[0] = date(2026, 11, 2)
    services.accompaniments.change_status(acc.id, StatusChange(
        "en_pause", date(2026, 11, 2), return_date=date(2026, 11, 16), comment="Arrêt maladie de trois semaines"))
    clock[0] = date(2026, 11, 16)
    services.accompaniments.change_status(acc.id, StatusChange("actif", date(2026, 11, 16)))
    services.interviews.record(bid, acc.id, InterviewDraft(
        datetime(2026, 11, 16, 9, 30), 30, "telephone", "individuel", None, "N1", "suivi",
        "Reprise après l’arrêt. Enquête métier faite à l’EHPAD de Saint-Affrique : confirmée."))
    clock[0] = TODAY
    services.accompaniments.update(acc.id, AccompanimentDraft(
        level="N2", reasons=["projet.reconversion", "information.dispositifs"],
        first_request_date=date(2026, 10, 6), first_appointment_date=date(2026, 10, 20),
        referent="Claire Martin"))
    services.interviews.record(bid, acc.id, InterviewDraft(
        datetime(2026, 11, 23, 9, 30), 60, "presentiel", "individuel", permanence, "N2", "financement",
        "Dossier Transitions Pro (PTP) : liste des pièces, devis de l’IFAS de Rodez à demander.", ""))
    return bid


def open_services(data_dir: Path):  # type: ignore[no-untyped-def]
    """A new demo store in ``data_dir``: the demo caseload, then Léa Vidal. Returns (store, services, id)."""
    from cep_desk import demo
    from cep_desk.services.context import ServiceContext
    from cep_desk.services.facade import Services
    from cep_desk.storage.store import Store

    store = Store.open_dir(data_dir, create_mode="demo")
    clock = [TODAY]
    services = Services(ServiceContext(store, actor=demo.REFERENT, today=lambda: clock[0], now=lambda: NOW))
    demo.populate(services, seed=SEED, today=TODAY)
    bid = build_person(services, clock)
    return store, services, bid


# -- taking the pictures ------------------------------------------------------------------------------
def with_title_bar(widget):  # type: ignore[no-untyped-def]
    """The widget's picture under a plain title bar with its window title, framed.

    Offscreen (and on a bare X server) windows have no decorations, and a dialog's
    title is part of what the counsellor reads.
    """
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    body = widget.grab()
    ratio = body.devicePixelRatio()
    w, h = round(body.width() / ratio), round(body.height() / ratio)
    bar = 30
    pix = QPixmap(round((w + 2) * ratio), round((h + bar + 1) * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(QColor("#8d949c"))
    p = QPainter(pix)
    p.fillRect(QRect(1, 1, w, bar - 1), QColor("#e3e6ea"))
    font = QFont(widget.font())
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#202124"))
    p.drawText(QRect(1, 1, w, bar - 1), Qt.AlignmentFlag.AlignCenter, widget.windowTitle())
    p.drawPixmap(1, bar, body)
    p.end()
    return pix


class MissingTranslations:
    """Records every string looked up while no installed catalogue knows it (shown in English)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QCoreApplication, QTranslator

        from cep_desk import i18n

        catalogues = list(i18n._installed)
        missing: set[tuple[str, str]] = set()
        found: set[str] = set()
        self.missing, self.found = missing, found

        class Recorder(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
                # QShortcut: Qt looks every key name up when it parses QKeySequence("Ctrl+PgUp"),
                # whether or not anything is shown; Qt's own catalogue answers what is shown.
                if source and context != "QShortcut":
                    if any(t.translate(context, source, disambiguation, n) for t in catalogues):
                        found.add(source)
                    else:
                        missing.add((context, source))
                return None  # a null string: the real catalogues answer

        self.recorder = Recorder()
        QCoreApplication.installTranslator(self.recorder)

    def remove(self) -> list[tuple[str, str]]:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.removeTranslator(self.recorder)
        # PySide's tr() tries the base classes' contexts too when a translation equals its source
        # ("Commune"): a string counts as missing only when no context ever found it.
        return sorted((c, s) for c, s in self.missing if s not in self.found)


class Camera:
    """Saves widgets as PNG files, after letting Qt lay them out and paint."""

    def __init__(self, out: Path, language: str):
        self.out = out
        self.language = language
        self.saved: list[Path] = []

    @staticmethod
    def settle(rendering: bool = False) -> None:
        """Let Qt lay out and paint; ``rendering``: also give QtPdf's render thread time for its pages."""
        import time

        from PySide6.QtWidgets import QApplication

        for _ in range(40 if rendering else 8):
            QApplication.processEvents()
            if rendering:
                time.sleep(0.02)

    def shoot(self, key: str, widget, *, title_bar: bool = False) -> Path:  # type: ignore[no-untyped-def]
        self.settle()
        path = self.out / file_name(key, self.language)
        picture = with_title_bar(widget) if title_bar else widget.grab()
        if not picture.save(str(path)):
            raise OSError(f"could not write {path}")
        self.saved.append(path)
        return path


def shown_path(path: Path, data_home: Path) -> str:
    """The temporary folder as the counsellor would see their own data folder."""
    return str(path).replace(str(data_home), SHOWN_DATA_HOME)


def take_all(services, beneficiary_id: str, data_home: Path, camera: Camera) -> None:  # type: ignore[no-untyped-def]
    """Every screen, in the language installed now."""
    from filelock import FileLock
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QDialog

    from cep_desk.domain.accompaniment import PAUSED
    from cep_desk.services.partner_search import SearchQuery
    from cep_desk.settings import Settings
    from cep_desk.storage.early import EarlyCaseload
    from cep_desk.ui.beneficiary_file import (
        ACCOMPANIMENT_TAB,
        DOCUMENTS_TAB,
        PROFILE_TAB,
        REFERRALS_TAB,
        SESSIONS_TAB,
    )
    from cep_desk.ui.documents.preview_dialog import DocumentPreviewDialog, DocumentRequest
    from cep_desk.ui.documents.signature_pad import SignatureDialog
    from cep_desk.ui.main_window import MainWindow
    from cep_desk.ui.partners.referral_dialog import ReferralDialog
    from cep_desk.ui.settings_dialog import SettingsDialog
    from cep_desk.ui.store_dialogs import NewStoreDialog, UnlockDialog

    # The first paint at start-up: the caseload read early, Today and Directory still opening.
    early = EarlyCaseload(services.store.data_dir, b"", FileLock(str(data_home / "unused.lock")),
                          services.caseload(), 0, NOW, True, services.counsellor.profile().level_vocabulary,
                          [(s.id, s.name) for s in services.counsellor.sites()])
    opening = MainWindow(demo=True, settings=Settings(start_page="caseload"), data_dir=services.store.data_dir)
    opening.show_early(early)
    opening.resize(*SIZE)
    opening.folder_label.setText(shown_path(Path(opening.folder_label.text()), data_home))
    opening.show()
    camera.settle()
    camera.shoot("opening", opening)
    opening.hide()  # not close(): closing remembers the start page in the settings
    opening.deleteLater()

    window = MainWindow(services, demo=True, settings=Settings())
    window._spare_timer.timeout.disconnect()  # no file built in the background: nothing to wait for
    window.resize(*SIZE)
    window.folder_label.setText(shown_path(Path(window.folder_label.text()), data_home))
    window.show()
    camera.settle()
    window.today_page.load()
    camera.shoot("today", window)
    for key, page in (("agenda", window.today_page.agenda), ("time_spent", window.today_page.time_spent)):
        window.today_page.tabs.setCurrentWidget(page)
        camera.shoot(key, window)
    window.today_page.tabs.setCurrentWidget(window.today_page.home)

    window.tabs.setCurrentWidget(window.directory_page)
    services.partner_search.warm_up()  # the tab builds its index in the background: wait for it here
    camera.settle()
    window.directory_page.text_edit.setText("emploi")
    window.directory_page.run_search()
    camera.shoot("directory", window)

    window.tabs.setCurrentWidget(window.caseload_page)
    window.table.selectRow(2)
    window.search_box.setFocus()
    camera.shoot("caseload", window)

    window.search_box.setText("millau")
    window.table.selectRow(0)
    camera.shoot("search", window)
    window.clear_filters()

    file = window.open_beneficiary(beneficiary_id)
    assert file is not None
    for key, tab in (("profile", PROFILE_TAB), ("accompaniment", ACCOMPANIMENT_TAB), ("sessions", SESSIONS_TAB)):
        file.tabs.setCurrentIndex(tab)
        camera.shoot(key, window)
    file.tabs.setCurrentIndex(DOCUMENTS_TAB)
    camera.shoot("documents", window)
    file.tabs.setCurrentIndex(REFERRALS_TAB)
    camera.shoot("referrals", window)
    file.tabs.setCurrentIndex(PROFILE_TAB)
    bar = file.profile_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # consent and notes: the private notes stand apart
    camera.shoot("profile_notes", window)
    bar.setValue(0)

    def dialog_shot(key: str, dialog: QDialog, prepare: Callable[[QDialog], None] | None = None,
                    rendering: bool = False) -> None:
        if prepare is not None:
            prepare(dialog)
        dialog.show()
        camera.settle(rendering)
        camera.shoot(key, dialog, title_bar=True)
        dialog.reject()
        dialog.deleteLater()

    session = file.new_session()
    assert session is not None

    def fill_session(d: QDialog) -> None:
        d.notes_shareable.setPlainText(  # type: ignore[attr-defined]
            "Point sur le dossier Transitions Pro : pièces réunies, devis de l’IFAS reçu. "
            "Prochaine étape : rendez-vous avec l’employeur pour l’autorisation d’absence.")
        d.notes_private.setPlainText("Semble plus reposée ; sa sœur garde les enfants le mercredi.")  # type: ignore[attr-defined]

    dialog_shot("new_session", session, fill_session)

    file.tabs.setCurrentIndex(ACCOMPANIMENT_TAB)
    status = file.accompaniment_panel.ask_status(PAUSED)
    assert status is not None

    def fill_pause(d: QDialog) -> None:
        d.return_date.set_date(date(2027, 1, 4))  # type: ignore[attr-defined]
        d.comment.setPlainText("Formation d’adaptation à l’emploi en décembre.")  # type: ignore[attr-defined]

    dialog_shot("status", status, fill_pause)

    def fill_referral(d: QDialog) -> None:
        hit = services.partner_search.search(SearchQuery(text="emploi", limit=1))[0]
        d._set_service(hit.service_id)  # type: ignore[attr-defined]
        d.service_edit.setText(f"{hit.service_name} — {hit.structure_name}")  # type: ignore[attr-defined]
        d.service_edit.setCursorPosition(0)  # type: ignore[attr-defined]
        d.reason_edit.setPlainText("Préparer l’entrée en formation d’aide-soignante (IFAS de Rodez).")  # type: ignore[attr-defined]
        d.consent_check.setChecked(True)  # type: ignore[attr-defined]

    dialog_shot("referral", ReferralDialog(services, beneficiary_id=beneficiary_id, parent=window), fill_referral)
    preview = DocumentPreviewDialog(services, DocumentRequest("synthese-falc", richest_person(services)),
                                    parent=window)
    preview.resize(*SIZE)
    dialog_shot("document_preview", preview, rendering=True)
    dialog_shot("signature", SignatureDialog("Léa VIDAL", NOW, window))
    for key, opener in (("quick_session", file.quick_session), ("contact_log", file.log_contact),
                        ("history", file.show_history)):
        dialog = opener()
        assert dialog is not None
        dialog_shot(key, dialog)
    session_shots(services, camera, window)

    settings = SettingsDialog(services, Settings(), window)
    settings.show()
    camera.settle()
    camera.shoot("settings", settings, title_bar=True)
    settings.tabs.setCurrentIndex(1)
    settings.sites_table.selectRow(0)
    camera.shoot("settings_sites", settings, title_bar=True)
    settings.reject()
    settings.deleteLater()

    dialog_shot("new_store", NewStoreDialog(Path(SHOWN_DATA_HOME) / "cep-desk" / "store", keyring_ok=True))
    dialog_shot("unlock", UnlockDialog(Path(SHOWN_DATA_HOME) / "cep-desk" / "store"))

    # A new person's file, with three mistakes found as the counsellor leaves each field.
    new = window.open_beneficiary(None)
    assert new is not None
    form = new.profile
    form.last_name.setText("Bouissou")
    form.first_name.setText("Maëlys")
    form.sex.set_code("F")
    form.birth_date.set_date(date(2011, 3, 14))       # 15 on 23/11/2026
    form.email.setText("maelys.bouissou@exemple")
    form.phone.setText("06 39 98 12 34")
    form.postal_code.setText("1210")
    for name in ("birth_date", "email", "postal_code"):  # as when the counsellor leaves each field
        form.check_field(name)
    window.show()
    camera.settle()
    top = form.mapTo(new.profile_scroll.widget(), QPoint(0, 0)).y()  # the profile under the first accompaniment
    new.profile_scroll.verticalScrollBar().setValue(top - 6)
    form.postal_code.setFocus(Qt.FocusReason.OtherFocusReason)
    camera.shoot("validation", window)

    for i in reversed(range(1, window.tabs.count())):
        widget = window.tabs.widget(i)
        window.tabs.removeTab(i)
        widget.deleteLater()
    window.close()
    window.deleteLater()
    camera.settle()


def richest_person(services) -> str:  # type: ignore[no-untyped-def]
    """The demo person whose next session starts from the fullest plan: every step has something to show."""
    rows = services.caseload()[:80]
    return max(rows, key=lambda r: (len(services.sessions.prepare(r.id).plan.actions), r.id)).id


def session_shots(services, camera: Camera, parent) -> None:  # type: ignore[no-untyped-def]
    """The six steps of a guided session, then the side-by-side screen the person reads."""
    from cep_desk.domain.guided_session import STEPS
    from cep_desk.ui.session.window import GuidedSessionWindow

    person = richest_person(services)
    window = GuidedSessionWindow(services, person, person_name=services.beneficiaries.get(person).draft.last_name)
    window.resize(*SIZE)
    window.show()
    for index, key in enumerate(STEPS):
        window.goto(index)
        camera.shoot(f"session_{key}", window)
    window.goto(STEPS.index("plan"))
    window.set_side_by_side(True)
    camera.shoot("session_side_by_side", window)
    window.set_side_by_side(False)
    window.hide()
    services.drafts.discard(person)
    window.deleteLater()


@dataclass
class Report:
    saved: list[Path] = field(default_factory=list)
    untranslated: list[tuple[str, str, str]] = field(default_factory=list)  # (language, context, source)


def render(languages: list[str], out: Path, data_home: Path) -> Report:
    """Create the store under ``data_home`` and take every screen in each language.

    Needs a ``QApplication`` and the built catalogues. Returns the files written and the
    strings that were shown untranslated (looked up in no catalogue), English excepted.
    """
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from cep_desk import i18n

    out.mkdir(parents=True, exist_ok=True)
    store, services, bid = open_services(data_home / "cep-desk" / "demo")
    previous = QLocale()
    report = Report()
    try:
        for language in languages:
            if not i18n.install(language):
                raise SystemExit(f"translations/cep_desk_{language}.qm is missing: run `make translations` first")
            # English is the source language: only a translated run can show a string left in English.
            missing = MissingTranslations() if language != "en" else None
            camera = Camera(out, language)
            try:
                take_all(services, bid, data_home, camera)
            finally:
                untranslated = missing.remove() if missing else []
            report.saved += camera.saved
            report.untranslated += [(language, context, source) for context, source in untranslated]
    finally:
        app = QApplication.instance()
        for t in list(i18n._installed):
            app.removeTranslator(t)
        i18n._installed.clear()
        QLocale.setDefault(previous)
        store.close()
    return report


def stale_catalogues(languages: list[str]) -> list[str]:
    from cep_desk import i18n

    folder = i18n.translations_dir()
    return [f"cep_desk_{lang}" for lang in languages
            if not (folder / f"cep_desk_{lang}.qm").exists()
            or (folder / f"cep_desk_{lang}.qm").stat().st_mtime < (folder / f"cep_desk_{lang}.ts").stat().st_mtime]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--language", choices=("fr", "en"), default=None,
                        help="only this language (default: French, then English)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots",
                        help="where the PNG files go (default: docs/screenshots)")
    args = parser.parse_args(argv)
    languages = [args.language] if args.language else ["fr", "en"]

    with tempfile.TemporaryDirectory(prefix="cep-desk-screenshots-") as tmp:
        data_home = Path(tmp) / "data"
        # Qt, fontconfig and platformdirs write nowhere but here.
        for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                         ("XDG_RUNTIME_DIR", "runtime")):
            os.environ[var] = str(Path(tmp) / sub)
            Path(os.environ[var]).mkdir(mode=0o700, parents=True, exist_ok=True)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

        from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from cep_desk.app import _use_readable_font

        def quiet(_mode, _context, message: str) -> None:  # type: ignore[no-untyped-def]
            if "propagateSizeHints" not in message:  # the offscreen plugin says it for every window
                print(message, file=sys.stderr)

        qInstallMessageHandler(quiet)

        stale = stale_catalogues(languages)
        if stale:
            print(f"{', '.join(stale)}: .qm missing or older than the .ts: run `make translations` first",
                  file=sys.stderr)
            return 1
        app = QApplication(sys.argv[:1])
        QCoreApplication.setApplicationName("CEP Desk")
        QApplication.setApplicationDisplayName("CEP Desk")
        _use_readable_font(app)
        report = render(languages, args.out, data_home)
    for path in report.saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    for language, context, source in report.untranslated:
        print(f"warning: shown untranslated, not in cep_desk_{language}.ts: [{context}] {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
