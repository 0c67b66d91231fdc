"""Every action of the window in one table (like Meld's accelerators.py): menus, toolbar and shortcuts
are built from it, so a shortcut is declared once and the shortcut list in Help is always right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from desktop_app.workspace.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    id: str
    # The texts are English sources marked for lupdate; the window shows them through `translated`.
    text: str  # menu text, with & before the mnemonic
    shortcut: str  # QKeySequence text ("Ctrl+O"), or "" for none
    icon: str  # qtawesome name, or "" for none
    tooltip: str
    handler: str  # the window's method the action calls, or its controller's ("project.save_project")
    menu: str  # the menu it appears in
    toolbar: bool = False
    checkable: bool = False
    group: str = ""  # exclusive group of checkable actions
    short: str = ""  # toolbar text, when the menu text is too long
    standard_key: str = ""  # a QKeySequence.StandardKey name ("Find"): the platform's keys, over `shortcut`


MENUS = ("&File", "&Edit", "&View", "&Go", "&Links", "&Annotations", "&Help")
MENU_TITLES = (QT_TRANSLATE_NOOP("Actions", "&File"), QT_TRANSLATE_NOOP("Actions", "&Edit"),
               QT_TRANSLATE_NOOP("Actions", "&View"), QT_TRANSLATE_NOOP("Actions", "&Go"),
               QT_TRANSLATE_NOOP("Actions", "&Links"), QT_TRANSLATE_NOOP("Actions", "&Annotations"),
               QT_TRANSLATE_NOOP("Actions", "&Help"))


def translated(text: str) -> str:
    """A text of this table in the window's language."""
    return QCoreApplication.translate("Actions", text) if text else text

ACTIONS: tuple[ActionSpec, ...] = (
    # New and Close: the platform's keys (Ctrl+N and Ctrl+W or Ctrl+F4; ⌘N and ⌘W on macOS).
    ActionSpec("new_comparison", QT_TRANSLATE_NOOP("Actions", "&New Comparison…"), "Ctrl+N",
               "mdi6.file-outline",
               QT_TRANSLATE_NOOP("Actions", "Close this comparison and open two other readouts"),
               "reading.new_comparison", "&File", standard_key="New"),
    ActionSpec("close_comparison", QT_TRANSLATE_NOOP("Actions", "&Close Comparison"), "Ctrl+W",
               "mdi6.close-box-outline",
               QT_TRANSLATE_NOOP("Actions", "Close both readouts (unsaved work is offered for saving first)"),
               "reading.close_comparison", "&File", standard_key="Close"),
    # File. Ctrl+O and Ctrl+Shift+O open readouts (what most users do), so a project opens with Ctrl+Shift+P.
    ActionSpec("open_project", QT_TRANSLATE_NOOP("Actions", "Open Pro&ject…"), "Ctrl+Shift+P",
               "mdi6.folder-open-outline",
               QT_TRANSLATE_NOOP("Actions", "Open a saved project: both readouts, links, corrections, "
                                            "codebook and annotations"), "project.open_project", "&File"),
    ActionSpec("save_project", QT_TRANSLATE_NOOP("Actions", "&Save Project"), "Ctrl+S",
               "mdi6.content-save-outline",
               QT_TRANSLATE_NOOP("Actions", "Save the comparison and your annotations as a project file"),
               "project.save_project", "&File", toolbar=True, short=QT_TRANSLATE_NOOP("Actions", "Save"),
               standard_key="Save"),
    ActionSpec("save_project_as", QT_TRANSLATE_NOOP("Actions", "Save Project &As…"), "Ctrl+Shift+S",
               "mdi6.content-save-edit-outline",
               QT_TRANSLATE_NOOP("Actions", "Save the project under another name"), "project.save_project_as",
               "&File", standard_key="SaveAs"),
    ActionSpec("export_report", QT_TRANSLATE_NOOP("Actions", "&Export Report…"), "Ctrl+E",
               "mdi6.file-export-outline",
               QT_TRANSLATE_NOOP("Actions", "Write the comparison report as PDF, HTML, Markdown, CSV, JSON "
                                            "or Excel, or the work as a REFI-QDA project, with your "
                                            "annotations"), "export.export_report", "&File", toolbar=True,
               short=QT_TRANSLATE_NOOP("Actions", "Export")),
    ActionSpec("open_left", QT_TRANSLATE_NOOP("Actions", "Open &Left Readout…"), "Ctrl+O", "fa5s.folder-open",
               QT_TRANSLATE_NOOP("Actions", "Open a readout in the left pane"), "reading.open_left", "&File",
               toolbar=True, short=QT_TRANSLATE_NOOP("Actions", "Open Left"), standard_key="Open"),
    ActionSpec("open_right", QT_TRANSLATE_NOOP("Actions", "Open &Right Readout…"), "Ctrl+Shift+O",
               "fa5.folder-open", QT_TRANSLATE_NOOP("Actions", "Open a readout in the right pane"),
               "reading.open_right", "&File", toolbar=True, short=QT_TRANSLATE_NOOP("Actions", "Open Right")),
    ActionSpec("open_address", QT_TRANSLATE_NOOP("Actions", "Open A&ddress…"), "Ctrl+Shift+A", "mdi6.web",
               QT_TRANSLATE_NOOP("Actions", "Fetch a readout from its web address (http or https) into the "
                                            "left or right pane"), "address.open_address", "&File"),
    ActionSpec("paste_left", QT_TRANSLATE_NOOP("Actions", "&Paste as Left Readout"), "Ctrl+Shift+V",
               "mdi6.content-paste",
               QT_TRANSLATE_NOOP("Actions", "Use the text on the clipboard as the left readout"),
               "reading.paste_left", "&File"),
    ActionSpec("paste_right", QT_TRANSLATE_NOOP("Actions", "Paste as Ri&ght Readout"), "Ctrl+Alt+V",
               "mdi6.clipboard-text",
               QT_TRANSLATE_NOOP("Actions", "Use the text on the clipboard as the right readout"),
               "reading.paste_right", "&File"),
    ActionSpec("swap_sides", QT_TRANSLATE_NOOP("Actions", "&Swap Sides"), "Ctrl+Shift+X",
               "mdi6.swap-horizontal", QT_TRANSLATE_NOOP("Actions", "Exchange the left and right readouts"),
               "reading.swap_sides", "&File", toolbar=True, short=QT_TRANSLATE_NOOP("Actions", "Swap")),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"), "Ctrl+,", "fa5s.cog",
               QT_TRANSLATE_NOOP("Actions", "Font, theme, alignment threshold and your own lexicon"),
               "show_preferences", "&File", standard_key="Preferences"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q", "fa5s.power-off",
               QT_TRANSLATE_NOOP("Actions", "Close Parallax"), "close", "&File", standard_key="Quit"),
    # Edit: the texts say what will be undone ("Undo Annotate statement"), from the undo stack
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "Ctrl+Z", "mdi6.undo",
               QT_TRANSLATE_NOOP("Actions", "Undo the last annotation, link or unlink"), "undo", "&Edit",
               standard_key="Undo"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Shift+Z", "mdi6.redo",
               QT_TRANSLATE_NOOP("Actions", "Redo what was undone"), "redo", "&Edit", standard_key="Redo"),
    # Find: the platform's keys (Ctrl+F, F3 / Shift+F3 on Linux and Windows, ⌘F, ⌘G / ⇧⌘G on macOS)
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), "Ctrl+F", "mdi6.magnify",
               QT_TRANSLATE_NOOP("Actions", "Find text in both readouts (case and width ignored)"),
               "finding.open_find", "&Edit", standard_key="Find"),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"), "F3", "mdi6.chevron-down",
               QT_TRANSLATE_NOOP("Actions", "Go to the next match"), "finding.find_next", "&Edit",
               standard_key="FindNext"),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), "Shift+F3", "mdi6.chevron-up",
               QT_TRANSLATE_NOOP("Actions", "Go to the previous match"), "finding.find_previous", "&Edit",
               standard_key="FindPrevious"),
    # View
    ActionSpec("filter_all", QT_TRANSLATE_NOOP("Actions", "Show &All Statements"), "Ctrl+1",
               "mdi6.format-list-bulleted", QT_TRANSLATE_NOOP("Actions", "Show every statement"),
               "view.filter_all", "&View", checkable=True, group="filter"),
    ActionSpec("filter_differences", QT_TRANSLATE_NOOP("Actions", "Show &Differences"), "Ctrl+2",
               "mdi6.not-equal-variant",
               QT_TRANSLATE_NOOP("Actions", "Dim statements on which the two sides agree"),
               "view.filter_differences", "&View", checkable=True, group="filter"),
    ActionSpec("filter_one_sided", QT_TRANSLATE_NOOP("Actions", "Show &One-Sided"), "Ctrl+3", "mdi6.set-none",
               QT_TRANSLATE_NOOP("Actions", "Dim everything but what only one side says"),
               "view.filter_one_sided", "&View", checkable=True, group="filter"),
    ActionSpec("fold_agreeing", QT_TRANSLATE_NOOP("Actions", "&Fold Agreeing Statements"), "Ctrl+Shift+F",
               "mdi6.arrow-collapse-vertical",
               QT_TRANSLATE_NOOP("Actions", "Fold away the paragraphs on which the two sides agree, so "
                                            "only the differences remain"), "view.fold_agreeing", "&View",
               checkable=True),
    ActionSpec("lock_scrolling", QT_TRANSLATE_NOOP("Actions", "&Lock Scrolling"), "Ctrl+Shift+L", "fa5s.lock",
               QT_TRANSLATE_NOOP("Actions", "Scrolling one pane scrolls the other to the counterparts"),
               "lock_scrolling", "&View", checkable=True),
    ActionSpec("toggle_outline", QT_TRANSLATE_NOOP("Actions", "Topic &Outline"), "F9",
               "mdi6.format-list-bulleted-type",
               QT_TRANSLATE_NOOP("Actions", "Show or hide the topic outline"), "toggle_outline", "&View",
               checkable=True),
    ActionSpec("toggle_annotations", QT_TRANSLATE_NOOP("Actions", "&Annotation Panel"), "Ctrl+Shift+M",
               "mdi6.note-text-outline", QT_TRANSLATE_NOOP("Actions", "Show or hide the list of annotations"),
               "toggle_annotations", "&View", checkable=True),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), "Ctrl++", "mdi6.magnify-plus-outline",
               QT_TRANSLATE_NOOP("Actions", "Larger readout text"), "zoom_in", "&View",
               standard_key="ZoomIn"),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom O&ut"), "Ctrl+-", "mdi6.magnify-minus-outline",
               QT_TRANSLATE_NOOP("Actions", "Smaller readout text"), "zoom_out", "&View",
               standard_key="ZoomOut"),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Normal Size"), "Ctrl+0", "mdi6.magnify",
               QT_TRANSLATE_NOOP("Actions", "Readout text at the size chosen in Preferences"), "zoom_reset",
               "&View"),
    # Go
    ActionSpec("previous_difference", QT_TRANSLATE_NOOP("Actions", "&Previous Difference"), "Alt+Up",
               "fa5s.arrow-up",
               QT_TRANSLATE_NOOP("Actions", "Go to the previous differing link or one-sided statement"),
               "view.previous_difference", "&Go", toolbar=True,
               short=QT_TRANSLATE_NOOP("Actions", "Previous")),
    ActionSpec("next_difference", QT_TRANSLATE_NOOP("Actions", "&Next Difference"), "Alt+Down",
               "fa5s.arrow-down",
               QT_TRANSLATE_NOOP("Actions", "Go to the next differing link or one-sided statement"),
               "view.next_difference", "&Go", toolbar=True, short=QT_TRANSLATE_NOOP("Actions", "Next")),
    ActionSpec("jump_counterpart", QT_TRANSLATE_NOOP("Actions", "Jump to &Counterpart"), "Ctrl+J",
               "mdi6.arrow-expand-horizontal",
               QT_TRANSLATE_NOOP("Actions", "Go to what the other side says on the selected statement"),
               "view.jump_counterpart", "&Go", toolbar=True,
               short=QT_TRANSLATE_NOOP("Actions", "Counterpart")),
    ActionSpec("clear_selection", QT_TRANSLATE_NOOP("Actions", "Clear &Selection"), "Esc", "",
               QT_TRANSLATE_NOOP("Actions", "Select nothing"), "view.clear_selection", "&Go",
               standard_key="Cancel"),
    # Links
    ActionSpec("link_selected", QT_TRANSLATE_NOOP("Actions", "&Link Selected"), "Ctrl+L", "fa5s.link",
               QT_TRANSLATE_NOOP("Actions", "Link the selected statements (Ctrl+click to select on both "
                                            "sides)"), "view.link_selected", "&Links", toolbar=True,
               short=QT_TRANSLATE_NOOP("Actions", "Link")),
    ActionSpec("unlink_selected", QT_TRANSLATE_NOOP("Actions", "&Unlink"), "Ctrl+U", "fa5s.unlink",
               QT_TRANSLATE_NOOP("Actions", "Undo the link of the selected statements"),
               "view.unlink_selected", "&Links", toolbar=True, short=QT_TRANSLATE_NOOP("Actions", "Unlink")),
    ActionSpec("realign", QT_TRANSLATE_NOOP("Actions", "&Re-align"), "F5", "mdi6.refresh",
               QT_TRANSLATE_NOOP("Actions", "Align again with the current preferences, keeping your links "
                                            "and unlinks"), "reading.realign", "&Links", toolbar=True,
               short=QT_TRANSLATE_NOOP("Actions", "Re-align"), standard_key="Refresh"),
    # Annotations
    ActionSpec("annotate", QT_TRANSLATE_NOOP("Actions", "&Annotate…"), "Ctrl+T", "mdi6.tag-outline",
               QT_TRANSLATE_NOOP("Actions", "Tag the selected statement, link or text with a code from the "
                                            "codebook, and add a note"), "annotating.annotate",
               "&Annotations", toolbar=True, short=QT_TRANSLATE_NOOP("Actions", "Annotate")),
    ActionSpec("edit_annotation", QT_TRANSLATE_NOOP("Actions", "&Edit Annotation…"), "",
               "mdi6.pencil-outline",
               QT_TRANSLATE_NOOP("Actions", "Change the tag or note of the annotation chosen in the panel"),
               "annotating.edit_annotation", "&Annotations"),
    ActionSpec("delete_annotation", QT_TRANSLATE_NOOP("Actions", "&Delete Annotation"), "Del",
               "mdi6.delete-outline",
               QT_TRANSLATE_NOOP("Actions", "Delete the annotation chosen in the panel (Ctrl+Z brings it "
                                            "back)"), "annotating.delete_annotation", "&Annotations",
               standard_key="Delete"),
    ActionSpec("codebook", QT_TRANSLATE_NOOP("Actions", "&Codebook…"), "", "mdi6.tag-multiple-outline",
               QT_TRANSLATE_NOOP("Actions", "Add, rename and colour the tags annotations use"),
               "annotating.edit_codebook", "&Annotations"),
    # Help
    # F1 is the platform's help key (HelpContents): the user guide. The shortcut list comes beside it.
    ActionSpec("user_guide", QT_TRANSLATE_NOOP("Actions", "User &Guide"), "F1", "mdi6.book-open-outline",
               QT_TRANSLATE_NOOP("Actions", "How to compare, link, annotate and export, in short"),
               "show_user_guide", "&Help", standard_key="HelpContents"),
    ActionSpec("show_shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "Ctrl+F1",
               "fa5s.keyboard",
               QT_TRANSLATE_NOOP("Actions", "Every action and its shortcut"), "show_shortcuts", "&Help"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Parallax"), "", "fa5s.info-circle",
               QT_TRANSLATE_NOOP("Actions", "What Parallax is"), "show_about", "&Help"),
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


def shortcut_text(row: ActionSpec, every: bool = False) -> str:
    """The key of an action as this platform writes it ("Ctrl+O"), or "": the first of the platform's
    keys (Open is also the keyboard's own Open key, which a hint need not name), or `every` one of them."""
    keys = key_sequences(row) if every else key_sequences(row)[:1]
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def plain_text(row: ActionSpec) -> str:
    """An action's menu text in the window's language, without the mnemonic's & and the ellipsis."""
    text = translated(row.text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").rstrip()
    # Translations put the mnemonic in brackets after the words: "파일(&F)", "새 비교(&N)…".
    if text.endswith(")") and "(" in text and len(text) - text.rindex("(") == 3:
        text = text[: text.rindex("(")].rstrip()
    return text


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


def handler_of(window: QWidget, row: ActionSpec) -> Callable[[], object]:
    """The method an action calls: the window's, or one of its controllers' ("view.next_difference")."""
    target: object = window
    for name in row.handler.split("."):
        target = getattr(target, name)
    assert callable(target), row.handler
    return target


def build_actions(window: QWidget, with_icons: bool = True) -> dict[str, QAction]:
    """Create a QAction per table row, connected to its handler on the window or a controller."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for row in ACTIONS:
        action = QAction(translated(row.text), window)
        action.setObjectName(row.id)
        keys = key_sequences(row)
        if keys:
            action.setShortcuts(keys)
        tooltip = translated(row.tooltip)
        action.setToolTip(f"{tooltip} ({shortcut_text(row)})" if keys else tooltip)
        action.setStatusTip(tooltip)
        action.setIconText(translated(row.short) or plain_text(row))
        action.setCheckable(row.checkable)
        if row.group:
            groups.setdefault(row.group, QActionGroup(window)).addAction(action)
        handler = handler_of(window, row)
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
    menus = {}
    for key, title in zip(MENUS, MENU_TITLES, strict=True):
        menus[key] = menu_bar.addMenu(translated(title))
        menus[key].setObjectName("menu_" + key.strip("&").lower())
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
