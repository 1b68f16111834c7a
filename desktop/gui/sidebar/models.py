"""The sidebar's conversation list: a lazily paged model, its delegate and relative times.

The model loads ``PAGE_SIZE`` conversations at a time (``fetchMore`` on scroll), so a history
of 10,000 chats refreshes in about a millisecond and the view only paints what is visible.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.core.history.store import Conversation, HistoryError, HistoryStore
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gui.language import day_month

PAGE_SIZE = 200
UNTITLED = QT_TRANSLATE_NOOP("ChatList", "New chat")
"""The title of a chat without one (English; show it through :func:`untitled`)."""
ConversationRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


def relative_time(when: datetime, now: datetime | None = None) -> str:
    """'Just now', '5 min ago', '2 h ago', 'Yesterday', '12 Mar' or '12 Mar 2024' (local time)."""
    now = (now or datetime.now(UTC)).astimezone()
    when = when.astimezone(now.tzinfo)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return translate("ChatList", "Just now")
    if seconds < 3600:
        minutes = int(seconds // 60)
        return translate("ChatList", "%n min ago", None, minutes)
    days = (now.date() - when.date()).days
    if days == 0:
        hours = int(seconds // 3600)
        return translate("ChatList", "%n h ago", None, hours)
    if days == 1:
        return translate("ChatList", "Yesterday")
    return day_month(when.date(), with_year=when.year != now.year)  # the locale's month names


def untitled() -> str:
    return translate("ChatList", UNTITLED)


def display_title(conversation: Conversation) -> str:
    return conversation.title or untitled()


def muted_color(palette: QPalette, selected: bool) -> QColor:
    """Secondary text: the text colour blended 40 % towards the background (stays opaque)."""
    fg_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    bg_role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
    fg, bg = palette.color(fg_role), palette.color(bg_role)
    mix = 0.4 if not selected else 0.25
    return QColor(
        round(fg.red() + (bg.red() - fg.red()) * mix),
        round(fg.green() + (bg.green() - fg.green()) * mix),
        round(fg.blue() + (bg.blue() - fg.blue()) * mix),
    )


class ConversationListModel(QAbstractListModel):
    """Conversations outside the trash, pinned first then newest first, fetched in pages."""

    failed = Signal(str)  # a plain sentence (e.g. a rename the store refused)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Conversation] = []
        self._more = False

    def reload(self, at_least: int = PAGE_SIZE) -> None:
        """Reload from the store, keeping at least ``at_least`` rows (rounded up to a page)."""
        pages = max(1, -(-at_least // PAGE_SIZE))
        try:
            rows = self._store.list_conversations(limit=pages * PAGE_SIZE + 1)
        except HistoryError as error:
            rows = []
            self.failed.emit(str(error))
        self.beginResetModel()
        self._more = len(rows) > pages * PAGE_SIZE
        self._rows = rows[: pages * PAGE_SIZE]
        self.endResetModel()

    def row_of(self, conversation_id: int, fetch: bool = True) -> int:
        """The row of a conversation, fetching further pages to find it; -1 if absent."""
        for row, conversation in enumerate(self._rows):
            if conversation.id == conversation_id:
                return row
        if not (fetch and self._more):
            return -1
        # One query for the rest (paging to it would cost one OFFSET scan per page).
        try:
            rest = self._store.list_conversations(offset=len(self._rows))
        except HistoryError as error:
            self.failed.emit(str(error))
            return -1
        found = next((i for i, c in enumerate(rest) if c.id == conversation_id), -1)
        if found < 0:
            return -1
        take = min(len(rest), -(-(found + 1) // PAGE_SIZE) * PAGE_SIZE)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + take - 1)
        self._rows.extend(rest[:take])
        self._more = take < len(rest)
        self.endInsertRows()
        return first + found

    def conversation(self, row: int) -> Conversation | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractListModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        try:
            rows = self._store.list_conversations(limit=PAGE_SIZE + 1, offset=len(self._rows))
        except HistoryError as error:
            self._more = False
            self.failed.emit(str(error))
            return
        self._more = len(rows) > PAGE_SIZE
        rows = rows[:PAGE_SIZE]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        conversation = self.conversation(index.row()) if index.isValid() else None
        if conversation is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_title(conversation)
        if role == Qt.ItemDataRole.EditRole:
            return conversation.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            title, when = display_title(conversation), relative_time(conversation.updated)
            if conversation.pinned:
                return translate("ChatList", "Pinned. {title}, {when}").format(
                    title=title, when=when
                )
            return translate("ChatList", "{title}, {when}").format(title=title, when=when)
        if role == ConversationRole:
            return conversation
        if role == IdRole:
            return conversation.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        conversation = self.conversation(index.row()) if index.isValid() else None
        if conversation is None or role != Qt.ItemDataRole.EditRole:
            return False
        title = str(value).strip()
        if title == conversation.title:
            return False
        try:
            renamed = self._store.rename(conversation.id, title)
        except HistoryError as error:
            self.failed.emit(str(error))
            return False
        self._rows[index.row()] = renamed
        self.dataChanged.emit(index, index)
        return True


def draw_pin(painter: QPainter, rect: QRect, color: QColor) -> None:
    """A small push-pin mark (drawn, so it needs no emoji font)."""
    size = min(rect.width(), rect.height())
    cx, top = rect.center().x(), rect.center().y() - size / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    head = QPainterPath()
    head.addEllipse(QPointF(cx, top + size * 0.3), size * 0.28, size * 0.28)
    painter.drawPath(head)
    painter.drawRect(
        int(cx - size * 0.06), int(top + size * 0.5), max(1, int(size * 0.12)), int(size * 0.45)
    )
    painter.restore()


class ConversationDelegate(QStyledItemDelegate):
    """Two lines per chat: the title (elided) and, muted below it, when it was last active."""

    PADDING = 8

    def __init__(self, parent: QWidget | None = None, now: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(UTC))

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        height = metrics.height() + self._small(option.font).pointSizeF() * 1.6
        return QSize(200, int(height) + 2 * self.PADDING)

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        conversation = index.data(ConversationRole)
        if not isinstance(conversation, Conversation):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if isinstance(widget, QAbstractItemView) and widget.indexWidget(index) is not None:
            return  # the title editor covers this row
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        muted = muted_color(palette, selected)
        rect = opt.rect.adjusted(self.PADDING + 2, self.PADDING - 2, -self.PADDING, 0)
        font: QFont = opt.font
        metrics = QFontMetrics(font)
        painter.save()
        if conversation.pinned:
            pin_size = metrics.height() - 2
            pin_rect = QRect(rect.right() - pin_size, rect.top() + 2, pin_size, pin_size)
            draw_pin(painter, pin_rect, muted)
            rect.setRight(rect.right() - pin_size - 4)
        painter.setFont(font)
        painter.setPen(text_color)
        title = metrics.elidedText(
            display_title(conversation), Qt.TextElideMode.ElideRight, rect.width()
        )
        title_rect = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )
        small = self._small(font)
        painter.setFont(small)
        painter.setPen(muted)
        small_metrics = QFontMetrics(small)
        when_rect = QRect(
            rect.left(), title_rect.bottom() + 3, rect.width(), small_metrics.height()
        )
        painter.drawText(
            when_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            relative_time(conversation.updated, self._now()),
        )
        painter.restore()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("renameEditor")
        editor.setAccessibleName(translate("ChatList", "Chat title"))
        editor.setPlaceholderText(translate("ChatList", "Automatic title"))

        editor.setFrame(True)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect: QRect = option.rect
        height = editor.sizeHint().height()
        editor.setGeometry(
            rect.left() + 4, rect.top() + (rect.height() - height) // 2, rect.width() - 8, height
        )
