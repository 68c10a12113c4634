"""Qt's own texts in Vietnamese; a long session of Qt calls keeps the interpreter alive."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

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


def shown_texts(dialog: QWidget) -> set[str]:
    """Every label, button, group, tab and tooltip Qt shows in a dialog, accelerators removed."""
    texts: set[str] = set()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        texts.add(widget.toolTip())
    return {text.replace("&", "") for text in texts if text}


# What Qt's print and file dialogs showed in English (the trial of issue 27 listed them).
ENGLISH = {
    "Name:",
    "Properties",
    "Location:",
    "Type:",
    "Output file:",
    "Print range",
    "Print all",
    "Pages from",
    "Page Set:",
    "Output Settings",
    "Copies:",
    "Collate",
    "Reverse",
    "Double Sided Printing",
    "Long side binding",
    "Short side binding",
    "Look in:",
    "Files of type:",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "Directory:",
    "Directories",
}


@pytest.mark.skipif(sys.platform == "win32", reason="Windows shows its own print dialog")
def test_the_print_dialog_and_its_options_are_vietnamese(qtbot: Any) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    from lanson_report.ui.printing import printing

    printer = printing.a4_printer("Báo cáo")  # outlives the dialog, which does not own it
    dialog = QPrintDialog(printer)
    try:
        dialog.show()
        for button in [b for b in dialog.findChildren(QAbstractButton) if "Tùy chọn" in b.text()]:
            button.click()  # the options pane: copies, page set, two-sided
        texts = shown_texts(dialog)
    finally:
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert {"Số bản:", "In theo bộ", "Phạm vi in", "Tên:"} <= texts
    assert not texts & ENGLISH


def test_the_file_dialog_is_vietnamese(qtbot: Any) -> None:
    dialog = QFileDialog(None, "Xuất PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = shown_texts(dialog)
    assert {"Tìm trong:", "Loại tệp:", "Tên tệp:"} <= texts
    assert not texts & ENGLISH


def test_the_folder_dialog_and_a_date_boxs_calendar_are_vietnamese(qtbot: Any) -> None:
    """A clerk trial met "Directory:" choosing the kits' folder and English month names in
    the deadline's calendar."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCalendarWidget, QDateEdit

    dialog = QFileDialog(None, "Chọn thư mục")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = shown_texts(dialog)
    assert "Thư mục:" in texts and not texts & ENGLISH
    box = QDateEdit(QDate(2026, 12, 10))
    box.setCalendarPopup(True)
    qtbot.addWidget(box)
    calendar = box.calendarWidget()
    assert isinstance(calendar, QCalendarWidget)
    assert calendar.locale().monthName(12) == "tháng 12"
