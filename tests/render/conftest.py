"""Shared fixtures for Word generation tests: a sample report written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

SAMPLE = """\
---
committee: Cabinet
meeting_date: 2024-03-07
title: Review of Library Opening Hours
report_of: Executive Director of Place
wards: All Wards
portfolio: Cabinet Member - Communities
key_decision: true
forward_plan: true
exempt: "No"
---

## Summary

This report sets out the findings of the review of **library opening hours** and asks
Cabinet to agree a new timetable.

## Recommendation(s)

1. Approve the new opening hours in Appendix A;
2. Delegate authority to the Executive Director of Place to make minor changes; and
3. Note the *consultation* results.

## Reasons for the Recommendation(s)

Visitor numbers have changed since 2019 and the timetable no longer matches demand.

## Alternative Options Considered and Rejected

Keeping the current hours was rejected because it does not meet demand.

## Financial Implications

The new hours save £42,000 a year. See the [budget book](https://example.gov.uk/budget).

## Legal Implications

The council has a duty under the Public Libraries and Museums Act 1964 to provide a
comprehensive and efficient library service.

## Equality Implications

An equality impact assessment found that later Thursday opening helps working parents.

## Climate Emergency Implications

| Impact | Yes/No |
|---|---|
| Positive | No |
| Neutral | Yes |
| Negative | No |

## Risk Implications

The main risk is lower use of the smaller branches, which will be monitored monthly.

## Consultation

Residents were consulted for eight weeks in the autumn.

## Contact Officer

Jane Smith, Libraries Manager, 01234 567890, jane.smith@example.gov.uk

## Background Papers

There are no background papers.

## Introduction and Background

The library service runs twelve branches.

Opening hours were last reviewed in 2019 at these branches:

- Central Library
- Northtown Library

> Residents asked for later opening on Thursdays.

## Proposed Hours

The new hours are set out in Appendix A.

Staff will be consulted on rotas.
"""


@pytest.fixture
def sample_md(tmp_path: Path) -> Path:
    path = tmp_path / "report.md"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


@pytest.fixture
def sample_text() -> str:
    return SAMPLE


@pytest.fixture
def exempt_variant() -> Callable[[str], str]:
    def variant(status: str) -> str:
        extra = {
            "whole": 'exempt: "Yes"\nexempt_paragraphs: [3]',
            "part": "exempt: part\nexempt_parts: [Appendix B]\nexempt_paragraphs: [1, 2]",
        }[status]
        return SAMPLE.replace('exempt: "No"', extra)

    return variant
