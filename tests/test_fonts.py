"""The printed font: Times New Roman where the PC has all four faces, with every
Vietnamese letter; else the bundled Liberation Serif, whose metrics are the same."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lanson_report.files.paths import resource
from lanson_report.pdf import fonts

FACES = {
    "Regular": "times.ttf",
    "Bold": "timesbd.ttf",
    "Italic": "timesi.ttf",
    "BoldItalic": "timesbi.ttf",
}


def _fake_times(folder: Path, faces: dict[str, str] = FACES) -> Path:
    """A Windows Fonts folder holding the four faces (copies of the bundled files)."""
    folder.mkdir(parents=True, exist_ok=True)
    for face, name in faces.items():
        shutil.copy(resource("fonts", f"LiberationSerif-{face}.ttf"), folder / name)
    return folder


def test_all_four_faces_are_taken_from_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    folder = _fake_times(tmp_path / "Fonts")
    assert fonts.system_times([folder]) == {face: folder / n for face, n in FACES.items()}


def test_a_missing_or_broken_face_keeps_the_bundled_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    partial = _fake_times(tmp_path / "a", {k: v for k, v in FACES.items() if k != "Italic"})
    assert fonts.system_times([partial]) is None
    broken = _fake_times(tmp_path / "b")
    (broken / "timesbd.ttf").write_bytes(b"\0" * 2000)
    assert fonts.system_times([broken]) is None


def test_the_test_suite_setting_keeps_the_bundled_font(tmp_path: Path) -> None:
    assert os.environ[fonts.FONT_ENV] == "bundled"
    assert fonts.system_times([_fake_times(tmp_path / "Fonts")]) is None


def test_an_export_embeds_the_system_faces_where_they_are(
    tmp_path: Path, example_path: Path
) -> None:
    """In a fresh process (fonts register once): the PDF is drawn with the files found."""
    folder = _fake_times(tmp_path / "Fonts")
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from reportlab.pdfbase import pdfmetrics
        from lanson_report.files import draftfile
        from lanson_report.pdf import fonts, render_pdf_bytes
        fonts.font_dirs = lambda: [Path({str(folder)!r})]
        data = render_pdf_bytes(draftfile.load_path({str(example_path)!r}))
        print(fonts.source())
        print(pdfmetrics.getFont(fonts.BOLD).face.filename)
        print(len(data) > 10000)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != fonts.FONT_ENV}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=True,
    )
    assert done.stdout.splitlines() == ["Times New Roman", str(folder / "timesbd.ttf"), "True"]


SAMPLE = (
    "Sở Khoa học và Công nghệ tỉnh Lạng Sơn BÁO CÁO Kết quả tổ chức các hoạt động kỷ niệm "
    "Ngày khoa học và công nghệ Việt Nam năm 2022 ĐỘC LẬP - TỰ DO - HẠNH PHÚC 0123456789 ./."
    + fonts.VIETNAMESE
)


def _installed_times() -> dict[str, Path] | None:
    saved = os.environ.pop(fonts.FONT_ENV, None)
    try:
        return fonts.system_times()
    finally:
        if saved is not None:
            os.environ[fonts.FONT_ENV] = saved


@pytest.mark.skipif(_installed_times() is None, reason="Times New Roman is not installed here")
def test_times_new_roman_has_the_bundled_fonts_metrics() -> None:
    """Layout must not move by a point between the two: every character of report text
    advances the same in both, face by face (within 1/1000 em, rounding)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import TTFont

    times = _installed_times()
    assert times is not None
    for face, path in times.items():
        name = f"check-times-{face}"
        pdfmetrics.registerFont(TTFont(name, str(path)))
        bundled = f"check-liberation-{face}"
        pdfmetrics.registerFont(
            TTFont(bundled, str(resource("fonts", f"LiberationSerif-{face}.ttf")))
        )
        for char in sorted(set(SAMPLE)):
            assert stringWidth(char, name, 1000) == pytest.approx(
                stringWidth(char, bundled, 1000), abs=1
            ), (face, char)
