"""The server's API key: made by the app (random, 32 bytes), kept in the OS keychain under the
app's service name and its own account, never in the settings file or a log.

Without a usable keychain the key lives in this store's memory until the app quits, and
:attr:`ApiKeyStore.session_only` says so. Headless runs may pass it in ``QWEN_DESK_API_KEY``.
"""

from __future__ import annotations

import logging
import os
import secrets

from desktop.core.hub.token_store import SERVICE, keychain_backend_usable

log = logging.getLogger(__name__)

ACCOUNT = "local-api-server-key"
KEY_ENV = "QWEN_DESK_API_KEY"
PREFIX = "qd-"


def new_key() -> str:
    return PREFIX + secrets.token_urlsafe(32)


class ApiKeyStore:
    """Get, create and remove the server's key (keyring is imported on first use)."""

    def __init__(self, service: str = SERVICE, account: str = ACCOUNT) -> None:
        self._service = service
        self._account = account
        self._session: str | None = None
        self._failed = False

    def __repr__(self) -> str:
        return "<ApiKeyStore>"

    @property
    def session_only(self) -> bool:
        """True when a key would be forgotten at quit (no usable keychain)."""
        return self._failed or not keychain_backend_usable()

    def get(self) -> str:
        """The key, or "" when none is set."""
        if self._session is not None:
            return self._session
        if self.session_only:
            return ""
        import keyring

        try:
            return keyring.get_password(self._service, self._account) or ""
        except Exception as exc:  # backends raise their own kinds (D-Bus, locked, ...)
            log.warning("reading the API key from the keychain failed: %s", type(exc).__name__)
            self._failed = True
            return ""

    def create(self) -> str:
        """A new key replacing the old one (clients using the old one are refused)."""
        key = new_key()
        if not self.session_only:
            import keyring

            try:
                keyring.set_password(self._service, self._account, key)
            except Exception as exc:  # keep it for this session instead
                log.warning("saving the API key in the keychain failed: %s", type(exc).__name__)
                self._failed = True
            else:
                self._session = None
                return key
        self._session = key
        return key

    def clear(self) -> None:
        self._session = None
        if self.session_only:
            return
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(self._service, self._account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored
        except Exception as exc:
            log.warning("removing the API key from the keychain failed: %s", type(exc).__name__)


def headless_key(store: ApiKeyStore | None = None) -> str:
    """The key for a headless server: ``QWEN_DESK_API_KEY`` or the keychain's."""
    return os.environ.get(KEY_ENV, "").strip() or (store or ApiKeyStore()).get()
