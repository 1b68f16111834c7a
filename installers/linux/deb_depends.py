"""Work out a .deb's Depends line for a PyInstaller folder: the system libraries it links to.

    python3 installers/linux/deb_depends.py dist/qwen-desk

PyInstaller bundles most libraries but leaves out the ones that must come from the system
(glibc, libGL/libEGL and a few more). This reads every ELF file's NEEDED entries (readelf),
keeps the sonames that the folder does not provide itself, finds each one on this machine
(ldconfig -p) and asks dpkg which package owns it. libc6 gets the newest GLIBC_x.y symbol
version any file needs as its minimum version. Sonames this machine does not have are only
needed by optional Qt plugins (the GTK theme, ...): they are listed on stderr and left out.

Prints the Depends value on stdout. A .deb built this way is for the distribution release it
was built on (as with dpkg-shlibdeps); the tar.gz and AppImage are the portable forms.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) == ELF_MAGIC:
                found.append(path)
    return found


def needed_and_glibc(files: list[Path]) -> tuple[set[str], tuple[int, ...]]:
    needed: set[str] = set()
    glibc: tuple[int, ...] = (2, 17)
    for chunk in (files[i : i + 64] for i in range(0, len(files), 64)):
        out = subprocess.run(
            ["readelf", "-d", "-V", "-W", *map(str, chunk)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LC_ALL": "C"},
        ).stdout
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
        for version in re.findall(r"Name: GLIBC_([0-9.]+)", out):
            glibc = max(glibc, tuple(int(p) for p in version.split(".")))
    return needed, glibc


def system_libraries() -> dict[str, str]:
    """soname -> path for this machine's native libraries (ldconfig's cache)."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    machine = os.uname().machine
    arch_tag = {"x86_64": "x86-64", "aarch64": "AArch64"}.get(machine, machine)
    found: dict[str, str] = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if m and (arch_tag in m.group(2) or "," not in m.group(2)):
            found.setdefault(m.group(1), m.group(3))
    return found


def owning_package(path: str) -> str | None:
    candidates = {path, os.path.realpath(path)}
    for p in list(candidates):  # merged /usr: dpkg may know either spelling
        if p.startswith("/usr/lib/"):
            candidates.add(p[len("/usr") :])
        elif p.startswith("/lib/"):
            candidates.add("/usr" + p)
    for candidate in sorted(candidates):
        res = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if res.returncode == 0:
            return res.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def depends(root: Path) -> tuple[list[str], list[str]]:
    files = elf_files(root)
    provided = {p.name for p in root.rglob("*")}
    needed, glibc = needed_and_glibc(files)
    system = system_libraries()
    packages: set[str] = set()
    missing: list[str] = []
    for soname in sorted(needed - provided):
        path = system.get(soname)
        package = owning_package(path) if path else None
        if package is None:
            missing.append(soname)
        else:
            packages.add(package)
    libc = f"libc6 (>= {'.'.join(map(str, glibc))})"
    result = [libc, *sorted(p for p in packages if p != "libc6")]
    return result, missing


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    result, missing = depends(Path(argv[0]))
    if missing:
        print(
            "deb_depends: not on this machine, left out (optional plugins): " + " ".join(missing),
            file=sys.stderr,
        )
    print(", ".join(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
