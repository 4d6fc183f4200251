"""``cep-desk-cli agenda`` (JSON and .ics) and ``cep-desk-cli due``: output, bad input (exit 1),
missing store (exit 2). The command line runs on the real clock: data is dated from today."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.agenda import AppointmentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.plan import Milestone, Plan
from tests.test_cli import _qt_state, run  # noqa: F401  (_qt_state: the autouse fixture of the CLI tests)


@pytest.fixture
def agenda_store(store, data_dir: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from cep_desk.services.facade import Services

    services = Services.for_store(store, actor="Claire Martin")   # the real clock, like the CLI
    today = date.today()
    site = services.counsellor.save_site(None, "Marvejols – permanence", "permanence", "48092")
    bid = services.beneficiaries.create(
        BeneficiaryDraft(last_name="Dupont", first_name="Léa", commune_insee="12202", postal_code="12000"),
        AccompanimentDraft(level="N2", reasons=["projet.reconversion"], first_request_date=today - timedelta(30)))
    services.plans.save(bid, Plan([], [], [Milestone(today - timedelta(days=3), "CV envoyé", "autre")]),
                        confirmed=True)
    tomorrow = datetime.combine(today + timedelta(days=1), time(9, 30))
    aid = services.agenda.plan(AppointmentDraft(tomorrow, 60, site, bid))
    store.close()
    return {"bid": bid, "aid": aid, "day": (today + timedelta(days=1)).isoformat()}


def test_agenda_json(agenda_store, data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(data_dir), "agenda", "--from", agenda_store["day"],
                         "--to", agenda_store["day"])
    assert code == 0, err
    data = json.loads(out)
    assert data["du"] == data["au"] == agenda_store["day"]
    [rdv] = data["rendez_vous"]
    assert rdv["id"] == agenda_store["aid"] and rdv["personne"] == "Léa DUPONT"
    assert rdv["site"] == "Marvejols – permanence" and rdv["debut"] == f"{agenda_store['day']}T09:30:00"
    assert rdv["statut"] == "planned" and rdv["chevauchement"] is False


def test_agenda_ics_default_week_initials_only(agenda_store, data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(data_dir), "agenda", "--format", "ics")
    assert code == 0, err
    assert out.startswith("BEGIN:VCALENDAR") and "Dupont" not in out and "DUPONT" not in out
    [ev] = icalendar.Calendar.from_ical(out).walk("VEVENT")
    assert str(ev["SUMMARY"]) == "CEP – L. D." and str(ev["UID"]).startswith(agenda_store["aid"])
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "agenda", "--format", "ics", "--full-names")
    assert code == 0 and "Léa DUPONT" in out


def test_due_json(agenda_store, data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(data_dir), "due", "--weeks", "2")
    assert code == 0, err
    data = json.loads(out)
    assert data["aujourd_hui"] == date.today().isoformat() and data["semaines_sans_contact"] == 2
    assert [i["libelle"] for i in data["jalons_en_retard"]] == ["CV envoyé"]
    assert data["jalons_en_retard"][0]["personne"] == "Léa DUPONT"
    assert [i["personne_id"] for i in data["sans_contact"]] == [agenda_store["bid"]]   # never seen yet
    for key in ("rendez_vous_du_jour", "jalons_de_la_semaine", "financements_attendus", "parcours_a_reprendre",
                "partenaires_a_reverifier", "rappels"):
        assert isinstance(data[key], list)


@pytest.mark.parametrize("argv, expected", [
    (("agenda", "--from", "23/11/2026"), "is not a date"),
    (("agenda", "--from", "2026-11-30", "--to", "2026-11-23"), "is after --to"),
    (("agenda", "--from", "2026-01-01", "--to", "2027-06-01"), "at most 366 days"),
    (("due", "--weeks", "zero"), "between 1 and 52"),
    (("agenda", "--format", "pdf"), "invalid choice"),
])
def test_bad_input_exit_1(agenda_store, data_dir: Path, capsys, argv, expected) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
    assert code == 1 and out == "" and expected in err and "Traceback" not in err


def test_no_store_exit_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for command in ("agenda", "due"):
        code, out, err = run(capsys, "--data-dir", str(tmp_path / "none"), command)
        assert code == 2 and out == "" and "There is no store" in err
