"""scripts/installer.nsi: a 64-bit, per-user installer that never asks for administrator rights.

Installing, upgrading and uninstalling are proven under Wine by scripts/windows-under-wine.sh;
this checks what the compiled installer declares, from a stand-in bundle, in seconds.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MAKENSIS = shutil.which("makensis")
pytestmark = pytest.mark.skipif(
    MAKENSIS is None, reason="NSIS (makensis) is not installed: apt-get install nsis"
)


@pytest.fixture(scope="module")
def installer(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    work = tmp_path_factory.mktemp("nsis")
    bundle = work / "SoanBaoCao"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "SoanBaoCao.exe").write_bytes(b"MZ stand-in")
    (bundle / "lanson-report.exe").write_bytes(b"MZ stand-in")
    out = work / "SoanBaoCao-9.8.7-setup.exe"
    assert MAKENSIS is not None
    defines = ["-DVERSION=9.8.7", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}"]
    script = str(REPO / "scripts" / "installer.nsi")
    result = subprocess.run(
        [MAKENSIS, "-V2", "-INPUTCHARSET", "UTF8", *defines, script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out.read_bytes()


def test_installer_is_64_bit(installer: bytes) -> None:
    (pe_offset,) = struct.unpack_from("<I", installer, 0x3C)
    assert installer[pe_offset : pe_offset + 4] == b"PE\0\0"
    (machine,) = struct.unpack_from("<H", installer, pe_offset + 4)
    assert machine == 0x8664, "x86-64, like the program it installs"


def test_installer_never_asks_for_administrator_rights(installer: bytes) -> None:
    assert b'level="asInvoker"' in installer
    assert b"requireAdministrator" not in installer and b"highestAvailable" not in installer


def test_installer_registers_per_user_and_keeps_the_data_folder() -> None:
    script = (REPO / "scripts" / "installer.nsi").read_text(encoding="utf-8")
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_ID}"' in script
    assert "HKLM" not in script, "HKCU only: no administrator rights"
    uninstall = script[script.index('Section "Uninstall"') :]
    assert "lanson-report" not in uninstall.replace("lanson-report.exe", "")
    assert 'RMDir /r "$INSTDIR"' not in script, "only the program's own files are removed"
