"""Referrals: creation with consent, lifecycle (ouverte → à l'étude → validée | refusée | expirée),
outbox and audit, plan action links."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from cep_desk.domain import referral as dom
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.messages import ValidationFailed
from cep_desk.services.partner_records import service_uuid, structure_uuid
from cep_desk.services.partners import ContactDraft
from tests.conftest import TODAY
from tests.outbox_checks import tables_missing_outbox_inserts

SAMPLE = Path(__file__).parent / "data" / "data_inclusion_sample.json"
SERVICE = service_uuid("dora", "dora--ml-millau-accompagnement")
STRUCTURE = structure_uuid("dora", "dora--ml-millau")


@pytest.fixture
def person(services) -> str:
    services.partner_import.run(SAMPLE)
    return services.beneficiaries.create(BeneficiaryDraft(last_name="Bru", first_name="Léa",
                                                          commune_insee="12145", postal_code="12100"))


def refer(services, person: str, **kw) -> str:
    draft = dom.ReferralDraft(service_id=SERVICE, reason="Permis B pour l'emploi visé",
                              agreed="Préparer le code en 3 mois", consent=True, shared=["identite", "coordonnees"],
                              **kw)
    return services.referrals.create(person, draft)


def test_referral_view_has_what_a_liaison_sheet_needs(services, person) -> None:
    contact = services.partners.add_contact(STRUCTURE, ContactDraft("Julie Fabre", "conseillère emploi"))
    rid = refer(services, person, contact_id=contact, contact_preference="sms")
    r = services.referrals.get(rid)
    assert (r.beneficiary_name, r.service_name, r.structure_name) == (
        "Léa BRU", "Accompagnement des jeunes vers l’emploi", "Mission locale Sud Aveyron")
    assert r.contact.name == "Julie Fabre" and r.shared == ["coordonnees", "identite"] and r.consent
    assert (r.status, r.sent_on, r.expires_on) == (dom.OPEN, TODAY, TODAY + timedelta(days=dom.EXPIRY_DAYS))
    assert services.referrals.for_beneficiary(person)[0].id == rid
    assert services.partners.get(STRUCTURE).referrals[0].beneficiary_name == "Léa BRU"


def test_lifecycle_accepted_with_outcome(services, person) -> None:
    rid = refer(services, person)
    services.referrals.change_status(rid, dom.STUDYING)
    services.referrals.change_status(rid, dom.ACCEPTED, outcome="Entrée en parcours le 1er décembre")
    r = services.referrals.get(rid)
    assert r.status == dom.ACCEPTED and r.outcome.startswith("Entrée")
    with pytest.raises(ValidationFailed):     # final: a new try is a new referral
        services.referrals.change_status(rid, dom.STUDYING)


def test_refusal_needs_the_partners_reason(services, person) -> None:
    rid = refer(services, person)
    with pytest.raises(ValidationFailed) as err:
        services.referrals.change_status(rid, dom.REFUSED)
    assert err.value.issues[0].field == "status_reason"
    services.referrals.change_status(rid, dom.REFUSED, reason="Plus de 25 ans")
    assert services.referrals.get(rid).status_reason == "Plus de 25 ans"


def test_open_referrals_expire(services, person) -> None:
    rid = refer(services, person)
    done = refer(services, person)
    services.referrals.change_status(done, dom.ACCEPTED)
    assert services.referrals.expire_overdue(TODAY + timedelta(days=dom.EXPIRY_DAYS)) == 0
    assert services.referrals.expire_overdue(TODAY + timedelta(days=dom.EXPIRY_DAYS + 1)) == 1
    assert services.referrals.get(rid).status == dom.EXPIRED and services.referrals.get(done).status == dom.ACCEPTED


def test_validation_of_the_draft(services, person) -> None:
    bad = dom.ReferralDraft(service_id=SERVICE, reason=" ", shared=["diagnostic", "nope"], consent=False,
                            contact_preference="pigeon")
    with pytest.raises(ValidationFailed) as err:
        services.referrals.create(person, bad)
    assert {i.field for i in err.value.issues} == {"reason", "shared", "consent", "contact_preference"}
    assert services.store.count("referral") == 0


def test_status_date_cannot_be_in_the_future(services, person) -> None:
    rid = refer(services, person)
    with pytest.raises(ValidationFailed):
        services.referrals.change_status(rid, dom.STUDYING, on=date(2030, 1, 1))


def test_outbox_and_audit_in_the_same_transaction(services, store, person) -> None:
    rid = refer(services, person)
    services.referrals.change_status(rid, dom.STUDYING)
    assert tables_missing_outbox_inserts(store, ["referral"]) == {}
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT o.tx_id, a.tx_id, a.action FROM outbox o JOIN audit_log a "
                                 "ON a.tx_id = o.tx_id WHERE o.entity = 'referral'")).all()
        conn.rollback()
    assert {r[2] for r in rows} == {"create_referral", "referral_status"}


def test_plan_action_links_to_a_service_keeping_its_text(services, person) -> None:
    from cep_desk.storage.models import PlanAction

    with services.store.write() as s:
        action = PlanAction(beneficiary_id=person, label="Préparer le permis", who="partenaire",
                            partner="la mission locale de Millau")
        s.add(action)
        s.flush()
        action_id = action.id
    services.partners.link_action(action_id, SERVICE)
    assert services.partners.linked_service(action_id).id == SERVICE
    rid = refer(services, person, plan_action_id=action_id)
    assert services.referrals.get(rid).plan_action_id == action_id
    with services.store.read() as s:
        assert s.get(PlanAction, action_id).partner == "la mission locale de Millau"
    services.partners.link_action(action_id, None)
    assert services.partners.linked_service(action_id) is None


def test_a_referral_for_a_plan_action_links_the_action_to_the_service(services, store, person) -> None:
    from cep_desk.domain.plan import Plan, PlanAction

    action = PlanAction("Préparer le permis B", who="partenaire", partner="la mission locale")
    services.plans.save(person, Plan(actions=[action]))
    other = services.beneficiaries.create(BeneficiaryDraft(last_name="Vidal", first_name="Marc"))
    with pytest.raises(LookupError):  # another person's action: refused, nothing written
        refer(services, other, plan_action_id=action.id)
    assert store.count("referral") == 0 and services.partners.linked_service(action.id) is None
    rid = refer(services, person, plan_action_id=action.id)
    assert services.partners.linked_service(action.id).id == SERVICE
    assert services.referrals.get(rid).plan_action_id == action.id
    assert services.plans.get(person).actions[0].partner == "la mission locale"   # the old text is kept
    assert tables_missing_outbox_inserts(store, ("referral", "action_service_link")) == {}


def test_the_referral_dialog_offers_the_persons_open_actions(qtbot, services, person) -> None:
    from cep_desk.domain.plan import DONE, Plan, PlanAction
    from cep_desk.ui.partners.referral_dialog import ReferralDialog

    open_action = PlanAction("Préparer le permis B", who="partenaire", partner="auto-école sociale")
    done = PlanAction("Faire son CV", status=DONE)
    services.plans.save(person, Plan(actions=[open_action, done]))
    dialog = ReferralDialog(services, beneficiary_id=person)
    qtbot.addWidget(dialog)
    assert [dialog.action_combo.itemText(i) for i in range(dialog.action_combo.count())][1:] == \
        ["Préparer le permis B"]
    dialog._set_service(SERVICE)
    dialog.reason_edit.setPlainText("Permis")
    dialog.action_combo.setCurrentIndex(1)
    dialog.ok_button.click()
    assert services.partners.linked_service(open_action.id).id == SERVICE
