"""Interface text in the user's language, without Qt.

Every user-visible string in the app goes through :func:`translate` with a literal context and
a literal source text, so that ``pyside6-lupdate`` finds it (it recognises calls named
``translate`` and ``QT_TRANSLATE_NOOP`` whatever module they come from)::

    from desktop.core.i18n import translate

    label = translate("Composer", "Send")
    note = translate("Library", "{name} is downloaded").format(name=name)
    files = translate("Documents", "%n file(s)", None, count)   # plural forms

Qt-free packages (core, engines, chat, tools, documents, render) call it too: the window
installs Qt's own translation (``QCoreApplication.translate`` with the loaded ``.qm`` files)
through :func:`install` at start-up. Until then, and in headless use, the English source text
is returned with ``%n`` filled in.

Strings defined at import time (tables, constants) are marked with :func:`QT_TRANSLATE_NOOP`
and translated where they are shown: ``translate(context, TABLE[key])``.
"""

from __future__ import annotations

from collections.abc import Callable

Backend = Callable[[str, str, "str | None", int], str]

_backend: Backend | None = None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (``%n`` is replaced by ``n`` when ``n >= 0``)."""
    if _backend is not None:
        return _backend(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it now (for import-time tables)."""
    del context
    return text


def install(backend: Backend | None) -> None:
    """Route :func:`translate` through ``backend`` (the window's Qt translators), or back to
    English with ``None``."""
    global _backend
    _backend = backend
