"""llama.cpp back end (llama-cpp-python), for GGUF models on every platform.

The prompt is rendered with the model's own chat template (so ``enable_thinking`` reaches
Qwen3's template) and tokens are streamed by our own loop: llama-cpp-python's chat API
cannot pass ``enable_thinking`` per call. ``Llama.generate`` reuses the KV cache for the
prompt prefix shared with the previous turn.
"""

from __future__ import annotations

import codecs
import random
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.chat_template import (
    CHATML_TEMPLATE,
    TemplateError,
    TemplateLimitError,
    render_chat,
    render_continuation,
    template_knows_tools,
)
from desktop.core.hardware import physical_cores
from desktop.core.i18n import translate
from desktop.core.models.gguf_info import GGUFError, GGUFInfo, read_gguf_info
from desktop.core.models.naming import model_name
from desktop.core.thinking import detect_capability, history_gap, prompt_opens_thinking
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
from desktop.engines.llamacpp_context import context_plan
from desktop.engines.llamacpp_support import (
    KV_CACHE_TYPES,
    build_info,
    clear_log,
    extra_buffers_safe,
    llama_module,
    model_params_hook,
    recent_log,
)
from desktop.engines.memory_check import check_memory
from desktop.engines.streaming import (
    ReplyAssembler,
    common_prefix_length,
    context_overflow,
    prepare_messages,
    sampling_for,
    template_extras,
    thinking_enabled,
)


class _Loaded:
    """What one successful load holds."""

    def __init__(self, llm: Any, gguf: GGUFInfo, template: str, info: ModelInfo) -> None:
        self.llm = llm
        self.gguf = gguf
        self.template = template
        self.info = info
        self.bos_text = gguf.token_text("tokenizer.ggml.bos_token_id")
        self.eos_text = gguf.token_text("tokenizer.ggml.eos_token_id")
        self.vocab = llm._model.vocab
        self.add_bos = bool(llm._model.add_bos_token())
        self.gap = history_gap(template)  # what the template keeps after an old </think>


@dataclass(frozen=True)
class _Prompt:
    loaded: _Loaded
    request: GenerationRequest
    text: str
    tokens: tuple[int, ...]
    thinking: bool


class LlamaCppEngine:
    """Runs one GGUF model at a time. Not thread-safe: one worker thread drives it."""

    name = "llama.cpp"
    continues_last = True  # GenerationRequest.continue_last

    def __init__(self) -> None:
        self._loaded: _Loaded | None = None
        self._last_prompt: _Prompt | None = None

    # -- loading -------------------------------------------------------------------------

    def load(
        self, source: ModelSource, options: LoadOptions, progress: ProgressCallback | None = None
    ) -> ModelInfo:
        model = local_path(source)
        self.unload()
        report = progress or (lambda fraction, phrase: None)
        report(0.0, translate("ModelLoad", "Checking the model file"))
        try:
            gguf = read_gguf_info(model)
        except GGUFError as exc:
            raise ModelLoadError(str(exc), exc.reason) from exc
        template = gguf.chat_template
        details = {"quant": gguf.quant, "parameters": f"{gguf.n_params:,}"}
        if template is None:
            if not gguf.has_chatml_tokens:
                raise ModelLoadError(
                    translate(
                        "ModelLoad",
                        "{name} has no chat template, so Qwen Desk cannot tell how to talk to it. "
                        "Use an instruct/chat GGUF of the model (base models have no template).",
                    ).format(name=gguf.name),
                    "no_chat_template",
                )
            template = CHATML_TEMPLATE
            details["template"] = "ChatML fallback (the file has no template of its own)"
        details["tools"] = "yes" if template_knows_tools(template) else "no"
        try:  # before the weights: a template that never finishes fails the load at once
            thinking = detect_capability(template)
        except TemplateLimitError as exc:
            raise ModelLoadError(str(exc), "chat_template") from exc
        llama_cpp = llama_module()
        n_ctx_train = gguf.context_length
        plan = context_plan(gguf, template, options.n_ctx)
        n_ctx = plan.n_ctx
        details.update(plan.details)
        kv_type = KV_CACHE_TYPES.get(options.kv_cache_type)
        if kv_type is None:
            raise ModelLoadError(
                translate(
                    "ModelLoad", "Unknown KV-cache type {kind}; choose f16, q8_0 or q4_0."
                ).format(kind=repr(options.kv_cache_type)),
                "bad_option",
            )
        kwargs: dict[str, Any] = {
            "n_ctx": n_ctx,
            "n_threads": options.n_threads or physical_cores(),
            "n_gpu_layers": options.n_gpu_layers,
            # llama.cpp needs flash attention for a quantised V cache.
            "flash_attn": options.flash_attn or kv_type != 1,
            "use_mmap": options.use_mmap,
            "use_mlock": options.use_mlock,
            "type_k": kv_type,
            "type_v": kv_type,
            "verbose": False,
            **plan.llama_kwargs,
        }
        if options.prompt_lookup > 0:
            from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

            kwargs["draft_model"] = LlamaPromptLookupDecoding(num_pred_tokens=options.prompt_lookup)
        check_memory(gguf, n_ctx, options)
        report(0.05, translate("ModelLoad", "Loading weights"))
        try:
            llm = self._open(llama_cpp, gguf, kwargs, report)
        except ModelLoadError as exc:
            gpu = options.n_gpu_layers != 0 and llama_cpp.llama_supports_gpu_offload()
            if exc.reason != "out_of_memory" or not gpu:
                raise
            # The GPU ran out of memory: run on the CPU instead, and say so.
            report(0.05, translate("ModelLoad", "GPU memory is full; loading on the CPU"))
            llm = self._open(llama_cpp, gguf, {**kwargs, "n_gpu_layers": 0}, report)
            details["note"] = "Loaded on the CPU: the GPU did not have enough memory."
        report(0.95, translate("ModelLoad", "Preparing the chat template"))
        info = ModelInfo(
            path=Path(model),
            name=model_name(model, gguf.name),
            engine=self.name,
            architecture=gguf.architecture,
            n_ctx=llm.n_ctx(),
            n_ctx_train=n_ctx_train,
            thinking=thinking,
            details=details,
        )
        self._loaded = _Loaded(llm, gguf, template, info)
        report(1.0, translate("ModelLoad", "Ready"))
        return info

    def _open(
        self, llama_cpp: Any, gguf: GGUFInfo, kwargs: dict[str, Any], report: ProgressCallback
    ) -> Any:
        clear_log()

        def progress(fraction: float) -> bool:
            report(0.05 + 0.85 * fraction, translate("ModelLoad", "Loading weights"))
            return True

        try:
            with model_params_hook(progress, use_extra_bufts=extra_buffers_safe()):
                return llama_cpp.Llama(str(gguf.path), **kwargs)
        except Exception as exc:
            raise self._explain_load_failure(gguf, exc) from exc

    def _explain_load_failure(self, gguf: GGUFInfo, exc: Exception) -> ModelLoadError:
        text = recent_log()
        if "unknown model architecture" in text:
            return ModelLoadError(
                translate(
                    "ModelLoad",
                    "This build of llama.cpp does not support the '{architecture}' "
                    "architecture of {name} ({build}). Update Qwen Desk or choose "
                    "another model.",
                ).format(architecture=gguf.architecture, name=gguf.name, build=build_info()),
                "unsupported_architecture",
            )
        if "failed to allocate" in text or "out of memory" in text.lower():
            return ModelLoadError(
                translate(
                    "ModelLoad",
                    "Not enough memory to load {name} with these settings. Choose a "
                    "smaller context length or a smaller quantisation, or fewer GPU "
                    "layers.",
                ).format(name=gguf.name),
                "out_of_memory",
            )
        last = text.strip().splitlines()[-1] if text.strip() else str(exc)
        return ModelLoadError(
            translate("ModelLoad", "llama.cpp could not load {name}: {error}").format(
                name=gguf.name, error=last
            ),
            "load_failed",
        )

    def unload(self) -> None:
        self._last_prompt = None
        loaded, self._loaded = self._loaded, None
        if loaded is not None:
            loaded.llm.close()

    def info(self) -> ModelInfo | None:
        return self._loaded.info if self._loaded else None

    # -- prompting -----------------------------------------------------------------------

    def _require(self) -> _Loaded:
        if self._loaded is None:
            raise EngineNotLoadedError()
        return self._loaded

    def _prompt(self, loaded: _Loaded, request: GenerationRequest, thinking: bool) -> str:
        if request.continue_last:
            return render_continuation(
                loaded.template,
                prepare_messages(request, loaded.gap),
                bos_token=loaded.bos_text,
                eos_token=loaded.eos_text,
                enable_thinking=thinking,
                **template_extras(request),
            )
        return render_chat(
            loaded.template,
            prepare_messages(request, loaded.gap),
            bos_token=loaded.bos_text,
            eos_token=loaded.eos_text,
            add_generation_prompt=True,
            enable_thinking=thinking,
            **template_extras(request),
        )

    def _tokenize(self, loaded: _Loaded, text: str, *, prompt: bool) -> list[int]:
        add_bos = (
            prompt and loaded.add_bos and not (loaded.bos_text and text.startswith(loaded.bos_text))
        )
        return list(loaded.llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=True))

    def render_prompt(self, request: GenerationRequest) -> str:
        """The exact text the model will see for ``request`` (for tests and diagnostics)."""
        loaded = self._require()
        return self._prompt(loaded, request, thinking_enabled(request, loaded.info.thinking))

    def count_prompt_tokens(self, request: GenerationRequest) -> int:
        return len(self._prepare(self._require(), request).tokens)

    def _prepare(self, loaded: _Loaded, request: GenerationRequest) -> _Prompt:
        """The rendered and tokenized prompt; the last one is kept, so counting a request and
        then generating it renders and tokenizes once."""
        cached = self._last_prompt
        if cached is not None and cached.loaded is loaded and cached.request == request:
            return cached
        thinking = thinking_enabled(request, loaded.info.thinking)
        text = self._prompt(loaded, request, thinking)
        tokens = tuple(self._tokenize(loaded, text, prompt=True))
        prompt = _Prompt(loaded, request, text, tokens, thinking)
        self._last_prompt = prompt
        return prompt

    # -- generation ----------------------------------------------------------------------

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]:
        started = time.perf_counter()
        loaded = self._require()
        try:
            prepared = self._prepare(loaded, request)
        except TemplateError as exc:
            yield _failed(str(exc))
            return
        prompt, tokens, thinking = prepared.text, list(prepared.tokens), prepared.thinking
        n_ctx = loaded.llm.n_ctx()
        if len(tokens) >= n_ctx:
            yield context_overflow(len(tokens), n_ctx)
            return
        cached = common_prefix_length(list(loaded.llm._input_ids), tokens)
        assembler = ReplyAssembler(
            starts_in_thinking=thinking and prompt_opens_thinking(prompt),
            thinking_budget=request.thinking_budget if thinking else 0,
            prompt_tokens=len(tokens),
            cached_prompt_tokens=min(cached, len(tokens) - 1),
            started=started,
        )
        yield from self._stream(loaded, request, tokens, thinking, assembler, cancel)

    def _stream(
        self,
        loaded: _Loaded,
        request: GenerationRequest,
        tokens: list[int],
        thinking: bool,
        assembler: ReplyAssembler,
        cancel: threading.Event,
    ) -> Iterator[Event]:
        llama_cpp = llama_module()
        llm = loaded.llm
        sampling = sampling_for(request, thinking)
        llm.set_seed(sampling.seed if sampling.seed >= 0 else random.randrange(2**31))
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        n_ctx = llm.n_ctx()
        reason, error = StopReason.EOS, ""
        abandoned = False
        context = list(tokens)  # prompt + every token generated or injected so far

        def start() -> Generator[int, Any, None]:
            # Llama.generate reuses the KV cache for the prefix it already evaluated.
            return llm.generate(
                list(context),
                top_k=sampling.top_k,
                top_p=sampling.top_p,
                min_p=sampling.min_p,
                temp=sampling.temperature,
                repeat_penalty=sampling.repeat_penalty,
                presence_penalty=sampling.presence_penalty,
            )

        generator = start()
        try:
            if cancel.is_set():
                reason = StopReason.CANCELLED
                return
            token = next(generator)
            while True:
                if cancel.is_set():
                    reason = StopReason.CANCELLED
                    break
                if llama_cpp.llama_vocab_is_eog(loaded.vocab, token):
                    break
                context.append(token)
                piece = llm._model.detokenize([token], special=True)
                yield from assembler.on_token(decoder.decode(piece))
                if cancel.is_set():
                    reason = StopReason.CANCELLED
                    break
                if assembler.generated_tokens >= request.max_tokens or llm.n_tokens + 2 >= n_ctx:
                    reason = StopReason.LENGTH
                    break
                if assembler.budget_exhausted:
                    yield from assembler.on_text(decoder.decode(b"", final=True))
                    text, events = assembler.close_thinking_for_budget()
                    yield from events
                    # Llama.generate's send() cannot inject several tokens without
                    # logits_all, so start a new stream over the extended context.
                    context.extend(self._tokenize(loaded, text, prompt=False))
                    generator.close()
                    generator = start()
                    token = next(generator)
                else:
                    token = next(generator)
        except GeneratorExit:  # the caller dropped us; it wants no more events
            abandoned = True
            raise
        except Exception as exc:  # native errors surface as RuntimeError/ValueError
            reason = StopReason.ERROR
            error = translate("Generation", "Generation failed: {error}").format(error=exc)
        finally:
            generator.close()
            if not abandoned:
                yield from assembler.on_text(decoder.decode(b"", final=True))
                yield from assembler.finish(reason, error)


def _failed(message: str) -> Finished:
    return Finished(GenerationStats(stop_reason=StopReason.ERROR, error=message))
