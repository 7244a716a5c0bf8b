"""The ``textmine`` console script (and ``python -m textmine``): for ``textmine tag``, start the
worker processes' fork server first, then hand over to :mod:`textmine.cli`.

The fork server loads the lexicons and builds every matcher before it forks the first worker
(:mod:`textmine._warm`). Started here, before the command line is even parsed, that warm-up
runs on the second core while this process imports the command line and lists the inputs,
instead of after it. A run that needs no workers (``--engine dask``, ``--help``) leaves the
fork server idle; it ends with this process.

A ``tag`` run ends the process as soon as its tables are written and its output flushed
(:func:`_end`), without tearing down the interpreter (freeing every module, pandas' and
pyarrow's among them), which costs a tenth of a second for nothing.

Example:
    $ textmine tag corpora/ -o out/
"""

from __future__ import annotations

import logging
import os
import sys

#: What the fork server imports first: the same as :data:`textmine.corpus.WARM` (a test checks),
#: named here so that starting it does not wait for the corpus runner's own imports.
WARM = ("textmine._warm",)


def _needs_workers(args: list[str]) -> bool:
    """Whether ``textmine ARGS`` is a ``tag`` run that will use local worker processes."""
    return args[:1] == ["tag"] and not {"-h", "--help", "dask", "--engine=dask"} & set(args)


def main() -> None:
    """Entry point of the ``textmine`` console script."""
    if _needs_workers(sys.argv[1:]):
        from textmine.engines import start_fork_server

        start_fork_server(preload=WARM)
    if sys.argv[1:2] != ["tag"]:
        from textmine.cli import main as cli_main

        cli_main()
        return
    from textmine import _recache

    _recache.install(record=False)  # this process's regexes (issuer names, the cross-year checks) from the fork server's cache
    from textmine.cli import main as cli_main

    try:
        cli_main()
    except SystemExit as exc:
        _end(exc.code)
    _end(0)


def _end(code: object) -> None:
    """Leave the process now with the exit status ``code`` (as :class:`SystemExit` would take
    it), after flushing the logs and the standard streams. Every file was closed by the command;
    the fork server and its workers end when this process is gone."""
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(code or 0)
