"""Hugging Face repository ids and the paths made from them.

A repo id comes from the Hub's answers or the catalog, so it is checked against the Hub's
own rules before it names a folder or a URL: ``owner/name``, ASCII letters, digits, ``_``,
``-`` and ``.``, no ``--`` or ``..``, neither part starting or ending with ``-`` or ``.``,
96 characters at most per part, no ``.git`` ending. Every path built for a download is also
checked to stay inside the models folder, whatever the id or file name says.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from desktop.core.hub.download_http import DownloadError
from desktop.core.i18n import translate

MAX_PART_LENGTH = 96
_PART = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$")


class InvalidRepoId(DownloadError):
    """Not a repository id the Hub could have; nothing is downloaded."""


class UnsafePath(DownloadError):
    """A download would be written outside the models folder; nothing is written."""


def repo_id_problem(repo: str) -> str | None:
    """What is wrong with ``repo`` as a Hub model id, or ``None`` when it is valid."""
    parts = repo.split("/")
    if len(parts) != 2:
        return translate("HubRepoId", "it must be owner/name")
    for part in parts:
        if not part:
            return translate("HubRepoId", "the owner or the name is empty")
        if len(part) > MAX_PART_LENGTH:
            return translate("HubRepoId", "a part is longer than {count} characters").format(
                count=MAX_PART_LENGTH
            )
        if ".." in part or "--" in part:
            return translate("HubRepoId", "it contains '..' or '--'")
        if not _PART.match(part):
            return translate(
                "HubRepoId",
                "it may have only letters, digits, '_', '-' and '.', and no part "
                "may start or end with '-' or '.'",
            )
    if parts[1].endswith(".git"):
        return translate("HubRepoId", "the name ends in '.git'")
    return None


def check_repo_id(repo: str) -> str:
    """``repo`` unchanged when it is a valid Hub model id; else :class:`InvalidRepoId`."""
    problem = repo_id_problem(repo)
    if problem is not None:
        shown = repo if len(repo) <= 120 else repo[:120] + "…"
        raise InvalidRepoId(
            translate(
                "HubRepoId",
                "'{shown}' is not a valid Hugging Face model id ({problem}), so "
                "nothing was downloaded. Check the model's name on its Hugging "
                "Face page.",
            ).format(shown=shown, problem=problem)
        )
    return repo


def inside(root: Path, path: Path) -> Path:
    """``path`` when it lies inside ``root`` (after resolving ``..`` and links); else
    :class:`UnsafePath`."""
    if "\x00" in str(path):  # no file system takes it (and realpath would raise)
        raise UnsafePath(
            translate(
                "HubRepoId",
                "The download's file name {name} has a NUL character, which no "
                "file name may have, so it was refused. The model's file name on "
                "Hugging Face is not safe.",
            ).format(name=repr(path.name))
        )
    base = Path(os.path.realpath(root))
    target = Path(os.path.realpath(path))
    if target == base or not target.is_relative_to(base):
        raise UnsafePath(
            translate(
                "HubRepoId",
                "The download would be saved at {path}, outside the models folder"
                " {root}, so it was refused. The model's name or file name on "
                "Hugging Face is not safe.",
            ).format(path=path, root=root)
        )
    return path
