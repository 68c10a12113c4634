"""Vừa trang on the preview step: the clerk picks a goal, the layout is stored and shown."""

from __future__ import annotations

from typing import Any

import drafts
from PySide6.QtWidgets import QApplication

from lanson_report.domain.model import Layout
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow


def open_long(window: MainWindow, store: Store, paragraphs: int) -> str:
    draft = store.create(draftfile.from_dict(drafts.with_paragraphs(paragraphs))).draft
    window.open_draft(draft.id)
    window.editor.go(4)
    return draft.id


def test_fit_to_one_page_is_applied_saved_and_shown(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    draft_id = open_long(window, store, 20)
    preview = window.editor.preview
    assert preview.document.pageCount() == 2
    control = preview.fit
    assert "Bố cục chuẩn" in control.layout_label.text() and not control.reset_button.isEnabled()
    control.goal.setCurrentIndex(1)
    assert control.pages.isEnabled()
    control.pages.setValue(1)
    control.fit_button.click()
    assert QApplication.overrideCursor() is not None, "a busy cursor while searching"
    qtbot.waitUntil(lambda: not control.busy, timeout=20000)
    assert QApplication.overrideCursor() is None
    assert preview.document.pageCount() == 1
    assert "Cỡ chữ 14, giãn dòng 1,0, cách đoạn 6 pt" in control.layout_label.text()
    assert control.reset_button.isEnabled()
    assert window.editor.save()
    assert store.get(draft_id).draft.layout == Layout(14, 1.0, 6.0)

    control.reset_button.click()
    assert preview.document.pageCount() == 2
    assert window.editor.save()
    assert store.get(draft_id).draft.layout.is_default


def test_an_impossible_goal_is_explained_and_changes_nothing(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    draft_id = open_long(window, store, 60)
    control = window.editor.preview.fit
    control.goal.setCurrentIndex(1)
    control.pages.setValue(1)
    control.fit_button.click()
    qtbot.waitUntil(lambda: not control.busy, timeout=20000)
    assert "Không thể gói gọn trong 1 trang" in control.message.text()
    assert control.message.text().endswith("Hãy rút gọn nội dung."), "not 'thêm nội dung'"
    assert control.message.isVisible()
    assert control.message.y() > control.fit_button.geometry().bottom(), "below the buttons"
    window.editor.save()
    assert store.get(draft_id).draft.layout.is_default
    window.editor.go("agency")  # coming back with the same text: the answer still holds
    window.editor.go("preview")
    assert "Không thể gói gọn" in control.message.text()
    window.editor.go("content")  # the text changes: the answer was about another report
    window.editor.pages[2].heading.setText("Mục đã sửa")
    window.editor.go("preview")
    assert control.message.text() == "" and not control.message.isVisible()


def test_asking_again_for_the_same_text_renders_nothing_new(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    open_long(window, store, 20)
    control = window.editor.preview.fit
    counts = []
    for _ in range(2):
        control.fit_button.click()  # avoid a signature alone on its page
        qtbot.waitUntil(lambda: not control.busy, timeout=20000)
        counts.append(control.fitter.renders)
    assert counts[0] <= 3 and counts[1] == counts[0]
    assert window.editor.preview.document.pageCount() == 1


def test_an_issued_report_shows_its_layout_but_cannot_change_it(
    window: MainWindow, store: Store
) -> None:
    raw = drafts.with_paragraphs(20)
    raw["format_version"] = 2
    raw["layout"] = {"body_size": 13}
    draft = store.create(draftfile.from_dict(raw)).draft
    window.open_draft(draft.id)
    preview = window.editor.preview
    preview.set_read_only(True)  # as the editor does for an issued report
    window.editor.go(4)
    control = preview.fit
    assert "Cỡ chữ 13" in control.layout_label.text()
    assert not control.fit_button.isEnabled() and not control.reset_button.isEnabled()


def test_a_search_that_cannot_render_says_so_and_frees_the_button(
    qtbot: Any, window: MainWindow, store: Store, monkeypatch: Any
) -> None:
    from lanson_report.domain.errors import ReportError

    open_long(window, store, 5)
    control = window.editor.preview.fit

    def broken(*_args: Any) -> Any:
        raise ReportError("thiếu phông chữ Times New Roman")

    monkeypatch.setattr(control.fitter, "fit", broken)
    control.fit_button.click()
    qtbot.waitUntil(lambda: not control.busy, timeout=20000)
    assert control.message.text() == "Không dựng được trang: thiếu phông chữ Times New Roman"
    assert control.fit_button.isEnabled() and QApplication.overrideCursor() is None
