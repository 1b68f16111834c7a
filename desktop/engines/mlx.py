"""MLX back end (mlx-lm), for MLX model folders (config.json, *.safetensors, tokenizer).

MLX streams are thread-local, so one worker thread owned by the engine runs every MLX call:
the load and each generation. ``generate`` may be called from any thread; it queues a job
and yields the events the worker sends back. The KV cache is kept across turns and trimmed
to the prefix the next prompt shares with what the cache holds.
"""

from __future__ import annotations

import gc
import logging
import math
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.chat_template import (
    CONTINUE_MARK,
    TemplateError,
    render_chat,
    render_continuation,
)
from desktop.core.i18n import translate
from desktop.core.thinking import history_gap, prompt_opens_thinking
from desktop.engines.base import (
    EngineNotLoadedError,
    Event,
    Finished,
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    ModelSource,
    ProgressCallback,
    StopReason,
    local_path,
)
from desktop.engines.mlx_folder import check_architecture, check_mlx_folder, describe_model
from desktop.engines.streaming import (
    ReplyAssembler,
    common_prefix_length,
    context_overflow,
    prepare_messages,
    sampling_for,
    template_extras,
    thinking_enabled,
)

log = logging.getLogger(__name__)

STOP_TOKENS = ("<|im_end|>", "<|endoftext|>")  # Qwen's end of turn and end of text
_POLL_S = 0.25  # how often a waiting caller checks that the worker is still alive


class _Session:
    """One loaded model with its tokenizer and KV cache; used on the worker thread only,
    except the tokenizer, which callers share under ``lock``."""

    def __init__(self, model: Any, tokenizer: Any, template: str | None, info: ModelInfo) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.template = template  # None: the tokenizer's own template
        own = template or getattr(tokenizer, "chat_template", None)
        self.gap = history_gap(own if isinstance(own, str) else None)
        self.info = info
        self.vocab_size = int(model.args.vocab_size) if hasattr(model, "args") else 0
        self.lock = threading.Lock()
        self.cache: list[Any] = []
        self.cache_tokens: list[int] = []  # exactly the tokens the KV cache holds

    def render(self, request: GenerationRequest, thinking: bool) -> str:
        template = self.template or getattr(self.tokenizer, "chat_template", None)
        if isinstance(template, str) and template:
            # Our limited sandbox, not the tokenizer's: the template is untrusted.
            tokens = getattr(self.tokenizer, "special_tokens_map", None) or {}
            extra: dict[str, Any] = {k: v for k, v in tokens.items() if isinstance(v, str)}
            extra.update(template_extras(request), enable_thinking=thinking)
            messages = prepare_messages(request, self.gap)  # as llama.cpp: DeepSeek-R1's gap
            if request.continue_last:
                return render_continuation(template, messages, **extra)
            return render_chat(template, messages, add_generation_prompt=True, **extra)
        own: dict[str, Any] = {"chat_template": self.template} if self.template else {}
        own.update(template_extras(request))
        messages = prepare_messages(request, self.gap)
        if request.continue_last:  # the same mark-and-cut as render_continuation
            if not messages or messages[-1].get("role") != "assistant":
                raise TemplateError(
                    translate(
                        "ChatTemplate", "Only a reply the model has started can be continued."
                    )
                )
            messages[-1]["content"] = f"{messages[-1].get('content') or ''}{CONTINUE_MARK}"
        with self.lock:
            prompt = str(
                self.tokenizer.apply_chat_template(
                    messages,
                    add_generation_prompt=not request.continue_last,
                    enable_thinking=thinking,
                    tokenize=False,
                    **own,
                )
            )
        if request.continue_last:
            at = prompt.rfind(CONTINUE_MARK)
            if at < 0:
                raise TemplateError(
                    translate(
                        "ChatTemplate", "The model's chat template leaves out the started reply."
                    )
                )
            prompt = prompt[:at]
        return prompt

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
            try:
                job()  # jobs report their own errors; this only keeps the thread alive
            except Exception:
                log.exception("An MLX job failed")
        # MLX needs a thread's streams destroyed before the thread ends, or the process
        # may abort at exit ("terminate called without an active exception").
        mx = sys.modules.get("mlx.core")
        if mx is not None and hasattr(mx, "clear_streams"):
            mx.clear_streams()


class MlxEngine:
    """Runs one MLX model at a time on its own worker thread."""

    name = "mlx"
    continues_last = True  # GenerationRequest.continue_last

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._worker: _Worker | None = None
        self._session: _Session | None = None  # set and cleared on the worker thread

    # -- loading -------------------------------------------------------------------------

    def load(
        self, source: ModelSource, options: LoadOptions, progress: ProgressCallback | None = None
    ) -> ModelInfo:
        model = local_path(source)
        self.unload()
        report = progress or (lambda fraction, phrase: None)
        report(0.0, translate("ModelLoad", "Checking the model folder"))
        path = Path(model)
        config = check_mlx_folder(path)
        worker = _Worker()
        replies: queue.Queue[Any] = queue.Queue()
        worker.submit(lambda: self._load_job(path, config, options, replies.put))
        try:
            while not isinstance(reply := _receive(replies, worker), ModelInfo):
                if isinstance(reply, BaseException | None):
                    raise reply or ModelLoadError("The MLX worker stopped unexpectedly.")
                report(*reply)
        except BaseException:
            worker.stop(self._drop_session)
            raise
        with self._lock:
            self._worker = worker
        report(1.0, translate("ModelLoad", "Ready"))
        return reply

    def _load_job(
        self,
        path: Path,
        config: dict[str, Any],
        options: LoadOptions,
        put: Callable[[Any], None],
    ) -> None:
        """On the worker: read weights and tokenizer, sending progress, then the info."""
        try:
            import mlx.core as mx
            from mlx.utils import tree_flatten
            from mlx_lm.utils import load_model, load_tokenizer
        except ImportError as exc:
            message = f"MLX is not available on this computer ({exc}). Use a GGUF model instead."
            put(ModelLoadError(message, "mlx_unavailable"))
            return
        phase = "weights"
        try:
            check_architecture(str(config["model_type"]), path)
            put(
                (
                    0.05,
                    translate("ModelLoad", "Reading the weights"),
                )
            )
            model, config = load_model(path, lazy=True)
            flat: Any = tree_flatten(model.parameters())
            params = [item[1] for item in flat]
            step = max(1, math.ceil(len(params) / 10))
            for start in range(0, len(params), step):
                mx.eval(params[start : start + step])
                done = min(len(params), start + step) / max(1, len(params))
                put(
                    (
                        0.05 + 0.8 * done,
                        translate("ModelLoad", "Loading the weights"),
                    )
                )
            phase = "tokenizer"
            put(
                (
                    0.9,
                    translate("ModelLoad", "Loading the tokenizer"),
                )
            )
            tokenizer = load_tokenizer(path, eos_token_ids=config.get("eos_token_id"))
            template, info = describe_model(path, config, options, tokenizer)
            vocab = tokenizer.get_vocab()
            for token in (t for t in STOP_TOKENS if t in vocab):
                tokenizer.add_eos_token(token)
            session = _Session(model, tokenizer, template, info)
            session.reset_cache()
            self._session = session
            put(session.info)
        except ModelLoadError as exc:
            put(exc)
        except MemoryError:
            message = translate(
                "ModelLoad", "Not enough memory to load {name}. Choose a smaller model."
            ).format(name=path.name)
            put(ModelLoadError(message, "out_of_memory"))
        except Exception as exc:  # mlx and transformers fail in many ways on bad files
            detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            if phase == "weights":
                message = translate(
                    "ModelLoad",
                    "The weights in {name} could not be read: they may be incomplete "
                    "or damaged, or not match the model's config.json ({detail}).",
                ).format(name=path.name, detail=detail)
                put(ModelLoadError(message, "corrupt"))
            else:
                message = translate(
                    "ModelLoad", "The tokenizer files in {name} could not be read ({detail})."
                ).format(name=path.name, detail=detail)
                put(ModelLoadError(message, "bad_tokenizer"))

    def _drop_session(self) -> None:
        """Free the model on the worker thread, where its arrays live."""
        self._session = None
        gc.collect()
        mx = sys.modules.get("mlx.core")
        if mx is not None:
            mx.clear_cache()

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
            try:
                self._generate_job(request, stop, started, events.put)
            except Exception as exc:  # never leave the caller waiting for a Finished
                events.put(_failed(_generation_failed(exc)))

        if not worker.submit(job):
            raise EngineNotLoadedError()
        try:
            while not isinstance(event := _receive(events, worker), Finished | None):
                if not cancel.is_set():  # once cancelled, queued text is dropped
                    yield event
            yield event or _failed("The MLX worker stopped unexpectedly.")
        finally:
            abandoned.set()  # also stops the worker when the caller walks away early

    def _generate_job(
        self,
        request: GenerationRequest,
        stop: Callable[[], bool],
        started: float,
        put: Callable[[Event], None],
    ) -> None:
        """On the worker: prompt, cache reuse, then the stream of events."""
        session = self._session
        if session is None:
            put(_failed(str(EngineNotLoadedError())))
            return
        try:
            thinking = thinking_enabled(request, session.info.thinking)
            prompt = session.render(request, thinking)
            tokens = session.encode(prompt)
        except TemplateError as exc:  # already a plain sentence
            put(_failed(str(exc)))
            return
        except Exception as exc:  # templates fail in many jinja/python ways
            put(
                _failed(
                    translate("ModelLoad", "The model's chat template failed: {error}").format(
                        error=exc
                    )
                )
            )
            return
        n_ctx = session.info.n_ctx
        if len(tokens) >= n_ctx:
            put(context_overflow(len(tokens), n_ctx))
            return
        try:
            cached = session.reuse_cache(tokens)
        except Exception as exc:
            put(
                _failed(
                    translate(
                        "ModelLoad", "The model's cache could not be prepared: {error}"
                    ).format(error=exc)
                )
            )
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
            repeat = sampling.repeat_penalty if sampling.repeat_penalty != 1.0 else None
            processors = make_logits_processors(
                repetition_penalty=repeat, presence_penalty=sampling.presence_penalty or None
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
            reason, error = StopReason.ERROR, _generation_failed(exc)
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


def _receive(source: queue.Queue[Any], worker: _Worker) -> Any:
    """The next item from the worker, or None if the worker died without sending one."""
    while True:
        try:
            return source.get(timeout=_POLL_S)
        except queue.Empty:
            if not worker.alive():  # it may have sent its last item just before ending
                return source.get_nowait() if source.qsize() else None


def _failed(message: str) -> Finished:
    return Finished(GenerationStats(stop_reason=StopReason.ERROR, error=message))


def _generation_failed(exc: BaseException) -> str:
    return translate("Generation", "Generation failed: {error}").format(error=exc)
