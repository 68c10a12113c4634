"""Qt's own texts in Vietnamese; a long session of Qt calls keeps the interpreter alive."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from lanson_report.ui.common import i18n


def test_standard_buttons_and_edit_menu_are_vietnamese(qtbot: Any) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Có", "Hủy"]
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert texts == ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"]
    assert any("Ctrl+V" in a.text() for a in menu.actions()), "key names are left alone"
    menu.deleteLater()


def test_a_long_session_of_qt_calls_does_not_exhaust_none(qapp: Any, qtbot: Any) -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call (see compat.py)."""
    i18n.install(qapp)
    field, timer = QLineEdit(), QTimer()
    qtbot.addWidget(field)
    for _ in range(20000):  # more than None's natural reference count
        field.setText("a")
        timer.stop()
        QCoreApplication.translate("QLineEdit", "&Paste")
    assert sys.getrefcount(None) > 1_000_000
