"""The token store: keychain round trip, the no-keychain fallback, and no leaks."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail

from desktop.core.hub.token_store import (
    ACCOUNT,
    SERVICE,
    SecretsError,
    TokenStorage,
    TokenStore,
    keychain_backend_usable,
)

TOKEN = "hf_SecretsTestTokenNeverPrinted42"


def test_round_trip_through_the_keychain(memory_keyring):
    store = TokenStore()
    assert store.get() is None
    assert not store.status().has_token
    status = store.set(f"  {TOKEN}\n")
    assert status.storage is TokenStorage.KEYCHAIN
    assert "keychain" in status.message
    assert memory_keyring.store[(SERVICE, ACCOUNT)] == TOKEN
    assert TokenStore().get() == TOKEN  # another instance (a later run) reads it back
    assert store.clear().storage is TokenStorage.NONE
    assert (SERVICE, ACCOUNT) not in memory_keyring.store
    assert store.get() is None
    assert not store.session_only


def test_without_a_keychain_the_token_lives_for_this_session_only():
    keyring.set_keyring(fail.Keyring())  # the conftest fixture restores the keyring after
    store = TokenStore()
    assert store.session_only
    status = store.set(TOKEN)
    assert status.storage is TokenStorage.SESSION
    assert "until you quit" in status.message
    assert store.get() == TOKEN
    assert TokenStore().get() is None  # nothing survives the "session"
    assert store.clear().storage is TokenStorage.NONE
    assert store.get() is None


class EmptyChainer(chainer.ChainerBackend):
    backends = ()  # nothing to chain


def test_an_empty_chainer_counts_as_no_keychain(memory_keyring):
    assert not keychain_backend_usable(EmptyChainer())
    assert not keychain_backend_usable(fail.Keyring())
    assert keychain_backend_usable(memory_keyring)
    keyring.set_keyring(EmptyChainer())
    assert TokenStore().set(TOKEN).storage is TokenStorage.SESSION


class LockedKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keychain is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("locked")


def test_a_failing_keychain_falls_back_to_memory(caplog):
    caplog.set_level(logging.DEBUG)
    keyring.set_keyring(LockedKeyring())
    store = TokenStore()
    status = store.set(TOKEN)
    assert status.storage is TokenStorage.SESSION
    assert store.get() == TOKEN
    assert store.session_only
    assert not any(TOKEN in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("bad", ["", "   ", "hf_abc def"])
def test_bad_tokens_are_refused_with_a_plain_message(bad):
    with pytest.raises(SecretsError) as caught:
        TokenStore().set(bad)
    assert "huggingface.co/settings/tokens" in str(caught.value)


def test_the_token_is_in_no_repr_and_no_file(app_home):
    store = TokenStore()
    status = store.set(TOKEN)
    assert TOKEN not in repr(store)
    assert TOKEN not in repr(status)
    assert TOKEN not in str(status)
    written = [p for p in app_home.rglob("*") if p.is_file()] if app_home.exists() else []
    assert not any(TOKEN.encode() in p.read_bytes() for p in written)
