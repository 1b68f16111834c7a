"""The transcript page: its HTML (template + CSS + JS inlined), message markup, JS calls,
and the web channel object through which the page reports clicks back to Python.

Load it with ``view.setHtml(build_page_html(theme, font_px), QUrl(PAGE_BASE_URL))``, then
drive it with ``page.runJavaScript(js_call("appendMessage", id, message_html(...)))``.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from functools import lru_cache
from html import escape

from PySide6.QtCore import QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.paths import resources_dir
from desktop.gui.rendering import gpu_draws_the_page
from desktop.render.code import pygments_css

PAGE_BASE_URL = "qrc:///qwen-desk/chat/"
THEMES = ("system", "light", "dark", "contrast")
ROLE_NAMES = {
    "user": QT_TRANSLATE_NOOP("Transcript", "You"),
    "assistant": QT_TRANSLATE_NOOP("Transcript", "Assistant"),
    "system": QT_TRANSLATE_NOOP("Transcript", "System"),
}
DEFAULT_ACTIONS: dict[str, tuple[str, ...]] = {
    "user": ("copy", "edit", "delete"),
    "assistant": ("copy", "regenerate", "delete"),
    "system": ("copy", "delete"),
}
ACTION_LABELS = {
    "copy": QT_TRANSLATE_NOOP("Transcript", "Copy message"),
    "edit": QT_TRANSLATE_NOOP("Transcript", "Edit"),
    "regenerate": QT_TRANSLATE_NOOP("Transcript", "Regenerate"),
    "delete": QT_TRANSLATE_NOOP("Transcript", "Delete"),
}


@lru_cache(maxsize=8)
def _resource(name: str) -> str:
    return (resources_dir() / "chat" / name).read_text(encoding="utf-8")


def _page_language() -> str:
    """The interface language as the page's ``lang`` (it picks CJK glyph shapes, hyphens)."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "en"
    return locale.bcp47Name()


def page_texts() -> dict[str, str]:
    """The words chat.js writes itself (its ``TEXT`` table), in the interface language."""
    return {
        "copy": translate("CodeBlock", "Copy"),
        "copied": translate("CodeBlock", "Copied"),
        "editLabel": translate("Transcript", "Edit your message"),
        "enterHint": translate(
            "EditBox", "Enter to resend · Shift+Enter for a new line · Esc to cancel"
        ),
        "ctrlEnterHint": translate("EditBox", "Ctrl+Enter to resend · Esc to cancel"),
        "cancel": translate("EditBox", "Cancel"),
        "save": translate("Transcript", "Save & resend"),
    }


def build_page_html(theme: str = "system", font_px: int = 15, still: bool | None = None) -> str:
    """The whole transcript page, self-contained except Qt's own ``qwebchannel.js``.

    ``theme`` is "light", "dark" or "system" (follows ``prefers-color-scheme``). ``still``
    keeps the endless animations (blinking caret, thinking shimmer) still; by default where
    no GPU draws the page. A fresh nonce lets only this page's scripts run, so no injected
    markup ever can.
    """
    if theme not in THEMES:
        raise ValueError(f"theme must be one of {THEMES}, not {theme!r}")
    classes = [] if theme == "system" else [f"theme-{theme}"]
    if not gpu_draws_the_page() if still is None else still:
        classes.append("qd-still")
    nonce = secrets.token_urlsafe(16)
    replacements = {
        "<!--QD:THEME-->": " ".join(classes),
        "<!--QD:FONT_PX-->": str(max(8, min(int(font_px), 48))),
        "<!--QD:NONCE-->": nonce,
        "/*QD:CSS*/": _resource("chat.css"),
        "/*QD:PYGMENTS*/": pygments_css(),
        "/*QD:JS*/": _resource("chat.js"),
        "/*QD:TEXT*/{}": json.dumps(page_texts(), ensure_ascii=False).replace("</", "<\\/"),
        "<!--QD:LANG-->": _page_language(),
        "<!--QD:DIR-->": "rtl"
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        else "ltr",
        "<!--QD:JUMP-->": escape(translate("Transcript", "Jump to latest")),
        "<!--QD:TITLE-->": escape(translate("Transcript", "Conversation")),
    }
    page = _resource("page.html")
    for marker, value in replacements.items():
        page = page.replace(marker, value)
    return page


def js_call(function: str, *args: object) -> str:
    """JavaScript source calling ``qd.<function>`` with JSON-encoded arguments."""
    if not function.isidentifier():
        raise ValueError(f"not a function name: {function!r}")
    return f"qd.{function}({', '.join(json.dumps(arg, ensure_ascii=False) for arg in args)})"


def _button(action: str, label: str, payload: str = "", *, disabled: bool = False) -> str:
    action, label = escape(action), escape(label)
    payload_attr = f' data-payload="{escape(payload)}"' if payload else ""
    return (
        f'<button type="button" class="msg-action act-{action}" data-action="{action}"'
        f'{payload_attr} title="{label}" aria-label="{label}"{" disabled" if disabled else ""}>'
        '<span class="icon" aria-hidden="true"></span></button>'
    )


def _versions(current: int, total: int) -> str:
    return (
        '<span class="msg-versions">'
        + _button(
            "version-prev",
            translate("Transcript", "Previous version"),
            str(current - 1),
            disabled=current <= 1,
        )
        + f'<span class="msg-version">{current}/{total}</span>'
        + _button(
            "version-next",
            translate("Transcript", "Next version"),
            str(current + 1),
            disabled=current >= total,
        )
        + "</span>"
    )


def message_html(
    message_id: str,
    role: str,
    body_html: str,
    *,
    author: str = "",
    time_text: str = "",
    time_iso: str = "",
    stats: Sequence[str] = (),
    actions: Sequence[str] | None = None,
    version: tuple[int, int] | None = None,
    streaming: bool = False,
    error: str = "",
) -> str:
    """One message's outer HTML: header (author, time), body, error note, footer.

    ``body_html`` comes from render.py (trusted); every other field is plain text.
    ``version`` is (current, total), 1-based, for the ‹ 2/3 › switcher.
    """
    role = role if role in ROLE_NAMES else "system"
    name = author or translate("Transcript", ROLE_NAMES[role])
    classes = f"msg msg-{role}" + (" streaming" if streaming else "")
    time_el = ""
    if time_text:
        datetime_attr = f' datetime="{escape(time_iso)}"' if time_iso else ""
        time_el = f'<time class="msg-time"{datetime_attr}>{escape(time_text)}</time>'
    avatar = escape(name[:1].upper() or "?")
    buttons = "".join(
        _button(action, translate("Transcript", ACTION_LABELS.get(action, action.title())))
        for action in (DEFAULT_ACTIONS[role] if actions is None else actions)
    )
    versions = _versions(*version) if version is not None and version[1] > 1 else ""
    stat_items = "".join(f'<span class="stat">{escape(item)}</span>' for item in stats)
    stats_el = f'<div class="msg-stats">{stat_items}</div>' if stat_items else ""
    error_el = f'<div class="msg-error" role="alert">{escape(error)}</div>' if error else ""
    message_id = escape(message_id)
    busy = ' aria-busy="true"' if streaming else ""
    return (
        f'<article class="{classes}" id="msg-{message_id}" data-id="{message_id}" '
        f'data-role="{role}" role="listitem" aria-label="{escape(name)}"{busy}>'
        f'<header class="msg-header"><span class="msg-avatar" aria-hidden="true">{avatar}</span>'
        f'<span class="msg-author">{escape(name)}</span>{time_el}</header>'
        f'<div class="msg-body">{body_html}</div>{error_el}'
        f'<footer class="msg-footer">{versions}{stats_el}'
        f'<div class="msg-actions">{buttons}</div></footer>'
        "</article>"
    )


class ChatBridge(QObject):
    """The page's channel back to Python; registered as ``bridge`` on the web channel.

    ``action_requested(kind, message_id, payload)``: kind is a button's ``data-action``
    ("copy", "regenerate", "edit", "delete", "version-prev", "version-next"; a tool card's
    "tool-approve" and "tool-show-all"; a code block's "run-code" and "stop-code"), "link"
    (payload is the URL) or "copy-text" (payload is text for the clipboard, e.g. a code
    block). An approval carries the card's one-time token: a forged one is refused.
    """

    action_requested = Signal(str, str, str)

    @Slot(str, str, str)
    def action(self, kind: str, message_id: str, payload: str) -> None:
        self.action_requested.emit(kind, message_id, payload)


def attach_bridge(page: QWebEnginePage, bridge: ChatBridge) -> QWebChannel:
    """Expose ``bridge`` to the page; call before loading it. The page owns the channel."""
    channel = QWebChannel(page)
    channel.registerObject("bridge", bridge)
    page.setWebChannel(channel)
    return channel
