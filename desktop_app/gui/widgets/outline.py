"""The topic outline: every topic either readout speaks of, with each side's statement count and status.

Topics are grouped under their area ("trade" holds "trade.fta", "trade.volume" …). Clicking a topic
asks the window to filter to it; the outline itself only lists.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop_app.gui.i18n import translate
from desktop_app.gui.palette import ReadoutPalette, Status
from desktop_app.workspace.navigation import ComparisonIndex, TopicStatus
from desktop_app.workspace.text import engine_language

TOPIC_ROLE = Qt.ItemDataRole.UserRole
STATUS_ORDER: tuple[Status, ...] = ("agree", "differ", "one_sided")


def status_text(status: TopicStatus, labels: dict[str, str]) -> str:
    """"2 agree · 1 differ · only KR 1" — what the bar icon shows, in words."""
    parts = []
    for kind in ("agree", "differ"):
        count = status.total(kind)
        if count:
            parts.append((translate("TopicOutline", "{count} agree") if kind == "agree" else
                          translate("TopicOutline", "{count} differ")).format(count=count))
    for side in ("left", "right"):
        count = status.counts[side]["one_sided"]
        if count:
            parts.append(translate("TopicOutline", "only {side} {count}").format(side=labels[side],
                                                                                 count=count))
    return " · ".join(parts)


BAR_SIZE = QSize(40, 10)


def status_bar_icon(status: TopicStatus, palette: ReadoutPalette) -> QIcon:
    """A small bar split in the topic's shares of agree / differ / one-sided statements."""
    size = BAR_SIZE
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    total = sum(status.total(kind) for kind in STATUS_ORDER) or 1
    x = 0.0
    for kind in STATUS_ORDER:
        width = size.width() * status.total(kind) / total
        if width:
            painter.fillRect(int(x), 1, max(1, round(width)), size.height() - 2, QColor(palette.line[kind]))
        x += width
    painter.end()
    return QIcon(pixmap)


class TopicOutline(QWidget):
    """A tree of topics; emits the topic id the user activates."""

    topic_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("topicOutline")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Topic"), self.tr("left"), self.tr("right"), self.tr("Status")])
        self.tree.setAccessibleName(self.tr("Topic outline"))
        self.tree.setAccessibleDescription(self.tr(
            "Every topic of the two readouts, with how many statements each side has on it and whether they "
            "agree, differ or are one-sided; activate a topic to show only its statements"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setIconSize(BAR_SIZE)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        topic = item.data(0, TOPIC_ROLE)
        if topic:
            self.topic_activated.emit(topic)

    def clear(self) -> None:
        self.tree.clear()

    def show_topics(self, index: ComparisonIndex, side_labels: dict[str, str],
                    palette: ReadoutPalette) -> None:
        """List every topic of the comparison under its area, most discussed first."""
        self.tree.clear()
        self.tree.setHeaderLabels([self.tr("Topic"), side_labels["left"], side_labels["right"],
                                   self.tr("Status")])
        comparison = index.comparison
        labels = comparison.labels_in(engine_language())
        areas: dict[str, QTreeWidgetItem] = {}
        for coverage in comparison.coverage():
            area = coverage.topic.split(".")[0]
            parent = areas.get(area)
            if parent is None:
                parent = self._item(None, area, labels.get(area, area), index, side_labels, palette)
                areas[area] = parent
            if coverage.topic != area:
                self._item(parent, coverage.topic, labels.get(coverage.topic, coverage.label), index,
                           side_labels, palette)
        self.tree.expandAll()

    def _item(self, parent: QTreeWidgetItem | None, topic: str, label: str, index: ComparisonIndex,
              side_labels: dict[str, str], palette: ReadoutPalette) -> QTreeWidgetItem:
        status = index.topic_status(topic)
        counts = [sum(status.counts[side].values()) for side in ("left", "right")]
        summary = status_text(status, side_labels)
        item = QTreeWidgetItem([label, str(counts[0] or "–"), str(counts[1] or "–"), ""])
        item.setData(0, TOPIC_ROLE, topic)
        item.setToolTip(0, f"{label}\n{summary}\n" + self.tr("Click to show only this topic"))
        item.setToolTip(3, summary)
        for column in (1, 2):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
        if any(counts):
            item.setIcon(3, status_bar_icon(status, palette))
        if parent is None:
            self.tree.addTopLevelItem(item)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        else:
            parent.addChild(item)
        return item

    def select_topic(self, topic: str | None) -> None:
        """Highlight the row of the topic being filtered to (none when no topic filter is on)."""
        self.tree.blockSignals(True)
        self.tree.clearSelection()
        if topic:
            for item in self._items():
                if item.data(0, TOPIC_ROLE) == topic:
                    item.setSelected(True)
                    self.tree.scrollToItem(item)
                    break
        self.tree.blockSignals(False)

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is not None:
                found.append(item)
                stack.extend(item.child(i) for i in range(item.childCount()))
        return found
