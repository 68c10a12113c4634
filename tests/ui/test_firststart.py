"""The first minutes: a readable crash-recovery question, and a nudge to fill in the agency."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from lanson_report.domain.model import new_draft
from lanson_report.store import Store
from lanson_report.ui import dialogs
from lanson_report.ui.dialogs import ask as real_ask
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs

LONG_TITLE = "BÁO_CÁO_KẾT_QUẢ_" * 20 + " năm 2022 trên địa bàn tỉnh Lạng Sơn " * 6


def test_the_recovery_question_stays_narrow_with_a_long_title(
    qtbot: Any, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = new_draft(2022)
    draft.title = LONG_TITLE
    window.session.set_open(store.create(draft).draft.id)
    shown: list[QMessageBox] = []

    def show(box: QMessageBox) -> int:
        box.show()
        qtbot.waitExposed(box)
        shown.append(box)
        return 0

    monkeypatch.setattr(dialogs, "ask", real_ask)
    monkeypatch.setattr(QMessageBox, "exec", show)
    window.offer_recovery()
    (box,) = shown
    assert box.width() <= 620
    assert "Mở lại báo cáo này" in box.text() and "…" in box.text()
    box.close()


def test_the_first_start_offers_the_agency_settings_once(
    qtbot: Any, window: MainWindow, store: Store, data_dir: Any, fake_dialogs: FakeDialogs
) -> None:
    from lanson_report.ui.dialogs.settingsdialog import SettingsDialog

    from .conftest import make_window

    opened: list[object] = []
    fake_dialogs.answer("ask", True)
    fake_dialogs.answer("exec_dialog", lambda dialog: opened.append(dialog) or False)
    window.after_start()
    (question,) = fake_dialogs.texts("ask")
    assert "Cài đặt cơ quan" in question
    assert len(opened) == 1 and isinstance(opened[0], SettingsDialog)
    again = make_window(qtbot, store, data_dir)
    again.after_start()
    assert len(fake_dialogs.texts("ask")) == 1, "asked once, not at every start"


def test_a_clerk_with_reports_is_not_asked(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    store.create(new_draft(2022))
    window.after_start()
    assert not fake_dialogs.named("ask")
