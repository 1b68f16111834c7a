"""Smoke-test a frozen Linux build the way a user would meet it: from outside the source tree,
with a clean environment (no .venv on PATH, HOME an empty folder).

    python installers/linux/smoke.py dist/qwen-desk self-test
    python installers/linux/smoke.py dist/qwen-desk screenshot dist/screenshots/qwen-desk-linux.png

self-test   runs `qwen-desk --self-test` (tiny model built in the bundle, real llama.cpp)
            and needs exit code 0 and "self-test ok".
screenshot  starts the real window under xvfb-run, waits for the "Qwen Desk" window to be
            mapped and painted, takes a screenshot of it (ImageMagick's `import`), checks
            that the picture is not blank and that the app is still running, then closes it.
            Needs the Debian packages xvfb, xauth, x11-utils and imagemagick.

As root (containers, CI) Chromium refuses to start without --no-sandbox; the app adds it
itself then (desktop/gui/webengine_setup.py), so these runs set no Chromium flag: they check
that the product starts as root on its own.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXE = "qwen-desk"
WINDOW_TITLE = "Qwen Desk"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    env.update(extra)
    return env


def self_test(app: Path, timeout: float = 300) -> int:
    with tempfile.TemporaryDirectory(prefix="qwen-desk-smoke-") as tmp:
        home = Path(tmp, "home")
        home.mkdir()
        started = time.monotonic()
        res = subprocess.run(
            [str(app / EXE), "--self-test"],
            cwd=tmp,
            env=clean_env(home, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    took = time.monotonic() - started
    print(res.stdout.strip())
    if res.returncode != 0 or "self-test ok" not in res.stdout:
        print(f"frozen --self-test FAILED (exit {res.returncode}):\n{res.stderr}", file=sys.stderr)
        return 1
    print(f"frozen --self-test passed in {took:.1f} s (clean env, cwd outside the tree)")
    return 0


def screenshot(app: Path, out: Path, timeout: float = 120) -> int:
    """Runs this script again inside xvfb-run (the `_inside` command)."""
    missing = [t for t in ("xvfb-run", "xauth", "xwininfo", "import") if not shutil.which(t)]
    if missing:
        print(f"missing tools {missing}: apt-get install xvfb xauth x11-utils imagemagick")
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        "xvfb-run",
        "--auto-servernum",
        "--server-args=-screen 0 1440x900x24 -nolisten tcp",
        sys.executable,
        __file__,
        str(app),
        "_inside",
        str(out.resolve()),
        str(timeout),
    ]
    return subprocess.run(cmd, check=False).returncode


def _window_id() -> tuple[str, int, int] | None:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], capture_output=True, text=True, check=False
    ).stdout
    for line in tree.splitlines():
        m = re.match(rf'\s*(0x[0-9a-f]+) "{re.escape(WINDOW_TITLE)}[^"]*": .*?(\d+)x(\d+)', line)
        if m and int(m.group(2)) >= 400 and int(m.group(3)) >= 300:
            return m.group(1), int(m.group(2)), int(m.group(3))
    return None


def _webengine_helpers(app: Path) -> int:
    """How many QtWebEngineProcess helpers from this bundle are running."""
    count = 0
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            argv0 = cmdline.read_bytes().split(b"\0", 1)[0].decode(errors="replace")
        except OSError:
            continue
        if argv0.startswith(str(app)) and argv0.endswith("QtWebEngineProcess"):
            count += 1
    return count


def _fallback_reason(home: Path) -> str | None:
    """The app logs a warning when the rich (QtWebEngine) transcript could not be used."""
    for log in home.rglob("*.log"):
        for line in log.read_text(errors="replace").splitlines():
            if "rich transcript failed" in line or "QtWebEngine could not be loaded" in line:
                return line
    return None


def _picture_stats(path: Path) -> tuple[int, float]:
    """(number of distinct colours, grey-level standard deviation): blank pictures have ~0."""
    from PIL import Image, ImageStat

    with Image.open(path) as im:
        rgb = im.convert("RGB")
        colours = len(rgb.getcolors(maxcolors=1 << 20) or [])
        return colours, ImageStat.Stat(rgb.convert("L")).stddev[0]


def inside(app: Path, out: Path, timeout: float) -> int:
    with tempfile.TemporaryDirectory(prefix="qwen-desk-smoke-") as tmp:
        home = Path(tmp, "home")
        home.mkdir()
        log = Path(tmp, "app.log")
        env = clean_env(home, DISPLAY=os.environ["DISPLAY"])
        if "XAUTHORITY" in os.environ:
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
        with log.open("w") as log_file:
            proc = subprocess.Popen(
                [str(app / EXE)], cwd=tmp, env=env, stdout=log_file, stderr=subprocess.STDOUT
            )
        try:
            deadline = time.monotonic() + timeout
            found = None
            while time.monotonic() < deadline and proc.poll() is None:
                found = _window_id()
                if found:
                    break
                time.sleep(0.5)
            if not found:
                print(f"no '{WINDOW_TITLE}' window (exit {proc.poll()}):\n{log.read_text()}")
                return 1
            window, width, height = found
            # The transcript is a QtWebEngine page: give Chromium time to paint it.
            time.sleep(8)
            if proc.poll() is not None:
                print(f"the app quit after showing its window:\n{log.read_text()}")
                return 1
            subprocess.run(["import", "-window", window, str(out)], check=True)
            wm_class = (
                subprocess.run(
                    ["xprop", "-id", window, "WM_CLASS"], capture_output=True, text=True
                ).stdout.strip()
                if shutil.which("xprop")
                else "?"
            )
            colours, spread = _picture_stats(out)
            helpers = _webengine_helpers(app)
            print(
                f"window {window} {width}x{height}, {wm_class}; {helpers} QtWebEngineProcess "
                f"helper(s); screenshot {out} ({colours} colours, grey stddev {spread:.1f})"
            )
            if colours < 16 or spread < 2:
                print("the screenshot is blank")
                return 1
            fallback = _fallback_reason(home)
            if fallback or not helpers:
                print(f"QtWebEngine is not working in the bundle: {fallback or 'no helper'}")
                return 1
            if "Traceback" in log.read_text():
                print(f"the app logged a traceback:\n{log.read_text()}")
                return 1
            return 0
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", type=Path, help="the PyInstaller folder (dist/qwen-desk)")
    parser.add_argument("what", choices=["self-test", "screenshot", "_inside"])
    parser.add_argument("out", nargs="?", type=Path, help="screenshot file (.png)")
    parser.add_argument("timeout", nargs="?", type=float, default=120)
    args = parser.parse_args(argv)
    app = args.app.resolve()
    if args.what == "self-test":
        return self_test(app)
    if args.out is None:
        parser.error("screenshot needs an output file")
    if args.what == "screenshot":
        return screenshot(app, args.out, args.timeout)
    return inside(app, args.out, args.timeout)


if __name__ == "__main__":
    sys.exit(main())
