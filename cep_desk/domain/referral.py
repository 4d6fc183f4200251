"""Referrals (orientations) to a partner's service, following DORA / les emplois statuses.

ouverte → à l'étude → validée | refusée (with the partner's reason); an open or
studied referral nobody answered expires after ``EXPIRY_DAYS`` so the list of
"waiting" referrals does not fill with forgotten ones. Validée, refusée and
expirée are final: a new try is a new referral, so the history keeps each one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from cep_desk.domain.messages import QT_TRANSLATE_NOOP, Issue

OPEN = "ouverte"
STUDYING = "a_l_etude"
ACCEPTED = "validee"
REFUSED = "refusee"
EXPIRED = "expiree"
STATUSES = (OPEN, STUDYING, ACCEPTED, REFUSED, EXPIRED)
FINAL = frozenset({ACCEPTED, REFUSED, EXPIRED})
TRANSITIONS = {
    OPEN: frozenset({STUDYING, ACCEPTED, REFUSED, EXPIRED}),
    STUDYING: frozenset({ACCEPTED, REFUSED, EXPIRED}),
}
EXPIRY_DAYS = 60

STATUS_LABELS = {
    OPEN: QT_TRANSLATE_NOOP("Partners", "open"),
    STUDYING: QT_TRANSLATE_NOOP("Partners", "being studied"),
    ACCEPTED: QT_TRANSLATE_NOOP("Partners", "accepted"),
    REFUSED: QT_TRANSLATE_NOOP("Partners", "refused"),
    EXPIRED: QT_TRANSLATE_NOOP("Partners", "expired"),
}
# How the partner should get in touch with the person.
CONTACT_PREFERENCES = {
    "telephone": QT_TRANSLATE_NOOP("Partners", "phone"),
    "courriel": QT_TRANSLATE_NOOP("Partners", "e-mail"),
    "sms": QT_TRANSLATE_NOOP("Partners", "text message"),
    "courrier": QT_TRANSLATE_NOOP("Partners", "letter"),
    "via_conseiller": QT_TRANSLATE_NOOP("Partners", "through the counsellor"),
}
# What the person agreed the partner may receive (the fiche de liaison prints only these).
SHAREABLE = {
    "identite": QT_TRANSLATE_NOOP("Partners", "name and date of birth"),
    "coordonnees": QT_TRANSLATE_NOOP("Partners", "phone, e-mail and address"),
    "situation": QT_TRANSLATE_NOOP("Partners", "employment situation"),
    "diagnostic": QT_TRANSLATE_NOOP("Partners", "shared diagnosis"),
    "plan": QT_TRANSLATE_NOOP("Partners", "action plan"),
}

REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Write why you refer the person to this service.")
PERSON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose the person you refer: type their name, then choose.")
SERVICE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose the service the person is referred to.")
CONSENT_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation",
    "The person has not agreed to share anything: tick their consent, or untick what would be shared.",
)
UNKNOWN_PREFERENCE = QT_TRANSLATE_NOOP("Validation", "Choose how the partner should contact the person.")
UNKNOWN_SHARE = QT_TRANSLATE_NOOP("Validation", "Unknown item to share: {item}.")
REFUSAL_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "The partner refused: write down the reason they gave, it helps for the next referral."
)
STATUS_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Validation", "A referral that is {current} cannot become {target}: make a new referral instead."
)
STATUS_DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The status date is in the future: use today or earlier.")


@dataclass
class ReferralDraft:
    """What the counsellor writes when referring a person (the form and the command line)."""

    service_id: str
    reason: str = ""
    agreed: str = ""                     # what the person agreed to work on with the partner
    consent: bool = False                # the person agrees to the partner receiving what is ticked
    shared: list[str] = field(default_factory=list)
    contact_preference: str = "telephone"
    plan_action_id: str | None = None
    contact_id: str | None = None        # the named contact at the partner, if any


def validate_referral(d: ReferralDraft) -> list[Issue]:
    issues: list[Issue] = []
    if not d.service_id:
        issues.append(Issue("service_id", SERVICE_REQUIRED))
    if not d.reason.strip():
        issues.append(Issue("reason", REASON_REQUIRED))
    if d.contact_preference not in CONTACT_PREFERENCES:
        issues.append(Issue("contact_preference", UNKNOWN_PREFERENCE))
    for item in d.shared:
        if item not in SHAREABLE:
            issues.append(Issue("shared", UNKNOWN_SHARE, {"item": item}))
    if d.shared and not d.consent:
        issues.append(Issue("consent", CONSENT_REQUIRED))
    return issues


def validate_status_change(current: str, target: str, reason: str, on: date, today: date) -> list[Issue]:
    issues: list[Issue] = []
    if target not in TRANSITIONS.get(current, frozenset()):
        issues.append(Issue("status", STATUS_NOT_ALLOWED, {"current": current, "target": target}))
    if target == REFUSED and not reason.strip():
        issues.append(Issue("status_reason", REFUSAL_REASON_REQUIRED))
    if on > today:
        issues.append(Issue("status_on", STATUS_DATE_IN_FUTURE))
    return issues


def expiry_date(sent_on: date) -> date:
    return sent_on + timedelta(days=EXPIRY_DAYS)


def has_expired(status: str, expires_on: date | None, today: date) -> bool:
    return status not in FINAL and expires_on is not None and expires_on < today
