"""Tests of the desktop window (a package, so its conftest does not shadow tests/conftest.py)."""
