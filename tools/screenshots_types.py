"""Screenshots of Văn bản mới and each document type's wizard, in a real X window.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_types.py \
        [--out DIR] [--docs DIR]

Each shot is the whole 1366×768 screen as ImageMagick's `import -window root` takes it,
so what fits (or not) is what a clerk's laptop shows. `--out` gets wizard-KH.png (step
1) and wizard-KH-2.png (the type's own step) for every type; `--docs` gets the ones the
user guide shows, under their guide names.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"  # a real window: `import` reads the X screen
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from screenshots import REPO, SIZE, fill_store, settle
from typesamples import SAMPLES, sample

from lanson_report.domain import doctypes
from lanson_report.files import draftfile
from lanson_report.intake.typed import start_typed
from lanson_report.store import Store
from lanson_report.ui import app as uiapp
from lanson_report.ui.mainwindow import MainWindow
from lanson_report.ui.start.newreport import NewReportDialog, library_for
from lanson_report.ui.wizard.session import Session

FROM_OUTLINE = ("KH",)  # shown as the built-in outline starts it: headings, hints, Phụ lục
# The step that is each type's own, after step 1: where its particular fields are.
OWN_STEP = {"QĐ": "basis"}
GUIDE = {  # the user guide's names for the shots it shows
    "van-ban-moi.png": "44-van-ban-moi-chon-loai.png",
    "wizard-CV.png": "45-cong-van-buoc-1.png",
    "wizard-TTr-2.png": "46-to-trinh-kinh-gui.png",
    "wizard-QĐ-2.png": "47-quyet-dinh-can-cu.png",
    "wizard-QĐ-3.png": "48-quyet-dinh-dieu.png",
    "wizard-GM-2.png": "49-giay-moi.png",
    "wizard-ĐA-2.png": "50-de-an-phan.png",
    "wizard-KH-2.png": "51-ke-hoach-de-cuong.png",
    "doi-loai.png": "52-doi-loai-van-ban.png",
}


def screen(out: Path, name: str, wait: int = 400) -> Path:
    settle(wait)
    path = out / name
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print(path)
    return path


def draft_of(code: str, store: Store) -> str:
    """A realistic draft of the type: the tests' sample, or a new one from its outline."""
    if code in SAMPLES and code not in FROM_OUTLINE:
        return store.create(draftfile.from_dict(sample(code))).draft.id
    draft = start_typed(code, store.settings(), datetime.date(2025, 3, 14))
    draft.title = f"{doctypes.doc_type(code).label} thực hiện nhiệm vụ năm 2025"
    if code in SAMPLES:
        draft.title = sample(code)["title"]
    return store.create(draft).draft.id


def type_shots(window: MainWindow, store: Store, out: Path) -> None:
    for kind in doctypes.TYPES:
        window.open_draft(draft_of(kind.code, store))
        editor = window.editor
        editor.go("agency")
        screen(out, f"wizard-{kind.code}.png")
        editor.go(OWN_STEP.get(kind.code, "content"))
        if kind.code in ("ĐA", "KH"):
            editor.content.tree.select((1,))
        screen(out, f"wizard-{kind.code}-2.png")
        if kind.code == "QĐ":
            editor.go("content")
            screen(out, f"wizard-{kind.code}-3.png")
        editor.leave()


def chooser_shot(window: MainWindow, store: Store, out: Path) -> None:
    dialog = NewReportDialog(library_for(store), today=datetime.date(2025, 3, 14), parent=window)
    dialog.show()
    screen(out, "van-ban-moi.png")
    dialog.close()
    dialog.deleteLater()


def retype_shot(window: MainWindow, store: Store, out: Path) -> None:
    """A letter turned into a notice: its Kính gửi and unit kept, named in the banner."""
    from lanson_report.ui import dialogs

    window.open_draft(draft_of("CV", store))
    shown = dialogs.info
    dialogs.info = lambda *_args: None  # type: ignore[assignment]  # the banner says it too
    try:
        combo = window.editor.agency.doc_type
        combo.setCurrentIndex(combo.findData("TB"))
        combo.activated.emit(combo.currentIndex())
    finally:
        dialogs.info = shown
    screen(out, "doi-loai.png")
    window.editor.leave()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/types-screens"))
    parser.add_argument("--docs", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    uiapp.application()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store.open(folder)
        fill_store(store)
        window = MainWindow(store, Session(folder))
        window.setGeometry(0, 0, *SIZE)
        window.show()
        chooser_shot(window, store, args.out)
        type_shots(window, store, args.out)
        retype_shot(window, store, args.out)
        screen(args.out, "danh-sach.png")
        window.close()
        store.close()
    args.docs.mkdir(parents=True, exist_ok=True)
    for shot, guide in GUIDE.items():
        shutil.copyfile(args.out / shot, args.docs / guide)
    return 0


if __name__ == "__main__":
    sys.exit(main())
