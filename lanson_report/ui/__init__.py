"""Everything Qt: the app, the start screen, the wizard pages, preview and dialogs."""

from .common.compat import immortalize_singletons

immortalize_singletons()  # before any Qt call: see compat.py
