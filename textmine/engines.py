"""Past one machine: the per-document function mapped over the inputs on a Dask cluster.

The local engine (a process pool) lives in :mod:`textmine.corpus`; :func:`dask_map` runs the
same function through ``dask.bag`` on a ``distributed`` cluster and hands the results back in
input order, so the caller writes exactly the tables the local engine writes. Workers receive
paths, not texts: on a real cluster the input files must be visible to every worker under the
same paths (a shared file system), and every worker needs the same textmine version.

Example:
    >>> results = dask_map(str.upper, ["a", "b"], workers=2)  # doctest: +SKIP
    >>> list(results)  # doctest: +SKIP
    ['A', 'B']
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any

logger = logging.getLogger(__name__)

INSTALL_HINT = "the Dask engine needs dask and distributed: pip install 'textmine[dask]'"


def dask_map(
    func: Callable[[Any], Any],
    jobs: Sequence[Any],
    *,
    workers: int = 2,
    scheduler: str | None = None,
    partition_size: int = 8,
) -> Iterator[Any]:
    """Yield ``func(job)`` for every job, in the order of ``jobs``, computed on Dask.

    The jobs become a ``dask.bag`` of partitions of ``partition_size``; a window of twice as
    many partitions as there are workers is in flight at once, so results never pile up
    beyond that however long the input list.

    Args:
        func: a picklable function importable on the workers (e.g. a module-level function).
        jobs: its arguments, one per input.
        workers: worker processes of the local cluster started when no ``scheduler`` is given.
        scheduler: address of a running Dask scheduler (``tcp://host:8786``).
        partition_size: jobs per task.

    Raises:
        ImportError: dask or distributed is not installed (names the extra to install).
    """
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc
    if not jobs:
        return
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        logger.info("dask engine: %d jobs on %d workers (%s)", len(jobs), n_workers, client.scheduler.address)
        parts = iter(db.from_sequence(list(jobs), partition_size=partition_size).map(func).to_delayed())
        pending: deque[Any] = deque()
        for part in parts:
            pending.append(client.compute(part))
            if len(pending) >= 2 * n_workers:
                break
        while pending:
            future = pending.popleft()
            yield from future.result()
            future.release()
            part = next(parts, None)
            if part is not None:
                pending.append(client.compute(part))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
