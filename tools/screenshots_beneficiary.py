"""Screenshots of a filled beneficiary file (Profile, Accompaniment, Sessions) at 1280×800.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_beneficiary.py [--language en|fr]

A fictional person in Aveyron is created through the services in a throw-away
demo store (published key, no real data), so the pictures show what the code
really does. Output: docs/screenshots/beneficiary_{profile,accompaniment,sessions}.png
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)


def build_person(services, clock: list[date]) -> str:  # type: ignore[no-untyped-def]
    """Léa Vidal, agent de service hospitalier in Saint-Affrique, who wants to become aide-soignante.

    ``clock[0]`` is the services' "today", moved along so each step is recorded on its own day
    (a pause's return date must be after the day it is recorded).
    """
    from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
    from cep_desk.domain.beneficiary import BeneficiaryDraft, EmploymentStatusEntry, TargetJobEntry
    from cep_desk.domain.interview import InterviewDraft
    from cep_desk.domain.jobs import job_index

    clock[0] = date(2026, 10, 20)
    permanence = services.counsellor.save_site(None, "Saint-Affrique — Maison France Services", "permanence",
                                               "12208", "2 boulevard de la République")
    services.counsellor.save_site(None, "Millau — agence", "principal", "12145", "12 avenue de la Gare")
    jobs = job_index().search("aide-soignant", limit=1) + job_index().search("auxiliaire de puériculture", limit=1)
    draft = BeneficiaryDraft(
        last_name="Vidal", first_name="Léa", birth_name="Cros", sex="F", birth_date=date(1988, 6, 2),
        email="lea.vidal@example.fr", phone="0612345678", address="3 rue du Barry", postal_code="12400",
        commune_insee="12208", pcs="employes", qualification_level="3", diploma_obtained="oui", sector="Q",
        company_size="50_249", rqth="non", origin="france_travail", resignation_project=False,
        consent_given=True, consent_date=date(2026, 10, 20),
        consent_explained="Ce qu'est le CEP, ce qui est noté dans le dossier, qui peut le lire, "
                          "le droit d'accès et d'effacement.",
        notes_shareable="Souhaite évoluer vers le métier d'aide-soignante. Travaille de nuit : "
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
        "Premier entretien : parcours, contraintes d'horaires, envie de soin. Projet aide-soignante "
        "à vérifier (enquête métier).", "Parle de sa séparation."))
    clock[0] = date(2026, 11, 2)
    services.accompaniments.change_status(acc.id, StatusChange(
        "en_pause", date(2026, 11, 2), return_date=date(2026, 11, 16), comment="Arrêt maladie de trois semaines"))
    clock[0] = date(2026, 11, 16)
    services.accompaniments.change_status(acc.id, StatusChange("actif", date(2026, 11, 16)))
    services.interviews.record(bid, acc.id, InterviewDraft(
        datetime(2026, 11, 16, 9, 30), 30, "telephone", "individuel", None, "N1", "suivi",
        "Reprise après l'arrêt. Enquête métier faite à l'EHPAD de Saint-Affrique : confirmée."))
    clock[0] = TODAY
    services.accompaniments.update(acc.id, AccompanimentDraft(
        level="N2", reasons=["projet.reconversion", "information.dispositifs"],
        first_request_date=date(2026, 10, 6), first_appointment_date=date(2026, 10, 20),
        referent="Claire Martin"))
    services.interviews.record(bid, acc.id, InterviewDraft(
        datetime(2026, 11, 23, 9, 30), 60, "presentiel", "individuel", permanence, "N2", "financement",
        "Dossier Transitions Pro (PTP) : liste des pièces, devis de l'IFAS de Rodez à demander.", ""))
    return bid


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="en until the French catalogue has these screens; fr afterwards")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from cep_desk import i18n
    from cep_desk.services.context import ServiceContext
    from cep_desk.services.facade import Services
    from cep_desk.storage.store import Store
    from cep_desk.ui.beneficiary_file import ACCOMPANIMENT_TAB, PROFILE_TAB, SESSIONS_TAB, BeneficiaryFileWidget

    i18n.install(args.language)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open_dir(Path(tmp) / "store", create_mode="demo")
        try:
            clock = [TODAY]
            services = Services(ServiceContext(store, actor="Claire Martin", today=lambda: clock[0],
                                               now=lambda: datetime(2026, 11, 23, 11, 5)))
            bid = build_person(services, clock)
            w = BeneficiaryFileWidget(services, bid)
            w.resize(1280, 800)
            w.show()
            for tab, name in ((PROFILE_TAB, "profile"), (ACCOMPANIMENT_TAB, "accompaniment"),
                              (SESSIONS_TAB, "sessions")):
                w.tabs.setCurrentIndex(tab)
                for _ in range(5):
                    app.processEvents()
                path = args.out / f"beneficiary_{name}.png"
                w.grab().save(str(path))
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
            w.close()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
