"""``cep-desk-cli show`` includes the co-construction work: diagnosis versions (with what
changed), options, the plan with funding files, jalons and history, conclusions, contacts
and time spent — counsellor-only text only under keys containing ``counsellor``, private
notes only under keys containing ``private``."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.conclusion import ConclusionDraft
from cep_desk.domain.contact_log import ContactLogDraft
from cep_desk.domain.diagnosis import Diagnosis, ObstacleItem, next_version
from cep_desk.domain.exploration import REJECTED, ExplorationOption
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.plan import FundingFile, Objective, Plan, PlanAction
from tests.test_cli import _qt_state, run  # noqa: F401  (_qt_state: the autouse fixture of the CLI tests)

COUNSELLOR_VIEW = "Semble minimiser la garde d'enfant (vue conseillère-41b)"
COUNSELLOR_SKILL = "Sens de la négociation (repéré-9d0e)"
PRIVATE_SESSION = "Évoque un burn-out (privé-5a5a)"
PRIVATE_CONTACT = "Soucis d'argent (privé-c0c0)"


def paths(node: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """Every string value with the keys leading to it."""
    if isinstance(node, dict):
        return [pair for k, v in node.items() for pair in paths(v, (*path, k))]
    if isinstance(node, list):
        return [pair for v in node for pair in paths(v, path)]
    return [(path, node)] if isinstance(node, str) else []


def test_show_includes_the_session_work(services, store, data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(
        BeneficiaryDraft(last_name="Fabre", first_name="Inès"),
        AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=date(2026, 11, 2)))
    acc = services.accompaniments.for_beneficiary(bid)[0].id
    goal = Objective("se-former--monter-son-dossier-de-formation", "Financer la formation")
    action = PlanAction("Monter le dossier PTP", "dossier_financement", "personne_conseiller", goal.id, 6,
                        "semaines", date(2027, 1, 4),
                        funding=[FundingFile("ptp", "Transitions Pro Occitanie", Decimal("7800.5"))])
    first = Diagnosis(request_words="Changer de métier.", project_state="idee",
                      competences_counsellor=[COUNSELLOR_SKILL],
                      obstacles=[ObstacleItem("contraintes_familiales", "contraintes_familiales.enfant_moins_3_ans",
                                              "Ma mère gardera ma fille.", COUNSELLOR_VIEW, True, "besoin")])
    services.sessions.record(bid, acc, SessionRecord(
        InterviewDraft(starts_at=datetime(2026, 11, 16, 9, 30), level="N2", notes_private=PRIVATE_SESSION),
        first, [ExplorationOption("Aide-soignante"), ExplorationOption("Vendeuse", REJECTED, reason="horaires")],
        None, Plan([goal], [action]), ConclusionDraft("", datetime(2026, 11, 23, 9, 30))))
    second = next_version(first)
    second.project_state = "defini"
    second.obstacles[0].counsellor_view = COUNSELLOR_VIEW + " ; à revoir"
    services.sessions.record(bid, acc, SessionRecord(InterviewDraft(starts_at=datetime(2026, 11, 23, 9, 30),
                                                                    level="N2"), second))
    services.contacts.log(bid, ContactLogDraft("appel", datetime(2026, 11, 20, 17), 12, "Devis reçu",
                                               PRIVATE_CONTACT))
    store.close()

    code, out, err = run(capsys, "--data-dir", str(data_dir), "show", bid)
    assert code == 0, err
    data = json.loads(out)
    v1, v2 = data["diagnostics"]
    assert (v1["numero"], v2["numero"]) == (1, 2)
    assert v1["projet"]["etat"] == {"code": "idee", "libelle": "An idea of a project"}
    assert v1["competences_counsellor"] == [COUNSELLOR_SKILL]
    [obstacle] = v1["freins"]
    assert obstacle["avis_personne"] == "Ma mère gardera ma fille." and obstacle["avis_counsellor"] == COUNSELLOR_VIEW
    assert obstacle["convenu"] is True and obstacle["statut"]["code"] == "besoin"
    assert v2["changements"] == [{"champ": "project_state", "avant": "idee", "apres": "defini", "nature": "changed"}]
    assert [c["champ"] for c in v2["changements_counsellor"]] == [
        "obstacles[contraintes_familiales.enfant_moins_3_ans].counsellor_view"]
    assert [(o["libelle"], o["etat"]["code"]) for o in data["pistes"]] == [
        ("Aide-soignante", "proposee"), ("Vendeuse", "ecartee")]
    [objective] = data["plan_action"]["objectifs"]
    assert objective["thematique"]["code"] == "se-former--monter-son-dossier-de-formation"
    [act] = data["plan_action"]["actions"]
    assert act["qui"]["code"] == "personne_conseiller" and act["echeance"] == "2027-01-04"
    assert act["estimation_personne"] == {"valeur": 6, "unite": {"code": "semaines", "libelle": "week(s)"}}
    assert act["financements"][0]["devis_euros"] == "7800.50" and act["financements"][0]["decision"]["code"] == (
        "en_attente")
    [jalon] = data["plan_action"]["jalons"]
    assert jalon["date"] == "2027-01-04" and jalon["action_id"] == act["id"]
    assert {h["objet"] for h in data["plan_action"]["historique"]} == {"plan_objective", "plan_action",
                                                                      "funding_file"}
    assert [c["date_entretien"][:10] for c in data["conclusions"]] == ["2026-11-16"]
    assert "Monter le dossier PTP" in data["conclusions"][0]["texte"]
    [contact] = data["contacts"]
    assert contact["type"]["code"] == "appel" and contact["duree_min"] == 12
    assert contact["notes_private"] == PRIVATE_CONTACT
    assert data["temps_passe"][-1] == {"semaine": "2026-W48", "entretiens_min": 60, "contacts_min": 0,
                                       "total_min": 60}

    strings = paths(data)
    counsellor = [p for p, v in strings if COUNSELLOR_VIEW in v or COUNSELLOR_SKILL in v]
    private = [p for p, v in strings if PRIVATE_SESSION in v or PRIVATE_CONTACT in v]
    assert set(counsellor) == {("diagnostics", "competences_counsellor"), ("diagnostics", "freins", "avis_counsellor"),
                               ("diagnostics", "changements_counsellor", "avant"),
                               ("diagnostics", "changements_counsellor", "apres")}
    assert sorted(private) == [("contacts", "notes_private"), ("entretiens", "notes_private")]
    assert all(any("counsellor" in k for k in p) for p in counsellor)
    assert all(any("private" in k for k in p) for p in private)
