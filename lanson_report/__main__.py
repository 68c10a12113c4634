"""Entry point: no arguments opens the app; otherwise a command-line command."""

from __future__ import annotations

import sys


def _utf8_streams() -> None:
    # A Vietnamese Windows console defaults to cp1258, which cannot print every letter.
    for stream in (sys.stdout, sys.stderr):
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
    _utf8_streams()
    if not _without_data_dir(args) or args[:1] == ["gui"]:
        from .ui.app import run_app  # Qt only on this path

        return run_app(args)
    from .cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
