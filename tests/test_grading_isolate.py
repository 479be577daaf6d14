"""humas_ai.trainer.grading.isolate: how many grading places are free."""


import pytest

from humas_ai.trainer.grading.isolate import LONG_SECONDS, free_places


@pytest.mark.parametrize(("running_for", "durations", "free"), [
    ([], [], 3),  # nothing runs: every place is free
    ([1.0, 2.0], [], 1),
    ([1.0, 2.0, 3.0], [], 0),  # all places taken by ordinary jobs
    ([LONG_SECONDS + 1, 1.0, 2.0], [], 1),  # one long job no longer holds a place
    ([8.0, 1.0, 2.0], [3.0, 3.0, 3.0], 0),  # ... but "long" means 3 x the usual time
    ([10.0, 1.0, 2.0], [3.0, 3.0, 3.0], 1),
    ([30.0, 30.0, 30.0, 1.0], [1.0], 2),
    ([30.0] * 5, [1.0], 1),  # never more than twice the places at once
    ([30.0] * 6, [1.0], 0),
])
def test_long_running_jobs_do_not_hold_a_grading_place(running_for, durations, free):
    now = 1000.0
    started = [now - seconds for seconds in running_for]
    assert free_places(started, now, durations, workers=3) == free


def test_a_retry_alone_stays_alone_however_long_it_runs():
    assert free_places([0.0], 1000.0, [1.0], workers=1, make_room=False) == 0
    assert free_places([0.0], 1000.0, [1.0], workers=1) == 1
