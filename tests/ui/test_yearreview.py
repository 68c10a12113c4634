"""The year review shows whole words around each year, and names "-" items as such."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from lanson_report.domain import yearswap
from lanson_report.domain.model import Block, Run, Section, new_draft
from lanson_report.ui.start.yeardialog import YearReviewDialog


def test_rows_show_whole_words_and_dash_items(qtbot: Any) -> None:
    draft = new_draft(2022)
    text = "Hoạt động hưởng ứng Ngày Khoa học và công nghệ năm 2022 được tổ chức rộng khắp"
    draft.sections.append(
        Section("", [Block("paragraph", [Run("Mở đầu")]), Block("bullet", [Run(text)])])
    )
    dialog = YearReviewDialog(yearswap.find(draft, 2022, 2023), 2022, 2023)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0, 1).text() == "Mục 1, gạch đầu dòng 1"
    shown = dialog.list.cellWidget(0, 2)
    assert isinstance(shown, QLabel)
    assert "…c và" not in shown.text() and "…Khoa học và công nghệ năm" in shown.text()


def test_an_ordinal_row_shows_its_numbers_unticked_and_says_why(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    draft = new_draft(2022)
    text = "Cuộc thi Sáng tạo thanh thiếu niên lần thứ 14, năm 2022"
    draft.sections.append(Section("", [Block("paragraph", [Run(text)])]))
    dialog = YearReviewDialog(yearswap.find(draft, 2022, 2023), 2022, 2023)
    qtbot.addWidget(dialog)
    assert dialog.list.rowCount() == 2
    before, after = dialog.list.cellWidget(0, 2), dialog.list.cellWidget(0, 3)
    assert isinstance(before, QLabel) and isinstance(after, QLabel)
    assert ">14</b>" in before.text() and ">15</b>" in after.text()
    assert dialog.list.item(0, 0).checkState() == Qt.CheckState.Unchecked
    assert "lần thứ" in dialog.list.item(0, 1).toolTip()
    assert dialog.list.item(1, 0).checkState() == Qt.CheckState.Checked
