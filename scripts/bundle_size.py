"""Print what makes up a built bundle: `python scripts/bundle_size.py [dist/SoanBaoCao]`.

Works on the Linux and the Windows bundle alike; sizes are file sizes in MB (10^6 bytes).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

Rule = tuple[str, Callable[[Path], bool]]


def _lib(path: Path) -> bool:
    return path.suffix == ".dll" or ".so" in path.suffixes


def _under(*parts: str) -> Callable[[Path], bool]:
    return lambda path: path.parts[: len(parts)] == parts


# First match wins; paths are relative to the bundle folder.
RULES: list[Rule] = [
    ("programs (bootloader + Python code: app, ReportLab, stdlib)", lambda p: len(p.parts) == 1),
    ("ICU data and libraries (Qt's Unicode tables; Linux only)", lambda p: "libicu" in p.name),
    ("Qt plugins (platform, styles, image formats, printing)", lambda p: "plugins" in p.parts),
    (
        "Qt libraries (Core, Gui, Widgets, Pdf, PrintSupport, ...)",
        lambda p: "PySide6" in p.parts and p.name.startswith(("libQt6", "Qt6")) and _lib(p),
    ),
    ("Qt bindings (PySide6, shiboken6)", lambda p: p.parts[1:2] in (("PySide6",), ("shiboken6",))),
    ("Pillow (ReportLab needs it)", lambda p: p.parts[1:2] in (("PIL",), ("pillow.libs",))),
    ("fonts (Liberation Serif, OFL) and icons", _under("_internal", "resources")),
    (
        "Python runtime (interpreter, stdlib extensions)",
        lambda p: (
            p.name.startswith(("libpython", "python3", "base_library"))
            or "lib-dynload" in p.parts
            or p.suffix == ".pyd"
        ),
    ),
    ("other shared libraries (system libs on Linux; VC++, OpenSSL on Windows)", _lib),
    ("other (package metadata, small data)", lambda p: True),
]


def breakdown(bundle: Path) -> tuple[dict[str, int], int]:
    sizes = {name: 0 for name, _ in RULES}
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(bundle)
            name = next(name for name, rule in RULES if rule(relative))
            sizes[name] += path.stat().st_size
    return sizes, sum(sizes.values())


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else Path("dist") / "SoanBaoCao"
    if not bundle.is_dir():
        print(f"bundle_size: no folder {bundle}", file=sys.stderr)
        return 1
    sizes, total = breakdown(bundle)
    print(f"{bundle}: {total / 1e6:.1f} MB in all")
    for name, size in sorted(sizes.items(), key=lambda item: -item[1]):
        if size:
            print(f"  {size / 1e6:6.1f} MB  {100 * size / total:4.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
