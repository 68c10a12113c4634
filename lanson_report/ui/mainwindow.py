"""The main window: the start screen and the wizard, the menus and their shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from .. import APP_NAME
from ..domain.model import Draft
from ..intake.newdraft import start_draft
from . import dialogs
from .common import shortcuts, storenotes
from .common.texts import when
from .dialogs import reporting
from .start import backupactions
from .start.start import StartScreen
from .wizard.session import Session

if TYPE_CHECKING:
    from .wizard.editor import Editor


class MainWindow(QMainWindow):
    def __init__(self, store: Any, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.session = store, session
        dialogs.folders.folder = session.folder  # file dialogs start where the last one ended
        dialogs.folders.on_change = session.set_folder
        self.setWindowTitle(APP_NAME)
        self.start = StartScreen(store)
        self._editor: Editor | None = None  # built when a report is first opened: fast start
        self._notes: storenotes.NoteTeller | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self._menus()
        shortcuts.enter_presses_buttons(self.start)
        self.start.open_requested.connect(self.open_draft)
        self.start.new_requested.connect(self.new_report)
        self.start.settings_requested.connect(self.edit_settings)
        self.start.review_requested.connect(self.update_from_word)
        self.start.message.connect(self.say)
        self._show_list()  # the session keeps its open draft until after_start() has seen it

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        return action

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Tệp")
        self._action(file_menu, "Văn bản &mới", self.new_report, QKeySequence.StandardKey.New)
        self._action(
            file_menu, "Văn bản mới từ tệp đề cươn&g…", lambda: self._from_start("new_from_outline")
        )
        self._action(file_menu, "Thư &viện đề cương…", lambda: self._from_start("outline_library"))
        self._action(file_menu, "&Nhập tệp bản nháp…", self._import, QKeySequence.StandardKey.Open)
        self.word_action = self._action(
            file_menu, "Nhập từ &Word (.docx)…", lambda: self._from_start("import_word")
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Sao lưu toàn bộ…", self._backup)
        self._action(file_menu, "&Khôi phục từ tệp sao lưu…", self._restore)
        file_menu.addSeparator()
        self._action(file_menu, "&Cài đặt cơ quan…", self.edit_settings)
        file_menu.addSeparator()
        self._action(file_menu, "&Thoát", self.close, "Ctrl+Q")
        report = self.menuBar().addMenu("&Báo cáo")
        self.save_action = self._action(
            report, "&Lưu ngay", lambda: self.editor.save(True), QKeySequence.StandardKey.Save
        )
        self.export_action = self._action(
            report, "&Xuất PDF…", lambda: self.editor.export_pdf(), "Ctrl+E"
        )
        self.export_docx_action = self._action(
            report, "Xuất &Word (.docx)…", lambda: self.editor.export_docx()
        )
        self.review_print_action = self._action(
            report, "Xuất bản in để &góp ý (đánh số đoạn)…", lambda: self.editor.export_review()
        )
        self.review_action = self._action(
            report, "&Cập nhật từ bản Word đã sửa…", self.update_from_word
        )
        self.kits_action = self._action(
            report,
            "Gửi đề cương cho các đơn &vị…",
            lambda: self._consolidation().send_kits(self.editor),
        )
        self.units_action = self._action(
            report,
            "Tình hì&nh các đơn vị gửi…",
            lambda: self._consolidation().unit_status(self.editor),
        )
        self.consolidate_action = self._action(
            report,
            "Tổng &hợp từ bản các đơn vị gửi…",
            lambda: self._consolidation().consolidate(self.editor),
        )
        self.arrange_action = self._action(
            report,
            "&Sắp xếp phần các đơn vị gửi…",
            lambda: self._consolidation().arrange(self.editor),
        )
        self.print_action = self._action(
            report, "&In…", lambda: self.editor.print_pdf(), QKeySequence.StandardKey.Print
        )
        report.addSeparator()
        self.list_action = self._action(
            report, "&Danh sách văn bản", lambda: self.editor.leave(), "Ctrl+L"
        )
        self.search_action = self._action(
            report, "&Tìm báo cáo", self._focus_search, QKeySequence.StandardKey.Find
        )
        # In the report being written Ctrl+F and Ctrl+H are the editor's own keys (an
        # action holding them too would make both ambiguous): the menu names them only.
        self.find_action = self._action(
            report, "Tìm và &thay trong báo cáo…\tCtrl+H", lambda: self.editor.find_replace(True)
        )
        help_menu = self.menuBar().addMenu("Trợ &giúp")
        self.shortcuts_action = self._action(
            help_menu,
            "&Phím tắt",
            lambda: shortcuts.show(self),
            QKeySequence.StandardKey.HelpContents,
        )

    @property
    def editor(self) -> Editor:
        if self._editor is None:
            from .wizard.editor import Editor

            self._editor = Editor(self.store)
            shortcuts.enter_presses_buttons(self._editor)
            self.stack.addWidget(self._editor)
            self._editor.message.connect(self.say)
            self._editor.closed.connect(self.show_start)
            self._editor.step_changed.connect(self.session.set_step)
            self._editor.section_changed.connect(self.session.set_section)
            self._editor.update_other.connect(self._update_other)
            self._editor.open_request.connect(self.open_draft)
            self._editor.restore_live_pane(*self.session.live_pane())
            self._editor.live_pane_changed.connect(self.session.set_live_pane)
        return self._editor

    def _backup(self) -> None:
        backupactions.backup(self, self.store, self._save_open)

    def _restore(self) -> None:
        backupactions.restore(self, self.store, self._leave_open, self.start.refresh)

    def _save_open(self) -> None:
        if self.editing():
            self.editor.save(True)

    def _leave_open(self) -> None:
        if self.editing():
            self.editor.leave()

    def update_from_word(self) -> None:
        """From the report being written, or from the list: the file names its report
        (word/origin.py), which is opened and updated."""
        if self.editing():
            self.editor.update_from_word()
            return
        from ..wordimport.origin import read_origin

        path = dialogs.open_file(self, "Chọn bản Word lãnh đạo đã sửa", dialogs.DOCX_FILTER)
        if path is None:
            return
        origin = read_origin(path)
        if origin is None or origin.draft_id not in self.store.ids():
            dialogs.info(
                self,
                "Cập nhật từ bản Word đã sửa",
                f"“{path.name}” không mang dấu của báo cáo nào trong máy này (không do "
                "chương trình xuất ra, hoặc đã chép sang tệp mới). Hãy mở báo cáo cần "
                "cập nhật rồi chọn Báo cáo › Cập nhật từ bản Word đã sửa.",
            )
            return
        self.open_draft(origin.draft_id)
        self.editor.update_from_word(path)

    def _consolidation(self) -> Any:
        """The Tổng hợp actions' module, loaded when first used, not at start-up."""
        from .wizard import consolidation

        return consolidation

    def _update_other(self, draft_id: str, path: Path) -> None:
        """The clerk chose to update the report a returned file belongs to: once the
        update of the report shown has unwound, that one is opened and updated."""

        def go() -> None:
            self.open_draft(draft_id)
            self.editor.update_from_word(path)

        QTimer.singleShot(0, self, go)

    def editing(self) -> bool:
        return self._editor is not None and self.stack.currentWidget() is self._editor

    def _editing(self, on: bool) -> None:
        actions = (
            self.save_action,
            self.export_action,
            self.export_docx_action,
            self.review_print_action,
        )
        for action in (
            *actions,
            self.print_action,
            self.list_action,
            self.find_action,
            self.consolidate_action,
            self.kits_action,
            self.units_action,
            self.arrange_action,
        ):
            action.setEnabled(on)
        self.search_action.setEnabled(not on)
        self.search_action.setVisible(not on)  # its Ctrl+F finds in the report instead
        self.find_action.setVisible(on)

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_start(self) -> None:
        self.session.set_open(None)
        self._show_list()

    def _show_list(self) -> None:
        self.start.refresh()
        self.stack.setCurrentWidget(self.start)
        self._editing(False)
        self.start.tree.setFocus()

    def open_draft(self, draft_id: str) -> None:
        with reporting(self, "Không mở được báo cáo"):
            stored = self.store.get(draft_id)
            self.editor.open(stored, self.session.step(draft_id), self.session.section(draft_id))
            self.stack.setCurrentWidget(self.editor)
            self._editing(True)
            self.session.set_open(draft_id)
            self.editor.steps.setFocus()

    def defaults(self) -> Draft:
        """A new draft with the agency's settings filled in."""
        return start_draft(None, self.store.settings())

    def new_report(self) -> None:
        if self.editing():
            self.editor.save()
        from .start.newreport import ask

        with reporting(self, "Không tạo được văn bản mới"):
            draft = ask(self, self.store)  # the kind, the period and the outline
            if draft is not None:
                self.open_draft(self.store.create(draft).draft.id)
                self.editor.current_page().focus_first()  # a new report: ready to type

    def edit_settings(self) -> None:
        from .dialogs.settingsdialog import SettingsDialog

        with reporting(self, "Không lưu được cài đặt"):
            dialog = SettingsDialog(self.store.settings(), self)
            if dialogs.exec_dialog(dialog):
                settings = dialog.settings()
                self.store.save_settings(settings)
                self.say("Đã lưu cài đặt cơ quan.")
                from .common.spellmarks import user_words

                words = user_words()  # the rules switched on or off apply at once
                words.load(settings.dictionary, words.keep, settings.checks_off)

    def _import(self) -> None:
        from .start import startactions

        if self.editing():
            self.editor.leave()
        startactions.import_file(self.start)

    def _from_start(self, name: str) -> None:
        """A start-screen action from the menu: the report being written is saved first."""
        from .start import startactions

        if self.editing():
            self.editor.leave()
        getattr(startactions, name)(self.start)

    def _focus_search(self) -> None:
        self.start.search.setFocus()
        self.start.search.selectAll()

    def after_start(self) -> None:
        """Explain a repaired store, then offer the draft left open by a crash."""
        recovered = list(getattr(self.store, "recovered", []))
        if recovered:
            dialogs.warn(self, storenotes.TITLE, storenotes.text(recovered))
        if self._notes is None:
            self._notes = storenotes.NoteTeller(self, self.store)  # repairs found from now on
        self.offer_recovery()
        self.offer_settings()

    def offer_settings(self) -> None:
        """First start: new reports copy the agency settings, so ask for them once, up front."""
        if self.session.settings_offered or self.store.list():
            return
        if self.store.settings().agency.name.strip():
            return
        self.session.set_settings_offered()
        if dialogs.ask(
            self,
            "Bắt đầu sử dụng",
            "Mỗi báo cáo mới sẽ tự điền sẵn tên cơ quan, địa danh và người ký từ Cài đặt "
            "cơ quan. Điền các thông tin này ngay bây giờ (chỉ cần làm một lần)?\n\n"
            "Có thể sửa lại bất cứ lúc nào: Tệp > Cài đặt cơ quan.",
            yes="Điền cài đặt cơ quan",
            no="Để sau",
        ):
            self.edit_settings()

    def offer_recovery(self) -> None:
        draft_id = self.session.open_draft
        if not draft_id:
            return
        with reporting(self, "Không mở lại được báo cáo"):
            if draft_id not in {item.id for item in self.store.list()}:
                self.session.set_open(None)
                return
            stored = self.store.get(draft_id)
            title = dialogs.quote(stored.draft.title) or "(chưa có trích yếu)"
            if dialogs.ask(
                self,
                "Mở lại báo cáo đang soạn",
                "Lần trước chương trình không được đóng bình thường (mất điện, treo "
                f"máy…) khi đang soạn:\n“{title}”.\n\nMở lại báo cáo này như lần "
                f"lưu cuối cùng ({when(stored.modified)})?",
                yes="Mở lại",
                no="Không",
            ):
                self.open_draft(draft_id)
                return
            self.session.set_open(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._notes is not None:
            self._notes.stop()
        if self.editing():
            self.editor.save()
        self.session.set_open(None)
        with reporting(self, "Không đóng được kho báo cáo"):
            self.store.close()
        event.accept()
