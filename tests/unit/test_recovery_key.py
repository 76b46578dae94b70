"""The recovery key as the officer reads, prints and types it."""

import re

import pytest

from otop_desktop.services.privacy.recovery_key import (
    RecoveryKey,
    RecoveryKeyTypoError,
    key_id,
    looks_like_recovery_key,
    parse_recovery_key,
)


def test_a_new_key_is_nine_groups_of_four_unambiguous_characters() -> None:
    keys = {RecoveryKey.new() for _ in range(50)}
    assert len(keys) == 50  # random
    for key in keys:
        assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}", key.text)
        assert parse_recovery_key(key.text) == key
        assert key.text not in repr(key) and key.secret.hex() not in repr(key)


def test_typing_is_forgiving_about_case_dashes_and_look_alike_letters() -> None:
    key = RecoveryKey(bytes(range(20)))
    typed = key.text.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert looks_like_recovery_key(typed)
    assert parse_recovery_key(typed) == key
    assert parse_recovery_key("  " + key.text.replace("-", "") + "\n") == key


def test_one_mistyped_character_is_caught_by_the_check_characters() -> None:
    key = RecoveryKey.new()
    chars = list(key.text)
    for position in (0, 7, 20, len(chars) - 1):
        wrong = chars.copy()
        wrong[position] = "2" if wrong[position] != "2" else "3"
        with pytest.raises(RecoveryKeyTypoError):
            parse_recovery_key("".join(wrong))


def test_a_password_is_not_taken_for_a_recovery_key() -> None:
    for text in ("ลับเฉพาะ๒๕๖๖", "password1234", "", "ABCD-EFGH"):
        assert not looks_like_recovery_key(text)
        with pytest.raises(ValueError):
            parse_recovery_key(text)


def test_the_data_key_and_its_public_name_follow_from_the_key_alone() -> None:
    key = RecoveryKey(b"\x07" * 20)
    assert key.data_key() == RecoveryKey(b"\x07" * 20).data_key()
    assert len(key.data_key()) == 32 and key.data_key() != RecoveryKey(b"\x08" * 20).data_key()
    assert key_id(key.data_key()) == key_id(key.data_key()) and len(key_id(key.data_key())) == 16
    assert key_id(key.data_key()) not in key.data_key().hex()
