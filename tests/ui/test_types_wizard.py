"""Every document type through the app: Văn bản mới asks the type (Enter: a Báo cáo), each
type's wizard shows only its fields and steps, and a type change keeps every word."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from typesamples import sample

from lanson_report.domain import doctypes
from lanson_report.domain.model import Draft, Invitation
from lanson_report.files import draftfile
from lanson_report.store import Store
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.newreport import NewReportDialog

from .conftest import FakeDialogs, replace_text
from .helpers import fill_agency
from .keys import clashes


def _new(code: str, built_in: bool = True) -> Any:
    """Văn bản mới answered with a type (and its built-in outline, or a blank page)."""

    def answer(dialog: NewReportDialog) -> bool:
        dialog.types.choose(code)
        if not built_in:
            dialog.outline.setCurrentIndex(dialog.outline.count() - 1)
        return True

    return answer


def _visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window())


def _steps(window: MainWindow) -> list[str]:
    steps = window.editor.steps
    return [steps.item(i).text() for i in range(steps.count()) if not steps.item(i).isHidden()]


def test_enter_on_the_type_chooser_makes_a_report(
    qtbot: Any, window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    shown: list[list[str]] = []

    def press_enter(dialog: NewReportDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.types
        shown.append([dialog.types.item(i).text() for i in range(dialog.types.count())])
        qtbot.keyClick(dialog.types, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.answer("new_report", press_enter)
    window.start.buttons["new"].click()
    assert shown == [[kind.label for kind in doctypes.TYPES]]
    assert shown[0][:3] == ["Báo cáo", "Kế hoạch", "Tờ trình"]
    draft = window.editor.draft
    assert draft is not None and draft.doc_type == "BC"
    assert draft.period is not None and draft.period.kind == "quarter"  # as before types


def test_the_dialog_offers_each_type_its_own_outlines(qtbot: Any, store: Store) -> None:
    from lanson_report.ui.start.newreport import library_for

    dialog = NewReportDialog(library_for(store))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.isVisible() and dialog.outline.currentText().startswith("Báo cáo quý")
    dialog.types.choose("KH")
    assert not dialog.kind.isVisible() and not dialog.picker.isVisible()
    assert [dialog.outline.itemText(i) for i in range(dialog.outline.count())] == [
        "Kế hoạch (có sẵn)",
        "Không dùng đề cương (bắt đầu từ trang trắng)",
    ]
    assert dialog.period() is None
    dialog.types.choose("CV")  # no built-in outline: a blank page
    assert dialog.outline.count() == 1
    assert clashes(dialog) == {}


def _fill_type_fields(qtbot: Any, window: MainWindow, raw: dict[str, Any]) -> None:
    """Step 1 and what the type asks for, typed into the wizard's widgets."""
    editor = window.editor
    expected = draftfile.from_dict(raw)
    fill_agency(qtbot, editor.agency, expected)
    if expected.unit:
        replace_text(editor.agency.unit, expected.unit)
    if expected.authority:
        editor.go("basis")
        replace_text(editor.basis.authority, expected.authority)
        replace_text(editor.basis.proposal, expected.proposal)
    editor.go("content")
    content = editor.content
    if expected.addressees:
        replace_text(content.addressees, "\n".join(expected.addressees))
    if expected.invitation is not None:
        for key, widget in content._invitation_fields().items():
            replace_text(widget, getattr(expected.invitation, key))


FIELDS = ("unit", "authority", "proposal", "invitation", "addressees")


@pytest.mark.parametrize("code", doctypes.CODES)
def test_a_new_document_of_each_type_through_the_wizard(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs, code: str
) -> None:
    kind = doctypes.doc_type(code)
    fake_dialogs.answer("new_report", _new(code))
    window.start.buttons["new"].click()
    editor = window.editor
    raw = sample(code) if code in ("KH", "TTr", "TB", "ĐA", "CV", "QĐ", "GM") else sample("KH")
    raw["doc_type"] = code
    _fill_type_fields(qtbot, window, raw)
    editor.collect()
    draft = editor.draft
    assert draft is not None and draft.doc_type == code
    if code != doctypes.DEFAULT:  # a report starts from its kind's outline, as before types
        assert draft.outline == kind.outline
        assert [s.heading for s in draft.sections] == [p.heading for p in kind.built_in]
    expected = draftfile.from_dict(raw)
    for name in FIELDS:
        want = getattr(expected, name)
        if name == "invitation" and code == "GM":
            assert draft.invitation == want
        elif name in kind.extra or (name == "addressees" and kind.takes_addressees):
            assert getattr(draft, name) == want, name
        else:
            assert not getattr(draft, name), f"{name} has no place in {kind.label}"
    if code == "QĐ":
        assert draft.authority == "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    editor.leave()
    (summary,) = store.list()
    assert summary.doc_type == code
    assert window.start.tree.topLevelItem(0).child(0).text(2) == kind.label


def _fields_shown(window: MainWindow) -> dict[str, bool]:
    editor = window.editor
    shown = {}
    editor.go("agency")
    shown["unit"] = _visible(editor.agency.unit)
    shown["basis"] = not editor.steps.item(editor.step_index("basis") or 0).isHidden()
    if shown["basis"]:
        editor.go("basis")
        shown["authority"] = _visible(editor.basis.authority)
        shown["proposal"] = _visible(editor.basis.proposal)
        shown["closing"] = _visible(editor.basis.closing)
    editor.go("content")
    shown["addressees"] = _visible(editor.content.addressees)
    shown["invitation"] = _visible(editor.content.invite_who)
    return shown


@pytest.mark.parametrize("code", doctypes.CODES)
def test_each_wizard_shows_only_its_type_fields(
    window: MainWindow, fake_dialogs: FakeDialogs, code: str
) -> None:
    kind = doctypes.doc_type(code)
    fake_dialogs.answer("new_report", _new(code, built_in=False))
    window.start.buttons["new"].click()
    shown = _fields_shown(window)
    assert shown["unit"] == ("unit" in kind.extra)
    assert shown["basis"] == (kind.basis != "none")
    if shown["basis"]:
        assert shown["authority"] == shown["proposal"] == (kind.basis == "lines")
        assert shown["closing"] == (kind.basis == "paragraph")
    assert shown["addressees"] == kind.takes_addressees
    assert shown["invitation"] == ("invitation" in kind.extra)
    assert _visible(window.editor.content.tree) == (not kind.one_form)  # one form: no tree
    label = window.editor.content.addressees_label.text()
    assert (
        label
        == {
            "required": "&Kính gửi (bắt buộc):",
            "optional": "&Kính gửi (nếu có):",
            "none": "&Kính gửi:",
        }[kind.addressees]
    )
    assert f"{2 if kind.basis == 'none' else 3}. {kind.body_step}" in _steps(window)


def test_a_letter_shows_its_unit_in_the_symbol_and_its_abstract_as_v_v(
    qtbot: Any, window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.answer("new_report", _new("CV"))
    window.start.buttons["new"].click()
    agency = window.editor.agency
    replace_text(agency.abbreviation, "SKHCN")
    replace_text(agency.unit, "VP")
    replace_text(agency.title_text, "triển khai Ngày KH&CN")
    assert agency.symbol.placeholderText() == "mặc định: SKHCN-VP"
    assert agency.title_label.text() == "Trích &yếu (V/v):"
    assert agency.preview.text().splitlines()[-1] == "V/v triển khai Ngày KH&CN"
    assert _steps(window) == [
        "1. Cơ quan, số, ngày",
        "2. Nội dung",
        "3. Ký và nơi nhận",
        "4. Xem trước và in",
    ]
    window.editor.footer.next.click()  # Căn cứ is not a step of a công văn
    assert window.editor.current_page() is window.editor.content


def test_a_decision_reads_can_cu_then_dieu_with_khoan_and_diem_in_the_tree(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    decision = store.create(draftfile.from_dict(sample("QĐ"))).draft
    window.open_draft(decision.id)
    editor = window.editor
    assert _steps(window) == [
        "1. Cơ quan, số, ngày",
        "2. Căn cứ",
        "3. Điều",
        "4. Ký và nơi nhận",
        "5. Xem trước và in",
    ]
    editor.go("basis")
    assert editor.basis.authority.text() == "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert editor.basis.preview.text().splitlines()[-1] == (
        "Theo đề nghị của Trưởng phòng Quản lý khoa học."
    )
    editor.go("content")
    labels = [item.text(0) for item in editor.content.tree._items]
    assert labels == [
        "Điều 1. Thành lập Hội đồng tư vấn gồm các ông…",
        "1. Ông Hoàng Văn Nam, Chủ tịch.",
        "2. Bà Lê Thị Hoa, Thư ký.",
        "Điều 2. Hiệu lực thi hành",
        "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản…",
    ]


def test_a_long_scheme_marks_a_top_section_as_a_part(
    qtbot: Any, window: MainWindow, store: Store
) -> None:
    raw = sample("ĐA")
    raw["sections"][1]["part"] = False
    scheme = store.create(draftfile.from_dict(raw)).draft
    window.open_draft(scheme.id)
    editor = window.editor
    editor.go("content")
    content = editor.content
    labels = [item.text(0) for item in content.tree._items]
    assert labels[:2] == ["Phần I. SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN", "I. SỰ CẦN THIẾT"]
    content.tree.select((1,))
    assert content.part.isVisible() and content.part.isEnabled() and not content.part.isChecked()
    content.part.click()
    assert content.tree._items[2].text(0) == "Phần II. NỘI DUNG ĐỀ ÁN"
    content.tree.select((1, 0))
    assert not content.part.isEnabled()  # only a top-level section is a Phần
    editor.leave()
    assert [s.part for s in store.get(scheme.id).draft.sections] == [True, True]


def _choose_type(window: MainWindow, code: str) -> None:
    combo = window.editor.agency.doc_type
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_changing_the_type_keeps_every_word_and_says_what_has_no_place(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs
) -> None:
    letter = store.create(draftfile.from_dict(sample("CV"))).draft
    window.open_draft(letter.id)
    editor = window.editor
    before = draftfile.to_dict(letter)
    _choose_type(window, "TB")
    (told,) = fake_dialogs.texts("info")
    assert "Thông báo không có chỗ cho: Kính gửi, Đơn vị soạn thảo" in told
    assert editor.unplaced.isVisible() and "Kính gửi" in editor.unplaced.text()
    assert _visible(editor.agency.unit) and editor.agency.unit.text() == "VP"
    editor.go("content")
    assert _visible(editor.content.addressees)  # kept and shown while it holds text
    editor.leave()
    kept = store.get(letter.id).draft
    assert kept.doc_type == "TB" and kept.unit == "VP"
    assert kept.addressees == before["addressees"]
    assert kept.title == before["title"]
    assert draftfile.to_dict(kept)["sections"] == before["sections"]
    assert window.start.tree.topLevelItem(0).child(0).text(2) == "Thông báo"
    window.open_draft(letter.id)
    _choose_type(window, "CV")
    assert not window.editor.unplaced.isVisible()
    assert len(fake_dialogs.named("info")) == 1


def test_an_imported_report_becomes_a_decision_without_losing_its_text(
    qtbot: Any, window: MainWindow, store: Store, example_path: Any
) -> None:
    report = store.create(draftfile.load_path(example_path)).draft
    window.open_draft(report.id)
    _choose_type(window, "QĐ")
    draft = window.editor.draft
    assert isinstance(draft, Draft)
    assert draft.outline == "articles" and draft.authority.startswith("GIÁM ĐỐC")
    assert draft.invitation is None or draft.invitation == Invitation()
    window.editor.leave()
    stored = store.get(report.id).draft
    original = draftfile.load_path(example_path)
    assert [s.blocks for s in stored.sections] == [s.blocks for s in original.sections]
    assert stored.basis.references == original.basis.references


@pytest.mark.parametrize("code", ["CV", "QĐ", "GM", "TTr"])
def test_no_two_controls_share_an_alt_letter_on_a_type_wizard(
    window: MainWindow, store: Store, code: str
) -> None:
    draft = store.create(draftfile.from_dict(sample(code))).draft
    window.open_draft(draft.id)
    for index in range(len(window.editor.pages) - 1):  # the preview's letters are the same
        if not window.editor.steps.item(index).isHidden():
            window.editor.go(index)
            assert clashes(window) == {}, f"{code}, bước {index + 1}"


def test_the_keyboard_picks_another_type_and_reaches_the_type_on_step_1(
    qtbot: Any, window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    def down_enter(dialog: NewReportDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog.types, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.types, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.answer("new_report", down_enter)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start.buttons["new"].click()
    draft = window.editor.draft
    assert draft is not None and draft.doc_type == "KH" and draft.sections
    agency = window.editor.agency
    window.editor.go("agency")
    assert agency.focusWidget() is not agency.doc_type  # the first field is still the agency
    qtbot.keyClick(window.editor.footer.next, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: agency.doc_type.hasFocus())


def test_a_draft_without_sections_opens_after_one_with_a_section_chosen(
    window: MainWindow, store: Store
) -> None:
    notice = store.create(draftfile.from_dict(sample("TB"))).draft
    empty = draftfile.from_dict(sample("KH"))
    empty.sections = []
    empty = store.create(empty).draft
    window.open_draft(notice.id)
    window.editor.go("content")
    window.editor.leave()
    window.open_draft(empty.id)
    assert window.editor.content.tree.current_path() is None
    assert not window.editor.content.part.isEnabled()


def test_an_outline_file_of_a_plan_starts_a_plan(
    qtbot: Any, window: MainWindow, store: Store, fake_dialogs: FakeDialogs, tmp_path: Any
) -> None:
    from lanson_report.domain.model import Template
    from lanson_report.intake.typed import type_outline

    outline = type_outline("KH")
    outline.template = Template("Kế hoạch chuyển đổi số", "Công văn 12/STTTT")
    path = tmp_path / "ke-hoach.json"
    draftfile.dump_path(outline, path)
    seen: list[str] = []

    def accept(dialog: NewReportDialog) -> bool:
        seen.append(dialog.types.currentItem().text())
        seen.append(dialog.outline.currentText())
        return True

    fake_dialogs.answer("open_file", path)
    fake_dialogs.answer("new_report", accept)
    window.start.buttons["from_outline"].click()
    assert seen == ["Kế hoạch", "Tệp ke-hoach.json"]
    draft = window.editor.draft
    assert draft is not None and draft.doc_type == "KH" and draft.template is None
    assert [s.heading for s in draft.sections][:2] == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG"]


def test_a_letter_reopened_at_a_step_it_has_not_opens_at_the_next(
    window: MainWindow, store: Store
) -> None:
    letter = store.create(draftfile.from_dict(sample("CV"))).draft
    window.open_draft(letter.id)
    window.editor.go("basis")
    assert window.editor.current_page() is window.editor.content
    window.editor.footer.back.click()
    assert window.editor.current_page() is window.editor.agency
