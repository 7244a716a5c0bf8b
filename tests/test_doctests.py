"""Every example in the package's docstrings runs and prints what it shows.

The docstrings are the first documentation a researcher reads (``help(textmine.x)``); an example
that no longer runs, or prints something else, misleads. Each module's examples run in a fresh
namespace of that module, as ``python -m doctest`` would.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import textmine


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(textmine.__path__, "textmine.")
                  if not m.name.startswith("textmine._lexicons"))


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    failed = []
    for test in finder.find(module, name):
        result = runner.run(test, out=lambda s: failed.append(s))
        assert result.failed == 0, f"{test.name}: example fails\n" + "".join(failed)


def test_a_failing_example_is_caught() -> None:
    """The runner above fails on a wrong example (it is not vacuous)."""

    def shown():
        """>>> 1 + 1
        3
        """

    test = doctest.DocTestFinder().find(shown, "shown", globs={})[0]
    result = doctest.DocTestRunner().run(test, out=lambda s: None)
    assert result.failed == 1
