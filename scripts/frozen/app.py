"""Frozen entry of the windowed program (SoanBaoCao.exe): the same as `lanson-report-gui`.

No arguments opens the app; `--data-dir DIR` opens it on another data folder.
PyInstaller runs this file as __main__, so it imports the package absolutely.
"""

import sys

from lanson_report.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
