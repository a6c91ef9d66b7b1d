"""The perspective chips (ui/capture/tagbar.py): the selected chip's label reads on its
colour (WCAG AA, 4.5:1) for every palette colour, and the old hard cases."""
from __future__ import annotations

import re

from facilitator.colours import PERSPECTIVE_COLOURS, TEXT_AA, contrast_ratio
from facilitator.domain import Perspective
from ui.capture.tagbar import PerspectiveChips


def _checked_colours(style: str) -> tuple[str, str]:
    rule = re.search(r"QToolButton:checked \{([^}]*)\}", style).group(1)
    background = re.search(r"background: (#[0-9a-fA-F]{6})", rule).group(1)
    text = re.search(r"[^-]color: (#[0-9a-fA-F]{6})", rule).group(1)
    return background, text


def test_the_selected_chip_label_meets_wcag_aa(qtbot):
    chips = PerspectiveChips()
    qtbot.addWidget(chips)
    colours = [*PERSPECTIVE_COLOURS, "#dddddd", "#88ccee", "#332288"]
    perspectives = [Perspective(id=f"p{i}", created_at="", updated_at="",
                                name=f"Perspectief {i}", colour=colour,
                                shortcut=str(i % 10) if i < 10 else "", position=i)
                    for i, colour in enumerate(colours)]
    chips.set_perspectives(perspectives)
    for perspective in perspectives:
        button = chips.button(perspective.id)
        chips.set_current(perspective.id)
        assert button.isChecked()
        background, text = _checked_colours(button.styleSheet())
        assert background.lower() == perspective.colour.lower()
        assert contrast_ratio(background, text) >= TEXT_AA, (background, text)
