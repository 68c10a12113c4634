"""Every modal dialog the app opens goes through here, so tests can patch this one module.

Qt has no Vietnamese translation, so each button text is set explicitly.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from ...domain.errors import ReportError

DRAFT_FILTER = "Tệp bản nháp (*.json);;Mọi tệp (*)"
PDF_FILTER = "Tệp PDF (*.pdf)"
DOCX_FILTER = "Tệp Word (*.docx)"
REPLY_FILTER = "Bản gửi của đơn vị (*.docx *.json);;Tệp Word (*.docx);;Tệp bản nháp (*.json)"


Role = QMessageBox.ButtonRole
ICONS = {
    "info": QMessageBox.Icon.Information,
    "warn": QMessageBox.Icon.Warning,
    "error": QMessageBox.Icon.Critical,
    "ask": QMessageBox.Icon.Question,
}


def quote(text: str, limit: int = 120, longest_word: int = 40) -> str:
    """The clerk's text shortened for a message: a message box grows to its longest
    unbreakable run and then cuts off the question below it."""
    words = [w if len(w) <= longest_word else f"{w[:longest_word]}…" for w in text.split()]
    short = " ".join(words)
    if len(short) > limit:
        short = short[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return short


def message_box(
    parent: QWidget | None,
    kind: str,
    title: str,
    text: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole]],
    details: str = "",
) -> QMessageBox:
    """A message box with Vietnamese buttons (the first one is the default)."""
    box = QMessageBox(ICONS[kind], title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)  # its button is translated by i18n.Translator
    added = [box.addButton(label, role) for label, role in buttons]
    box.setDefaultButton(added[0])
    box.setEscapeButton(added[-1])
    return box


def _show(parent: QWidget | None, kind: str, title: str, text: str, details: str = "") -> None:
    message_box(parent, kind, title, text, [("OK", Role.AcceptRole)], details).exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, "info", title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, "warn", title, text)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    _show(parent, "error", title, text, details)


def ask(parent: QWidget | None, title: str, text: str, yes: str = "Có", no: str = "Không") -> bool:
    """A yes/no question; Escape answers no."""
    box = message_box(parent, "ask", title, text, [(yes, Role.YesRole), (no, Role.NoRole)])
    box.exec()
    return box.clickedButton() is box.defaultButton()


def choose(
    parent: QWidget | None, kind: str, title: str, text: str, buttons: list[str]
) -> int | None:
    """A message with several answers: the index of the one clicked; None for Escape."""
    roles = [Role.AcceptRole] * (len(buttons) - 1) + [Role.RejectRole]
    box = message_box(parent, kind, title, text, list(zip(buttons, roles, strict=True)))
    box.exec()
    for index, button in enumerate(box.buttons()):
        if button is box.clickedButton():
            return index if index < len(buttons) - 1 else None
    return None


class FolderMemory:
    """The folder of the last file opened or saved, so the next dialog starts there."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        self.on_change: Callable[[Path], object] | None = None  # to keep it between runs

    def remember(self, path: Path) -> None:
        self.folder = path.parent
        if self.on_change is not None:
            self.on_change(self.folder)

    def current(self, default: Path) -> Path:
        return self.folder if self.folder is not None and self.folder.is_dir() else default

    def start_in(self, suggested: Path) -> Path:
        """Where a save dialog opens: the suggested name in the remembered folder."""
        return self.current(suggested.parent) / suggested.name


folders = FolderMemory()


def open_file(parent: QWidget | None, title: str, filter: str = DRAFT_FILTER) -> Path | None:
    start = folders.current(Path.home())
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filter)
    if name:
        folders.remember(Path(name))
    return Path(name) if name else None


def open_files(parent: QWidget | None, title: str, filter: str = DRAFT_FILTER) -> list[Path]:
    """Several files at once (Ctrl or Shift click); [] when the clerk cancels."""
    start = folders.current(Path.home())
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start), filter)
    if names:
        folders.remember(Path(names[0]))
    return [Path(name) for name in names]


def pick(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """One of the items, chosen in a list; None when the clerk cancels."""
    from PySide6.QtWidgets import QInputDialog

    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return str(item) if ok else None


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    start = folders.current(Path.home())
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    if name:
        folders.remember(Path(name) / "_")  # remembered as the folder of a file in it
    return Path(name) if name else None


def save_file(
    parent: QWidget | None, title: str, suggested: Path, filter: str = PDF_FILTER
) -> Path | None:
    start = folders.start_in(suggested)
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filter)
    if name:
        folders.remember(Path(name))
    return Path(name) if name else None


def input_dialog(
    parent: QWidget | None,
    title: str,
    label: str,
    mode: QInputDialog.InputMode = QInputDialog.InputMode.TextInput,
) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    # The mode first: setting a button text builds the text field, and switching to a
    # number afterwards leaves OK disabled until the clerk edits the value.
    dialog.setInputMode(mode)
    dialog.setLabelText(label)
    dialog.setOkButtonText("OK")
    dialog.setCancelButtonText("Hủy")
    return dialog


def int_dialog(
    parent: QWidget | None, title: str, label: str, value: int, minimum: int, maximum: int
) -> QInputDialog:
    dialog = input_dialog(parent, title, label, QInputDialog.InputMode.IntInput)
    dialog.setIntRange(minimum, maximum)
    dialog.setIntValue(value)
    return dialog


def get_int(
    parent: QWidget | None, title: str, label: str, value: int, minimum: int, maximum: int
) -> int | None:
    dialog = int_dialog(parent, title, label, value, minimum, maximum)
    return dialog.intValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def get_text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
    """A line of text from the clerk, or None when they cancel."""
    dialog = input_dialog(parent, title, label)
    dialog.setTextValue(value)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_report(dialog: QDialog) -> bool:
    """The new-report dialog (kind, period, outline): True when the clerk creates the report."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def exec_dialog(dialog: QDialog) -> bool:
    """Run one of the app's own dialogs; True when the clerk accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_dialog(dialog: QDialog) -> bool:
    """The system print dialog (patched in tests: it would wait for a click)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


@contextlib.contextmanager
def reporting(parent: QWidget | None, title: str) -> Iterator[None]:
    """Turn a ReportError raised inside the block into an error dialog in clerk words."""
    from ..common.texts import explain

    try:
        yield
    except ReportError as exc:
        error(parent, title, explain(exc))
