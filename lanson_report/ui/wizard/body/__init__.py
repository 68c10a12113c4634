"""The body step of the wizard: sections, rich text, tables and hints."""
