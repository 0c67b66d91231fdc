"""The main window: two readouts side by side, the links between them, a topic outline, annotations.

The window assembles: it holds what its parts share (the `Session`, the `Worker`, one `QUndoStack`, the
preferences), builds the widgets, and hands each job to a controller (gui/controllers/): `reading`
(readouts in, aligned), `view` (the comparison drawn; selection, navigation, filters, links by hand),
`project`, `annotating`, `export`, `finding`, `address`, `recent`. The actions table (gui/actions.py)
routes each menu item and shortcut to one of them, or to the window's own look and help.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.export.fonts import latin_family, readout_font
from desktop_app.gui import actions as action_table
from desktop_app.gui.controllers.address import AddressController
from desktop_app.gui.controllers.annotating import AnnotatingController
from desktop_app.gui.controllers.export import ExportController
from desktop_app.gui.controllers.finding import FindController
from desktop_app.gui.controllers.project import AUTOSAVE_MS, ProjectController
from desktop_app.gui.controllers.reading import ReadingController
from desktop_app.gui.controllers.recent import RecentFiles
from desktop_app.gui.controllers.view import ViewController
from desktop_app.gui.dialogs.preferences import PreferencesDialog
from desktop_app.gui.palette import palette_for_widgets
from desktop_app.gui.widgets.document_pane import DocumentPane
from desktop_app.gui.widgets.gutter import LinkGutter
from desktop_app.gui.widgets.legend import Legend
from desktop_app.gui.widgets.message_bar import MessageBar
from desktop_app.gui.widgets.outline import TopicOutline
from desktop_app.gui.widgets.scrollsync import ScrollSync
from desktop_app.gui.worker import Worker
from desktop_app.workspace.preferences import Preferences, save_preferences
from desktop_app.workspace.session import SIDES, Session, Side

SavePreferences = Callable[[Preferences], None]


class MainWindow(QMainWindow):
    """Two readouts side by side with the links between them."""

    def __init__(self, prefs: Preferences | None = None, save_preferences: SavePreferences | None = None,
                 deferred_icons: bool = False, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__()
        self.prefs: Preferences = prefs if prefs is not None else Preferences()
        self.save_preferences = save_preferences  # None: the preferences are not stored
        self.session = Session()
        self.session.set_alignment(self.prefs.threshold, self.prefs.lexicon_file)
        self.worker = Worker(self)
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle("Parallax[*]")
        self.setObjectName("parallaxMainWindow")
        from desktop_app.gui.desktop import app_icon

        self.setWindowIcon(app_icon())
        self.resize(1400, 860)
        # The widgets the controllers share, then the controllers, then the actions that call them.
        self.message_bar = MessageBar()
        self.panes: dict[Side, DocumentPane] = {side: DocumentPane(side) for side in SIDES}
        self.gutter = LinkGutter(self.panes["left"].view, self.panes["right"].view)
        self.gutter.setObjectName("linkGutter")
        self.scroll_sync = ScrollSync(self.panes["left"].view, self.panes["right"].view, self)
        self.outline = TopicOutline()
        self.summary = QLabel("")
        self.busy = QProgressBar()
        self.actions_by_id: dict[str, QAction] = {}
        self.view = ViewController(self, self.gutter, self.outline, self.summary,
                                   palette_for_widgets(self.palette()), self)
        self.reading = ReadingController(self, self)
        self.project = ProjectController(self, self, autosave_ms)
        self.annotating = AnnotatingController(self, self)
        self.export = ExportController(self, self.busy, self)
        self.finding = FindController(self, self)
        self.address = AddressController(self, self)
        self.recent = RecentFiles(self, self)
        self._build_central()
        self._build_actions(deferred_icons)
        self._build_docks()
        self._build_status_bar()
        self._connect_panes()
        self._connect_undo_actions()
        self.apply_fonts()
        self._apply_palette()
        self.annotating.annotations_changed()
        self.project.update_title()
        self.installEventFilter(self)  # the palette follows the theme from here on

    # =============================================================================== building

    def _build_central(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panes["left"])
        self.splitter.addWidget(self.gutter)
        self.splitter.addWidget(self.panes["right"])
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setHandleWidth(1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.finding.bar)
        layout.addWidget(self.view.selection_state)
        layout.addWidget(self.view.details)
        self.setCentralWidget(central)

    def _connect_panes(self) -> None:
        reading, view = self.reading, self.view
        for side, pane in self.panes.items():
            pane.view.statement_clicked.connect(
                lambda index, additive, side=side: view.statement_clicked(side, index, additive))
            pane.view.files_dropped.connect(lambda files, side=side: reading.files_dropped(side, files))
            pane.header.side_changed.connect(lambda code, side=side: reading.set_side_code(side, code))
            pane.view.describe = lambda index, side=side: view.describe_statement(side, index)
            pane.view.verticalScrollBar().valueChanged.connect(self.gutter.update)
            pane.view.verticalScrollBar().rangeChanged.connect(self.gutter.update)
            pane.empty.open_requested.connect(lambda side=side: reading.choose_file(side))
            pane.empty.paste_requested.connect(lambda side=side: reading.paste(side))
            pane.empty.project_requested.connect(lambda path: self.project.open_project_file(Path(path)))

    def _build_actions(self, deferred_icons: bool) -> None:
        self._icons_installed = not deferred_icons
        self.actions_by_id.update(action_table.build_actions(self, with_icons=not deferred_icons))
        self.menus = action_table.fill_menus(self.menuBar(), self.actions_by_id)
        self.recent.add_menus(self.menus["&File"], self.actions_by_id["paste_left"],
                              self.actions_by_id["save_project"])
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        action_table.fill_toolbar(self.toolbar, self.actions_by_id)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr(" Show: ")))
        self.toolbar.addWidget(self.view.filter_combo)
        self.view.fill_filter_combo()
        self.addToolBar(self.toolbar)
        self.actions_by_id["filter_all"].setChecked(True)
        self.actions_by_id["lock_scrolling"].setChecked(True)
        if deferred_icons:
            # The icon font takes a quarter of a second to load: it waits until the first comparison is
            # on screen (or a second has passed), rather than delay it.
            self.reading.comparison_shown.connect(lambda: QTimer.singleShot(60, self._install_icons))
            QTimer.singleShot(1000, self._install_icons)

    def _install_icons(self) -> None:
        if not self._icons_installed:
            self._icons_installed = True
            action_table.install_icons(self.actions_by_id)

    def _connect_undo_actions(self) -> None:
        """Edit ▸ Undo/Redo come from the action table; their texts and states from the undo stack."""
        stack, undo, redo = self.undo_stack, self.actions_by_id["undo"], self.actions_by_id["redo"]

        def texts() -> None:
            if not isValid(stack) or not isValid(undo):
                return  # signalled while the window is destroyed
            undo.setText(self.tr("&Undo {what}").format(what=stack.undoText()) if stack.canUndo()
                         else self.tr("&Undo"))
            redo.setText(self.tr("&Redo {what}").format(what=stack.redoText()) if stack.canRedo()
                         else self.tr("&Redo"))
            undo.setEnabled(stack.canUndo())
            redo.setEnabled(stack.canRedo())

        stack.indexChanged.connect(lambda _: texts())
        stack.cleanChanged.connect(lambda _: texts())
        texts()

    def _build_docks(self) -> None:
        feature = QDockWidget.DockWidgetFeature
        features = feature.DockWidgetClosable | feature.DockWidgetMovable
        self.outline_dock = QDockWidget(self.tr("Topics"), self)
        self.outline_dock.setObjectName("topicDock")
        self.outline_dock.setWidget(self.outline)
        self.outline_dock.setFeatures(features)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.resizeDocks([self.outline_dock], [330], Qt.Orientation.Horizontal)
        self.actions_by_id["toggle_outline"].setChecked(True)
        self.outline_dock.visibilityChanged.connect(self.actions_by_id["toggle_outline"].setChecked)
        self.annotation_dock = QDockWidget(self.tr("Annotations"), self)
        self.annotation_dock.setObjectName("annotationDock")
        self.annotation_dock.setWidget(self.annotating.panel)
        self.annotation_dock.setFeatures(features)
        # A tab beside the topic outline: the two readouts keep the width they need.
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.annotation_dock)
        self.tabifyDockWidget(self.outline_dock, self.annotation_dock)
        self.outline_dock.raise_()
        self.annotation_dock.visibilityChanged.connect(self.actions_by_id["toggle_annotations"].setChecked)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = Legend()
        self.busy_label = QLabel("")
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)  # indeterminate: alignment has no meaningful percentage
        self.busy.setMaximumSize(QSize(110, 14))
        self.busy.setTextVisible(False)
        self.busy.hide()
        bar.addWidget(self.summary, 1)
        bar.addPermanentWidget(self.legend)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.address.cancel_button)
        self.worker.busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:
            self.busy_label.setText("")

    def working(self, text: str) -> None:
        self.busy_label.setText(text)

    # =============================================================================== look and preferences

    def apply_fonts(self) -> None:
        size = self.view.state.font_size(self.prefs.font_size)
        # Latin text in a Latin font (the bundled CJK font's punctuation is full-width), CJK falls back.
        font = readout_font(self.prefs.font_family or latin_family(), size)
        for pane in self.panes.values():
            pane.view.setFont(font)
        self.gutter.update()

    def _apply_palette(self) -> None:
        palette = palette_for_widgets(self.palette())
        self.view.palette = palette
        self.gutter.set_palette(palette)
        self.legend.show_palette(palette)
        self.view.details.setStyleSheet("")
        self.view.render()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Installed once the window is built: a new theme (or the system's) recolours the readouts.
        if watched is self and event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        return super().eventFilter(watched, event)

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        prefs = dialog.result_preferences()
        saver = self.save_preferences or save_preferences
        try:
            saver(prefs)
        except OSError as error:
            self.message_bar.show_message(
                self.tr("Preferences could not be saved: {error}").format(error=error))
        self.apply_preferences(prefs)

    def apply_preferences(self, prefs: Preferences) -> None:
        """Take new preferences: fonts and theme at once, and a re-alignment if its settings changed."""
        old = self.prefs
        self.prefs = prefs
        self.apply_fonts()
        from desktop_app.gui.palette import apply_theme

        apply_theme(prefs.theme)
        self._apply_palette()
        alignment_changed = (prefs.threshold, prefs.lexicon_file) != (old.threshold, old.lexicon_file)
        if alignment_changed or self.view.index is None:
            self.session.set_alignment(prefs.threshold, prefs.lexicon_file)
            self.reading.show_documents()
            self.reading.request_alignment()
            if alignment_changed:
                self.project.touch_work()  # the project's settings and links change with them

    def zoom_in(self) -> None:
        self.view.state.zoom_in()
        self.apply_fonts()

    def zoom_out(self) -> None:
        self.view.state.zoom_out()
        self.apply_fonts()

    def zoom_reset(self) -> None:
        self.view.state.zoom_reset()
        self.apply_fonts()

    # =============================================================================== panels and actions

    def lock_scrolling(self) -> None:
        self.scroll_sync.enabled = self.actions_by_id["lock_scrolling"].isChecked()

    def toggle_outline(self) -> None:
        self.outline_dock.setVisible(self.actions_by_id["toggle_outline"].isChecked())

    def toggle_annotations(self) -> None:
        if self.actions_by_id["toggle_annotations"].isChecked():
            self.reveal_annotations()
        else:
            self.annotation_dock.hide()

    def reveal_annotations(self) -> None:
        self.annotation_dock.show()
        self.annotation_dock.raise_()  # its tab in front of the topic outline

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def update_actions(self) -> None:
        """Enable what can act on what is open and selected now."""
        index, selection, session = self.view.index, self.view.selection, self.session
        has_documents = any(d is not None for d in session.documents.values())
        chosen_annotation = self.annotating.panel.current_id() is not None
        has_differences = index is not None and (
            any(link.status == "differ" for link in index.links)
            or any(status == "one_sided" for side in SIDES for status in index.status[side]))
        primary = selection.primary
        enabled = {
            "annotate": has_documents, "edit_annotation": chosen_annotation,
            "close_comparison": has_documents,
            "delete_annotation": chosen_annotation,
            "save_project": session.complete, "save_project_as": session.complete,
            "export_report": index is not None,
            "previous_difference": has_differences, "next_difference": has_differences,
            "jump_counterpart": index is not None and primary is not None
            and bool(index.counterparts(*primary)),
            "link_selected": index is not None and bool(selection.statements["left"])
            and bool(selection.statements["right"]),
            "unlink_selected": index is not None and bool(selection) and any(
                index.links_of[side][i] for side in SIDES for i in selection.statements[side]),
            "find": has_documents, "find_next": has_documents, "find_previous": has_documents,
            "realign": session.complete,
            "swap_sides": has_documents,
        }
        for action_id, value in enabled.items():
            self.actions_by_id[action_id].setEnabled(value)

    # =============================================================================== help

    def show_shortcuts(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard Shortcuts — Parallax"))
        table = QTableWidget(0, 2, dialog)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row in action_table.ACTIONS:
            shortcut = action_table.shortcut_text(row, every=True)
            if shortcut:
                line = table.rowCount()
                table.insertRow(line)
                table.setItem(line, 0, QTableWidgetItem(action_table.plain_text(row)))
                table.setItem(line, 1, QTableWidgetItem(shortcut))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(460, 560)
        dialog.exec()

    def show_user_guide(self) -> None:
        from desktop_app.gui.dialogs.help import guide_dialog

        guide_dialog(self).exec()

    def show_about(self) -> None:
        from desktop_app.gui.dialogs.help import about_dialog

        about_dialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.project.may_discard_changes(self.tr("closing")):
            event.ignore()
            return
        # A clean close: saved, or the user chose to discard; either way no autosave is to be offered.
        self.project.close_cleanly()
        self.worker.wait_for_done(5000)
        super().closeEvent(event)
