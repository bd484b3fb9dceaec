"""Running one function in several OS processes at once, for the race tests."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any

# Longer than any race test takes on a loaded machine; a process lost without an answer
# then fails its test instead of leaving the whole run waiting.
POOL_TIMEOUT = 300.0


def in_processes(
    function: Callable[..., Any],
    arguments: Sequence[tuple[Any, ...]],
    *,
    timeout: float = POOL_TIMEOUT,
) -> list[Any]:
    """``function(*args)`` for each of ``arguments``, each in a process of its own
    (spawned: a fresh interpreter, as another PC would be), the results in order.
    ``Pool.starmap`` would wait for ever for a process that died without an answer."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(len(arguments)) as pool:
        return pool.starmap_async(function, arguments).get(timeout=timeout)
