"""Step 5's "Kiểm tra" list: the spelling and Decree 30 findings, each a click from its field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lanson_report.domain.model import Block, Run
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.wizard.pages.preview import RULE

from .conftest import FakeDialogs, type_text


def _texts(window: MainWindow) -> list[str]:
    findings = window.editor.preview.findings
    return [findings.item(i).text() for i in range(findings.count())]


def test_the_example_lists_its_true_findings_and_no_error(
    window: MainWindow, store: Store, example_path: Path
) -> None:
    window.open_draft(store.create(draftfile.load_path(example_path)).draft.id)
    window.editor.go(4)
    texts = _texts(window)
    assert len(texts) == 6
    assert window.editor.preview.checks_box.title() == "Kiểm tra (4 cảnh báo, 2 gợi ý)"
    assert not any(t.startswith("Lỗi") for t in texts)
    # where, what, the words it is about, the fix: each said once (a clerk trial)
    assert texts[-1] == "Cảnh báo · Lưu: Dòng Lưu ghi Văn thư (VT) trước — “VP, VT” → “VT, VP”"
    assert (
        "Mục 2, gạch đầu dòng 1: Tên cơ quan, tổ chức chưa viết hoa đúng Nghị định 30 — “Sở"
        in texts[0]
    )


def test_a_finding_jumps_to_its_field_and_goes_when_fixed(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    draft = draftfile.load_path(example_path)
    draft.signature.name = "Nguyễn Thị Hà"
    draft.title = "Kết quả tổ chức dduowcj hoạt động"
    window.open_draft(store.create(draft).draft.id)
    editor = window.editor
    editor.go(4)
    findings = editor.preview.findings
    item = findings.item(0)
    assert (
        item.text() == "Lỗi · Trích yếu: “dduowcj” còn sót phím gõ tắt (Telex/VNI), có lẽ là “được”"
    )
    rect = findings.visualItemRect(item)
    qtbot.mouseClick(findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.stack.currentIndex() == 0
    title = editor.pages[0].title_text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title, timeout=1000)
    title.clear()
    type_text(title, "Kết quả tổ chức được hoạt động")
    editor.go(4)
    assert not any("dduowcj" in t for t in _texts(window))


def test_a_clean_report_says_so(window: MainWindow, store: Store, example_path: Path) -> None:
    draft = draftfile.load_path(example_path)
    draft.sections = draft.sections[:1]
    draft.sections[0].blocks = [Block(runs=[Run("Sở đã tổ chức hội thảo.")])]
    draft.archive = "VT, VP"
    window.open_draft(store.create(draft).draft.id)
    window.editor.go(4)
    assert _texts(window) == ["✓ Không thấy lỗi chính tả hay trình bày."]
    assert window.editor.preview.checks_box.title() == "Kiểm tra"


def test_mixed_tone_styles_are_unified_once_the_clerk_confirms(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path, fake_dialogs: FakeDialogs
) -> None:
    draft = draftfile.load_path(example_path)
    draft.sections[0].blocks.append(Block(runs=[Run("Bảo đảm hoà bình, khoẻ mạnh.")]))
    window.open_draft(store.create(draft).draft.id)
    editor = window.editor
    editor.go(4)
    findings = editor.preview.findings
    (item,) = [
        findings.item(i)
        for i in range(findings.count())
        if "kiểu đặt dấu" in findings.item(i).text()
    ]
    assert item.text().startswith("Gợi ý · ") and "Báo cáo dùng lẫn hai kiểu" in item.text()
    fake_dialogs.answer("choose", None)
    findings.itemActivated.emit(item)
    assert editor.stack.currentIndex() == 4, "the hint asks, it does not jump"
    assert "hoà bình" in editor.draft.sections[0].blocks[-1].text, "Để nguyên: nothing changes"
    fake_dialogs.answer("choose", 1)
    findings.itemActivated.emit(item)
    (call,) = [c for c in fake_dialogs.calls if c[0] == "choose"][1:]
    assert call[1][4] == [
        "Dấu ở nguyên âm đầu: hòa, khỏe, thủy",
        "Dấu ở nguyên âm sau: hoà, khoẻ, thuỷ",
        "Để nguyên",
    ]
    assert "Tỉnh uỷ" in editor.draft.sections[1].blocks[1].text
    assert not any("kiểu đặt dấu" in t for t in _texts(window))
    editor.go(2)
    assert "Tỉnh uỷ" not in editor.pages[2].body.toPlainText()  # section 0 shown
    assert "hoà bình" in editor.pages[2].body.toPlainText()
    editor.save()
    assert "Tỉnh uỷ" in store.get(editor.draft.id).draft.sections[1].blocks[1].text


def test_a_fix_chosen_in_the_list_is_written_into_the_report(
    window: MainWindow, store: Store, example_path: Path
) -> None:
    window.open_draft(store.create(draftfile.load_path(example_path)).draft.id)
    editor = window.editor
    editor.go(4)
    findings = editor.preview.findings
    (item,) = [
        findings.item(i) for i in range(findings.count()) if "Lưu" in findings.item(i).text()
    ]
    menu = editor.preview.fixes_menu(item)
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Sửa thành “VT, VP”", "Đến chỗ này"]
    menu.actions()[0].trigger()
    assert editor.draft.archive == "VT, VP"
    assert editor.pages[3].archive.text() == "VT, VP", "the signing step shows it"
    assert not any("Lưu" in t for t in _texts(window))
    editor.save()
    assert store.get(editor.draft.id).draft.archive == "VT, VP"


def test_a_finding_selects_its_words_not_only_its_section(
    qtbot: Any, window: MainWindow, store: Store, example_path: Path
) -> None:
    """A clerk trial: the click went to the section's start; in a long section "c" or
    "5 tháng 1" could not be found."""
    draft = draftfile.load_path(example_path)
    draft.sections[1].blocks[0] = Block(runs=[Run("Các cơ sở c khoa học có cơ chế.")])
    window.open_draft(store.create(draft).draft.id)
    editor = window.editor
    editor.go(4)
    findings = editor.preview.findings
    (item,) = [
        findings.item(i) for i in range(findings.count()) if "đứng riêng" in findings.item(i).text()
    ]
    findings.itemActivated.emit(item)
    body = editor.pages[2].body
    assert editor.stack.currentIndex() == 2
    cursor = body.textCursor()
    assert cursor.selectedText() == "c"
    assert body.toPlainText()[: cursor.selectionStart()].endswith("Các cơ sở ")


def test_what_con_thieu_lists_is_not_listed_again_in_kiem_tra(
    window: MainWindow, store: Store, example_path: Path
) -> None:
    """A clerk trial counted "Như trên" twice: once in each list."""
    draft = draftfile.load_path(example_path)
    draft.addressees = ["Ủy ban nhân dân tỉnh"]
    window.open_draft(store.create(draft).draft.id)
    window.editor.go(4)
    missing = window.editor.preview.missing
    assert any("Như trên" in missing.item(i).text() for i in range(missing.count()))
    assert not any("Như trên" in t for t in _texts(window))


def test_a_letter_inside_a_word_and_spaces_are_selected_too(
    window: MainWindow, store: Store, example_path: Path
) -> None:
    """A second clerk trial: the look-alike Ð of "Ðoàn" and "Hai dấu cách" selected nothing."""
    draft = draftfile.load_path(example_path)
    draft.sections[1].blocks[0] = Block(runs=[Run("Ðoàn công tác của Sở  đã về.")])
    window.open_draft(store.create(draft).draft.id)
    editor = window.editor
    for rule, selected, before in (
        ("lookalike", "Ð", ""),
        ("double-space", "  ", "Ðoàn công tác của Sở"),
    ):
        editor.go(4)
        findings = editor.preview.findings
        (item,) = [
            findings.item(i) for i in range(findings.count()) if findings.item(i).data(RULE) == rule
        ]
        findings.itemActivated.emit(item)
        body = editor.pages[2].body
        cursor = body.textCursor()
        assert cursor.selectedText() == selected
        assert body.toPlainText()[: cursor.selectionStart()].endswith(before)


def test_the_list_s_right_click_skips_or_keeps_a_word_as_the_editor_s_does(
    window: MainWindow, store: Store, example_path: Path
) -> None:
    """A clerk trial: the list's own line said "(thêm vào từ điển)" but its menu could not."""
    window.open_draft(store.create(draftfile.load_path(example_path)).draft.id)
    window.editor.go(4)
    preview = window.editor.preview
    findings = preview.findings
    (item,) = [
        findings.item(i) for i in range(findings.count()) if "“banner”" in findings.item(i).text()
    ]
    menu = preview.fixes_menu(item)
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    assert {"Bỏ qua", "Thêm vào từ điển"} <= set(actions)
    actions["Thêm vào từ điển"].trigger()
    assert "banner" in store.settings().dictionary
    assert not any("“banner”" in t for t in _texts(window))
    (lưu,) = [
        findings.item(i) for i in range(findings.count()) if "Dòng Lưu" in findings.item(i).text()
    ]
    texts = [a.text() for a in preview.fixes_menu(lưu).actions()]  # type: ignore[union-attr]
    assert "Bỏ qua" not in texts  # a rule of Decree 30 is switched off in the settings
