"""The PySide6 window over the engine in desktop_app.core: it asks the core and draws."""
