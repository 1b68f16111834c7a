"""Reading import files: JSON parsing and field checks that name the line or field at fault."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.history.records import HistoryError, clean_text, datetime_to_ms
from desktop.core.i18n import translate

_REQUIRED: Any = object()
MAX_DEPTH = 32  # our format nests 6 deep; stats and sampling a little more
MAX_DIGITS = 30  # longer numbers are no value the app stores (and Python refuses > 4,300)
# Message order is kept in a 64-bit key made from the time in milliseconds (schema.sort_key),
# which holds the years from 1691 to 2248; dates are taken from 1700 to 2200.
EARLIEST = datetime(1700, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


class _NumberTooLong(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        digits = len(text.lstrip("-"))
        self.shown = text if len(text) <= 20 else f"{digits:,} digits long"


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _NumberTooLong(text)
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _NumberTooLong(text)
    return value


def _parse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def _too_deep(data: object) -> bool:
    """Whether ``data`` nests lists and objects more than MAX_DEPTH deep (walked without
    recursion, so any depth is safe to check)."""
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = list(value.values())
        if isinstance(value, list):
            if depth >= MAX_DEPTH:
                return True
            stack.extend((item, depth + 1) for item in value if isinstance(item, dict | list))
    return False


class ImportProblem(Exception):
    """One thing wrong with an import file: where (a field path) and what."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where} {what}")
        self.where = where
        self.what = what

    def error(self) -> HistoryError:
        # The problem itself ("is missing", "is text, expected a list", ...) stays English.
        if self.where.startswith("the file"):
            text = translate(
                "HistoryImport",
                "The file cannot be imported: the file {problem}. Nothing was imported.",
            )
        else:
            text = translate(
                "HistoryImport",
                "The file cannot be imported: the field {field} {problem}. Nothing was imported.",
            )
        return HistoryError(text.format(field=self.where, problem=self.what), "import")


def parse_json(source: str | bytes | Path) -> object:
    """JSON from a path, bytes or text; a plain error names the line and column at fault."""
    if isinstance(source, Path):
        try:
            source = source.read_bytes()
        except OSError as exc:
            raise HistoryError(
                translate(
                    "HistoryImport",
                    "The file {name} could not be read ({error}). Check that it exists and that "
                    "you may read it.",
                ).format(name=exc.filename, error=exc.strerror or exc),
                "import",
            ) from exc
    if isinstance(source, bytes):
        raw = source
        try:
            source = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise HistoryError(
                translate(
                    "HistoryImport",
                    "The file cannot be imported: line {line} has bytes that are not UTF-8 text. "
                    "Save the file as UTF-8 and try again. Nothing was imported.",
                ).format(line=line),
                "import",
            ) from exc
    deep = HistoryError(
        translate(
            "HistoryImport",
            "The file cannot be imported: its JSON is nested too deeply (more than "
            "{depth} levels; no conversation needs that many). Nothing was imported.",
        ).format(depth=MAX_DEPTH),
        "import",
    )
    try:
        data = json.loads(
            source,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except json.JSONDecodeError as exc:
        raise HistoryError(
            translate(
                "HistoryImport",
                "The file cannot be imported: it is not valid JSON at line {line}, column "
                "{colno} ({msg}). Nothing was imported.",
            ).format(line=exc.lineno, colno=exc.colno, msg=exc.msg),
            "import",
        ) from exc
    except _NumberTooLong as exc:
        raise HistoryError(
            translate(
                "HistoryImport",
                "The file cannot be imported: it has a number ({number}) too large for any "
                "value a conversation holds. Nothing was imported.",
            ).format(number=exc.shown),
            "import",
        ) from exc
    except RecursionError as exc:
        raise deep from exc
    except ValueError as exc:  # NaN or Infinity, which JSON does not allow
        raise HistoryError(
            translate(
                "HistoryImport", "The file cannot be imported: {error}. Nothing was imported."
            ).format(error=exc),
            "import",
        ) from exc
    if _too_deep(data):
        raise deep
    return data


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


class Checker:
    """Typed access to one JSON object of an import file, with field paths in errors."""

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, dict):
            raise ImportProblem(path, f"is {_kind(data)}, expected an object")
        self.data: dict[str, Any] = data
        self.path = path

    def where(self, key: str) -> str:
        if not self.path or self.path == "the file":
            return key
        return f"{self.path}.{key}" if key else self.path

    def _get(self, key: str, default: Any) -> Any:
        if key in self.data:
            return self.data[key]
        if default is _REQUIRED:
            raise ImportProblem(self.where(key), "is missing")
        return default

    def _wrong(self, key: str, value: object, expected: str) -> ImportProblem:
        return ImportProblem(self.where(key), f"is {_kind(value)}, expected {expected}")

    def text(self, key: str, default: Any = _REQUIRED) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            raise self._wrong(key, value, "text")
        try:
            return clean_text(value, f"field {self.where(key)}")
        except HistoryError as exc:
            reason = str(exc)
            raise HistoryError(
                translate(
                    "HistoryImport",
                    "The file cannot be imported: {first}{rest} Nothing was imported.",
                ).format(first=reason[:1].lower(), rest=reason[1:]),
                "import",
            ) from None

    def text_or_none(self, key: str) -> str | None:
        return None if self._get(key, None) is None else self.text(key)

    def content_text(self, key: str) -> str:
        """OpenAI ``content``: text, null, or a list of ``{"type": "text", "text": ...}``."""
        value = self._get(key, _REQUIRED)
        if value is None or isinstance(value, str):
            return self.text(key) if value is not None else ""
        if not isinstance(value, list):
            raise self._wrong(key, value, "text or a list of text parts")
        pieces = []
        for index, part in enumerate(value):
            checker = Checker(part, f"{self.where(key)}[{index}]")
            kind = checker.text("type")
            if kind != "text":
                raise ImportProblem(
                    checker.where("type"), f"is '{kind}'; only text parts can be imported"
                )
            pieces.append(checker.text("text"))
        return "".join(pieces)

    def boolean(self, key: str, default: Any = _REQUIRED) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            raise self._wrong(key, value, "true or false")
        return value

    def integer(self, key: str) -> int:
        value = self._get(key, _REQUIRED)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._wrong(key, value, "a whole number")
        return value

    def integer_or_none(self, key: str) -> int | None:
        return None if self._get(key, None) is None else self.integer(key)

    def time(self, key: str) -> int:
        value = self.text(key)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise ImportProblem(
                self.where(key), f"is '{value[:40]}', expected a date like 2025-01-31T12:00:00Z"
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        try:
            inside = EARLIEST <= moment < LATEST
        except OverflowError:  # a date at the very ends of the calendar, with an offset
            inside = False
        if not inside:
            raise ImportProblem(
                self.where(key),
                f"is '{value[:40]}', a date outside the years {EARLIEST.year} to "
                f"{LATEST.year - 1} that Qwen Desk can keep",
            )
        return datetime_to_ms(moment)

    def time_or_none(self, key: str) -> int | None:
        return None if self._get(key, None) is None else self.time(key)

    def choice(self, key: str, options: tuple[str, ...], default: Any = _REQUIRED) -> str:
        value = self._get(key, default)
        if value not in options:
            shown = f"'{value[:40]}'" if isinstance(value, str) else _kind(value)
            raise ImportProblem(
                self.where(key), f"is {shown}, expected one of {', '.join(options)}"
            )
        return str(value)

    def mapping(self, key: str) -> dict[str, Any]:
        value = self._get(key, None)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self._wrong(key, value, "an object")
        return value

    def items(self, key: str) -> list[Checker]:
        value = self._get(key, _REQUIRED)
        if not isinstance(value, list):
            raise self._wrong(key, value, "a list")
        where = self.where(key)
        return [Checker(item, f"{where}[{index}]") for index, item in enumerate(value)]
