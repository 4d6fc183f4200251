"""Window sizes that fit the screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

FRAME = 40  # title bar and borders drawn by the window manager


def fitting_size(width: int, height: int) -> tuple[int, int]:
    """The preferred size, shrunk to the screen's free area: 1366×768 laptops are common in
    outreach offices, and a window taller than the screen hides its status bar and buttons."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return width, height
    free = screen.availableGeometry()
    return min(width, free.width()), min(height, max(480, free.height() - FRAME))
