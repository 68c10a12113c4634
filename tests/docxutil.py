"""The DOCX as LibreOffice prints it: every draft converted once per session, in one run."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from lanson_report.files import draftfile
from lanson_report.word import render_docx_bytes

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def docx_bytes(raw: dict[str, Any]) -> bytes:
    return render_docx_bytes(draftfile.from_dict(raw))


def open_docx(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def convert(documents: dict[str, bytes]) -> dict[str, bytes]:
    """name → PDF bytes, by one headless LibreOffice with a private profile (parallel-safe)."""
    if SOFFICE is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui"
        )
    with tempfile.TemporaryDirectory(prefix="docx-lo-") as tmp:
        folder = Path(tmp)
        paths = []
        for name, data in documents.items():
            path = folder / f"{name}.docx"
            path.write_bytes(data)
            paths.append(str(path))
        profile = (folder / "profile").as_uri()
        options = [f"-env:UserInstallation={profile}", "--headless", "--norestore"]
        subprocess.run(
            [SOFFICE, *options, "--convert-to", "pdf", "--outdir", str(folder), *paths],
            check=True,
            capture_output=True,
            timeout=300,
            env={"HOME": str(folder), "PATH": "/usr/bin:/bin"},
        )
        return {name: (folder / f"{name}.pdf").read_bytes() for name in documents}


def xml_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        }
