"""The window's jobs, one controller each: reading readouts in and aligning them, the view of the
comparison, the project file, annotating, exporting, find, opening an address, the recent files. Each is
a QObject that reaches the rest of the window through `window.Window`."""
