"""Start screen: "Nhập từ Word (.docx)…", the review, then the new draft opens."""

from __future__ import annotations

import copy
import threading
import time
from pathlib import Path
from typing import Any

import drafts
import wordfiles
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.wordimportdialog import WordImportRun, WordReviewDialog

from .conftest import FakeDialogs


def import_word(window: MainWindow, qtbot: Any) -> None:
    """Click "Nhập từ Word", then wait while the file is read in its thread."""
    window.start.buttons["word"].click()
    qtbot.waitUntil(lambda: not window.start.findChildren(WordImportRun), timeout=20_000)


def _table(dialog: WordReviewDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [
        tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
        for row in range(table.rowCount())
    ]


def test_word_report_is_reviewed_then_saved_and_opened(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path, qtbot: Any
) -> None:
    draft = draftfile.from_dict(drafts.example())
    path = wordfiles.report(tmp_path / "bao-cao-2022.docx", draft)
    seen: list[list[tuple[str, str, str]]] = []

    def review(dialog: WordReviewDialog) -> bool:
        seen.append(_table(dialog))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return True

    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("exec_dialog", review)
    import_word(window, qtbot)
    (rows,) = seen
    assert ("Ký hiệu", "BC-SKHCN", "Đã đọc") in rows
    assert ("Số", "(để trống)", "Đã đọc: để trống như trong tệp") in rows
    assert ("Họ tên người ký", "Nguyễn Thị Hà", "Đã đọc") in rows
    (saved_id,) = store.ids()
    assert wordfiles.canonical(store.get(saved_id).draft) == wordfiles.canonical(draft)
    assert window.editor.draft is not None and window.editor.draft.id == saved_id


def test_cancelled_review_saves_nothing(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path, qtbot: Any
) -> None:
    path = wordfiles.report(tmp_path / "a.docx", draftfile.from_dict(drafts.minimal()))
    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("exec_dialog", False)
    import_word(window, qtbot)
    assert store.ids() == []


def test_missing_parts_are_marked_and_unplaced_text_listed(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path, qtbot: Any
) -> None:
    w = wordfiles.Writer()
    w.para("SỞ TƯ PHÁP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    w.para("BÁO CÁO", bold=True, center=True)
    w.para([("T×nh h×nh thi hµnh ph¸p luËt", "bf")], center=True)
    w.para("1. Kết quả", bold=True)
    w.para("- Đã tổ chức 12 hội nghị.")
    w.para("Trên đây là báo cáo./.")
    w.para("GIÁM ĐỐC")
    w.para("Ghi chú riêng: bản này gửi kèm 3 phụ lục in giấy, số liệu đến ngày 30/11.")
    w.para("Hoàng Văn Minh")
    path = w.save(tmp_path / "thieu.docx")
    shown: list[WordReviewDialog] = []

    def review(dialog: WordReviewDialog) -> bool:
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return False

    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("exec_dialog", review)
    import_word(window, qtbot)
    (dialog,) = shown
    rows = _table(dialog)
    assert ("Trích yếu", "Tình hình thi hành pháp luật", "Đã đọc") in rows
    assert ("Số", "", "Chưa có: cần điền") in rows
    assert dialog.unplaced is not None
    assert dialog.unplaced.item(0).text().startswith("Ghi chú riêng")
    assert dialog.notes is not None
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert any("TCVN3" in note for note in notes)


def test_doc_file_gets_the_save_as_message(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path, qtbot: Any
) -> None:
    old = tmp_path / "bc-2019.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    fake_dialogs.answer("open_file", old)
    import_word(window, qtbot)
    (message,) = fake_dialogs.texts("error")
    assert "Không nhập được từ Word" in message and "Lưu thành" in message
    assert store.ids() == []


def _big_report(tmp_path: Path) -> Path:
    """A report long enough to take a second or so to read: 8,000 paragraphs of text
    (a draft holds 10,000) and 20,000 blank lines."""
    from docx.oxml import parse_xml

    w = wordfiles.Writer()
    w.para("BÁO CÁO", bold=True, center=True)
    w.para("Kết quả năm", bold=True, center=True)
    body = w.doc.element.body
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    text = parse_xml(f"<w:p {ns}><w:r><w:t>Đoạn văn của báo cáo.</w:t></w:r></w:p>")
    blank = parse_xml(f"<w:p {ns}/>")
    for n in range(28_000):
        body.append(copy.deepcopy(text if n % 7 < 2 else blank))
    return w.save(tmp_path / "dai.docx")


def test_the_window_stays_live_while_a_word_file_is_read(
    window: MainWindow, fake_dialogs: FakeDialogs, tmp_path: Path, qtbot: Any
) -> None:
    path = _big_report(tmp_path)
    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("exec_dialog", False)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    window.start.buttons["word"].click()
    clicked = time.monotonic() - started
    (run,) = window.start.findChildren(WordImportRun)
    values: list[int] = []
    run.progressed.connect(values.append)
    qtbot.waitUntil(lambda: not window.start.findChildren(WordImportRun), timeout=20_000)
    timer.stop()
    assert clicked < 0.3  # the click returns at once: the reading is in a thread
    assert len(ticks) >= 5  # the event loop ran while the file was read
    assert values and values == sorted(values)
    assert len(fake_dialogs.named("exec_dialog")) == 1  # then the review came


def test_cancel_stops_the_import_and_keeps_nothing(
    window: MainWindow, store: Store, fake_dialogs: FakeDialogs, tmp_path: Path, qtbot: Any
) -> None:
    path = _big_report(tmp_path)
    fake_dialogs.answer("open_file", path)
    window.start.buttons["word"].click()
    (run,) = window.start.findChildren(WordImportRun)
    messages: list[str] = []
    window.start.message.connect(messages.append)
    qtbot.waitUntil(lambda: run.progress.value() > 0, timeout=10_000)
    run.progress.findChild(QPushButton).click()  # Hủy
    qtbot.waitUntil(lambda: not window.start.findChildren(WordImportRun), timeout=10_000)
    assert store.ids() == [] and fake_dialogs.named("exec_dialog") == []
    assert fake_dialogs.named("error") == []
    assert messages == ["Đã hủy nhập từ Word (dai.docx)."]
    assert not any(t.name == "word-import" for t in threading.enumerate())
