"""Print typography shared by the minutes' renderers: bound units, hyphens only
where a word must break, headings with a bold lead, WCAG AA colours."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.exports import pdf_render
from facilitator.exports.pdfkit import styles
from facilitator.exports.typeset import (SHY, bind_units, contrast, heading_lead,
                                         hyphenate_long, ink, readable_on)

colours = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)


def test_a_number_keeps_its_unit():
    assert bind_units("Vraag 1 (20 min)") == "Vraag 1 (20\u00a0min)"
    assert bind_units("om 13.00 uur, € 50 en 5 %") == "om 13.00\u00a0uur, €\u00a050 en 5\u00a0%"
    assert bind_units("20 minuten, 3 mensen") == "20\u00a0minuten, 3 mensen"
    assert bind_units("tafel 2 meer") == "tafel 2 meer"  # "m" only as a word of its own
    assert bind_units("") == ""


def test_only_words_too_wide_get_soft_hyphens_and_nothing_else_changes():
    text = "gemeenten, bewonersinitiatieven en zorg"
    marked = hyphenate_long(text, lambda w: len(w) < 12, "nl")
    assert marked.replace(SHY, "") == text
    assert "bewoners" + SHY in marked or "be" + SHY in marked
    assert SHY not in marked.split(",")[0]  # "gemeenten" fits: left alone
    assert hyphenate_long(text, lambda w: True, "nl") == text


@given(st.text(max_size=80))
def test_hyphenation_never_loses_or_adds_text(text):
    assert hyphenate_long(text, lambda w: len(w) < 7, "nl").replace(SHY, "") == \
        text.replace(SHY, "")


def test_a_long_heading_is_bold_only_up_to_its_colon():
    assert heading_lead("Vraag 1: Wat zijn/is wensen, ambities?") == "Vraag 1:"
    assert heading_lead("Een titel zonder dubbele punt") == ""


@given(colours)
def test_ink_reads_on_white_and_keeps_a_dark_enough_colour(colour):
    assert contrast(ink(colour), "#ffffff") >= 4.5
    if contrast(colour, "#ffffff") >= 4.5:
        assert ink(colour) == colour


@given(colours)
def test_numbers_in_the_matrix_take_the_ink_that_contrasts_most(colour):
    chosen = readable_on(colour)
    other = "#ffffff" if chosen == "#222222" else "#222222"
    assert contrast(chosen, colour) >= contrast(other, colour)


def test_the_minutes_text_colours_meet_wcag_aa():
    text_styles = styles()
    for name, style in text_styles.items():
        colour = "#" + style.textColor.hexval()[2:]
        assert contrast(colour, "#ffffff") >= 4.5, name
    for markup in (pdf_render.ASIDE, pdf_render.ALERT):
        colour = markup.split('color="')[1][:7]
        assert contrast(colour, "#ffffff") >= 4.5
    assert contrast(pdf_render.BULLET_GREY, "#ffffff") >= 4.5


@given(st.text(alphabet=st.sampled_from("0123456789 minuteurs%€$£.,()\u0663\uff15é\u00a0"
                                        "abcxyz\t\n"), max_size=40))
def test_units_are_bound_however_the_digits_are_found(text):
    """bind_units looks for ASCII digits with str's own search in ASCII text: the
    same as the regular expressions give (Arabic-Indic and full-width digits too)."""
    from facilitator.exports.typeset import _CURRENCY, _DIGIT, _UNIT, NBSP
    expected = text if _DIGIT.search(text) is None else \
        _CURRENCY.sub(NBSP, _UNIT.sub(NBSP, text))
    assert bind_units(text) == expected


@given(st.text(alphabet=st.sampled_from("abcxyz .,()"), max_size=20),
       st.sampled_from("0123456789"), st.sampled_from(("min", "uur", "%", "km")),
       st.text(alphabet=st.sampled_from("abcxyz .,()"), max_size=20))
def test_any_one_ascii_digit_in_ascii_text_binds_its_unit(before, digit, unit, after):
    """ASCII text with a single digit, whichever: the digit test of ASCII text
    (its bytes without digits) finds it as the regular expressions do."""
    from facilitator.exports.typeset import _CURRENCY, _UNIT, NBSP
    text = f"{before}{digit} {unit}{after}"
    assert bind_units(text) == _CURRENCY.sub(NBSP, _UNIT.sub(NBSP, text))
