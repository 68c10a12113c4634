"""The command line: `lanson-report COMMAND ...` (export, import, list, dump, backup,
restore, new), and export, the one front door for every output.

cli parses the arguments and runs a command; clinew starts a draft from an outline;
clistore opens the store for a command; cliguard keeps the output paths and the
messages safe. export picks the format from the file name, warns of what is
missing and calls the writer: the app's export goes through it too.

The top layer beside ui/; never imports Qt.
"""
