"""Work around PySide6 6.12 releasing references to None that it never took (Python 3.11).

Shiboken 6.12 treats None as immortal, as it is from Python 3.12 on: every call of a
method returning void (setText, QTimer.start, ...) hands back None without a new
reference, and Python then releases one. On Python 3.11 None's count falls by a few
per keystroke until the interpreter aborts ("deallocating None") — within minutes of
typing. Giving None (and, for safety, True and False) a very large reference count
makes them immortal in practice, as Python 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

EXTRA_REFERENCES = 1 << 40  # ~10^12 void calls before it could matter


def immortalize_singletons() -> None:
    """Raise the reference counts of None, True and False, once, on Python < 3.12."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return  # immortal already; a debug build has a different object header
    if getattr(immortalize_singletons, "done", False):
        return
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt: the header's first field
        count.value += EXTRA_REFERENCES
    setattr(immortalize_singletons, "done", True)  # noqa: B010 (a function attribute)
