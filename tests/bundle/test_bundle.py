"""The Linux installers that `make bundle` builds: the .deb's layout and metadata, and the
frozen app running from outside the source tree with a clean environment.

Building takes minutes, so these run only when QWEN_DESK_BUNDLE_DIR names the PyInstaller
folder (dist/qwen-desk); `make test-bundle` builds everything and sets it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

BUNDLE_ENV = "QWEN_DESK_BUNDLE_DIR"
if not os.environ.get(BUNDLE_ENV):
    pytest.skip(f"{BUNDLE_ENV} is not set: run `make test-bundle`", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.qwendesk.QwenDesk"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
BUNDLE = Path(os.environ[BUNDLE_ENV]).resolve()
DIST = BUNDLE.parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def clean_env(home: Path) -> dict[str, str]:
    """What `env -i PATH=/usr/bin:/bin HOME=<empty> QT_QPA_PLATFORM=offscreen` gives."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def run_clean(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    home = cwd / "empty-home"
    home.mkdir(exist_ok=True)
    assert not any(home.iterdir())
    return subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=clean_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )


def only(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    assert len(found) == 1, f"expected one {pattern} in {DIST}, found {found}"
    return found[0]


@pytest.fixture(scope="module")
def deb() -> Path:
    return only(f"qwen-desk_{VERSION}_*.deb")


@pytest.fixture(scope="module")
def deb_root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The .deb unpacked into a scratch root (`dpkg -x`), as it would be installed."""
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working folder outside the source tree."""
    assert not tmp_path.resolve().is_relative_to(ROOT)
    return tmp_path


# --- the .deb --------------------------------------------------------------------------


def test_deb_control_fields(deb: Path) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: qwen-desk\n" in fields
    assert f"Version: {VERSION}\n" in fields
    assert "Depends: libc6 (>= 2." in fields


def test_deb_installs_launcher_desktop_file_icons_and_metainfo(deb_root: Path) -> None:
    launcher = deb_root / "usr/bin/qwen-desk"
    assert launcher.is_symlink()
    target = launcher.resolve()
    assert target == (deb_root / "opt/qwen-desk/qwen-desk").resolve()
    assert os.access(target, os.X_OK)
    assert (deb_root / f"usr/share/applications/{APP_ID}.desktop").is_file()
    assert (deb_root / f"usr/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    assert (deb_root / f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()

    from PIL import Image

    for size in ICON_SIZES:
        png = deb_root / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"

    # the app's own resources, where desktop/core/paths.py looks in a frozen build
    internal = deb_root / "opt/qwen-desk/_internal"
    assert (internal / "resources/catalog.json").is_file()
    assert (internal / "resources/chat/page.html").is_file()
    assert (internal / "llama_cpp/lib/libllama.so").exists()


def test_desktop_file_validates_and_points_at_launcher_and_icon(deb_root: Path) -> None:
    desktop = deb_root / f"usr/share/applications/{APP_ID}.desktop"
    res = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "error" not in res.stdout.lower()
    entries = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)
    assert entries["Exec"].split()[0] == "qwen-desk"
    assert (deb_root / "usr/bin" / entries["Exec"].split()[0]).exists()
    assert entries["Icon"] == APP_ID


def test_metainfo_validates_and_carries_this_version(deb_root: Path) -> None:
    metainfo = deb_root / f"usr/share/metainfo/{APP_ID}.metainfo.xml"
    res = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout + res.stderr
    tree = ET.parse(metainfo)
    assert tree.findtext("id") == APP_ID
    assert tree.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    releases = tree.findall("releases/release")
    assert releases
    assert releases[0].get("version") == VERSION


# --- the frozen app, as installed --------------------------------------------------------


def test_installed_app_self_test_in_a_clean_environment(deb_root: Path, outside: Path) -> None:
    res = run_clean(deb_root / "usr/bin/qwen-desk", "--self-test", cwd=outside)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "self-test ok" in res.stdout
    assert "via llama.cpp" in res.stdout


def test_installed_app_reports_pyproject_version(deb_root: Path, outside: Path) -> None:
    res = run_clean(deb_root / "usr/bin/qwen-desk", "--version", cwd=outside)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == f"Qwen Desk {VERSION}"


# --- the portable tar.gz -----------------------------------------------------------------


def test_tarball_runs_from_where_it_is_unpacked(outside: Path) -> None:
    tarball = only(f"qwen-desk-{VERSION}-linux-*.tar.gz")
    with tarfile.open(tarball) as tar:
        tops = {name.split("/", 1)[0] for name in tar.getnames()}
        assert tops == {f"qwen-desk-{VERSION}"}
        tar.extractall(outside, filter="tar")
    folder = outside / f"qwen-desk-{VERSION}"
    assert (folder / f"share/applications/{APP_ID}.desktop").is_file()
    res = run_clean(folder / "qwen-desk", "--self-test", cwd=outside)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "self-test ok" in res.stdout


# --- the AppImage's AppDir (the .AppImage itself needs appimagetool: CI) --------------------


def test_appdir_has_appimage_layout_and_runs(outside: Path) -> None:
    appdir = ROOT / "build/appimage/QwenDesk.AppDir"
    if not appdir.is_dir():
        pytest.skip("no AppDir: installers/linux/appimage.sh has not run")
    for name in ("AppRun", f"{APP_ID}.desktop", f"{APP_ID}.png", ".DirIcon"):
        assert (appdir / name).exists(), name
    assert (appdir / f"usr/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    res = run_clean(appdir / "AppRun", "--self-test", cwd=outside)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "self-test ok" in res.stdout


# --- what is (not) in the bundle ---------------------------------------------------------


def test_bundle_is_trimmed() -> None:
    internal = BUNDLE / "_internal"
    qt = internal / "PySide6/Qt"
    assert not (qt / "qml").exists(), "QML is not used; its plugins pull in ~100 MB"
    # Qt's own texts only for the interface languages (qtbase has no Nepali), ours for each.
    assert sorted(p.name for p in qt.rglob("*.qm")) == ["qtbase_es.qm", "qtbase_zh_CN.qm"]
    assert sorted(p.name for p in (qt / "translations/qtwebengine_locales").iterdir()) == [
        "en-US.pak",
        "es.pak",
        "zh-CN.pak",
    ]
    ours = sorted(p.name for p in (internal / "desktop/translations").glob("*.qm"))
    assert ours == ["qwen_desk_es.qm", "qwen_desk_ne.qm", "qwen_desk_zh_CN.qm"]
    assert (qt / "libexec/QtWebEngineProcess").is_file()
    assert (qt / "resources/qtwebengine_resources.pak").is_file()
    for unwanted in ("mlx", "mlx_lm", "transformers", "torch", "pytest", "PIL", "hypothesis"):
        assert not (internal / unwanted).exists(), unwanted
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size: {size / 2**20:.0f} MiB")
    assert size < 600 * 2**20
