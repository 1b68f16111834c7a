"""A Jinja sandbox that stops an untrusted chat template within a time and size budget.

A chat template ships inside the model file, so it may loop for ever or build gigabytes of
text. Jinja's sandbox blocks unsafe attributes but not that. Here every loop body, call,
attribute lookup and intercepted operator checks a deadline (the generated code is given a
``tick`` at the top of every block), and every operation that could make a huge value in one
step (``*``, ``**``, ``+``, ``%``, ``~``, ``str.replace``/``center``/``join``/``format``,
filters with a width) is checked *before* it runs. A cumulative count of the text made
bounds memory. Rendering then ends with :class:`TemplateLimitError`, a plain message.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import wraps
from string import Formatter
from typing import Any, overload

from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat, Node
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment, safe_range
from jinja2.utils import _PassArg

from desktop.core.template_errors import TemplateError, TemplateLimitError

__all__ = ["TemplateError", "TemplateLimitError"]  # re-exported: older imports keep working

MAX_TEXT = 4_000_000  # characters in any one string or list, and in the output
MAX_WORK = 100_000_000  # characters (or items) made in all during one render
MAX_INT_BITS = 100_000  # an integer result larger than this is refused
BASE_SECONDS = 1.0  # time for a render, plus INPUT_CHARS_PER_S of the conversation
INPUT_CHARS_PER_S = 2_000_000
MAX_TEMPLATE_CHARS = 1_000_000
MAX_PARAM = 1_000_000  # a width, count or precision given to a filter
_DIGITS = re.compile(r"\d+")
_PRINTF_FIELD = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


_FIX = "The model file's chat template is faulty: use another build (GGUF) of this model."


def _too_long(seconds: float) -> TemplateLimitError:
    return TemplateLimitError(
        f"The model's chat template did not finish: it was stopped after {seconds:.1f} s "
        f"(it may loop for ever). {_FIX}"
    )


def _too_big(what: str) -> TemplateLimitError:
    return TemplateLimitError(
        f"The model's chat template did not finish: it tried to build {what}, over the limit "
        f"of {_max_text():,} characters. {_FIX}"
    )


def _huge_number() -> TemplateLimitError:
    return TemplateLimitError(
        "The model's chat template did not finish: it tried to compute a number with more "
        f"than {MAX_INT_BITS * 3 // 10:,} digits. {_FIX}"
    )


class Budget:
    """One render's deadline, size limit and count of characters made. A long conversation
    gets more of each: the limits are for what the template adds, not for the user's text."""

    __slots__ = ("deadline", "max_text", "max_work", "seconds", "work")

    def __init__(self, seconds: float, max_text: int = MAX_TEXT, max_work: int = MAX_WORK) -> None:
        self.seconds = seconds
        self.max_text = max_text
        self.max_work = max_work
        self.deadline = time.monotonic() + seconds
        self.work = 0

    @classmethod
    def for_inputs(cls, variables: Any) -> Budget:
        """The budget for rendering ``variables`` (messages, tools and the rest)."""
        size = text_size(variables, limit=1_000_000_000)
        return cls(
            BASE_SECONDS + size / INPUT_CHARS_PER_S, MAX_TEXT + 2 * size, MAX_WORK + 20 * size
        )


_state = threading.local()


def _budget() -> Budget | None:
    return getattr(_state, "budget", None)


def tick() -> None:
    """Raise once the render's time is up (called from every block and call)."""
    budget = _budget()
    if budget is not None and time.monotonic() > budget.deadline:
        raise _too_long(budget.seconds)


def _max_text() -> int:
    budget = _budget()
    return budget.max_text if budget is not None else MAX_TEXT


def _spend(size: int, what: str = "a text") -> None:
    budget = _budget()
    if size > (budget.max_text if budget is not None else MAX_TEXT):
        raise _too_big(f"{what} of {size:,} characters")
    if budget is not None:
        budget.work += size
        if budget.work > budget.max_work:
            raise TemplateLimitError(
                "The model's chat template did not finish: it made more than "
                f"{budget.max_work:,} characters of text on the way. {_FIX}"
            )


def _measure(value: Any) -> Any:
    """Count a value just made against the budget; return it."""
    if isinstance(value, str | list | tuple | dict):
        _spend(len(value), "a value")
    elif isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise _huge_number()
    return value


def text_size(value: Any, limit: int = MAX_TEXT) -> int:
    """An upper-bound estimate of ``len(str(value))``, cut short once past ``limit``."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() // 3 + 2
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, list | tuple | set | frozenset):
        total = 2
        for item in value:
            total += text_size(item, limit) + 4  # quotes, comma and space of a repr
            if total > limit:
                break
        return total
    return 64  # numbers, None, Undefined and other small objects


def _check_text(value: Any, what: str = "a text") -> None:
    size = text_size(value, _max_text())
    if size > _max_text():
        raise _too_big(f"{what} of {size:,} characters")


def _repeat_size(left: Any, right: Any) -> int | None:
    """The length ``left * right`` would have for a sequence times a count, else None."""
    for seq, count in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple) and isinstance(count, int):
            return len(seq) * max(count, 0)
    return None


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        size = _repeat_size(left, right)
        if size is not None:
            _spend(size, "a repeated value")
        elif (
            isinstance(left, int)
            and isinstance(right, int)
            and left.bit_length() + right.bit_length() > MAX_INT_BITS
        ):
            raise _huge_number()
    elif operator == "**":
        if (
            isinstance(left, int)
            and isinstance(right, int)
            and abs(left) > 1
            and right > 0
            and right * math.log2(abs(left)) > MAX_INT_BITS
        ):
            raise _huge_number()
    elif operator == "+":
        if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
            _spend(len(left) + len(right), "a joined value")
    elif operator == "%" and isinstance(left, str):
        args = right if isinstance(right, tuple) else (right,)
        _spend(len(left) + _printf_width(left, args) + text_size(args), "a formatted text")


def _printf_width(fmt: str, args: Iterable[Any]) -> int:
    """The most padding a printf-style format may add (widths and precisions, ``*`` too)."""
    stars = [a for a in args if isinstance(a, int)] if "*" in fmt else []
    total = 0
    for match in _PRINTF_FIELD.finditer(fmt):
        for part in match.groups():
            if part and part.isdigit():
                total += int(part)
    return total + sum(abs(n) for n in stars)


def _format_width(fmt: str, args: Iterable[Any]) -> int:
    """The most padding a ``str.format`` string may add: every number in its field specs."""
    total = sum(abs(a) for a in args if isinstance(a, int) and not isinstance(a, bool))
    try:
        for _literal, _field, spec, _conversion in Formatter().parse(fmt):
            total += sum(int(n) for n in _DIGITS.findall(spec or ""))
    except ValueError:
        pass  # the call itself will say what is wrong with the format
    return total


def _check_method(obj: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse a string method call whose result would be too large, before it runs."""
    owner = getattr(obj, "__self__", None)
    name = getattr(obj, "__name__", "")
    wrapped = getattr(obj, "__wrapped__", None)  # the sandbox's safe str.format wrapper
    if wrapped is not None and name in ("format", "format_map"):
        fmt = getattr(wrapped, "__self__", "")
        values = list(args) + list(kwargs.values())
        if name == "format_map" and args and isinstance(args[0], dict):
            values = list(args[0].values())
        _spend(len(fmt) + _format_width(fmt, values) + text_size(values), "a formatted text")
        return
    if not isinstance(owner, str):
        return
    numbers = [a for a in (*args, *kwargs.values()) if isinstance(a, int)]
    if name in ("center", "ljust", "rjust", "zfill") and numbers:
        _spend(max(len(owner), numbers[0]), "a padded text")
    elif name == "expandtabs":
        _spend(len(owner) + owner.count("\t") * max(numbers[0] if numbers else 8, 0))
    elif name == "replace" and len(args) >= 2:
        old, new = args[0], args[1]
        if isinstance(old, str) and isinstance(new, str):
            hits = owner.count(old) if old else len(owner) + 1
            if len(args) > 2 and isinstance(args[2], int) and args[2] >= 0:
                hits = min(hits, args[2])
            _spend(len(owner) + hits * max(len(new) - len(old), 0), "a replaced text")
    elif name == "join" and args:
        items = args[0]
        if isinstance(items, list | tuple):
            _spend(text_size(items) + len(owner) * len(items), "a joined text")
    elif name == "translate" and args and isinstance(args[0], dict):
        longest = max((text_size(v) for v in args[0].values()), default=1)
        _spend(len(owner) * max(longest, 1), "a translated text")


class _TickingRange(Sequence[int]):
    """Jinja's ``range`` (at most 100,000 items) checking the deadline as it is walked."""

    def __init__(self, numbers: range) -> None:
        self._numbers = numbers

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        found = self._numbers[index]
        return _TickingRange(found) if isinstance(found, range) else found

    def __iter__(self) -> Iterator[int]:
        for number in self._numbers:
            tick()
            yield number

    def __reversed__(self) -> Iterator[int]:
        return iter(_TickingRange(self._numbers[::-1]))

    def __repr__(self) -> str:
        return repr(self._numbers)


def _limited_range(*args: int) -> _TickingRange:
    try:
        return _TickingRange(safe_range(*args))
    except OverflowError:
        raise TemplateLimitError(
            f"The model's chat template did not finish: it asked for a loop of more than "
            f"{MAX_RANGE:,} steps. {_FIX}"
        ) from None


def limited_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """A filter that refuses widths or counts that would make a huge value, and counts its
    result."""
    skip = 0 if _PassArg.from_obj(function) is None else 1  # a context or environment first

    @wraps(function)  # keeps Jinja's pass_context/pass_environment marker
    def limited(*args: Any, **kwargs: Any) -> Any:
        tick()
        subject: Any = args[skip] if len(args) > skip else ""
        params = [*args[skip + 1 :], *kwargs.values()]
        numbers = [abs(v) for v in params if isinstance(v, int) and not isinstance(v, bool)]
        if any(n > MAX_PARAM for n in numbers):
            raise _too_big(f"a value with the filter '{name}' and the number {max(numbers):,}")
        if name in ("string", "pprint", "join", "tojson", "list", "xmlattr", "urlencode"):
            _check_text(subject, f"a text with the filter '{name}'")
        elif name == "indent" and isinstance(subject, str):
            width = numbers[0] if numbers else 4
            _spend(len(subject) + (subject.count("\n") + 1) * width, "an indented text")
        elif name == "center" and isinstance(subject, str):
            _spend(max(len(subject), numbers[0] if numbers else 80), "a padded text")
        elif name == "format" and isinstance(subject, str):
            _spend(len(subject) + _printf_width(subject, params) + text_size(params))
        elif name == "replace" and len(params) >= 2 and isinstance(subject, str):
            old, new = params[0], params[1]
            if isinstance(old, str) and isinstance(new, str):
                hits = subject.count(old) if old else len(subject) + 1
                _spend(len(subject) + hits * max(len(new) - len(old), 0), "a replaced text")
        result = function(*args, **kwargs)
        if isinstance(result, str | list | tuple | dict):
            _measure(result)
        return result

    return limited


class _LimitedCodeGenerator(CodeGenerator):
    """Jinja's code generator with a deadline check at the top of every block (so every
    loop iteration and macro call checks it) and ``~`` joins measured before they run."""

    def blockvisit(self, nodes: Iterable[Node], frame: Frame) -> None:
        self.writeline("environment.limit_tick()")
        super().blockvisit(nodes, frame)

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile or frame.eval_ctx.autoescape:
            super().visit_Concat(node, frame)  # Markup joins: rare, measured on output
            return
        self.write("environment.limited_join((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the time and size limits of this module."""

    code_generator_class = _LimitedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=self._finalize_output, **options)
        self.globals["range"] = _limited_range
        self.globals.pop("lipsum", None)  # makes pages of text in one uninterruptible call
        self.filters = {
            name: limited_filter(name, function) for name, function in self.filters.items()
        }

    @staticmethod
    def _finalize_output(value: Any) -> Any:
        if not isinstance(value, str):
            _check_text(value, "an output")
        return value

    def limit_tick(self) -> None:
        tick()

    def limited_join(self, parts: Iterable[Any]) -> str:
        parts = tuple(parts)
        _spend(sum(text_size(part) for part in parts), "a joined text")
        return "".join(map(str, parts))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        tick()
        _check_binop(operator, left, right)
        return _measure(self.binop_table[operator](left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        tick()
        _check_method(__obj, args, kwargs)
        return _measure(super().call(__context, __obj, *args, **kwargs))

    def getitem(self, obj: Any, argument: Any) -> Any:
        tick()
        value = super().getitem(obj, argument)
        return _measure(value) if isinstance(argument, slice) else value

    def getattr(self, obj: Any, attribute: str) -> Any:
        tick()
        return super().getattr(obj, attribute)


def render_limited(template: Any, variables: dict[str, Any], budget: Budget | None = None) -> str:
    """Render a template of a :class:`LimitedSandbox` within ``budget`` (by default the one
    :meth:`Budget.for_inputs` gives ``variables``)."""
    previous = _budget()
    budget = budget or Budget.for_inputs(variables)
    _state.budget = budget
    out: list[str] = []
    size = 0
    try:
        for chunk in template.generate(**variables):
            size += len(chunk)
            if size > budget.max_text:
                raise _too_big(f"a prompt of over {size:,} characters")
            out.append(chunk)
            tick()
        return "".join(out)
    except RecursionError:
        raise TemplateLimitError(
            f"The model's chat template did not finish: it calls itself too deeply. {_FIX}"
        ) from None
    except MemoryError:
        raise _too_big("a value too large for memory") from None
    finally:
        _state.budget = previous
