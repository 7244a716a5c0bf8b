"""The ``textmine`` console script (and ``python -m textmine``): for ``textmine tag``, start the
worker processes' fork server first, then hand over to :mod:`textmine.cli`.

The fork server loads the lexicons and builds every matcher before it forks the first worker
(:mod:`textmine._warm`). Started here, before the command line is even parsed, that warm-up
runs on the second core while this process imports the command line and lists the inputs,
instead of after it. A run that needs no workers (``--engine dask``, ``--help``) leaves the
fork server idle; it ends with this process.

Example:
    $ textmine tag corpora/ -o out/
"""

from __future__ import annotations

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
    from textmine.cli import main as cli_main

    cli_main()
