"""The Parallax engine: load → segment → analyse → align → compare → report. No Qt below this package."""
