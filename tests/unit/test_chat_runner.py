"""The engine runner: one worker thread, FIFO jobs, exactly one outcome per request."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.chat.outcome import LoadFailure, LoadListener, Outcome, ReplyListener
from desktop.chat.runner import NO_MODEL, EngineRunner, RequestError
from desktop.core.chat_template import TemplateError
from desktop.engines.base import (
    Event,
    GenerationRequest,
    LoadOptions,
    ModelInfo,
    ModelLoadError,
    ModelSource,
    StopReason,
)
from desktop.engines.fake import FakeEngine

HELLO = [{"role": "user", "content": "Hello"}]


class Recorder(ReplyListener):
    """Collects one reply's events; ``done`` is set by the terminal event."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self.answer = ""
        self.thought = ""
        self.outcomes: list[Outcome] = []
        self.done = threading.Event()

    def started(self) -> None:
        self.events.append(("started", None))

    def prompt_counted(self, system: int, prompt: int, n_ctx: int) -> None:
        self.events.append(("prompt", (system, prompt, n_ctx)))

    def turns_dropped(self, count: int) -> None:
        self.events.append(("dropped", count))

    def thinking(self, text: str) -> None:
        self.thought += text

    def text(self, text: str) -> None:
        self.answer += text

    def finished(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        self.done.set()

    def wait(self) -> Outcome:
        assert self.done.wait(10), "the request never ended"
        assert len(self.outcomes) == 1
        return self.outcomes[0]


class LoadRecorder(LoadListener):
    def __init__(self) -> None:
        self.loaded_info: ModelInfo | None = None
        self.failure: LoadFailure | None = None
        self.ends = 0
        self.done = threading.Event()

    def loaded(self, info: ModelInfo) -> None:
        self.loaded_info = info
        self.ends += 1
        self.done.set()

    def failed(self, failure: LoadFailure) -> None:
        self.failure = failure
        self.ends += 1
        self.done.set()

    def wait(self) -> None:
        assert self.done.wait(10)
        assert self.ends == 1


@pytest.fixture
def make_runner() -> Iterator[type[EngineRunner]]:
    made: list[EngineRunner] = []

    class Tracked(EngineRunner):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            made.append(self)

    yield Tracked
    for runner in made:
        assert runner.shutdown(), "the generation thread did not end"


def loaded(make_runner: type[EngineRunner], engine: FakeEngine) -> EngineRunner:
    runner = make_runner(lambda source: engine)
    listener = LoadRecorder()
    runner.load(Path("model.gguf"), LoadOptions(), listener)
    listener.wait()
    return runner


def test_a_reply_streams_and_ends_once(make_runner):
    runner = loaded(make_runner, FakeEngine(tokens_per_s=0))
    listener = Recorder()
    runner.generate(GenerationRequest(HELLO), listener)
    outcome = listener.wait()
    assert listener.answer == "Hello! How can I help you today?"
    assert listener.thought  # hybrid model, thinking on by default
    assert outcome.stats.stop_reason is StopReason.EOS
    assert outcome.stats.thinking_s >= 0
    assert listener.events[0] == ("started", None)
    assert listener.events[1][0] == "prompt"


def test_no_model_ends_with_a_plain_error(make_runner):
    runner = make_runner(lambda source: FakeEngine())
    listener = Recorder()
    runner.generate(GenerationRequest(HELLO), listener)
    outcome = listener.wait()
    assert outcome.failed
    assert outcome.error == NO_MODEL


def test_failed_load_after_a_good_one_unloads_and_later_replies_still_end(make_runner):
    engines = {"a.gguf": FakeEngine(), "b.gguf": FakeEngine(fail_load="b is broken")}
    runner = make_runner(lambda source: engines[Path(source).name])
    first, second = LoadRecorder(), LoadRecorder()
    runner.load(Path("a.gguf"), LoadOptions(), first)
    runner.load(Path("b.gguf"), LoadOptions(), second)
    listener = Recorder()
    runner.generate(GenerationRequest(HELLO), listener)  # queued behind the failing load
    second.wait()
    assert second.failure is not None
    assert second.failure.message == "b is broken"
    assert second.failure.unloaded is not None
    assert second.failure.unloaded.name == "a"
    assert runner.model is None
    outcome = listener.wait()
    assert outcome.error == NO_MODEL


class RaisingTemplateEngine(FakeEngine):
    def count_prompt_tokens(self, request: GenerationRequest) -> int:
        raise TemplateError("The model's chat template refused the conversation: System role")


def test_a_raising_template_ends_the_reply_with_its_message(make_runner):
    runner = loaded(make_runner, RaisingTemplateEngine())
    listener = Recorder()
    runner.generate(GenerationRequest(HELLO), listener)
    outcome = listener.wait()
    assert outcome.failed
    assert "refused the conversation: System role" in outcome.error


class ExplodingEngine(FakeEngine):
    """Raises in the middle of its first reply only."""

    exploded = False

    def generate(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[Event]:
        events = list(super().generate(request, cancel))
        if self.exploded:
            yield from events
            return
        self.exploded = True
        yield from events[:3]
        raise RuntimeError("GGML_ASSERT failed")


def test_an_engine_exception_mid_stream_ends_the_reply(make_runner):
    runner = loaded(make_runner, ExplodingEngine(tokens_per_s=0))
    listener = Recorder()
    runner.generate(GenerationRequest(HELLO), listener)
    outcome = listener.wait()
    assert outcome.failed
    assert outcome.error == "Generation failed: GGML_ASSERT failed"
    follow = Recorder()
    runner.generate(GenerationRequest(HELLO), follow)
    assert not follow.wait().failed, "the runner carries on after an engine error"


def test_a_builder_error_is_the_outcome(make_runner):
    runner = loaded(make_runner, FakeEngine())

    def build(model: ModelInfo) -> GenerationRequest:
        raise RequestError("That chat's attachment is gone.")

    listener = Recorder()
    runner.generate(build, listener)
    assert listener.wait().error == "That chat's attachment is gone."


class FailingListener(Recorder):
    def text(self, text: str) -> None:
        raise OSError("The disk is full, so Qwen Desk could not save the reply.")


def test_a_listener_failure_stops_the_reply_and_says_why(make_runner):
    engine = FakeEngine(answer="word " * 200, tokens_per_s=2000)
    runner = loaded(make_runner, engine)
    listener = FailingListener()
    runner.generate(GenerationRequest(HELLO, max_tokens=400), listener)
    outcome = listener.wait()
    assert outcome.failed
    assert "disk is full" in outcome.error
    assert outcome.stats.generated_tokens < 150, "generation stopped early"


def test_overflow_is_reported_without_generating(make_runner):
    runner = loaded(make_runner, FakeEngine(n_ctx=300))
    listener = Recorder()
    long = [{"role": "user", "content": "word " * 400}]
    runner.generate(GenerationRequest(long, max_tokens=100), listener)
    outcome = listener.wait()
    assert outcome.overflow is not None
    assert outcome.overflow.n_ctx == 300
    assert not outcome.overflow.fits_alone
    assert listener.answer == ""


def test_dropping_oldest_turns_fits_and_reports_the_count(make_runner):
    runner = loaded(make_runner, FakeEngine(n_ctx=400, tokens_per_s=0))
    turns = []
    for i in range(6):
        turns += [
            {"role": "user", "content": f"question {i} " + "lorem " * 40},
            {"role": "assistant", "content": "answer " * 40},
        ]
    turns.append({"role": "user", "content": "last question"})
    request = GenerationRequest(
        [{"role": "system", "content": "Be brief."}, *turns], max_tokens=100
    )
    strict = Recorder()
    runner.generate(request, strict)
    overflow = strict.wait().overflow
    assert overflow is not None
    assert overflow.fits_alone
    relaxed = Recorder()
    runner.generate(request, relaxed, allow_drop=True)
    outcome = relaxed.wait()
    assert not outcome.failed
    assert outcome.dropped > 0
    assert outcome.dropped % 2 == 0, "whole turns go, each kept turn starts with the user"
    assert ("dropped", outcome.dropped) in relaxed.events


def test_cancelling_a_waiting_request_ends_it_at_once(make_runner):
    runner = loaded(make_runner, FakeEngine(answer="word " * 500, tokens_per_s=200))
    running, waiting = Recorder(), Recorder()
    first = runner.generate(GenerationRequest(HELLO, max_tokens=1000), running)
    queued = runner.generate(GenerationRequest(HELLO), waiting)
    runner.cancel(queued)
    assert waiting.done.is_set(), "a queued request ends on the cancelling thread"
    assert waiting.wait().stats.stop_reason is StopReason.CANCELLED
    assert ("started", None) not in waiting.events
    runner.cancel(first)
    assert running.wait().stats.stop_reason is StopReason.CANCELLED


def test_requests_run_in_arrival_order_across_sources(make_runner):
    engine = FakeEngine(tokens_per_s=0)
    runner = loaded(make_runner, engine)
    order: list[str] = []

    class Named(Recorder):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

        def started(self) -> None:
            order.append(self.name)

    listeners = [Named(f"{source}{i}") for i in range(3) for source in ("window", "api")]
    for listener in listeners:
        runner.generate(GenerationRequest(HELLO), listener, source=listener.name[:-1])
    for listener in listeners:
        listener.wait()
    assert order == [listener.name for listener in listeners]


def test_a_load_stops_the_running_reply(make_runner):
    runner = loaded(make_runner, FakeEngine(answer="word " * 500, tokens_per_s=100))
    listener = Recorder()
    runner.generate(GenerationRequest(HELLO, max_tokens=1000), listener)
    while not listener.answer:
        threading.Event().wait(0.01)
    load = LoadRecorder()
    runner.load(Path("other.gguf"), LoadOptions(), load)
    assert listener.wait().stats.stop_reason is StopReason.CANCELLED
    load.wait()


def test_shutdown_ends_waiting_jobs_once_each(make_runner):
    runner = loaded(make_runner, FakeEngine(answer="word " * 500, tokens_per_s=100))
    listeners = [Recorder() for _ in range(3)]
    for listener in listeners:
        runner.generate(GenerationRequest(HELLO, max_tokens=1000), listener)
    assert runner.shutdown()
    for listener in listeners:
        assert listener.wait().stats.stop_reason is StopReason.CANCELLED
    late = Recorder()
    runner.generate(GenerationRequest(HELLO), late)
    assert late.wait().stats.stop_reason is StopReason.CANCELLED


def test_an_engine_factory_error_is_a_plain_load_failure(make_runner):
    def factory(source: ModelSource) -> FakeEngine:
        raise ModelLoadError("That is an MLX model; it runs only on Apple Silicon.", "mlx")

    runner = make_runner(factory)
    listener = LoadRecorder()
    runner.load(Path("folder"), LoadOptions(), listener)
    listener.wait()
    assert listener.failure is not None
    assert listener.failure.reason == "mlx"


def test_first_text_is_not_held_back_by_batching(make_runner):
    runner = loaded(make_runner, FakeEngine(tokens_per_s=50))
    arrivals: list[int] = []

    class Counting(Recorder):
        def thinking(self, text: str) -> None:
            arrivals.append(len(text))

    listener = Counting()
    runner.generate(GenerationRequest(HELLO), listener, batch_s=10.0)
    listener.wait()
    assert len(arrivals) >= 2, "the first piece went out alone, the rest in a batch"


def test_background_replies_give_way_to_everything_else(make_runner):
    runner = loaded(make_runner, FakeEngine(answer="word " * 300, tokens_per_s=200))
    order: list[str] = []

    class Named(Recorder):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

        def started(self) -> None:
            order.append(self.name)
            super().started()

    title = Named("title")
    runner.generate(GenerationRequest(HELLO, max_tokens=300), title, background=True)
    while not title.events:
        threading.Event().wait(0.01)
    later_title = Named("later-title")
    runner.generate(GenerationRequest(HELLO), later_title, background=True)
    user = Named("user")
    runner.generate(GenerationRequest(HELLO, max_tokens=5), user)
    assert title.wait().stats.stop_reason is StopReason.CANCELLED, "the running one stopped"
    user.wait()
    later_title.wait()
    assert order == ["title", "user", "later-title"]
