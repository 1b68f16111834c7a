#!/usr/bin/env bash
# Linux build: the PyInstaller folder, then a .deb, a portable tar.gz and the AppImage's
# AppDir (the .AppImage itself where appimagetool exists: appimage.sh). `make bundle` runs it.
#
#   installers/linux/build.sh            # PyInstaller (incremental) + .deb + tar.gz
#   CLEAN=1 installers/linux/build.sh    # PyInstaller from scratch (--clean)
#   SKIP_PYINSTALLER=1 ...               # repackage the existing dist/qwen-desk
#   DEB_XZ_LEVEL=6 ...                   # smallest .deb (release builds); default 1 (fast)
#
# Needs: the app and its `bundle` extra installed in $PYTHON's environment (default .venv),
# dpkg-deb, readelf/ldconfig/dpkg-query (deb_depends.py), tar, gzip.
# Writes: dist/qwen-desk/                                  the frozen app (onedir)
#         dist/qwen-desk_<version>_<arch>.deb              installs to /opt/qwen-desk
#         dist/qwen-desk-<version>-linux-<machine>.tar.gz  portable folder
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST=dist
WORK=build
# shellcheck source=common.sh
source installers/linux/common.sh
ARCH="$(dpkg --print-architecture 2>/dev/null || echo amd64)"
MACHINE="$(uname -m)"
echo "== Qwen Desk $VERSION for Linux ($ARCH)"

# --- 1. the frozen app --------------------------------------------------------------------
if [ -z "${SKIP_PYINSTALLER:-}" ]; then
  start=$SECONDS
  "$PYTHON" -m PyInstaller --noconfirm ${CLEAN:+--clean} --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" installers/qwen-desk.spec
  echo "== PyInstaller: $((SECONDS - start)) s"
fi
APPDIR="$DIST/$NAME"
test -x "$APPDIR/$NAME" || { echo "no $APPDIR/$NAME: PyInstaller failed" >&2; exit 1; }
"$APPDIR/$NAME" --version | grep -qx "Qwen Desk $VERSION" || {
  echo "the frozen app does not report version $VERSION" >&2; exit 1; }

# --- 2. the .deb --------------------------------------------------------------------------
start=$SECONDS
DEBROOT="$WORK/deb/root"
rm -rf "$WORK/deb" && mkdir -p "$DEBROOT/opt" "$DEBROOT/usr/bin" "$DEBROOT/DEBIAN"
cp -al "$APPDIR" "$DEBROOT/opt/$NAME"  # hard links: quick, no extra space
ln -s "../../opt/$NAME/$NAME" "$DEBROOT/usr/bin/$NAME"
install_share "$DEBROOT/usr"
mkdir -p "$DEBROOT/usr/share/doc/$NAME"
cat > "$DEBROOT/usr/share/doc/$NAME/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Qwen Desk
Source: https://github.com/qwendesk/qwen-desk

Files: *
Copyright: Qwen Desk contributors
License: Apache-2.0
 On Debian systems the full text is in /usr/share/common-licenses/Apache-2.0.
 /opt/$NAME/_internal holds Python, Qt (LGPL-3.0), llama.cpp (MIT) and other
 libraries under their own licences.
EOF

DEPENDS="$("$PYTHON" "$HERE/deb_depends.py" "$APPDIR")"
cat > "$DEBROOT/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Architecture: $ARCH
Maintainer: Qwen Desk contributors <qwendesk@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$DEBROOT" | cut -f1)
Depends: $DEPENDS
Recommends: fontconfig, fonts-dejavu-core | fonts-liberation2, fonts-noto-core, fonts-noto-cjk, hicolor-icon-theme
Section: utils
Priority: optional
Homepage: https://github.com/qwendesk/qwen-desk
Description: chat with Qwen language models on your own computer
 Qwen Desk is a desktop assistant that runs Qwen-family language models
 entirely on this machine with llama.cpp: offline chat, code help and maths
 help, with nothing leaving the computer.
 .
 This package is self-contained (Python, Qt and llama.cpp are in
 /opt/$NAME).
EOF
DEB="$DIST/${NAME}_${VERSION}_${ARCH}.deb"
# xz: readable by every dpkg. Level 1 by default (here: 30 s, 152 MiB); release builds set
# DEB_XZ_LEVEL=6 (5 min on 2 busy cores, 135 MiB).
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-1}" --threads-max="$(nproc)" \
  --build "$DEBROOT" "$DEB" >/dev/null
echo "== .deb: $((SECONDS - start)) s"

# --- 3. the portable tar.gz ---------------------------------------------------------------
start=$SECONDS
TARDIR="$WORK/tar/$NAME-$VERSION"
rm -rf "$WORK/tar" && mkdir -p "$TARDIR"
cp -al "$APPDIR/." "$TARDIR/"
install_share "$TARDIR"
GLIBC="$(echo "$DEPENDS" | sed -n 's/.*libc6 (>= \([0-9.]*\)).*/\1/p')"
cat > "$TARDIR/README.txt" <<EOF
Qwen Desk $VERSION, portable build for Linux ($MACHINE).

Run it:            ./qwen-desk
Check it works:    ./qwen-desk --self-test
Add it to the application menu (optional, for this user):
  mkdir -p ~/.local/bin && ln -sf "\$PWD/qwen-desk" ~/.local/bin/qwen-desk
  cp -r share/applications share/icons share/metainfo ~/.local/share/

Needs glibc $GLIBC or newer, and OpenGL/EGL and X11 or Wayland client libraries from the system.
EOF
TAR="$DIST/$NAME-$VERSION-linux-$MACHINE.tar.gz"
if command -v pigz >/dev/null; then GZ="pigz -6"; else GZ="gzip -6"; fi
tar --owner=0 --group=0 --numeric-owner --sort=name -C "$WORK/tar" -cf - "$NAME-$VERSION" | $GZ > "$TAR"
echo "== tar.gz: $((SECONDS - start)) s"

# --- 4. the AppImage (AppDir here; the .AppImage where appimagetool is installed) ----------
SKIP_PYINSTALLER=1 "$HERE/appimage.sh"

echo "== sizes"
du -sh "$APPDIR" | sed 's/\t/  /'
ls -l "$DEB" "$TAR" | awk '{printf "%s  %.1f MiB\n", $9, $5 / 1048576}'
