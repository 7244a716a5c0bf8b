"""Former home of text tokenising and digit-run splitting, kept so old imports still work.

Tokenising is now :mod:`textmine.tables.step2_tokens`, candidate splits
:mod:`textmine.tables.step3_readings`.

Example:
    >>> [(t.raw, t.kind) for t in read_segment("条425", 0, 4, mode="space")]
    [('条', 'unit'), ('425', 'value')]
"""

from __future__ import annotations

from textmine.tables.records import Piece, Token
from textmine.tables.step2_tokens import read_segment, region_mode, segment_mode, token_pattern
from textmine.tables.step3_readings import number_pattern, split_candidates, sum_group_splits

__all__ = [
    "Piece", "Token", "number_pattern", "read_segment", "region_mode", "segment_mode",
    "split_candidates", "sum_group_splits", "token_pattern",
]
