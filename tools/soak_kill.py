"""Kill `import`, `restore`, `export` and the store API at random moments; verify nothing is lost.

    python tools/soak_kill.py --runs 1000 [--dir /tmp/soak] [--seed 1]

Each run starts one child process on a shared data folder and sends it SIGKILL
after a random delay (some children finish first). Then the folder is opened
again, as the next start would, and checked:

- every acknowledged save is there: an `import` or `restore` that exited 0, and
  every save a store-API child printed ACK for (its draft holds that state or a
  later one);
- a killed multi-file import or restore is all or nothing: after the next start
  either every draft of it is in the store or none is;
- nothing is left over: no temporaries, journal, or half-done batch;
- an export (PDF or Word, into a folder of its own) leaves the previous file or the
  new one, whole, never a half-written one; the temporary a killed export leaves is
  removed by the next export into that folder, so none is left after the last one.

Restores commit in batches (store/restoring.py); the children here use batches of
RESTORE_BATCH drafts, so a kill lands between batches and inside one (after its
journal, among its unsynced bodies, before its flush) as well as anywhere else.

Not run by CI (it takes minutes); README.md (Tests) says how to use it. POSIX only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import drafts  # noqa: E402

from lanson_report.files import draftfile  # noqa: E402
from lanson_report.store import Store  # noqa: E402

RESTORE_BATCH = 3  # drafts per restore batch in the children: most restores take several

WORKER = """
import sys
from lanson_report.store import Store
store = Store.open(sys.argv[1])
draft = store.get(sys.argv[2]).draft
for step in range(int(sys.argv[3]), int(sys.argv[3]) + 100000):
    draft.closing = f"v{step}"
    store.save(draft)
    print(f"ACK {step}", flush=True)
"""


@dataclass
class Tally:
    runs: int = 0
    killed: int = 0
    acknowledged: int = 0
    losses: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)
    finished_after_kill: int = 0  # restores and imports the next start completed
    mid_write: int = 0  # kills that left a journal, a batch or a temporary behind
    by_kind: dict[str, int] = field(default_factory=dict)
    exports_swept: int = 0  # temporaries of killed exports the next export removed


def draft_file(folder: Path, title: str) -> tuple[Path, str]:
    raw = drafts.minimal(title=title)
    raw["id"] = str(uuid.uuid4())
    path = folder / f"{raw['id']}.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path, raw["id"]


def backup_with(work: Path, count: int, tag: str) -> tuple[Path, list[str]]:
    """A backup of a fresh store holding count new drafts (ids unique to this run)."""
    source = Store.open(work / f"src-{tag}")
    ids = [
        source.create(draftfile.from_dict(drafts.minimal(title=f"{tag} {n}"))).draft.id
        for n in range(count)
    ]
    path = work / f"{tag}.zip"
    source.export_backup(path)
    source.close()
    return path, ids


def child(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
    )


def killed(process: subprocess.Popen[str], delay: float) -> tuple[bool, str]:
    """Kill after delay unless done; (exited on its own with 0, its stdout)."""
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return process.returncode == 0, out


def _in_progress(data: Path) -> list[Path]:
    """What a writer leaves while it works: temporaries, the journal, a batch."""
    batch = ("journal.json", "importing.json", "restoring.zip")
    return [p for p in data.rglob("*") if p.name.endswith(".tmp") or p.name in batch]


def check_leftovers(data: Path, tally: Tally, run: int) -> None:
    for path in _in_progress(data):
        tally.leftovers.append(f"run {run}: {path.relative_to(data)}")


def soak(runs: int, work: Path, seed: int) -> Tally:
    rng = random.Random(seed)
    data = work / "data"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "LANSON_REPORT_LOCK_TIMEOUT": "30",
        "LANSON_REPORT_RESTORE_BATCH": str(RESTORE_BATCH),
    }
    tally = Tally()
    durations: dict[str, float] = {}  # how long a run of each kind lasts when not killed
    acked: dict[str, int] = {}  # draft id -> lowest state it must hold (-1: must exist)
    api = Store.open(data).create(draftfile.from_dict(drafts.minimal(title="API"))).draft.id
    acked[api] = -1
    for run in range(runs):
        kind = rng.choice(("import", "restore", "export", "api"))
        tally.by_kind[kind] = tally.by_kind.get(kind, 0) + 1
        # Kill anywhere from start-up to a little after the usual end of this kind of run.
        delay = rng.uniform(0.0, 1.3 * durations.get(kind, 2.0))
        group: list[str] = []
        if kind == "import":
            files = [draft_file(work, f"import {run}.{n}") for n in range(rng.randint(1, 3))]
            group = [draft_id for _, draft_id in files]
            process = child(
                [
                    "-m",
                    "lanson_report",
                    "--data-dir",
                    str(data),
                    "import",
                    *(str(path) for path, _ in files),
                ],
                env,
            )
        elif kind == "restore":
            zipped, group = backup_with(work, rng.randint(2, 12), f"restore-{run}")
            process = child(
                ["-m", "lanson_report", "--data-dir", str(data), "restore", str(zipped)], env
            )
        elif kind == "export":
            swept_before = _export_temporaries(work)
            process = child(export_args(work, run), env)
        else:
            process = child(["-c", WORKER, str(data), api, str(run * 100000)], env)
        began = time.monotonic()
        done, out = killed(process, delay)
        if done:
            took = time.monotonic() - began
            durations[kind] = took if kind not in durations else 0.8 * durations[kind] + 0.2 * took
        tally.mid_write += bool(_in_progress(data))
        tally.runs += 1
        if kind == "export":
            tally.exports_swept += len(set(swept_before) - set(_export_temporaries(work)))
            verify_exports(work, tally, run)
            continue
        tally.killed += not done
        if kind == "api":
            steps = [int(line.split()[1]) for line in out.splitlines() if line.startswith("ACK")]
            if steps:
                acked[api] = max(acked[api], steps[-1])
                tally.acknowledged += len(steps)
        elif done:
            tally.acknowledged += 1
            for draft_id in group:
                acked[draft_id] = -1
        verify(data, acked, group, tally, run)
    last_export(work, env, tally)
    return tally


def verify(data: Path, acked: dict[str, int], group: list[str], tally: Tally, run: int) -> None:
    store = Store.open(data)  # the next start: finishes what a kill cut short
    finishing = ("khôi phục trước bị gián đoạn", "nhập nốt")
    tally.finished_after_kill += any(m in n for n in store.recovered for m in finishing)
    present = set(store.ids())
    for draft_id, state in acked.items():
        if draft_id not in present:
            tally.losses.append(f"run {run}: {draft_id} missing")
        elif state >= 0:
            closing = store.get(draft_id).draft.closing
            if not closing.startswith("v") or int(closing[1:]) < state:
                tally.losses.append(f"run {run}: API draft at {closing}, acknowledged v{state}")
    there = [draft_id in present for draft_id in group]
    if any(there) and not all(there):
        tally.partial.append(f"run {run}: {sum(there)} of {len(group)} drafts")
    for draft_id in group:
        if draft_id in present:
            acked.setdefault(draft_id, -1)
    store.close()
    check_leftovers(data, tally, run)


EXPORTS = ("report.pdf", "report.docx")


def export_args(work: Path, run: int) -> list[str]:
    out = work / "exports"
    out.mkdir(exist_ok=True)
    source = work / "export-source.json"
    if not source.exists():
        draftfile.dump_path(draftfile.from_dict(drafts.pages(24)), source)
    target = out / EXPORTS[run % 2]
    return ["-m", "lanson_report", "export", str(source), "-o", str(target), "--force"]


def _export_temporaries(work: Path) -> list[Path]:
    return sorted((work / "exports").glob("*.tmp")) if (work / "exports").is_dir() else []


def whole(path: Path) -> bool:
    """A PDF that ends as a PDF ends, or a Word file whose zip reads back whole."""
    import zipfile

    if path.suffix == ".pdf":
        data = path.read_bytes()
        return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def verify_exports(work: Path, tally: Tally, run: int) -> None:
    for name in EXPORTS:
        path = work / "exports" / name
        if path.exists() and not whole(path):
            tally.losses.append(f"run {run}: {name} is half written")


def last_export(work: Path, env: dict[str, str], tally: Tally) -> None:
    """The next export after the soak: it must sweep every temporary a kill left."""
    if not (work / "exports").is_dir():
        return
    before = _export_temporaries(work)
    child(export_args(work, 0), env).communicate()
    after = _export_temporaries(work)
    tally.exports_swept += len(set(before) - set(after))
    for path in after:
        tally.leftovers.append(f"after the last export: {path.name}")
    verify_exports(work, tally, -1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="soak-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    tally = soak(args.runs, work, args.seed)
    print(
        json.dumps(
            {
                "seed": args.seed,
                "runs": tally.runs,
                "killed": tally.killed,
                "by_kind": tally.by_kind,
                "acknowledged": tally.acknowledged,
                "losses": len(tally.losses),
                "partial": len(tally.partial),
                "leftovers": len(tally.leftovers),
                "killed_mid_write": tally.mid_write,
                "finished_after_kill": tally.finished_after_kill,
                "export_temporaries_swept": tally.exports_swept,
                "seconds": round(time.monotonic() - started),
                "details": (tally.losses + tally.partial + tally.leftovers)[:20],
                "folder": str(work),
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    return 1 if tally.losses or tally.partial or tally.leftovers else 0


if __name__ == "__main__":
    sys.exit(main())
