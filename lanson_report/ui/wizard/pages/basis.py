"""Step 2, Căn cứ: the documents the report answers, and the sentence that leads into it;
for a Quyết định, the authority line, the căn cứ one per line and `Theo đề nghị của …`."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ....domain import doctypes
from ....domain.compose import basis_text, reference_sentence
from ....domain.model import Draft, Reference
from ....domain.text import short_date
from ...common.fields import LineEdit, PlainTextEdit, buddy
from ...common.widgets import PrintedText, button, button_row, combo, combo_value, fixed_lines
from ..binding import Field
from ..datefield import DateField
from ..listmodel import Column, ListModel, ListView
from .base import Page

LEADS = ("Căn cứ", "Thực hiện", "Theo", "Triển khai")
KINDS = (
    "Công văn",
    "Kế hoạch",
    "Quyết định",
    "Chỉ thị",
    "Thông báo",
    "Nghị quyết",
    "Thông tư",
    "Nghị định",
    "Luật",
    "Văn bản",
)
COLUMNS: tuple[Column[Reference], ...] = (
    Column("Mở đầu", lambda ref: ref.lead),
    Column("Loại văn bản", lambda ref: ref.kind),
    Column("Số, ký hiệu", lambda ref: ref.number),
    Column("Ngày", lambda ref: short_date(ref.date) if ref.date else ""),
    Column("Cơ quan ban hành", lambda ref: ref.issuer),
    Column("Nội dung", lambda ref: ref.subject),
)


class BasisPage(Page):
    step_name = "basis"
    title = "Căn cứ"

    def __init__(self) -> None:
        super().__init__()
        self.model: ListModel[Reference] = ListModel(COLUMNS, self)
        self.table = ListView(self.model)
        self.lead, self.kind = combo(LEADS), combo(KINDS)
        self.number, self.issuer, self.subject = LineEdit(), LineEdit(), LineEdit()
        self.date = DateField()
        self.date_error = self.date.error
        self.closing = PlainTextEdit(lines=2)
        self.authority = LineEdit(placeholder="VD: GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        self.proposal = LineEdit(placeholder="VD: Theo đề nghị của Chánh Văn phòng Sở.")
        self.preview = PrintedText()
        self.add_button = button("T&hêm căn cứ", self.add)
        self.up_button = button("Lên", lambda: self.move_by(-1))
        self.down_button = button("Xuống", lambda: self.move_by(1))
        self.remove_button = button("&Xóa căn cứ", self.remove)
        self._build()
        for widget in self._reference_fields():
            if widget is not self.date:
                self.watch(widget)
        self.date.date_edited.connect(self.emit_changed)
        self.changed.connect(self._edited)  # first the chosen reference, then the draft
        self.bind(
            Field(
                "basis.references",
                self.table,
                lambda: [replace(ref) for ref in self.refs],
                self._show_references,
            ),
            Field("basis.closing", self.closing),
            Field("authority", self.authority),
            Field("proposal", self.proposal),
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    @property
    def refs(self) -> list[Reference]:
        """The references as the clerk has them now, in printed order."""
        return self.model.rows

    def _reference_fields(self) -> tuple[QWidget, ...]:
        """The fields that edit the chosen reference."""
        return (
            self.lead,
            self.kind,
            self.number,
            self.issuer,
            self.subject,
            self.date,
        )

    def _build(self) -> None:
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        editor = QGroupBox("Căn cứ đang chọn")
        form = QFormLayout(editor)
        first = QHBoxLayout()
        first.addWidget(self.lead)
        first.addWidget(buddy("&Loại:", self.kind))
        first.addWidget(self.kind)
        first.addWidget(buddy("&Số:", self.number))
        first.addWidget(self.number, 1)
        first.addWidget(buddy("&Ngày:", self.date))
        first.addWidget(self.date)
        form.addRow(buddy("&Mở đầu:", self.lead), first)
        form.addRow("", self.date_error)
        form.addRow(buddy("&Cơ quan ban hành:", self.issuer), self.issuer)
        form.addRow(buddy("&Về việc:", self.subject), self.subject)
        self.decision = QGroupBox("Quyết định")
        decision = QFormLayout(self.decision)
        decision.addRow(buddy("Thẩm quyền b&an hành:", self.authority), self.authority)
        self.proposal_label = buddy("Theo đề ngh&ị của:", self.proposal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision)
        layout.addWidget(QLabel("Các văn bản làm căn cứ, theo thứ tự sẽ in:"))
        layout.addWidget(self.table, 1)
        layout.addLayout(
            button_row(self.add_button, self.up_button, self.down_button, self.remove_button)
        )
        layout.addWidget(editor)
        self.closing_label = buddy("Câu &dẫn sau căn cứ:", self.closing)
        layout.addWidget(self.closing_label)
        layout.addWidget(self.closing)
        proposal = QHBoxLayout()
        proposal.addWidget(self.proposal_label)
        proposal.addWidget(self.proposal, 1)
        layout.addLayout(proposal)
        layout.addWidget(QLabel("<b>Đoạn mở đầu sẽ in:</b>"))
        layout.addWidget(fixed_lines(self.preview, 5))
        self.subject.setPlaceholderText("VD: về việc tổ chức Ngày KH&CN Việt Nam năm 2022")
        self.issuer.setPlaceholderText("VD: Văn phòng UBND tỉnh")
        self.number.setPlaceholderText("VD: 1838/VP-KGVX")

    def _show_references(self, references: list[Reference]) -> None:
        self.model.set_rows([replace(ref) for ref in references])
        self.table.setCurrentCell(0 if references else -1, 0)
        self._select(self.table.currentRow())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._select(current.row())

    def _select(self, row: int, *_args: object) -> None:
        """Show the chosen reference in the form below the table."""
        ref = self.refs[row] if 0 <= row < len(self.refs) else None
        loading, self._loading = self._loading, True
        try:
            self.lead.setCurrentText(ref.lead if ref else "Căn cứ")
            self.kind.setCurrentText(ref.kind if ref else "")
            self.number.setText(ref.number if ref else "")
            self.issuer.setText(ref.issuer if ref else "")
            self.subject.setText(ref.subject if ref else "")
            self.date.set_date(ref.date if ref else None)
        finally:
            self._loading = loading
        editable = ref is not None and not self.is_read_only()
        for widget in (*self._reference_fields(), self.remove_button):
            widget.setEnabled(editable)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and row < len(self.refs) - 1)

    def is_read_only(self) -> bool:
        return self.number.isReadOnly()

    def _edited(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.refs):
            ref = self.refs[row]
            ref.lead, ref.kind = combo_value(self.lead), combo_value(self.kind)
            ref.number, ref.issuer = self.number.value(), self.issuer.value()
            ref.subject = self.subject.value()
            ref.date = self.date.valid_date
            self.model.row_changed(row)

    def fill(self, draft: Draft) -> None:
        super().fill(draft)
        self.show_type(draft.kind)

    def show_type(self, kind: doctypes.DocType) -> None:
        """A decision's căn cứ are lines after the authority, ending with the proposal; a
        field the type has no place for stays shown while it holds text."""
        lines = kind.basis == "lines"
        self.decision.setVisible(lines or bool(self.authority.value()))
        self.proposal_label.setVisible(lines or bool(self.proposal.value()))
        self.proposal.setVisible(self.proposal_label.isVisibleTo(self))
        closing = kind.basis == "paragraph" or bool(self.closing.value())
        self.closing_label.setVisible(closing)
        self.closing.setVisible(closing)

    def show_printed(self, draft: Draft) -> None:
        if draft.kind.basis != "lines":
            self.preview.setText(basis_text(draft) or "(chưa có căn cứ)")
            return
        lines = [draft.authority.upper()] if draft.authority else []
        lines += [reference_sentence(ref) for ref in draft.basis.references]
        lines += [draft.proposal] if draft.proposal else []
        self.preview.setText("\n".join(lines) or "(chưa có căn cứ)")

    def add(self) -> None:
        ref = Reference(lead="Căn cứ", kind="Công văn")  # no date until one is typed
        self.table.setCurrentCell(self.model.append(ref), 0)
        self.changed.emit()
        self.number.setFocus()

    def move_by(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if 0 <= row < len(self.refs) and 0 <= other < len(self.refs):
            self.model.swap(row, other)  # the current index moves with its row
            self.table.setCurrentCell(other, 0)
            self._select(other)
            self.changed.emit()

    def remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.refs):
            self.model.remove(row)
            self._select(self.table.currentRow())
            self.changed.emit()

    def focus_item(self, field: str) -> bool:
        """`basis.references[1].subject`: the second reference, and its Về việc field."""
        match = re.match(r"basis\.references\[(\d+)\](?:\.(\w+))?", field)
        if match is None or int(match[1]) >= len(self.refs):
            return False
        self.table.setCurrentCell(int(match[1]), 0)
        names = ("lead", "kind", "number", "date", "issuer", "subject")
        fields = dict(zip(names, self._form(), strict=True))
        fields.get(match[2] or "", self.table).setFocus()
        return True

    def _form(self) -> tuple[QWidget, ...]:
        return (self.lead, self.kind, self.number, self.date, self.issuer, self.subject)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._select(self.table.currentRow())
