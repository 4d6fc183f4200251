"""A person's file: header, then Profile / Accompaniment / Sessions tabs.

A new person is created together with their first accompaniment, in one
transaction (``services.beneficiaries.create(draft, AccompanimentDraft)``):
a file never exists without the request that brought the person in. Until
that first save, the other tabs are disabled.

Save (Ctrl+S) validates the whole form first and writes nothing while any
field is in error; every failure becomes a sentence, never a stack trace.
"""

from __future__ import annotations

from copy import deepcopy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.domain.places import commune_index
from cep_desk.domain.rules import age_on
from cep_desk.services.agenda import AppointmentView
from cep_desk.services.facade import Services
from cep_desk.services.views import BeneficiaryDetail, InterviewView
from cep_desk.ui.accompaniment_panel import AccompanimentEditor, AccompanimentPanel
from cep_desk.ui.codelist_widgets import StatusBadge
from cep_desk.ui.documents.documents_panel import DocumentsPanel
from cep_desk.ui.events import app_events
from cep_desk.ui.field_errors import MessageBanner, describe_exception
from cep_desk.ui.interview_dialog import InterviewDialog
from cep_desk.ui.language import current_language, format_datetime
from cep_desk.ui.partners.referrals_panel import ReferralsPanel
from cep_desk.ui.profile_form import ProfileForm

PROFILE_TAB, ACCOMPANIMENT_TAB, SESSIONS_TAB = 0, 1, 2
DOCUMENTS_TAB = 3
REFERRALS_TAB = 4
EXCERPT_LENGTH = 160


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    """First line of the notes, cut on a word: enough to recognise the session in the list."""
    line = " ".join(text.split())
    if len(line) <= length:
        return line
    cut = line[:length].rsplit(" ", 1)[0]
    return cut + "…"


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class BeneficiaryFileWidget(QWidget):
    """One person's file; ``beneficiary_id`` None opens an empty file for a new person.

    Opening a file that no longer exists raises ``LookupError`` (a ``StoreError``
    when the store fails), so the caller shows a message instead of an empty tab;
    after that, every failure is shown in the file's own banner.
    """

    saved = Signal(str)
    closeRequested = Signal()
    titleChanged = Signal(str)

    def __init__(self, services: Services, beneficiary_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self._id = beneficiary_id
        self._detail: BeneficiaryDetail | None = None
        self._clean_profile: BeneficiaryDraft | None = None
        self._clean_first_acc: AccompanimentDraft | None = None
        self.dialog: InterviewDialog | None = None
        self.session_window: QWidget | None = None    # the guided session, when open
        self.side_dialog: QDialog | None = None       # quick session / contact, when open
        self._interviews: list[InterviewView] = []
        self.levels = services.counsellor.levels()
        today = services.ctx.today

        lay = QVBoxLayout(self)
        lay.addWidget(self._header())
        self.banner = MessageBanner(self)
        lay.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the file"))
        lay.addWidget(self.tabs, 1)

        # Profile tab: (first accompaniment for a new person) + the profile form, scrollable.
        profile_page = QWidget()
        profile_page.setStyleSheet("QGroupBox { font-weight: bold; }")
        pl = QVBoxLayout(profile_page)
        self.first_acc_box = QGroupBox(self.tr("First accompaniment (why the person comes)"))
        fl = QVBoxLayout(self.first_acc_box)
        self.first_acc = AccompanimentEditor(self.levels, today)
        fl.addWidget(self.first_acc)
        pl.addWidget(self.first_acc_box)
        self.profile = ProfileForm(today, commune_index())
        pl.addWidget(self.profile)
        pl.addStretch(1)
        self.profile_scroll = _scroll(profile_page)
        self.tabs.addTab(self.profile_scroll, self.tr("Profile"))

        self.accompaniment_panel = AccompanimentPanel(services, self.levels)
        self.accompaniment_panel.changed.connect(self._related_changed)
        self.tabs.addTab(_scroll(self.accompaniment_panel), self.tr("Accompaniment"))

        self.tabs.addTab(self._sessions_page(), self.tr("Sessions"))
        self.documents_panel = DocumentsPanel(services)
        self.tabs.addTab(self.documents_panel, self.tr("Documents"))
        self.referrals_panel = ReferralsPanel(services)
        self.referrals_panel.changed.connect(self._related_changed)
        self.tabs.addTab(self.referrals_panel, self.tr("Referrals"))
        # Scoped to this file: the main window may hold several files in tabs.
        for n in range(self.tabs.count()):
            tab_key = QShortcut(QKeySequence(f"Alt+{n + 1}"), self)
            tab_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tab_key.activated.connect(lambda i=n: self._goto_tab(i))
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

        self.profile.changed.connect(self._update_modified)
        self.first_acc.changed.connect(self._update_modified)
        self.accompaniment_panel.editor.changed.connect(self._update_modified)
        if beneficiary_id is not None:
            self._detail = services.beneficiaries.get(beneficiary_id)  # raises: nothing to show
        self.load(reread=False)
        self.setFocusProxy(self.profile.last_name if beneficiary_id is None else self.tabs)

    def assign(self, beneficiary_id: str) -> None:
        """Turn this empty (new-person) file into an existing person's file.

        Building the form is most of the cost of opening a file, so the main
        window keeps one empty file ready and only fills it here. Raises like the
        constructor (``LookupError`` for a person who no longer exists).
        """
        detail = self.services.beneficiaries.get(beneficiary_id)
        self._id, self._detail = beneficiary_id, detail
        self.load(reread=False)
        self.setFocusProxy(self.tabs)
        self.titleChanged.emit(self.title())

    # -- building ------------------------------------------------------------------
    def _header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("fileHeader")
        frame.setStyleSheet("QFrame#fileHeader { background: #f4f7fa; border: 1px solid #d5dde5;"
                            " border-radius: 4px; }")
        hl = QHBoxLayout(frame)
        hl.setContentsMargins(12, 8, 12, 8)
        text = QVBoxLayout()
        title_row = QHBoxLayout()
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = StatusBadge()
        title_row.addWidget(self.name_label)
        title_row.addSpacing(12)
        title_row.addWidget(self.badge)
        title_row.addStretch(1)
        self.facts_label = QLabel()
        self.facts_label.setStyleSheet("QLabel { color: #37474f; }")
        self.facts_label.setWordWrap(True)
        self.level_label = QLabel()
        self.level_label.setStyleSheet("QLabel { color: #37474f; font-weight: bold; }")
        text.addLayout(title_row)
        text.addWidget(self.facts_label)
        text.addWidget(self.level_label)
        hl.addLayout(text, 1)
        buttons = QVBoxLayout()
        self.modified_label = QLabel(self.tr("Unsaved changes"))
        self.modified_label.setStyleSheet("QLabel { color: #8a4b00; font-style: italic; }")
        self.modified_label.setVisible(False)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the file (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save the file"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the file"))
        self.close_button.clicked.connect(self.request_close)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        buttons.addLayout(row)
        buttons.addWidget(self.modified_label, 0, Qt.AlignmentFlag.AlignRight)
        hl.addSpacing(16)
        hl.addLayout(buttons)
        return frame

    def _sessions_page(self) -> QWidget:
        page = QWidget()
        vl = QVBoxLayout(page)
        row = QHBoxLayout()
        self.new_session_button = QPushButton(self.tr("&New session…"))
        self.new_session_button.setAccessibleName(self.tr("Start a guided session with the person"))
        self.new_session_button.clicked.connect(lambda: self.guided_session())
        self.quick_session_button = QPushButton(self.tr("&Quick session…"))
        self.quick_session_button.setAccessibleName(self.tr("Record a quick session or a walk-in contact"))
        self.quick_session_button.clicked.connect(lambda: self.quick_session())
        self.contact_button = QPushButton(self.tr("&Log a contact…"))
        self.contact_button.setAccessibleName(self.tr("Log a call, an e-mail or a letter"))
        self.contact_button.clicked.connect(lambda: self.log_contact())
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.setAccessibleName(self.tr("History of the diagnosis and of the plan"))
        self.history_button.clicked.connect(lambda: self.show_history())
        self.edit_session_button = QPushButton(self.tr("&Edit the session…"))
        self.edit_session_button.setAccessibleName(self.tr("Edit the selected session"))
        self.edit_session_button.clicked.connect(lambda: self.edit_session())
        self.sessions_count = QLabel()
        for button in (self.new_session_button, self.quick_session_button, self.contact_button,
                       self.edit_session_button, self.history_button):
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.sessions_count)
        row.addStretch(1)
        vl.addLayout(row)
        self.sessions = QTableWidget(0, 7)
        self.sessions.setHorizontalHeaderLabels([
            self.tr("Date and time"), self.tr("Site"), self.tr("Modality"), self.tr("Duration"),
            self.tr("Level"), self.tr("Purpose"), self.tr("Shareable notes"),
        ])
        self.sessions.setAccessibleName(self.tr("Sessions, newest first (Enter or double-click to edit)"))
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setTabKeyNavigation(False)
        self.sessions.verticalHeader().setVisible(False)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setWordWrap(False)  # one line per session; the full notes are shown below
        self.sessions.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.sessions.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for col in range(6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.sessions.doubleClicked.connect(lambda _i: self.edit_session())
        self.sessions.itemSelectionChanged.connect(self._update_session_buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.sessions)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the table has the focus
            enter.activated.connect(lambda: self.edit_session())
        vl.addWidget(self.sessions, 3)
        preview_label = QLabel(self.tr("Shareable notes of the selected session"))
        preview_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.session_preview = QPlainTextEdit()
        self.session_preview.setReadOnly(True)
        self.session_preview.setTabChangesFocus(True)
        self.session_preview.setAccessibleName(self.tr("Shareable notes of the selected session"))
        preview_label.setBuddy(self.session_preview)
        vl.addWidget(preview_label)
        vl.addWidget(self.session_preview, 1)
        vl.addWidget(self._contacts_list(), 1)
        return page

    def _contacts_list(self) -> QWidget:
        """Calls, e-mails and letters between sessions, newest first (sessions stay in their own list)."""
        box = QWidget()
        bl = QVBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        self.contacts_label = QLabel(self.tr("Contacts between sessions"))
        self.contacts_label.setStyleSheet("QLabel { font-weight: bold; }")
        self.contacts = QTableWidget(0, 4)
        self.contacts.setHorizontalHeaderLabels([self.tr("Date and time"), self.tr("Kind"), self.tr("Duration"),
                                                 self.tr("About")])
        self.contacts.setAccessibleName(self.tr("Contacts between sessions, newest first"))
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setTabKeyNavigation(False)
        self.contacts.verticalHeader().setVisible(False)
        header = self.contacts.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.contacts_label.setBuddy(self.contacts)
        bl.addWidget(self.contacts_label)
        bl.addWidget(self.contacts)
        return box

    # -- loading ---------------------------------------------------------------------
    def beneficiary_id(self) -> str | None:
        return self._id

    def is_new(self) -> bool:
        return self._id is None

    def title(self) -> str:
        if self._detail is None:
            return self.tr("New person")
        return self._detail.display_name

    def load(self, reread: bool = True, related: bool = True) -> None:
        """(Re)read the file from the store and show it; the form's content is replaced.

        ``related=False`` leaves the Accompaniment and Sessions tabs as they are (with
        whatever the counsellor is still correcting there).
        """
        if self._id is None:
            self.profile.set_draft(BeneficiaryDraft())
            # Dates start unknown rather than "today": a wrong default would skew the delay indicator.
            self.first_acc.set_draft(AccompanimentDraft(level=self.levels.codes[0].code if self.levels.codes else ""))
            self._clean_profile = self.profile.draft()
            self._clean_first_acc = self.first_acc.draft()
        else:
            if (reread or self._detail is None) and not self._read_detail():
                return
            assert self._detail is not None
            self.profile.set_draft(self._detail.draft)
            self._clean_profile = self.profile.draft()
            self._clean_first_acc = None
            if related:
                self._show_related()
        new = self._id is None
        self.first_acc_box.setVisible(new)
        for tab in (ACCOMPANIMENT_TAB, SESSIONS_TAB, DOCUMENTS_TAB, REFERRALS_TAB):
            self.tabs.setTabEnabled(tab, not new)
            self.tabs.setTabToolTip(tab, self.tr("Save the new person first") if new else "")
        self._update_header()
        self._update_modified()

    def _read_detail(self) -> bool:
        assert self._id is not None
        try:
            self._detail = self.services.beneficiaries.get(self._id)
        except Exception as exc:  # deleted meanwhile, store trouble: a sentence, not a trace
            self.banner.show_error(describe_exception(exc))
            self.save_button.setEnabled(False)
            return False
        return True

    def _show_related(self) -> None:
        assert self._detail is not None and self._id is not None
        self.accompaniment_panel.set_accompaniments(self._id, self._detail.accompaniments)
        self._fill_sessions(self._detail.interviews)
        self._fill_contacts()
        self.documents_panel.set_beneficiary(self._id, self._detail.interviews)
        self.referrals_panel.set_beneficiary(self._id)

    def _related_changed(self) -> None:
        """Status, accompaniment or sessions changed: refresh all but the form being edited."""
        if self._id is None or not self._read_detail():
            return
        self._show_related()
        self._update_header()
        self._update_modified()
        app_events().beneficiaryChanged.emit(self._id)

    def _update_header(self) -> None:
        title = self.title()
        self.name_label.setText(title)
        self.name_label.setAccessibleName(title)
        facts: list[str] = []
        draft = self._detail.draft if self._detail else None
        if draft is not None:
            if draft.birth_date:
                facts.append(self.tr("%n years old", "", age_on(draft.birth_date, self.services.ctx.today())))
            places = commune_index()
            commune = places.get(draft.commune_insee)
            if commune is not None:
                pc = draft.postal_code if draft.postal_code in commune.postal_codes else \
                    (commune.postal_codes[0] if commune.postal_codes else "")
                facts.append(f"{commune.name} ({pc})" if pc else commune.name)
                dep = places.departements.get(commune.departement)
                if dep is not None:
                    facts.append(dep.name)
        else:
            facts.append(self.tr("Fill in the first accompaniment and the profile, then save (Ctrl+S)."))
        self.facts_label.setText(" · ".join(facts))
        acc = self._detail.current_accompaniment if self._detail else None
        self.badge.set_status(acc.status if acc else None)
        self.badge.setVisible(self._detail is not None)
        level = (self.levels.label(acc.level, current_language()) or acc.level) if acc else ""
        self.level_label.setText(self.tr("Service level: {level}").format(level=level) if level else "")
        self.level_label.setVisible(bool(level))
        self.titleChanged.emit(title)

    def _fill_sessions(self, interviews: list[InterviewView]) -> None:
        ref = referentials()
        lang = current_language()
        self._interviews = list(interviews)
        self.sessions.setRowCount(len(interviews))
        for r, i in enumerate(interviews):
            modality = " · ".join((ref["modality_channel"].label(i.channel, lang),
                                   ref["modality_format"].label(i.format, lang)))
            level = self.levels.label(i.level, lang) or i.level
            values = [
                format_datetime(i.starts_at), i.site_name or "—", modality,
                self.tr("%n min", "", i.duration_min),
                level.split(" – ")[0],  # "N2": the column stays narrow, the tooltip says all
                ref["session_purpose"].label(i.purpose, lang) or i.purpose,
                excerpt(i.notes_shareable),
            ]
            tips = {4: level, 6: i.notes_shareable}
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, i.id)
                if tips.get(c):
                    item.setToolTip(tips[c])
                self.sessions.setItem(r, c, item)
        self.sessions_count.setText(self.tr("Sessions recorded: {n}").format(n=len(interviews)))
        if interviews and self.sessions.currentRow() < 0:
            self.sessions.setCurrentCell(0, 0)
        self._update_session_buttons()

    def _fill_contacts(self) -> None:
        assert self._id is not None
        try:
            contacts = self.services.contacts.for_beneficiary(self._id)
        except Exception as exc:  # the rest of the file stays usable
            self.banner.show_error(describe_exception(exc))
            contacts = []
        kinds = referentials()["contact_log_kind"]
        lang = current_language()
        self.contacts.setRowCount(len(contacts))
        for r, c in enumerate(contacts):
            values = [format_datetime(c.at), kinds.label(c.kind, lang) or c.kind,
                      self.tr("%n min", "", c.duration_min), excerpt(c.note)]
            for col, v in enumerate(values):
                self.contacts.setItem(r, col, QTableWidgetItem(v))
        try:
            minutes = sum(w.total_min for w in self.services.time_spent.per_week(self._id))
        except Exception:  # the count of contacts is still right; the total is a help
            minutes = 0
        self.contacts_label.setText(self.tr("Contacts between sessions: {n} · time spent with the person "
                                            "(sessions and contacts): {h} h {m:02d}").format(
            n=len(contacts), h=minutes // 60, m=minutes % 60))

    def _update_session_buttons(self) -> None:
        self.edit_session_button.setEnabled(self.sessions.currentRow() >= 0 and bool(self._interviews))
        selected = self._selected_interview()
        self.session_preview.setPlainText(selected.notes_shareable if selected else "")

    def _goto_tab(self, index: int) -> None:
        if self.tabs.isTabEnabled(index):
            self.tabs.setCurrentIndex(index)
            self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- modified state -------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if self._clean_profile is not None and self.profile.draft() != self._clean_profile:
            return True
        if self._id is None and self._clean_first_acc is not None and self.first_acc.draft() != self._clean_first_acc:
            return True
        return self.accompaniment_panel.has_unsaved_changes()

    def _update_modified(self) -> None:
        self.modified_label.setVisible(self.has_unsaved_changes())

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate everything, then write in one transaction; False (and nothing written) if refused."""
        if self._id is not None and self._detail is None:
            return False
        self.banner.clear_message()
        new = self._id is None
        issues = self.profile.validate()
        acc_issues = self.first_acc.validate() if new else []
        if issues or acc_issues:
            self._refuse(issues, acc_issues)
            return False
        draft = self.profile.draft()
        try:
            if new:
                saved_id = self.services.beneficiaries.create(deepcopy(draft), self.first_acc.draft())
            else:
                assert self._id is not None
                self.services.beneficiaries.update(self._id, deepcopy(draft))
                saved_id = self._id
        except ValidationFailed as exc:
            acc_fields = {"level", "reasons", "first_request_date", "first_appointment_date", "referent"}
            self._refuse([i for i in exc.issues if i.field not in acc_fields],
                         [i for i in exc.issues if i.field in acc_fields] if new else [])
            return False
        except Exception as exc:  # a sentence for the user, details in the log
            self.banner.show_error(describe_exception(exc))
            return False
        self._id = saved_id
        # Pending edits of the accompaniment tab are saved too: Ctrl+S means "save this file".
        acc_ok = new or self.accompaniment_panel.save()
        self.load(related=acc_ok)
        if acc_ok:
            self.banner.show_info(self.tr("Saved."))
        else:
            self.banner.show_error(self.tr("The profile was saved, but not the accompaniment: "
                                           "see the Accompaniment tab."))
            self.tabs.setCurrentIndex(ACCOMPANIMENT_TAB)
        self.saved.emit(saved_id)
        app_events().beneficiaryChanged.emit(saved_id)
        return acc_ok

    def _refuse(self, issues: list[Issue], acc_issues: list[Issue]) -> None:
        self.tabs.setCurrentIndex(PROFILE_TAB)
        self.first_acc.clear_issues()
        unplaced_acc = self.first_acc.show_issues(acc_issues) if acc_issues else []
        self.profile.show_issues(issues + unplaced_acc)
        count = len(self.profile.errors.fields_in_error()) + len(self.first_acc.errors.fields_in_error())
        self.banner.show_error(self.tr("Nothing was saved: %n field(s) need attention (marked in red).", "",
                                       max(count, 1)))
        if acc_issues and not issues:
            self.first_acc.errors.focus_first()
        focused = self.focusWidget()
        if focused is not None:
            self.profile_scroll.ensureWidgetVisible(focused)

    # -- sessions -------------------------------------------------------------------------
    def _selected_interview(self) -> InterviewView | None:
        row = self.sessions.currentRow()
        item = self.sessions.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        iid = item.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self._interviews if i.id == iid), None)

    def new_session(self) -> InterviewDialog | None:
        return self._open_interview(None)

    def guided_session(self, appointment: AppointmentView | None = None) -> QWidget | None:
        """The guided session with the person, in its own window (one per file); ``appointment``:
        the planned appointment it holds (its time and site are the session's, it is done once saved)."""
        if self._id is None or self._detail is None:
            return None
        if self.session_window is not None and self.session_window.isVisible():
            self.session_window.raise_()
            self.session_window.activateWindow()
            return self.session_window
        if self.session_window is not None:  # saved, cancelled or closed: its draft (if any) is in the store
            self.session_window.deleteLater()
            self.session_window = None
        from cep_desk.ui.session.window import open_guided_session

        last_site = next((i.site_id for i in self._detail.interviews if i.site_id), None)
        try:
            window = open_guided_session(self.services, self._id, person_name=self.title(), levels=self.levels,
                                         default_site_id=last_site, parent=self, appointment=appointment)
        except Exception as exc:  # a sentence, the file stays open
            self.banner.show_error(describe_exception(exc))
            return None
        window.saved.connect(lambda _id: self._related_changed())
        window.accompanimentChanged.connect(self._related_changed)
        self.session_window = window
        return window

    def quick_session(self) -> QDialog | None:
        if self._id is None or self._detail is None:
            return None
        from cep_desk.ui.session.quick_session import QuickSessionDialog

        last_site = next((i.site_id for i in self._detail.interviews if i.site_id), None)
        dlg = QuickSessionDialog(self.services, self._id, self._detail.current_accompaniment,
                                 person_name=self.title(), default_site_id=last_site, levels=self.levels, parent=self)
        return self._open_side_dialog(dlg)

    def log_contact(self) -> QDialog | None:
        if self._id is None:
            return None
        from cep_desk.ui.session.contact_log_dialog import ContactLogDialog

        return self._open_side_dialog(ContactLogDialog(self.services, self._id, self.title(), parent=self))

    def _open_side_dialog(self, dlg: QDialog) -> QDialog:
        dlg.saved.connect(lambda _id: self._related_changed())  # type: ignore[attr-defined]
        dlg.finished.connect(lambda _r: dlg.deleteLater())
        self.side_dialog = dlg
        dlg.open()
        return dlg

    def show_history(self) -> QDialog | None:
        if self._id is None:
            return None
        from cep_desk.ui.session.history_dialog import open_history

        return open_history(self.services, self._id, self.title(), self)

    def edit_session(self) -> InterviewDialog | None:
        interview = self._selected_interview()
        return self._open_interview(interview) if interview else None

    def _open_interview(self, interview: InterviewView | None) -> InterviewDialog | None:
        if self._id is None or self._detail is None:
            return None
        last_site = next((i.site_id for i in self._detail.interviews if i.site_id), None)
        dlg = InterviewDialog(self.services, self._id, self._detail.current_accompaniment, interview,
                              default_site_id=last_site, levels=self.levels, parent=self)
        dlg.saved.connect(lambda _id: self._related_changed())
        dlg.accompanimentChanged.connect(self._related_changed)
        dlg.finished.connect(lambda _r: self._dialog_closed(dlg))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _dialog_closed(self, dlg: InterviewDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()
        self.sessions.setFocus()

    # -- closing ------------------------------------------------------------------------
    def request_close(self) -> None:
        """Close, asking first when something typed is not saved yet."""
        if self.has_unsaved_changes():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                              self.tr("This file has changes that are not saved. Save them before closing?"),
                              QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                              | QMessageBox.StandardButton.Cancel, self)
            box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
            box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Close without saving"))
            box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        if self.session_window is not None:
            self.session_window.close()  # its draft is kept: offered back when the session is reopened
        self.closeRequested.emit()
