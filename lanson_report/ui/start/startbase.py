"""What the start screen's actions and dialogs see of it: the store, the list, two signals.

The screen (start.py) calls its actions (startactions.py); the actions know the screen only
through this base, so neither module imports the other both ways.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class StartScreenBase(QWidget):
    open_requested = Signal(str)  # draft id
    message = Signal(str)  # for the status bar

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def refresh(self, select: str | None = None) -> None:
        """Reload the list from the store, keeping (or moving to `select`) the selection."""
        raise NotImplementedError

    def selected_id(self) -> str | None:
        """The id of the chosen report, if one is chosen."""
        raise NotImplementedError
