"""The wizard: an outline of the steps, the pages, Back/Next, autosave and status."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import doctypes
from ...domain.errors import ReportError
from ...domain.findtext import Hit
from ...domain.model import Draft
from ...files import draftfile
from ...intake import typed
from ...store.statuslog import Mismatch, StatusEvent, mismatch
from .. import dialogs
from ..common.spellmarks import user_words
from ..common.texts import clock, explain
from ..common.worker import Worker
from ..dialogs import status
from ..dialogs.findreplace import FindReplace, select_hit
from .autosave import Autosave
from .editorbar import Footer, Header
from .livepreview import LivePreview
from .pages.agency import AgencyPage
from .pages.base import Page
from .pages.basis import BasisPage
from .pages.content import ContentPage
from .pages.preview import PreviewPage
from .pages.sign import SignPage

if TYPE_CHECKING:
    from ..printing.printjob import Outcome, PrintJob

STEPS_PADDING = 36  # px: the list's frame and its items' margins
UNPLACED_STYLE = "QLabel { background: #fff4ce; color: #5c3c00; padding: 4px; }"


class Editor(QWidget):
    closed = Signal()  # back to the list of reports
    step_changed = Signal(str, str)  # draft id, step name
    section_changed = Signal(str, object)  # draft id, path of the section shown in step 3
    message = Signal(str)  # for the status bar
    live_pane_changed = Signal(int, str)  # the clerk widened the page beside or zoomed it
    update_other = Signal(str, object)  # a returned Word file of another report: its id, path
    open_request = Signal(str)  # a draft made from this one (a consolidation) to open

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stored: Any = None
        self.draft: Draft | None = None
        self.read_only = False
        self.dirty = False
        self._last_error = ""
        self.preview = PreviewPage()
        self.content = ContentPage()
        self.agency = AgencyPage()
        self.basis = BasisPage()
        self.pages: list[Page] = [
            self.agency,
            self.basis,
            self.content,
            SignPage(),
            self.preview,
        ]
        self.steps = QListWidget()
        self.stack = QStackedWidget()
        self.live = LivePreview()
        self.header = Header()
        self.footer = Footer()
        self.unplaced = QLabel()  # fields the type has no place for: kept, and said so
        self.unplaced.setWordWrap(True)
        self.unplaced.setStyleSheet(UNPLACED_STYLE)
        self.unplaced.hide()
        self.autosave = Autosave(self, self.save, lambda: self.dirty, self.save_in_background)
        self.timer = self.autosave.pause
        # Not a daemon: a write under way when the app quits is finished, not cut.
        self.writer = Worker("autosave", self, daemon=False)
        self.writer.finished.connect(self._written)
        self.printing: PrintJob | None = None  # a print under way, in its own thread
        self.finder: FindReplace | None = None  # Tìm và thay, made when first asked for
        self.events: list[StatusEvent] = []  # the draft's status log, for the drift banner
        self._build()
        self._connect()

    def _build(self) -> None:
        for index, page in enumerate(self.pages):
            self.steps.addItem(f"{index + 1}. {page.title}")
            self.stack.addWidget(page)
        self.steps.setSpacing(3)
        font = self.steps.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.steps.setFont(font)
        # As wide as the longest step name of any type, no wider: at 1366 pixels beside the
        # printed page, the text toolbar needs every pixel (its Ý nhỏ went behind "»").
        names = [page.title for page in self.pages] + [kind.body_step for kind in doctypes.TYPES]
        widest = max(self.steps.fontMetrics().horizontalAdvance(f"5. {name}") for name in names)
        self.steps.setFixedWidth(widest + STEPS_PADDING)
        self.steps.setAccessibleName("Các bước")
        self.steps.setToolTip("Chuyển bước: Ctrl+PgDown (sau), Ctrl+PgUp (trước)")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.unplaced)
        middle = QHBoxLayout()
        middle.addWidget(self.steps)
        self.beside = beside = QSplitter(Qt.Orientation.Horizontal)
        beside.addWidget(self.stack)
        beside.addWidget(self.live)
        beside.setStretchFactor(0, 3)
        beside.setStretchFactor(1, 2)
        beside.setChildrenCollapsible(False)
        self.live.hide()
        middle.addWidget(beside, 1)
        layout.addLayout(middle, 1)
        layout.addWidget(self.footer)
        self.setTabOrder(self.steps, self.stack)

    def _connect(self) -> None:
        for page in self.pages:
            page.changed.connect(self._changed)
        self.content.section_shown.connect(self._section_shown)
        self.live.follow(self.writing_at)
        self._live_width = 0  # as the clerk left it (the session keeps it), 0: the layout's
        self._widen_pending = False
        self.beside.splitterMoved.connect(self._live_pane_moved)
        self.live.zoom.currentIndexChanged.connect(self._live_pane_moved)
        for body in (self.content.body, self.content.appendix_editor.body):
            body.cursorPositionChanged.connect(self._cursor_moved)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        self.steps.currentRowChanged.connect(self.go)
        self.footer.back.clicked.connect(lambda: self.go_by(-1))
        self.footer.next.clicked.connect(lambda: self.go_by(1))
        self.agency.type_chosen.connect(self.retype)
        self.header.to_list.clicked.connect(self.leave)
        self.header.mark_draft.triggered.connect(lambda: self.set_status("draft"))
        self.header.mark_printed.triggered.connect(lambda: self.set_status("printed"))
        self.header.mark_issued.triggered.connect(self.issue)
        self.header.unissue.triggered.connect(self.unissue)
        self.preview.export_requested.connect(self.export_pdf)
        self.preview.export_docx_requested.connect(self.export_docx)
        self.preview.print_requested.connect(self.print_pdf)
        self.preview.jump_requested.connect(self.jump_to)
        self.preview.finding_requested.connect(self.show_finding)
        self.preview.rewrite_requested.connect(self.rewrite)
        self.footer.live.toggled.connect(lambda _on: self._show_live())
        self.header.find_button.clicked.connect(lambda: self.find_replace(replace=True))
        for keys, replace in (("Ctrl+F", False), ("Ctrl+H", True)):
            finder = QShortcut(QKeySequence(keys), self)
            finder.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            finder.activated.connect(lambda r=replace: self.find_replace(replace=r))
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go_by(s))

    def _section_shown(self, path: tuple[int, ...]) -> None:
        if self.draft is not None:
            self.section_changed.emit(self.draft.id, path)
        self._cursor_moved()

    def writing_at(self) -> str:
        """The draft path of what the clerk is writing: the live page shows where it prints."""
        return self.current_page().writing_at()

    def _cursor_moved(self, *_args: object) -> None:
        if self.live.isVisible():
            self.live.show_cursor()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Into another field: the live page follows. Focus lost to nothing (as when a
        window deletes its widgets) moves the cursor nowhere."""
        if new is not None:
            self._cursor_moved()

    def open(self, stored: Any, step: str = "", section: tuple[int, ...] | None = None) -> None:
        """Show a stored draft, at a step (and section of step 3); issued: read-only."""
        self.writer.settle()  # the last autosave of the draft shown before
        self.autosave.stop()
        if self.finder is not None:  # its hits and its undo belong to the draft shown before
            self.finder.close()
            self.finder = None
        self.stored, self.draft, self.dirty = stored, stored.draft, False
        self.read_only = stored.status == "issued"
        sign = self.page("sign")
        assert isinstance(sign, SignPage)
        settings = self.store.settings()
        stored.draft.letter_footer = settings.footer  # a công văn's address footer, on page 1
        sign.set_signers(settings.signers)
        sign.set_usual_recipients(settings.recipients)
        user_words().load(settings.dictionary, self.keep_words, settings.checks_off)
        for page in self.pages:
            page.load(stored.draft)
            page.set_read_only(self.read_only)
        self.show_type()
        self.header.show_draft(stored.draft, stored.status)
        self._load_events()
        self.footer.saved.setText(f"Đã lưu lúc {clock(stored.modified)}")
        if section is not None:
            self.content.tree.select(section)  # where the clerk was writing; ignored if gone
        self.go(self.step_index(step) or 0, collect=False)

    def restore_live_pane(self, width: int, zoom: str) -> None:
        """The width and zoom the clerk last gave the page beside the form."""
        self._live_width = width
        index = self.live.zoom.findData(zoom)
        if index >= 0:
            self.live.zoom.setCurrentIndex(index)

    def _widen_live(self) -> None:
        """Give the page beside the width the clerk left it, when the window has room."""
        total = sum(self.beside.sizes())
        if not self._widen_pending or not self.live.isVisible():
            return
        if total - self._live_width >= self.stack.minimumSizeHint().width():
            self._widen_pending = False
            self.beside.setSizes([total - self._live_width, self._live_width])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._widen_pending:
            QTimer.singleShot(0, self, self._widen_live)

    def _live_pane_moved(self, *_args: object) -> None:
        if self.live.isVisible():
            self._live_width = self.live.width()
        self.live_pane_changed.emit(self._live_width, str(self.live.zoom.currentData()))

    def _show_live(self) -> None:
        """The page beside the form, on steps 1–4 when the clerk asked for it."""
        on = self.footer.live.isChecked() and self.current_page() is not self.preview
        self.footer.live.setVisible(self.current_page() is not self.preview)
        shown = self.live.isVisible()
        self.live.setVisible(on)
        if on and not shown and self._live_width:  # as wide as the clerk made it last,
            self._widen_pending = True  # once the window has its size (see resizeEvent)
            QTimer.singleShot(0, self, self._widen_live)
        if on:
            self.live.request(self._collected)

    def _collected(self) -> Draft | None:
        self.collect()
        return self.draft

    def show_type(self) -> None:
        """The steps of the draft's type: its names, only the steps it has (a step the type
        has no place for stays while it holds text), and what it keeps but cannot print."""
        if self.draft is None:
            return
        kind = self.draft.kind
        kept = typed.unplaced(self.draft)
        number = 0
        for index, page in enumerate(self.pages):
            item = self.steps.item(index)
            shown = (
                page is not self.basis
                or kind.basis != "none"
                or any(path.startswith("basis") for path, _ in kept)
            )
            item.setHidden(not shown)
            number += shown
            title = kind.body_step if page is self.content else page.title
            item.setText(f"{number}. {title}")
        self.unplaced.setVisible(bool(kept))
        self.unplaced.setText(
            f"{kind.label} không có chỗ cho: {', '.join(what for _, what in kept)}. Nội dung "
            "vẫn được giữ nguyên nhưng không in ra; hãy chuyển sang chỗ khác hoặc xóa."
        )

    def retype(self, code: str) -> None:
        """The clerk chose another type on step 1: every word is kept; what the new type
        has no place for is named, never dropped."""
        if self.draft is None or self.read_only or code == self.draft.doc_type:
            return
        self.collect()
        old = self.draft.kind.label
        kept = typed.retype(self.draft, code)
        for page in self.pages:
            page.load(self.draft)
        self.show_type()
        self._changed()
        self.header.show_draft(self.draft, self.stored.status)
        kind = doctypes.doc_type(code)
        self.message.emit(f"Đã đổi loại văn bản từ {old} sang {kind.label}.")
        if kept:
            dialogs.info(
                self,
                "Đổi loại văn bản",
                f"{kind.label} không có chỗ cho: {', '.join(kept)}.\n\nCác nội dung này vẫn "
                "được giữ nguyên (không in ra) và hiện ở trên cùng các bước: hãy chuyển sang "
                "chỗ khác hoặc xóa.",
            )

    def go_by(self, step: int) -> None:
        """Back or Next: the nearest step the type has, before or after the current one."""
        index = self.stack.currentIndex() + step
        while 0 <= index < len(self.pages) and self.steps.item(index).isHidden():
            index += step
        self.go(index)

    def _neighbour(self, index: int, step: int) -> bool:
        index += step
        while 0 <= index < len(self.pages):
            if not self.steps.item(index).isHidden():
                return True
            index += step
        return False

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def step_index(self, name: str) -> int | None:
        """Where the step called `name` is in the wizard; None for a name it does not have."""
        names = [page.step_name for page in self.pages]
        return names.index(name) if name in names else None

    def page(self, name: str) -> Page:
        index = self.step_index(name)
        if index is None:
            raise KeyError(f"the wizard has no step {name!r}")
        return self.pages[index]

    def go(self, step: int | str, collect: bool = True) -> None:
        """Show a step, by its name or (Back, Next, the outline) its position."""
        if isinstance(step, str):
            index = self.step_index(step)
            step = -1 if index is None else index
        if self.draft is None or not 0 <= step < len(self.pages):
            return
        while self.steps.item(step).isHidden() and step + 1 < len(self.pages):
            step += 1  # a step the type has not (a công văn's Căn cứ): the next one
        if collect:
            self.collect()
            self.autosave.save_now()
        self.stack.setCurrentIndex(step)
        self._size_to_current()
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(step)
        self.steps.blockSignals(False)
        self.footer.back.setEnabled(self._neighbour(step, -1))
        self.footer.next.setEnabled(self._neighbour(step, 1))
        self.pages[step].shown(self.draft)
        self._show_live()
        if collect and not self.steps.hasFocus():  # arrowing through the steps keeps its place
            self.pages[step].focus_first()
        self._cursor_moved()
        self.step_changed.emit(self.draft.id, self.pages[step].step_name)

    def _size_to_current(self) -> None:
        """The stack takes the size of the step shown, not of its largest step.

        A stack is as wide as its widest page: once step 5 had grown (its toolbar and
        Vừa trang), steps 1–4 with the page beside them no longer fitted 1366 pixels.
        """
        current = self.current_page()
        for page in self.pages:
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def collect(self) -> None:
        """Bring every page's values into the draft."""
        if self.draft is not None and not self.read_only:
            for page in self.pages:
                page.apply(self.draft)
            self.header.show_draft(self.draft, self.stored.status)
            self.show_type()

    def _changed(self) -> None:
        if self.draft is not None and not self.read_only:
            self.dirty = True
            self.autosave.changed()
            if self.live.isVisible():
                self.live.request(self._collected)

    def save(self, force: bool = False) -> bool:
        """Save to the store now, on this thread (Ctrl+S, leaving a field, step or app)."""
        self.writer.settle()
        self.autosave.stop()
        if self.draft is None or self.read_only or not (self.dirty or force):
            return True
        self.collect()
        try:
            self.stored = self.store.save(self.draft)
        except ReportError as exc:
            self._not_saved(exc)
            return False
        self._saved()
        events = self._watched_events()
        if events:
            data = draftfile.to_dict(self.draft)
            self.header.show_drift(mismatch(self.stored.status, data, events))
        return True

    def save_in_background(self) -> None:
        """The autosave timers: the draft as it is now, written by a worker thread."""
        self.autosave.stop()
        if self.writer.busy():
            self.autosave.retry()  # one write at a time: this one follows the last
            return
        if self.draft is None or self.read_only or not self.dirty:
            return
        self.collect()
        data = draftfile.to_dict(self.draft)  # a snapshot: typing goes on into the draft
        self.dirty = False  # typing from now on makes it dirty again
        store, events, status_now = self.store, self._watched_events(), self.stored.status

        def write() -> tuple[Any, Mismatch | None]:
            saved = store.save_data(data)
            return saved, mismatch(status_now, data, events) if events else None

        self.writer.start(write)

    def _written(self, result: Any, error: BaseException | None) -> None:
        if error is None:
            stored, drift = result
            self.stored = stored
            if self.events:
                self.header.show_drift(drift)
            if self.dirty:  # typed on meanwhile: the pause timer saves that
                self._last_error = ""
            else:
                self._saved()
            return
        self.dirty = True  # what the worker wrote is not on disk: write it again
        if not isinstance(error, ReportError):
            raise error  # a defect: the error hook logs it and tells the clerk
        self._not_saved(error)

    def _not_saved(self, exc: ReportError) -> None:
        self.footer.show_error("Chưa lưu được! Sẽ tự thử lại.")
        self.autosave.retry()  # keep trying: a busy store is usually free a moment later
        if str(exc) != self._last_error:
            self._last_error = str(exc)
            dialogs.error(self, "Chưa lưu được báo cáo", explain(exc))

    def _saved(self) -> None:
        self._last_error = ""
        self.dirty = False
        self.footer.show_saved(f"Đã lưu lúc {clock(datetime.datetime.now())}")

    def leave(self) -> None:
        self.save()
        self.closed.emit()

    def rewrite(self, change: Callable[[Draft], object]) -> None:
        """A change to the text of the whole draft (Thống nhất kiểu đặt dấu): made on the
        collected draft, then every page shows the draft anew and it is saved."""
        if self.draft is None or self.read_only:
            return
        self.collect()
        change(self.draft)
        for page in self.pages:
            page.load(self.draft)
        self._changed()
        self.current_page().shown(self.draft)

    def keep_words(self, words: list[str]) -> None:
        """Save the spelling check's dictionary ("Thêm vào từ điển") in the settings."""
        try:
            settings = self.store.settings()
            settings.dictionary = words
            self.store.save_settings(settings)
        except ReportError as exc:
            dialogs.error(self, "Chưa lưu được từ điển", explain(exc))

    def jump_to(self, field: str) -> None:
        """Go to the step and the field that a missing-fields entry names."""
        for index, page in enumerate(self.pages):
            if page.focus_field(field):
                self.go(index)
                page.focus_field(field)
                return

    def find_replace(self, replace: bool = False) -> None:
        """Tìm và thay across the whole document (Ctrl+F, Ctrl+H), the query prefilled
        with the words selected where the clerk is typing."""
        if self.draft is None:
            return
        if self.finder is None:
            self.finder = FindReplace(self._draft_as_typed, self._replace_and_save, self)
            self.finder.go_to.connect(self.show_hit)
        focused = QApplication.focusWidget()
        selected = ""
        if isinstance(focused, QLineEdit):
            selected = focused.selectedText()
        elif isinstance(focused, (QTextEdit, QPlainTextEdit)):
            selected = focused.textCursor().selectedText()
        self.finder.open_for(replace, selected, self.read_only)

    def _draft_as_typed(self) -> Draft | None:
        self.collect()
        return self.draft

    def _replace_and_save(self, change: Callable[[Draft], object]) -> None:
        self.rewrite(change)
        self.save()

    def show_finding(self, where: str, start: int, end: int) -> None:
        """Go to a finding of the Kiểm tra list with its words selected: the clerk sees
        which "c" or which date, not only the section."""
        from ...domain import findtext

        self.collect()
        draft = self.draft
        place = (
            next((f for f in findtext.fields(draft) if f.path == where), None) if draft else None
        )
        text = place.read() if place else ""
        words = text[start:end]
        if draft is None or not words:
            self.jump_to(where)
            return
        # A whole word is found as one ("c" alone, not the c of "các"); a letter inside a
        # word (the look-alike Ð of Ðoàn) or spaces, as they are.
        whole = (
            words[0].isalnum()
            and words[-1].isalnum()
            and not (start > 0 and text[start - 1].isalnum())
            and not (end < len(text) and text[end].isalnum())
        )
        hits = findtext.find(draft, words, findtext.Options(match_case=True, whole_word=whole))
        self.jump_to(where)
        for hit in hits:
            if hit.path == where and hit.start == start:
                select_hit(QApplication.focusWidget(), hit, hits, whole_word=whole)

    def show_hit(self, hit: Hit) -> None:
        """Go to a hit's step and field, with its words selected."""
        self.jump_to(hit.path)
        hits = self.finder.hits if self.finder is not None else [hit]
        select_hit(QApplication.focusWidget(), hit, hits)

    def export_pdf(self) -> None:
        from ..printing.exporting import export_pdf

        if self.draft is not None:
            self.collect()
            export_pdf(self, self.draft, go_back=self.jump_to)

    def export_review(self) -> None:
        from ..printing.exporting import export_review

        if self.draft is not None:
            self.collect()
            export_review(self, self.draft, go_back=self.jump_to)

    def export_docx(self) -> None:
        from ..printing.exporting import export_docx

        if self.draft is not None:
            self.collect()
            export_docx(self, self.draft, go_back=self.jump_to)

    def print_pdf(self) -> None:
        from ..printing.exporting import print_draft

        if self.draft is None or self.printing is not None:
            return
        self.save()
        self.collect()
        self.printing = print_draft(self, self.draft, go_back=self.jump_to)
        if self.printing is not None:
            self.printing.done.connect(self._printed)

    def _printed(self, outcome: Outcome) -> None:
        """Only a print that really went out whole may offer "Đã in để ký"."""
        from ..printing.exporting import print_failed
        from ..printing.printing import ask_mark_printed

        self.printing = None
        if not outcome.complete:
            print_failed(self, outcome)
        elif self.stored.status == "draft" and ask_mark_printed(self):
            self.set_status("printed")

    def set_status(self, value: str) -> None:
        if self.draft is None or self.stored.status == value or self.read_only:
            return
        if not self.save(force=True):
            return
        try:
            self.stored = self.store.set_status(self.draft.id, value)
        except ReportError as exc:
            dialogs.error(self, "Không đổi được trạng thái", explain(exc))
            return
        self.header.show_draft(self.draft, self.stored.status)
        self._load_events()

    def _load_events(self) -> None:
        """The draft's status log, and whether its text still matches the paper."""
        if self.draft is None:
            return
        try:
            self.events = self.store.status_events(self.draft.id)
            drift = self.store.mismatch(self.draft.id) if self._watched_events() else None
        except ReportError:
            self.events, drift = [], None
        self.header.show_drift(drift)

    def _watched_events(self) -> list[StatusEvent]:
        """The log, when the last change is one whose paper can drift from the text: a
        print for signing, or an issue taken back; else [] (nothing to compare)."""
        changes = [e for e in self.events if e.status != e.previous]  # reviews aside
        if changes and (changes[-1].status == "printed" or changes[-1].unissued):
            return list(self.events)
        return []

    def update_from_word(self, chosen: Path | None = None) -> None:
        """Cập nhật từ bản Word đã sửa: a leader's edited copy of this report, compared
        with the report section by section; the clerk accepts or rejects each change.
        `chosen`: the file, when the list already found this report by it."""
        from ..dialogs.reviewdialog import ReviewDialog

        if self.draft is None:
            return
        if self.read_only:
            dialogs.info(
                self,
                "Cập nhật từ bản Word đã sửa",
                "Văn bản đã ban hành không sửa được; muốn sửa, hãy Hủy ban hành trước.",
            )
            return
        path = chosen or dialogs.open_file(
            self, "Chọn bản Word lãnh đạo đã sửa", dialogs.DOCX_FILTER
        )
        if path is None or not self.save(force=True):
            return
        intro = self._review_origin(path)
        if intro is None:
            return
        from ...domain import review
        from ...wordimport import import_docx
        from ...wordimport.revisions import read_marks

        with dialogs.reporting(self, "Không đọc được bản Word đã sửa"):
            returned = import_docx(path).draft
            marks = read_marks(path)
            found = review.changes(self.draft, returned, marks.revisions)
            notes = review.notes(returned, marks.comments)
            if not found and not notes:
                dialogs.info(
                    self, "Cập nhật từ bản Word đã sửa", "Bản Word giống hệt báo cáo hiện tại."
                )
                return
            dialog = ReviewDialog(found, notes, intro, self)
            if not dialogs.exec_dialog(dialog):
                return
            accepted, kept = dialog.accepted_changes(), dialog.kept_notes()
            if not accepted and not kept:
                return
            new = review.apply(self.draft, returned, accepted, kept)

            def take(draft: Draft) -> None:
                for name in vars(new):
                    setattr(draft, name, getattr(new, name))

            self._replace_and_save(take)
            authors = ", ".join(marks.authors) or "lãnh đạo"
            label = (
                f"Cập nhật theo bản Word đã sửa của {authors}: nhận {len(accepted)} chỗ sửa, "
                f"bỏ {len(found) - len(accepted)}, giữ {len(kept)} góp ý ({path.name})"
            )
            self.store.log_review(self.draft.id, label)
            self._load_events()
            self.message.emit(label)

    def _review_origin(self, path: Any) -> str | None:
        """What the file says it came from, for the clerk, before anything is applied;
        None when it belongs to another report (nothing is compared)."""
        from ...wordimport.origin import read_origin, relation

        assert self.draft is not None
        origin = read_origin(path)
        state = relation(origin, self.draft)
        if origin is None:
            asked = dialogs.ask(
                self,
                "Bản Word không rõ nguồn",
                "Tệp này không mang dấu của báo cáo nào (không do chương trình xuất ra, hoặc "
                "đã được chép sang tệp mới). Vẫn so sánh với báo cáo đang mở?",
                yes="So sánh",
                no="Không",
            )
            return "Tệp không mang dấu của báo cáo: so với bản hiện tại." if asked else None
        if state == "other":
            try:
                title = f"«{self.store.get(origin.draft_id).draft.title}»"
            except ReportError:
                dialogs.warn(
                    self,
                    "Bản Word của báo cáo khác",
                    "Tệp này được xuất từ một báo cáo khác, không có trong máy này; không có "
                    "gì được thay đổi.",
                )
                return None
            if dialogs.ask(  # it knows which report: offer to go there
                self,
                "Bản Word của báo cáo khác",
                f"Tệp này được xuất từ một báo cáo khác ({title}); báo cáo đang mở không "
                "thay đổi gì. Mở báo cáo đó và cập nhật từ tệp này?",
                yes="Mở báo cáo đó",
                no="Đóng",
            ):
                self.update_other.emit(origin.draft_id, path)
            return None
        if state == "older":
            return (
                "Báo cáo đã được sửa tiếp sau khi xuất tệp Word này: các chỗ dưới đây so với "
                "bản hiện tại, nên những chỗ bạn sửa sau đó cũng hiện là khác; đừng đánh dấu "
                "những chỗ ấy."
            )
        return ""

    def unissue(self) -> None:
        """Take an issue back, with the reason kept in the history (a wrong number or
        date, a text that must be corrected and issued again)."""
        if self.draft is None or self.stored.status != "issued":
            return
        reason = dialogs.get_text(
            self,
            "Hủy ban hành",
            "Lý do hủy ban hành (được ghi vào lịch sử của văn bản):",
        )
        if reason is None:
            return
        if not reason.strip():
            dialogs.warn(self, "Hủy ban hành", "Cần ghi lý do hủy ban hành; chưa hủy.")
            return
        try:
            self.store.set_status(self.draft.id, "draft", reason=reason)
        except ReportError as exc:
            dialogs.error(self, "Không hủy ban hành được", explain(exc))
            return
        self.open(self.store.get(self.draft.id), self.current_page().step_name)
        self.message.emit("Đã hủy ban hành; văn bản trở lại Nháp và sửa được.")

    def issue(self) -> None:
        if self.draft is None or self.read_only or not self.save(force=True):
            return
        try:
            issued = status.issue(self, self.store, self.draft)
        except ReportError as exc:
            dialogs.error(self, "Không ban hành được", explain(exc))
            return
        if issued:
            self.open(self.store.get(self.draft.id), self.current_page().step_name)
            self.message.emit("Đã ban hành báo cáo. Báo cáo giờ chỉ xem và in.")
