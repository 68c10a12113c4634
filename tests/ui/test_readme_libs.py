"""The README's apt-get line names every X11 library Qt's xcb plugin loads.

Without them the plugin does not load and the README's first command fails on a
bare Debian or Ubuntu machine. Checked with ldd against the installed PySide6.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

REPO = Path(__file__).resolve().parents[2]

X11_PACKAGE = re.compile(r"^(libxcb|libx11-xcb|libxkbcommon)")


def _owners(libraries: list[str]) -> set[str]:
    """The Debian packages that hold these files (one dpkg call: it is slow to start)."""
    paths = [variant for lib in libraries for variant in (lib, f"/usr{lib}")]
    result = subprocess.run(
        ["dpkg", "-S", *paths], capture_output=True, text=True, encoding="utf-8", check=False
    )
    return {line.split(":")[0] for line in result.stdout.splitlines()}


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("dpkg"), reason="Debian only"
)
def test_the_apt_line_names_every_library_of_the_xcb_plugin() -> None:
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    linked = subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, encoding="utf-8", check=True
    )
    libraries = re.findall(r"=> (/\S+)", linked.stdout)
    x11 = [lib for lib in libraries if re.search(r"/lib(xcb|X11-xcb|xkbcommon)", lib)]
    needed = {name for name in _owners(x11) if X11_PACKAGE.match(name)}
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    (line,) = re.findall(r"apt-get install ([^`]+)`", readme)
    assert needed and needed <= set(line.split()), needed - set(line.split())
