"""Lint many files on all cores. A pool costs a few hundred milliseconds to start (each
worker imports the readers and rules), so it is used only for more than ``POOL_THRESHOLD``
files: a pre-commit run over one or two reports stays in one process."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

POOL_THRESHOLD = 8


def workers(jobs: int | None = None) -> int:
    if jobs and jobs > 0:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_in_order(
    func: Callable[[T], R], items: Sequence[T], *, jobs: int | None = None
) -> Iterator[R]:
    """``func`` over ``items``, results in the order of ``items``. ``func`` must be a
    module-level function (it is pickled to the workers)."""
    count = workers(jobs)
    if len(items) <= POOL_THRESHOLD or count == 1:
        yield from map(func, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # not imported for one or two files

    # Chunks keep the pickling overhead down on folders of hundreds of small files.
    chunk = max(1, len(items) // (count * 4))
    with ProcessPoolExecutor(max_workers=count) as pool:
        yield from pool.map(func, items, chunksize=chunk)
