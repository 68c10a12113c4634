"""What the content step shows above the writing: the period of the report.

An outline's hints show once, in the editor at their place (hinttext.py): a panel above
the editor repeated them word for word."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QWidget

from ....domain import periods
from ....domain.model import Block, Period, Section
from .outline import Path, get

BANNER_STYLE = (
    "QLabel { background: #eef4fb; border: 1px solid #b8cde6; padding: 4px 8px; color: #1c3d66; }"
)


def section_hints(section: Section | None) -> list[str]:
    if section is None:
        return []
    return [b.text for b in section.blocks if isinstance(b, Block) and b.kind == "hint"]


class PeriodBanner(QLabel):
    """`Báo cáo quý II năm 2024 — Số liệu tính từ 15/3/2024 đến 14/6/2024` at the step's top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(BANNER_STYLE)
        self.hide()

    def show_period(self, period: Period | None) -> None:
        if period is None:
            self.hide()
            return
        self.setText(f"Báo cáo {periods.phrase(period)} — {periods.range_text(period)}.")
        self.show()


_STEP = re.compile(r"sections\[(\d+)\]")


def section_path(field: str, sections: list[Section]) -> Path | None:
    """The tree path of `sections[1].sections[0]`, or None when field names no section."""
    if not re.fullmatch(r"sections\[\d+\](\.sections\[\d+\])*", field):
        return None
    path = tuple(int(n) for n in _STEP.findall(field))
    try:
        get(sections, path)
    except IndexError:
        return None
    return path
