"""Buttons and tables keep their place while the clerk adds to the lists above the previews."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.basis import BasisPage
from lanson_report.ui.wizard.pages.sign import SignPage

from .conftest import make_window, replace_text, settle

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


def test_steps_with_the_page_beside_them_fit_1366_pixels_after_step_five(
    qtbot: Any, store: Store, data_dir: Path, example_path: Path
) -> None:
    """Step 5 once shown widened the stack for every step: with the live page beside
    steps 1–4 the window needed 1,383 pixels and its right edge went off screen."""
    window = make_window(qtbot, store, data_dir)
    window.resize(1366, 768)
    draft = store.create(draftfile.load_path(example_path)).draft
    window.open_draft(draft.id)
    editor = window.editor
    editor.go("preview")
    settle(qtbot, 200)
    # Wider than step 5 grew on the clerk's screen (its toolbar, Vừa trang's layout): how
    # wide it grows by itself depends on the platform's fonts.
    label, parts = editor.preview.fit.layout_label, ["Bố cục:"]
    while editor.preview.minimumSizeHint().width() <= 850 and len(parts) < 20:
        parts.append("cỡ chữ 13,")
        label.setText(" ".join(parts))
        settle(qtbot, 10)  # the layouts take the new width when their events are handled
    assert 850 < editor.preview.minimumSizeHint().width() < 1366 - 250
    editor.go("content")
    editor.footer.live.setChecked(True)
    for step in ("agency", "basis", "content", "sign"):
        editor.go(step)
        settle(qtbot, 100)
        assert editor.live.isVisible()
        assert window.minimumSizeHint().width() <= 1366, step
        assert window.width() <= 1366, step
