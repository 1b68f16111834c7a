"""The Python runner's child process: isolate itself, wait for code, run it, exit.

Run as ``python -I -B -u sandbox_child.py CONFIG_JSON``; it imports nothing from Qwen Desk.
Started ahead of time (the runner keeps one warm), it applies its limits and network
isolation first, prints one header line saying what it could enforce, then blocks reading
the code from stdin. Exit codes: 0 done, 1 the code raised, 3 out of memory.
"""

from __future__ import annotations

import ast
import json
import os
import sys
import traceback
import types
from typing import Any

HEADER = "\x1eqwen-desk-sandbox "  # first stdout line; the runner strips it
EXIT_ERROR = 1
EXIT_MEMORY = 3
FILENAME = "<python>"

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000

_PROCESS_EVENTS = (
    "os.system",
    "os.exec",
    "os.fork",
    "os.forkpty",
    "os.posix_spawn",
    "os.spawn",
    "os.startfile",
    "subprocess.Popen",
    "pty.spawn",
)
_NETWORK_EVENTS = (
    "socket.connect",
    "socket.bind",
    "socket.sendto",
    "socket.sendmsg",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
)


def isolate_network() -> bool:
    """Move into new user and network namespaces (Linux): no interface but a down loopback.
    False where the kernel or a container's seccomp policy does not allow it."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
        # Map our own ids, or files created in the working folder would have no owner.
        try:
            for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1")):
                with open(f"/proc/self/{name}", "w") as handle:
                    handle.write(text)
            with open("/proc/self/gid_map", "w") as handle:
                handle.write(f"{gid} {gid} 1")
        except OSError:
            return False
        return True
    return libc.unshare(CLONE_NEWNET) == 0  # allowed to a privileged user without userns


def apply_limits(config: dict[str, Any]) -> list[str]:
    """Kernel resource limits where the platform has them; returns the ones set."""
    try:
        import resource
    except ImportError:  # Windows: the runner uses a job object instead
        return []
    wanted = {
        "RLIMIT_AS": int(config["memory_bytes"]),
        "RLIMIT_CPU": int(config["cpu_s"]),
        "RLIMIT_FSIZE": int(config["file_bytes"]),
        "RLIMIT_CORE": 0,
    }
    applied = []
    for name, value in wanted.items():
        which = getattr(resource, name, None)
        if which is None:
            continue
        try:
            _, hard = resource.getrlimit(which)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            resource.setrlimit(which, (value, value))
            applied.append(name)
        except (ValueError, OSError):
            pass
    return applied


def install_guard(block_network: bool) -> None:
    """An audit hook that refuses new processes and, without a network namespace, sockets.
    It stops ordinary code; it is not a security boundary (ctypes can go around it)."""
    import socket

    allowed_families = {getattr(socket, "AF_UNIX", -2)}
    process_events = frozenset(_PROCESS_EVENTS)
    network_events = frozenset(_NETWORK_EVENTS)

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event in process_events or event.startswith("os.exec"):
            raise PermissionError("Starting other programs is switched off in this Python runner.")
        if not block_network:
            return
        blocked = event in network_events
        if event == "socket.__new__":
            blocked = args[1] not in allowed_families
        if blocked:
            raise PermissionError("Network access is switched off in this Python runner.")

    sys.addaudithook(hook)


def run_code(code: str) -> int:
    """Run ``code`` as a fresh ``__main__``; a last bare expression is printed, as in a REPL."""
    import linecache

    linecache.cache[FILENAME] = (len(code), None, code.splitlines(True), FILENAME)
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = __builtins__
    sys.modules["__main__"] = main
    try:
        tree = ast.parse(code, FILENAME)
        last = tree.body[-1] if tree.body else None
        if isinstance(last, ast.Expr):
            tree.body.pop()
        else:
            last = None
        exec(compile(tree, FILENAME, "exec"), main.__dict__)
        if last is not None:
            value = eval(compile(ast.Expression(last.value), FILENAME, "eval"), main.__dict__)
            if value is not None:
                print(repr(value))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except MemoryError:
        sys.stderr.write("MemoryError: the program ran out of memory\n")
        return EXIT_MEMORY
    except BaseException as exc:
        tb = exc.__traceback__
        if tb is not None and tb.tb_frame.f_code is run_code.__code__:
            tb = tb.tb_next  # leave this frame out: the user wrote none of it
        traceback.print_exception(type(exc), exc, tb)
        return EXIT_ERROR
    finally:
        sys.stdout.flush()
    return 0


def main(argv: list[str]) -> int:
    config = json.loads(argv[1])
    for stream in (sys.stdout, sys.stderr):  # output before a kill must reach the runner
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(write_through=True)
    os.chdir(config["workdir"])
    network = "namespace" if config.get("isolate_network") and isolate_network() else ""
    limits = apply_limits(config)
    install_guard(block_network=not network)
    facts = {"network": network or "audit-hook", "limits": limits, "pid": os.getpid()}
    sys.stdout.write(HEADER + json.dumps(facts) + "\n")
    sys.stdout.flush()
    job = json.loads(sys.stdin.read())
    return run_code(job["code"])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
