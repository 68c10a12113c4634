"""At 1366×768 with the printed page beside the form, nothing the clerk needs is hidden:
Đậm, Nghiêng, Gạch chân and the paragraph kinds stay on the toolbar (not behind "»"), the
steps' names show whole, the appendix name and the signer's box show whole, and the section
tree has room for the outline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from lanson_report.domain.model import Agency, Appendix, Period, Settings, Signature
from lanson_report.files import draftfile
from lanson_report.intake import outlines
from lanson_report.intake.newdraft import start_draft
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.content import ContentPage
from lanson_report.ui.wizard.pages.sign import SignPage

from .conftest import make_window, settle

# A maximised window on a 1366×768 screen: Windows' taskbar (40 px) and the window's title
# bar (30 px) leave 698 pixels of height, as the clerk's trial had.
MAXIMISED = (1366, 768 - 40 - 30)


def _open(qtbot: Any, store: Store, data_dir: Path, draft: Any, step: str) -> MainWindow:
    window = make_window(qtbot, store, data_dir)
    window.resize(*MAXIMISED)
    settle(qtbot)
    assert (window.width(), window.height()) == MAXIMISED
    store.create(draft)
    window.open_draft(draft.id)
    window.editor.go(step)
    window.editor.footer.live.setChecked(True)
    settle(qtbot, 100)
    assert window.editor.live.isVisible()
    return window


def _whole(widget: QWidget) -> bool:
    """Shown, and not cut by anything around it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_the_formats_and_paragraph_kinds_are_on_the_toolbar_not_behind_the_chevron(
    qtbot: Any, store: Store, data_dir: Path, example_path: Path
) -> None:
    window = _open(qtbot, store, data_dir, draftfile.load_path(example_path), "content")
    page = window.editor.pages[2]
    assert isinstance(page, ContentPage)
    bar = page.bar
    for name, action in [*bar.formats.items(), *bar.kinds.items()]:  # Đậm … Ý nhỏ (in +)
        button = bar.widgetForAction(action)
        assert button is not None and button.isVisible(), name
        assert bar.rect().contains(button.geometry()), name
    steps = window.editor.steps
    for row in range(steps.count()):  # the steps' names are not cut
        text = steps.item(row).text()
        assert steps.fontMetrics().horizontalAdvance(text) < steps.viewport().width() - 8, text


def test_the_appendix_name_and_the_section_tree_have_room(
    qtbot: Any, store: Store, data_dir: Path
) -> None:
    outline = outlines.load(outlines.builtin_for("quarter"))
    draft = start_draft(outline, Settings(), Period("quarter", 2024, 2))
    draft.appendices = [Appendix("Danh mục nhiệm vụ khoa học và công nghệ năm 2024")]
    window = _open(qtbot, store, data_dir, draft, "content")
    page = window.editor.pages[2]
    assert isinstance(page, ContentPage)
    assert page.period.isVisible()  # a report of a period: its banner takes a line too
    assert page.tree.view.height() > 200, "the outline's sections, not a slit"
    assert page.part.isVisible(), "a roman outline: Là Phần beside the section's title"
    heading = page.heading
    assert heading.width() >= heading.fontMetrics().horizontalAdvance("x" * 40), "not 145 px"
    page.appendix_list.view.setCurrentRow(0)
    title = page.appendix_editor.title
    assert _whole(title)
    wanted = title.fontMetrics().horizontalAdvance(title.text()) + 16
    assert title.width() >= wanted, "the appendix name reads whole"
    assert _whole(page.appendix_editor.orientation)


def test_the_signer_box_shows_whole(
    qtbot: Any, store: Store, data_dir: Path, example_path: Path
) -> None:
    draft = draftfile.load_path(example_path)
    draft.signature = Signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Văn Nam")
    window = _open(qtbot, store, data_dir, draft, "sign")
    page = window.editor.pages[3]
    assert isinstance(page, SignPage)
    box = page.signature_preview
    assert box.text().startswith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    assert _whole(box)
    assert box.height() >= box.heightForWidth(box.width()), "every line of the signer's box"
    page_area = QRect(page.mapTo(window, page.rect().topLeft()), page.size())
    assert window.rect().contains(page_area)
    for field in (page.usual, page.authority, page.head, page.signer_title, page.lines, page.name):
        assert _whole(field)


def test_a_long_usual_signer_does_not_push_the_signer_box_off_the_page(
    qtbot: Any, store: Store, data_dir: Path, example_path: Path
) -> None:
    signer = Signature(
        ["KT. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"], "Nguyễn Thị Thu Hương"
    )
    store.save_settings(Settings(Agency(), "Lạng Sơn", [signer]))
    draft = draftfile.load_path(example_path)
    draft.signature = signer
    window = _open(qtbot, store, data_dir, draft, "sign")
    page = window.editor.pages[3]
    assert isinstance(page, SignPage)
    box = page.signature_preview
    assert _whole(box) and box.height() >= box.heightForWidth(box.width())
    assert window.minimumSizeHint().width() <= MAXIMISED[0]
    page_area = QRect(page.mapTo(window, page.rect().topLeft()), page.size())
    assert window.rect().contains(page_area)
    for field in (page.usual, page.name, page.recipients.table, page.archive):
        assert _whole(field)
