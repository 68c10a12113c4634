"""Step 3, Nội dung: the numbered sections of the report and the Kính gửi addressees."""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.model import OUTLINE_DEPTH, OUTLINES, Appendix, Draft, Section, clone
from ... import dialogs
from ...common.fields import LineEdit, PlainTextEdit, buddy
from ..body.appendixpanel import AppendixEditor, AppendixList
from ..body.bodyedit import BodyEdit
from ..body.bodytables import BodyTables
from ..body.hintpanel import HintPanel, PeriodBanner, section_path
from ..body.outline import Path, get, has_writing
from ..body.sectiontree import SectionTree
from ..body.textbar import TextBar
from .base import Page

OUTLINE_NAMES = {
    "arabic": "1. … a) …  (hai cấp, số Ả Rập)",
    "roman": "I. … 1. … a) …  (ba cấp, số La Mã)",
    "articles": "Điều 1. … 1. … a) …  (điều, khoản, điểm)",
}


class ContentPage(Page):
    step_name = "content"
    title = "Nội dung"
    section_shown = Signal(object)  # the path of the section now in the editor

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[Section] = []
        self.current: Path | None = None
        self.outline = QComboBox()
        for key in OUTLINES:
            self.outline.addItem(OUTLINE_NAMES[key], key)
        self.addressees = PlainTextEdit(lines=2)
        self.tree = SectionTree()
        self.tree.source = self.before_structure_change
        self.tree.confirm_remove = self._confirm_remove_section
        self.heading = LineEdit(placeholder="VD: Kết quả thực hiện (để trống: mục không tiêu đề)")
        self.body = BodyEdit()
        self.hints = HintPanel()
        self.period = PeriodBanner()
        self.bar = TextBar(self.body)
        self.tables = BodyTables(self.body)
        self.appendices: list[Appendix] = []
        self.current_appendix: int | None = None
        self.appendix_list = AppendixList()
        self.appendix_editor = AppendixEditor()
        self.editors = QStackedWidget()  # the section's editor, or the appendix's
        self._build()
        self.register("sections", self.body)
        self.register("addressees", self.addressees)
        self.register("outline", self.outline)
        self.watch(self.addressees, self.heading, self.body)
        self.outline.currentIndexChanged.connect(self._outline_changed)
        self.heading.textChanged.connect(self._heading_edited)
        self.tree.selected.connect(self._select)
        self.tree.structure_changed.connect(self._structure_changed)
        self._connect_appendices()
        for adding in (self.tree.add_button, self.tree.child_button):
            adding.clicked.connect(lambda: self.heading.setFocus())  # type its heading at once

    def _build(self) -> None:
        top = QFormLayout()
        top.addRow(buddy("&Dàn ý đánh số:", self.outline), self.outline)
        top.addRow(buddy("&Kính gửi:", self.addressees), self.addressees)
        self.addressees.setPlaceholderText(
            "Mỗi dòng một nơi nhận báo cáo; để trống nếu không cần dòng Kính gửi"
        )
        right = QWidget()
        form = QVBoxLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading_row.addWidget(buddy("T&iêu đề mục:", self.heading))
        heading_row.addWidget(self.heading, 1)
        form.addLayout(heading_row)
        form.addWidget(self.hints)
        form.addWidget(self.bar)
        form.addWidget(self.tables.bar)
        form.addWidget(self.body, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.appendix_list)
        self.editors.addWidget(right)
        self.editors.addWidget(self.appendix_editor)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editors)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def outline_key(self) -> str:
        return str(self.outline.currentData())

    def fill(self, draft: Draft) -> None:
        self.sections = copy.deepcopy(draft.sections)
        self.period.show_period(draft.period)
        self.outline.setCurrentIndex(max(0, OUTLINES.index(draft.outline)))
        self.addressees.setPlainText("\n".join(draft.addressees))
        self.current = None
        self.tree.set_max_depth(OUTLINE_DEPTH[draft.outline])
        self.tree.show_sections(self.sections, self.outline_key(), (0,) if self.sections else None)
        self.appendices = copy.deepcopy(draft.appendices)
        self.current_appendix = None
        self.appendix_list.show_items(self.appendices, None)
        self._select(self.tree.current_path())

    def commit(self) -> None:
        """Keep what the editor shows in the current section."""
        if self.current is not None:
            section = get(self.sections, self.current)
            section.heading = self.heading.value()
            section.blocks = self.body.blocks()
        if self.current_appendix is not None:
            self.appendix_editor.write(self.appendices[self.current_appendix])

    def apply(self, draft: Draft) -> None:
        self.commit()
        draft.sections = clone(self.sections)
        draft.outline = self.outline_key()  # type: ignore[assignment]
        draft.addressees = self.addressees.lines()
        draft.appendices = clone(self.appendices)

    def _select(self, path: Path | None) -> None:
        self.commit()
        self.current = path
        if path is not None:
            self.section_shown.emit(path)
        if path is not None or self.current_appendix is None:
            self._show_section_editor()
        section = get(self.sections, path) if path is not None else None
        loading, self._loading = self._loading, True
        try:
            self.heading.setText(section.heading if section else "")
            self.body.set_blocks(section.blocks if section else [])
            self.hints.show_hints(section)
        finally:
            self._loading = loading
        for widget in (self.heading, self.body, self.bar, self.tables.bar):
            widget.setEnabled(section is not None)

    def _heading_edited(self) -> None:
        if self.current is not None and not self._loading:
            get(self.sections, self.current).heading = self.heading.value()
            self.tree.relabel(self.sections, self.outline_key())

    def _structure_changed(self, path: Path | None) -> None:
        self.current = None  # the old path may no longer exist; the editor was committed
        self.tree.show_sections(self.sections, self.outline_key(), path)
        self._select(path)
        self.emit_changed()

    def _confirm_remove_section(self, path: Path) -> bool:
        section = get(self.before_structure_change(), path)
        if not has_writing(section.blocks, section.sections):
            return True
        name = f"“{section.heading}”" if section.heading else "này"
        return dialogs.ask(
            self,
            "Xóa mục",
            f"Xóa mục {name} cùng nội dung và các mục con của nó?\n"
            "Nếu lỡ tay, có thể lấy lại từ Lịch sử các lần lưu.",
            "Xóa mục",
            "Không xóa",
        )

    def _confirm_remove_appendix(self, row: int) -> bool:
        self.commit()
        appendix = self.appendices[row]
        if not has_writing(appendix.blocks):
            return True
        name = f"“{appendix.title}”" if appendix.title else "này"
        return dialogs.ask(
            self,
            "Xóa phụ lục",
            f"Xóa phụ lục {name} cùng nội dung của nó?\n"
            "Nếu lỡ tay, có thể lấy lại từ Lịch sử các lần lưu.",
            "Xóa phụ lục",
            "Không xóa",
        )

    def before_structure_change(self) -> list[Section]:
        self.commit()
        return self.sections

    def _outline_changed(self) -> None:
        if self._loading:
            return
        from ..body.outline import depth

        key = self.outline_key()
        if depth(self.sections) > OUTLINE_DEPTH[key]:  # type: ignore[index]
            dialogs.warn(
                self,
                "Không đổi được dàn ý",
                "Báo cáo đang có mục ba cấp. Dàn ý số Ả Rập chỉ có hai cấp: "
                "hãy lùi các mục con cấp ba ra trước.",
            )
            self.outline.setCurrentIndex(OUTLINES.index("roman"))
            return
        self.tree.set_max_depth(OUTLINE_DEPTH[key])  # type: ignore[index]
        self.tree.relabel(self.sections, key)
        self.emit_changed()

    def focus_field(self, field: str) -> bool:
        if field.startswith("sections") and not self.sections:
            self.tree.add_button.setFocus()
            return True
        path = section_path(field, self.sections)
        if path is not None:  # a section named by "Còn thiếu": select it, write in it
            self.tree.show_sections(self.sections, self.outline_key(), path)
            self._select(path)
            self.body.setFocus()
            return True
        return super().focus_field(field)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.appendix_list.set_read_only(read_only)  # its buttons follow the chosen row
        self.tree.set_read_only(read_only)  # and so do the sections' buttons

    # ------------------------------------------------------------------ appendices
    def _connect_appendices(self) -> None:
        editor = self.appendix_editor
        self.watch(editor.title, editor.orientation, editor.body)
        editor.title.textChanged.connect(self._appendix_edited)
        editor.orientation.currentIndexChanged.connect(self._appendix_edited)
        self.appendix_list.before_change = self._before_appendix_change
        self.appendix_list.confirm_remove = self._confirm_remove_appendix
        self.appendix_list.selected.connect(self._select_appendix)
        self.appendix_list.structure_changed.connect(self._appendices_changed)

    def _show_section_editor(self) -> None:
        self.current_appendix = None
        self.appendix_list.deselect()
        self.editors.setCurrentIndex(0)

    def _select_appendix(self, index: int | None) -> None:
        self.commit()
        self.current_appendix = None
        if index is None:
            return
        self.current = None
        self.tree.view.blockSignals(True)
        self.tree.view.setCurrentItem(None)  # type: ignore[call-overload]  # None: no item
        self.tree.view.blockSignals(False)
        loading, self._loading = self._loading, True
        try:
            self.appendix_editor.show_appendix(self.appendices[index])
        finally:
            self._loading = loading
        self.current_appendix = index
        self.editors.setCurrentIndex(1)

    def _before_appendix_change(self) -> None:
        self.commit()
        self.current_appendix = None  # its index may not hold it afterwards

    def _appendices_changed(self, select: int | None) -> None:
        if select == len(self.appendices):
            self.appendices.append(Appendix())
        self.appendix_list.show_items(self.appendices, select)
        if select is None:
            first = self.tree.view.topLevelItem(0)
            if first is not None:
                self.tree.view.setCurrentItem(first)
            self._select(self.tree.current_path())
        else:
            self._select_appendix(select)
            self.appendix_editor.title.setFocus()
        self.emit_changed()

    def _appendix_edited(self) -> None:
        if self.current_appendix is not None and not self._loading:
            self.appendix_editor.write(self.appendices[self.current_appendix])
            self.appendix_list.relabel()

    def focus_item(self, field: str) -> bool:
        """`sections[1].sections[0].blocks[2].text`: that section, its third paragraph."""
        match = re.match(r"^sections((?:\[\d+\](?:\.sections)?)+)(.*)$", field)
        if match is None:
            return False
        path = tuple(int(index) for index in re.findall(r"\d+", match[1]))
        if not self.tree.select(path):
            return False
        rest = re.match(r"\.blocks\[(\d+)\]", match[2])
        if rest is not None:
            block = self.body.document().findBlockByNumber(int(rest[1]))
            if block.isValid():
                self.body.setTextCursor(QTextCursor(block))
        (self.heading if match[2] == ".heading" else self.body).setFocus()
        return True
