"""Step 3, Nội dung: the numbered sections of the report and the Kính gửi addressees."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...model import OUTLINE_DEPTH, OUTLINES, Draft, Section
from .. import dialogs
from ..bodyedit import BodyEdit
from ..fields import LineEdit, PlainTextEdit, buddy
from ..hintpanel import HintPanel, PeriodBanner, section_path
from ..outline import Path, get
from ..sectiontree import SectionTree
from ..textbar import TextBar
from .base import Page

OUTLINE_NAMES = {
    "arabic": "1. … a) …  (hai cấp, số Ả Rập)",
    "roman": "I. … 1. … a) …  (ba cấp, số La Mã)",
}


class ContentPage(Page):
    title = "Nội dung"

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
        self.heading = LineEdit(placeholder="VD: Kết quả thực hiện (để trống: mục không tiêu đề)")
        self.body = BodyEdit()
        self.hints = HintPanel()
        self.period = PeriodBanner()
        self.bar = TextBar(self.body)
        self._build()
        self.register("sections", self.body)
        self.register("addressees", self.addressees)
        self.register("outline", self.outline)
        self.watch(self.addressees, self.heading, self.body)
        self.outline.currentIndexChanged.connect(self._outline_changed)
        self.heading.textChanged.connect(self._heading_edited)
        self.tree.selected.connect(self._select)
        self.tree.structure_changed.connect(self._structure_changed)

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
        heading_row.addWidget(buddy("&Tiêu đề mục:", self.heading))
        heading_row.addWidget(self.heading, 1)
        form.addLayout(heading_row)
        form.addWidget(self.hints)
        form.addWidget(self.bar)
        form.addWidget(self.body, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
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
        self.tree.max_depth = OUTLINE_DEPTH[draft.outline]
        self.tree.show_sections(self.sections, self.outline_key(), (0,) if self.sections else None)
        self._select(self.tree.current_path())

    def commit(self) -> None:
        """Keep what the editor shows in the current section."""
        if self.current is not None:
            section = get(self.sections, self.current)
            section.heading = self.heading.value()
            section.blocks = self.body.blocks()

    def apply(self, draft: Draft) -> None:
        self.commit()
        draft.sections = copy.deepcopy(self.sections)
        draft.outline = self.outline_key()  # type: ignore[assignment]
        draft.addressees = self.addressees.lines()

    def _select(self, path: Path | None) -> None:
        self.commit()
        self.current = path
        section = get(self.sections, path) if path is not None else None
        loading, self._loading = self._loading, True
        try:
            self.heading.setText(section.heading if section else "")
            self.body.set_blocks(section.blocks if section else [])
            self.hints.show_hints(section)
        finally:
            self._loading = loading
        for widget in (self.heading, self.body, self.bar):
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

    def before_structure_change(self) -> list[Section]:
        self.commit()
        return self.sections

    def _outline_changed(self) -> None:
        if self._loading:
            return
        from ..outline import depth

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
        self.tree.max_depth = OUTLINE_DEPTH[key]  # type: ignore[index]
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
