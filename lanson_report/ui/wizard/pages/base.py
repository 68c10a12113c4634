"""What every wizard page offers the editor: load, apply, focus a field, read-only."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from ....domain.model import Draft
from ..binding import Binding, Field
from ..listmodel import ListView

NO_EDIT = QTableView.EditTrigger.NoEditTriggers
EDIT = (
    QTableView.EditTrigger.DoubleClicked
    | QTableView.EditTrigger.EditKeyPressed
    | QTableView.EditTrigger.AnyKeyPressed
)


def field_prefixes(field: str) -> list[str]:
    """`recipients[1].name` → itself, `recipients[1]`, `recipients`: longest first."""
    cuts = [match.start() for match in re.finditer(r"[.\[]", field)]
    return [field] + [field[:cut] for cut in reversed(cuts)]


def index_after(field: str, prefix: str) -> int | None:
    """The list index right after `prefix`: 1 for `recipients[1].name` after `recipients`."""
    match = re.match(r"\[(\d+)\]", field[len(prefix) :])
    return int(match[1]) if match else None


def show_item(widget: QWidget, index: int | None) -> None:
    """Put the cursor on the index-th line of a text box, or the index-th row of a table."""
    if index is None:
        return
    if isinstance(widget, QTableView) and index < widget.model().rowCount():
        widget.setCurrentIndex(widget.model().index(index, 0))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        block = widget.document().findBlockByNumber(index)
        if block.isValid():
            widget.setTextCursor(QTextCursor(block))


class Page(QWidget):
    """One step of the wizard.

    A page with bound fields (`bind`) keeps the draft it was loaded with in step with its
    widgets: every change is read back into it at once, then `show_printed` shows what
    will print. Other pages write to the draft in apply(), when the editor collects.
    """

    changed = Signal()  # the clerk changed something: the editor restarts its autosave timer
    step_name = ""  # a short stable name: the session stores it, not the position
    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._fields: dict[str, QWidget] = {}
        self.draft: Draft | None = None  # the draft last loaded, kept in step when bound
        self.binding: Binding | None = None

    def bind(self, *fields: Field) -> None:
        """Name the page's fields once: they are registered, watched, filled and read."""
        self.binding = Binding(fields)
        for field in fields:
            self.register(field.path, field.widget)
            self.watch(field.widget)
        self.changed.connect(self.follow)

    def load(self, draft: Draft) -> None:
        """Show the draft in the widgets (only when a draft is opened, never while typing)."""
        self.draft = draft
        self._loading = True
        try:
            self.fill(draft)
        finally:
            self._loading = False
        if self.binding is not None:
            self.follow()

    def follow(self) -> None:
        """Bring the widgets' values into the draft and show what will print."""
        if self.draft is not None:
            self.apply(self.draft)
            self.show_printed(self.draft)

    def show_printed(self, draft: Draft) -> None:
        """Pages that show an excerpt of the printed report refresh it here."""

    def fill(self, draft: Draft) -> None:
        if self.binding is None:
            raise NotImplementedError
        self.binding.fill(draft)

    def apply(self, draft: Draft) -> None:
        """Write the widgets' values into the draft."""
        if self.binding is None:
            raise NotImplementedError
        self.binding.read(draft)

    def shown(self, draft: Draft) -> None:
        """The page became the current step (previews refresh here)."""

    def emit_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def watch(self, *widgets: QWidget) -> None:
        """Report any edit of these widgets as a change."""
        for widget in widgets:
            for name in (
                "currentTextChanged",
                "textChanged",
                "valueChanged",
                "toggled",
                "dateChanged",
                "cellChanged",
            ):
                signal = getattr(widget, name, None)
                if signal is not None and hasattr(signal, "connect"):
                    signal.connect(self.emit_changed)
                    break

    def register(self, field: str, widget: QWidget) -> None:
        """Remember which widget edits a draft-file path, for the missing-fields list."""
        self._fields[field] = widget

    def focus_field(self, field: str) -> bool:
        """Go to the widget that edits `field`, or to the nearest enclosing one registered."""
        if self.focus_item(field):
            return True
        for prefix in field_prefixes(field):
            widget = self._fields.get(prefix)
            if widget is not None:
                show_item(widget, index_after(field, prefix))
                widget.setFocus()
                return True
        inside = [name for name in self._fields if name.startswith(f"{field}.")]
        if inside:  # `date` is edited as `date.day`, `date.month`…: go to the first
            self._fields[inside[0]].setFocus()
            return True
        return False

    def focus_first(self) -> None:
        """Put the cursor in the page's first field, as when a dialog opens."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def focus_item(self, field: str) -> bool:
        """Pages whose lists need more than a row to show one item override this."""
        return False

    def writing_at(self) -> str:
        """The draft path of the field being written in on this page ("" for none):
        the live page shows where it prints."""
        # the page's own last focused field: QApplication's is None while the window is
        # not the active one, which must not send the page beside back to page 1
        focused = self.focusWidget()
        if focused is None:
            return ""
        for field, widget in self._fields.items():
            if focused is widget or widget.isAncestorOf(focused):
                return field
        return ""

    def set_read_only(self, read_only: bool) -> None:
        """An issued report is shown but cannot be changed."""
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
                widget.setReadOnly(read_only)
            elif isinstance(widget, ListView):  # lists edited in place
                widget.setEditTriggers(NO_EDIT if read_only else EDIT)
            elif isinstance(widget, QComboBox | QAbstractButton) and not widget.property(
                "keep_enabled"
            ):
                widget.setEnabled(not read_only)
