#!/usr/bin/env bash
# AppImage recipe: lays out build/appimage/QwenDesk.AppDir from the PyInstaller folder
# (dist/qwen-desk, built by build.sh) and, where appimagetool is installed, packs it into
# dist/Qwen_Desk-<version>-<machine>.AppImage.
#
#   installers/linux/appimage.sh                             # AppDir; AppImage if the tool is found
#   APPIMAGETOOL=/path/to/appimagetool-x86_64.AppImage installers/linux/appimage.sh
#
# appimagetool is not in PyPI or Debian, so this machine builds and checks the AppDir only;
# the CI workflow (.github/workflows/build.yml) downloads appimagetool from the AppImage
# project's GitHub releases and makes the .AppImage there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
# shellcheck source=common.sh
source installers/linux/common.sh
MACHINE="$(uname -m)"
test -x "dist/$NAME/$NAME" || { echo "build dist/$NAME first (installers/linux/build.sh)" >&2; exit 1; }

APPDIR_ROOT=build/appimage/QwenDesk.AppDir
rm -rf build/appimage && mkdir -p "$APPDIR_ROOT/usr/lib" "$APPDIR_ROOT/usr/bin"
cp -al "dist/$NAME" "$APPDIR_ROOT/usr/lib/$NAME"  # hard links: quick, no extra space
ln -s "../lib/$NAME/$NAME" "$APPDIR_ROOT/usr/bin/$NAME"
install_share "$APPDIR_ROOT/usr"

# The AppDir's top level: AppRun, the .desktop file and the icon (appimagetool wants them).
cat > "$APPDIR_ROOT/AppRun" <<'EOF'
#!/bin/sh
# Qwen Desk AppImage entry point: the PyInstaller executable inside the mounted image.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/qwen-desk/qwen-desk" "$@"
EOF
chmod 755 "$APPDIR_ROOT/AppRun"
cp "$HERE/$APP_ID.desktop" "$APPDIR_ROOT/$APP_ID.desktop"
cp resources/icons/png/qwen-desk-256.png "$APPDIR_ROOT/$APP_ID.png"
ln -s "$APP_ID.png" "$APPDIR_ROOT/.DirIcon"
echo "== AppDir: $APPDIR_ROOT"

TOOL="${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-"$MACHINE".AppImage || true)}"
if [ -z "$TOOL" ]; then
  echo "== AppImage skipped: appimagetool is not installed (not in PyPI or Debian)."
  echo "   Follow-up: set APPIMAGETOOL=<appimagetool-$MACHINE.AppImage> and rerun; CI does."
  exit 0
fi
OUT="dist/Qwen_Desk-$VERSION-$MACHINE.AppImage"
# APPIMAGE_EXTRACT_AND_RUN: the tool (itself an AppImage) runs where FUSE is missing (CI).
APPIMAGE_EXTRACT_AND_RUN=1 ARCH="$MACHINE" "$TOOL" "$APPDIR_ROOT" "$OUT"
ls -lh "$OUT"
