"""Frozen entry of the console program (lanson-report.exe): commands only, never Qt.

The bundle builds this program without PySide6, so where `python -m lanson_report`
would open the app (no command given), it prints the help instead: the app is the
windowed program beside it.
"""

import sys

from lanson_report.__main__ import main, setup_streams
from lanson_report.cli.cli import build_parser


def commands_only(args: list[str]) -> list[str]:
    # Parsing exits here, as `run` would, on --help, --version or a wrong argument.
    if build_parser().parse_known_args(args)[0].command is None:
        return [*args, "--help"]
    return args


if __name__ == "__main__":
    setup_streams()  # before argparse: --help and usage errors print Vietnamese
    sys.exit(main(commands_only(sys.argv[1:])))
