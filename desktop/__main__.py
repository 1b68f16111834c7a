"""Entry point: ``python -m desktop`` and the ``qwen-desk`` GUI script."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class _Version(argparse.Action):
    """--version, reading the version only when asked (importlib.metadata costs ~30 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from desktop import __version__

        print(f"Qwen Desk {__version__}")
        parser.exit()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="qwen-desk", description="Qwen Desk: run Qwen models on your own computer."
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start without a window, generate a short reply, print tokens/s and exit",
    )
    parser.add_argument("--model", type=Path, help="model file (GGUF) or MLX folder to use")
    parser.add_argument(
        "--serve",
        action="store_true",
        help="run the local OpenAI-compatible API server without a window (Ctrl+C stops it)",
    )
    parser.add_argument("--host", help="with --serve: address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, help="with --serve: port to listen on (default 8800)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--python-sandbox"]:
        # A frozen app is its own Python: the local Python runner starts it this way.
        from desktop.tools.sandbox_child import main as sandbox_main

        return sandbox_main(argv)
    args = parse_args(argv)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test(args.model)
    if args.serve:  # no Qt in this path
        from desktop.server.headless import serve

        return serve(args.model, args.host, args.port)
    from desktop.app import run_app

    return run_app(model=args.model)


if __name__ == "__main__":
    sys.exit(main())
