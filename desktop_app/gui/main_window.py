"""The main window: two readouts side by side, the links between them, a topic outline, annotations.

The window holds a `Session` (what is being compared, and the user's work on it) and a
`ComparisonIndex` (lookups over the current comparison); the panes, the gutter, the outline and the
annotation panel only draw what these say. Reading files and aligning run on the `Worker`, never on the
GUI thread. Edits of the user's work go through one `QUndoStack`; annotating is in `window_annotations`,
project files and autosaves in `window_project`, exporting the report in `window_export` (mixins of this
window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
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
from desktop_app.gui.commands import CorrectLinks
from desktop_app.gui.dialogs.preferences import (
    FONT_SIZE_RANGE,
    MAX_RECENT,
    Preferences,
    PreferencesDialog,
    save_preferences,
)
from desktop_app.gui.i18n import translate
from desktop_app.gui.palette import palette_for_widgets
from desktop_app.gui.widgets.document_pane import EMPTY_HINT, DocumentPane, StatementLook
from desktop_app.gui.widgets.gutter import Connector, EdgeMark, LinkGutter
from desktop_app.gui.widgets.legend import Legend
from desktop_app.gui.widgets.message_bar import MessageBar
from desktop_app.gui.widgets.outline import TopicOutline
from desktop_app.gui.widgets.scrollsync import ScrollSync
from desktop_app.gui.window_address import AddressMixin
from desktop_app.gui.window_annotations import AnnotationMixin
from desktop_app.gui.window_export import ExportMixin
from desktop_app.gui.window_find import FindMixin
from desktop_app.gui.window_project import AUTOSAVE_MS, ProjectMixin, is_project_file
from desktop_app.gui.worker import Worker
from desktop_app.workspace.names import (
    side_labels,
    side_phrase,
    side_word,
)
from desktop_app.workspace.navigation import ALL, ComparisonIndex, Difference, Filter
from desktop_app.workspace.selection import (
    Selection,
    describe_selection,
    link_correction,
    selected_links,
    unlink_corrections,
)
from desktop_app.workspace.sentences import selection_details, statement_tooltip, summary_text
from desktop_app.workspace.session import SIDES, Replacement, Session, Side, other

if TYPE_CHECKING:
    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.core.compare.corrections import Correction
    from desktop_app.core.model import Document



SavePreferences = Callable[[Any], None]




class MainWindow(ProjectMixin, AnnotationMixin, ExportMixin, FindMixin, AddressMixin, QMainWindow):
    """Two readouts side by side with the links between them."""

    comparison_shown = Signal()  # a comparison has been drawn (tests and the screenshot wait on it)
    document_failed = Signal(str, str)  # side, message
    project_failed = Signal(str)  # the one-line message of a project that could not be opened
    readout_opened = Signal(str)  # the side a readout opened on its own went to (it waits for the other)
    export_finished = Signal(str, str)  # the report's path, and why it was not saved ("" when it was)

    def __init__(self, prefs: Preferences | None = None, save_preferences: SavePreferences | None = None,
                 deferred_icons: bool = False, autosave_ms: int = AUTOSAVE_MS) -> None:
        super().__init__()
        self.prefs: Preferences = prefs if prefs is not None else Preferences()
        self._save_preferences = save_preferences
        self.session = Session()
        self.session.set_alignment(self.prefs.threshold, self.prefs.lexicon_file)
        self.index: ComparisonIndex | None = None
        self.filter: Filter = ALL
        self.selection = Selection()
        self.reading_side: Side = "left"
        self.zoom = 0.0
        self.worker = Worker(self)
        self.undo_stack = QUndoStack(self)
        self._alignment_corrections: list[Correction] = []  # those the alignment under way applies
        self.readout_palette = palette_for_widgets(self.palette())
        self.setWindowTitle("Parallax[*]")
        self.setObjectName("parallaxMainWindow")
        from desktop_app.gui.desktop import app_icon

        self.setWindowIcon(app_icon())
        self.resize(1400, 860)
        self._build_panes()
        self._build_actions(deferred_icons)
        self._build_outline()
        self._build_annotation_panel()
        self._build_status_bar()
        self._build_project_keeping(autosave_ms)
        self._build_export()
        self._build_address()
        self._build_find()
        self._connect_undo_actions()
        self.apply_fonts()
        self._apply_palette()
        self.annotations_changed()
        self.update_title()
        self._embedding_requested = False

    # =============================================================================== building

    def _build_panes(self) -> None:
        self.panes: dict[Side, DocumentPane] = {side: DocumentPane(side) for side in SIDES}
        self.gutter = LinkGutter(self.panes["left"].view, self.panes["right"].view)
        self.gutter.setObjectName("linkGutter")
        self.gutter.link_clicked.connect(self.select_link)
        self.scroll_sync = ScrollSync(self.panes["left"].view, self.panes["right"].view, self)
        for side, pane in self.panes.items():
            pane.view.statement_clicked.connect(
                lambda index, additive, side=side: self._statement_clicked(side, index, additive))
            pane.view.files_dropped.connect(lambda files, side=side: self._files_dropped(side, files))
            pane.header.side_changed.connect(lambda code, side=side: self.set_side_code(side, code))
            pane.view.describe = lambda index, side=side: self.describe_statement(side, index)
            pane.view.verticalScrollBar().valueChanged.connect(self.gutter.update)
            pane.view.verticalScrollBar().rangeChanged.connect(self.gutter.update)
            pane.empty.open_requested.connect(lambda side=side: self._choose_file(side))
            pane.empty.paste_requested.connect(lambda side=side: self._paste(side))
            pane.empty.project_requested.connect(lambda path: self.open_project_file(Path(path)))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panes["left"])
        self.splitter.addWidget(self.gutter)
        self.splitter.addWidget(self.panes["right"])
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setHandleWidth(1)
        self.message_bar = MessageBar()
        self._meeting_checked: tuple[int, int] | None = None  # the readouts whose meeting was judged
        self.details = QLabel()
        self.details.setObjectName("linkDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)  # built with every readout text escaped
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(self._details_link)
        self.details.setContentsMargins(10, 4, 10, 4)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 2 + 8)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.selection_state = QLabel("")
        self.selection_state.setObjectName("selectionState")
        self.selection_state.setTextFormat(Qt.TextFormat.PlainText)
        self.selection_state.setContentsMargins(10, 2, 10, 0)
        bold = self.selection_state.font()
        bold.setBold(True)
        self.selection_state.setFont(bold)
        self.selection_state.hide()
        layout.addWidget(self.selection_state)
        layout.addWidget(self.details)
        self.setCentralWidget(central)

    def _build_actions(self, deferred_icons: bool) -> None:
        self._icons_installed = not deferred_icons
        self.actions_by_id: dict[str, QAction] = action_table.build_actions(
            self, with_icons=not deferred_icons)
        self.menus = action_table.fill_menus(self.menuBar(), self.actions_by_id)
        self.recent_menus = {}
        file_menu = self.menus["&File"]
        titles = {"left": self.tr("Open Recent as &Left"), "right": self.tr("Open Recent as Ri&ght")}
        for side, title in titles.items():
            menu = file_menu.addMenu(title)
            menu.setObjectName(f"recent_{side}")
            menu.aboutToShow.connect(lambda side=side: self._fill_recent(side))
            file_menu.insertMenu(self.actions_by_id["paste_left"], menu)
            self.recent_menus[side] = menu
        file_menu.insertSeparator(self.actions_by_id["paste_left"])
        # Recent projects apart from the recent readouts: a project reopens the whole work.
        self.recent_projects_menu = QMenu(self.tr("Recent Pro&jects"), file_menu)
        self.recent_projects_menu.setObjectName("recent_projects")
        self.recent_projects_menu.aboutToShow.connect(self._fill_recent_projects)
        file_menu.insertMenu(self.actions_by_id["save_project"], self.recent_projects_menu)
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        action_table.fill_toolbar(self.toolbar, self.actions_by_id)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(QLabel(self.tr(" Show: ")))
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("filterCombo")
        self.filter_combo.setMinimumContentsLength(28)
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_combo.setToolTip(self.tr("What to show; the rest is dimmed (Ctrl+1, Ctrl+2, Ctrl+3)"))
        self.filter_combo.activated.connect(self._filter_chosen)
        self.toolbar.addWidget(self.filter_combo)
        self._fill_filter_combo()
        self.addToolBar(self.toolbar)
        self.actions_by_id["filter_all"].setChecked(True)
        self.actions_by_id["lock_scrolling"].setChecked(True)
        if deferred_icons:
            # The icon font takes a quarter of a second to load: it waits until the first comparison is
            # on screen (or a second has passed), rather than delay it.
            self.comparison_shown.connect(lambda: QTimer.singleShot(60, self._install_icons))
            QTimer.singleShot(1000, self._install_icons)

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

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def _install_icons(self) -> None:
        if not self._icons_installed:
            self._icons_installed = True
            action_table.install_icons(self.actions_by_id)

    def _build_outline(self) -> None:
        self.outline = TopicOutline()
        self.outline.topic_activated.connect(self.filter_topic)
        self.outline_dock = QDockWidget(self.tr("Topics"), self)
        self.outline_dock.setObjectName("topicDock")
        self.outline_dock.setWidget(self.outline)
        self.outline_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                      | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.resizeDocks([self.outline_dock], [330], Qt.Orientation.Horizontal)
        toggle = self.actions_by_id["toggle_outline"]
        toggle.setChecked(True)
        self.outline_dock.visibilityChanged.connect(toggle.setChecked)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = Legend()
        self.busy_label = QLabel("")
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)  # indeterminate: alignment has no meaningful percentage
        self.busy.setMaximumSize(QSize(110, 14))
        self.busy.setTextVisible(False)
        self.busy.hide()
        bar.addWidget(self.summary, 1)
        bar.addPermanentWidget(self.legend)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.busy)
        self.worker.busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:
            self.busy_label.setText("")

    def _working(self, text: str) -> None:
        self.busy_label.setText(text)

    # =============================================================================== preferences, look

    def apply_fonts(self) -> None:
        size = max(FONT_SIZE_RANGE[0], min(FONT_SIZE_RANGE[1], float(self.prefs.font_size) + self.zoom))
        # Latin text in a Latin font (the bundled CJK font's punctuation is full-width), CJK falls back.
        font = readout_font(self.prefs.font_family or latin_family(), size)
        for pane in self.panes.values():
            pane.view.setFont(font)
        self.gutter.update()

    def _apply_palette(self) -> None:
        self.readout_palette = palette_for_widgets(self.palette())
        self.gutter.set_palette(self.readout_palette)
        self.legend.show_palette(self.readout_palette)
        self.details.setStyleSheet("")
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self._apply_palette()

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        prefs = dialog.result_preferences()
        saver = self._save_preferences or save_preferences
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
        if (prefs.threshold, prefs.lexicon_file) != (old.threshold, old.lexicon_file) or self.index is None:
            self.session.set_alignment(prefs.threshold, prefs.lexicon_file)
            self._show_documents()
            self.request_alignment()
            if (prefs.threshold, prefs.lexicon_file) != (old.threshold, old.lexicon_file):
                self.touch_work()  # the project's settings and links change with them

    def _remember(self, path: Path) -> None:
        """Put a file at the top of the recent files, and store the preferences."""
        entry = str(path.resolve())
        if hasattr(self.prefs, "add_recent"):
            self.prefs.add_recent(entry)
        else:
            recent = [entry] + [p for p in self.prefs.recent_files if p != entry]
            self.prefs.recent_files = recent[:MAX_RECENT]
        if self._save_preferences is not None:
            try:
                self._save_preferences(self.prefs)
            except OSError:
                pass  # a recent-files list not saved is no reason to interrupt the reader

    def remember_project(self, path: Path) -> None:
        """Put a project file at the top of the recent projects, and store the preferences."""
        if hasattr(self.prefs, "add_recent_project"):
            self.prefs.add_recent_project(str(Path(path).resolve()))
        if self._save_preferences is not None:
            try:
                self._save_preferences(self.prefs)
            except OSError:
                pass  # as for the recent files: not worth interrupting the reader
        self._show_recent_projects()

    def _fill_recent_projects(self) -> None:
        menu = self.recent_projects_menu
        menu.clear()
        projects = getattr(self.prefs, "recent_projects", [])
        if not projects:
            menu.addAction(self.tr("No recent projects")).setEnabled(False)
            return
        for number, entry in enumerate(projects, start=1):
            action = menu.addAction(f"&{number % 10}  {Path(entry).name}")
            action.setToolTip(entry)
            action.triggered.connect(lambda _=False, entry=entry: self.open_project_file(Path(entry)))

    def _show_recent_projects(self) -> None:
        """The empty window offers the recent projects (in the left pane, under Open and Paste)."""
        empty = all(d is None for d in self.session.documents.values())
        projects = getattr(self.prefs, "recent_projects", [])[:5] if empty else []
        self.panes["left"].empty.show_recent(projects)
        self.panes["right"].empty.show_recent([])

    def _fill_recent(self, side: Side) -> None:
        menu = self.recent_menus[side]
        menu.clear()
        if not self.prefs.recent_files:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
            return
        for number, entry in enumerate(self.prefs.recent_files, start=1):
            action = menu.addAction(f"&{number % 10}  {Path(entry).name}")
            action.setToolTip(entry)
            action.triggered.connect(
                lambda _=False, entry=entry, side=side: self.open_file(side, Path(entry)))

    # =============================================================================== opening

    def close_comparison(self) -> bool:
        """Empty both panes: an untitled window with no readout (unsaved work is offered for saving
        first, as when the window closes). False when the user cancelled."""
        if not self.may_discard_changes(self.tr("closing the comparison")):
            return False
        for channel in ("pair", "left", "right", "align", "project"):
            self.worker.cancel(channel)  # a reading or alignment under way belongs to the old work
        self._start_afresh()
        self.session.documents = {"left": None, "right": None}
        self.session.side_codes = {"left": "unknown", "right": "unknown"}
        self.session.comparison = None
        self.filter = ALL
        self.reading_side = "left"
        self.message_bar.hide()
        self._show_documents()
        self.annotations_changed()
        self._dirty_state_changed()
        self.statusBar().clearMessage()
        return True

    def new_comparison(self) -> None:
        """Close the comparison, then offer to open the left readout (the empty panes offer the rest)."""
        if self.close_comparison():
            self._choose_file("left")

    def open_left(self) -> None:
        self._choose_file("left")

    def open_right(self) -> None:
        self._choose_file("right")

    def _choose_file(self, side: Side) -> None:
        from desktop_app.core.load.raw import READABLE_SUFFIXES  # the engine loads off the start-up path

        start = self.prefs.recent_files[0] if self.prefs.recent_files else str(Path.home())
        readouts = " ".join("*" + suffix for suffix in READABLE_SUFFIXES)
        title = self.tr("Open the left readout") if side == "left" else self.tr("Open the right readout")
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path(start).parent),
                                              self.tr("Readouts ({patterns});;All files (*)").format(
                                                  patterns=readouts))
        if path:
            self.open_file(side, Path(path))

    def open_file(self, side: Side, path: Path) -> None:
        """Read a readout on the worker; on success it replaces that side, on failure a message says why.
        A project file opens as a project."""
        from desktop_app.gui.loading import read_file

        if is_project_file(path):
            self.open_project_file(path)
            return
        self.worker.cancel("pair")
        self._working(self.tr("Reading {name}…").format(name=path.name))
        self.worker.submit(side, lambda: read_file(path),
                           lambda document: self._document_read(side, document, path),
                           lambda error: self._document_failed(side, error))

    def open_paths(self, paths: list[Path]) -> None:
        """Files handed over by the desktop (a file manager, Finder's open events): a project opens as the
        project, two readouts as a pair, one readout beside the one open or on its own."""
        projects = [path for path in paths if is_project_file(path)]
        if projects:
            self.open_project_file(projects[0])
        elif len(paths) >= 2:
            self.open_pair(paths[0], paths[1])
        elif paths:
            self.open_readout(paths[0])

    def open_readout(self, path: Path) -> None:
        """One readout: on the empty side when the other side is open; otherwise as a new comparison, on
        the side its text suggests (Korean left, Chinese right), the other pane asking for its counterpart."""
        from desktop_app.gui.loading import read_file

        empty = [side for side in SIDES if self.session.documents[side] is None]
        if len(empty) == 1:
            self.open_file(empty[0], path)
            return
        if not self.may_discard_changes(self.tr("opening another readout")):
            return
        for job in ("pair", *SIDES):
            self.worker.cancel(job)
        self._working(self.tr("Reading {name}…").format(name=path.name))
        self.worker.submit("left", lambda: read_file(path),
                           lambda document: self._readout_alone(document, path),
                           lambda error: self._document_failed("left", error))

    def _readout_alone(self, document: Document, path: Path) -> None:
        side: Side = "right" if document.metadata.side == "CN" else "left"
        self._start_afresh()
        self.session.documents = {"left": None, "right": None}
        self.session.side_codes = {"left": "unknown", "right": "unknown"}
        self.session.comparison = None
        self.session.set_document(side, document)
        self._remember(path)
        self.message_bar.hide()
        self._show_documents()
        self.annotations_changed()
        code = document.metadata.side
        if code == "KR":
            opened = self.tr("{name} is open on the {side} as the Korean side's readout").format(
                name=document.name, side=side_word(side))
        elif code == "CN":
            opened = self.tr("{name} is open on the {side} as the Chinese side's readout").format(
                name=document.name, side=side_word(side))
        else:
            opened = self.tr("{name} is open on the {side}").format(name=document.name, side=side_word(side))
        self.message_bar.show_message(self.tr("{opened}. Open or paste {wanted} on the {other} to compare "
                                              "them.").format(opened=opened, wanted=self._wanted(code),
                                                              other=side_word(other(side))), "info")
        self.readout_opened.emit(side)

    def open_pair(self, left: Path, right: Path, remember: bool = True) -> None:
        """Read two readouts and align them in one job (the fastest way to the first picture). A new pair
        is a new project: unsaved work is offered for saving first. The demo pair is not remembered among
        the recent files (`remember=False`)."""
        from desktop_app.gui.loading import read_pair

        if not self.may_discard_changes(self.tr("opening other readouts")):
            return
        for side in SIDES:
            self.worker.cancel(side)
        self._working(self.tr("Reading and aligning…"))
        job_settings = (self.session.settings, self.session.lexicon_file)
        self.worker.submit("pair", lambda: read_pair(left, right, *job_settings),
                           lambda result: self._pair_read(result, remember),
                           lambda error: self._document_failed("left", error))

    def _pair_read(self, result: Any, remember: bool = True) -> None:
        if result.documents:
            self._start_afresh()
        for side, path in result.paths.items():
            document = result.documents.get(side)
            if document is not None:
                self.session.set_document(side, document)
                if remember:
                    self._remember(path)
            else:
                self._document_failed(side, result.errors[side])
        if result.errors:  # the failure stays in the message bar: no verdict on a half-replaced pair
            documents = self.session.documents
            self._meeting_checked = (id(documents.get("left")), id(documents.get("right")))
        self._show_documents()
        if result.comparison is not None and self.session.accept_comparison(result.comparison):
            self._comparison_ready()
        else:
            self.request_alignment()

    def _start_afresh(self) -> None:
        """A new pair of readouts: a new, untitled project with nothing unsaved."""
        self.session.new_pair()
        self.undo_stack.clear()
        self.project_path = None
        self._replaced_sides.clear()
        self._unsaved_outside = False
        self.selection.clear()
        self.annotations_changed()
        self._dirty_state_changed()

    def _document_read(self, side: Side, document: Document, path: Path | None) -> None:
        self.message_bar.hide()
        report = self.session.set_document(side, document)
        # The undo history refers to the old readout's statements and offsets: it ends here.
        self.undo_stack.clear()
        if path is not None:
            self._remember(path)
        self._replaced_sides.add(side)
        if self.project_path is not None and self._replaced_sides >= set(SIDES):
            # Both readouts replaced: another pair, so no longer that project (Save asks for a name).
            self.project_path = None
            self._unsaved_outside = True
        self._show_documents()
        self.request_alignment()
        self.annotations_changed()
        self._report_replacement(side, report)
        self.touch_work()
        self.update_title()

    def _report_replacement(self, side: Side, report: Replacement) -> None:
        """Say what became of the annotations and corrections when a readout was replaced."""
        parts = []
        if report.orphaned:
            parts.append((self.tr("1 annotation was not found in it and kept as orphaned (⚠ in the "
                                  "Annotations panel)") if report.orphaned == 1 else
                          self.tr("{count} annotations were not found in it and kept as orphaned (⚠ in the "
                                  "Annotations panel)")).format(count=report.orphaned))
        if report.found_again:
            parts.append(self.tr("{count} orphaned annotation(s) found their text again").format(
                count=report.found_again))
        if report.corrections_dropped:
            parts.append(self.tr("{count} manual link(s) or unlink(s) referred to statements no longer there "
                                 "and were dropped").format(count=report.corrections_dropped))
        if parts:
            self.message_bar.show_message(self.tr("The {side} readout was replaced: {what}.").format(
                side=side_word(side), what=self.tr("; ").join(parts)), "info")

    def _document_failed(self, side: Side, error: object) -> None:
        message = str(error) or error.__class__.__name__
        self.message_bar.show_message(self.tr("The {side} readout was not changed: {message}").format(
            side=side_word(side), message=message))
        self.document_failed.emit(side, message)

    def _files_dropped(self, side: Side, files: list[Path]) -> None:
        projects = [f for f in files if is_project_file(f)]
        if projects:  # a project dropped anywhere opens as the project
            self.open_project_file(projects[0])
            return
        if len(files) >= 2:  # two files dropped together: one readout per side
            self.open_file("left", files[0])
            self.open_file("right", files[1])
        elif files:
            self.open_file(side, files[0])

    def paste_left(self) -> None:
        self._paste("left")

    def paste_right(self) -> None:
        self._paste("right")

    def _paste(self, side: Side) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message_bar.show_message(self.tr("The clipboard holds no text to use as a readout."), "info")
            return
        from desktop_app.gui.loading import read_text

        self.worker.cancel("pair")
        self.worker.submit(side, lambda: read_text(text),
                           lambda document: self._document_read(side, document, None),
                           lambda error: self._document_failed(side, error))

    def swap_sides(self) -> None:
        self.session.swap()
        self.undo_stack.clear()  # its commands name sides and statements as they were
        self.selection.clear()
        self.reading_side = "left"
        self._show_documents()
        self.request_alignment()
        self.annotations_changed()
        self.touch_work()

    def set_side_code(self, side: Side, code: str) -> None:
        if self.session.side_codes[side] == code:
            return
        self.session.side_codes[side] = code  # type: ignore[assignment]
        self._render()
        self.annotations_changed()  # the panel names sides by their labels
        self.mark_changed()

    # =============================================================================== aligning

    def request_alignment(self) -> None:
        if not self.session.complete:
            return
        self._working("Aligning…")
        self._alignment_corrections = list(self.session.corrections)
        self.worker.submit("align", self.session.alignment_job(), self._aligned, self._alignment_failed)

    def realign(self) -> None:
        self.session.comparison = None
        self.request_alignment()

    def _aligned(self, comparison: Comparison) -> None:
        if self.session.corrections != self._alignment_corrections:
            # A link was made or undone while aligning: this result lacks it, so align again.
            self.request_alignment()
            return
        if self.session.accept_comparison(comparison):
            self._comparison_ready()

    def _load_embedding(self) -> None:
        """Load the sentence embedding off the GUI thread, once the first comparison is on screen (so the
        readouts appear as fast as without it); that comparison is then aligned again with it."""
        from desktop_app.core import embedding

        if self._embedding_requested or embedding.ready():
            return
        self._embedding_requested = True
        self.worker.submit("embedding", embedding.preload, lambda _: self._embedding_loaded(),
                           lambda error: self._embedding_loaded())

    def _embedding_loaded(self) -> None:
        from desktop_app.core import embedding

        problem = embedding.problem()
        if problem is not None:
            self.message_bar.show_message(
                self.tr("Aligning without the sentence embedding: {problem}.").format(problem=problem),
                "info")
            return
        comparison = self.session.comparison
        if comparison is not None and comparison.embedding_pending:
            self.request_alignment()

    def _alignment_failed(self, error: object) -> None:
        self.message_bar.show_message(
            self.tr("The readouts could not be aligned: {error}").format(error=error))

    def _comparison_ready(self) -> None:
        comparison = self.session.comparison
        assert comparison is not None
        self.index = ComparisonIndex(comparison)
        self.scroll_sync.index = self.index
        self._keep_valid_selection()
        self._fill_filter_combo()
        if self.filter.kind == "topic" and self.filter.topic not in comparison.topic_labels:
            self.filter = ALL
        self._render()
        self._check_meeting(comparison)
        if comparison.embedding_pending:
            self._load_embedding()
            self._working(self.tr("Loading the sentence embedding for a finer alignment…"))
        self.comparison_shown.emit()

    def _check_meeting(self, comparison: Comparison) -> None:
        """Say first, in the message bar, when the two readouts may not report one meeting; once per pair
        of readouts, so that a dismissed warning stays dismissed through re-alignments."""
        from desktop_app.core.compare.meeting import check_documents
        from desktop_app.core.model import side_names

        pair = (id(comparison.left), id(comparison.right))
        if pair == self._meeting_checked:
            return
        self._meeting_checked = pair
        labels = side_names(self.session.side_codes)
        message = check_documents(comparison.left, comparison.right).message(labels)
        if message:
            self.message_bar.show_message(message, "warning")

    # =============================================================================== drawing

    def _show_documents(self) -> None:
        """Put the session's readouts in the panes (untinted until their comparison arrives)."""
        self.index = None
        self.scroll_sync.index = None
        for side, pane in self.panes.items():
            document = self.session.documents[side]
            if pane.document is not document:
                pane.show_document(document, self.session.side_codes[side])
            pane.set_empty_message(self._empty_message(side))
        self._show_recent_projects()
        if hasattr(self, "annotation_panel"):
            self._show_annotation_marks()
        self._render()
        self._refresh_find()

    def _empty_message(self, side: Side) -> str:
        """What an empty pane says: which readout it wants, when the other side is already there."""
        shortcut = action_table.shortcut_text(action_table.spec(f"open_{side}"))
        present = self.session.documents[other(side)]
        if present is None:
            return translate("DocumentPane", EMPTY_HINT).format(shortcut=shortcut)
        return self.tr("{name} is open on the {side}. Open or paste {wanted} here to compare them "
                       "({shortcut}), or drop a file here.").format(
            name=present.name, side=side_word(other(side)), shortcut=shortcut,
            wanted=self._wanted(self.session.side_codes[other(side)]))

    def _wanted(self, code: str) -> str:
        """The readout that would complete a pair whose one readout is from side `code`."""
        if code == "KR":
            return self.tr("the Chinese side's readout")
        if code == "CN":
            return self.tr("the Korean side's readout")
        return self.tr("the other readout")

    def _apply_project_view(self) -> None:
        """Draw a project just restored into the session: its readouts, saved links and annotations."""
        self.selection.clear()
        self.filter = ALL
        self.reading_side = "left"
        self._show_documents()
        self._comparison_ready()
        self.annotations_changed()

    def _render(self) -> None:
        """Draw the current comparison (or its absence) in every view."""
        index, palette = self.index, self.readout_palette
        for side, pane in self.panes.items():
            pane.header.set_side(self.session.side_codes[side])
            pane.paint(self._looks(side) if index is not None else None, palette)
        if index is None:
            self.outline.clear()
        else:
            self.outline.show_topics(index, side_labels(self.session), palette)
            self.outline.select_topic(self.filter.topic)
        self._render_selection()
        self._show_summary()
        self._update_filter_controls()

    def _looks(self, side: Side) -> list[StatementLook]:
        index = self.index
        assert index is not None
        differences: dict[int, list[tuple[int, int]]] = {}
        for link in index.links:
            for number in getattr(link, side):
                differences.setdefault(number, [])
            statements = self.session.documents[side].statements  # type: ignore[union-attr]
            for start, end in link.differences[side]:
                for number in getattr(link, side):
                    if statements[number].start <= start < statements[number].end:
                        differences[number].append((start, end))
        return [StatementLook(status, index.visible(side, i, self.filter), tuple(differences.get(i, ())))
                for i, status in enumerate(index.status[side])]

    def _evidence(self, links: set[int]) -> dict[Side, list[tuple[int, int]]]:
        """Where each readout says what the selected links' verdicts cite."""
        from desktop_app.core.compare.comparison import evidence

        cited: dict[Side, list[tuple[int, int]]] = {"left": [], "right": []}
        comparison = self.session.comparison
        if self.index is None or comparison is None:
            return cited
        for number in sorted(links):
            for side, spans in evidence(comparison, self.index.links[number]).items():
                cited[side].extend(spans)
        return cited

    def _render_selection(self) -> None:
        index, palette = self.index, self.readout_palette
        selected_links = self._selected_links()
        cited = self._evidence(selected_links)
        for side, pane in self.panes.items():
            pane.mark_selected(sorted(self.selection.statements[side]), palette, cited[side])
        if index is None:
            self.gutter.set_links([], {"left": [], "right": []})
        else:
            connectors = [Connector(n, tuple(link.left), tuple(link.right), link.status, n in selected_links,
                                    not index.link_visible(n, self.filter))
                          for n, link in enumerate(index.links)]
            marks_by_side = {side: [EdgeMark(i, status, not index.visible(side, i, self.filter))
                                    for i, status in enumerate(index.status[side])] for side in SIDES}
            self.gutter.set_links(connectors, marks_by_side)  # type: ignore[arg-type]
        keys = {name: self._keys(name)
                for name in ("link_selected", "next_difference", "previous_difference")}
        self.details.setText(selection_details(self.session, self.index, self.selection, keys))
        self._show_selection_state(selected_links)
        self._update_actions()

    def _show_selection_state(self, selected_links: set[int]) -> None:
        """Say what is selected and what Ctrl+L / Ctrl+U would do with it."""
        chosen = self.selection.statements
        linked = False
        if self.index is not None and selected_links:
            covered = {side: {i for n in selected_links for i in getattr(self.index.links[n], side)}
                       for side in SIDES}
            linked = all(chosen[side] <= covered[side] for side in SIDES)
        keys = {name: self._keys(name) for name in ("link_selected", "unlink_selected")}
        text = describe_selection(chosen, side_labels(self.session), linked, keys["link_selected"],
                                  keys["unlink_selected"]) if self.index is not None else ""
        self.selection_state.setText(text)
        self.selection_state.setVisible(bool(text))

    def _show_summary(self) -> None:
        if hasattr(self, "autosave_session"):
            self.update_title()
        self.summary.setText(summary_text(self.session, self.index, self.filter))

    # =============================================================================== describing

    def describe_statement(self, side: Side, index: int) -> str:
        """A statement's tooltip: its status, speaker and stance, its link's reasons, its annotations."""
        if self.index is None or self.session.documents[side] is None:
            return ""
        return statement_tooltip(self.session, self.index, side, index, self.annotation_lines(side, index))

    @staticmethod
    def _keys(action_id: str) -> str:
        return action_table.shortcut_text(action_table.spec(action_id))

    def _details_link(self, target: str) -> None:
        """"Link them" under a one-sided statement: link it to the closest statement, as Ctrl+L would."""
        kind, side, number, partner = target.split(":")
        if kind != "link" or self.index is None:
            return
        from desktop_app.core.compare.corrections import Correction

        left, right = (int(number), int(partner)) if side == "left" else (int(partner), int(number))
        self.undo_stack.push(CorrectLinks(self, [Correction("link", (left,), (right,))], self.tr("Link")))

    def _selected_links(self) -> set[int]:
        return set(selected_links(self.index, self.selection)) if self.index is not None else set()

    def _keep_valid_selection(self) -> None:
        for side in SIDES:
            document = self.session.documents[side]
            count = len(document.statements) if document else 0
            self.selection.statements[side] = {i for i in self.selection.statements[side] if i < count}
        primary = self.selection.primary
        if primary is not None and primary[1] not in self.selection.statements[primary[0]]:
            self.selection.primary = None

    def select_statement(self, side: Side, index: int, additive: bool = False,
                         reveal_counterpart: bool = True) -> None:
        """Select a statement and its counterparts (Ctrl: add or remove just this one)."""
        if self.index is None:
            return
        if additive:
            chosen = self.selection.statements[side]
            self.selection.link = None
            if index >= 0:
                chosen.symmetric_difference_update({index})
                self.selection.primary = (side, index) if index in chosen else None
            self._render_selection()
            return
        self.selection.clear()
        if index >= 0:
            self.selection.primary = (side, index)
            self.selection.statements[side].add(index)
            self.panes[side].view.place_caret(index)  # Enter / Ctrl+Enter act from here
            for number in self.index.links_of[side][index]:
                for member_side, members in self.index.link_members(number).items():
                    self.selection.statements[member_side].update(members)
        self._render_selection()
        if index >= 0 and reveal_counterpart:
            self._reveal_counterparts(side, index)

    def _statement_clicked(self, side: Side, index: int, additive: bool) -> None:
        if index >= 0:
            self.reading_side = side  # next/previous difference follow this side's reading order
        self.select_statement(side, index, additive)

    def select_link(self, number: int) -> None:
        if self.index is None:
            return
        members = self.index.link_members(number)
        self.selection.clear()
        for side in SIDES:
            self.selection.statements[side].update(members[side])
        self.selection.primary = ("left", members["left"][0])
        self.selection.link = number
        self._render_selection()

    def clear_selection(self) -> None:
        self.selection.clear()
        self._render_selection()

    def _reveal_counterparts(self, side: Side, index: int) -> None:
        """Bring the counterparts of a statement into view in the other pane, unless one already is."""
        assert self.index is not None
        partners = self.index.counterparts(side, index)
        far = self.panes[other(side)].view
        if partners and not any(far.is_visible(p) for p in partners):
            self.scroll_sync.move(other(side), far.centre_on(partners[0]))

    def _reveal(self, side: Side, index: int) -> None:
        view = self.panes[side].view
        if not view.is_visible(index):
            self.scroll_sync.move(side, view.centre_on(index))

    # =============================================================================== navigation

    def _active_side(self) -> Side:
        """The side whose reading order navigation follows: where the user last clicked or jumped to."""
        return self.reading_side

    def _stops(self, side: Side) -> list[tuple[float, Difference]]:
        assert self.index is not None
        index = self.index
        return [(index.position_of(side, stop.side, stop.index), stop) for stop in index.differences(side)
                if index.visible(stop.side, stop.index, self.filter)]

    def _current_position(self, side: Side) -> float:
        assert self.index is not None
        if self.selection.primary is not None:
            primary_side, number = self.selection.primary
            return self.index.position_of(side, primary_side, number)
        view = self.panes[side].view
        top = view.statement_at_y(view.scroll_y)
        return (top if top is not None else 0) - 0.75  # nothing selected: start from what is in view

    def next_difference(self) -> None:
        self._step_difference(+1)

    def previous_difference(self) -> None:
        self._step_difference(-1)

    def _step_difference(self, direction: int) -> None:
        if self.index is None:
            return
        side = self._active_side()
        stops = self._stops(side)
        here = self._current_position(side)
        current = self.selection.primary
        if direction > 0:
            ahead = [stop for key, stop in stops if key > here + 1e-9
                     or (key == here and (stop.side, stop.index) != current and stop.side != side)]
            target = ahead[0] if ahead else None
        else:
            behind = [stop for key, stop in stops if key < here - 1e-9]
            target = behind[-1] if behind else None
        if target is None:
            self.statusBar().showMessage(
                self.tr("No further difference") if direction > 0 else self.tr("No earlier difference"), 3000)
            return
        self.select_statement(target.side, target.index, reveal_counterpart=False)
        self._reveal(target.side, target.index)
        self._reveal_counterparts(target.side, target.index)

    def jump_counterpart(self) -> None:
        if self.index is None or self.selection.primary is None:
            self.statusBar().showMessage(self.tr("Select a statement first"), 3000)
            return
        side, number = self.selection.primary
        partners = self.index.counterparts(side, number)
        if not partners:
            self.statusBar().showMessage(
                self.tr("Only the {side} says this").format(side=side_phrase(self.session, side)), 3000)
            return
        far = other(side)
        self.selection.primary = (far, partners[0])
        self.reading_side = far
        self._render_selection()
        view = self.panes[far].view
        self.scroll_sync.move(far, view.centre_on(partners[0]))
        view.place_caret(partners[0])
        view.setFocus()

    # =============================================================================== filters

    def filter_all(self) -> None:
        self.set_filter(ALL)

    def filter_differences(self) -> None:
        self.set_filter(Filter("differences"))

    def filter_one_sided(self) -> None:
        self.set_filter(Filter("one_sided"))

    def filter_topic(self, topic: str) -> None:
        """Show one topic and go to its first statement."""
        self.set_filter(Filter("topic", topic))
        if self.index is not None:
            first = self.index.first_visible(self.filter)
            if first is not None:
                self.select_statement(*first, reveal_counterpart=False)
                self._reveal(*first)
                self._reveal_counterparts(*first)

    def set_filter(self, view: Filter) -> None:
        self.filter = view
        self._render()

    def _fill_filter_combo(self) -> None:
        combo = self.filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All statements"), ALL)
        combo.addItem(self.tr("Differences"), Filter("differences"))
        combo.addItem(self.tr("One-sided statements"), Filter("one_sided"))
        if self.index is not None:
            combo.insertSeparator(combo.count())
            for coverage in self.index.comparison.coverage():
                combo.addItem(self.tr("Topic: {label}").format(label=coverage.label),
                              Filter("topic", coverage.topic))
        combo.blockSignals(False)
        self._update_filter_controls()

    def _filter_chosen(self, row: int) -> None:
        view = self.filter_combo.itemData(row)
        if isinstance(view, Filter):
            if view.kind == "topic" and view.topic:
                self.filter_topic(view.topic)
            else:
                self.set_filter(view)

    def _update_filter_controls(self) -> None:
        if not hasattr(self, "filter_combo"):
            return
        for kind in ("all", "differences", "one_sided"):
            self.actions_by_id[f"filter_{kind}"].setChecked(self.filter.kind == kind)
        combo = self.filter_combo
        for row in range(combo.count()):
            if combo.itemData(row) == self.filter:
                combo.blockSignals(True)
                combo.setCurrentIndex(row)
                combo.blockSignals(False)
                break

    # =============================================================================== corrections

    def link_selected(self) -> None:
        correction = link_correction(self.selection)
        if self.index is None or correction is None:
            self.statusBar().showMessage(self.tr("Select statements on both sides (Ctrl+click) to link them"),
                                         4000)
            return
        self.undo_stack.push(CorrectLinks(self, [correction], self.tr("Link")))

    def unlink_selected(self) -> None:
        if self.index is None or not self.selection:
            self.statusBar().showMessage(self.tr("Select a linked statement to unlink it"), 4000)
            return
        corrections = unlink_corrections(self.index, self.selection)
        if not corrections:
            self.statusBar().showMessage(self.tr("The selected statements are not linked"), 4000)
            return
        self.undo_stack.push(CorrectLinks(self, corrections, self.tr("Unlink")))

    def links_changed(self, restored: bool) -> None:
        """A link or unlink was applied or taken back: redraw, or (after a re-alignment in between) align
        again without it."""
        if restored:
            self._comparison_ready()
        else:
            self.request_alignment()

    # =============================================================================== view

    def fold_agreeing(self) -> None:
        """Fold the agreeing statements away, or bring them back (the menu item's check says which)."""
        folded = self.actions_by_id["fold_agreeing"].isChecked()
        for pane in self.panes.values():
            pane.folded = folded
        self._render()
        self.gutter.update()

    def unfold(self) -> None:
        """Bring the folded statements back (find does, when its match is in them)."""
        if self.actions_by_id["fold_agreeing"].isChecked():
            self.actions_by_id["fold_agreeing"].setChecked(False)
            self.fold_agreeing()

    def lock_scrolling(self) -> None:
        self.scroll_sync.enabled = self.actions_by_id["lock_scrolling"].isChecked()

    def toggle_outline(self) -> None:
        self.outline_dock.setVisible(self.actions_by_id["toggle_outline"].isChecked())

    def zoom_in(self) -> None:
        self.zoom += 1
        self.apply_fonts()

    def zoom_out(self) -> None:
        self.zoom -= 1
        self.apply_fonts()

    def zoom_reset(self) -> None:
        self.zoom = 0
        self.apply_fonts()

    def _update_actions(self) -> None:
        if not hasattr(self, "actions_by_id"):
            return
        ready = self.index is not None
        has_selection = bool(self.selection)
        has_documents = any(d is not None for d in self.session.documents.values())
        chosen_annotation = (hasattr(self, "annotation_panel")
                             and self.annotation_panel.current_id() is not None)
        index = self.index
        has_differences = index is not None and (
            any(link.status == "differ" for link in index.links)
            or any(status == "one_sided" for side in SIDES for status in index.status[side]))
        enabled = {
            "annotate": has_documents, "edit_annotation": chosen_annotation,
            "close_comparison": has_documents,
            "delete_annotation": chosen_annotation,
            "save_project": self.session.complete, "save_project_as": self.session.complete,
            "export_report": ready,
            "previous_difference": has_differences, "next_difference": has_differences,
            "jump_counterpart": ready and self.selection.primary is not None
            and bool(self.index.counterparts(*self.selection.primary)),  # type: ignore[union-attr]
            "link_selected": ready and bool(self.selection.statements["left"])
            and bool(self.selection.statements["right"]),
            "unlink_selected": ready and has_selection and any(
                self.index.links_of[side][i]  # type: ignore[union-attr]
                for side in SIDES for i in self.selection.statements[side]),
            "find": has_documents, "find_next": has_documents, "find_previous": has_documents,
            "realign": self.session.complete,
            "swap_sides": any(d is not None for d in self.session.documents.values()),
        }
        for action_id, value in enabled.items():
            self.actions_by_id[action_id].setEnabled(value)

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
        if not self.may_discard_changes(self.tr("closing")):
            event.ignore()
            return
        # A clean close: saved, or the user chose to discard; either way no autosave is to be offered.
        self.autosave_timer.stop()
        self._discard_own_autosave()
        self.worker.wait_for_done(5000)
        super().closeEvent(event)
