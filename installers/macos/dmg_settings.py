"""dmgbuild settings for Qwen Desk's disk image (installers/macos/build.sh runs this).

    dmgbuild -s installers/macos/dmg_settings.py -D app="dist/Qwen Desk.app" \
        "Qwen Desk" "dist/Qwen-Desk-<version>-macos-<arch>.dmg"

A window with the app and a link to /Applications side by side (drag to install), the
app's icon as the volume icon. `defines` is provided by dmgbuild.
"""

import os.path

application = defines.get("app", "dist/Qwen Desk.app")  # noqa: F821
appname = os.path.basename(application)

format = defines.get("format", "ULFO")  # noqa: F821  (lzfse: macOS 10.11+, quick to open)
size = None  # computed from the contents

files = [application]
symlinks = {"Applications": "/Applications"}
icon = defines.get("icon", "resources/icons/qwen-desk.icns")  # noqa: F821 (from the repo root)

background = "builtin-arrow"
window_rect = ((200, 120), (640, 360))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 13
icon_locations = {appname: (160, 170), "Applications": (480, 170)}
