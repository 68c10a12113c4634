"""A report edited after it was printed for signing, or after its issue was taken back,
says so in a banner; an issue is taken back only with a reason, kept in the log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow

from .conftest import FakeDialogs, open_example, type_text


def test_editing_a_printed_report_raises_the_banner_until_it_is_voided(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    open_example(window, store, example_path)
    editor = window.editor
    drift = editor.header.drift
    editor.set_status("printed")
    assert not drift.isVisible()
    editor.go(0)
    type_text(editor.pages[0].title_text, "Sửa ")
    editor.save()
    assert drift.isVisible()
    assert drift.text().startswith("Đã sửa sau khi in để ký (in lúc ")
    assert "Hãy in lại để trình ký" in drift.text()
    editor.header.mark_draft.trigger()  # Trở lại Nháp: the printed copy is void
    assert not drift.isVisible()


def test_the_banner_follows_the_background_autosave_too(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    open_example(window, store, example_path)
    editor = window.editor
    editor.set_status("printed")
    editor.go(0)
    type_text(editor.pages[0].title_text, "Sửa ")
    editor.save_in_background()
    qtbot.waitUntil(editor.header.drift.isVisible, timeout=3000)


def test_an_issue_is_taken_back_with_a_reason_and_later_edits_say_so(
    qtbot: Any,
    window: MainWindow,
    store: Store,
    example_path: Path,
    fake_dialogs: FakeDialogs,
) -> None:
    draft_id = open_example(window, store, example_path)
    store.set_status(draft_id, "issued")
    window.open_draft(draft_id)
    editor = window.editor
    assert editor.read_only
    assert editor.header.unissue.isEnabled() and not editor.header.mark_issued.isEnabled()
    fake_dialogs.answer("get_text", "   ")  # no reason: nothing happens
    editor.header.unissue.trigger()
    assert store.get(draft_id).status == "issued"
    assert fake_dialogs.texts("warn") == ["Hủy ban hành | Cần ghi lý do hủy ban hành; chưa hủy."]
    fake_dialogs.answer("get_text", "Ghi nhầm số văn bản")
    editor.header.unissue.trigger()
    assert store.get(draft_id).status == "draft"
    assert not editor.read_only
    assert store.status_events(draft_id)[-1].reason == "Ghi nhầm số văn bản"
    assert not editor.header.drift.isVisible()
    editor.go(0)
    type_text(editor.pages[0].title_text, "Sửa ")
    editor.save()
    assert editor.header.drift.isVisible()
    assert "lý do: Ghi nhầm số văn bản" in editor.header.drift.text()
    assert editor.header.drift.text().startswith("Đã sửa sau khi ban hành")


def test_an_ordinary_draft_never_shows_the_banner(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    open_example(window, store, example_path)
    editor = window.editor
    editor.go(0)
    type_text(editor.pages[0].title_text, "Sửa ")
    editor.save()
    assert not editor.header.drift.isVisible()
    assert not editor.header.unissue.isEnabled()


def test_the_history_lists_status_changes_with_the_reason(
    qtbot: Any, store: Store, example_path: Path
) -> None:
    from lanson_report.ui.start.historydialog import HistoryDialog

    draft_id = store.create(draftfile.load_path(example_path)).draft.id
    store.set_status(draft_id, "printed")
    store.set_status(draft_id, "issued")
    store.set_status(draft_id, "draft", reason="Sai ngày ban hành")
    dialog = HistoryDialog(store, draft_id)
    qtbot.addWidget(dialog)
    lines = dialog.statuses.text().splitlines()
    assert lines[0] == "Đổi trạng thái:"
    assert lines[1].endswith("Đã ban hành → Nháp (hủy ban hành; lý do: Sai ngày ban hành)")
    assert lines[2].endswith("Đã in để ký → Đã ban hành")
    assert lines[3].endswith("Nháp → Đã in để ký")


def test_the_history_shows_the_changed_words_between_any_two_saves(
    qtbot: Any, store: Store, example_path: Path
) -> None:
    from lanson_report.domain.model import Block
    from lanson_report.ui.start.historydialog import HistoryDialog

    draft = store.create(draftfile.load_path(example_path)).draft
    draft.title = draft.title.replace("kỷ niệm", "chào mừng")
    store.save(draft)  # the first text goes to the history as save 1
    block = draft.sections[1].blocks[-1]
    assert isinstance(block, Block)
    block.runs[0].text = block.runs[0].text.replace("Đăng", "Treo")
    store.save(draft)  # save 2: the new title, the old item
    dialog = HistoryDialog(store, draft.id)
    qtbot.addWidget(dialog)
    dialog.versions.setCurrentRow(1)  # the oldest save, against the current text
    text = dialog.changes.toPlainText()
    assert text.startswith("Lần 1 so với bản hiện tại: 2 chỗ khác.")
    assert "[chào mừng → kỷ niệm]" in text and "[Treo → Đăng]" in text
    dialog.against.setCurrentIndex(dialog.against.findData(2))  # against the second save
    assert dialog.changes.toPlainText().splitlines()[1:] == [
        next(line for line in text.splitlines() if "[chào mừng → kỷ niệm]" in line)
    ]
