"""llama-cpp-python's own OpenAI-compatible server (``llama_cpp.server``), run in a
subprocess on 127.0.0.1 for the remote engine's tests and benchmark.

Run as a script it is that server, unchanged, except that models load without llama.cpp's
extra CPU buffer types where those crash (AMX CPUs; see llamacpp_support.extra_buffers_safe),
exactly as our own engine loads them.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

ALIAS = "smollm2-135m"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LlamaServer:
    """Starts the server, waits until it lists its model, and kills it on exit."""

    def __init__(
        self,
        model: Path,
        log_path: Path,
        *,
        api_key: str = "",
        n_threads: int = 1,
        n_ctx: int = 2048,
    ) -> None:
        self.model = model
        self.log_path = log_path
        self.api_key = api_key
        self.n_threads = n_threads
        self.n_ctx = n_ctx
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> LlamaServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self, timeout: float = 120.0) -> None:
        args = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--model",
            str(self.model),
            "--model_alias",
            ALIAS,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
            "--n_threads",
            str(self.n_threads),
            "--n_threads_batch",
            str(self.n_threads),
            "--verbose",
            "False",
            # One request at a time, to the end: a new request must not cut a running one,
            # so a test can tell that the server stopped because the client went away.
            "--interrupt_requests",
            "False",
        ]
        if self.api_key:
            args += ["--api_key", self.api_key]
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
        self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        request = urllib.request.Request(f"{self.base_url}/models")
        if self.api_key:
            request.add_header("Authorization", f"Bearer {self.api_key}")
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited early:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(request, timeout=2) as response:
                    if json.load(response).get("data"):
                        return
            except (OSError, ValueError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"llama_cpp.server did not start in {timeout:g} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()


def main() -> None:
    from llama_cpp.server.__main__ import main as serve

    from desktop.engines.llamacpp_support import extra_buffers_safe, model_params_hook

    with model_params_hook(None, use_extra_bufts=extra_buffers_safe()):
        serve()


if __name__ == "__main__":
    main()
