"""Everything Qt: the app, the start screen, the wizard pages, preview and dialogs."""
