"""The Hugging Face token: kept in the OS keychain through ``keyring``, never in a file.

Where no keychain is usable (no backend, the "fail" backend, an empty chainer, or one that
errors), the token lives in this :class:`TokenStore`'s memory until the app quits, and
:meth:`TokenStore.status` says so in a sentence the GUI can show. The token never appears
in a repr, a log line or an exception message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring is imported where the keychain is used, not at start-up
    from keyring.backend import KeyringBackend

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

SERVICE = "QwenDesk"
ACCOUNT = "huggingface-token"


class SecretsError(Exception):
    """A token could not be stored (the message is for the user)."""


class TokenStorage(StrEnum):
    NONE = "none"  # no token set
    KEYCHAIN = "keychain"  # saved in the OS keychain
    SESSION = "session"  # in memory until the app quits


@dataclass(frozen=True)
class TokenStatus:
    storage: TokenStorage
    message: str

    @property
    def has_token(self) -> bool:
        return self.storage is not TokenStorage.NONE


_MESSAGES = {
    TokenStorage.NONE: QT_TRANSLATE_NOOP(
        "HubToken",
        "No Hugging Face token is set. Public models download without one; gated models need it.",
    ),
    TokenStorage.KEYCHAIN: QT_TRANSLATE_NOOP(
        "HubToken", "Your Hugging Face token is saved in the system keychain."
    ),
    TokenStorage.SESSION: QT_TRANSLATE_NOOP(
        "HubToken",
        "No system keychain is available, so your Hugging Face token is kept only until you "
        "quit Qwen Desk.",
    ),
}


def keychain_backend_usable(backend: KeyringBackend | None = None) -> bool:
    """False for keyring's "fail" and "null" backends and a chainer with no backends."""
    import keyring
    from keyring.backends import chainer, fail, null

    backend = backend or keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(keychain_backend_usable(b) for b in backend.backends)
    return True


class TokenStore:
    """Get, set and clear the Hugging Face token. Keep one per app (the composition root):
    a session-only token lives in the instance."""

    def __init__(self, service: str = SERVICE, account: str = ACCOUNT) -> None:
        self._service = service
        self._account = account
        self._session_token: str | None = None
        self._keychain_failed = False

    def __repr__(self) -> str:
        return f"<TokenStore {self.status().storage}>"

    def _keychain(self) -> bool:
        return not self._keychain_failed and keychain_backend_usable()

    def get(self) -> str | None:
        if self._session_token is not None:
            return self._session_token
        if not self._keychain():
            return None
        import keyring

        try:
            return keyring.get_password(self._service, self._account) or None
        except Exception as exc:  # backends raise their own kinds (D-Bus, locked, ...)
            log.warning("reading the token from the keychain failed: %s", type(exc).__name__)
            self._keychain_failed = True
            return None

    def set(self, token: str) -> TokenStatus:
        """Store ``token`` (surrounding spaces removed); returns where it went."""
        token = token.strip()
        if not token:
            raise SecretsError(
                translate(
                    "HubToken",
                    "The token is empty. Paste the token from your Hugging Face settings page "
                    "(huggingface.co/settings/tokens).",
                )
            )
        if any(c.isspace() for c in token):
            raise SecretsError(
                translate(
                    "HubToken",
                    "A Hugging Face token has no spaces in it; copy it again from "
                    "huggingface.co/settings/tokens.",
                )
            )
        if self._keychain():
            import keyring

            try:
                keyring.set_password(self._service, self._account, token)
            except Exception as exc:  # any failure: keep the token for this session instead
                log.warning("saving the token in the keychain failed: %s", type(exc).__name__)
                self._keychain_failed = True
            else:
                self._session_token = None
                return self.status()
        self._session_token = token
        return self.status()

    def clear(self) -> TokenStatus:
        self._session_token = None
        if self._keychain():
            import keyring.errors

            try:
                keyring.delete_password(self._service, self._account)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing stored
            except Exception as exc:
                log.warning("removing the token from the keychain failed: %s", type(exc).__name__)
        return self.status()

    def status(self) -> TokenStatus:
        if self._session_token is not None:
            storage = TokenStorage.SESSION
        elif self.get() is not None:
            storage = TokenStorage.KEYCHAIN
        else:
            storage = TokenStorage.NONE
        return TokenStatus(storage, translate("HubToken", _MESSAGES[storage]))

    @property
    def session_only(self) -> bool:
        """True when a token set now would be forgotten at quit (no usable keychain)."""
        return not self._keychain()
