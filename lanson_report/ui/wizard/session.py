"""What the app remembers between runs: the draft that was open, each draft's step and
the section of step 3 it was left in, how wide and how zoomed the page beside the form.

Kept beside the store as a small JSON file. A draft still marked open at start-up
means the app did not close normally (crash, power cut): the clerk is offered it.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from ...files.fileio import write_bytes_atomic

FILE_NAME = "ui-session.json"
# Older versions stored the step's position; these were the steps in their order then.
OLD_STEPS = ("agency", "basis", "content", "sign", "preview")


class Session:
    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self.data: dict[str, Any] = {"open": None, "steps": {}}
        with contextlib.suppress(OSError, ValueError, TypeError):
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.data.update(loaded)

    def _write(self) -> None:
        with contextlib.suppress(OSError):  # losing the position is not worth an error dialog
            text = json.dumps(self.data, ensure_ascii=False)
            write_bytes_atomic(self.path, text.encode("utf-8"))

    @property
    def open_draft(self) -> str | None:
        value = self.data.get("open")
        return value if isinstance(value, str) else None

    def set_open(self, draft_id: str | None) -> None:
        self.data["open"] = draft_id
        self._write()

    def step(self, draft_id: str) -> str:
        """The name of the step the draft was left on; "" when none is known."""
        value = self.data.get("steps", {}).get(draft_id)
        if isinstance(value, int) and not isinstance(value, bool):  # stored by older versions
            return OLD_STEPS[value] if 0 <= value < len(OLD_STEPS) else ""
        return value if isinstance(value, str) else ""

    def set_step(self, draft_id: str, step: str) -> None:
        steps = self.data.setdefault("steps", {})
        if steps.get(draft_id) != step:
            steps[draft_id] = step
            self._write()

    def section(self, draft_id: str) -> tuple[int, ...] | None:
        """The section of step 3 the draft was left in (its path in the outline)."""
        value = self.data.get("sections", {}).get(draft_id)
        if (
            isinstance(value, list)
            and value
            and all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in value)
        ):
            return tuple(value)
        return None

    def set_section(self, draft_id: str, path: tuple[int, ...]) -> None:
        sections = self.data.setdefault("sections", {})
        if sections.get(draft_id) != list(path):
            sections[draft_id] = list(path)
            self._write()

    @property
    def folder(self) -> Path | None:
        """The folder of the last file the clerk opened or saved."""
        value = self.data.get("folder")
        return Path(value) if isinstance(value, str) and value else None

    def set_folder(self, folder: Path) -> None:
        if self.data.get("folder") != str(folder):
            self.data["folder"] = str(folder)
            self._write()

    def live_pane(self) -> tuple[int, str]:
        """How wide the clerk left the page beside the form (0: never set) and its zoom."""
        value = self.data.get("live_pane")
        kept: dict[str, Any] = value if isinstance(value, dict) else {}
        width, zoom = kept.get("width"), kept.get("zoom")
        if not (isinstance(width, int) and not isinstance(width, bool) and 0 < width < 10_000):
            width = 0
        return width, zoom if isinstance(zoom, str) else ""

    def set_live_pane(self, width: int, zoom: str) -> None:
        wanted = {"width": width, "zoom": zoom}
        if self.data.get("live_pane") != wanted:
            self.data["live_pane"] = wanted
            self._write()

    @property
    def settings_offered(self) -> bool:
        """Whether the first-start question about the agency settings was asked already."""
        return bool(self.data.get("settings_offered"))

    def set_settings_offered(self) -> None:
        self.data["settings_offered"] = True
        self._write()
