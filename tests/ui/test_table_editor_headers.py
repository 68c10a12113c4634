"""The table's header cells read whole in the editor on a 1366×768 screen: wrapped onto as
many lines as they need, never cut, and the full text in a tooltip."""

from __future__ import annotations

from typing import Any

import figuresamples as samples
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from lanson_report.ui.wizard.body.tableeditor import TableEditor

SCREEN = (1366, 768)


def test_header_cells_wrap_whole_and_say_themselves_in_a_tooltip(qtbot: Any) -> None:
    dialog = TableEditor(samples.table())
    qtbot.addWidget(dialog)
    dialog.resize(SCREEN[0], SCREEN[1] - 40)  # the taskbar keeps the rest
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.view
    metrics = QFontMetrics(view.font())
    for column, header in enumerate(samples.HEADER):
        index = dialog.model.index(0, column)
        cell = view.visualRect(index)
        room = QRect(0, 0, cell.width() - 8, 10_000)  # the delegate's margins, both sides
        needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), header)
        assert needed.height() <= cell.height(), header
        assert index.data(Qt.ItemDataRole.ToolTipRole) == header
        label = view.model().headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert header in label
