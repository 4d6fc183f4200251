"""The guided session window: six steps the counsellor and the person go through together.

One ``SessionRecord`` is the whole session: each step edits its part, the
window gathers them (``collect``) for the autosaved draft and for the save,
which ``services.sessions.record`` writes in one transaction. Moving between
steps only swaps a page (and saves the draft), so it is instant.

Nothing typed is lost: any edit starts a 2-second timer (not restarted by
further typing, so a long dictation is saved every 2 s) and moving to another
step saves at once; after a crash, opening the person's session brings the
draft back. Closing the window keeps the draft; Cancel discards it.

Two steps share a value with another: the request in the person's words
(Listen and the diagnosis) and the actions' statuses (Re-read and the plan).
When one of a pair is edited, the other is reloaded from the record before it
is shown again, and the steps are gathered in the order they were last
edited, so the latest edit always wins.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cep_desk.domain import messages as m
from cep_desk.domain.accompaniment import CLOSED, PAUSED, REOPENED, SUSPENDED, TRANSITIONS
from cep_desk.domain.codelists import CodeList
from cep_desk.domain.guided_session import STEPS, SessionRecord, from_payload, to_payload
from cep_desk.domain.messages import ConfirmationNeeded, Issue, ValidationFailed
from cep_desk.services.agenda import AppointmentView
from cep_desk.services.facade import Services
from cep_desk.services.views import SessionContext
from cep_desk.ui.codelist_widgets import StatusBadge
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception, render_issue
from cep_desk.ui.interview_fields import InterviewFields
from cep_desk.ui.language import current_language, format_datetime
from cep_desk.ui.screen import fitting_size
from cep_desk.ui.session.large_type import FACTOR as SIDE_BY_SIDE_FACTOR
from cep_desk.ui.session.large_type import LargeType
from cep_desk.ui.session.pending_drafts import local_time
from cep_desk.ui.session.step import SessionStep
from cep_desk.ui.status_dialog import StatusDialog

log = logging.getLogger(__name__)

AUTOSAVE_MS = 2000
# Which step shares a value with which: editing one makes the other reload before it shows.
SHARED = {"listen": "diagnosis", "diagnosis": "listen", "reread": "plan", "plan": "reread"}
# Where a refused field is edited, by the first part of its name.
FIELD_STEP = {"actions": "plan", "objectives": "plan", "milestones": "plan", "options": "explore",
              "target_jobs": "explore", "next_appointment": "conclude", "follow_up": "conclude"}
INTERVIEW_ISSUE_FIELDS = {"starts_at", "duration_min", "channel", "format", "site_id", "level", "purpose"}


def build_steps(services: Services, parent: QWidget) -> list[SessionStep]:
    """The six steps, in STEPS order."""
    from cep_desk.ui.session.conclude_step import ConcludeStep
    from cep_desk.ui.session.diagnosis_step import DiagnosisStep
    from cep_desk.ui.session.exploration_step import ExploreStep
    from cep_desk.ui.session.listen_step import ListenStep
    from cep_desk.ui.session.plan_step import PlanStep
    from cep_desk.ui.session.reread_step import RereadStep

    return [cls(services, parent) for cls in (RereadStep, ListenStep, DiagnosisStep, ExploreStep, PlanStep,
                                              ConcludeStep)]


STEP_LIST_WIDTH = 230

class GuidedSessionWindow(QWidget):
    """One person's guided session, in its own window (parented to their file).

    Attributes a test can drive: ``steps`` (list, in STEPS order), ``step(key)``, ``goto(index)``,
    ``fields`` (InterviewFields), ``save()``, ``cancel()``, ``side_by_side_action`` (checkable),
    ``undo_action`` / ``redo_action``, ``banner``, ``draft_banner`` + ``discard_draft_button``,
    ``reopen_button``, ``status_button`` (menu of parcours moves), ``save_button``.
    """

    saved = Signal(str)                 # the new interview's id
    accompanimentChanged = Signal()     # a status moved from here: the file refreshes

    def __init__(self, services: Services, beneficiary_id: str, *, levels: CodeList | None = None,
                 default_site_id: str | None = None, person_name: str = "", parent: QWidget | None = None,
                 appointment: AppointmentView | None = None):
        super().__init__(parent)
        self.appointment = appointment   # the planned appointment this session holds: done once saved
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.services = services
        self.beneficiary_id = beneficiary_id
        self.levels = levels or services.counsellor.levels()
        self.person_name = person_name
        self._default_site_id = default_site_id
        self.status_dialog: StatusDialog | None = None
        self._loading = True
        self._dirty = False
        self._finished = False          # saved or cancelled: closing keeps no draft
        self._edit_seq: dict[str, int] = {}
        self._seq = 0
        self._stale: set[str] = set()
        self._watched: set[int] = set()
        self.last_autosave: datetime | None = None
        self.context: SessionContext = services.sessions.prepare(beneficiary_id)  # raises: nothing to show

        self.setWindowTitle(self.tr("Session with {name}").format(name=person_name) if person_name
                            else self.tr("Guided session"))
        self.resize(*fitting_size(1280, 760))
        self.errors = FieldErrors(self)
        self.banner = MessageBanner(self)
        self._base_font = QFont(self.font())

        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addWidget(self._header())
        self.draft_banner = self._draft_row()
        lay.addWidget(self.draft_banner)
        blocked = QHBoxLayout()
        blocked.addWidget(self.banner, 1)
        self.reopen_button = QPushButton(self.tr("Re-&open the accompaniment…"))
        self.reopen_button.setAccessibleName(self.tr("Re-open the accompaniment"))
        self.reopen_button.clicked.connect(lambda: self.change_status(REOPENED))
        self.reopen_button.setVisible(False)
        blocked.addWidget(self.reopen_button)
        lay.addLayout(blocked)

        self.fields_frame = QFrame()
        self.fields_frame.setObjectName("sessionFacts")
        self.fields_frame.setStyleSheet("QFrame#sessionFacts { border: 1px solid #d5dde5; border-radius: 4px; }")
        fl = QVBoxLayout(self.fields_frame)
        fl.setContentsMargins(8, 6, 8, 6)
        self.fields = InterviewFields(services, self.errors, self.banner, levels=self.levels, columns=4)
        fl.addWidget(self.fields)
        lay.addWidget(self.fields_frame)

        body = QHBoxLayout()
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps of the session (Ctrl+1 to Ctrl+6)"))
        self.step_list.setMaximumWidth(STEP_LIST_WIDTH)
        self.step_list.setWordWrap(True)  # in large type "3. Diagnostic partagé" wraps rather than being cut
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.steps: list[SessionStep] = build_steps(services, self)
        self.undo_group = QUndoGroup(self)
        for n, step in enumerate(self.steps):
            item = QListWidgetItem(f"{n + 1}. {step.title()}")
            item.setToolTip(self.tr("Ctrl+{n}").format(n=n + 1))
            self.step_list.addItem(item)
            self.stack.addWidget(step)
            self.undo_group.addStack(step.undo_stack)
            step.edited.connect(lambda k=step.key: self._on_edited(k))
            provider = getattr(step, "record_provider", False)
            if provider is None:
                step.record_provider = self.collect  # type: ignore[attr-defined]
        body.addWidget(self.step_list)
        body.addWidget(self.stack, 1)
        lay.addLayout(body, 1)
        lay.addLayout(self._footer())

        self.large_type = LargeType([self.stack, self.step_list], self._base_font, SIDE_BY_SIDE_FACTOR)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.fields.changed.connect(lambda: self._on_edited(""))
        self._shortcuts()

        self._load_record()
        self.step_list.currentRowChanged.connect(self._row_changed)
        self._update_header()
        self._update_blocked()
        self._loading = False
        self._focus_step(self.steps[self.current_index()])

    # -- building --------------------------------------------------------------------------------
    def _header(self) -> QWidget:
        frame = QFrame()
        frame.setObjectName("sessionHeader")
        frame.setStyleSheet("QFrame#sessionHeader { background: #f4f7fa; border: 1px solid #d5dde5;"
                            " border-radius: 4px; }")
        hl = QHBoxLayout(frame)
        hl.setContentsMargins(12, 6, 12, 6)
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.badge = StatusBadge()
        self.level_label = QLabel()
        self.level_label.setStyleSheet("QLabel { color: #37474f; font-weight: bold; }")
        hl.addWidget(self.name_label)
        hl.addSpacing(10)
        hl.addWidget(self.badge)
        hl.addSpacing(10)
        hl.addWidget(self.level_label)
        hl.addStretch(1)

        self.status_button = QToolButton()
        self.status_button.setText(self.tr("&Accompaniment ▾"))
        self.status_button.setAccessibleName(self.tr("Change the accompaniment's status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setAccessibleName(self.tr("History of the diagnosis and of the plan"))
        self.history_button.clicked.connect(self.show_history)
        self.side_button = QToolButton()
        self.side_button.setAccessibleName(self.tr("Side-by-side mode"))
        hl.addWidget(self.history_button)
        hl.addWidget(self.status_button)
        hl.addWidget(self.side_button)
        return frame

    def _draft_row(self) -> QWidget:
        row = QFrame()
        row.setObjectName("draftRow")
        row.setStyleSheet("QFrame#draftRow { background: #e3ecfa; border: 1px solid #0d3c8c; border-radius: 4px; }")
        hl = QHBoxLayout(row)
        hl.setContentsMargins(10, 4, 10, 4)
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        hl.addWidget(self.draft_label, 1)
        self.discard_draft_button = QPushButton(self.tr("Discard it and start afresh"))
        self.discard_draft_button.setAccessibleName(self.tr("Discard the draft and start afresh"))
        self.discard_draft_button.clicked.connect(self.discard_draft)
        hl.addWidget(self.discard_draft_button)
        row.setVisible(False)
        return row

    def _footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.undo_group_buttons = []
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
            self.undo_group_buttons.append(button)
        self.undo_group_buttons[0].setAccessibleName(self.tr("Undo the last change in this step"))
        self.undo_group_buttons[1].setAccessibleName(self.tr("Redo"))
        self.autosave_label = QLabel()
        self.autosave_label.setStyleSheet("QLabel { color: #546e7a; }")
        row.addSpacing(12)
        row.addWidget(self.autosave_label, 1)
        self.cancel_button = QPushButton(self.tr("Cancel the session"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the session and discard its draft"))
        self.cancel_button.clicked.connect(lambda: self.cancel())
        self.save_button = QPushButton(self.tr("&Save the session"))
        self.save_button.setAccessibleName(self.tr("Save the session"))
        self.save_button.setToolTip(self.tr("Save the whole session (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)

        self.side_by_side_action = QAction(self.tr("Side by side (F11)"), self)
        self.side_by_side_action.setCheckable(True)
        self.side_by_side_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.side_by_side_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.side_by_side_action.setToolTip(self.tr("Large type, only what the person may see (F11)"))
        self.side_by_side_action.toggled.connect(self.set_side_by_side)
        self.addAction(self.side_by_side_action)
        self.side_button.setDefaultAction(self.side_by_side_action)
        self.side_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return row

    def _shortcuts(self) -> None:
        def add(keys: QKeySequence | str, slot: Callable[[], object]) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)

        for n in range(len(self.steps)):
            add(f"Ctrl+{n + 1}", lambda i=n: self.goto(i))
        add("Ctrl+PgDown", lambda: self.goto(self.current_index() + 1))
        add("Ctrl+PgUp", lambda: self.goto(self.current_index() - 1))
        add(QKeySequence(QKeySequence.StandardKey.Save), self.save)

    # -- the record ------------------------------------------------------------------------------
    def _fresh_record(self) -> SessionRecord:
        self.fields.fill_new(self.context.accompaniment, self._default_site_id)
        a = self.appointment
        if a is not None:  # the appointment's day, time, length, site and channel
            self.fields.set_draft(replace(self.fields.draft(), starts_at=a.starts_local, duration_min=a.duration_min,
                                          site_id=a.site_id, channel=a.modality))
        return SessionRecord(interview=self.fields.draft())

    def _load_record(self) -> None:
        draft = self.context.draft
        record: SessionRecord | None = None
        step = ""
        if draft is not None:
            try:
                record = from_payload(draft.payload)
                step = draft.step
            except Exception:  # an unreadable draft must not stop the session: start afresh
                log.exception("unreadable session draft")
                record = None
        if record is None:
            record = self._fresh_record()
            self.draft_banner.setProperty("restored", False)
            self.draft_banner.setVisible(False)
        else:
            self.fields.set_draft(record.interview)
            assert draft is not None
            self.draft_label.setText(self.tr("This session was restored from its draft of {when}: nothing typed "
                                             "was lost.").format(when=format_datetime(local_time(draft.saved_at))))
            self.draft_banner.setProperty("restored", True)
            self.draft_banner.setVisible(True)
        self.record = record
        for s in self.steps:
            s.load(self.context, record)
        self._stale.clear()
        self._edit_seq.clear()
        self._watch_typing()
        index = STEPS.index(step) if step in STEPS else 0
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self.stack.setCurrentIndex(index)
        self.undo_group.setActiveStack(self.steps[index].undo_stack)

    def collect(self) -> SessionRecord:
        """The whole session as typed so far (a new value each time)."""
        record = SessionRecord(interview=self.fields.draft())
        order = sorted(range(len(self.steps)), key=lambda i: (self._edit_seq.get(self.steps[i].key, 0), i))
        for i in order:
            self.steps[i].write_into(record)
        return record

    def step(self, key: str) -> SessionStep:
        return self.steps[STEPS.index(key)]

    # -- editing and autosave ----------------------------------------------------------------------
    def _watch_typing(self) -> None:
        """Typing in any text box counts as an edit, whatever the step does with its signal."""
        for box in self.stack.findChildren(QLineEdit) + self.stack.findChildren(QPlainTextEdit) \
                + self.stack.findChildren(QTextEdit):
            if id(box) in self._watched or (hasattr(box, "isReadOnly") and box.isReadOnly()):
                continue
            self._watched.add(id(box))
            box.textChanged.connect(lambda: self._on_edited(None))

    def _on_edited(self, key: str | None) -> None:
        if self._loading:
            return
        if key:
            self._seq += 1
            self._edit_seq[key] = self._seq
            if key in SHARED:
                self._stale.add(SHARED[key])
        self._dirty = True
        self.large_type.refresh()  # a row added in side-by-side mode gets the large type too
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def autosave(self) -> bool:
        """Write the draft now if anything changed since the last one; True when written."""
        self.autosave_timer.stop()
        if not self._dirty or self._finished:
            return False
        try:
            self.services.drafts.save(self.beneficiary_id, to_payload(self.collect()), step=self.current_key())
        except Exception as exc:  # say it, keep everything on screen, try again on the next edit
            self.autosave_label.setText(self.tr("The draft could not be saved: {reason}").format(
                reason=describe_exception(exc)))
            return False
        self._dirty = False
        self.last_autosave = self.services.ctx.now()
        self.autosave_label.setText(self.tr("Draft saved at {time}").format(
            time=datetime.now().strftime("%H:%M:%S")))
        return True

    def discard_draft(self) -> None:
        """Start afresh: the draft offered back is thrown away (asked first)."""
        answer = QMessageBox.question(self, self.tr("Discard the draft"), self.tr(
            "Discard everything in this draft and start a new session?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._discard_draft_now()
        self.context = self.services.sessions.prepare(self.beneficiary_id)
        self._loading = True
        try:
            self._load_record()
        finally:
            self._loading = False
        self._dirty = False

    def _discard_draft_now(self) -> None:
        try:
            self.services.drafts.discard(self.beneficiary_id)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))

    # -- moving between steps --------------------------------------------------------------------
    def current_index(self) -> int:
        return self.stack.currentIndex()

    def current_key(self) -> str:
        return self.steps[self.current_index()].key

    def goto(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.step_list.setCurrentRow(index)

    def _row_changed(self, index: int) -> None:
        if index < 0:
            return
        step = self.steps[index]
        if step.key in self._stale or hasattr(step, "entered"):
            record = self.collect()
            if step.key in self._stale:
                self._stale.discard(step.key)
                self._loading = True
                try:
                    step.load(self.context, record)
                    if self.is_side_by_side():
                        step.set_side_by_side(True)
                finally:
                    self._loading = False
                self._watch_typing()
            entered = getattr(step, "entered", None)
            if entered is not None:
                entered(record)
        self.stack.setCurrentIndex(index)
        self.large_type.refresh()
        self.undo_group.setActiveStack(step.undo_stack)
        if self._dirty:  # right after the new page is painted: the move itself stays instant
            QTimer.singleShot(0, self.autosave)
        self._focus_step(step)

    def _focus_step(self, step: SessionStep) -> None:
        """The keyboard lands in the step just shown (its first field), or on the step list."""
        for child in step.findChildren(QWidget):
            if child.isVisibleTo(step) and child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
                child.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.step_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- side by side ------------------------------------------------------------------------------
    def set_side_by_side(self, on: bool) -> None:
        """Large type and only what the person may see: private notes and counsellor-only fields
        are hidden, and so are the session's administrative facts (level, site…)."""
        if self.side_by_side_action.isChecked() != on:
            self.side_by_side_action.setChecked(on)  # comes back here through toggled
            return
        if on:
            self.large_type.note_sizes()
        for s in self.steps:
            s.set_side_by_side(on)
        self.large_type.apply(on)
        self.fields_frame.setVisible(not on)
        self.draft_banner.setVisible(not on and self.draft_banner.property("restored") is True)
        self.level_label.setVisible(not on and bool(self.level_label.text()))
        self.status_button.setVisible(not on)
        self.history_button.setVisible(not on)

    def is_side_by_side(self) -> bool:
        return self.side_by_side_action.isChecked()

    # -- accompaniment status ------------------------------------------------------------------------
    def _update_header(self) -> None:
        self.name_label.setText(self.person_name)
        self.name_label.setVisible(bool(self.person_name))
        acc = self.context.accompaniment
        self.badge.set_status(acc.status if acc else None)
        level = (self.levels.label(acc.level, current_language()) or acc.level) if acc else ""
        self.level_label.setText(self.tr("Service level: {level}").format(level=level) if level else "")
        self.level_label.setVisible(bool(level) and not self.is_side_by_side())
        self.status_menu.clear()
        if acc is None:
            self.status_button.setEnabled(False)
            return
        self.status_button.setEnabled(True)
        texts = {PAUSED: self.tr("&Pause, with a return date…"), SUSPENDED: self.tr("Partner &relay…"),
                 CLOSED: self.tr("&Close, with a reason…"), REOPENED: self.tr("Re-&open…")}
        for target in sorted(TRANSITIONS.get(acc.status, frozenset())):
            action = self.status_menu.addAction(texts.get(target, self.tr("&Resume")))
            action.triggered.connect(lambda _c=False, t=target: self.change_status(t))

    def _update_blocked(self) -> None:
        blocked = not self.context.can_record
        self.save_button.setEnabled(not blocked)
        self.reopen_button.setVisible(blocked)
        if blocked:
            self.banner.show_warning(render_issue(Issue("accompaniment", m.SESSION_ON_CLOSED)))
        elif self.banner.isVisible() and self.banner.text() == render_issue(Issue("accompaniment",
                                                                                   m.SESSION_ON_CLOSED)):
            self.banner.clear_message()

    def change_status(self, target: str) -> StatusDialog | None:
        acc = self.context.accompaniment
        if acc is None:
            return None
        dlg = StatusDialog(self.services, acc.id, acc.status, target, self)
        dlg.accepted.connect(self._status_changed)
        self.status_dialog = dlg
        dlg.open()
        return dlg

    def _status_changed(self) -> None:
        try:
            accs = self.services.accompaniments.for_beneficiary(self.beneficiary_id)
        except Exception as exc:
            self.banner.show_error(describe_exception(exc))
            return
        acc = self.context.accompaniment
        current = next((a for a in accs if acc and a.id == acc.id), acc)
        self.context = replace(self.context, accompaniment=current)
        self._update_header()
        self._update_blocked()
        self.accompanimentChanged.emit()

    # -- history ---------------------------------------------------------------------------------
    def show_history(self) -> QWidget | None:
        from cep_desk.ui.session.history_dialog import open_history

        return open_history(self.services, self.beneficiary_id, self.person_name, self)

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> str | None:
        """Save the whole session in one transaction; the new interview id, or None when refused."""
        if not self.save_button.isEnabled():
            return None
        self.errors.clear_all()
        if not self.context.can_record:
            return None
        self.banner.clear_message()
        record = self.collect()
        acc = self.context.accompaniment
        confirmed = False
        while True:
            try:
                saved = self.services.sessions.record(self.beneficiary_id, acc.id if acc else None, record,
                                                      confirmed=confirmed)
                break
            except ConfirmationNeeded as exc:
                if not self._confirm(exc.issues, record):
                    self.banner.show_warning(self.tr("Not saved yet: change what was asked about, or save "
                                                     "again and confirm."))
                    return None
                confirmed = True
            except ValidationFailed as exc:
                self._refused(exc.issues, record)
                return None
            except Exception as exc:  # a sentence for the user; everything typed stays here
                self.banner.show_error(describe_exception(exc))
                return None
        self._finished = True
        self.autosave_timer.stop()
        if self.appointment is not None and not self.appointment.id.startswith("conclusion:"):
            # A separate, small write once the session is safe; cancelled meanwhile: it stays as it is.
            with contextlib.suppress(LookupError, ValueError):
                self.services.agenda.mark_done(self.appointment.id, saved.interview_id)
        self.saved.emit(saved.interview_id)
        self.close()
        return saved.interview_id

    def _describe(self, issue: Issue, record: SessionRecord) -> str:
        """The message, naming the action it is about ("Action “Send the CV”: …")."""
        head = issue.field.split(".")[0]
        if head.startswith("actions[") and record.plan is not None:
            try:
                label = record.plan.actions[int(head[len("actions["):-1])].label
            except (ValueError, IndexError):
                return render_issue(issue)
            return self.tr("Action “{action}”: {problem}").format(action=label, problem=render_issue(issue))
        return render_issue(issue)

    def _confirm(self, issues: list[Issue], record: SessionRecord) -> bool:
        reasons = "\n".join(f"• {self._describe(i, record)}" for i in issues)
        answer = QMessageBox.question(
            self, self.tr("Please confirm"),
            self.tr("Please check with the person:\n\n{reasons}\n\nSave the session anyway?").format(reasons=reasons),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _refused(self, issues: list[Issue], record: SessionRecord) -> None:
        """Each issue under its field when the field is here, the rest listed; go to the first step concerned."""
        here = [i for i in issues if i.field in INTERVIEW_ISSUE_FIELDS]
        others = [i for i in issues if i.field not in INTERVIEW_ISSUE_FIELDS]
        self.errors.show_issues(here)
        lines = [self.tr("Nothing was saved:")]
        target: str | None = None
        for issue in others:
            key = FIELD_STEP.get(issue.field.split("[")[0].split(".")[0], "diagnosis")
            if issue.field == "accompaniment":
                key = ""
            target = target or key or None
            title = self.step(key).title() if key else ""
            lines.append(f"• {title + ' — ' if title else ''}{self._describe(issue, record)}")
        if here:
            lines.append(self.tr("• See the fields marked in red above."))
        self.banner.show_error("\n".join(lines))
        for step in self.steps:
            show = getattr(step, "show_issues", None)
            if show is not None:
                show(issues)
        if here:
            self.fields_frame.setVisible(True)
            self.errors.focus_first()
        elif target:
            self.goto(STEPS.index(target))

    def cancel(self) -> bool:
        """Give up this session: asks, then discards the draft and closes; True when done."""
        answer = QMessageBox.question(self, self.tr("Cancel the session"), self.tr(
            "Cancel this session? Nothing of it will be saved and its draft is discarded."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._finished = True
        self.autosave_timer.stop()
        self._discard_draft_now()
        self.close()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing without saving keeps the draft: it is offered back next time."""
        if not self._finished:
            self.autosave()
        super().closeEvent(event)


def open_guided_session(services: Services, beneficiary_id: str, *, person_name: str = "",
                        levels: CodeList | None = None, default_site_id: str | None = None,
                        parent: QWidget | None = None, appointment: AppointmentView | None = None
                        ) -> GuidedSessionWindow:
    """Build and show the window (raises LookupError / StoreError like ``prepare``)."""
    window = GuidedSessionWindow(services, beneficiary_id, levels=levels, default_site_id=default_site_id,
                                 person_name=person_name, parent=parent, appointment=appointment)
    window.show()
    return window
