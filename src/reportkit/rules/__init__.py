"""The rule registry: an explicit tuple, in code order. Keep both sides when merging."""

from __future__ import annotations

from reportkit.rules import (
    accessibility_fake_heading,
    accessibility_heading_levels,
    accessibility_image_alt,
    accessibility_language,
    accessibility_table_header,
    accessibility_title,
    clearance_reference,
    climate_declaration,
    contact_officer,
    cross_reference,
    date_format,
    document_properties,
    duplicate_section,
    empty_section,
    equality_none,
    exempt_material_published,
    exempt_paragraph,
    heading_wording,
    hidden_text,
    key_decision_forward_plan,
    missing_metadata,
    missing_section,
    name_variant,
    paragraph_numbering,
    placeholder,
    plain_english,
    readability,
    recommendation_wording,
    report_length,
    review_comments,
    section_order,
    stale_date,
    template_guidance,
    tracked_changes,
    undefined_acronym,
    unused_suppression,
    weak_redaction,
)
from reportkit.rules.base import Rule

RULES: tuple[Rule, ...] = (
    missing_section.RULE,
    empty_section.RULE,
    duplicate_section.RULE,
    section_order.RULE,
    missing_metadata.RULE,
    tracked_changes.RULE,
    review_comments.RULE,
    hidden_text.RULE,
    weak_redaction.RULE,
    document_properties.RULE,
    exempt_material_published.RULE,
    accessibility_fake_heading.RULE,
    accessibility_heading_levels.RULE,
    accessibility_image_alt.RULE,
    accessibility_table_header.RULE,
    accessibility_title.RULE,
    accessibility_language.RULE,
    unused_suppression.RULE,
    key_decision_forward_plan.RULE,
    exempt_paragraph.RULE,
    climate_declaration.RULE,
    paragraph_numbering.RULE,
    recommendation_wording.RULE,
    cross_reference.RULE,
    stale_date.RULE,
    name_variant.RULE,
    undefined_acronym.RULE,
    placeholder.RULE,
    template_guidance.RULE,
    heading_wording.RULE,
    date_format.RULE,
    report_length.RULE,
    clearance_reference.RULE,
    equality_none.RULE,
    contact_officer.RULE,
    readability.RULE,
    plain_english.RULE,
)


class UnknownRuleError(KeyError):
    def __str__(self) -> str:
        return str(self.args[0])


def by_code() -> dict[str, Rule]:
    return {rule.code: rule for rule in RULES}


def get_rule(code_or_name: str) -> Rule:
    """A rule by code (``RK101``), name (``missing-section``) or old name, any case."""
    key = code_or_name.strip().lower()
    for rule in RULES:
        if key in (rule.code.lower(), rule.name, *(a.lower() for a in rule.aliases)):
            return rule
    raise UnknownRuleError(
        f"unknown rule {code_or_name!r}; `reportkit rules` lists them (codes like RK101, "
        "names like missing-section)"
    )


def matches(rule: Rule, selector: str) -> bool:
    """Does a select/ignore entry pick this rule? Codes, names, aliases, code prefixes
    (``RK2``), family names (``accessibility`` for ``accessibility-*``) and ``ALL``."""
    key = selector.strip().lower()
    if not key:
        return False
    if key == "all":
        return True
    names = (rule.name, *(a.lower() for a in rule.aliases))
    if key == rule.code.lower() or key in names:
        return True
    if key.startswith("rk") and key[2:].isdigit() and rule.code.lower().startswith(key):
        return True
    return any(name.startswith(key + "-") for name in names)


def known_selector(selector: str) -> bool:
    return any(matches(rule, selector) for rule in RULES)
