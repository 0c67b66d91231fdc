"""The window's dialogs: annotation and codebook, export, preferences, recovery after a crash, help and
shortcuts."""
