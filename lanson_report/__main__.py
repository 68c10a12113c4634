"""Entry point: no arguments opens the app; otherwise a command-line command."""

from __future__ import annotations

import sys


def _utf8_streams() -> None:
    # A Vietnamese Windows console defaults to cp1258, which cannot print every letter.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    _utf8_streams()
    if not [a for a in args if not a.startswith("--data-dir")] or args[:1] == ["gui"]:
        from .ui.app import run_app  # Qt only on this path

        return run_app(args)
    from .cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
