"""Step 3, Nội dung: the numbered sections of the document and the Kính gửi addressees, as
the type has them (required, optional or none); a decision's Điều, an invitation's lines."""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain import doctypes
from ....domain.model import (
    OUTLINE_DEPTH,
    OUTLINES,
    Appendix,
    Draft,
    Invitation,
    Section,
    clone,
)
from ... import dialogs
from ...common.fields import LineEdit, PlainTextEdit, buddy
from ..body.appendixpanel import AppendixEditor, AppendixList
from ..body.bodyedit import BodyEdit
from ..body.bodytables import BodyTables
from ..body.hintpanel import PeriodBanner, section_path
from ..body.outline import Path, exists, get, has_writing
from ..body.sectiontree import SectionTree
from ..body.textbar import TextBar, tool_row
from .base import Page

TREE_WIDTH = 280  # px: "1.1. Công tác chỉ đạo, điều hành" whole, the buttons unclipped
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
            if key in OUTLINE_NAMES:  # Điều (articles) belongs to a Quyết định's own step
                self.outline.addItem(OUTLINE_NAMES[key], key)
        self.addressees = PlainTextEdit(lines=2)
        self.kind = doctypes.doc_type(doctypes.DEFAULT)
        # short: beside the live page a long label left the section's title 145 px
        self.part = QCheckBox("Là P&hần")
        self.part.setToolTip(
            "Mục này là một Phần (Phần I, Phần II… đứng trên các mục I., II.): đề án, kế "
            "hoạch dài; các mục con của Phần được đánh số I., II."
        )
        self.invite_who = PlainTextEdit(lines=2)
        self.invite_event = PlainTextEdit(lines=2)
        self.invite_chair, self.invite_time, self.invite_place = LineEdit(), LineEdit(), LineEdit()
        self.invitation = self._invitation_form()
        self.tree = SectionTree()
        self.tree.source = self.before_structure_change
        self.tree.confirm_remove = self._confirm_remove_section
        self.heading = LineEdit(placeholder="VD: Kết quả thực hiện (để trống: mục không tiêu đề)")
        self.body = BodyEdit()
        self.period = PeriodBanner()
        self.bar = TextBar(self.body)
        self.tables = BodyTables(self.body)
        self.appendices: list[Appendix] = []
        self.current_appendix: int | None = None
        self.appendix_list = AppendixList()
        self.appendix_editor = AppendixEditor()
        self.editors = QStackedWidget()  # the section's editor, or the appendix's
        # A figure named by "Còn thiếu" opens its table at the cell, after the step shows
        # (focus_field is asked twice on the way: the timer opens the editor once).
        self._open_cell: tuple[int, int] | None = None
        self._cell_timer = QTimer(self)
        self._cell_timer.setSingleShot(True)
        self._cell_timer.setInterval(0)
        self._cell_timer.timeout.connect(self._open_table_at_cell)
        self._build()
        self.register("sections", self.body)
        self.register("addressees", self.addressees)
        self.register("outline", self.outline)
        for name, widget in self._invitation_fields().items():
            self.register(f"invitation.{name}", widget)
            self.watch(widget)
        self.register("invitation", self.invite_who)
        self.watch(self.addressees, self.heading, self.body)
        self.part.toggled.connect(self._part_toggled)
        self.outline.currentIndexChanged.connect(self._outline_changed)
        self.heading.textChanged.connect(self._heading_edited)
        self.tree.selected.connect(self._select)
        self.tree.structure_changed.connect(self._structure_changed)
        self._connect_appendices()
        for adding in (self.tree.add_button, self.tree.child_button):
            adding.clicked.connect(lambda: self.heading.setFocus())  # type its heading at once

    def _invitation_fields(self) -> dict[str, LineEdit | PlainTextEdit]:
        return {
            "invitees": self.invite_who,
            "event": self.invite_event,
            "chair": self.invite_chair,
            "time": self.invite_time,
            "place": self.invite_place,
        }

    def _invitation_form(self) -> QGroupBox:
        """A Giấy mời's lines, in the order they print (Mẫu 1.7)."""
        box = QGroupBox("Giấy mời")
        form = QFormLayout(box)
        form.addRow(buddy("T&hành phần mời:", self.invite_who), self.invite_who)
        form.addRow(buddy("Tới dự (&sự kiện):", self.invite_event), self.invite_event)
        form.addRow(buddy("&Chủ trì:", self.invite_chair), self.invite_chair)
        form.addRow(buddy("Thời gian (ngà&y, giờ):", self.invite_time), self.invite_time)
        form.addRow(buddy("Địa điểm (&nơi tổ chức):", self.invite_place), self.invite_place)
        self.invite_who.setPlaceholderText("VD: Đại diện lãnh đạo các sở, ban, ngành tỉnh")
        self.invite_event.setPlaceholderText("VD: Hội nghị tổng kết công tác khoa học và công nghệ")
        self.invite_chair.setPlaceholderText("VD: Đồng chí Giám đốc Sở (để trống nếu không ghi)")
        self.invite_time.setPlaceholderText("VD: 08 giờ 00 phút, thứ Sáu, ngày 21/3/2025")
        self.invite_place.setPlaceholderText("VD: Hội trường tầng 3, Sở Khoa học và Công nghệ")
        return box

    def _build(self) -> None:
        top = QFormLayout()
        self.outline_label = buddy("&Dàn ý đánh số:", self.outline)
        top.addRow(self.outline_label, self.outline)
        self.addressees_label = buddy("&Kính gửi:", self.addressees)
        top.addRow(self.addressees_label, self.addressees)
        right = QWidget()
        form = QVBoxLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.invitation)
        self.notes_label = QLabel("<b>Ghi chú</b> (dòng cuối kết thúc bằng ./.):")
        form.addWidget(self.notes_label)
        heading_row = QHBoxLayout()
        self.heading_label = buddy("T&iêu đề mục:", self.heading)
        heading_row.addWidget(self.heading_label)
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.part)
        form.addLayout(heading_row)
        form.addWidget(self.bar)
        form.addLayout(tool_row(self.tables.bar, self.bar.tools))
        form.addWidget(self.body, 1)
        self.left = left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.appendix_list)
        self.editors.addWidget(right)
        self.editors.addWidget(self.appendix_editor)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editors)
        # The tree as narrow as reads well, the room to the editor: beside the printed page
        # the editor's toolbar needs every pixel the window can spare.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([TREE_WIDTH, 1366 - TREE_WIDTH])
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
        self.outline.setCurrentIndex(max(0, self.outline.findData(draft.outline)))
        self.addressees.setPlainText("\n".join(draft.addressees))
        invitation = vars(draft.invitation or Invitation())
        for key, widget in self._invitation_fields().items():
            if isinstance(widget, PlainTextEdit):
                widget.setPlainText(invitation[key])
            else:
                widget.setText(invitation[key])
        self.current = None
        if draft.kind.one_form and not self.sections:  # the notes under the form
            self.sections.append(Section())
        self.tree.set_max_depth(OUTLINE_DEPTH[draft.outline])
        self.tree.show_sections(self.sections, self.outline_key(), (0,) if self.sections else None)
        self.appendices = copy.deepcopy(draft.appendices)
        self.show_type(draft.kind)
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
        draft.invitation = self._read_invitation(draft.kind)

    def _read_invitation(self, kind: doctypes.DocType) -> Invitation | None:
        """A Giấy mời always has its lines; another type keeps them only while they hold text."""
        fields = self._invitation_fields()
        text = {key: widget.value() for key, widget in fields.items()}
        if "invitation" in kind.extra or any(text.values()):
            return Invitation(**text)
        return None

    def show_type(self, kind: doctypes.DocType) -> None:
        """Only the type's fields; a field it has no place for stays shown while it holds
        text, so that nothing is lost unseen."""
        self.kind = kind
        wanted = {"required": " (bắt buộc)", "optional": " (nếu có)", "none": ""}
        self.addressees_label.setText(f"&Kính gửi{wanted[kind.addressees]}:")
        shown = kind.takes_addressees or bool(self.addressees.lines())
        self.addressees_label.setVisible(shown)
        self.addressees.setVisible(shown)
        self.addressees.setPlaceholderText(
            "Mỗi dòng một nơi nhận (VD: Ủy ban nhân dân tỉnh Lạng Sơn)"
            if kind.addressees == "required"
            else "Mỗi dòng một nơi nhận; để trống nếu không cần dòng Kính gửi"
            if kind.takes_addressees
            else "Loại văn bản này không có Kính gửi: chuyển các dòng này sang Nơi nhận"
        )
        inviting = "invitation" in kind.extra
        has_invitation = any(w.value() for w in self._invitation_fields().values())
        self.invitation.setVisible(inviting or has_invitation)
        self.notes_label.setVisible(inviting)
        # One form (a Giấy mời): its notes without the section tree, while they are one
        # section; a draft that has more (imported, or another type's) shows them all.
        single = kind.one_form and len(self.sections) <= 1 and not self.appendices
        for widget in (self.left, self.heading_label, self.heading, self.outline_label):
            widget.setVisible(not single)
        self.outline.setVisible(not single)
        self._sync_part()

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
        finally:
            self._loading = loading
        for widget in (self.heading, self.body, self.bar, self.bar.tools, self.tables.bar):
            widget.setEnabled(section is not None)
        self._sync_part()

    def _sync_part(self) -> None:
        """Phần stands only at the top of a roman outline."""
        path = self.current
        top = path is not None and len(path) == 1 and self.outline_key() == "roman"
        top = top and exists(self.sections, path)  # type: ignore[arg-type]
        loading, self._loading = self._loading, True
        try:
            self.part.setChecked(top and get(self.sections, path).part)  # type: ignore[arg-type]
        finally:
            self._loading = loading
        self.part.setVisible(self.outline_key() == "roman")
        self.part.setEnabled(top and not self.heading.isReadOnly())

    def _part_toggled(self, on: bool) -> None:
        if self._loading or self.current is None or len(self.current) != 1:
            return
        get(self.sections, self.current).part = on
        self.tree.relabel(self.sections, self.outline_key())
        self.emit_changed()

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
        if key != "roman":  # a part stands only above I.: the mark goes, never the text
            for section in self.sections:
                section.part = False
        self.tree.set_max_depth(OUTLINE_DEPTH[key])  # type: ignore[index]
        self.tree.relabel(self.sections, key)
        self._sync_part()
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
        self._sync_part()  # and Phần, on a top-level section only

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

    def writing_at(self) -> str:
        """The section or appendix shown, at the paragraph the cursor is in (the editor
        keeps one text block per draft block); a field of the step's own form first."""
        if self.focusWidget() in (self.heading, self.appendix_editor.title):
            return self._shown_path()
        field = super().writing_at()
        if field and field != "sections":
            return field  # Kính gửi, the invitation's lines
        return self._shown_path(blocks=True)

    def _shown_path(self, blocks: bool = False) -> str:
        if self.current_appendix is not None:
            path, body = f"appendices[{self.current_appendix}]", self.appendix_editor.body
        elif self.current is not None:
            path, body = ".".join(f"sections[{i}]" for i in self.current), self.body
        else:
            return ""
        return f"{path}.blocks[{body.textCursor().blockNumber()}]" if blocks else path

    def focus_item(self, field: str) -> bool:
        """`sections[1].sections[0].blocks[2].text`: that section, its third paragraph."""
        match = re.match(r"^sections((?:\[\d+\](?:\.sections)?)+)(.*)$", field)
        if match is None:
            return False
        path = tuple(int(index) for index in re.findall(r"\d+", match[1]))
        if not self.tree.select(path):
            return False
        rest = re.match(r"\.blocks\[(\d+)\](?:\.rows\[(\d+)\]\[(\d+)\])?", match[2])
        if rest is not None:
            block = self.body.document().findBlockByNumber(int(rest[1]))
            if block.isValid():
                self.body.setTextCursor(QTextCursor(block))
            if rest[2] is not None:  # a figure: its table opens at the cell, once shown
                self._open_cell = (int(rest[2]), int(rest[3]))
                self._cell_timer.start()
        (self.heading if match[2] == ".heading" else self.body).setFocus()
        return True

    def _open_table_at_cell(self) -> None:
        cell, self._open_cell = self._open_cell, None
        if cell is not None and self.isVisible():
            self.tables.edit(cell)
