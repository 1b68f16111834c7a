"""One file from the Hub: resume, retry, hash while writing, verify, move into place.

While downloading, ``<name>.part`` holds the bytes so far and ``<name>.part.json`` records
what they belong to (URL, size, sha256, ETag; never the token). A later run, in this process
or a new one, continues from the end of the part file with ``Range: bytes=N-`` if the
sidecar still matches what the Hub says; a server that answers 200 instead of 206 gets the
file from the start. The sha256 is computed in the same pass as the write (the part already
on disk is hashed once when resuming) and checked before ``os.replace`` moves the file into
place.
"""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop.core.atomic import write_text_atomic
from desktop.core.hub.download_http import (
    AuthError,
    BodyReader,
    DiskSpaceError,
    DownloadError,
    HTTPStatusError,
    NetworkError,
    NotFoundError,
    OfflineError,
    RemoteFile,
    StallError,
    Timeouts,
    VerificationError,
    download_client,
    fetch_metadata,
    open_url,
    parse_content_range,
)
from desktop.core.hub.download_util import (
    Control,
    DownloadCancelled,
    DownloadInterrupted,
    DownloadPaused,
    DownloadPausedOffline,
    PipelinedHasher,
    ProgressCallback,
    ProgressMeter,
    RetryPolicy,
)
from desktop.core.hub.http_client import Unreachable
from desktop.core.i18n import translate
from desktop.core.units import format_size

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "Control",
    "DownloadCancelled",
    "DownloadInterrupted",
    "DownloadPaused",
    "DownloadPausedOffline",
    "FileDownload",
    "ProgressCallback",
    "ProgressMeter",
    "RetryPolicy",
    "part_paths",
    "read_sidecar",
    "remove_partial",
]

log = logging.getLogger(__name__)

SIDECAR_VERSION = 1
DiskUsage = Callable[[Path], Any]  # shutil.disk_usage: returns an object with .free
_TRANSIENT = (OSError, http.client.HTTPException, StallError)


def part_paths(dest: Path) -> tuple[Path, Path]:
    return dest.with_name(dest.name + ".part"), dest.with_name(dest.name + ".part.json")


def read_sidecar(sidecar: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == SIDECAR_VERSION else None


def remove_partial(dest: Path) -> None:
    for path in part_paths(dest):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


class FileDownload:
    """Download ``url`` to ``dest``; :meth:`run` returns ``dest`` or raises."""

    def __init__(
        self,
        url: str,
        dest: Path,
        *,
        label: str,
        token: str | None = None,
        offline: Callable[[], bool] = lambda: False,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        disk_usage: DiskUsage = shutil.disk_usage,
        on_progress: ProgressCallback | None = None,
        control: Control | None = None,
        expected_sha256: str | None = None,
        expected_size: int | None = None,
        describe: dict[str, str] | None = None,
    ) -> None:
        self.url = url
        self._describe = describe or {}  # written into the sidecar (repo, filename, ...)
        self.dest = dest
        self.label = label  # "repo/filename", for messages
        self._token = token
        self._offline = offline
        self._timeouts = timeouts or Timeouts()
        self._retry = retry or RetryPolicy()
        self._disk_usage = disk_usage
        self._on_progress = on_progress
        self.control = control or Control()
        self._expected_sha256 = expected_sha256
        self._expected_size = expected_size
        self.part, self.sidecar = part_paths(dest)
        self._client: httpx2.Client | None = None  # one per run, for all its requests

    # --- helpers ------------------------------------------------------------------------

    def _host(self) -> str:
        return urlsplit(self.url).hostname or self.url

    def _require_online(self) -> None:
        if self._offline():
            raise OfflineError(
                translate(
                    "Downloads",
                    "Offline mode is on, so Qwen Desk does not connect to Hugging Face. Turn "
                    "offline mode off in Settings to download models.",
                )
            )

    def _check_live(self) -> None:
        """Between chunks of a transfer: pause or cancel on request, and pause at once (not
        fail: the partial file stays, resumable) when offline mode is switched on."""
        self.control.check()
        if self._offline():
            raise DownloadPausedOffline()

    def _status_error(self, exc: HTTPStatusError) -> DownloadError:
        repo = self.label.rsplit("/", 1)[0]
        if exc.status in (401, 403):
            return AuthError(
                translate(
                    "Downloads",
                    "{repo} is gated or private on Hugging Face. Add your Hugging Face token in "
                    "Settings, and accept the model's licence on its page "
                    "(https://huggingface.co/{repo}), then try again.",
                ).format(repo=repo)
            )
        if exc.status == 404:
            return NotFoundError(
                translate(
                    "Downloads",
                    "{file} was not found on Hugging Face. It may have been renamed or removed; "
                    "refresh the catalog and try again.",
                ).format(file=self.label)
            )
        return DownloadError(
            translate(
                "Downloads", "Hugging Face answered {status} for {file}. Try again later."
            ).format(status=exc.status, file=self.label)
        )

    def _network_error(self, exc: BaseException, retries: int, meter: bool) -> NetworkError:
        if isinstance(exc, StallError):
            reason = translate("Downloads", "the connection stalled")
        elif isinstance(exc, Unreachable):
            reason = str(exc)  # already names the host and the cause
        else:
            reason = f"{self._host()}: {str(exc) or type(exc).__name__}"
        if not meter:  # nothing transferred yet: the Hub itself is out of reach
            return NetworkError(
                translate(
                    "Downloads",
                    "Could not reach Hugging Face ({reason}) to download {file}. Check your "
                    "internet connection and try again, or turn on offline mode to use only the "
                    "models you already have.",
                ).format(reason=reason, file=self.label)
            )
        return NetworkError(
            translate(
                "Downloads",
                "Could not download {file} ({reason}), even after {retries} retries. Check your "
                "internet connection and try again; the download continues where it stopped.",
            ).format(file=self.label, reason=reason, retries=retries)
        )

    def _with_retries(
        self, attempt: Callable[[], Any], meter: ProgressMeter | None, retries: int
    ) -> Any:
        failures = 0
        while True:
            if meter is None:  # nothing transferred yet: offline refuses the download
                self.control.check()
                self._require_online()
            else:
                self._check_live()
            before = meter.done if meter else 0
            try:
                return attempt()
            except HTTPStatusError as exc:
                if not exc.transient:
                    raise self._status_error(exc) from None
                error: BaseException = exc
            except _TRANSIENT as exc:
                error = exc
            if meter and meter.done > before:
                failures = 0
            failures += 1
            log.info("download of %s interrupted (%s), retry %d", self.label, error, failures)
            if failures > retries:
                if isinstance(error, HTTPStatusError):
                    raise self._status_error(error) from None
                raise self._network_error(error, retries, meter is not None) from None
            if meter:
                meter.update(meter.done, force=True)
            self.control.sleep(self._retry.delay(failures))

    # --- the job ------------------------------------------------------------------------

    def run(self) -> Path:
        self.control.check()
        self._require_online()
        with download_client(self._timeouts) as client:
            self._client = client
            try:
                return self._run()
            finally:
                self._client = None

    def _run(self) -> Path:
        remote: RemoteFile = self._with_retries(
            lambda: fetch_metadata(
                self.url, token=self._token, timeouts=self._timeouts, client=self._client
            ),
            None,
            self._retry.metadata_retries,
        )
        size = remote.size if remote.size is not None else self._expected_size
        if size is None:
            raise DownloadError(
                translate("Downloads", "Hugging Face did not say how large {file} is.").format(
                    file=self.label
                )
            )
        sha256 = remote.sha256 or self._expected_sha256
        if self.dest.exists() and self.dest.stat().st_size == size:
            remove_partial(self.dest)
            return self.dest
        offset = self._prepare_part(remote, size, sha256)
        self._check_disk_space(size - offset)
        meter = ProgressMeter(size, self._on_progress, idle_after=2 * self._timeouts.tick)
        with (
            open(self.part, "r+b", buffering=0) as out,
            PipelinedHasher(sync_fd=out.fileno()) as hasher,
        ):
            self._hash_existing(out, offset, hasher)
            meter.reset(offset)
            meter.update(offset, force=True)
            while meter.done < size:
                self._with_retries(
                    lambda: self._transfer(out, hasher, size, meter), meter, self._retry.max_retries
                )
            out.flush()
            os.fsync(out.fileno())
            digest = hasher.hexdigest()
        meter.update(size, force=True)
        self._verify(digest, sha256)
        os.replace(self.part, self.dest)
        self.sidecar.unlink(missing_ok=True)
        return self.dest

    def _prepare_part(self, remote: RemoteFile, size: int, sha256: str | None) -> int:
        meta = {
            "version": SIDECAR_VERSION,
            "url": self.url,
            "size": size,
            "sha256": sha256,
            "etag": remote.etag,
            "request": self._describe,
        }
        old = read_sidecar(self.sidecar)
        if old is not None and self.part.exists():
            same = all(old.get(k) == meta[k] for k in ("url", "size", "sha256", "etag"))
            offset = self.part.stat().st_size
            if same and offset <= size:
                return offset
        self.dest.parent.mkdir(parents=True, exist_ok=True)
        self.part.write_bytes(b"")
        write_text_atomic(self.sidecar, json.dumps(meta, indent=1))
        return 0

    def _check_disk_space(self, needed: int) -> None:
        try:
            free = int(self._disk_usage(self.dest.parent).free)
        except OSError:
            return
        if free < needed:
            raise DiskSpaceError(
                translate(
                    "Downloads",
                    "Not enough disk space for {file}: it needs {size} more but only {free} is "
                    "free in {folder}. Free some space, or choose another models folder in "
                    "Settings.",
                ).format(
                    file=self.label,
                    size=format_size(needed),
                    free=format_size(free),
                    folder=self.dest.parent,
                )
            )

    def _hash_existing(self, out: io.FileIO, offset: int, hasher: PipelinedHasher) -> None:
        out.seek(0)
        remaining = offset
        while remaining:
            self.control.check()
            buffer = hasher.buffer()
            n = out.readinto(memoryview(buffer)[: min(len(buffer), remaining)])
            if not n:
                hasher.give_back(buffer)
                break
            hasher.submit(buffer, n)
            remaining -= n
        out.seek(offset)
        out.truncate()

    def _transfer(
        self, out: io.FileIO, hasher: PipelinedHasher, size: int, meter: ProgressMeter
    ) -> None:
        """One request from ``meter.done`` on; returns at the end of the body."""
        offset = meter.done
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        with open_url(
            self.url,
            token=self._token,
            headers=headers,
            timeouts=self._timeouts,
            client=self._client,
        ) as r:
            if offset and r.status == 206:
                start = parse_content_range(r.header("Content-Range"))
                if start is None or start[0] != offset:
                    raise http.client.HTTPException("the server sent a different byte range")
            elif offset:  # 200: the server ignored Range; take the whole file from here
                log.info("server ignored Range for %s; restarting from 0", self.label)
                offset = 0
                out.seek(0)
                out.truncate()
                hasher.reset()
                meter.reset(0)
            with BodyReader(
                r, self._timeouts, self._check_live, lambda: meter.update(meter.done)
            ) as reader:
                offset = self._receive(reader, out, hasher, offset, size, meter)
        if offset < size:
            raise http.client.IncompleteRead(b"", size - offset)

    def _receive(
        self,
        reader: BodyReader,
        out: io.FileIO,
        hasher: PipelinedHasher,
        offset: int,
        size: int,
        meter: ProgressMeter,
    ) -> int:
        """Write and hash the body from ``offset``; returns the offset reached."""
        while offset < size:
            buffer = hasher.buffer()
            try:
                view = memoryview(buffer)[: min(len(buffer), size - offset)]
                n = reader.readinto(view)
                if n:
                    self._write(out, view[:n])
            except BaseException:
                hasher.give_back(buffer)
                raise
            if not n:
                hasher.give_back(buffer)
                break
            hasher.submit(buffer, n)
            offset += n
            meter.update(offset)
            self._check_live()  # a pause or offline mode stops within one chunk
        return offset

    def _write(self, out: io.FileIO, data: memoryview) -> None:
        try:
            while data:
                written = out.write(data)
                if not written:
                    raise OSError("the disk accepted no bytes")
                data = data[written:]
        except OSError as exc:
            raise DownloadError(
                translate(
                    "Downloads",
                    "Could not write {file} ({error}). Check that the disk is not full and the "
                    "models folder is writable.",
                ).format(file=self.part.name, error=exc.strerror or exc)
            ) from None

    def _verify(self, digest: str, sha256: str | None) -> None:
        if sha256 is not None and digest != sha256:
            remove_partial(self.dest)
            raise VerificationError(
                translate(
                    "Downloads",
                    "The download of {file} is damaged: its sha256 checksum does not match the "
                    "one Hugging Face publishes, so the file was deleted. Try the download again.",
                ).format(file=self.label)
            )
