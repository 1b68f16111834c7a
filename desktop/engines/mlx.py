"""MLX back end (mlx-lm), for MLX model folders (config.json, *.safetensors, tokenizer).

MLX streams are thread-local, so one worker thread owned by the engine runs every MLX call:
the load and each generation. ``generate`` may be called from any thread; it queues a job
and yields the events the worker sends back. The KV cache is kept across turns and trimmed
to the prefix the next prompt shares with what the cache holds.
"""

from __future__ import annotations

import json
import math
import queue
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.chat_template import CHATML_TEMPLATE
from desktop.core.thinking import ThinkingCapability, detect_capability, prompt_opens_thinking
from desktop.engines.base import (
    EngineNotLoadedError,
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    ProgressCallback,
    StopReason,
)
from desktop.engines.streaming import (
    ReplyAssembler,
    common_prefix_length,
    prepare_messages,
    sampling_for,
    thinking_enabled,
)

STOP_TOKENS = ("<|im_end|>", "<|endoftext|>")  # Qwen's end of turn and end of text
_POLL_S = 0.25  # how often a waiting caller checks that the worker is still alive


class _Session:
    """One loaded model with its tokenizer and KV cache; used on the worker thread only,
    except the tokenizer, which callers share under ``lock``."""

    def __init__(self, model: Any, tokenizer: Any, template: str | None, info: ModelInfo) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.template = template  # None: the tokenizer's own template
        self.info = info
        self.vocab_size = int(model.args.vocab_size) if hasattr(model, "args") else 0
        self.lock = threading.Lock()
        self.cache: list[Any] = []
        self.cache_tokens: list[int] = []  # exactly the tokens the KV cache holds

    def render(self, request: GenerationRequest, thinking: bool) -> str:
        extra = {"chat_template": self.template} if self.template else {}
        with self.lock:
            prompt = self.tokenizer.apply_chat_template(
                prepare_messages(request),
                add_generation_prompt=True,
                enable_thinking=thinking,
                tokenize=False,
                **extra,
            )
        return str(prompt)

    def encode(self, text: str) -> list[int]:
        with self.lock:
            return [int(t) for t in self.tokenizer.encode(text, add_special_tokens=False)]

    def reset_cache(self) -> None:
        from mlx_lm.models.cache import make_prompt_cache

        self.cache = make_prompt_cache(self.model)
        self.cache_tokens = []

    def reuse_cache(self, tokens: list[int]) -> int:
        """Trim the cache to the prefix it shares with ``tokens``; returns the tokens kept.
        At least one prompt token is always left to feed."""
        from mlx_lm.models.cache import can_trim_prompt_cache, trim_prompt_cache

        offset = getattr(self.cache[0], "offset", None) if self.cache else None
        if not self.cache or (isinstance(offset, int) and offset != len(self.cache_tokens)):
            self.reset_cache()
        keep = min(common_prefix_length(self.cache_tokens, tokens), len(tokens) - 1)
        drop = len(self.cache_tokens) - keep
        if drop > 0:
            trimmed: Any = 0
            if keep > 0 and can_trim_prompt_cache(self.cache):
                trimmed = trim_prompt_cache(self.cache, drop)  # returns the count trimmed
            if trimmed != drop:
                self.reset_cache()
                return 0
            del self.cache_tokens[keep:]
        return keep


class _Worker:
    """The one thread that runs MLX for an engine, with a queue of jobs."""

    def __init__(self) -> None:
        self.stopping = threading.Event()
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._closed = False
        # A daemon, so a forgotten unload() cannot keep the app from exiting.
        self._thread = threading.Thread(target=self._run, name="mlx-engine", daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], None]) -> bool:
        with self._lock:
            if self._closed:
                return False
            self._jobs.put(job)
            return True

    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self, last: Callable[[], None]) -> None:
        """Stop the running job at its next token, run ``last``, end the thread and join it."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self.stopping.set()
            self._jobs.put(last)
            self._jobs.put(None)
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()  # jobs report their own errors


class MlxEngine:
    """Runs one MLX model at a time on its own worker thread."""

    name = "mlx"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._worker: _Worker | None = None
        self._session: _Session | None = None  # set and cleared on the worker thread

    # -- loading -------------------------------------------------------------------------

    def load(
        self, model: Path, options: LoadOptions, progress: ProgressCallback | None = None
    ) -> ModelInfo:
        self.unload()
        report = progress or (lambda fraction, phrase: None)
        report(0.0, "Checking the model folder")
        path = Path(model)
        config = check_mlx_folder(path)
        worker = _Worker()
        replies: queue.Queue[tuple[str, Any, Any]] = queue.Queue()
        worker.submit(lambda: self._load_job(path, config, options, replies.put))
        try:
            while True:
                try:
                    kind, first, second = replies.get(timeout=_POLL_S)
                except queue.Empty:
                    if worker.alive():
                        continue
                    raise ModelLoadError("The MLX worker stopped unexpectedly.") from None
                if kind == "progress":
                    report(first, second)
                elif kind == "error":
                    raise first
                else:
                    break
        except BaseException:
            worker.stop(self._drop_session)
            raise
        with self._lock:
            self._worker = worker
        report(1.0, "Ready")
        info: ModelInfo = first
        return info

    def _load_job(
        self,
        path: Path,
        config: dict[str, Any],
        options: LoadOptions,
        put: Callable[[tuple[str, Any, Any]], None],
    ) -> None:
        phase = "weights"
        try:
            import mlx.core as mx
            from mlx.utils import tree_flatten
            from mlx_lm.utils import load_model, load_tokenizer

            _check_architecture(str(config["model_type"]), path)
            put(("progress", 0.05, "Reading the weights"))
            model, config = load_model(path, lazy=True)
            flat: Any = tree_flatten(model.parameters())
            params = [item[1] for item in flat]
            step = max(1, math.ceil(len(params) / 10))
            for start in range(0, len(params), step):
                mx.eval(params[start : start + step])
                done = min(len(params), start + step) / max(1, len(params))
                put(("progress", 0.05 + 0.8 * done, "Loading the weights"))
            phase = "tokenizer"
            put(("progress", 0.9, "Loading the tokenizer"))
            tokenizer = load_tokenizer(path, eos_token_ids=config.get("eos_token_id"))
            session = _new_session(path, config, options, model, tokenizer)
            session.reset_cache()
            self._session = session
            put(("done", session.info, None))
        except ModelLoadError as exc:
            put(("error", exc, None))
        except ImportError as exc:
            message = f"MLX is not available on this computer ({exc}). Use a GGUF model instead."
            put(("error", ModelLoadError(message, "mlx_unavailable"), None))
        except MemoryError:
            message = f"Not enough memory to load {path.name}. Choose a smaller model."
            put(("error", ModelLoadError(message, "out_of_memory"), None))
        except Exception as exc:  # mlx and transformers fail in many ways on bad files
            put(("error", _unreadable(path, phase, exc), None))

    def _drop_session(self) -> None:
        """Free the model on the worker thread, where its arrays live."""
        self._session = None
        try:
            import gc

            import mlx.core as mx

            gc.collect()
            mx.clear_cache()
        except ImportError:
            pass

    def unload(self) -> None:
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop(self._drop_session)

    def info(self) -> ModelInfo | None:
        session = self._session
        return session.info if session is not None else None

    # -- prompting -----------------------------------------------------------------------

    def _require(self) -> _Session:
        session = self._session
        if session is None or self._worker is None:
            raise EngineNotLoadedError()
        return session

    def render_prompt(self, request: GenerationRequest) -> str:
        """The exact text the model will see for ``request`` (for tests and diagnostics)."""
        session = self._require()
        return session.render(request, thinking_enabled(request, session.info.thinking))

    def count_prompt_tokens(self, request: GenerationRequest) -> int:
        return len(self._require().encode(self.render_prompt(request)))

    # -- generation ----------------------------------------------------------------------

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]:
        started = time.perf_counter()
        self._require()
        with self._lock:
            worker = self._worker
        if worker is None:
            raise EngineNotLoadedError()
        stopping = worker.stopping
        events: queue.Queue[Event] = queue.Queue()
        abandoned = threading.Event()

        def stop() -> bool:
            return cancel.is_set() or abandoned.is_set() or stopping.is_set()

        def job() -> None:
            self._generate_job(request, stop, started, events.put)

        if not worker.submit(job):
            raise EngineNotLoadedError()
        try:
            while True:
                try:
                    event = events.get(timeout=_POLL_S)
                except queue.Empty:
                    if worker.alive():
                        continue
                    yield _failed("The MLX worker stopped unexpectedly.")
                    return
                if isinstance(event, Finished):
                    yield event
                    return
                if not cancel.is_set():  # once cancelled, queued text is dropped
                    yield event
        finally:
            abandoned.set()  # also stops the worker when the caller walks away early

    def _generate_job(
        self,
        request: GenerationRequest,
        stop: Callable[[], bool],
        started: float,
        put: Callable[[Event], None],
    ) -> None:
        session = self._session
        if session is None:
            put(_failed("No model is loaded. Load a model first."))
            return
        try:
            thinking = thinking_enabled(request, session.info.thinking)
            prompt = session.render(request, thinking)
            tokens = session.encode(prompt)
        except Exception as exc:  # templates fail in many jinja/python ways
            put(_failed(f"The model's chat template failed: {exc}"))
            return
        n_ctx = session.info.n_ctx
        if len(tokens) >= n_ctx:
            put(
                _failed(
                    f"This conversation needs {len(tokens):,} tokens but the model was loaded "
                    f"with a context of {n_ctx:,}. Start a new chat, drop older turns, or load "
                    "the model with a larger context."
                )
            )
            return
        try:
            cached = session.reuse_cache(tokens)
        except Exception as exc:
            put(_failed(f"The model's cache could not be prepared: {exc}"))
            return
        assembler = ReplyAssembler(
            starts_in_thinking=thinking and prompt_opens_thinking(prompt),
            thinking_budget=request.thinking_budget if thinking else 0,
            prompt_tokens=len(tokens),
            cached_prompt_tokens=cached,
            started=started,
        )
        max_tokens = min(request.max_tokens, n_ctx - len(tokens))
        feed = tokens[cached:]
        for event in self._stream(session, request, thinking, feed, max_tokens, assembler, stop):
            put(event)

    def _stream(
        self,
        session: _Session,
        request: GenerationRequest,
        thinking: bool,
        feed: list[int],
        max_tokens: int,
        assembler: ReplyAssembler,
        stop: Callable[[], bool],
    ) -> Iterator[Event]:
        """Run stream_generate, restarting it once on the same cache if the budget closes
        the thinking. Every token stream_generate returns is already in the cache."""
        reason, error = StopReason.EOS, ""
        detokenizer: Any = None
        try:
            import mlx.core as mx
            from mlx_lm import stream_generate
            from mlx_lm.sample_utils import make_logits_processors, make_sampler

            sampling = sampling_for(request, thinking)
            if sampling.seed >= 0:
                mx.random.seed(sampling.seed)
            top_k = sampling.top_k if 0 < sampling.top_k < session.vocab_size else 0
            sampler = make_sampler(
                temp=sampling.temperature, top_p=sampling.top_p, min_p=sampling.min_p, top_k=top_k
            )
            processors = make_logits_processors(
                repetition_penalty=sampling.repeat_penalty
                if sampling.repeat_penalty != 1.0
                else None,
                presence_penalty=sampling.presence_penalty or None,
            )
            detokenizer = session.tokenizer.detokenizer
            while feed:
                if stop():
                    reason = StopReason.CANCELLED
                    break
                remaining = max_tokens - assembler.generated_tokens
                if remaining <= 0:
                    reason = StopReason.LENGTH
                    break
                prefill = _Prefill(stop)
                responses = stream_generate(
                    session.model,
                    session.tokenizer,
                    prompt=feed,
                    max_tokens=remaining,
                    sampler=sampler,
                    logits_processors=processors,
                    prompt_cache=session.cache,
                    prompt_progress_callback=prefill,
                )
                fed, feed = feed, []
                try:
                    for response in responses:
                        if fed:  # the whole prompt is in the cache once a token arrives
                            session.cache_tokens.extend(fed)
                            fed = []
                        session.cache_tokens.append(int(response.token))
                        if response.finish_reason == "stop":
                            break  # an end-of-turn token: not text
                        detokenizer.add_token(response.token)
                        yield from assembler.on_token(detokenizer.last_segment)
                        if response.finish_reason == "length":
                            reason = StopReason.LENGTH
                            break
                        if stop():
                            reason = StopReason.CANCELLED
                            break
                        if assembler.budget_exhausted:
                            detokenizer.finalize()
                            yield from assembler.on_text(detokenizer.last_segment)
                            detokenizer.reset()
                            text, events = assembler.close_thinking_for_budget()
                            yield from events
                            feed = session.encode(text)
                            break
                except _Stopped:
                    session.cache_tokens.extend(fed[: prefill.done])
                    reason = StopReason.CANCELLED
                finally:
                    responses.close()
        except Exception as exc:  # a model-side failure ends the reply, not the app
            reason, error = StopReason.ERROR, f"Generation failed: {exc}"
            session.cache, session.cache_tokens = [], []  # unknown state: rebuilt next time
        if detokenizer is not None:
            detokenizer.finalize()
            yield from assembler.on_text(detokenizer.last_segment)
        yield from assembler.finish(reason, error)


class _Stopped(Exception):
    """Raised from the prefill callback to stop evaluating a long prompt."""


class _Prefill:
    """Prompt-progress callback: remembers how many prompt tokens are in the cache and
    stops the prefill between chunks when the reply is cancelled."""

    def __init__(self, stop: Callable[[], bool]) -> None:
        self.stop = stop
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        if done < total:  # at done == total the first token is already being fed
            self.done = done
            if self.stop():
                raise _Stopped


def check_mlx_folder(path: Path) -> dict[str, Any]:
    """Check that ``path`` looks like an MLX model folder; returns its config.

    Raises :class:`ModelLoadError` with a plain sentence when it does not.
    """
    if not path.exists():
        raise ModelLoadError(
            f"The model folder {path} does not exist. It may have been moved or deleted.",
            "missing",
        )
    if not path.is_dir():
        gguf = path.suffix.lower() == ".gguf"
        hint = " It is a GGUF file: open it with the llama.cpp engine." if gguf else ""
        raise ModelLoadError(
            f"{path.name} is a file, but an MLX model is a folder with config.json, "
            f"*.safetensors weights and tokenizer files.{hint}",
            "not_mlx_folder",
        )
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelLoadError(
            f"The folder {path.name} has no config.json, so it is not an MLX model folder.",
            "not_mlx_folder",
        ) from None
    except (OSError, ValueError):
        raise ModelLoadError(
            f"The config.json in {path.name} cannot be read; the download may be incomplete.",
            "not_mlx_folder",
        ) from None
    if not isinstance(config, dict) or not isinstance(config.get("model_type"), str):
        raise ModelLoadError(
            f"The config.json in {path.name} does not say which architecture the model has.",
            "not_mlx_folder",
        )
    if not any(path.glob("model*.safetensors")):
        raise ModelLoadError(
            f"The folder {path.name} has no model*.safetensors weights, so it is not an MLX "
            "model folder (or its download is incomplete).",
            "not_mlx_folder",
        )
    if not (path / "tokenizer.json").is_file() and not (path / "tokenizer_config.json").is_file():
        raise ModelLoadError(
            f"The folder {path.name} has no tokenizer files (tokenizer.json).", "not_mlx_folder"
        )
    if "model_file" in config:
        raise ModelLoadError(
            f"{path.name} needs custom Python code to run, which Qwen Desk does not execute.",
            "unsupported_architecture",
        )
    return config


def _check_architecture(model_type: str, path: Path) -> None:
    import importlib.util

    from mlx_lm import utils

    module = getattr(utils, "MODEL_REMAPPING", {}).get(model_type, model_type)
    try:
        found = importlib.util.find_spec(f"mlx_lm.models.{module}") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        raise ModelLoadError(
            f"This version of mlx-lm cannot run the '{model_type}' architecture of "
            f"{path.name}. Update Qwen Desk or choose another model.",
            "unsupported_architecture",
        )


def _new_session(
    path: Path, config: dict[str, Any], options: LoadOptions, model: Any, tokenizer: Any
) -> _Session:
    """Pick the chat template and stop tokens and describe the model."""
    vocab = tokenizer.get_vocab()
    template = getattr(tokenizer, "chat_template", None)
    details: dict[str, str] = {}
    override: str | None = None
    if isinstance(template, str) and template:
        capability = detect_capability(template)
    elif "<|im_start|>" in vocab and "<|im_end|>" in vocab:
        override, capability = CHATML_TEMPLATE, ThinkingCapability.NEVER
        details["template"] = "ChatML fallback (the model has no template of its own)"
    else:
        raise ModelLoadError(
            f"{path.name} has no chat template, so Qwen Desk cannot tell how to talk to it. "
            "Use an instruct/chat version of the model (base models have no template).",
            "no_chat_template",
        )
    for token in STOP_TOKENS:
        if token in vocab:
            tokenizer.add_eos_token(token)
    text_config = config.get("text_config") or {}
    n_ctx_train = int(
        config.get("max_position_embeddings") or text_config.get("max_position_embeddings") or 0
    )
    quant = config.get("quantization") or {}
    details["quantization"] = f"{quant.get('bits')}-bit" if quant.get("bits") else "none"
    info = ModelInfo(
        path=path,
        name=path.name,
        engine=MlxEngine.name,
        architecture=str(config["model_type"]),
        n_ctx=min(options.n_ctx, n_ctx_train) if n_ctx_train > 0 else options.n_ctx,
        n_ctx_train=n_ctx_train,
        thinking=capability,
        details=details,
    )
    return _Session(model, tokenizer, override, info)


def _unreadable(path: Path, phase: str, exc: Exception) -> ModelLoadError:
    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    if phase == "weights":
        return ModelLoadError(
            f"The weights in {path.name} could not be read: they may be incomplete or damaged, "
            f"or not match the model's config.json ({detail}).",
            "corrupt",
        )
    return ModelLoadError(
        f"The tokenizer files in {path.name} could not be read ({detail}).", "bad_tokenizer"
    )


def _failed(message: str) -> Finished:
    return Finished(GenerationStats(stop_reason=StopReason.ERROR, error=message))
