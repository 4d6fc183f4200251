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


@dataclass(frozen=True)
class Issue:
    """One thing the user must fix: which field, what is wrong, how to fix it."""

    field: str
    message: str
    params: dict[str, str] = field(default_factory=dict)
    context: str = CONTEXT

    def render(self, translate=None) -> str:  # type: ignore[no-untyped-def]
        text = translate(self.context, self.message) if translate else self.message
        return text.format(**self.params)


class ValidationFailed(Exception):
    """Raised by services when a draft breaks a rule; nothing has been written."""

    def __init__(self, issues: list[Issue]):
        super().__init__("; ".join(i.render() for i in issues))
        self.issues = issues



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
