"""Parallax: compare two governments' readouts of the same diplomatic meeting."""

__version__ = "0.1.0"
