"""Smoke test of the PyInstaller bundle: run the frozen programs as a clerk's PC would.

    .venv/bin/python tools/smoke_frozen.py [dist/SoanBaoCao] [--draft DRAFT.json]

The bundle is copied to a temporary folder and run with an empty environment. As root,
where `unshare` is allowed, each run also gets no network and a mount namespace in
which the build's Python, its venv and this repository are hidden under empty tmpfs
mounts: the bundle must work with no Python and nothing from the source tree.

Checks: the console program's version; the example draft exported to a PDF that is A4,
reads back, and uses the four Liberation Serif faces, all embedded; the same export
failing once a bundled font is removed (so the fonts came from the bundle, not the
system); a store round trip (import, list, dump, backup, restore); the windowed program
starting offscreen (skipped while there is no UI). Prints one line per check, then
`smoke_frozen: N passed, N failed`; exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "bao-cao-ngay-khcn-2022.json"
APP_EXE = "SoanBaoCao"
CLI_EXE = "lanson-report"
A4 = (595.2756, 841.8898)  # points
FACES = {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"}
ALLOWED_FACES = {*FACES, "LiberationSerif-BoldItalic"}
EXPECTED_TEXT = ["BÁO CÁO", "Nguyễn Thị Hà", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lạng Sơn"]
GUI_SECONDS = 8.0  # the windowed program must still be running (or have quit cleanly) by then


class CheckFailed(Exception):
    pass


def exe_name(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def default_draft() -> Path:
    # The copy in tests/fixtures, so the check does not depend on ../shared being there.
    return ROOT / "tests" / "fixtures" / EXAMPLE


def project_version() -> str:
    from lanson_report import __version__  # the one place the version is written

    return __version__


# Starting a program that could not be launched again: 0 on a real system. Wine 8 now and
# then fails a CreateProcess with ERROR_INTERNAL_ERROR (1359) before the program runs at
# all; tools/smoke_windows.py sets 1 under Wine, and every retry is printed.
LAUNCH_RETRIES = 0


class Sandbox:
    """Runs the copied bundle with an empty environment and, if possible, no Python, no network."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.home = work / "home"
        self.home.mkdir()
        self.hidden = self._paths_to_hide()
        self.isolated = self._can_isolate()

    def _paths_to_hide(self) -> list[Path]:
        candidates = {Path(sys.prefix), Path(sys.base_prefix), ROOT}
        for lib in (Path("/usr/lib"), Path("/usr/local/lib")):
            candidates.update(lib.glob("python3*"))
        existing = {p.resolve() for p in candidates if p.is_dir()}
        if any(self.work.resolve().is_relative_to(p) for p in existing):
            raise SystemExit(f"smoke_frozen: temporary folder {self.work} lies in a hidden path")
        # A folder inside another hidden one (the venv in the repository) is hidden with it.
        return sorted(
            p for p in existing if not any(p != q and p.is_relative_to(q) for q in existing)
        )

    def _can_isolate(self) -> bool:
        if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None:
            return False
        probe = subprocess.run(
            [*self._prefix(), "true"], capture_output=True, text=True, encoding="utf-8", timeout=30
        )
        if probe.returncode != 0:
            print(f"smoke_frozen: cannot isolate the runs: {probe.stderr.strip()}")
        return probe.returncode == 0

    def _prefix(self) -> list[str]:
        mounts = " && ".join(f"mount -t tmpfs none '{p}'" for p in self.hidden)
        script = f'{mounts} && exec "$@"'
        return ["unshare", "--net", "--mount", "--propagation", "private", "sh", "-c", script, "sh"]

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "HOME": str(self.home),
            "LANG": "C.UTF-8",  # as on a desktop; Qt warns in the bare C locale
            "LANSON_REPORT_DATA_DIR": str(self.work / "data"),  # never the real user's store
        }
        if sys.platform == "win32":  # what any Windows program expects to find
            keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA")
            env.update({k: os.environ[k] for k in keep if k in os.environ})
        return {**env, **extra}

    def run(
        self, argv: Sequence[str], timeout: float = 120, **env: str
    ) -> subprocess.CompletedProcess[str]:
        command = [*self._prefix(), *argv] if self.isolated else list(argv)
        for attempt in range(LAUNCH_RETRIES + 1):
            try:
                return subprocess.run(
                    command,
                    env=self.env(**env),
                    cwd=self.work,
                    capture_output=True,
                    text=True,
                    encoding="utf-8",
                    errors="replace",
                    timeout=timeout,
                )
            except OSError as exc:  # the program could not be started at all
                if attempt == LAUNCH_RETRIES:
                    raise
                print(f"  note  {Path(argv[0]).name} did not start ({exc}); starting it again")
        raise AssertionError("unreachable")

    def start(self, argv: Sequence[str], **env: str) -> subprocess.Popen[str]:
        command = [*self._prefix(), *argv] if self.isolated else list(argv)
        return subprocess.Popen(
            command,
            env=self.env(**env),
            cwd=self.work,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )


def output_tail(
    result: subprocess.CompletedProcess[str] | None, out: str = "", err: str = ""
) -> str:
    if result is not None:
        out, err = result.stdout, result.stderr
    lines = (out + err).strip().splitlines()[-8:]
    return "\n      ".join(["output:", *lines]) if lines else "no output"


def check_version(box: Sandbox, bundle: Path) -> str:
    expected = project_version()
    result = box.run([str(bundle / exe_name(CLI_EXE)), "--version"])
    if result.returncode != 0 or not result.stdout.strip().endswith(expected):
        raise CheckFailed(
            f"--version: want {expected}, got rc={result.returncode} {output_tail(result)}"
        )
    # copy_metadata takes a dist-info, or the egg-info of an editable install.
    internal = bundle / "_internal"
    files = [*internal.glob("lanson_report-*.dist-info/METADATA")]
    files += internal.glob("lanson_report.egg-info/PKG-INFO")
    if not any(f"\nVersion: {expected}\n" in f.read_text(encoding="utf-8") for f in files):
        raise CheckFailed(
            f"no metadata of lanson-report {expected} in the bundle (importlib.metadata)"
        )
    return f"{CLI_EXE} --version prints {expected}; package metadata bundled"


def export(
    box: Sandbox, bundle: Path, draft: Path, name: str
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    pdf = box.work / name
    pdf.unlink(missing_ok=True)
    argv = [str(bundle / exe_name(CLI_EXE)), "export", str(draft), "-o", str(pdf)]
    return pdf, box.run(argv)


def check_export(box: Sandbox, bundle: Path, draft: Path) -> str:
    started = time.perf_counter()
    pdf, result = export(box, bundle, draft, "example.pdf")
    seconds = time.perf_counter() - started
    if result.returncode != 0 or not pdf.is_file():
        raise CheckFailed(f"export failed: rc={result.returncode} {output_tail(result)}")
    return f"export wrote {pdf.name} ({pdf.stat().st_size // 1024} KiB) in {seconds:.1f} s"


def read_pdf(pdf: Path) -> tuple[list[tuple[float, float]], set[str], str]:
    import pdfplumber  # the test extra; the bundle itself does not ship it

    with pdfplumber.open(pdf) as doc:
        sizes = [(float(p.width), float(p.height)) for p in doc.pages]
        fonts = {c["fontname"].split("+", 1)[-1] for p in doc.pages for c in p.chars}
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    return sizes, fonts, unicodedata.normalize("NFC", text)


def check_pdf_pages(box: Sandbox) -> str:
    sizes, _, text = read_pdf(box.work / "example.pdf")
    wrong = [s for s in sizes if abs(s[0] - A4[0]) > 0.5 or abs(s[1] - A4[1]) > 0.5]
    if not sizes or wrong:
        raise CheckFailed(f"pages not A4 (595.3 x 841.9 pt): {wrong or 'no pages'}")
    missing = [t for t in EXPECTED_TEXT if t not in " ".join(text.split())]
    if missing:
        raise CheckFailed(f"text does not read back: missing {missing}")
    return f"{len(sizes)} A4 page(s); text reads back ({', '.join(EXPECTED_TEXT[:2])}, ...)"


def embedded_fonts(pdf: Path) -> dict[str, bool]:
    """Base font name (subset tag removed) -> whether its font program is in the file."""
    from pypdf import PdfReader

    found: dict[str, bool] = {}
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in fonts.get_object().values() if fonts else []:
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get(
                "/FontDescriptor"
            )
            descriptor = descriptor.get_object() if descriptor else {}
            has_file = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]] = has_file
    return found


def check_pdf_fonts(box: Sandbox) -> str:
    pdf = box.work / "example.pdf"
    _, used, _ = read_pdf(pdf)
    if not used <= ALLOWED_FACES or not used >= FACES:
        raise CheckFailed(
            f"glyphs set in {sorted(used)}; want Liberation Serif faces {sorted(FACES)}"
        )
    embedded = embedded_fonts(pdf)
    not_embedded = sorted(name for name, has_file in embedded.items() if not has_file)
    if not_embedded or not set(embedded) <= ALLOWED_FACES:
        raise CheckFailed(f"fonts in the PDF: {embedded}; not embedded: {not_embedded}")
    return f"fonts {', '.join(sorted(embedded))}: all embedded"


def check_fonts_from_bundle(box: Sandbox, bundle: Path, draft: Path) -> str:
    """With one bundled face gone, export must fail naming the bundle: no fallback elsewhere."""
    font = bundle / "_internal" / "resources" / "fonts" / "LiberationSerif-Bold.ttf"
    aside = font.with_suffix(".moved")
    font.rename(aside)
    try:
        pdf, result = export(box, bundle, draft, "without-font.pdf")
    finally:
        aside.rename(font)
    if result.returncode == 0 or pdf.exists():
        raise CheckFailed(
            f"export without the bundled bold face: rc={result.returncode}, PDF written: "
            f"{pdf.exists()}; want a failure (the fonts must come from the bundle only)"
        )
    named = " (the message names it)" if str(font.parent) in result.stderr else ""
    return f"fonts come from _internal/resources/fonts: export refuses without one{named}"


def store_command(box: Sandbox, bundle: Path, store: str, *args: str) -> str:
    argv = [str(bundle / exe_name(CLI_EXE)), "--data-dir", str(box.work / store), *args]
    result = box.run(argv)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(args[:1])}: rc={result.returncode} {output_tail(result)}")
    return result.stdout


def listed(box: Sandbox, bundle: Path, store: str) -> list[dict[str, object]]:
    drafts = json.loads(store_command(box, bundle, store, "list", "--json"))
    if not isinstance(drafts, list):
        raise CheckFailed(f"list --json printed {type(drafts).__name__}, not a list")
    return drafts


def check_store(box: Sandbox, bundle: Path, draft: Path) -> str:
    """import, list, dump, backup, then restore into an empty store: TinyDB and locks frozen."""
    store_command(box, bundle, "store-a", "import", str(draft))
    drafts = listed(box, bundle, "store-a")
    if len(drafts) != 1 or "id" not in drafts[0]:
        raise CheckFailed(f"after one import, list --json gave {drafts}")
    dumped = box.work / "dumped.json"
    store_command(box, bundle, "store-a", "dump", str(drafts[0]["id"]), "-o", str(dumped))
    original = json.loads(draft.read_text(encoding="utf-8"))
    copy = json.loads(dumped.read_text(encoding="utf-8"))
    for key in ("title", "signature", "sections"):
        if copy.get(key) != original.get(key):
            raise CheckFailed(f"dump changed {key!r} of the imported draft")
    backup = box.work / "store-a.backup"
    store_command(box, bundle, "store-a", "backup", "-o", str(backup))
    store_command(box, bundle, "store-b", "restore", str(backup))
    restored = [d.get("id") for d in listed(box, bundle, "store-b")]
    if restored != [drafts[0]["id"]]:
        raise CheckFailed(f"restore into an empty store gave {restored}")
    return "import, list, dump (same text), backup, restore into an empty store"


def check_gui(box: Sandbox, bundle: Path) -> str:
    process = box.start([str(bundle / exe_name(APP_EXE))], QT_QPA_PLATFORM="offscreen")
    try:
        out, err = process.communicate(timeout=GUI_SECONDS)
        state = f"quit by itself, rc={process.returncode}"
    except subprocess.TimeoutExpired:
        process.terminate()
        out, err = process.communicate(timeout=30)
        state = f"still running after {GUI_SECONDS:.0f} s (then stopped)"
    data = box.work / "data"
    logs = sorted(p.name for p in (data / "logs").glob("*")) if (data / "logs").is_dir() else []
    crashed = "Traceback" in err or "Failed to execute script" in err or logs
    if crashed or (state.startswith("quit") and process.returncode != 0):
        details = f"error logs: {logs}; " if logs else ""
        raise CheckFailed(f"{APP_EXE} offscreen: {state}. {details}{output_tail(None, out, err)}")
    # A modal "cannot open the store" dialog would also keep it running: the store must exist.
    if not data.is_dir() or not [p for p in data.iterdir() if p.name != "logs"]:
        raise CheckFailed(f"{APP_EXE} offscreen: {state}, but opened no store in {data}")
    return f"{APP_EXE} started offscreen: {state}, store opened, no error"


def where(exc: BaseException) -> str:
    """For an unexpected error (not a failed check): the line that raised it."""
    if isinstance(exc, CheckFailed) or exc.__traceback__ is None:
        return ""
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return f" (raised in {Path(frame.filename).name}:{frame.lineno}, {frame.name})"


def gui_skip_reason() -> str | None:
    if not (ROOT / "lanson_report" / "ui" / "app.py").is_file():
        return "lanson_report/ui/app.py does not exist yet: the windowed program has no UI to open"
    return None


def check_docx_export(box: Sandbox, bundle: Path, draft: Path) -> str:
    """The Word export from the bundle: python-docx, lxml and the default template shipped."""
    out, result = export(box, bundle, draft, "example.docx")
    if result.returncode != 0 or not out.is_file():
        raise CheckFailed(f"export to .docx failed: rc={result.returncode} {output_tail(result)}")
    import docx  # a dependency of the app, installed where this script runs

    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    styles = {style.name for style in document.styles}
    if "Trên đây là báo cáo" not in text or "Nội dung" not in styles:
        raise CheckFailed(f"{out.name} lacks the report's text or its named styles")
    return f"export wrote {out.name} ({out.stat().st_size // 1024} KiB), Word styles present"


def run_checks(bundle: Path, draft: Path) -> tuple[int, int, int]:
    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory(
        prefix="smoke-frozen-", dir="/tmp" if os.name == "posix" else None
    ) as tmp:
        work = Path(tmp)
        copy = work / bundle.name
        shutil.copytree(bundle, copy, symlinks=True)
        shutil.copy2(draft, work / draft.name)
        box = Sandbox(work)
        how = (
            f"no network, Python and source hidden ({', '.join(map(str, box.hidden))})"
            if box.isolated
            else "empty environment only (no root or no unshare: Python not hidden)"
        )
        print(f"smoke_frozen: bundle copied to {copy}; runs with {how}")
        sample = work / draft.name
        checks: list[tuple[str, Callable[[], str]]] = [
            ("version", lambda: check_version(box, copy)),
            ("export", lambda: check_export(box, copy, sample)),
            ("pdf pages", lambda: check_pdf_pages(box)),
            ("pdf fonts", lambda: check_pdf_fonts(box)),
            ("docx export", lambda: check_docx_export(box, copy, sample)),
            ("bundled fonts", lambda: check_fonts_from_bundle(box, copy, sample)),
            ("store", lambda: check_store(box, copy, sample)),
        ]
        for name, check in checks:
            try:
                print(f"  ok    {name}: {check()}")
                passed += 1
            except (CheckFailed, subprocess.TimeoutExpired, OSError, ValueError) as exc:
                print(f"  FAIL  {name}: {exc}{where(exc)}")
                failed += 1
        reason = gui_skip_reason()
        if reason:
            print(f"  skip  gui: {reason}")
            skipped += 1
        else:
            try:
                print(f"  ok    gui: {check_gui(box, copy)}")
                passed += 1
            except (CheckFailed, OSError) as exc:
                print(f"  FAIL  gui: {exc}")
                failed += 1
    return passed, failed, skipped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "SoanBaoCao")
    parser.add_argument("--draft", type=Path, default=default_draft())
    args = parser.parse_args(argv)
    if not (args.bundle / exe_name(CLI_EXE)).is_file():
        print(f"smoke_frozen: FAIL: no {exe_name(CLI_EXE)} in {args.bundle}; build it first")
        return 1
    passed, failed, skipped = run_checks(args.bundle.resolve(), args.draft.resolve())
    verdict = "PASS" if failed == 0 else "FAIL"
    print(f"smoke_frozen: {verdict}: frozen bundle {args.bundle}")
    print(
        f"smoke_frozen: {passed} passed, {failed} failed"
        + (f", {skipped} skipped" if skipped else "")
    )
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
