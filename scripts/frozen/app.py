"""Frozen entry of the windowed program (SoanBaoCao.exe): the same as `lanson-report-gui`.

No arguments opens the app; `--data-dir DIR` opens it on another data folder.
PyInstaller runs this file as __main__, so it imports the package absolutely.
"""

import os
import sys

from lanson_report.__main__ import main


def give_streams() -> None:
    """A windowed exe has no console: PyInstaller leaves sys.stdout and sys.stderr as None.

    Code that writes to them (the app's error hook, a library's warning) would then raise
    instead of going on to log the error and show it; give it somewhere harmless to write.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    give_streams()
    sys.exit(main())
