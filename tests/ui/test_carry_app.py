"""Duplicating a quarter in the app takes "cùng kỳ" from the same quarter a year earlier."""

from __future__ import annotations

from typing import Any

from test_carry import Q1_2025, Q2_2024

from lanson_report.domain.model import Period, Table
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs


def test_duplicating_q1_2025_takes_cung_ky_from_q2_2024(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    store.create(draftfile.from_dict(Q2_2024))
    q1 = draftfile.from_dict(Q1_2025)
    store.create(q1)
    window.start.refresh(select=q1.id)
    fake_dialogs.answer("exec_dialog", True)
    window.start.buttons["duplicate"].click()
    copy = window.editor.draft
    assert copy is not None and copy.period == Period("quarter", 2025, 2)
    table = copy.sections[0].blocks[1]
    assert isinstance(table, Table)
    assert [row[3].text for row in table.rows[1:]] == ["150", "", "150"]  # type: ignore[union-attr]
    assert [row[5].text for row in table.rows[1:]] == ["", "", ""]  # type: ignore[union-attr]
    (info,) = fake_dialogs.texts("info")
    assert info.startswith("Số liệu của kỳ mới | Bảng “Bảng 1. Chỉ tiêu năm 2025”: đã xóa")
    assert "“Thu khác (phí, lệ phí)” không có trong báo cáo quý II năm 2024." in info
