"""The history of a person's diagnosis and plan, in a window of its own.

Opened from the guided session and from the person's file: the counsellor
looks back without leaving what they are typing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cep_desk.services.facade import Services
from cep_desk.ui.field_errors import describe_exception
from cep_desk.ui.screen import fitting_size


class HistoryDialog(QDialog):
    """``view``: the history widget (``HistoryView`` when installed)."""

    def __init__(self, services: Services, beneficiary_id: str, person_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History — {name}").format(name=person_name) if person_name
                            else self.tr("History of the diagnosis and of the plan"))
        self.resize(*fitting_size(1100, 700))
        lay = QVBoxLayout(self)
        self.view: QWidget
        try:
            from cep_desk.ui.session.history_view import HistoryView
        except ImportError:
            self.view = QLabel(self.tr("The history is not available in this version."))
        else:
            self.view = HistoryView(services, self)
            try:
                self.view.load(beneficiary_id)
            except Exception as exc:  # a sentence, not a trace
                self.view = QLabel(describe_exception(exc))
        lay.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def open_history(services: Services, beneficiary_id: str, person_name: str = "",
                 parent: QWidget | None = None) -> HistoryDialog:
    dlg = HistoryDialog(services, beneficiary_id, person_name, parent)
    dlg.open()
    return dlg
