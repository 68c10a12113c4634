"""Cập nhật từ bản Word đã sửa, in the real window: the leader's file is matched to the
report, each change is accepted or rejected, comments become to-dos, and the history
says who reviewed it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from reviewfiles import COMMENT, LEADER, reviewed

from lanson_report.domain.model import Block
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.dialogs.reviewdialog import ReviewDialog
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs, open_example


def _tick_tracked(dialog: ReviewDialog) -> bool:
    """The clerk ticks the tracked changes only and keeps the comment."""
    assert dialog.summary.text() == f"{LEADER} sửa Mục 1, Mục 2; 1 góp ý"
    for item, change in dialog.items:
        if change.authors:
            item.setCheckState(0, Qt.CheckState.Checked)
    return True


def test_a_leaders_file_is_reviewed_into_the_same_report(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft_id = open_example(window, store, example_path)
    path = reviewed(tmp_path, store.get(draft_id).draft)
    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("exec_dialog", _tick_tracked)
    assert window.review_action.isEnabled()
    window.review_action.trigger()
    saved = store.get(draft_id).draft
    second = [b.text for b in saved.sections[1].blocks if isinstance(b, Block)]
    assert any(text.endswith("2.000 lượt.") for text in second)  # accepted
    first = saved.sections[0].blocks
    assert isinstance(first[0], Block) and first[0].kind == "hint"
    assert first[0].text == f"Góp ý của {LEADER}: {COMMENT}"
    assert first[1].text.startswith("Nhằm tiếp tục")  # type: ignore[union-attr]  # rejected
    assert len(store.list()) == 1  # the same report, not a new one
    assert len(store.history(draft_id)) == 1  # the version before the review is kept
    (event,) = store.status_events(draft_id)
    assert event.reason.startswith(f"Cập nhật theo bản Word đã sửa của {LEADER}: nhận 2")


def test_a_file_of_another_report_changes_nothing(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    other = draftfile.load_path(example_path)
    other.id = "00000000-0000-4000-8000-000000000001"
    other.title = "Báo cáo khác"
    store.create(other)
    path = reviewed(tmp_path, other)
    draft_id = open_example(window, store, example_path)
    before = store.get(draft_id).draft
    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("ask", False)  # Đóng
    window.review_action.trigger()
    assert fake_dialogs.texts("ask") == [
        "Bản Word của báo cáo khác | Tệp này được xuất từ một báo cáo khác («Báo cáo khác»); "
        "báo cáo đang mở không thay đổi gì. Mở báo cáo đó và cập nhật từ tệp này?"
    ]
    assert store.get(draft_id).draft == before
    assert not fake_dialogs.named("exec_dialog")
    assert window.editor.draft is not None and window.editor.draft.id == draft_id


def test_a_file_of_another_report_can_update_that_report_at_once(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    """A trial clerk had to go back to the list to use the file there: the app knew the
    report the file belongs to but only said so."""
    other = draftfile.load_path(example_path)
    other.id = "00000000-0000-4000-8000-000000000001"
    store.create(other)
    path = reviewed(tmp_path, other)
    draft_id = open_example(window, store, example_path)
    before = store.get(draft_id).draft
    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("ask", True)  # Mở báo cáo đó
    fake_dialogs.answer("exec_dialog", _tick_tracked)
    window.review_action.trigger()
    qtbot.waitUntil(lambda: bool(fake_dialogs.named("exec_dialog")))
    assert window.editor.draft is not None and window.editor.draft.id == other.id
    assert store.get(draft_id).draft == before, "the report that was open: untouched"
    updated = store.get(other.id).draft
    assert any(
        b.text.endswith("2.000 lượt.") for b in updated.sections[1].blocks if isinstance(b, Block)
    )
    assert len(fake_dialogs.named("open_file")) == 1, "the file is not asked for again"


def test_a_report_edited_since_the_export_says_so_first(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft_id = open_example(window, store, example_path)
    path = reviewed(tmp_path, store.get(draft_id).draft)
    draft = store.get(draft_id).draft
    draft.closing += " Đã sửa."
    store.save(draft)
    window.open_draft(draft_id)
    intros: list[str] = []

    def look(dialog: ReviewDialog) -> bool:
        intros.append(dialog.intro.text())
        return False

    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("exec_dialog", look)
    window.review_action.trigger()
    assert intros and intros[0].startswith("Báo cáo đã được sửa tiếp sau khi xuất tệp Word này")
    assert store.get(draft_id).draft.closing.endswith("Đã sửa.")  # cancelled: unchanged


def test_from_the_list_the_file_finds_its_report(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft_id = store.create(draftfile.load_path(example_path)).draft.id
    path = reviewed(tmp_path, store.get(draft_id).draft)
    window.start.refresh()
    assert not window.editing()
    seen: list[str] = []

    def look(dialog: ReviewDialog) -> bool:
        seen.append(dialog.summary.text())
        return False

    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("exec_dialog", look)
    assert window.review_action.isEnabled()
    window.start.buttons["review"].click()  # the start screen's own button
    assert window.editing() and window.editor.draft is not None
    assert window.editor.draft.id == draft_id
    assert seen == [f"{LEADER} sửa Mục 1, Mục 2; 1 góp ý"]
    assert len(fake_dialogs.named("open_file")) == 1  # the file is asked for once


def test_from_the_list_a_file_of_no_known_report_says_what_to_do(
    qtbot: Any, window: MainWindow, tmp_path: Path, fake_dialogs: FakeDialogs
) -> None:
    import docx

    path = tmp_path / "word.docx"
    document = docx.Document()
    document.add_paragraph("Báo cáo soạn bằng Word")
    document.save(str(path))
    fake_dialogs.answer("open_file", path)
    window.review_action.trigger()
    assert not window.editing()
    (message,) = fake_dialogs.texts("info")
    assert "không mang dấu của báo cáo nào trong máy này" in message


def test_a_review_print_numbers_the_paragraphs(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    tmp_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    import pdfplumber

    open_example(window, store, example_path)
    target = tmp_path / "gop-y.pdf"
    fake_dialogs.answer("save_file", target)
    fake_dialogs.answer("ask", True)  # "Vẫn xuất": the example leaves the day blank
    fake_dialogs.answer("choose", None)  # the "open it?" question: closed
    assert window.review_print_action.isEnabled()
    window.review_print_action.trigger()
    (asked,) = fake_dialogs.named("save_file")
    assert str(asked[2]).endswith("(ban gop y).pdf")
    with pdfplumber.open(target) as pdf:
        first = " ".join((pdf.pages[0].extract_text() or "").split())
    assert "[1] Nhằm tiếp tục biểu dương" in first
    assert window.editor.draft is not None
    assert not window.editor.draft.sections[0].blocks[0].text.startswith("[1]")  # type: ignore[union-attr]
