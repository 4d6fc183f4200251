"""UI test hygiene: no window outlives the test that opened it.

A dialog a test leaves open (a status change not accepted, a message box shown by
``open()``) stays a visible, often modal, top-level widget for every later test in the
same process: keyboard input then goes to it, ``activeModalWidget`` is not None, and an
application-modal box can hold the event loop. Closing and deleting the modal windows left
after each test keeps the tests independent of their order.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _close_leftover_windows(qapp: QApplication) -> Iterator[None]:
    yield
    for _ in range(10):  # a modal dialog may have opened another one over itself
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()
