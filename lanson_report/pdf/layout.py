"""The page geometry, for the modules of pdf/: the numbers live once, in printed/layout.py."""

from ..printed.layout import RULE_WIDTH

__all__ = ["RULE_WIDTH"]
