"""The beneficiary profile form: identity, contact, situation, statuses,
target jobs, consent and notes.

The form holds no store: it turns a ``BeneficiaryDraft`` into fields and back,
and checks each field as it is left with the same rules the service applies
(``cep_desk.domain.rules``), so the counsellor sees a problem where it is,
long before saving. ``validate()`` gives every issue at once for the Save
button, which refuses to write while any remains.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.beneficiary import BeneficiaryDraft, EmploymentStatusEntry, TargetJobEntry, validate_beneficiary
from cep_desk.domain.codelists import old_qualification_scale, referentials
from cep_desk.domain.jobs import JobTitle
from cep_desk.domain.messages import Issue
from cep_desk.domain.places import CommuneIndex, commune_index
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit
from cep_desk.ui.completers import (
    CommuneChoice,
    CommuneCompleter,
    JobCompleter,
    commune_choice,
    communes_for_postal_code,
    resolve_commune,
)
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, render_issue
from cep_desk.ui.language import current_language

STATUS_CODE_MISSING = QT_TRANSLATE_NOOP("ProfileForm", "Choose the status, or remove this line.")
JOBSEEKER_STATUS = "de_inscrit"

PRIVATE_NOTES_STYLE = (
    "QPlainTextEdit { background: #fff6e0; border: 2px solid #b7791f; border-radius: 3px; }"
)
SHAREABLE_NOTES_STYLE = "QPlainTextEdit { background: #ffffff; border: 1px solid #8a9ba8; border-radius: 3px; }"


def private_notes_title(text: str, buddy: QWidget, size: int = 18, lock_name: str = "") -> QHBoxLayout:
    """The padlock and the bold brown title above private notes: the same warning on every screen.
    ``text`` is already translated (each screen keeps its own mnemonic)."""
    lock = QLabel()
    lock.setPixmap(lock_pixmap(size))
    if lock_name:
        lock.setAccessibleName(lock_name)
    label = QLabel(text)
    label.setStyleSheet("QLabel { font-weight: bold; color: #6b4500; }")
    label.setBuddy(buddy)
    row = QHBoxLayout()
    row.setSpacing(6)
    row.addWidget(lock)
    row.addWidget(label)
    row.addStretch(1)
    return row


def lock_pixmap(size: int = 20, colour: str = "#8a5a00") -> QPixmap:
    """A padlock drawn in code: no icon theme is guaranteed on the counsellors' laptops."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour))
    pen.setWidthF(size / 9)
    p.setPen(pen)
    s = float(size)
    p.drawArc(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.5), 0, 180 * 16)
    p.drawLine(QPointF(s * 0.28, s * 0.33), QPointF(s * 0.28, s * 0.45))
    p.drawLine(QPointF(s * 0.72, s * 0.33), QPointF(s * 0.72, s * 0.45))
    p.setBrush(QColor(colour))
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.45, s * 0.68, s * 0.48), s * 0.08, s * 0.08)
    p.end()
    return pix


def _text_box(parent: QWidget | None = None, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)  # Tab must leave the box: keyboard users would be trapped otherwise
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


def _align_labels(forms: list[QFormLayout]) -> None:
    """Give the label column of these stacked forms one width, so their fields start on one line."""
    labels = [item.widget() for form in forms for row in range(form.rowCount())
              if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and item.widget()]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class _StatusRow(QFrame):
    """One employment status: what, (job-seeker category), from, until."""

    changed = Signal()
    removeRequested = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry_id: str | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        ref = referentials()
        self.code = CodeCombo(ref["employment_status"], unset_text=self.tr("— choose a status —"))
        self.code.setAccessibleName(self.tr("Employment status"))
        self.category = CodeCombo(ref["jobseeker_category"], unset_text=self.tr("— category —"))
        self.category.setAccessibleName(self.tr("Job-seeker category"))
        self.category_label = QLabel(self.tr("Category"))
        self.category_label.setBuddy(self.category)
        self.start = OptionalDateEdit()
        self.start.set_accessible_name(self.tr("Status start date"))
        self.end = OptionalDateEdit()
        self.end.set_accessible_name(self.tr("Status end date (empty while it lasts)"))
        self.end.set_unset_text(self.tr("ongoing"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this status"))
        self.error = QLabel()

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        status_label = QLabel(self.tr("Status"))
        status_label.setBuddy(self.code)
        grid.addWidget(status_label, 0, 0)
        grid.addWidget(self.code, 0, 1, 1, 3)
        grid.addWidget(self.category_label, 0, 4)
        grid.addWidget(self.category, 0, 5)
        since = QLabel(self.tr("From"))
        since.setBuddy(self.start)
        until = QLabel(self.tr("Until"))
        until.setBuddy(self.end)
        grid.addWidget(since, 1, 0)
        grid.addWidget(self.start, 1, 1)
        grid.addWidget(until, 1, 2)
        grid.addWidget(self.end, 1, 3)
        grid.addWidget(self.remove, 1, 5, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.code.codeChanged.connect(self._code_changed)
        for sig in (self.category.codeChanged, self.start.dateChanged, self.end.dateChanged):
            sig.connect(self.changed)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        self.set_today(today)
        self._code_changed()

    def _code_changed(self) -> None:
        is_jobseeker = self.code.code() == JOBSEEKER_STATUS
        self.category.setVisible(is_jobseeker)
        self.category_label.setVisible(is_jobseeker)
        self.changed.emit()

    def set_today(self, today: date) -> None:
        """The date an empty start or end date proposes when the counsellor opens it."""
        self.start.set_default_date(today)
        self.end.set_default_date(today)

    def set_entry(self, e: EmploymentStatusEntry) -> None:
        self.entry_id = e.id
        self.code.set_code(e.code or None)
        self.category.set_code(e.jobseeker_category)
        self.start.set_date(e.start_date)
        self.end.set_date(e.end_date)

    def entry(self) -> EmploymentStatusEntry:
        code = self.code.code() or ""
        return EmploymentStatusEntry(
            code=code, start_date=self.start.date(), end_date=self.end.date(),
            jobseeker_category=self.category.code() if code == JOBSEEKER_STATUS else None, id=self.entry_id,
        )


class ProfileForm(QWidget):
    """Edit a ``BeneficiaryDraft``; emits ``changed`` on any edit."""

    changed = Signal()

    def __init__(self, today: Callable[[], date] = date.today, places: CommuneIndex | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self._places = places or commune_index()
        self._commune: CommuneChoice | None = None
        self._loading = False
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)
        self._status_rows: list[_StatusRow] = []
        self._ready_rows: list[_StatusRow] = []  # built ahead, hidden, not in the layout yet
        self._live_checks: dict[str, Callable[[], Issue | None]] = {}

        self.setStyleSheet("QGroupBox { font-weight: bold; }")  # section titles stand out; contents unchanged
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        columns = QGridLayout()
        columns.setHorizontalSpacing(16)
        columns.setVerticalSpacing(12)
        outer.addLayout(columns)
        # Created column by column so Tab follows the reading order: left column, then right.
        left = QVBoxLayout()
        right = QVBoxLayout()
        left_boxes = [self._identity_box(), self._contact_box(), self._consent_box()]
        for box in left_boxes:
            left.addWidget(box)
        left.addStretch(1)
        _align_labels([box.layout() for box in left_boxes])  # one edge for the fields of the column
        right.addWidget(self._situation_box())
        right.addWidget(self._statuses_box())
        right.addWidget(self._jobs_box())
        right.addStretch(1)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        outer.addWidget(self._notes_box())
        self._wire_live_checks()
        self.set_draft(BeneficiaryDraft())

    # -- building --------------------------------------------------------------
    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _row(self, form: QFormLayout, label: str, field: str | None, widget: QWidget, accessible: str,
             focus_widget: QWidget | None = None) -> QLabel:
        """Add a labelled row (label with mnemonic + buddy) and, if ``field``, its error label."""
        lab = QLabel(label)
        target = focus_widget or widget
        lab.setBuddy(target)
        if isinstance(widget, OptionalDateEdit):
            widget.set_accessible_name(accessible)
        else:
            target.setAccessibleName(accessible)
        form.addRow(lab, self.errors.wrap(field, widget, focus_widget) if field else widget)
        return lab

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identity"))
        form = self._form(box)
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.birth_name = QLineEdit()
        self.birth_name.setPlaceholderText(self.tr("only if different from the last name"))
        self.sex = CodeCombo(referentials()["sex"])
        self.birth_date = OptionalDateEdit()
        self.birth_date.set_default_date(date(self._today().year - 40, 1, 1))
        self.age_label = QLabel()
        self.age_label.setAccessibleName(self.tr("Age"))
        birth_row = QWidget()
        hl = QHBoxLayout(birth_row)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.birth_date)
        hl.addWidget(self.age_label)
        hl.addStretch(1)
        self._row(form, self.tr("&Last name"), "last_name", self.last_name, self.tr("Last name"))
        self._row(form, self.tr("&First name"), "first_name", self.first_name, self.tr("First name"))
        self._row(form, self.tr("Birt&h name"), "birth_name", self.birth_name, self.tr("Birth name"))
        self._row(form, self.tr("Se&x"), "sex", self.sex, self.tr("Sex"))
        lab = QLabel(self.tr("&Date of birth"))
        lab.setBuddy(self.birth_date.edit)
        self.birth_date.set_accessible_name(self.tr("Date of birth"))
        form.addRow(lab, self.errors.wrap("birth_date", birth_row, self.birth_date.edit))
        return box

    def _contact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contact"))
        form = self._form(box)
        self.email = QLineEdit()
        self.email.setPlaceholderText("prenom.nom@example.fr")
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("06 12 34 56 78")
        self.address = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaxLength(10)
        self.postal_code.setPlaceholderText("12100")
        self.commune = QLineEdit()
        self.commune.setPlaceholderText(self.tr("type a name or a postal code"))
        self.commune_hint = QLabel()
        self.commune_hint.setWordWrap(True)
        self.commune_hint.setStyleSheet("QLabel { color: #455a64; }")
        commune_box = QWidget()
        vl = QVBoxLayout(commune_box)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.setSpacing(2)
        vl.addWidget(self.commune)
        vl.addWidget(self.commune_hint)
        self._row(form, self.tr("E-&mail"), "email", self.email, self.tr("E-mail"))
        self._row(form, self.tr("&Phone"), "phone", self.phone, self.tr("Phone"))
        self._row(form, self.tr("Add&ress"), "address", self.address, self.tr("Address"))
        self._row(form, self.tr("Postal &code"), "postal_code", self.postal_code, self.tr("Postal code"))
        self._row(form, self.tr("Comm&une"), "commune_insee", commune_box, self.tr("Commune of residence"),
                  focus_widget=self.commune)
        self.commune_completer = CommuneCompleter(self.commune, self._places)
        self.commune_completer.picked.connect(self._commune_picked)
        self.postal_completer = CommuneCompleter(self.postal_code, self._places)
        self.postal_completer.picked.connect(self._postal_picked)
        self.commune.textEdited.connect(self._commune_edited)
        self.commune.editingFinished.connect(self._commune_finished)
        self.postal_code.editingFinished.connect(self._postal_finished)
        self.commune.installEventFilter(self)
        return box

    def _situation_box(self) -> QGroupBox:
        ref = referentials()
        box = QGroupBox(self.tr("Situation"))
        form = self._form(box)
        self.pcs = CodeCombo(ref["pcs"])
        self.qualification_level = CodeCombo(ref["qualification_level"])
        self.diploma_obtained = CodeCombo(ref["yes_no_nr"])
        self.old_scale = QLineEdit()
        self.old_scale.setReadOnly(True)
        self.old_scale.setFrame(False)
        self.old_scale.setStyleSheet("QLineEdit { background: transparent; color: #37474f; }")
        self.sector = CodeCombo(ref["sector"])
        self.company_size = CodeCombo(ref["company_size"])
        self.rqth = CodeCombo(ref["yes_no_nr"])
        self.origin = CodeCombo(ref["origin"])
        self.resignation_project = QCheckBox(self.tr("Resi&gnation project (the person plans to resign)"))
        self.resignation_project.setAccessibleName(self.tr("Resignation project"))
        self._row(form, self.tr("Socio-professional category (PC&S)"), "pcs", self.pcs,
                  self.tr("Socio-professional category"))
        self._row(form, self.tr("&Qualification level"), "qualification_level", self.qualification_level,
                  self.tr("Qualification level (1 to 8)"))
        self._row(form, self.tr("Diploma o&btained"), "diploma_obtained", self.diploma_obtained,
                  self.tr("Diploma obtained"))
        self._row(form, self.tr("National file (old scale)"), None, self.old_scale,
                  self.tr("Qualification on the national file's old scale"))
        self._row(form, self.tr("Sec&tor (NAF A21)"), "sector", self.sector, self.tr("Sector of activity"))
        self._row(form, self.tr("Company si&ze"), "company_size", self.company_size, self.tr("Company size"))
        self._row(form, self.tr("RQTH (disabilit&y recognition)"), "rqth", self.rqth,
                  self.tr("RQTH, recognition as a disabled worker"))
        self._row(form, self.tr("&Origin of the request"), "origin", self.origin,
                  self.tr("How the person came to the CEP"))
        form.addRow(self.resignation_project)
        self.qualification_level.codeChanged.connect(self._update_old_scale)
        self.diploma_obtained.codeChanged.connect(self._update_old_scale)
        return box

    def _statuses_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Employment statuses (several at once is normal)"))
        lay = QVBoxLayout(box)
        self._status_layout = QVBoxLayout()
        self._status_layout.setSpacing(6)
        lay.addLayout(self._status_layout)
        self.no_status_label = QLabel(self.tr("No status recorded yet."))
        self.no_status_label.setStyleSheet("QLabel { color: #607d8b; }")
        lay.addWidget(self.no_status_label)
        self.add_status_button = QPushButton(self.tr("&Add a status"))
        self.add_status_button.setAccessibleName(self.tr("Add an employment status"))
        self.add_status_button.clicked.connect(lambda: self._add_status_row(None, focus=True))
        lay.addWidget(self.add_status_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _jobs_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Target jobs"))
        form = self._form(box)
        self.job_input = QLineEdit()
        self.job_input.setPlaceholderText(self.tr("type a job title, e.g. boulanger, then choose"))
        self.job_completer = JobCompleter(self.job_input)
        self.job_completer.picked.connect(self._job_picked)
        self._row(form, self.tr("Add a target &job"), None, self.job_input, self.tr("Add a target job (ROME)"))
        self.jobs_list = QListWidget()
        self.jobs_list.setAccessibleName(self.tr("Chosen target jobs"))
        self.jobs_list.setMaximumHeight(self.jobs_list.fontMetrics().lineSpacing() * 5 + 12)
        self.remove_job_button = QPushButton(self.tr("Remove the selected job"))
        self.remove_job_button.setAccessibleName(self.tr("Remove the selected target job"))
        self.remove_job_button.clicked.connect(self._remove_job)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.jobs_list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has the focus
        delete_key.activated.connect(self._remove_job)
        lab = QLabel(self.tr("Chosen"))
        lab.setBuddy(self.jobs_list)
        form.addRow(lab, self.errors.wrap("target_jobs", self.jobs_list))
        form.addRow("", self.remove_job_button)
        self.jobs_list.currentRowChanged.connect(lambda _r: self._update_job_buttons())
        return box

    def _consent_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consent"))
        form = self._form(box)
        self.consent_given = QCheckBox(self.tr("Co&nsent to record data given"))
        self.consent_given.setAccessibleName(self.tr("Consent to record data given"))
        form.addRow(self.errors.wrap("consent_given", self.consent_given))
        self.consent_date = OptionalDateEdit()
        self.consent_date.set_default_date(self._today())
        self._row(form, self.tr("Date of cons&ent"), "consent_date", self.consent_date, self.tr("Date of consent"),
                  focus_widget=self.consent_date.edit)
        self.consent_explained = _text_box(lines=3)
        self.consent_explained.setMaximumHeight(self.consent_explained.fontMetrics().lineSpacing() * 5 + 16)
        self.consent_explained.setPlaceholderText(
            self.tr("e.g. what the CEP is, what is recorded, who can see it, the right to access and erase"))
        self._row(form, self.tr("&What was explained"), "consent_explained", self.consent_explained,
                  self.tr("What was explained before consent"))
        self.consent_given.toggled.connect(self._consent_toggled)
        return box

    def _notes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(16)
        self.notes_shareable = _text_box(lines=6)
        self.notes_shareable.setObjectName("shareableNotes")
        self.notes_shareable.setStyleSheet(SHAREABLE_NOTES_STYLE)
        self.notes_shareable.setAccessibleName(self.tr("Shareable notes"))
        self.notes_shareable.setAccessibleDescription(
            self.tr("Kept with the file and synchronised with your structure; may appear in documents."))
        share_label = QLabel(self.tr("S&hareable notes"))
        share_label.setStyleSheet("QLabel { font-weight: bold; }")
        share_label.setBuddy(self.notes_shareable)
        share_hint = QLabel(self.tr("Kept with the file and synchronised with your structure; "
                                    "may appear in documents."))
        share_hint.setWordWrap(True)
        share_hint.setStyleSheet("QLabel { color: #455a64; }")

        self.notes_private = _text_box(lines=6)
        self.notes_private.setObjectName("privateNotes")
        self.notes_private.setStyleSheet(PRIVATE_NOTES_STYLE)
        self.notes_private.setAccessibleName(self.tr("Private notes, never exported or shared"))
        self.notes_private.setAccessibleDescription(
            self.tr("Stay on this computer only: never synchronised, exported or printed."))
        private_title = private_notes_title(self.tr("P&rivate notes — never exported or shared"),
                                            self.notes_private, 20, self.tr("Private"))
        private_hint = QLabel(self.tr("Stay on this computer only: never synchronised, exported or printed."))
        private_hint.setWordWrap(True)
        private_hint.setStyleSheet("QLabel { color: #6b4500; }")

        grid.addWidget(share_label, 0, 0)
        grid.addWidget(share_hint, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.errors.wrap("notes_shareable", self.notes_shareable), 2, 0)
        grid.addLayout(private_title, 0, 1)
        grid.addWidget(private_hint, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.errors.wrap("notes_private", self.notes_private), 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return box

    # -- live checks -------------------------------------------------------------
    def _wire_live_checks(self) -> None:
        places = self._places
        checks: dict[str, Callable[[], Issue | None]] = {
            "last_name": lambda: None if self.last_name.text().strip() else Issue("last_name", m.LAST_NAME_REQUIRED),
            "first_name": lambda: None if self.first_name.text().strip()
            else Issue("first_name", m.FIRST_NAME_REQUIRED),
            "email": lambda: rules.check_email(self.email.text().strip()),
            "phone": lambda: rules.check_phone(self.phone.text().strip()),
            "postal_code": lambda: rules.check_postal_code(self.postal_code.text().strip(), places)
            or rules.check_commune(self._commune.commune.insee if self._commune else None,
                                   self.postal_code.text(), places),
            "commune_insee": self._check_commune,
            "birth_date": lambda: rules.check_birth_date(self.birth_date.date(), self._today()),
            "consent_date": lambda: rules.check_past_date("consent_date", self.consent_date.date(), self._today()),
            "consent_explained": lambda: None,
        }
        self._live_checks = checks
        # Names: only re-checked once an error is shown (no nagging while tabbing through a new form).
        for field, widget in (("last_name", self.last_name), ("first_name", self.first_name)):
            widget.textChanged.connect(lambda _t, f=field: self._recheck_if_shown(f))
        for field, widget in (("email", self.email), ("phone", self.phone), ("postal_code", self.postal_code)):
            widget.editingFinished.connect(lambda f=field: self.check_field(f))
            widget.textChanged.connect(lambda _t, f=field: self._recheck_if_shown(f))
        self.birth_date.dateChanged.connect(lambda: self.check_field("birth_date"))
        self.birth_date.dateChanged.connect(self._update_age)
        self.consent_date.dateChanged.connect(lambda: self.check_field("consent_date"))
        self.consent_explained.textChanged.connect(lambda: self._recheck_if_shown("consent_explained"))
        self.consent_given.toggled.connect(lambda _c: self._recheck_if_shown("consent_date"))

        for w in (self.last_name, self.first_name, self.birth_name, self.email, self.phone, self.address,
                  self.postal_code, self.commune):
            w.textChanged.connect(self._emit_changed)
        for c in (self.sex, self.pcs, self.qualification_level, self.diploma_obtained, self.sector,
                  self.company_size, self.rqth, self.origin):
            c.codeChanged.connect(self._emit_changed)
        for cb in (self.resignation_project, self.consent_given):
            cb.toggled.connect(self._emit_changed)
        for d in (self.birth_date, self.consent_date):
            d.dateChanged.connect(self._emit_changed)
        for t in (self.consent_explained, self.notes_shareable, self.notes_private):
            t.textChanged.connect(self._emit_changed)

    def _emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def check_field(self, field: str) -> Issue | None:
        """Run this field's rule now and show (or clear) its message."""
        if self._loading:
            return None
        check = self._live_checks.get(field)
        issue = check() if check else None
        self.errors.set(field, issue)
        return issue

    def _recheck_if_shown(self, field: str) -> None:
        if self.errors.has(field):
            if field == "consent_explained":
                self.errors.set(field, None if self.consent_explained.toPlainText().strip()
                                else Issue(field, m.CONSENT_EXPLAINED_REQUIRED))
            elif field == "consent_date" and not self.consent_given.isChecked():
                self.errors.clear(field)
            else:
                self.check_field(field)

    def _check_commune(self) -> Issue | None:
        if self.commune.text().strip() and self._commune is None:
            return Issue("commune_insee", m.COMMUNE_UNKNOWN)
        issue = rules.check_commune(self._commune.commune.insee if self._commune else None, None, self._places)
        return issue

    # -- commune and postal code -------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Entering an empty commune field after a shared postal code: propose that code's communes.
        if watched is self.commune and event.type() == QEvent.Type.FocusIn and not self.commune.text().strip():
            pc = self.postal_code.text().strip()
            if len(pc) == 5 and pc.isdigit() and self._places.postal_code_exists(pc):
                self.commune_completer.propose_postal_code(pc)
        return super().eventFilter(watched, event)

    def _set_commune(self, choice: CommuneChoice | None) -> None:
        self._commune = choice
        if choice is None:
            self.commune_hint.setText("")
            self.commune_hint.setVisible(False)
        else:
            self.commune.setText(choice.display)
            dep = self._places.departements.get(choice.commune.departement)
            hint = f"{dep.name} ({dep.code}) — {dep.region_name}" if dep else ""
            self.commune_hint.setText(hint)
            self.commune_hint.setVisible(bool(hint))
            self.commune.setAccessibleDescription(hint)
        self._emit_changed()

    def _commune_picked(self, choice: CommuneChoice) -> None:
        self._set_commune(choice)
        if not self.postal_code.text().strip():
            self.postal_code.setText(choice.postal_code)
        self.check_field("commune_insee")
        self.check_field("postal_code")

    def _postal_picked(self, choice: CommuneChoice) -> None:
        self.postal_code.setText(choice.postal_code)
        self._set_commune(choice)
        self.check_field("commune_insee")
        self.check_field("postal_code")

    def _commune_edited(self, _text: str) -> None:
        # Typing again means the earlier choice no longer holds until a new one is made.
        self._commune = None
        self.commune_hint.setVisible(False)
        if self.errors.has("commune_insee") and not _text.strip():
            self.errors.clear("commune_insee")

    def _commune_finished(self) -> None:
        text = self.commune.text().strip()
        if text and self._commune is None:
            found = resolve_commune(text, self.postal_code.text(), self._places)
            if found is not None:
                self._set_commune(found)
                if not self.postal_code.text().strip():
                    self.postal_code.setText(found.postal_code)
        self.check_field("commune_insee")
        if self.postal_code.text().strip():
            self.check_field("postal_code")

    def _postal_finished(self) -> None:
        pc = self.postal_code.text().strip()
        if self.check_field("postal_code") is not None or not pc:
            return
        if self._commune is None and not self.commune.text().strip():
            found = communes_for_postal_code(pc, self._places)
            if len(found) == 1:
                self._set_commune(found[0])
                self.check_field("commune_insee")
            elif found:
                self.commune_hint.setText(
                    self.tr("%n communes have this postal code: choose one in Commune.", "", len(found)))
                self.commune_hint.setVisible(True)

    # -- situation, statuses, jobs, consent ----------------------------------------
    def _update_old_scale(self) -> None:
        level = self.qualification_level.code()
        if level is None:
            self.old_scale.setText("—")
            return
        code = old_qualification_scale(level, self.diploma_obtained.code())
        self.old_scale.setText(referentials()["qualification_old_scale"].label(code, current_language()))

    def _update_age(self) -> None:
        born = self.birth_date.date()
        if born is None or born > self._today():
            self.age_label.setText("")
            return
        age = rules.age_on(born, self._today())
        self.age_label.setText(self.tr("%n years old", "", age))

    def keep_status_rows_ready(self, count: int = 2) -> None:
        """Build ``count`` hidden status rows now (the main window calls it when idle): a row is
        the costliest part of filling the form, and most people have one or two statuses."""
        while len(self._ready_rows) < count:
            row = self._new_status_row()
            row.hide()
            self._ready_rows.append(row)

    def _new_status_row(self) -> _StatusRow:
        row = _StatusRow(self._today(), self)
        row.changed.connect(self._emit_changed)
        row.changed.connect(self._recheck_statuses)
        row.removeRequested.connect(self._remove_status_row)
        return row

    def _add_status_row(self, entry: EmploymentStatusEntry | None, focus: bool = False) -> _StatusRow:
        if self._ready_rows:
            row = self._ready_rows.pop(0)
            row.set_today(self._today())  # built earlier, perhaps the day before
        else:
            row = self._new_status_row()
        if entry is not None:
            row.set_entry(entry)
        self._status_rows.append(row)
        self._status_layout.addWidget(row)
        row.setVisible(True)  # at once, not on the next event loop turn (focus moves to it now)
        self._reindex_status_errors()
        self._fix_status_tab_order()
        self.no_status_label.setVisible(False)
        if focus:
            row.code.setFocus(Qt.FocusReason.OtherFocusReason)
            self._emit_changed()
        return row

    def _remove_status_row(self, row: _StatusRow) -> None:
        index = self._status_rows.index(row)
        self._status_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._reindex_status_errors()
        self.no_status_label.setVisible(not self._status_rows)
        if self._status_rows:
            self._status_rows[min(index, len(self._status_rows) - 1)].code.setFocus()
        else:
            self.add_status_button.setFocus()
        self._emit_changed()

    def _fix_status_tab_order(self) -> None:
        """Lines added later would otherwise be reached last, after the notes: keep Tab in reading order."""
        chain: list[QWidget] = [self.resignation_project]
        for r in self._status_rows:
            chain += [r.code, r.category, r.start.edit, r.end.edit, r.remove]
        chain.append(self.add_status_button)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _reindex_status_errors(self) -> None:
        for f in [f for f in self.errors.fields() if f.startswith("statuses[")]:
            self.errors.clear(f)  # restores the field's own description before it is forgotten
            self.errors.unregister(f)
        for i, row in enumerate(self._status_rows):
            self.errors.register(f"statuses[{i}]", row.code, self._status_error_label(row))

    def _status_error_label(self, row: _StatusRow) -> QLabel:
        label = getattr(row, "_error_label", None)
        if label is None:
            from cep_desk.ui.field_errors import make_error_label

            label = make_error_label(row)
            row.layout().addWidget(label, 2, 0, 1, 6)  # type: ignore[call-arg]
            row._error_label = label  # type: ignore[attr-defined]
        label.setVisible(False)
        return label

    def _status_issues(self, i: int, row: _StatusRow) -> list[Issue]:
        e = row.entry()
        f = f"statuses[{i}]"
        found: list[Issue | None] = [
            None if e.code else Issue(f, STATUS_CODE_MISSING, context="ProfileForm"),
            rules.check_past_date(f, e.start_date, self._today()),
        ]
        if e.start_date and e.end_date and e.end_date < e.start_date:
            found.append(Issue(f, m.STATUS_END_BEFORE_START))
        return [x for x in found if x is not None]

    def _recheck_statuses(self) -> None:
        if self._loading:
            return
        for i, row in enumerate(self._status_rows):
            f = f"statuses[{i}]"
            self.errors.clear(f)
            for issue in self._status_issues(i, row):
                if issue.message != STATUS_CODE_MISSING or self.errors.has(f):
                    self.errors.show(f, render_issue(issue))

    def _job_picked(self, title: JobTitle) -> None:
        self.job_input.clear()
        existing = {e.code_ogr for e in self._jobs()}
        if title.code_ogr not in existing:
            self._add_job_item(TargetJobEntry(title.code_ogr, title.label, title.code_rome))
            self._emit_changed()
        self.jobs_list.setCurrentRow(self.jobs_list.count() - 1)

    def _add_job_item(self, entry: TargetJobEntry) -> None:
        item = QListWidgetItem(f"{entry.label} ({entry.code_rome})")
        item.setData(Qt.ItemDataRole.UserRole, entry)
        self.jobs_list.addItem(item)
        self._update_job_buttons()

    def _jobs(self) -> list[TargetJobEntry]:
        return [self.jobs_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.jobs_list.count())]

    def _remove_job(self) -> None:
        row = self.jobs_list.currentRow()
        if row < 0:
            return
        self.jobs_list.takeItem(row)
        self._update_job_buttons()
        self._emit_changed()

    def _update_job_buttons(self) -> None:
        self.remove_job_button.setEnabled(self.jobs_list.currentRow() >= 0)

    def _consent_toggled(self, checked: bool) -> None:
        if checked and self.consent_date.date() is None and not self._loading:
            self.consent_date.set_date(self._today())

    # -- public API ------------------------------------------------------------------
    def set_draft(self, draft: BeneficiaryDraft) -> None:
        self._loading = True
        try:
            self.clear_issues()
            self.last_name.setText(draft.last_name)
            self.first_name.setText(draft.first_name)
            self.birth_name.setText(draft.birth_name)
            self.sex.set_code(draft.sex)
            self.birth_date.set_date(draft.birth_date)
            self.email.setText(draft.email)
            self.phone.setText(rules.format_phone(draft.phone))
            self.address.setText(draft.address)
            self.postal_code.setText(draft.postal_code)
            commune = self._places.get(draft.commune_insee)
            self._commune = None
            self.commune.setText("")
            self._set_commune(commune_choice(commune, draft.postal_code) if commune else None)
            if draft.commune_insee and commune is None:
                self.commune.setText(draft.commune_insee)  # an unknown code stays visible, not dropped
            self.pcs.set_code(draft.pcs)
            self.qualification_level.set_code(draft.qualification_level)
            self.diploma_obtained.set_code(draft.diploma_obtained)
            self.sector.set_code(draft.sector)
            self.company_size.set_code(draft.company_size)
            self.rqth.set_code(draft.rqth)
            self.origin.set_code(draft.origin)
            self.resignation_project.setChecked(draft.resignation_project)
            self.consent_given.setChecked(draft.consent_given)
            self.consent_date.set_date(draft.consent_date)
            self.consent_explained.setPlainText(draft.consent_explained)
            self.notes_shareable.setPlainText(draft.notes_shareable)
            self.notes_private.setPlainText(draft.notes_private)
            for row in list(self._status_rows):
                self._status_rows.remove(row)
                row.hide()
                row.deleteLater()
            for e in draft.statuses:
                self._add_status_row(e)
            self._reindex_status_errors()
            self._fix_status_tab_order()
            self.no_status_label.setVisible(not self._status_rows)
            self.jobs_list.clear()
            for j in draft.target_jobs:
                self._add_job_item(j)
            self._update_job_buttons()
        finally:
            self._loading = False
        self._update_old_scale()
        self._update_age()

    def draft(self) -> BeneficiaryDraft:
        return BeneficiaryDraft(
            last_name=self.last_name.text().strip(),
            first_name=self.first_name.text().strip(),
            birth_name=self.birth_name.text().strip(),
            sex=self.sex.code(),
            birth_date=self.birth_date.date(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            address=self.address.text().strip(),
            postal_code=self.postal_code.text().strip(),
            commune_insee=self._commune.commune.insee if self._commune else None,
            pcs=self.pcs.code(),
            qualification_level=self.qualification_level.code(),
            diploma_obtained=self.diploma_obtained.code(),
            sector=self.sector.code(),
            company_size=self.company_size.code(),
            rqth=self.rqth.code(),
            origin=self.origin.code(),
            resignation_project=self.resignation_project.isChecked(),
            consent_given=self.consent_given.isChecked(),
            consent_date=self.consent_date.date(),
            consent_explained=self.consent_explained.toPlainText().strip(),
            notes_shareable=self.notes_shareable.toPlainText(),
            notes_private=self.notes_private.toPlainText(),
            statuses=[r.entry() for r in self._status_rows],
            target_jobs=self._jobs(),
        )

    def validate(self) -> list[Issue]:
        """Every issue at once: the service's rules plus what only the form can see
        (a commune typed but not chosen, a status line left without a status)."""
        draft = self.draft()
        issues = validate_beneficiary(draft, self._today(), self._places)
        if self.commune.text().strip() and self._commune is None:
            issues.append(Issue("commune_insee", m.COMMUNE_UNKNOWN))
        for i, row in enumerate(self._status_rows):
            if not row.code.code():
                issues.append(Issue(f"statuses[{i}]", STATUS_CODE_MISSING, context="ProfileForm"))
        return issues

    def show_issues(self, issues: list[Issue]) -> None:
        """Show each issue under its field (others in the banner) and focus the first one."""
        self.clear_issues()
        self.errors.present(issues, self.banner)

    def clear_issues(self) -> None:
        self.errors.clear_all()
        self.banner.clear_message()

    def has_issues(self) -> bool:
        return bool(self.errors.fields_in_error())

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` (empty when none): what the counsellor reads."""
        return self.errors.message(field)

    def error_label(self, field: str) -> QLabel:
        return self.errors.label(field)
