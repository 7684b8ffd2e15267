"""Reports for the integration tests, written for them (modelled on real Cabinet reports,
not copied from any)."""

from __future__ import annotations

CLEAN_REPORT = """\
---
committee: Cabinet
meeting_date: 2025-03-13
title: Riverside Library Refurbishment
report_of: Director of Communities
wards: Riverside
portfolio: Cabinet Member for Culture
key_decision: true
forward_plan: true
exempt: no
---

# Summary

This report asks Cabinet to approve the refurbishment of Riverside Library, which has had
no major work since it opened in 1986.

# Recommendations

Cabinet is recommended to:

1. Approve the refurbishment of Riverside Library at a cost of £640,000.
2. Delegate authority to the Director of Communities to award the building contract.

# Reasons for the Recommendations

The roof leaks, the heating has failed twice this winter and the building does not meet
current access standards. Refurbishment costs less than closing and relocating the library.

# Alternative Options Considered and Rejected

Closing the library was rejected because the nearest other branch is four miles away.
Doing nothing was rejected because the roof will need emergency repairs within a year.

# Financial Implications

The £640,000 cost is met from the approved capital programme for 2025/26. Running costs
fall by about £18,000 a year because the new heating uses less energy.

# Legal Implications

The Council must provide a comprehensive and efficient library service under the Public
Libraries and Museums Act 1964. The contract will be awarded under the Procurement Act 2023.

# Equality Implications

An equality impact assessment found that step-free access and a changing places toilet will
benefit disabled residents and older people. No group is disadvantaged.

# Climate Emergency Implications

The new heat pump and roof insulation cut the building's carbon emissions by about 40 per
cent.

# Risk Implications

The main risk is a cost overrun. A contingency of ten per cent is held within the budget.

# Consultation

Library users were consulted in January 2025. Most supported refurbishment over relocation.

# Contact Officer

Sam Okafor, Libraries Manager, 01234 567890, sam.okafor@example.gov.uk

# Background Papers

None.
"""


def defective(report: str) -> str:
    """The clean report with its Legal Implications section taken out."""
    start = report.index("# Legal Implications")
    end = report.index("# Equality Implications")
    return report[:start] + report[end:]


def fixed(report: str) -> str:
    """The defective report put right, with the legal section reworded (so git has a change
    to commit)."""
    return report.replace(
        "Procurement Act 2023.",
        "Procurement Act 2023. Legal Services have checked the draft contract.",
    )
