"""Văn bản mới: the document type first (Báo cáo by default: one Enter), then for a report
its kind and period with the data cut-off, and the outline to start from."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import doctypes, periods
from ...domain.errors import ReportError
from ...domain.model import Draft, Period, PeriodKind
from ...domain.periods import KIND_LABELS, REPORT_KINDS, ReportKind
from ...domain.text import roman
from ...intake import outlines
from ...intake.newdraft import start_draft
from ...intake.outlines import Library, OutlineEntry
from ...intake.typed import start_typed, type_outline
from .. import dialogs
from ..common.fields import buddy, ok_cancel

BLANK = "Không dùng đề cương (bắt đầu từ trang trắng)"
OUTLINE_FILTER = "Đề cương (*.json *.docx);;Tệp bản nháp (*.json);;Tệp Word (*.docx);;Mọi tệp (*)"
NOTE_STYLE = "QLabel { color: #1c3d66; }"
BUILT_IN = "built-in"  # the outline the registry gives a type other than a report


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


class TypeList(QListWidget):
    """The document types by their Vietnamese names; Báo cáo first and chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for kind in doctypes.TYPES:
            item = QListWidgetItem(kind.label)
            item.setData(CODE, kind.code)
            item.setToolTip(_type_tip(kind))
            self.addItem(item)
        self.setCurrentRow(0)
        rows = self.sizeHintForRow(0) * self.count() + 2 * self.frameWidth() + 4
        self.setMinimumHeight(rows)
        self.setFixedWidth(max(self.sizeHintForColumn(0) + 40, 150))

    def code(self) -> str:
        item = self.currentItem()
        return str(item.data(CODE)) if item is not None else doctypes.DEFAULT

    def choose(self, code: str) -> None:
        self.setCurrentRow(doctypes.CODES.index(doctypes.doc_type(code).code))


def _type_tip(kind: doctypes.DocType) -> str:
    symbol = "Số: …/SKHCN-VP" if kind.code == "CV" else f"Số: …/{kind.code}-SKHCN"
    return f"{kind.name or 'Công văn (không in tên loại)'} — {symbol}"


CODE = Qt.ItemDataRole.UserRole


class NewReportDialog(QDialog):
    def __init__(
        self,
        library: Library,
        today: datetime.date | None = None,
        extra: Path | None = None,
        parent: QWidget | None = None,
        chosen: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Văn bản mới")
        self.today = today or datetime.date.today()
        self.all_entries = library.entries()
        self.entries = self.all_entries
        self.extra = extra
        self._titles: dict[Path, str] = {}
        self.types = TypeList()
        self.kind = QComboBox()
        for key in REPORT_KINDS:
            self.kind.addItem(KIND_LABELS[key], key)
        self.picker = PeriodPicker()
        self.outline = QComboBox()
        self.keep = QCheckBox("Lưu đề cương này vào thư viện để dùng lại")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.buttons = ok_cancel("&Tạo văn bản")
        self._build()
        proposed = chosen or extra
        if proposed is not None:
            self.types.choose(self._outline_type(proposed))
        self._fill_outlines()
        self.types.currentRowChanged.connect(self._type_changed)
        self.types.itemActivated.connect(lambda _item: self.accept())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.picker.changed.connect(self._show_title)
        self.outline.currentIndexChanged.connect(self._show_title)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.kind.setCurrentIndex(REPORT_KINDS.index("quarter"))
        self._type_changed()
        if chosen is not None:
            self._choose_outline(chosen)
        self.types.setFocus()

    def _choose_outline(self, path: Path) -> None:
        """Propose this outline: a built-in one sets its report kind (and so its period)."""
        entry = next((e for e in self.entries if e.path == path), None)
        if entry is not None and entry.kind is not None:
            self.kind.setCurrentIndex(REPORT_KINDS.index(entry.kind))
        index = self.outline.findData(str(path))
        if index >= 0:
            self.outline.setCurrentIndex(index)

    def _build(self) -> None:
        form = QFormLayout()
        self.kind_label = buddy("&Loại báo cáo:", self.kind)
        form.addRow(self.kind_label, self.kind)
        self.period_label = buddy("&Kỳ báo cáo:", self.picker.number)
        form.addRow(self.period_label, self.picker)
        form.addRow(buddy("Đề &cương:", self.outline), self.outline)
        if self.extra is not None:
            form.addRow("", self.keep)
            self.keep.setChecked(True)
        form.addRow("Trích yếu đề xuất:", self.title)
        types = QVBoxLayout()
        types.addWidget(buddy("Loại &văn bản:", self.types))
        types.addWidget(self.types, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        note = QLabel(
            "Đề cương đưa sẵn các mục và gợi ý (chữ nghiêng, màu xám, không in ra) vào văn bản."
        )
        note.setWordWrap(True)
        self.period_note = QLabel(
            "Kỳ báo cáo theo Nghị định 09/2019/NĐ-CP: số liệu tính từ ngày 15 tháng "
            "trước kỳ đến ngày 14 tháng cuối kỳ."
        )
        self.period_note.setWordWrap(True)
        right.addWidget(note)
        right.addWidget(self.period_note)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(types)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(820)

    def doc_type(self) -> str:
        """The code of the type chosen: `BC` unless the clerk picked another."""
        return self.types.code()

    def is_report(self) -> bool:
        return self.doc_type() == doctypes.DEFAULT

    def _outline_type(self, path: Path) -> str:
        try:
            return outlines.load(path).doc_type
        except ReportError:
            return doctypes.DEFAULT  # told when the draft is made from it

    def _fill_outlines(self) -> None:
        """The outlines of the chosen type: a report's by kind, another type's built-in one,
        the clerk's own of that type, then none."""
        code = self.doc_type()
        self.entries = [e for e in self.all_entries if e.doc_type == code]
        self.outline.blockSignals(True)
        self.outline.clear()
        if self.extra is not None:
            self.outline.addItem(f"Tệp {self.extra.name}", str(self.extra))
        if not self.is_report() and doctypes.doc_type(code).built_in:
            label = doctypes.doc_type(code).label
            self.outline.addItem(f"{label} (có sẵn)", BUILT_IN)
        for entry in self.entries:
            suffix = " (có sẵn)" if entry.builtin else ""
            self.outline.addItem(f"{entry.name}{suffix}", str(entry.path))
        self.outline.addItem(BLANK, "")
        self.outline.setCurrentIndex(0)
        self.outline.blockSignals(False)

    def _type_changed(self, *_args: object) -> None:
        report = self.is_report()
        self._fill_outlines()
        for widget in (self.kind, self.kind_label, self.period_note):
            widget.setVisible(report)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(
            "&Tạo báo cáo" if report else "&Tạo văn bản"
        )
        if report:
            self._kind_changed()
        else:
            self.picker.setVisible(False)
            self.period_label.setVisible(False)
            self._show_title()

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
        if not self.is_report():
            return None
        return self.picker.period() if periods.is_periodic(self.report_kind()) else None

    def outline_path(self) -> Path | None:
        data = self.outline.currentData()
        return Path(data) if data and data != BUILT_IN else None

    def built_in_type_outline(self) -> bool:
        return bool(self.outline.currentData() == BUILT_IN)

    def chosen_entry(self) -> OutlineEntry | None:
        path = self.outline_path()
        return next((e for e in self.entries if e.path == path), None)

    def choose_blank(self) -> None:
        """No outline, no period: an empty report, as before outlines existed."""
        self.types.choose(doctypes.DEFAULT)
        self.kind.setCurrentIndex(REPORT_KINDS.index("adhoc"))
        self.outline.setCurrentIndex(self.outline.count() - 1)

    def draft(self, settings: Any) -> Draft:
        path = self.outline_path()
        outline = outlines.load(path) if path else None
        if self.is_report():
            return start_draft(outline, settings, self.period(), self.today)
        code = self.doc_type()
        if outline is None:
            outline = type_outline(code) if self.built_in_type_outline() else blank(code)
        return start_typed(code, settings, self.today, outline)


def blank(code: str) -> Draft:
    """A document of the type with no sections: numbered as the type numbers."""
    draft = type_outline(code)
    draft.sections, draft.closing, draft.appendices = [], "", []
    return draft


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


def ask(
    parent: QWidget, store: Any, extra: Path | None = None, chosen: Path | None = None
) -> Draft | None:
    """The clerk's new draft (not yet stored), or None when they cancel. `extra`: an
    outline file from outside the library; `chosen`: the outline proposed."""
    library = library_for(store)
    dialog = NewReportDialog(library, extra=extra, chosen=chosen, parent=parent)
    if not dialogs.new_report(dialog):
        return None
    draft = dialog.draft(store.settings())
    if extra is not None and dialog.outline_path() == extra and dialog.keep.isChecked():
        library.add_file(extra)
    return draft
