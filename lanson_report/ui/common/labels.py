"""Small form pieces with no editing of their own: a label that leads to its field, OK/Hủy.

Kept apart from fields.py (the editors) so that dialogs those editors open can use them
without importing the editors back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget


def ok_cancel(ok: str = "OK") -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
    return box


def buddy(text: str, field: QWidget) -> QLabel:
    """A form label whose mnemonic (&) moves focus to its field."""
    label = QLabel(text)
    label.setBuddy(field)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label
