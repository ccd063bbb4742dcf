"""Backoff after a fault, and saying each fault once."""

from leadbook.sync.engine import Fault
from leadbook.sync.retry import LONGEST_WAIT_SECONDS, Retry


def test_offline_is_tried_again_after_a_wait_that_doubles_up_to_fifteen_minutes_and_said_once():
    retry = Retry()
    waits = [retry.after(Fault.OFFLINE) for _ in range(8)]
    assert [w for w, _ in waits][:4] == [30.0, 60.0, 120.0, 240.0]
    assert waits[-1][0] == LONGEST_WAIT_SECONDS
    assert [say for _, say in waits] == [True] + [False] * 7


def test_a_new_fault_is_said_and_a_sync_that_goes_through_starts_afresh():
    retry = Retry()
    retry.after(Fault.OFFLINE)
    assert retry.after(Fault.SERVER) == (60.0, True)
    assert retry.after(None) == (0.0, False)
    assert retry.after(Fault.SERVER) == (30.0, True)


def test_a_wrong_password_waits_for_the_user():
    retry = Retry()
    assert retry.after(Fault.PASSWORD) == (None, True)
    assert retry.after(Fault.PASSWORD) == (None, False)
