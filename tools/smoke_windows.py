"""Smoke test of the Windows bundle, run by Windows Python (on Windows, or under Wine).

    python tools\\smoke_windows.py [dist\\SoanBaoCao] [--draft DRAFT.json]

First every check of tools/smoke_frozen.py (version, export, PDF pages and fonts, bundled
fonts, store round trip, the windowed program offscreen), then what only Windows shows:

- Vietnamese file and folder names (`Thư mục báo cáo\\Báo cáo 2022.json` exported, imported,
  dumped);
- the default data folder, %LOCALAPPDATA%\\lanson-report, when neither --data-dir nor
  LANSON_REPORT_DATA_DIR is given (the draft imported there stays for the windowed run);
- output redirected to a file by cmd (`> help.txt`, `2> error.txt`) and piped: Vietnamese
  text arrives as UTF-8, never as a UnicodeEncodeError.

Prints one line per check, then `smoke_windows: N passed, N failed`; exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import smoke_frozen  # the shared checks, beside this file
from smoke_frozen import CheckFailed, output_tail

CLI = "lanson-report.exe"
VIETNAMESE_NAME = "Báo cáo 2022.json"
HELP_LINE = "Soạn báo cáo theo Nghị định 30/2020/NĐ-CP"


def run(bundle: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The console program with its output piped, as a script or `| more` would read it."""
    return subprocess.run(
        [str(bundle / CLI), *args],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def ok(result: subprocess.CompletedProcess[str], what: str) -> str:
    if result.returncode != 0:
        raise CheckFailed(f"{what}: rc={result.returncode} {output_tail(result)}")
    return result.stdout


def check_vietnamese_names(bundle: Path, draft: Path, work: Path) -> str:
    folder = work / "Thư mục báo cáo"
    folder.mkdir()
    source = folder / VIETNAMESE_NAME
    shutil.copyfile(draft, source)
    pdf = folder / "Báo cáo 2022.pdf"
    ok(run(bundle, "export", str(source), "-o", str(pdf), cwd=work), "export")
    if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
        raise CheckFailed(f"export wrote no PDF at {pdf}")
    store = ["--data-dir", str(work / "Kho dữ liệu")]
    said = ok(run(bundle, *store, "import", str(source), cwd=work), "import")
    if VIETNAMESE_NAME not in said:
        raise CheckFailed(f"import does not name {VIETNAMESE_NAME!r}: {said.strip()}")
    drafts = json.loads(ok(run(bundle, *store, "list", "--json", cwd=work), "list"))
    dumped = folder / "Bản sao 2022.json"
    ok(run(bundle, *store, "dump", drafts[0]["id"], "-o", str(dumped), cwd=work), "dump")
    if json.loads(dumped.read_text(encoding="utf-8"))["title"] != drafts[0]["title"]:
        raise CheckFailed(f"{dumped.name} does not carry the imported title")
    return f"export, import, dump with {folder.name}\\{VIETNAMESE_NAME} and {pdf.name}"


def local_data_folder() -> Path:
    return Path(os.environ["LOCALAPPDATA"]) / "lanson-report"


class CheckSkipped(Exception):
    pass


def check_default_data_folder(bundle: Path, draft: Path, work: Path) -> str:
    """No --data-dir, no LANSON_REPORT_DATA_DIR: the store is %LOCALAPPDATA%\\lanson-report."""
    if local_data_folder().is_dir() and any(local_data_folder().iterdir()):
        raise CheckSkipped(f"{local_data_folder()} already holds a user's store: left alone")
    env = {k: v for k, v in os.environ.items() if k != "LANSON_REPORT_DATA_DIR"}
    source = work / VIETNAMESE_NAME
    shutil.copyfile(draft, source)
    result = subprocess.run(
        [str(bundle / CLI), "import", str(source)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    ok(result, "import into the default store")
    folder = local_data_folder()
    stored = [p.name for p in folder.iterdir()] if folder.is_dir() else []
    if not stored:
        raise CheckFailed(f"nothing stored in {folder} (LOCALAPPDATA={os.environ['LOCALAPPDATA']})")
    return f"import without --data-dir stored into {folder} ({', '.join(sorted(stored))})"


def cmd(line: str, cwd: Path) -> int:
    """A command line as a clerk types it in cmd.exe (redirections included)."""
    # One string, passed as is: a list would be quoted with backslashes, which cmd does not read.
    # /s: cmd drops the outer quotes and keeps the quoted paths inside.
    return subprocess.run(
        f'cmd /d /s /c "{line}"', cwd=cwd, capture_output=True, timeout=120, check=False
    ).returncode


def check_redirected(bundle: Path, draft: Path, work: Path) -> str:
    store = work / "kho"
    ok(run(bundle, "--data-dir", str(store), "import", str(draft), cwd=work), "import")
    exe = f'"{bundle / CLI}"'
    help_txt, listed_txt, error_txt = work / "help.txt", work / "danh sách.txt", work / "lỗi.txt"
    rc_help = cmd(f'{exe} --help > "{help_txt}"', work)
    rc_list = cmd(f'{exe} --data-dir "{store}" list > "{listed_txt}"', work)
    rc_error = cmd(f'{exe} export "không có.json" -o x.pdf 2> "{error_txt}"', work)
    texts = {}
    for path in (help_txt, listed_txt, error_txt):
        try:
            texts[path.name] = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CheckFailed(f"{path.name} is not UTF-8 text: {exc}") from exc
    if rc_help != 0 or HELP_LINE not in texts[help_txt.name]:
        raise CheckFailed(f"--help > file: rc={rc_help}, {texts[help_txt.name][:200]!r}")
    if rc_list != 0 or "Kết quả tổ chức" not in texts[listed_txt.name]:
        raise CheckFailed(f"list > file: rc={rc_list}, {texts[listed_txt.name][:200]!r}")
    if rc_error != 1 or "không có.json" not in texts[error_txt.name]:
        raise CheckFailed(f"error 2> file: rc={rc_error}, {texts[error_txt.name][:200]!r}")
    return "--help, list (Vietnamese title) and an error message redirected to files as UTF-8"


def check_piped(bundle: Path, draft: Path, work: Path) -> str:
    helped = run(bundle, "--help", cwd=work)
    if helped.returncode != 0 or HELP_LINE not in helped.stdout:
        raise CheckFailed(f"--help piped: rc={helped.returncode} {output_tail(helped)}")
    wrong = run(bundle, "export", cwd=work)  # a usage error: argparse writes it
    if wrong.returncode != 2 or "lỗi: thiếu tham số bắt buộc" not in wrong.stderr:
        raise CheckFailed(f"usage error piped: rc={wrong.returncode} {output_tail(wrong)}")
    return "--help and a usage error piped, in Vietnamese (UTF-8)"


WINDOWS_CHECKS: list[tuple[str, Callable[[Path, Path, Path], str]]] = [
    ("vietnamese names", check_vietnamese_names),
    ("default data folder", check_default_data_folder),
    ("redirected to files", check_redirected),
    ("piped", check_piped),
]


def run_windows_checks(bundle: Path, draft: Path) -> tuple[int, int, int]:
    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory(prefix="smoke-windows-") as tmp:
        for name, check in WINDOWS_CHECKS:
            work = Path(tmp) / name.replace(" ", "-")
            work.mkdir()
            try:
                print(f"  ok    {name}: {check(bundle, draft, work)}", flush=True)
                passed += 1
            except CheckSkipped as reason:
                print(f"  skip  {name}: {reason}", flush=True)
                skipped += 1
            except (CheckFailed, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
                print(f"  FAIL  {name}: {exc}", flush=True)
                failed += 1
    return passed, failed, skipped


WINE_GUI_SKIP = (
    "under Wine an offscreen SoanBaoCao.exe cannot be stopped cleanly; "
    "scripts/windows-under-wine.sh starts the installed one under Xvfb instead"
)


def under_wine() -> bool:
    import ctypes

    ntdll = ctypes.WinDLL("ntdll")  # type: ignore[attr-defined]
    return hasattr(ntdll, "wine_get_version")


def main(argv: Sequence[str] | None = None) -> int:
    from lanson_report.__main__ import setup_streams

    setup_streams()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "bundle", nargs="?", type=Path, default=smoke_frozen.ROOT / "dist" / "SoanBaoCao"
    )
    parser.add_argument("--draft", type=Path, default=smoke_frozen.default_draft())
    args = parser.parse_args(argv)
    if sys.platform != "win32":
        print("smoke_windows: FAIL: run it with Windows Python (on Windows or under Wine)")
        return 1
    bundle, draft = args.bundle.resolve(), args.draft.resolve()
    if not (bundle / CLI).is_file():
        print(f"smoke_windows: FAIL: no {CLI} in {bundle}; build it first")
        return 1
    if under_wine():
        smoke_frozen.gui_skip_reason = lambda: WINE_GUI_SKIP
        smoke_frozen.LAUNCH_RETRIES = 1  # see smoke_frozen.LAUNCH_RETRIES
    passed, failed, skipped = smoke_frozen.run_checks(bundle, draft)
    more = run_windows_checks(bundle, draft)
    passed, failed, skipped = passed + more[0], failed + more[1], skipped + more[2]
    print(f"smoke_windows: {'PASS' if failed == 0 else 'FAIL'}: frozen bundle {bundle}")
    print(
        f"smoke_windows: {passed} passed, {failed} failed"
        + (f", {skipped} skipped" if skipped else "")
    )
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
