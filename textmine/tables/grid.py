"""Former home of the grid reader, kept so old imports still work: see
:mod:`textmine.tables.step2_grids`.

Example:
    >>> read_grids([], "gov2021", None)
    []
"""

from __future__ import annotations

from textmine.tables.step2_grids import read_grid, read_grids

__all__ = ["read_grid", "read_grids"]
