"""Checking the text of a 25-page report against exporting it to PDF, in one process.

    python benchmarks/bench_check.py [--runs N]

Prints the median time of `check_draft` (the spelling and Decree 30 checks: step 5's
"Kiểm tra" list, `check`, and the export's warning) and of `render_pdf_bytes` on the
same draft, and their ratio. Target (issue 26): ratio <= 0.5. The check is timed cold
(its word and syllable caches emptied before each run, as when the app starts) and warm. Two
drafts: `drafts.pages(24)` (25 pages, few distinct words) and 25 pages of the corpus
(tests/fixtures/corpus, varied words).

Then typing: the longest keystroke in the body editor holding all 25 pages, with the
wavy underline on and off in the same run (Qt redoes the underline of the paragraph
typed in). Target (issue 26): the longest UI stall under 50 ms. Never fails on timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))

import drafts  # noqa: E402  (the report factories the tests use)
import mutations  # noqa: E402

from lanson_report.domain.model import Block, Draft, Run, Section  # noqa: E402
from lanson_report.domain.textcheck import check_draft  # noqa: E402
from lanson_report.domain.textcheck.spelling import _judge  # noqa: E402
from lanson_report.domain.textcheck.syllable import check  # noqa: E402
from lanson_report.domain.textcheck.tonestyle import style_of  # noqa: E402
from lanson_report.files import draftfile  # noqa: E402
from lanson_report.pdf import render_pdf_bytes  # noqa: E402


def median(
    action: Callable[[], object], runs: int, before: Callable[[], None] = lambda: None
) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def corpus_draft(pages: int) -> Draft:
    """About `pages` pages of the corpus's paragraphs under the example's header."""
    draft = draftfile.from_dict(drafts.pages(1))
    lines = mutations.corpus_lines()[: pages * 16]
    draft.sections = [
        Section(f"Mục {n + 1}", [Block(runs=[Run(line)]) for line in lines[n * 16 : n * 16 + 16]])
        for n in range(pages)
    ]
    return draft


def forget() -> None:
    """Empty the caches of judged words and syllables, as when the app starts."""
    check.cache_clear()
    _judge.cache_clear()
    style_of.cache_clear()


def compare(name: str, draft: Draft, runs: int) -> None:
    render_pdf_bytes(draft)  # warm ReportLab's fonts and caches, as a second export is
    pdf = median(lambda: render_pdf_bytes(draft), runs)
    cold = median(lambda: check_draft(draft), runs, forget)
    warm = median(lambda: check_draft(draft), runs)
    words = sum(
        len(b.text.split()) for s in draft.sections for b in s.blocks if isinstance(b, Block)
    )
    print(
        f"{name:<16} words={words:>6}  pdf {pdf * 1000:7.1f} ms   check cold {cold * 1000:6.1f} ms "
        f"(ratio {cold / pdf:.2f})   warm {warm * 1000:6.1f} ms (ratio {warm / pdf:.2f})"
        "   target <= 0.5"
    )


def longest_keystroke(draft: Draft, underline: bool) -> tuple[float, float]:
    """The longest and the median time of one typed character, in ms."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from lanson_report.ui.wizard.body.richtext import RichTextEdit

    app = QApplication.instance() or QApplication([])
    editor = RichTextEdit()
    editor.resize(900, 700)
    editor.show()
    if not underline:
        editor.spell_marks.setDocument(None)
    editor.set_blocks([b for s in draft.sections for b in s.blocks])
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    app.processEvents()
    times = []
    for char in " Sở đã tổ chức nghành hội thảo, đươc giao nhiệm vụ dduowcj mới. " * 3:
        event = QInputMethodEvent("", [])
        event.setCommitString(char)
        start = time.perf_counter()
        QCoreApplication.sendEvent(editor, event)
        app.processEvents()
        times.append(time.perf_counter() - start)
    editor.close()
    editor.deleteLater()
    return max(times) * 1000, statistics.median(times) * 1000


def typing(name: str, draft: Draft) -> None:
    on, on_median = longest_keystroke(draft, True)
    off, off_median = longest_keystroke(draft, False)
    print(
        f"{name:<16} typing: longest keystroke {on:5.1f} ms with the underline, {off:5.1f} ms "
        f"without (median {on_median:.1f} / {off_median:.1f} ms)   target: stall < 50 ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    compare("pages(24)", draftfile.from_dict(drafts.pages(24)), runs)
    compare("corpus 25 pages", corpus_draft(25), runs)
    typing("pages(24)", draftfile.from_dict(drafts.pages(24)))
    typing("corpus 25 pages", corpus_draft(25))


if __name__ == "__main__":
    main()
