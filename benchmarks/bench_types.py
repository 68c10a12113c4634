"""Export speed of every document type against a minimal ReportLab script.

    python benchmarks/bench_types.py [--runs N]

For each type's full example (tests/typesamples.py): the median wall and CPU time of
`python -m lanson_report export DRAFT.json -o OUT.pdf` against baseline_types.py on the
same draft, both as fresh processes (interpreter start included in both), alternated so
both see the same load; then the same in one process (CPU time, steadier on a shared
machine), the fonts loaded and the code imported, so that only the work of one export is
compared. The baseline prints the same text in the same four faces. Target (issue 21): ratio
<= 1.1. Never fails on timing.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import baseline_types  # noqa: E402
from typesamples import SAMPLES, sample  # noqa: E402

from lanson_report.files import draftfile  # noqa: E402
from lanson_report.pdf import render_pdf_bytes  # noqa: E402

TARGET = 1.1


def _child_cpu() -> float:
    try:
        import resource  # POSIX only
    except ImportError:
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def processes(app: list[str], base: list[str], runs: int) -> tuple[float, float, float, float]:
    """Median (wall, cpu) of the app's and the baseline's commands, alternated."""
    walls: dict[str, list[float]] = {"app": [], "base": []}
    cpus: dict[str, list[float]] = {"app": [], "base": []}
    for command in (app, base):  # warm the file cache
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    for _ in range(runs):
        for name, command in (("app", app), ("base", base)):
            cpu, start = _child_cpu(), time.perf_counter()
            subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(_child_cpu() - cpu)
    med = {k: statistics.median(v) for k, v in walls.items()}
    cpu = {k: statistics.median(v) for k, v in cpus.items()}
    return med["app"], med["base"], cpu["app"], cpu["base"]


def in_process(
    app: Callable[[], object], base: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median CPU time of one export and of the baseline in this process, alternated; the
    fonts are loaded and the code imported by a first run of each."""
    app(), base()
    times: dict[str, list[float]] = {"app": [], "base": []}
    for _ in range(runs):
        for name, work in (("app", app), ("base", base)):
            start = time.process_time()
            work()
            times[name].append(time.process_time() - start)
    return statistics.median(times["app"]), statistics.median(times["base"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(
        f"{'type':<5} {'process: export':>16} {'baseline':>9} {'ratio':>6} {'cpu ratio':>9}"
        f"   {'in process, cpu: export':>23} {'baseline':>9} {'ratio':>6}  (target <= {TARGET})"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for code in SAMPLES:
            raw = sample(code)
            source = folder / f"{code}.json"
            source.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
            app = [
                sys.executable,
                "-m",
                "lanson_report",
                "export",
                str(source),
                "-o",
                str(folder / f"{code}.pdf"),
            ]
            base = [
                sys.executable,
                str(HERE / "baseline_types.py"),
                str(source),
                str(folder / f"{code}-baseline.pdf"),
            ]
            t_app, t_base, c_app, c_base = processes(app, base, args.runs)
            draft = draftfile.loads(source.read_text(encoding="utf-8"))
            i_app, i_base = in_process(
                lambda d=draft: render_pdf_bytes(d),
                lambda s=source: baseline_types.main(str(s), io.BytesIO()),
                args.runs * 5,
            )
            print(
                f"{code:<5} {t_app * 1000:13.1f} ms {t_base * 1000:6.1f} ms {t_app / t_base:6.2f}"
                f" {c_app / c_base:9.2f}   {i_app * 1000:20.1f} ms {i_base * 1000:6.1f} ms"
                f" {i_app / i_base:6.2f}"
            )


if __name__ == "__main__":
    main()
