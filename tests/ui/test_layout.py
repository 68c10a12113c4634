"""Buttons and tables keep their place while the clerk adds to the lists above the previews."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.basis import BasisPage
from lanson_report.ui.wizard.pages.sign import SignPage

from .conftest import replace_text, settle

LONG = (
    "về việc tổ chức các hoạt động kỷ niệm Ngày khoa học và công nghệ Việt Nam năm 2022 "
    "trên địa bàn tỉnh Lạng Sơn, gắn với phong trào thi đua đổi mới sáng tạo"
)


def place(widget: QWidget, window: MainWindow) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def test_step_two_table_and_buttons_stay_while_references_are_added(
    qtbot: Any, window: MainWindow
) -> None:
    window.new_report()
    window.editor.go(1)
    page = window.editor.pages[1]
    assert isinstance(page, BasisPage)
    settle(qtbot)
    before = [place(w, window) for w in (page.table, page.add_button, page.remove_button)]
    assert before[0].height() > 150, "room for several references"
    for index in range(6):
        page.add_button.click()
        replace_text(page.number, f"{index + 1}/UBND-KT")
        replace_text(page.issuer, "Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn")
        replace_text(page.subject, LONG)
        settle(qtbot, 20)
    assert page.preview.text().count("Lạng Sơn") == 12, "the preview holds every reference"
    assert [place(w, window) for w in (page.table, page.add_button, page.remove_button)] == before


def test_step_four_add_button_stays_while_recipients_are_added(
    qtbot: Any, window: MainWindow
) -> None:
    window.new_report()
    window.editor.go(3)
    page = window.editor.pages[3]
    assert isinstance(page, SignPage)
    settle(qtbot)
    recipients = page.recipients
    watched = (recipients.table, recipients.add_button, page.archive)
    before = [place(w, window) for w in watched]
    for index in range(8):
        recipients.add_button.click()
        table = recipients.table
        table.closePersistentEditor(table.currentIndex())
        table.model().setData(
            table.currentIndex().siblingAtColumn(0), f"Phòng {index + 1} — {LONG}"
        )
        settle(qtbot, 20)
    assert page.preview.text().count("Phòng") == 8, "the preview holds every recipient"
    assert [place(w, window) for w in watched] == before
