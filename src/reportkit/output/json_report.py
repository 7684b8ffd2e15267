"""JSON for scripts. The shape is versioned: ``{"version": 1, "findings": [...]}``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from reportkit.findings import Finding
from reportkit.output.run_info import RunInfo

JSON_VERSION = 1


def render(findings: Sequence[Finding], run: RunInfo | None = None) -> str:
    data = {
        "version": JSON_VERSION,
        "files": list(run.files) if run else [],
        "errors": list(run.errors) if run else [],
        "findings": [f.model_dump(mode="json") for f in findings],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
