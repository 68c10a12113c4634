"""The table editor's figures: compute the current column from others, chosen by their
headers (not by number), and mark the current row "Tổng cộng" or "Trong đó".

Every change goes through domain/tables/figures, which keeps the file's `compute` and the
cells' text in step; the model recomputes and repaints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....domain.model import ComputedColumn, ComputeOp
from ....domain.tables import figureedit, figures
from ...common.fields import buddy
from ...common.widgets import button
from .tablemodel import TableModel, column_name

OPS: list[tuple[str, ComputeOp | None]] = [
    ("Nhập tay", None),
    ("Tổng các cột đã chọn", "sum"),
    ("Hiệu (cột thứ nhất − cột thứ hai)", "difference"),
    ("Tỷ lệ % (cột thứ nhất ÷ cột thứ hai × 100)", "ratio"),
    ("Tăng, giảm % (cột thứ nhất so với cột thứ hai)", "growth"),
    ("Cùng kỳ năm trước (cột thứ nhất của báo cáo năm trước)", "previous"),
]
ROW_KINDS: list[tuple[str, figureedit.RowKind]] = [
    ("Hàng chỉ tiêu", "item"),
    ("Tổng cộng (cộng các hàng phía trên)", "total"),
    ("Trong đó (không cộng vào tổng)", "part"),
]
ONE_OPERAND = ("previous",)
ANY_OPERANDS = ("sum",)  # chosen in a list of the headers, as many as the clerk ticks


class FiguresPanel(QWidget):
    def __init__(
        self, model: TableModel, changed: Callable[[str], None], changing: Callable[[], None]
    ) -> None:
        super().__init__()
        self.model = model
        self._changed = changed
        self._changing = changing  # before a change: the editor keeps the table for undo
        self._at = (0, 0)
        self._choosing: int | None = None  # a column set to "sum" whose columns are not ticked
        self.op = QComboBox()
        for name, op in OPS:
            self.op.addItem(name, op)
        self.first, self.second = QComboBox(), QComboBox()
        self.columns = QListWidget()  # a sum's columns, ticked by their headers
        self.columns.setAccessibleName("Các cột cộng vào tổng")
        self.columns.setFlow(QListView.Flow.LeftToRight)
        self.columns.setWrapping(True)
        self.columns.setResizeMode(QListView.ResizeMode.Adjust)
        self.columns.setMaximumHeight(self.columns.fontMetrics().height() * 4 + 8)
        self.row_kind = QComboBox()
        for name, kind in ROW_KINDS:
            self.row_kind.addItem(name, kind)
        self.column_label, self.row_label = QLabel(), QLabel()
        self.accept_button = button(
            "Dùng số tính được",
            self.accept_computed,
            "Thay các số gõ tay khác số tính được (ô tô đỏ) bằng số tính được",
        )
        # `8.000` in a column of decimal commas reads two ways: the clerk says which
        self.as_decimal = button("Là số thập phân", lambda: self.settle(False))
        self.as_thousands = button("Là số hàng nghìn", lambda: self.settle(True))
        self._build()
        for combo in (self.op, self.first, self.second):
            combo.currentIndexChanged.connect(self._rule_edited)
        self.columns.itemChanged.connect(self._rule_edited)
        self.row_kind.currentIndexChanged.connect(self._row_edited)

    def _build(self) -> None:
        column = QHBoxLayout()
        column.addWidget(self.column_label)
        column.addWidget(buddy("&Kiểu cột:", self.op))
        column.addWidget(self.op)
        self.first_label = buddy("từ cột:", self.first)
        self.second_label = buddy("và cột:", self.second)
        self.columns_label = buddy("cộng các cột:", self.columns)
        for widget in (self.first_label, self.first, self.second_label, self.second):
            column.addWidget(widget)
        column.addWidget(self.columns_label)
        column.addWidget(self.columns, 6)  # the headers side by side, not one per line
        column.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.row_label)
        row.addWidget(buddy("L&oại hàng:", self.row_kind))
        row.addWidget(self.row_kind)
        row.addStretch(1)
        row.addWidget(self.as_decimal)
        row.addWidget(self.as_thousands)
        row.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(column)
        layout.addLayout(row)

    # ------------------------------------------------------------------ showing
    def show_at(self, row: int, column: int) -> None:
        """Show the rule of the current column and the kind of the current row."""
        self._at = (row, column)
        table = self.model.table
        widgets = (self.op, self.first, self.second, self.row_kind, self.columns)
        for widget in widgets:
            widget.blockSignals(True)
        headers = [self._header(c) for c in range(len(table.columns))]
        for combo in (self.first, self.second):
            combo.clear()
            for index, text in enumerate(headers):
                combo.addItem(text, index)
        rule = next((r for r in _rules(self.model) if r.column == column), None)
        self.columns.clear()
        for index, text in enumerate(headers):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = rule is not None and rule.op in ANY_OPERANDS and index in rule.of
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
            item.setHidden(index == column)  # never a sum of itself (hidden once listed)
        if self._choosing != column:
            self._choosing = None
        shown = rule.op if rule else ("sum" if self._choosing == column else None)
        self.op.setCurrentIndex([op for _, op in OPS].index(shown))
        if rule is not None:
            self.first.setCurrentIndex(rule.of[0])
            self.second.setCurrentIndex(rule.of[1] if len(rule.of) > 1 else 0)
        self.row_kind.setCurrentIndex(
            [k for _, k in ROW_KINDS].index(figureedit.row_kind(table, row))
        )
        for widget in widgets:
            widget.blockSignals(False)
        self.column_label.setText(f"Cột {column_name(column)}:")
        self.row_label.setText(f"Hàng {row + 1}:")
        self.refresh()

    def _header(self, column: int) -> str:
        text = figures.header_text(self.model.table, column)
        return f"{column_name(column)}: {text}" if text else f"Cột {column_name(column)}"

    def refresh(self) -> None:
        """Enable what applies here; \"Dùng số tính được\" only while a figure disagrees."""
        op = self.op.currentData()
        listed = op in ANY_OPERANDS
        for widget in (self.first_label, self.first, self.second_label, self.second):
            widget.setVisible(not listed)
        self.columns_label.setVisible(listed)
        self.columns.setVisible(listed)
        self.first.setEnabled(op is not None)
        self.second.setEnabled(op is not None and op not in ONE_OPERAND)
        self.row_kind.setEnabled(self._at[0] >= self.model.table.header_rows)
        self.accept_button.setEnabled(bool(self.model.mismatched))
        found = figures.ambiguous_cells(self.model.table).get(self._at)
        choices = ((self.as_decimal, 1, "số thập phân"), (self.as_thousands, 2, "số hàng nghìn"))
        for choice, at, meaning in choices:
            choice.setVisible(found is not None)
            if found is not None:
                choice.setText(f"Là {meaning}: {found[at]}")
                choice.setToolTip(
                    f"“{found[0]}” đọc được hai cách vì các ô khác của cột viết dấu phẩy thập "
                    f"phân; bấm để ghi thành “{found[at]}”"
                )

    # ------------------------------------------------------------------ editing
    def _rule_edited(self, *_args: object) -> None:
        op = self.op.currentData()
        of = [self.first.currentData()]
        if op not in ONE_OPERAND:
            of.append(self.second.currentData())
        column = self._at[1]
        if op in ANY_OPERANDS:
            of = self._ticked()
            if not of:  # nothing to add up yet: typed, until a column is ticked
                self._choosing = column
                self._changing()
                figureedit.set_column_rule(self.model.table, column, None, [])
                self._changed_with("Đánh dấu các cột cần cộng ở ô “cộng các cột”.")
                return
        if op is not None and column in of:
            self._changed_with(f"Cột {column_name(column)} không thể được tính từ chính nó.")
            return
        self._changing()
        figureedit.set_column_rule(self.model.table, column, op, of)
        self._changed_with("")

    def _ticked(self) -> list[int]:
        items = [self.columns.item(i) for i in range(self.columns.count())]
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked and not item.isHidden()
        ]

    def _row_edited(self, *_args: object) -> None:
        self._changing()
        figureedit.set_row_kind(self.model.table, self._at[0], self.row_kind.currentData())
        self._changed_with("")

    def settle(self, thousands: bool) -> None:
        """Write the current cell's `8.000` as the clerk meant it."""
        self._changing()
        figureedit.settle_ambiguous(self.model.table, *self._at, thousands)
        self._changed_with("")

    def accept_computed(self) -> None:
        self._changing()
        figures.accept(self.model.table)
        self._changed_with("")

    def _changed_with(self, problem: str) -> None:
        """The editor resets the grid (spans, current cell) and says what was refused."""
        self._changed(problem)


def _rules(model: TableModel) -> list[ComputedColumn]:
    compute = model.table.compute
    return list(compute.columns) if compute is not None else []
