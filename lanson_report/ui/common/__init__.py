"""Widgets, labels and texts shared by every screen."""
