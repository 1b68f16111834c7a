#!/usr/bin/env bash
# macOS build: "Qwen Desk.app" and a .dmg, optionally signed and notarised.
# Run on a Mac (Apple Silicon or Intel) from anywhere; installers/README.md has the set-up.
#
#   installers/macos/build.sh                  # unsigned (ad-hoc) .app + .dmg, self-tested
#   CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)" installers/macos/build.sh
#   CODESIGN_IDENTITY=... NOTARY_PROFILE=qwen-desk-notary installers/macos/build.sh
#
# CODESIGN_IDENTITY  sign every binary inside-out with the hardened runtime (needed for
#                    notarisation); the QtWebEngine helper gets its own entitlements.
# NOTARY_PROFILE     a `xcrun notarytool store-credentials` profile: notarise the .dmg and
#                    staple the ticket to it. Needs CODESIGN_IDENTITY.
# CLEAN=1            PyInstaller from scratch.
#
# Writes: dist/Qwen Desk.app, dist/Qwen-Desk-<version>-macos-<arm64|x86_64>.dmg
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
HERE=installers/macos
APP="dist/Qwen Desk.app"
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
ARCH="$(uname -m)"
DMG="dist/Qwen-Desk-$VERSION-macos-$ARCH.dmg"
echo "== Qwen Desk $VERSION for macOS ($ARCH)"

# --- 0. tools and the engine we are about to freeze --------------------------------------
"$PYTHON" -m pip install --quiet dmgbuild  # macOS only, so not in the `bundle` extra
"$PYTHON" - <<'PY'
import platform, llama_cpp
print(f"llama-cpp-python {llama_cpp.__version__}, GPU offload: {llama_cpp.llama_supports_gpu_offload()}")
if platform.machine() == "arm64":
    assert llama_cpp.llama_supports_gpu_offload(), "llama-cpp-python was built without Metal"
    import mlx.core, mlx_lm  # noqa: F401  (bundled on Apple Silicon)
PY

# --- 1. the .app --------------------------------------------------------------------------
"$PYTHON" -m PyInstaller --noconfirm ${CLEAN:+--clean} --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/qwen-desk.spec
EXE="$APP/Contents/MacOS/qwen-desk"
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$APP/Contents/Info.plist" \
  | grep -qx io.github.qwendesk.QwenDesk
"$EXE" --version | grep -qx "Qwen Desk $VERSION"

# --- 2. signing (optional) ----------------------------------------------------------------
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  echo "== signing with $CODESIGN_IDENTITY"
  sign() { codesign --force --timestamp --options runtime --sign "$CODESIGN_IDENTITY" "$@"; }
  # Inside-out: loose libraries and executables, then the WebEngine helper, then each
  # framework, then the app itself. (`codesign --deep` is not meant for signing.)
  while IFS= read -r -d '' f; do
    if file -b "$f" | grep -q "Mach-O"; then sign "$f"; fi
  done < <(find "$APP/Contents" -type f ! -path "*.framework/*" \
             ! -path "$APP/Contents/MacOS/qwen-desk" -print0)
  while IFS= read -r -d '' helper; do
    sign --entitlements "$HERE/webengine-helper.entitlements" "$helper"
  done < <(find "$APP/Contents" -type d -name "QtWebEngineProcess.app" -print0)
  while IFS= read -r -d '' fw; do
    sign "$fw"
  done < <(find "$APP/Contents" -type d -name "*.framework" -prune -print0)
  sign --entitlements "$HERE/entitlements.plist" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

# --- 3. self-test of the frozen app (real llama.cpp, Metal on Apple Silicon) --------------
(
  scratch="$(mktemp -d)"
  cd "$scratch" && mkdir home
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" "$ROOT/$EXE" --self-test | tee self-test.txt
  grep -q "self-test ok" self-test.txt
  rm -rf "$scratch"
)

# --- 4. the .dmg --------------------------------------------------------------------------
rm -f "$DMG"
"$(dirname "$PYTHON")/dmgbuild" -s "$HERE/dmg_settings.py" -D app="$APP" \
  -D icon=resources/icons/qwen-desk.icns "Qwen Desk" "$DMG"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi

# --- 5. notarisation (optional) -----------------------------------------------------------
if [ -n "${NOTARY_PROFILE:-}" ]; then
  [ -n "${CODESIGN_IDENTITY:-}" ] || { echo "notarisation needs CODESIGN_IDENTITY" >&2; exit 1; }
  echo "== notarising $DMG (profile $NOTARY_PROFILE)"
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature -vv "$DMG"
fi

echo "== sizes"
du -sh "$APP"
ls -lh "$DMG"
