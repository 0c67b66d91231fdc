"""Writing reports to files: the formats, the renderers behind each, and Qt's PDF writer and fonts.

Qt is allowed here (QtGui, QtSvg: the PDF writer needs a QGuiApplication, never a widget), so the
command line, the batch and the window share one export path; the engine (`desktop_app.core`) stays
free of Qt. Contracts in pyproject.toml hold both rules.
"""
