"""Running one function over many jobs: local worker processes with a time limit per job
(:func:`ordered_map`, or :class:`WorkerPool` for several rounds of jobs on the same workers),
or a Dask cluster past one machine (:func:`dask_map`).

The corpus runner hands every input to a :class:`WorkerPool`, and then, on the same warmed
workers, the reports it reads a second time. Each worker process holds two jobs
(it runs one while the next waits in its pipe), and a thread of the calling process serves the
workers, so they go on while the caller writes a batch of results; two workers keep two cores
busy whatever the sizes of the jobs. Results come back in the order of the jobs (so output is
the same bytes whatever the number of workers). A job that runs past ``timeout`` seconds has
its worker killed and replaced: the job's result is ``on_timeout(job)``, the job waiting behind
it is handed out again, and the run goes on. A worker that dies (a crash, the kernel's OOM
killer) gives ``on_crash(job, exitcode)`` the same way.

Workers are started by the ``forkserver`` method where the platform has it: a fresh worker
(after a time-out) starts quickly and never inherits the parent's threads or locks, and what
the fork server has loaded (``preload``) every worker has without loading it again.

Example:
    >>> list(ordered_map(abs, [-1, 2], workers=1, timeout=None))  # runs in this process
    [1, 2]
"""

from __future__ import annotations

import logging
import math
import multiprocessing as mp
import os
import queue
import select
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

J = TypeVar("J")
R = TypeVar("R")

#: How many jobs may be handed out ahead of the first unfinished one, per worker (bounds the
#: results held back for ordering, and so memory, when one job is slow).
AHEAD_PER_WORKER = 8


#: The fork server's first preload when the workers run a library function: its workers do not
#: re-run the caller's main script (:mod:`textmine._no_main`).
NO_MAIN = "textmine._no_main"


def _context(preload: Sequence[str] = (), *, func: Callable[..., Any] | None = None) -> Any:
    methods = mp.get_all_start_methods()
    from_main = getattr(func, "__module__", None) == "__main__"
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if from_main and main_file and not os.path.exists(main_file) and "fork" in methods:
        # a function of a main program read from standard input (python - <<EOF) cannot be
        # found again by a fork server's workers: fork them from this process instead
        return mp.get_context("fork")
    if "forkserver" not in methods:
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    # takes effect when the fork server starts (once per process)
    ctx.set_forkserver_preload([*(() if from_main else (NO_MAIN,)), *preload])
    return ctx


def start_fork_server(*, preload: Sequence[str] = ()) -> bool:
    """Start this process's fork server now, importing ``preload`` (what :func:`ordered_map`
    would start at its first call), so that its imports run while the caller does other work.

    Returns False where the platform has no fork server (nothing is started). Later calls, and
    :func:`ordered_map`'s, reuse the running server.

    Example:
        >>> start_fork_server(preload=("textmine._warm",))  # doctest: +SKIP
        True
    """
    if "forkserver" not in mp.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    _context(preload)
    forkserver.ensure_running()
    return True


def _worker(func: Callable[[Any], Any], conn: Connection) -> None:
    """A worker's loop: receive ``(index, job)``, send ``(index, result)``; ``None`` stops it."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, job = message
        conn.send((index, func(job)))


class _Worker:
    """One worker process and the jobs handed to it, oldest first (it runs them in order)."""

    def __init__(self, ctx: Any, func: Callable[[Any], Any]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(func, child), daemon=True)
        self.process.start()
        child.close()
        self.jobs: deque[tuple[int, Any]] = deque()
        self.started = 0.0  # when the oldest job started (as far as this process can tell)

    def give(self, index: int, job: Any) -> None:
        if not self.jobs:
            self.started = time.monotonic()
        self.jobs.append((index, job))
        self.conn.send((index, job))

    def finished(self) -> tuple[int, Any]:
        """Take the oldest job off the list: its result came; the next one starts now."""
        done = self.jobs.popleft()
        self.started = time.monotonic()
        return done

    def stop(self, *, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def ordered_map(
    func: Callable[[J], R],
    jobs: Iterable[J],
    *,
    workers: int = 1,
    timeout: float | None = None,
    on_timeout: Callable[[J, float], R] | None = None,
    on_crash: Callable[[J, int | None], R] | None = None,
    preload: Sequence[str] = (),
) -> Iterator[R]:
    """Yield ``func(job)`` for every job, in the order of ``jobs``.

    Args:
        func: a picklable, importable function (it runs in worker processes).
        jobs: picklable jobs; consumed lazily.
        workers: worker processes. With ``workers=1`` and no ``timeout`` the jobs run in this
            process (no pickling, easiest to debug).
        timeout: seconds one job may run before its worker is killed; ``None`` for no limit.
        on_timeout: the result of a job that timed out, from the job and the limit (required
            when ``timeout`` is set).
        on_crash: the result of a job whose worker died, from the job and the exit code
            (required when jobs run in workers).
        preload: modules the fork server imports before it forks the workers, so that what
            they load is loaded once (e.g. ``textmine._warm``); where the fork server of this
            process has already started, or there is none, it has no effect.

    Raises:
        ValueError: ``workers`` < 1, or ``timeout`` <= 0, or a needed callback is missing.
    """
    with WorkerPool(
        func, workers=workers, timeout=timeout, on_timeout=on_timeout, on_crash=on_crash, preload=preload
    ) as pool:  # fmt: skip
        yield from pool.map(jobs)


#: Jobs handed to one worker at a time: the next one waits in its pipe, so the worker never
#: idles while this process takes its last result.
DEPTH = 2

#: Seconds the serving thread waits at most before it looks again (stop requests, room).
_TICK = 0.05


class WorkerPool:
    """Worker processes that run ``func`` over several lists of jobs in turn, started once.

    :func:`ordered_map` maps one list of jobs; a pool maps one list after another on the same
    workers, so a second round (the corpus run's second reading) neither waits for new workers
    nor loads again what the first round's workers loaded on first use. Each :meth:`map` yields
    its results in job order, with the same time limit and crash handling as
    :func:`ordered_map`. With ``workers=1`` and no ``timeout`` jobs run in this process.

    Example:
        >>> with WorkerPool(abs, workers=1, timeout=None) as pool:
        ...     list(pool.map([-1, 2])), list(pool.map([-3]))
        ([1, 2], [3])

    Raises:
        ValueError: ``workers`` < 1, or ``timeout`` <= 0, or a needed callback is missing.
    """

    def __init__(
        self, func: Callable[[J], R], *, workers: int = 1, timeout: float | None = None,
        on_timeout: Callable[[J, float], R] | None = None, on_crash: Callable[[J, int | None], R] | None = None,
        preload: Sequence[str] = (),
    ) -> None:  # fmt: skip
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        if timeout is not None and timeout <= 0:
            raise ValueError(f"timeout must be positive seconds or None, got {timeout}")
        self.in_process = workers == 1 and timeout is None
        if not self.in_process and (on_crash is None or (timeout is not None and on_timeout is None)):
            raise ValueError("on_crash (and on_timeout with a timeout) are needed to run in workers")
        self.func = func
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._out: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._stop = threading.Event()
        self._settings = (workers, timeout, on_timeout, on_crash, tuple(preload))
        self._mapping = False

    def start(self) -> WorkerPool:
        """Start the worker processes now, before the first :meth:`map` (which otherwise starts
        them): they fork from the fork server as soon as it is warm, while the caller goes on
        with its own start. Nothing to start for jobs run in this process."""
        if self.in_process or self._server is not None:
            return self
        if self._stop.is_set():
            raise RuntimeError("the worker pool was closed")
        workers, timeout, on_timeout, on_crash, preload = self._settings
        self._server = _Server(
            self.func, workers, timeout, on_timeout, on_crash, self._out, self._stop, preload
        )  # fmt: skip
        self._thread = threading.Thread(target=self._server.run, name="textmine-workers", daemon=True)
        self._thread.start()
        return self

    def map(self, jobs: Iterable[J]) -> Iterator[R]:
        """Yield ``func(job)`` for every job, in the order of ``jobs`` (consumed lazily).

        In workers the round starts at once (the workers at the first call, unless
        :meth:`start` started them), before the first result is asked for; take all its results
        before the next call. In this process the jobs run as their results are asked for.
        """
        if self.in_process:
            return (self.func(job) for job in jobs)
        if self._mapping or self._stop.is_set():
            raise RuntimeError("the worker pool is busy with another map or was closed")
        self._mapping = True
        self.start()
        assert self._server is not None
        self._server.feed(iter(jobs))
        return self._results(self._server)

    def _results(self, server: _Server) -> Iterator[Any]:
        finished = False
        try:
            while True:
                kind, value = self._out.get()
                if kind == "result":
                    server.taken += 1
                    yield value
                elif kind == "done":
                    finished = True
                    return
                else:
                    raise value
        finally:
            self._mapping = False
            if not finished:  # results left untaken (or an error): the workers stop
                self.close()

    def close(self) -> None:
        """Stop the workers (jobs still running are killed)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Server:
    """The loop of a :class:`WorkerPool`'s thread: start the workers, then for each round
    (:meth:`feed`) hand out jobs, collect results, replace workers that time out or die;
    results go to ``out`` in job order, then ``("done", None)`` once a round's jobs are all
    done; then the next round on the same workers."""

    def __init__(
        self, func: Callable[[Any], Any], workers: int, timeout: float | None,
        on_timeout: Callable[[Any, float], Any] | None, on_crash: Callable[[Any, int | None], Any],
        out: queue.Queue[tuple[str, Any]], stop: threading.Event, preload: tuple[str, ...] = (),
    ) -> None:  # fmt: skip
        self.func, self.workers, self.timeout = func, workers, timeout
        self.jobs: Iterator[Any] = iter(())
        self.preload = preload
        self.on_timeout, self.on_crash, self.out, self.stop = on_timeout, on_crash, out, stop
        self.taken = 0  # results the caller has taken this round (bounds what is held, with ``handed``)
        self.retry: deque[tuple[int, Any]] = deque()  # jobs of a stopped worker, not yet run
        self.rounds: queue.Queue[Iterator[Any]] = queue.Queue()  # the jobs of the next rounds

    def feed(self, jobs: Iterator[Any]) -> None:
        """Start the next round (called by the caller once it took every result of the last)."""
        self.taken = 0
        self.rounds.put(jobs)

    def run(self) -> None:
        pool: list[_Worker] = []
        try:
            ctx = _context(self.preload, func=self.func)
            while len(pool) < self.workers and not self.stop.is_set():
                pool.append(_Worker(ctx, self.func))
            while True:
                jobs = self._next_round()
                if jobs is None:
                    return
                self.jobs = jobs
                for k, worker in enumerate(pool):  # one that died while idle is replaced
                    if not worker.process.is_alive():
                        worker.stop(kill=True)
                        pool[k] = _Worker(ctx, self.func)
                self._serve(ctx, pool)
                self.out.put(("done", None))
        except BaseException as exc:  # handed to the caller's thread
            self.out.put(("error", exc))
        finally:
            for worker in pool:
                worker.stop(kill=bool(worker.jobs))

    def _next_round(self) -> Iterator[Any] | None:
        """The jobs of the next round; ``None`` once the pool is stopped."""
        while not self.stop.is_set():
            try:
                return self.rounds.get(timeout=_TICK)
            except queue.Empty:
                continue
        return None

    def _serve(self, ctx: Any, pool: list[_Worker]) -> None:
        done: dict[int, Any] = {}
        handed = emitted = 0
        exhausted = False
        bound = self.workers * AHEAD_PER_WORKER
        while not self.stop.is_set():
            for worker in pool:  # hand out jobs, bounded ahead of what the caller has taken
                while len(worker.jobs) < DEPTH and (self.retry or not exhausted) and handed - self.taken < bound:
                    if self.retry:
                        worker.give(*self.retry.popleft())
                        continue
                    try:
                        job = next(self.jobs)
                    except StopIteration:
                        exhausted = True
                        break
                    worker.give(handed, job)
                    handed += 1
            while emitted in done:
                self.out.put(("result", done.pop(emitted)))
                emitted += 1
            busy = [w for w in pool if w.jobs]
            if not busy:
                if exhausted and not self.retry:
                    return
                time.sleep(_TICK / 10)  # the caller has not taken enough results yet
                continue
            wait_for = _TICK
            if self.timeout is not None:
                now = time.monotonic()
                wait_for = max(0.0, min(wait_for, min(w.started + self.timeout - now for w in busy)))
            ready = _ready([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for)
            for k, worker in enumerate(pool):
                if worker.jobs and self._collect(worker, ready, done):
                    pool[k] = _Worker(ctx, self.func)

    def _collect(self, worker: _Worker, ready: list[Any], done: dict[int, Any]) -> bool:
        """Take what ``worker`` finished; True when it timed out or died and was stopped
        (its oldest job then has the time-out or crash result, later ones go back in line)."""
        broken = False
        if worker.conn in ready:  # one result (a second one ready makes the next wait return at once)
            try:
                index, result = worker.conn.recv()
                worker.finished()
                done[index] = result
                return False
            except (EOFError, OSError):
                broken = True  # the worker died while sending: treated as a crash below
        if not worker.jobs:
            return False
        overdue = self.timeout is not None and time.monotonic() - worker.started >= self.timeout
        # a worker that ended has its sentinel in ``ready`` (the wait above includes it; one that
        # ends after it is seen at the next wait): asking the process itself (``is_alive``, a
        # selector built and closed per call) at every wake-up of the busy loop is spared
        dead = worker.process.sentinel in ready or ((broken or overdue) and not worker.process.is_alive())
        if not (overdue or dead):
            return False
        (index, job), *later = worker.jobs
        if dead:
            worker.process.join(timeout=1)
            code = worker.process.exitcode
            logger.warning("worker died (exit code %s) on job %d", code, index)
            done[index] = self.on_crash(job, code)
        else:
            logger.warning("job %d timed out after %s s; its worker is replaced", index, self.timeout)
            assert self.on_timeout is not None and self.timeout is not None
            done[index] = self.on_timeout(job, self.timeout)
        worker.stop(kill=True)
        self.retry.extend(later)  # jobs it had not started: run next, keeping their indexes
        return True


def _ready(objects: list[Any], timeout: float) -> list[Any]:
    """The connections and process sentinels of ``objects`` that are ready to read (a result, or
    a worker that ended), waiting up to ``timeout`` seconds: ``multiprocessing.connection.wait``
    with one ``poll`` object and no selector built, registered and closed on every call (the
    serving thread waits once or twice per result, in the process every result passes through)."""
    if not hasattr(select, "poll"):
        return wait(objects, timeout=timeout)
    poller = select.poll()
    by_fd = {}
    for obj in objects:
        fd = obj if isinstance(obj, int) else obj.fileno()
        by_fd[fd] = obj
        poller.register(fd, select.POLLIN)
    while True:
        try:
            return [by_fd[fd] for fd, _ in poller.poll(max(0, math.ceil(timeout * 1000)))]
        except InterruptedError:  # pragma: no cover - retried by Python itself since 3.5
            continue


#: What to install for the Dask engine.
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

    Workers receive the jobs (paths, not texts, for files): on a real cluster the input files
    must be visible to every worker under the same paths, and every worker needs the same
    textmine version. There is no per-job time limit here (Dask's own timeouts apply).

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
