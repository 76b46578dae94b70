"""How a record received from another computer meets the local one: a three-way decision.

Each side's state is a content fingerprint. A state both computers are known to have agreed on
(at an earlier exchange, directly or through a third computer) is the common ancestor: whichever
side moved away from it changed the record, and when both did, the officer decides.
"""

from collections.abc import Iterable
from enum import StrEnum


class MergeAction(StrEnum):
    ADD = "add"
    TAKE_INCOMING = "take_incoming"
    KEEP_LOCAL = "keep_local"
    SAME = "same"
    CONFLICT = "conflict"


def agreed_states(
    local_seen: dict[str, str],
    sender_seen: Iterable[tuple[str, str]],
    *,
    sender_id: str,
    own_id: str,
) -> set[str]:
    """Fingerprints of one record that both computers are known to have held.

    `local_seen` is peer -> fingerprint as this computer recorded it; `sender_seen` the same
    pairs as the sender recorded them, carried in its package."""
    sender_pairs = list(sender_seen)
    agreed = set(local_seen.values()) & {fp for _peer, fp in sender_pairs}
    if sender_id in local_seen:
        agreed.add(local_seen[sender_id])
    agreed.update(fp for peer, fp in sender_pairs if peer == own_id)
    return agreed


def decide(
    local: str | None,
    incoming: str,
    agreed: set[str],
    *,
    local_deleted: bool = False,
    incoming_deleted: bool = False,
) -> MergeAction:
    if local is None:
        return MergeAction.ADD
    if local == incoming:
        return MergeAction.SAME
    if local_deleted and incoming_deleted:
        # Deleted on both sides: what the deleted copies last said matters to nobody.
        return MergeAction.KEEP_LOCAL
    incoming_changed = incoming not in agreed
    local_changed = local not in agreed
    if incoming_changed and not local_changed:
        return MergeAction.TAKE_INCOMING
    if local_changed and not incoming_changed:
        return MergeAction.KEEP_LOCAL
    # Both moved, or nothing is known in common (first contact with differing copies).
    return MergeAction.CONFLICT
