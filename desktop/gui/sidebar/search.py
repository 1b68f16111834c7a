"""Search results in the sidebar: a paged model over ``HistoryStore.search`` and a delegate
that paints each hit as its chat title over the snippet, with every match highlighted."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core.history.store import HistoryError, HistoryStore, SearchHit
from desktop.gui.sidebar.models import AnyIndex, muted_color, relative_time, untitled

SEARCH_PAGE = 50
HitRole = Qt.ItemDataRole.UserRole + 11
# A marker-pen yellow reads well on light and dark backgrounds and on the selection colour.
MARK_BACKGROUND = "#ffd84d"
MARK_FOREGROUND = "#1b1b1b"


def trim_segments(
    segments: list[tuple[str, bool]], before: int = 36, total: int = 140
) -> list[tuple[str, bool]]:
    """Cut a snippet so its first match comes early (it stays visible in two lines)."""
    first = next((i for i, (_, hit) in enumerate(segments) if hit), None)
    out = [(text.replace("\n", " "), hit) for text, hit in segments]
    if first is not None and first > 0:
        lead = "".join(text for text, _ in out[:first])
        if len(lead) > before:
            out = [("…" + lead[-before:].lstrip(), False), *out[first:]]
    kept: list[tuple[str, bool]] = []
    used = 0
    for text, hit in out:
        room = total - used
        if len(text) > room and not hit:
            kept.append((text[:room].rstrip() + "…", False))
            break
        kept.append((text, hit))
        used += len(text)
    return kept


def snippet_html(hit: SearchHit) -> str:
    """The hit's snippet as rich text, matches bold on a marker-yellow background."""
    parts = []
    for text, matched in trim_segments(hit.segments()):
        escaped = html.escape(text)
        if matched:
            parts.append(
                f'<span style="background-color:{MARK_BACKGROUND}; color:{MARK_FOREGROUND}; '
                f'font-weight:600;">{escaped}</span>'
            )
        else:
            parts.append(escaped)
    return "".join(parts)


def plain_snippet(hit: SearchHit) -> str:
    return "".join(text for text, _ in hit.segments())


class SearchResultsModel(QAbstractListModel):
    """The hits for one query, newest first, one row per conversation (its newest hit);
    more are fetched as the view scrolls."""

    failed = Signal(str)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = ""
        self._hits: list[SearchHit] = []
        self._more = False
        self._fetched = 0  # hits read from the store, before one-per-conversation
        self._seen: set[int] = set()

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Run ``query`` (replacing the current results); an empty query clears them."""
        hits = self._search(query, 0) if query.strip() else []
        self.beginResetModel()
        self._query = query
        self._seen = set()
        self._more = len(hits) > SEARCH_PAGE
        self._fetched = min(len(hits), SEARCH_PAGE)
        self._hits = self._new_conversations(hits[:SEARCH_PAGE])
        self.endResetModel()

    def _new_conversations(self, hits: list[SearchHit]) -> list[SearchHit]:
        fresh = []
        for hit in hits:
            if hit.conversation_id not in self._seen:
                self._seen.add(hit.conversation_id)
                fresh.append(hit)
        return fresh

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def _search(self, query: str, offset: int) -> list[SearchHit]:
        try:
            return self._store.search(query, limit=SEARCH_PAGE + 1, offset=offset)
        except HistoryError as error:
            self.failed.emit(str(error))
            return []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        hits = self._search(self._query, self._fetched)
        self._more = len(hits) > SEARCH_PAGE
        self._fetched += min(len(hits), SEARCH_PAGE)
        hits = self._new_conversations(hits[:SEARCH_PAGE])
        if hits:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self._hits.extend(hits)
            self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        title = hit.conversation_title or untitled()
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{title}: {plain_snippet(hit)}"
        if role == HitRole:
            return hit
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """Paints the title (elided) with the hit's age, and two lines of highlighted snippet."""

    PADDING = 8
    SNIPPET_LINES = 2

    def _fonts(self, font: QFont) -> tuple[QFont, QFont]:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        font: QFont = option.font
        bold, _ = self._fonts(font)
        lines = QFontMetrics(bold).height() + QFontMetrics(font).lineSpacing() * 2
        return QSize(200, lines + 2 * self.PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        hit = index.data(HitRole)
        if not isinstance(hit, SearchHit):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = palette.color(role)
        muted = muted_color(palette, selected)
        font: QFont = opt.font
        bold, small = self._fonts(font)
        rect: QRect = opt.rect.adjusted(self.PADDING + 2, self.PADDING - 2, -self.PADDING, 0)
        painter.save()
        # Age on the right of the title line.
        when = relative_time(hit.created)
        small_metrics = QFontMetrics(small)
        when_width = small_metrics.horizontalAdvance(when)
        bold_metrics = QFontMetrics(bold)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), bold_metrics.height())
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when
        )
        painter.setFont(bold)
        painter.setPen(color)
        title = bold_metrics.elidedText(
            hit.conversation_title or untitled(),
            Qt.TextElideMode.ElideRight,
            rect.width() - when_width - 8,
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )
        # The snippet: rich text, clipped to two lines.
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(font)
        document.setTextWidth(rect.width())
        document.setHtml(f'<span style="color:{muted.name()};">{snippet_html(hit)}</span>')
        lines = QFontMetrics(font).lineSpacing() * self.SNIPPET_LINES
        painter.translate(rect.left(), title_rect.bottom() + 3)
        document.drawContents(painter, QRectF(0, 0, rect.width(), lines))
        painter.restore()
