"""Step 5, Xem trước và in: the real PDF, page by page, and what is still missing.

QtPdf and ReportLab are imported when this page is first shown, not at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....domain.checks import Problem
from ....domain.errors import ReportError
from ....domain.model import Draft, Layout
from ....domain.textcheck.findings import Finding
from ...common.fields import hint, plain_label
from ...common.widgets import button
from ..fitcontrol import FitControl
from .base import Page

FIELD = Qt.ItemDataRole.UserRole
RULE = Qt.ItemDataRole.UserRole + 1
FINDING = Qt.ItemDataRole.UserRole + 2
# Each style named by its words of the three kinds (oa, oe, uy): the clerk may be unifying
# thủy and thuỷ, not hòa and hoà (a clerk trial).
UNIFY_CHOICES = ("Dấu ở nguyên âm đầu: hòa, khỏe, thủy", "Dấu ở nguyên âm sau: hoà, khoẻ, thuỷ")
SEVERITY_COLOURS = {"error": "#b00020", "warning": "#8a4b00", "info": "#555555"}


class PreviewPage(Page):
    step_name = "preview"
    title = "Xem trước và in"
    export_requested = Signal()
    export_docx_requested = Signal()
    print_requested = Signal()
    jump_requested = Signal(str)
    finding_requested = Signal(str, int, int)  # a finding's field and span, to select
    rewrite_requested = Signal(object)  # a change to the whole draft's text, confirmed

    def __init__(self) -> None:
        super().__init__()
        self.document: Any = None
        self.view: Any = None
        self.pdf_data = b""
        self.draft: Draft | None = None  # the one shown, for Vừa trang
        self.problems: list[Problem] = []  # what Còn thiếu lists
        self.fit = FitControl(lambda: self.draft)
        self.fit.chosen.connect(self._layout_chosen)
        self.export_button = button("Xuất &PDF…  (Ctrl+E)", self.export_requested.emit)
        self.docx_button = button("Xuất &Word (.docx)…", self.export_docx_requested.emit)
        self.print_button = button("&In…  (Ctrl+P)", self.print_requested.emit)
        for widget in (self.export_button, self.docx_button, self.print_button):
            widget.setProperty("keep_enabled", True)
        self.pages_label = plain_label()  # may quote an error about the clerk's text
        self.missing = QListWidget()
        self.missing.itemActivated.connect(self._jump)
        self.missing.itemClicked.connect(self._jump)
        self.findings = QListWidget()  # "Kiểm tra": spelling and Decree 30 findings
        self.findings.itemActivated.connect(self._jump)
        self.findings.itemClicked.connect(self._jump)
        self.findings.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        from ...common.spellmarks import user_words

        user_words().changed.connect(self._words_changed)  # a rule off, a word added
        self.findings.customContextMenuRequested.connect(self._context_menu)
        self.placeholder = QLabel("Đang dựng trang…")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.export_button)
        top.addWidget(self.docx_button)
        top.addWidget(self.print_button)
        top.addWidget(self.pages_label, 1)
        side = QGroupBox("Còn thiếu")
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.missing, 1)
        side_layout.addWidget(
            hint(
                "Bấm vào một dòng (hoặc chọn rồi nhấn Enter) để đến chỗ cần "
                "điền. Vẫn có thể in khi còn thiếu."
            )
        )
        side.setMaximumWidth(280)
        self.checks_box = checks = QGroupBox("Kiểm tra")
        checks_layout = QVBoxLayout(checks)
        checks_layout.addWidget(self.findings, 1)
        checks_layout.addWidget(
            hint("Chính tả và cách trình bày theo Nghị định 30. Bấm vào một dòng để đến đó.")
        )
        checks.setMaximumWidth(280)
        # The clerk may drag the line between the two lists; Kiểm tra is the longer one.
        self.column = column = QSplitter(Qt.Orientation.Vertical)
        column.setChildrenCollapsible(False)
        column.addWidget(side)
        column.addWidget(checks)
        column.setStretchFactor(0, 1)
        column.setStretchFactor(1, 3)
        for lines in (self.missing, self.findings):  # room to drag: a list may hold two lines
            lines.setMinimumHeight(2 * lines.fontMetrics().lineSpacing() + 8)
        self.view_box = QVBoxLayout()
        self.view_box.addWidget(self.placeholder, 1)
        body = QHBoxLayout()
        body.addLayout(self.view_box, 1)
        body.addWidget(column)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.fit)
        layout.addLayout(body, 1)

    def fill(self, draft: Draft) -> None:
        """Nothing to show until the page is visited: rendering is done in shown()."""

    def apply(self, draft: Draft) -> None:
        """The preview edits nothing."""

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        from ...common.pdfpane import PdfPane

        self.pane = PdfPane(self)
        self.document, self.view = self.pane.document, self.pane.view
        self.view_box.replaceWidget(self.placeholder, self.view)
        self.placeholder.hide()

    def shown(self, draft: Draft) -> None:
        self.draft = draft
        self.fit.show_layout(draft)
        self._show_missing(draft)
        self._show_findings(draft)
        self._ensure_view()
        from ....pdf import render_pdf_bytes

        try:
            self.pdf_data = render_pdf_bytes(draft)
        except ReportError as exc:
            self.pdf_data = b""
            self.pages_label.setText(f"Không dựng được trang: {exc}")
            return
        self._load(self.pdf_data)

    def _layout_chosen(self, layout: Layout) -> None:
        """Vừa trang found a layout (or the clerk went back to the standard): store, show."""
        if self.draft is None:
            return
        self.draft.layout = layout
        self.changed.emit()  # saved with the draft, as any other change
        self.shown(self.draft)

    def _load(self, data: bytes) -> None:
        count = self.pane.load(data)  # each visit renders anew
        self.pages_label.setText(f"   {count} trang khổ A4 — đúng như sẽ in")

    def _show_missing(self, draft: Draft) -> None:
        from ....cli.export import notes  # ReportLab: loaded with the preview, not before

        self.missing.clear()
        self.problems = notes(draft)
        for problem in self.problems:
            item = QListWidgetItem(f"• {problem.message[0].upper()}{problem.message[1:]}")
            item.setData(FIELD, problem.field)
            item.setToolTip("Bấm để đến chỗ cần điền")
            self.missing.addItem(item)
        if not self.missing.count():
            item = QListWidgetItem("✓ Đã đủ các mục cần thiết để in trình ký.")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setForeground(QColor("#1b6e20"))
            self.missing.addItem(item)
        self.missing.setWordWrap(True)

    def _words_changed(self) -> None:
        """The settings switched a rule off, or a word went into the dictionary: the list
        shown follows at once."""
        if self.draft is not None and self.isVisible():
            self._show_findings(self.draft)

    def _show_findings(self, draft: Draft) -> None:
        from ....domain.textcheck import SEVERITY_LABELS, check_draft, described
        from ....domain.textcheck.findings import beside
        from ...common.spellmarks import user_words

        kept = self.findings.verticalScrollBar().value()  # after a fix, the same place
        self.findings.clear()
        words = user_words()
        found = check_draft(draft, ignored=words.words(), disabled=words.off)
        found = beside(found, self.problems)  # Còn thiếu's items are not said twice
        counts = [
            f"{n} {SEVERITY_LABELS[s]}"
            for s in ("error", "warning", "info")
            if (n := sum(f.severity == s for f in found))
        ]
        self.checks_box.setTitle(f"Kiểm tra ({', '.join(counts)})" if counts else "Kiểm tra")
        for finding, line in zip(found, described(draft, found), strict=True):
            label = SEVERITY_LABELS[finding.severity].capitalize()
            item = QListWidgetItem(f"{label} · {line}")
            item.setData(FIELD, finding.where)
            item.setData(RULE, finding.rule)
            item.setData(FINDING, finding)
            item.setForeground(QColor(SEVERITY_COLOURS[finding.severity]))
            item.setToolTip("Bấm để đến chỗ này; bấm chuột phải để sửa")
            self.findings.addItem(item)
        if not self.findings.count():
            item = QListWidgetItem("✓ Không thấy lỗi chính tả hay trình bày.")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setForeground(QColor("#1b6e20"))
            self.findings.addItem(item)
        self.findings.setWordWrap(True)
        self.findings.verticalScrollBar().setValue(kept)

    def _jump(self, item: QListWidgetItem) -> None:
        if item.data(RULE) == "tone-style":
            self._offer_unify(item.data(FINDING).message)
            return
        finding = item.data(FINDING)
        if finding is not None and finding.end > finding.start:
            self.finding_requested.emit(finding.where, finding.start, finding.end)
            return
        field = item.data(FIELD)
        if field:
            self.jump_requested.emit(str(field))

    def _context_menu(self, pos: Any) -> None:
        item = self.findings.itemAt(pos)
        menu = self.fixes_menu(item) if item is not None else None
        if menu is not None:
            menu.exec(self.findings.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def fixes_menu(self, item: QListWidgetItem) -> QMenu | None:
        """Right-click on a finding: its fixes, written into the report once chosen."""
        from functools import partial

        from ....domain.textcheck.fixing import apply_fix
        from ....domain.textcheck.rules import WORD_RULES
        from ...common.spellmarks import user_words
        from ...common.spellmenu import keepable

        finding = item.data(FINDING)
        if finding is None or finding.rule == "tone-style":
            return None
        menu = QMenu(self.findings)
        for fix in finding.suggestions[:5]:
            label = f"Sửa thành “{fix}”" if fix.strip() else "Xóa ký tự này"
            change = partial(apply_fix, finding=finding, fix=fix)
            menu.addAction(label, lambda c=change: self.rewrite_requested.emit(c))
        menu.addAction("Đến chỗ này", lambda: self._jump(item))
        words = self._words_of(finding)
        if words and finding.rule in WORD_RULES:  # as the editor's menu offers them;
            # a rule of Decree 30 (a capital, a date) is switched off in the settings
            menu.addAction("Bỏ qua", lambda: user_words().skip(words))
            if keepable(finding):
                menu.addAction("Thêm vào từ điển", lambda: user_words().add(words))
        return menu

    def _words_of(self, finding: Finding) -> str:
        """The words a finding is about, as the draft shown holds them."""
        from ....domain.text import nfc
        from ....domain.textcheck import fields

        if self.draft is None:
            return ""
        texts = {where: text for where, text, _ in fields(self.draft)}
        return nfc(texts.get(finding.where, ""))[finding.start : finding.end]

    def _offer_unify(self, text: str) -> None:
        """Both tone placements are correct: the clerk chooses one for the whole report."""
        from functools import partial

        from ....domain.textcheck.tonestyle import unify
        from ... import dialogs

        answer = dialogs.choose(
            self,
            "ask",
            "Thống nhất kiểu đặt dấu",
            f"{text.split(' — ')[0]}.\n\nViết cả báo cáo theo kiểu nào?",
            [*UNIFY_CHOICES, "Để nguyên"],
        )
        if answer is not None:
            self.rewrite_requested.emit(partial(unify, style=("old", "new")[answer]))

    def focus_field(self, field: str) -> bool:
        return False

    def view_widget(self) -> QWidget | None:
        return self.view
