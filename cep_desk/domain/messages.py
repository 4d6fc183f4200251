"""User-facing messages produced by the domain, translated by the caller.

The domain cannot import Qt, yet its messages must go through Qt's
translation catalogues. ``QT_TRANSLATE_NOOP`` below has the name ``lupdate``
looks for, so the English source strings are extracted into the ``.ts``
files; the window and the command line translate them with
``QCoreApplication.translate(issue.context, issue.message)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


CONTEXT = "Validation"


class Severity:
    """How blocking an issue is (a class, so the catalogue test does not take them for messages)."""

    ERROR = "error"
    CONFIRM = "confirm"


@dataclass(frozen=True)
class Issue:
    """One thing the user must fix: which field, what is wrong, how to fix it.

    ``severity`` is ``"error"`` (refused) or ``"confirm"``: allowed once the user has
    confirmed it (an action due before today, say). Positional callers are unaffected.
    """

    field: str
    message: str
    params: dict[str, str] = field(default_factory=dict)
    context: str = CONTEXT
    severity: str = Severity.ERROR

    @property
    def needs_confirmation(self) -> bool:
        return self.severity == Severity.CONFIRM

    def render(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        text = translate(self.context, self.message) if translate else self.message
        return text.format(**self.params)


class ValidationFailed(Exception):
    """Raised by services when a draft breaks a rule; nothing has been written."""

    def __init__(self, issues: list[Issue]):
        super().__init__("; ".join(i.render() for i in issues))
        self.issues = issues


class ConfirmationNeeded(ValidationFailed):
    """Only ``confirm`` issues are left: call again with ``confirmed=True`` once the user agrees.
    Nothing has been written."""


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity != Severity.CONFIRM]


def raise_if_blocking(issues: list[Issue], confirmed: bool = False) -> None:
    """Errors always refuse; confirmations refuse until the user has confirmed."""
    if errors(issues):
        raise ValidationFailed(issues)
    if issues and not confirmed:
        raise ConfirmationNeeded(issues)



REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
LAST_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the person's last name.")
FIRST_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the person's first name.")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "This date is in the future: enter a date up to today.")
DATE_TOO_OLD = QT_TRANSLATE_NOOP("Validation", "This date is before 1900: check the year.")
BIRTH_TOO_YOUNG = QT_TRANSLATE_NOOP(
    "Validation",
    "The person is {age} years old: the CEP is open from 16. Check the date of birth.",
)
EMAIL_MALFORMED = QT_TRANSLATE_NOOP(
    "Validation", "This e-mail address is not valid: it should look like name@example.fr."
)
PHONE_MALFORMED = QT_TRANSLATE_NOOP(
    "Validation",
    "This phone number is not valid: enter 10 digits starting with 0 (06 12 34 56 78) "
    "or an international number starting with +.",
)
POSTAL_CODE_MALFORMED = QT_TRANSLATE_NOOP("Validation", "A postal code has 5 digits, for example 12100.")
POSTAL_CODE_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "No commune has the postal code {code}: check it.")
COMMUNE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Validation", "Unknown commune: choose it from the list (type its name or postal code)."
)
COMMUNE_POSTAL_MISMATCH = QT_TRANSLATE_NOOP(
    "Validation", "The postal code {code} is not one of {commune}'s: check one or the other."
)
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Validation", "This value is not in the list: choose one from the list.")
STATUS_END_BEFORE_START = QT_TRANSLATE_NOOP(
    "Validation", "The end date of a status is before its start date: swap or correct them."
)
CONSENT_DATE_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Enter the date the person agreed to their data being recorded."
)
CONSENT_EXPLAINED_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Write down what was explained to the person before they agreed."
)
FIRST_APPOINTMENT_BEFORE_REQUEST = QT_TRANSLATE_NOOP(
    "Validation", "The first appointment cannot be before the first request."
)
RETURN_DATE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "A pause needs a return date: when do you plan to resume?")
RETURN_DATE_PAST = QT_TRANSLATE_NOOP("Validation", "The return date must be after today.")
CLOSURE_REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose why the accompaniment is closed.")
TRANSITION_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Validation", "An accompaniment that is {current} cannot become {target}."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Choose at least one reason for contact.")
DURATION_INVALID = QT_TRANSLATE_NOOP("Validation", "Enter a duration between 1 and 600 minutes.")
SESSION_ON_CLOSED = QT_TRANSLATE_NOOP(
    "Validation",
    "This accompaniment is closed: re-open it (Accompaniment tab, Re-open) before recording a session.",
)
PARTNER_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Name the partner who takes over.")

# -- co-construction session (issue 3) ----------------------------------------------------
PERSON_VIEW_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "This point is marked as agreed: first write down how the person sees it, in their words."
)
SITUATION_NOT_IN_THEME = QT_TRANSLATE_NOOP(
    "Validation", "This situation belongs to another theme: choose one from the theme's list."
)
SITUATION_TWICE = QT_TRANSLATE_NOOP(
    "Validation", "This situation is already in the diagnosis: complete the existing line instead."
)
LABEL_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Write what it is in a few words.")
OBJECTIVE_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "This action points to an objective that is not in the plan.")
ACTION_UNKNOWN = QT_TRANSLATE_NOOP("Validation", "This jalon points to an action that is not in the plan.")
ACTION_PARTNER_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Name the partner who does this action.")
ESTIMATE_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "Enter the duration the person expects as a whole number between 1 and 365."
)
ACTION_DUE_IN_PAST = QT_TRANSLATE_NOOP(
    "Validation", "This action is due on {date}, before today. Confirm this date, or choose a later one."
)
MILESTONE_DATE_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "A jalon needs a date: when will it happen? A jalon without a date is not saved."
)
REMINDER_INVALID = QT_TRANSLATE_NOOP("Validation", "Enter a reminder between 0 and 90 days before the jalon.")
AMOUNT_INVALID = QT_TRANSLATE_NOOP("Validation", "Enter an amount in euros, 0 or more (for example 1 250,50).")
REFUSAL_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "The funding was refused: write down the reason given, it helps for the next request."
)
DECISION_BEFORE_SUBMISSION = QT_TRANSLATE_NOOP(
    "Validation", "The decision cannot come before the file was submitted: check both dates."
)
FOLLOW_UP_WHEN_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "The person will come back: say when (a date or the next appointment)."
)
NEXT_APPOINTMENT_BEFORE_SESSION = QT_TRANSLATE_NOOP(
    "Validation", "The next appointment must be after this session."
)
CONTACT_DURATION_INVALID = QT_TRANSLATE_NOOP("Validation", "Enter a duration between 1 and 240 minutes.")

SESSION_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Validation", "A session is recorded once it has taken place: choose a date up to today."
)
SESSION_BEFORE_REQUEST = QT_TRANSLATE_NOOP(
    "Validation", "This session is before the first request ({date}): check the date."
)
CHANGE_BEFORE_CURRENT = QT_TRANSLATE_NOOP(
    "Validation", "This change is dated before the current status (since {date}): check the date."
)
CONSENT_BEFORE_BIRTH = QT_TRANSLATE_NOOP("Validation", "The consent date is before the date of birth.")
BIRTH_TOO_OLD = QT_TRANSLATE_NOOP(
    "Validation", "The person would be {age} years old: check the year of birth."
)
UNKNOWN_SITE = QT_TRANSLATE_NOOP(
    "Validation", "This site no longer exists: choose another one in the list (Settings → Sites)."
)
