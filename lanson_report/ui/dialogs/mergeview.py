"""Sắp xếp phần các đơn vị: a consolidated report per section, each unit's text under the
unit's name; the clerk moves a block to another section, up or down, drops it, edits its
words or rewords "Phòng đã …" into the department's voice. Works on a copy of the draft
(domain/mergeparts.py); Lưu thay đổi hands it back as one change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import mergeparts
from ...domain.model import Block, BodyBlock, Draft
from .. import dialogs
from ..common.fields import PlainTextEdit


class MergeView(QDialog):
    def __init__(self, draft: Draft, agency_word: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sắp xếp phần các đơn vị gửi")
        self.draft = draft
        self.agency_word = agency_word  # "Sở": the report's own voice
        self.changed = False
        self.blocks: dict[int, BodyBlock] = {}  # id(tree item) -> block
        self.items: dict[int, QTreeWidgetItem] = {}  # id(block) -> tree item
        self.block: BodyBlock | None = None
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.text_box = PlainTextEdit(lines=8)
        self.voice = QLabel()
        self.voice.setWordWrap(True)
        self.as_unit = QPushButton()
        self.as_unit.clicked.connect(lambda: self._reword(self.as_unit.property("subject")))
        self.as_agency = QPushButton(f"Viết lại thành “{agency_word}”")
        self.as_agency.clicked.connect(lambda: self._reword(agency_word))
        self.move_button = QPushButton("&Chuyển sang mục…")
        self.move_button.clicked.connect(self.move_to)
        self.up_button = QPushButton("&Lên")
        self.up_button.clicked.connect(lambda: self._shift(-1))
        self.down_button = QPushButton("&Xuống")
        self.down_button.clicked.connect(lambda: self._shift(1))
        self.drop_button = QPushButton("&Bỏ đoạn này")
        self.drop_button.clicked.connect(self.drop)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.as_unit)
        voice_row.addWidget(self.as_agency)
        voice_row.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.move_button, self.up_button, self.down_button, self.drop_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        for label in (self.where, self.voice):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        side.addWidget(self.where)
        side.addWidget(self.text_box)
        side.addWidget(self.voice)
        side.addLayout(voice_row)
        side.addLayout(actions)
        side.addStretch(1)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setSizes([560, 440])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Lưu thay đổi")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            "Mỗi mục của báo cáo tổng hợp, dưới đó phần của từng đơn vị. Chọn một đoạn để "
            "sửa chữ, chuyển sang mục khác, đổi thứ tự hoặc bỏ; mục CHƯA XẾP ĐƯỢC tự mất "
            "khi đã chuyển hết."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        self.show_places()
        first = next(iter(self.items.values()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._selected()

    # -- the list ----------------------------------------------------------------------

    def show_places(self) -> None:
        self.tree.clear()
        self.blocks.clear()
        self.items.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for place in mergeparts.places(self.draft):
            count = sum(len(blocks) for _, blocks in place.units)
            indent = "    " * max(place.level - 1, 0)  # a) under 1. under I., as printed
            top = QTreeWidgetItem([indent + place.label + (f"  ({count})" if count else "")])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if place.unplaced:
                top.setForeground(0, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(top)
            for unit, blocks in place.units:
                head = QTreeWidgetItem([unit])
                head.setFont(0, bold)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(head)
                for block in blocks:
                    item = QTreeWidgetItem([mergeparts.preview(block)])
                    item.setToolTip(0, mergeparts.preview(block))
                    if mergeparts.own_voice(block):
                        item.setForeground(0, Qt.GlobalColor.darkYellow)
                    head.addChild(item)
                    self.blocks[id(item)] = block
                    self.items[id(block)] = item
                head.setExpanded(True)
            top.setExpanded(True)

    def select(self, block: BodyBlock) -> None:
        item = self.items.get(id(block))
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def _selected(self) -> None:
        self._keep_text()
        item = self.tree.currentItem()
        self.block = self.blocks.get(id(item)) if item is not None else None
        block = self.block
        for button in (self.move_button, self.up_button, self.down_button, self.drop_button):
            button.setEnabled(block is not None)
        if block is None:
            self.where.setText("Chọn một đoạn trong danh sách bên trái.")
            self.text_box.setPlainText("")
            self.text_box.setReadOnly(True)
            self._show_voice()
            return
        section = mergeparts.section_of(self.draft, block)
        label = next((p.label for p in mergeparts.places(self.draft) if p.section is section), "")
        self.where.setText(f"<b>{block.source}</b> · {label}")
        editable = isinstance(block, Block)
        self.text_box.setReadOnly(not editable)
        self.text_box.setPlainText(
            block.text
            if isinstance(block, Block)
            else mergeparts.preview(block) + "\n(Sửa bảng ở bước Nội dung của báo cáo.)"
        )
        self._show_voice()

    def _show_voice(self) -> None:
        block = self.block
        found = mergeparts.own_voice(block) if block is not None else []
        for widget in (self.voice, self.as_unit, self.as_agency):
            widget.setVisible(bool(found))
        if not found or block is None:
            return
        words = ", ".join(dict.fromkeys(f"“{m['unit']} …”" for m in found))
        self.voice.setText(
            f"Đoạn viết theo giọng đơn vị ({words}): trong báo cáo của {self.agency_word} "
            "hãy nêu rõ ai làm."
        )
        self.as_unit.setText(f"Viết lại thành “{block.source}”")
        self.as_unit.setProperty("subject", block.source)

    def _keep_text(self) -> None:
        """The words typed into the box go into the block they were shown for."""
        block = self.block
        if isinstance(block, Block) and not self.text_box.isReadOnly():
            text = self.text_box.toPlainText()
            if text != block.text:
                mergeparts.edit(block, text)
                self.changed = True
                item = self.items.get(id(block))
                if item is not None:
                    item.setText(0, mergeparts.preview(block))

    # -- the clerk's moves -------------------------------------------------------------

    def _redraw(self, block: BodyBlock | None) -> None:
        self.block = None  # what the box held is in the draft already
        self.changed = True
        self.show_places()
        if block is not None:
            self.select(block)
        self._selected()

    def move_to(self) -> None:
        self._keep_text()
        block = self.block
        if block is None:
            return
        places = mergeparts.places(self.draft)
        labels = ["    " * max(p.level - 1, 0) + p.label for p in places]
        chosen = dialogs.pick(self, "Chuyển sang mục", "Chuyển đoạn này vào mục:", labels)
        if chosen is None:
            return
        target = places[labels.index(chosen)].section
        mergeparts.move(self.draft, block, target)
        self._redraw(block)

    def _shift(self, step: int) -> None:
        self._keep_text()
        block = self.block
        if block is not None and mergeparts.shift(self.draft, block, step):
            self._redraw(block)

    def drop(self) -> None:
        self._keep_text()
        block = self.block
        if block is None:
            return
        if not dialogs.ask(
            self,
            "Bỏ đoạn",
            f"Bỏ đoạn này của {block.source} khỏi báo cáo tổng hợp?\n\n"
            f"“{mergeparts.preview(block)}”\n\n(Bản trước vẫn còn trong Lịch sử.)",
            yes="Bỏ đoạn",
            no="Giữ lại",
        ):
            return
        mergeparts.drop(self.draft, block)
        self._redraw(None)

    def _reword(self, subject: str) -> None:
        self._keep_text()
        block = self.block
        if isinstance(block, Block) and subject and mergeparts.reword(block, subject):
            self._redraw(block)

    def _accept(self) -> None:
        self._keep_text()
        self.accept()
