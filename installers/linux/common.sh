# Shared by build.sh and appimage.sh (sourced, run from the repository root).
# Needs $PYTHON. Sets VERSION, APP_ID, NAME, HERE; defines metainfo and install_share.
HERE=installers/linux
APP_ID=io.github.qwendesk.QwenDesk
NAME=qwen-desk
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"

# The AppStream file with this version's release entry (the version lives in pyproject only;
# the date is the last commit's, or SOURCE_DATE_EPOCH's, so rebuilds give the same file).
metainfo() {
  local date
  date="$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y-%m-%d)"
  sed "s|</component>|  <releases>\n    <release version=\"$VERSION\" date=\"$date\"/>\n  </releases>\n</component>|" \
    "$HERE/$APP_ID.metainfo.xml"
}

# Icons (hicolor), .desktop and metainfo under a prefix: $1/share/...
install_share() {
  local share="$1/share" size
  install -Dm644 "$HERE/$APP_ID.desktop" "$share/applications/$APP_ID.desktop"
  mkdir -p "$share/metainfo"
  metainfo > "$share/metainfo/$APP_ID.metainfo.xml"
  for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "resources/icons/png/qwen-desk-$size.png" \
      "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
  install -Dm644 resources/icons/qwen-desk.svg "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
}
