"""The Alt+letter mnemonics a clerk can press on the screen being shown."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QWidget


def _text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return widget.text()
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return widget.title()
    return ""


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each Alt+letter in use on the visible screen (a window or dialog), with its claimants."""
    found: dict[str, list[str]] = defaultdict(list)
    menus = window.menuBar().actions() if isinstance(window, QMainWindow) else []
    for action in menus:
        key = QKeySequence.mnemonic(action.text()).toString()
        if key:
            found[key].append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        text = _text(widget)
        if text and widget.isVisibleTo(window) and widget.isEnabled():
            key = QKeySequence.mnemonic(text).toString()
            if key:
                found[key].append(text)
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in mnemonics(window).items() if len(texts) > 1}
