"""What must be true before Qt and QtWebEngine start: Chromium's sandbox flag, a display.

Both are checked before ``QApplication`` exists, because the failures they prevent end the
process from native code (Chromium exits when run as root with its sandbox on; Qt aborts when
its X11 plugin cannot load) and leave the user with no window and no explanation. No Qt
import here except Qt's plugin folder, read only when a display is checked.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import sys
from collections.abc import Callable, MutableMapping
from pathlib import Path

log = logging.getLogger(__name__)

FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"
NO_SANDBOX = "--no-sandbox"
# Qt's X11 plugin (Qt >= 6.5) links these; Debian/Ubuntu package for each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
_logged_root = False


def prepare_webengine_environment(
    environ: MutableMapping[str, str] | None = None,
    *,
    euid: int | None = None,
    platform: str | None = None,
) -> bool:
    """Add ``--no-sandbox`` to QTWEBENGINE_CHROMIUM_FLAGS when running as root on Linux.

    Chromium refuses to run as root with its sandbox on and exits the whole process, so
    without this the app (and every GUI test run as root) ends with no window. Whatever the
    user set is kept. Call before ``QApplication`` is made; returns whether the flag was added.
    """
    global _logged_root
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    if euid is None:
        euid = os.geteuid()
    if euid != 0:
        return False
    flags = environ.get(FLAGS_ENV, "")
    if NO_SANDBOX in flags.split():
        return False
    environ[FLAGS_ENV] = f"{flags} {NO_SANDBOX}".strip()
    if not _logged_root:
        _logged_root = True
        log.warning(
            "Running as root: the transcript's web engine (Chromium) cannot use its sandbox "
            "as root, so it starts with %s. Run Qwen Desk as a normal user to keep it.",
            NO_SANDBOX,
        )
    return True


def qt_platform(environ: MutableMapping[str, str]) -> str:
    """The platform plugin Qt will pick: QT_QPA_PLATFORM, else Wayland in a Wayland
    session, else X11 (xcb)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def _xcb_plugin() -> Path:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms" / "libqxcb.so"


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(
    environ: MutableMapping[str, str] | None = None,
    *,
    platform: str | None = None,
    loadable: Callable[[str], bool] = _loadable,
    plugin: Callable[[], Path] = _xcb_plugin,
    euid: int | None = None,
) -> str | None:
    """Why Qt cannot open a window here (X11 libraries missing, no display), with the one
    command that fixes it; ``None`` when nothing is known to be wrong."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux") or qt_platform(environ) != "xcb":
        return None
    xcb = plugin()
    if xcb.is_file() and not loadable(str(xcb)):
        missing = [name for name in XCB_LIBRARIES if not loadable(name)]
        if missing:
            return missing_libraries_message(missing, euid=euid)
    if not environ.get("DISPLAY"):
        return (
            "Qwen Desk cannot open its window: no display was found (DISPLAY is not set). "
            "Start it from your desktop session, or over SSH with X forwarding (ssh -X)."
        )
    return None


def missing_libraries_message(missing: list[str], *, euid: int | None = None) -> str:
    """The plain message for missing X11 libraries, naming the command that installs them."""
    names = ", ".join(missing)
    text = (
        f"Qwen Desk cannot open its window: Qt needs system libraries that are missing ({names})."
    )
    if shutil.which("apt-get"):
        root = (os.geteuid() if euid is None else euid) == 0
        packages = " ".join(XCB_LIBRARIES[name] for name in missing)
        command = f"{'' if root else 'sudo '}apt-get install {packages}"
        return f"{text} Install them with:\n    {command}\n(`make system-deps` does the same.)"
    return f"{text} Install your system's packages that provide them, then start Qwen Desk again."
