"""Stage 4: typed datasets drawn from the sections and tables.

`TYPED_DATASETS` maps a dataset name to its record model and its builder. A builder takes
(issue_id, sections, tables, report) and returns (records, raw lines it read).
"""

from __future__ import annotations

TYPED_DATASETS: dict = {}
