"""Imported first by the fork server of textmine's worker processes: keep the caller's main
script out of the workers.

By default every process multiprocessing starts re-runs the parent's main script (as
``__mp_main__``) before it runs its target, so that functions defined there can be unpickled.
textmine's workers run only textmine's own functions, and re-running the caller's script costs
each worker its imports, or, for a script without an ``if __name__ == "__main__":`` guard
(``import textmine; textmine.tag("reports/")`` at the top level), runs the script again in
every worker, where multiprocessing stops it and every file of the run fails. The fork server
imports this module before it forks any worker (:func:`textmine.engines.ordered_map` adds it
to the fork server's ``preload`` when the mapped function does not live in ``__main__``), so
its workers skip that step. Only the fork server and its workers are changed, never the
calling process. Like :mod:`textmine._warm` it does its work at import, on purpose, and
nothing else imports it.

Example:
    >>> import textmine._no_main  # doctest: +SKIP
"""

from __future__ import annotations

from multiprocessing import spawn


def _keep_main(*_args: object) -> None:
    """Stands in for multiprocessing's re-import of the parent's main module: does nothing."""


spawn._fixup_main_from_path = _keep_main  # type: ignore[attr-defined]
spawn._fixup_main_from_name = _keep_main  # type: ignore[attr-defined]
