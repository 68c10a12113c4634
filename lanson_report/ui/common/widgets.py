"""Small shared widgets: combos with an NFC line edit, list buttons, a printed-text preview."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from ...domain.text import nfc
from .fields import LineEdit

PRINT_FONT = "Liberation Serif"


def combo(choices: Iterable[str], editable: bool = True) -> QComboBox:
    """A combo box offering usual values; editable ones still accept any text."""
    box = QComboBox()
    if editable:
        box.setEditable(True)
        box.setLineEdit(LineEdit())
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(list(choices))
    return box


def combo_value(box: QComboBox) -> str:
    return nfc(box.currentText()).strip()


def button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.clicked.connect(lambda: slot())  # not the "checked" argument
    if tip:
        widget.setToolTip(tip)
    return widget


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class PrintedText(QLabel):
    """Text shown as it will print: the PDF's serif face, wrapped, on a white sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        font = QFont(PRINT_FONT)
        font.setPointSize(12)
        self.setFont(font)
        self.setMargin(10)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white; color: black; border: 1px solid #bbb;")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)


def fixed_lines(preview: PrintedText, lines: int) -> QScrollArea:
    """The preview at a fixed height, scrolling when longer.

    A preview that grows with its text squeezes the table above it and moves the
    buttons the clerk is about to click again; a fixed height keeps them in place.
    """
    area = QScrollArea()
    area.setWidget(preview)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFixedHeight(preview.fontMetrics().lineSpacing() * lines + 2 * preview.margin() + 4)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
