"""Hypothesis budgets for the fuzz tests in this folder.

``HYPOTHESIS_PROFILE`` picks one: ``ci`` (the default: about 60 examples per test, the whole
fuzz file well under a minute) or ``nightly`` (thousands of examples; see docs/limits.md).
They are registered under ``hostile-<name>`` and applied only to the fuzz tests, so other
tests keep hypothesis' own defaults.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "hostile-ci", max_examples=60, deadline=None, suppress_health_check=_QUIET
)
settings.register_profile(
    "hostile-nightly", max_examples=3000, deadline=None, suppress_health_check=_QUIET
)
