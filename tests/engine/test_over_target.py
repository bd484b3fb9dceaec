"""The live SLA rule (docs/queue-rules.md, "Over target"): a service is over its target
when someone waits and the longest wait is longer than the target; exactly at the
target is not over. The supervisor view, the operator panel and the hall display ask
the same rule."""

from __future__ import annotations

import pytest

from conq_desktop.engine import FixedClock, QueueEngine
from conq_desktop.engine.rules import over_target
from conq_desktop.engine.snapshots import ServiceInfo, ServiceQueue


@pytest.mark.parametrize(
    ("waiting", "longest", "target", "over"),
    [
        (1, 16, 15, True),  # a minute past the target
        (1, 15, 15, False),  # exactly at the target is not over
        (1, 14, 15, False),
        (3, 120, 15, True),
        (0, 16, 15, False),  # nobody waits: nothing to be over
        (1, 6, 5, True),  # a service's own target counts, not the default 15
        (1, 5, 5, False),
    ],
)
def test_over_target_is_a_wait_longer_than_the_target(
    waiting: int, longest: int, target: int, over: bool
) -> None:
    assert over_target(waiting, longest, target) is over
    queue = ServiceQueue(
        service=ServiceInfo(code="X", prefix="X", names={"en": "X"}),
        waiting=waiting,
        longest_wait_minutes=longest,
        open_windows=1,
        active=True,
        target_wait_minutes=target,
    )
    assert queue.over_target is over


def test_the_status_crosses_the_target_as_time_passes(
    engine: QueueEngine, clock: FixedClock
) -> None:
    engine.issue("PENSION")

    def pension() -> ServiceQueue:
        return next(q for q in engine.status().services if q.service.code == "PENSION")

    assert not pension().over_target
    clock.advance(minutes=15, seconds=59)  # 15 whole minutes: at the target
    assert pension().longest_wait_minutes == 15
    assert not pension().over_target
    clock.advance(seconds=1)
    assert pension().longest_wait_minutes == 16
    assert pension().over_target
    assert not next(q for q in engine.status().services if q.service.code == "PASSPORT").over_target
