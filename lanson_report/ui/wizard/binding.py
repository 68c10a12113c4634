"""A page's fields named once: which widget edits which path of the Draft.

One table per page builds the links (the missing-fields list finds the widget by path,
edits are reported as changes), fills the widgets from a draft and reads them back.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...domain.model import Draft

Getter = Callable[[], Any]
Putter = Callable[[Any], None]


@dataclass(frozen=True)
class Field:
    """`path` in the draft (as the draft file names it) is edited in `widget`.

    `get` and `put` read and show the value when the widget's own text or number is not
    the draft's value as is (a blank day is None, the signer's lines come from two boxes).
    """

    path: str
    widget: QWidget
    get: Getter | None = None
    put: Putter | None = None

    def read(self) -> Any:
        return self.get() if self.get is not None else _value(self.widget)

    def show(self, value: Any) -> None:
        if self.put is not None:
            self.put(value)
        else:
            _show(self.widget, value)


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QSpinBox):
        return widget.value()
    value: Callable[[], str] | None = getattr(widget, "value", None)
    if value is not None:  # the app's LineEdit and PlainTextEdit: NFC, stripped
        return value()
    raise TypeError(f"no way to read a {type(widget).__name__}: give the field a get")


def _show(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QSpinBox):
        widget.setValue(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    else:
        raise TypeError(f"no way to show a value in a {type(widget).__name__}: give a put")


def get_path(draft: Draft, path: str) -> Any:
    return functools.reduce(getattr, path.split("."), draft)


def set_path(target: Any, path: str, value: Any) -> None:
    """Set a dotted path; the parts on the way are copied, never changed where they are shared
    (a new draft's signer may be the very object in the settings)."""
    name, _, rest = path.partition(".")
    if rest:
        part = copy.copy(getattr(target, name))
        set_path(part, rest, value)
        value = part
    setattr(target, name, value)


class Binding:
    """The fields of one page, in the order they are filled."""

    def __init__(self, fields: Iterable[Field]) -> None:
        self.fields = tuple(fields)

    def fill(self, draft: Draft) -> None:
        for field in self.fields:
            field.show(get_path(draft, field.path))

    def read(self, draft: Draft) -> None:
        for field in self.fields:
            set_path(draft, field.path, field.read())


def blank_zero(spin: QSpinBox) -> tuple[Getter, Putter]:
    """A spin box whose 0 shows "(để trống)": None in the draft, left for the hand."""
    return (lambda: spin.value() or None), (lambda value: spin.setValue(value or 0))
