"""Báo cáo mới: the report kind, its period with the data cut-off, and the outline to start from."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import periods
from ...domain.errors import ReportError
from ...domain.model import Draft, Period, PeriodKind
from ...domain.periods import KIND_LABELS, REPORT_KINDS, ReportKind
from ...domain.text import roman
from ...intake import outlines
from ...intake.newdraft import start_draft
from ...intake.outlines import Library, OutlineEntry
from .. import dialogs
from ..common.fields import buddy, ok_cancel

BLANK = "Không dùng đề cương (bắt đầu từ trang trắng)"
OUTLINE_FILTER = "Đề cương (*.json *.docx);;Tệp bản nháp (*.json);;Tệp Word (*.docx);;Mọi tệp (*)"
NOTE_STYLE = "QLabel { color: #1c3d66; }"


def library_for(store: Any) -> Library:
    """The outline library beside the store's data (built-in outlines only in memory)."""
    folder = getattr(getattr(store, "backend", None), "folder", None)
    if isinstance(folder, Path) and folder.is_dir():
        return Library(folder / outlines.FOLDER_NAME)
    return Library(None)


class PeriodPicker(QWidget):
    """Year, and month or quarter when the kind has one; shows the data cut-off range."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: PeriodKind = "year"
        self.year = QSpinBox()
        self.year.setRange(periods.MIN_YEAR, periods.MAX_YEAR)
        self.number = QComboBox()
        self.range = QLabel()
        self.range.setStyleSheet(NOTE_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number)
        row.addWidget(buddy("nă&m", self.year))
        row.addWidget(self.year)
        row.addSpacing(12)
        row.addWidget(self.range, 1)
        self.year.valueChanged.connect(self._changed)
        self.number.currentIndexChanged.connect(self._changed)

    def set_period(self, period: Period) -> None:
        self.kind = period.kind
        self.number.blockSignals(True)
        self.number.clear()
        if period.kind == "month":
            for month in range(1, 13):
                self.number.addItem(f"Tháng {month}", month)
        elif period.kind == "quarter":
            for quarter in range(1, 5):
                self.number.addItem(f"Quý {roman(quarter)}", quarter)
        self.number.setVisible(period.kind in ("month", "quarter"))
        if period.number:
            self.number.setCurrentIndex(period.number - 1)
        self.number.blockSignals(False)
        self.year.setValue(period.year)
        self._changed()

    def period(self) -> Period:
        number = self.number.currentData() if self.kind in ("month", "quarter") else None
        return Period(self.kind, self.year.value(), number)

    def _changed(self) -> None:
        self.range.setText(periods.range_text(self.period()))
        self.changed.emit()


class NewReportDialog(QDialog):
    def __init__(
        self,
        library: Library,
        today: datetime.date | None = None,
        extra: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Báo cáo mới")
        self.today = today or datetime.date.today()
        self.entries = library.entries()
        self.extra = extra
        self._titles: dict[Path, str] = {}
        self.kind = QComboBox()
        for key in REPORT_KINDS:
            self.kind.addItem(KIND_LABELS[key], key)
        self.picker = PeriodPicker()
        self.outline = QComboBox()
        self.keep = QCheckBox("Lưu đề cương này vào thư viện để dùng lại")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.buttons = ok_cancel("&Tạo báo cáo")
        self._build()
        self._fill_outlines()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.picker.changed.connect(self._show_title)
        self.outline.currentIndexChanged.connect(self._show_title)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind.setCurrentIndex(REPORT_KINDS.index("quarter"))
        self._kind_changed()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(buddy("&Loại báo cáo:", self.kind), self.kind)
        self.period_label = buddy("&Kỳ báo cáo:", self.picker.number)
        form.addRow(self.period_label, self.picker)
        form.addRow(buddy("Đề &cương:", self.outline), self.outline)
        if self.extra is not None:
            form.addRow("", self.keep)
            self.keep.setChecked(True)
        form.addRow("Trích yếu đề xuất:", self.title)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            "Đề cương đưa sẵn các mục và gợi ý (chữ nghiêng, màu xám, không in ra) vào báo "
            "cáo. Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP: số liệu tính từ ngày 15 tháng "
            "trước kỳ đến ngày 14 tháng cuối kỳ."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _fill_outlines(self) -> None:
        if self.extra is not None:
            self.outline.addItem(f"Tệp {self.extra.name}", str(self.extra))
        for entry in self.entries:
            suffix = " (có sẵn)" if entry.builtin else ""
            self.outline.addItem(f"{entry.name}{suffix}", str(entry.path))
        self.outline.addItem(BLANK, "")

    def report_kind(self) -> ReportKind:
        return self.kind.currentData()  # type: ignore[no-any-return]

    def _kind_changed(self) -> None:
        kind = self.report_kind()
        periodic = periods.is_periodic(kind)
        self.picker.setVisible(periodic)
        self.period_label.setVisible(periodic)
        if periodic:
            self.picker.set_period(periods.current(kind, self.today))  # type: ignore[arg-type]
            numbered = kind in ("month", "quarter")
            self.period_label.setBuddy(self.picker.number if numbered else self.picker.year)
        if self.extra is None and self._builtin_or_blank():
            self.outline.setCurrentIndex(REPORT_KINDS.index(kind))
        self._show_title()

    def _builtin_or_blank(self) -> bool:
        index = self.outline.currentIndex()
        return index < 0 or index >= len(self.entries) or self.entries[index].builtin

    def _show_title(self) -> None:
        period = self.period()
        own = self._outline_title()
        proposed = periods.proposed_title(period) if period else ""
        self.title.setText(own or proposed or "(điền ở bước Cơ quan, số, ngày)")

    def _outline_title(self) -> str:
        """The outline's own title, which a draft started from it keeps."""
        path = self.outline_path()
        if path is None:
            return ""
        if path not in self._titles:
            try:
                self._titles[path] = outlines.load(path).title.strip()
            except ReportError:
                self._titles[path] = ""  # told when the draft is made from it
        return self._titles[path]

    def period(self) -> Period | None:
        return self.picker.period() if periods.is_periodic(self.report_kind()) else None

    def outline_path(self) -> Path | None:
        data = self.outline.currentData()
        return Path(data) if data else None

    def chosen_entry(self) -> OutlineEntry | None:
        path = self.outline_path()
        return next((e for e in self.entries if e.path == path), None)

    def choose_blank(self) -> None:
        """No outline, no period: an empty report, as before outlines existed."""
        self.kind.setCurrentIndex(REPORT_KINDS.index("adhoc"))
        self.outline.setCurrentIndex(self.outline.count() - 1)

    def draft(self, settings: Any) -> Draft:
        path = self.outline_path()
        outline = outlines.load(path) if path else None
        return start_draft(outline, settings, self.period(), self.today)


class PeriodDialog(QDialog):
    """The period a duplicated periodic report moves to: the next one unless changed."""

    def __init__(self, old: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Nhân bản sang kỳ khác")
        self.picker = PeriodPicker()
        self.picker.set_period(periods.following(old))
        self.buttons = ok_cancel("&Nhân bản")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Báo cáo {periods.phrase(old)} sẽ được sao thành báo cáo:"))
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)

    def period(self) -> Period:
        return self.picker.period()


def ask(parent: QWidget, store: Any, extra: Path | None = None) -> Draft | None:
    """The clerk's new draft (not yet stored), or None when they cancel."""
    library = library_for(store)
    dialog = NewReportDialog(library, extra=extra, parent=parent)
    if not dialogs.new_report(dialog):
        return None
    draft = dialog.draft(store.settings())
    if extra is not None and dialog.outline_path() == extra and dialog.keep.isChecked():
        library.add_file(extra)
    return draft
