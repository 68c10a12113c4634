"""What the store tells the clerk about repairs: a list of notes, with listeners.

Notes made while opening are read once the window or the command is ready; a repair
found later (a damaged draft opened, a batch finished) reaches the listeners as it
happens, so the command line prints it and the app shows it, never silently.
"""

from __future__ import annotations

from collections.abc import Callable


class Notes(list[str]):
    """Vietnamese sentences, oldest first; each appended one goes to every listener."""

    def __init__(self) -> None:
        super().__init__()
        self.listeners: list[Callable[[str], None]] = []

    def append(self, note: str) -> None:
        super().append(note)
        for listener in list(self.listeners):
            listener(note)
