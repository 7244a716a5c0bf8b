"""The held-out table probes of ``tests/cases/table_probes21`` (written and labelled by
``bench/make_table_probes21.py`` before textmine read them) and the rules their misreadings led
to, each with a case that must fire and one that must not.

Every consistent probe is read right, none gets an error finding, and every planted error of the
``inconsistent`` probes is found."""

from __future__ import annotations

from bench.table_probes21 import DIR
from tests.table_probe_cases import cells_and_findings_test

test_probe_cells_and_findings = cells_and_findings_test(DIR)
