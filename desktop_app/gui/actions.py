"""Every action of the window in one table (like Meld's accelerators.py): menus, toolbar and shortcuts
are built from it, so a shortcut is declared once and the shortcut list in Help is always right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # menu text, with & before the mnemonic
    shortcut: str  # QKeySequence text ("Ctrl+O"), or "" for none
    icon: str  # qtawesome name, or "" for none
    tooltip: str
    handler: str  # name of the window's method the action calls
    menu: str  # the menu it appears in
    toolbar: bool = False
    checkable: bool = False
    group: str = ""  # exclusive group of checkable actions
    short: str = ""  # toolbar text, when the menu text is too long
    standard_key: str = ""  # a QKeySequence.StandardKey name ("Find"): the platform's keys, over `shortcut`


MENUS = ("&File", "&Edit", "&View", "&Go", "&Links", "&Annotations", "&Help")

ACTIONS: tuple[ActionSpec, ...] = (
    # New and Close: the platform's keys (Ctrl+N and Ctrl+W or Ctrl+F4; ⌘N and ⌘W on macOS).
    ActionSpec("new_comparison", "&New Comparison…", "Ctrl+N", "mdi6.file-outline",
               "Close this comparison and open two other readouts", "new_comparison", "&File",
               standard_key="New"),
    ActionSpec("close_comparison", "&Close Comparison", "Ctrl+W", "mdi6.close-box-outline",
               "Close both readouts (unsaved work is offered for saving first)", "close_comparison", "&File",
               standard_key="Close"),
    # File. Ctrl+O and Ctrl+Shift+O open readouts (what most users do), so a project opens with Ctrl+Shift+P.
    ActionSpec("open_project", "Open Pro&ject…", "Ctrl+Shift+P", "mdi6.folder-open-outline",
               "Open a saved project: both readouts, links, corrections, codebook and annotations",
               "open_project", "&File"),
    ActionSpec("save_project", "&Save Project", "Ctrl+S", "mdi6.content-save-outline",
               "Save the comparison and your annotations as a project file", "save_project", "&File",
               toolbar=True, short="Save"),
    ActionSpec("save_project_as", "Save Project &As…", "Ctrl+Shift+S", "mdi6.content-save-edit-outline",
               "Save the project under another name", "save_project_as", "&File"),
    ActionSpec("export_report", "&Export Report…", "Ctrl+E", "mdi6.file-export-outline",
               "Write the comparison report as PDF, HTML, Markdown, CSV, JSON or Excel, or the work as a "
               "REFI-QDA project, with your annotations",
               "export_report", "&File", toolbar=True, short="Export"),
    ActionSpec("open_left", "Open &Left Readout…", "Ctrl+O", "fa5s.folder-open",
               "Open a readout in the left pane", "open_left", "&File", toolbar=True, short="Open Left"),
    ActionSpec("open_right", "Open &Right Readout…", "Ctrl+Shift+O", "fa5.folder-open",
               "Open a readout in the right pane", "open_right", "&File", toolbar=True, short="Open Right"),
    ActionSpec("open_address", "Open A&ddress…", "Ctrl+Shift+A", "mdi6.web",
               "Fetch a readout from its web address (http or https) into the left or right pane",
               "open_address", "&File"),
    ActionSpec("paste_left", "&Paste as Left Readout", "Ctrl+Shift+V", "mdi6.content-paste",
               "Use the text on the clipboard as the left readout", "paste_left", "&File"),
    ActionSpec("paste_right", "Paste as Ri&ght Readout", "Ctrl+Alt+V", "mdi6.clipboard-text",
               "Use the text on the clipboard as the right readout", "paste_right", "&File"),
    ActionSpec("swap_sides", "&Swap Sides", "Ctrl+Shift+X", "mdi6.swap-horizontal",
               "Exchange the left and right readouts", "swap_sides", "&File", toolbar=True, short="Swap"),
    ActionSpec("preferences", "Pr&eferences…", "Ctrl+,", "fa5s.cog",
               "Font, theme, alignment threshold and your own lexicon", "show_preferences", "&File"),
    ActionSpec("quit", "&Quit", "Ctrl+Q", "fa5s.power-off", "Close Parallax", "close", "&File"),
    # Edit: the texts say what will be undone ("Undo Annotate statement"), from the undo stack
    ActionSpec("undo", "&Undo", "Ctrl+Z", "mdi6.undo", "Undo the last annotation, link or unlink",
               "undo", "&Edit"),
    ActionSpec("redo", "&Redo", "Ctrl+Shift+Z", "mdi6.redo", "Redo what was undone", "redo", "&Edit"),
    # Find: the platform's keys (Ctrl+F, F3 / Shift+F3 on Linux and Windows, ⌘F, ⌘G / ⇧⌘G on macOS)
    ActionSpec("find", "&Find…", "Ctrl+F", "mdi6.magnify", "Find text in both readouts (case and width "
               "ignored)", "find", "&Edit", standard_key="Find"),
    ActionSpec("find_next", "Find &Next", "F3", "mdi6.chevron-down", "Go to the next match", "find_next",
               "&Edit", standard_key="FindNext"),
    ActionSpec("find_previous", "Find Pre&vious", "Shift+F3", "mdi6.chevron-up", "Go to the previous match",
               "find_previous", "&Edit", standard_key="FindPrevious"),
    # View
    ActionSpec("filter_all", "Show &All Statements", "Ctrl+1", "mdi6.format-list-bulleted",
               "Show every statement", "filter_all", "&View", checkable=True, group="filter"),
    ActionSpec("filter_differences", "Show &Differences", "Ctrl+2", "mdi6.not-equal-variant",
               "Dim statements on which the two sides agree", "filter_differences", "&View",
               checkable=True, group="filter"),
    ActionSpec("filter_one_sided", "Show &One-Sided", "Ctrl+3", "mdi6.set-none",
               "Dim everything but what only one side says", "filter_one_sided", "&View",
               checkable=True, group="filter"),
    ActionSpec("fold_agreeing", "&Fold Agreeing Statements", "Ctrl+Shift+F", "mdi6.arrow-collapse-vertical",
               "Fold away the paragraphs on which the two sides agree, so only the differences remain",
               "fold_agreeing", "&View", checkable=True),
    ActionSpec("lock_scrolling", "&Lock Scrolling", "Ctrl+Shift+L", "fa5s.lock",
               "Scrolling one pane scrolls the other to the counterparts", "lock_scrolling", "&View",
               checkable=True),
    ActionSpec("toggle_outline", "Topic &Outline", "F9", "mdi6.format-list-bulleted-type",
               "Show or hide the topic outline", "toggle_outline", "&View", checkable=True),
    ActionSpec("toggle_annotations", "&Annotation Panel", "Ctrl+Shift+M", "mdi6.note-text-outline",
               "Show or hide the list of annotations", "toggle_annotations", "&View", checkable=True),
    ActionSpec("zoom_in", "Zoom &In", "Ctrl++", "mdi6.magnify-plus-outline",
               "Larger readout text", "zoom_in", "&View"),
    ActionSpec("zoom_out", "Zoom O&ut", "Ctrl+-", "mdi6.magnify-minus-outline",
               "Smaller readout text", "zoom_out", "&View"),
    ActionSpec("zoom_reset", "&Normal Size", "Ctrl+0", "mdi6.magnify", "Readout text at the size chosen in "
               "Preferences", "zoom_reset", "&View"),
    # Go
    ActionSpec("previous_difference", "&Previous Difference", "Alt+Up", "fa5s.arrow-up",
               "Go to the previous differing link or one-sided statement", "previous_difference", "&Go",
               toolbar=True, short="Previous"),
    ActionSpec("next_difference", "&Next Difference", "Alt+Down", "fa5s.arrow-down",
               "Go to the next differing link or one-sided statement", "next_difference", "&Go",
               toolbar=True, short="Next"),
    ActionSpec("jump_counterpart", "Jump to &Counterpart", "Ctrl+J", "mdi6.arrow-expand-horizontal",
               "Go to what the other side says on the selected statement", "jump_counterpart", "&Go",
               toolbar=True, short="Counterpart"),
    ActionSpec("clear_selection", "Clear &Selection", "Esc", "", "Select nothing", "clear_selection", "&Go"),
    # Links
    ActionSpec("link_selected", "&Link Selected", "Ctrl+L", "fa5s.link",
               "Link the selected statements (Ctrl+click to select on both sides)", "link_selected",
               "&Links", toolbar=True, short="Link"),
    ActionSpec("unlink_selected", "&Unlink", "Ctrl+U", "fa5s.unlink",
               "Undo the link of the selected statements", "unlink_selected", "&Links", toolbar=True,
               short="Unlink"),
    ActionSpec("realign", "&Re-align", "F5", "mdi6.refresh",
               "Align again with the current preferences, keeping your links and unlinks", "realign",
               "&Links", toolbar=True, short="Re-align"),
    # Annotations
    ActionSpec("annotate", "&Annotate…", "Ctrl+M", "mdi6.tag-outline",
               "Tag the selected statement, link or text with a code from the codebook, and add a note",
               "annotate", "&Annotations", toolbar=True, short="Annotate"),
    ActionSpec("edit_annotation", "&Edit Annotation…", "", "mdi6.pencil-outline",
               "Change the tag or note of the annotation chosen in the panel", "edit_annotation",
               "&Annotations"),
    ActionSpec("delete_annotation", "&Delete Annotation", "Del", "mdi6.delete-outline",
               "Delete the annotation chosen in the panel (Ctrl+Z brings it back)", "delete_annotation",
               "&Annotations"),
    ActionSpec("codebook", "&Codebook…", "", "mdi6.tag-multiple-outline",
               "Add, rename and colour the tags annotations use", "edit_codebook", "&Annotations"),
    # Help
    ActionSpec("show_shortcuts", "&Keyboard Shortcuts", "F1", "fa5s.keyboard",
               "Every action and its shortcut", "show_shortcuts", "&Help"),
    ActionSpec("about", "&About Parallax", "", "fa5s.info-circle", "What Parallax is", "show_about", "&Help"),
)

# A separator follows these in the toolbar.
TOOLBAR_BREAKS = {"export_report", "swap_sides", "jump_counterpart", "realign"}


def key_sequences(row: ActionSpec) -> list[QKeySequence]:
    """An action's keys: the platform's for a standard key, else the one written in the table."""
    if row.standard_key:
        keys = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, row.standard_key))
        if keys:
            return list(keys)
    return [QKeySequence(row.shortcut)] if row.shortcut else []


def shortcut_text(row: ActionSpec) -> str:
    """The keys of an action as this platform writes them ("Ctrl+F, F3"), or ""."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in key_sequences(row))


def spec(action_id: str) -> ActionSpec:
    return next(s for s in ACTIONS if s.id == action_id)


# The qtawesome fonts the icons come from (Font Awesome 5 regular and solid, Material Design Icons 6).
# Only these are loaded, and only these are bundled by packaging/pyinstaller/parallax.spec (a test
# checks that every icon name in the code is in one of them).
ICON_FONTS = ("fa5", "fa5s", "mdi6")
_icon_font: list[object] = []


def icon(name: str) -> QIcon:
    """A qtawesome icon (imported on first use: it costs start-up time)."""
    if not name:
        return QIcon()
    if not _icon_font:
        import qtawesome
        from qtawesome.iconic_font import IconicFont

        # qtawesome.icon() would load (and need) all of its dozen fonts; the app uses three.
        _icon_font.append(IconicFont(*[f for f in qtawesome._BUNDLED_FONTS if f[0] in ICON_FONTS]))
    return _icon_font[0].icon(name)  # type: ignore[attr-defined]


def build_actions(window: QWidget, with_icons: bool = True) -> dict[str, QAction]:
    """Create a QAction per table row, connected to the window's handler of that name."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for row in ACTIONS:
        action = QAction(row.text, window)
        action.setObjectName(row.id)
        keys = key_sequences(row)
        if keys:
            action.setShortcuts(keys)
        action.setToolTip(f"{row.tooltip} ({shortcut_text(row)})" if keys else row.tooltip)
        action.setStatusTip(row.tooltip)
        action.setIconText(row.short or row.text.replace("&", "").rstrip("…"))
        action.setCheckable(row.checkable)
        if row.group:
            groups.setdefault(row.group, QActionGroup(window)).addAction(action)
        handler: Callable[..., object] = getattr(window, row.handler)
        action.triggered.connect(lambda _checked=False, handler=handler: handler())
        window.addAction(action)  # shortcuts work even while the menu bar is hidden
        actions[row.id] = action
    if with_icons:
        install_icons(actions)
    return actions


def install_icons(actions: dict[str, QAction]) -> None:
    for row in ACTIONS:
        if row.icon:
            actions[row.id].setIcon(icon(row.icon))


def fill_menus(menu_bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    menus = {title: menu_bar.addMenu(title) for title in MENUS}
    for row in ACTIONS:
        menus[row.menu].addAction(actions[row.id])
        if row.id in {"close_comparison", "export_report", "paste_right", "swap_sides", "preferences",
                      "fold_agreeing", "redo",
                      "toggle_annotations", "next_difference", "unlink_selected", "delete_annotation"}:
            menus[row.menu].addSeparator()
    return menus


def fill_toolbar(toolbar: QToolBar, actions: dict[str, QAction]) -> None:
    for row in ACTIONS:
        if row.toolbar:
            toolbar.addAction(actions[row.id])
            if row.id in TOOLBAR_BREAKS:
                toolbar.addSeparator()
