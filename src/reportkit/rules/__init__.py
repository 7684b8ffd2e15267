"""The rule registry: an explicit tuple, in code order."""

from __future__ import annotations

from reportkit.rules import (
    accessibility_fake_heading,
    accessibility_heading_levels,
    accessibility_image_alt,
    accessibility_language,
    accessibility_table_header,
    accessibility_title,
    document_properties,
    exempt_material_published,
    hidden_text,
    review_comments,
    tracked_changes,
    weak_redaction,
)
from reportkit.rules.base import Rule

RULES: tuple[Rule, ...] = (
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
)
