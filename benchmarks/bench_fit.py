"""Vừa trang: the search's time as a multiple of one PDF render of the same draft.

    python benchmarks/bench_fit.py

For the example and a 25-page report, each goal: the search's wall time over one
render's, and how many renders it made. Target: at most MAX_RENDERS (8) renders,
so a ratio under about 8. Never fails on timing.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import drafts  # noqa: E402  (the report factories the tests use)

from lanson_report.files import draftfile  # noqa: E402
from lanson_report.pdf import render_pdf_bytes  # noqa: E402
from lanson_report.pdf.fit import SIGNATURE, Fitter  # noqa: E402


def main() -> None:
    cases = [("example", drafts.example(), 1), ("25 pages", drafts.pages(24), 24)]
    for name, raw, pages in cases:
        draft = draftfile.from_dict(raw)
        render_pdf_bytes(draft)  # fonts registered, caches warm
        start = time.perf_counter()
        render_pdf_bytes(draft)
        one = time.perf_counter() - start
        for goal in (SIGNATURE, pages):
            fitter = Fitter()
            start = time.perf_counter()
            fitted = fitter.fit(draft, goal)
            ratio = (time.perf_counter() - start) / one
            print(
                f"{name:9} goal={goal!s:9} ratio {ratio:4.1f}  renders {fitter.renders}  "
                f"{fitted.message}"
            )


if __name__ == "__main__":
    main()
