"""Perspective colours meet WCAG AA: labels on the chip, bars on light and dark bases."""
from __future__ import annotations

import re
import tomllib

import pytest

from facilitator.colours import (BLACK, DARK_BASE, NON_TEXT_AA, PERSPECTIVE_COLOURS, TEXT_AA,
                                 WHITE, contrast_ratio, label_colour, perspective_colour,
                                 relative_luminance, visible_on_light_and_dark)
from facilitator.templates import SESSIONS_DIR
from facilitator.errors import InvalidValue


def test_reference_values_of_wcag():
    assert relative_luminance(BLACK) == 0
    assert relative_luminance(WHITE) == pytest.approx(1)
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21)
    assert contrast_ratio(WHITE, WHITE) == pytest.approx(1)
    # Known values: #777777 on white just fails AA (4.48), #767676 just passes (4.54).
    assert contrast_ratio("#777777", WHITE) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#767676", WHITE) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ff0000", WHITE) == pytest.approx(4.0, abs=0.01)


def test_every_palette_colour_reads():
    for colour in PERSPECTIVE_COLOURS:
        label = label_colour(colour)
        assert contrast_ratio(colour, label) >= TEXT_AA, (colour, label)
        assert contrast_ratio(colour, WHITE) >= NON_TEXT_AA, colour
        assert contrast_ratio(colour, DARK_BASE) >= NON_TEXT_AA, colour
    assert len(set(c.lower() for c in PERSPECTIVE_COLOURS)) == len(PERSPECTIVE_COLOURS)


@pytest.mark.parametrize("colour", ["#dddddd", "#88ccee", "#332288", "#ffff00", "#0000ff",
                                    "#808080", "#757575", "#b0b0b0"])
def test_the_label_colour_passes_on_any_fill(colour):
    assert contrast_ratio(colour, label_colour(colour)) >= TEXT_AA


def test_the_old_woningcorporaties_grey_was_unreadable():
    # What the issue saw: #dddddd against a white base is 1.4:1, nearly invisible.
    assert contrast_ratio("#dddddd", WHITE) < NON_TEXT_AA
    assert not visible_on_light_and_dark("#dddddd")
    assert not visible_on_light_and_dark("#332288")  # too dark on a dark base
    assert all(visible_on_light_and_dark(c) for c in PERSPECTIVE_COLOURS)


def test_new_perspectives_cycle_through_the_palette():
    n = len(PERSPECTIVE_COLOURS)
    assert [perspective_colour(i) for i in range(n)] == list(PERSPECTIVE_COLOURS)
    assert perspective_colour(n) == PERSPECTIVE_COLOURS[0]


@pytest.mark.parametrize("template", sorted(SESSIONS_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_every_template_perspective_colour_reads(template):
    data = tomllib.loads(template.read_text(encoding="utf-8"))
    colours = [p["colour"] for p in data.get("perspectives", []) if "colour" in p]
    assert colours, template.name
    for colour in colours:
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", colour)
        assert contrast_ratio(colour, label_colour(colour)) >= TEXT_AA, colour
        assert contrast_ratio(colour, WHITE) >= NON_TEXT_AA, colour
        assert contrast_ratio(colour, DARK_BASE) >= NON_TEXT_AA, colour


def test_rejects_what_is_not_a_colour():
    with pytest.raises(InvalidValue):
        relative_luminance("red")
