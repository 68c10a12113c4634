"""Entry point: no arguments opens the app; otherwise a command-line command."""

from __future__ import annotations

import io
import sys
from typing import TextIO


def _is_console(stream: TextIO) -> bool:
    """True for a Windows console, which Python writes through the wide (UTF-16) API."""
    console_io = getattr(io, "_WindowsConsoleIO", None)
    raw = getattr(getattr(stream, "buffer", None), "raw", None)
    return console_io is not None and isinstance(raw, console_io)


def setup_streams() -> None:
    """Make stdout and stderr print any Vietnamese letter, before anything prints.

    Redirected to a file or piped, Windows gives Python the ANSI code page (cp1252, or
    cp1258 on a Vietnamese PC), which cannot encode many Vietnamese letters: such streams
    are switched to UTF-8. An interactive Windows console is left alone: Python already
    writes to it through the console's wide API. A windowed program has no streams (None).
    Entry points call this first, so argparse's --help and usage errors are safe too.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is None or _is_console(stream):
            continue
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _without_data_dir(args: list[str]) -> list[str]:
    """The arguments other than `--data-dir DIR` / `--data-dir=DIR`."""
    rest: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--data-dir":
            skip = True
        elif not arg.startswith("--data-dir="):
            rest.append(arg)
    return rest


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    setup_streams()
    if not _without_data_dir(args) or args[:1] == ["gui"]:
        from .ui.app import run_app  # Qt only on this path

        return run_app(args)
    from .cli.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
