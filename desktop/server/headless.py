"""``python -m desktop --serve``: the API server without a window (no Qt is imported), for
scripts, tests and machines without a screen. Ctrl+C or SIGTERM stops it cleanly (exit 0).

It loads ``--model`` (or the model last used in the app) on its own generation thread, then
serves until told to stop, printing one line per request.
"""

from __future__ import annotations

import dataclasses
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from desktop.chat.outcome import LoadFailure, LoadListener
from desktop.chat.runner import EngineRunner
from desktop.core.paths import app_paths
from desktop.core.settings import Settings, load_settings
from desktop.documents.embedder_choice import ChosenEmbedder
from desktop.engines.base import ModelInfo
from desktop.server.backend import RunnerBackend, model_id
from desktop.server.config import ServerConfigError, config_from_settings, is_loopback
from desktop.server.keys import KEY_ENV, headless_key
from desktop.server.request_log import RequestLog, RequestRecord
from desktop.server.thread import ApiServer

log = logging.getLogger(__name__)


class _Load(LoadListener):
    def __init__(self) -> None:
        self.done = threading.Event()
        self.info: ModelInfo | None = None
        self.failure: LoadFailure | None = None

    def progressed(self, fraction: float, phrase: str) -> None:
        print(f"  {phrase} {fraction:.0%}", file=sys.stderr, flush=True)

    def loaded(self, info: ModelInfo) -> None:
        self.info = info
        self.done.set()

    def failed(self, failure: LoadFailure) -> None:
        self.failure = failure
        self.done.set()


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _print_record(record: RequestRecord) -> None:
    print(record.line(), flush=True)


def _load(runner: EngineRunner, settings: Settings, model: Path) -> ModelInfo | None:
    if not model.exists():
        _say(f"The model {model} does not exist. Give the path of a GGUF file or MLX folder.")
        return None
    _say(f"Loading {model.name}…")
    listener = _Load()
    runner.load(model, settings.load_options_for(str(model)), listener)
    listener.done.wait()
    if listener.failure is not None:
        _say(listener.failure.message)
    return listener.info


def serve(model: Path | None = None, host: str | None = None, port: int | None = None) -> int:
    """Run the server until SIGINT or SIGTERM; the exit code (0 after a clean stop)."""
    paths = app_paths().ensure()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    settings = load_settings(paths.settings_file)
    wanted = dataclasses.replace(
        settings.server,
        host=host if host is not None else settings.server.host,
        port=port if port is not None else settings.server.port,
    )
    key = "" if is_loopback(wanted.host) else headless_key()
    try:
        config = config_from_settings(wanted, api_key=key, offline=settings.offline)
    except ServerConfigError as exc:
        hint = f" For a headless server, set the key in {KEY_ENV}." if not key else ""
        _say(f"{exc}{hint}")
        return 2
    if config.host != wanted.host:
        _say("Offline mode is on, so the server listens on 127.0.0.1 only.")
    runner = EngineRunner()
    try:
        return _run(runner, settings, config, model)
    finally:
        runner.shutdown()


def _run(runner: EngineRunner, settings: Settings, config: Any, model: Path | None) -> int:
    start_model = model or (Path(settings.last_model) if settings.last_model else None)
    if start_model is not None:
        if _load(runner, settings, start_model) is None:
            return 1
    else:
        _say("No model given (--model PATH): requests get 503 until one is loaded.")
    requests = RequestLog()
    requests.subscribe(_print_record)
    embedder = ChosenEmbedder(lambda: settings.documents_embedder)
    server = ApiServer(
        RunnerBackend(runner, lambda: settings.generation), config, requests, embedder.get
    )
    try:
        url = server.start()
    except ServerConfigError as exc:
        _say(str(exc))
        return 2
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in _signals()}
    try:
        info = runner.model
        serving = f" serving {model_id(info)}" if info is not None else ""
        _say(f"Qwen Desk API server at {url}{serving}. Press Ctrl+C to stop.")
        if not config.on_loopback:
            _say(f"Listening on {config.host}: clients need the API key.")
        while not stop.wait(0.25):  # short waits: signal handlers run between them
            pass
        _say("Stopping…")
    finally:
        ended = server.stop()
        embedder.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0 if ended else 1


def _signals() -> list[signal.Signals]:
    found = [signal.SIGINT, signal.SIGTERM]
    if hasattr(signal, "SIGBREAK"):  # Ctrl+Break in a Windows console
        found.append(signal.SIGBREAK)
    return found
