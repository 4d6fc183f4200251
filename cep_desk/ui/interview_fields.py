"""The facts of one session — when, how long, how, where, level, purpose — as one widget.

Shared by the session dialog (record or edit a session afterwards) and the
guided session window (the session typed with the person), so both open on
the same defaults: "now" rounded to the quarter hour, 60 minutes, face to
face, at the last site used, at the accompaniment's level. The notes are not
here: each screen places them its own way.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from cep_desk.domain.codelists import CodeList, referentials
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.text import fold
from cep_desk.services.facade import Services
from cep_desk.services.views import AccompanimentView, SiteView
from cep_desk.ui.codelist_widgets import CodeCombo, OptionalDateEdit
from cep_desk.ui.field_errors import FieldErrors, MessageBanner, describe_exception
from cep_desk.ui.language import current_language


def rounded_now(now: datetime, minutes: int = 15) -> datetime:
    """Now, to the nearest quarter hour: sessions are booked on round times."""
    base = now.replace(second=0, microsecond=0, minute=0)
    steps = round((now.minute + now.second / 60) / minutes)
    return base + timedelta(minutes=steps * minutes)


def site_label(site: SiteView) -> str:
    """"Permanence — Saint-Affrique": the kind first, since a permanence changes what is possible.

    A name that already says its kind ("Saint-Affrique – permanence") is shown as it is.
    """
    kinds = referentials()["site_kind"]
    kind = kinds.label(site.kind, current_language())
    # Site names are typed in French whatever the interface language.
    if not kind or any(fold(label) in fold(site.name) for label in (kind, kinds.label(site.kind, "fr")) if label):
        return site.name
    return f"{kind} — {site.name}"


def _form(compact: bool) -> QFormLayout:
    """Compact (several columns side by side): fields keep their natural width."""
    f = QFormLayout()
    f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow if compact
                           else QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    f.setHorizontalSpacing(12)
    f.setVerticalSpacing(8)
    return f


class InterviewFields(QWidget):
    """Date, time, duration, channel, format, site, level, purpose; errors shown under each field.

    ``columns``: 2 in the dialog, 3 or 4 where height is precious (quick mode, the session window).
    """

    changed = Signal()

    def __init__(self, services: Services, errors: FieldErrors, banner: MessageBanner, *,
                 levels: CodeList | None = None, current_site_id: str | None = None, columns: int = 2,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.banner = banner
        self.levels = levels or services.counsellor.levels()
        ref = referentials()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        forms = [_form(columns > 2) for _ in range(columns)]
        for n, f in enumerate(forms):
            grid.addLayout(f, 0, n)
        order = [forms[min(i * columns // 7, columns - 1)] for i in range(7)]

        self.day = OptionalDateEdit(optional=False)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        when = QWidget()
        wl = QHBoxLayout(when)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.day)
        time_label = QLabel(self.tr("at &time"))
        time_label.setBuddy(self.time)
        wl.addWidget(time_label)
        wl.addWidget(self.time)
        wl.addStretch(1)
        self.day.set_accessible_name(self.tr("Session date"))
        self.time.setAccessibleName(self.tr("Session start time"))
        day_label = QLabel(self.tr("&Date"))
        day_label.setBuddy(self.day.edit)
        order[0].addRow(day_label, errors.wrap("starts_at", when, self.day.edit))

        self.duration = QSpinBox()
        self.duration.setRange(1, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        errors.add_row(order[1], self.tr("D&uration"), "duration_min", self.duration, self.tr("Duration in minutes"))
        self.channel = CodeCombo(ref["modality_channel"], allow_unset=False)
        errors.add_row(order[2], self.tr("&Channel"), "channel", self.channel, self.tr("Channel"))
        self.format = CodeCombo(ref["modality_format"], allow_unset=False)
        errors.add_row(order[3], self.tr("&Format"), "format", self.format, self.tr("Individual or group"))

        self.site = QComboBox()
        self.sites = self._load_sites(current_site_id)
        self.site.addItem(self.tr("— no site (phone, video…) —"), None)
        for s in self.sites:
            self.site.addItem(site_label(s) + ("" if s.active else self.tr(" (inactive)")), s.id)
        errors.add_row(order[4], self.tr("S&ite"), "site_id", self.site, self.tr("Site or permanence"))
        self.level = CodeCombo(self.levels, allow_unset=False)
        errors.add_row(order[5], self.tr("Le&vel"), "level", self.level, self.tr("Service level"))
        self.purpose = CodeCombo(ref["session_purpose"], allow_unset=False)
        errors.add_row(order[6], self.tr("&Purpose"), "purpose", self.purpose, self.tr("Purpose of the session"))

        self.day.edit.dateChanged.connect(self.changed)
        self.time.timeChanged.connect(self.changed)
        self.duration.valueChanged.connect(self.changed)
        for combo in (self.channel, self.format, self.site, self.level, self.purpose):
            combo.currentIndexChanged.connect(self.changed)

    def _load_sites(self, current_site_id: str | None) -> list[SiteView]:
        try:
            sites = self.services.counsellor.sites(include_inactive=True)
        except Exception as exc:  # the session can still be recorded without a site
            self.banner.show_error(describe_exception(exc))
            return []
        return [s for s in sites if s.active or s.id == current_site_id]

    def fill_new(self, accompaniment: AccompanimentView | None, default_site_id: str | None) -> None:
        """The defaults of a new session."""
        start = rounded_now(self.services.ctx.now())
        site_id = default_site_id if default_site_id else (self.sites[0].id if len(self.sites) == 1 else None)
        self.set_draft(InterviewDraft(
            starts_at=start, site_id=site_id,
            level=accompaniment.level if accompaniment else (self.levels.codes[0].code if self.levels.codes else "")))

    def set_draft(self, d: InterviewDraft) -> None:
        """Show a session's facts (its notes are the caller's)."""
        self.day.set_date(d.starts_at.date())
        self.time.setTime(QTime(d.starts_at.hour, d.starts_at.minute))
        self.duration.setValue(d.duration_min)
        self.channel.set_code(d.channel)
        self.format.set_code(d.format)
        self.level.set_code(d.level)
        self.purpose.set_code(d.purpose)
        index = self.site.findData(d.site_id) if d.site_id else 0
        self.site.setCurrentIndex(max(index, 0))

    def draft(self, notes_shareable: str = "", notes_private: str = "") -> InterviewDraft:
        d = self.day.date()
        t = self.time.time()
        assert d is not None  # the session date is never optional
        return InterviewDraft(
            starts_at=datetime(d.year, d.month, d.day, t.hour(), t.minute()),
            duration_min=self.duration.value(),
            channel=self.channel.code() or "",
            format=self.format.code() or "",
            site_id=self.site.currentData(),
            level=self.level.code() or "",
            purpose=self.purpose.code() or "",
            notes_shareable=notes_shareable,
            notes_private=notes_private,
        )
