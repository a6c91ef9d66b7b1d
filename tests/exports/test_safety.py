"""facilitator/exports/safety.py: `drawn_as_is` says whether a text's characters
are drawn as they are (nothing escaped or replaced by `para`); it looks at each
character once, which must answer as looking at the whole text does."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.exports import fonts
from facilitator.exports.safety import INVISIBLE, drawn_as_is, para


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab <&>é€■\u00a0\u00ad\u200b\u200d\ufe0f\u05d0"
                                        "\u0627\U0001F600\u4e2dЖ"), max_size=30))
def test_drawn_as_is_answers_for_the_whole_text(text):
    covered = fonts.covered()
    whole = text.isascii() or (not fonts.has_rtl(text) and "\u00ad" not in text and
                                not INVISIBLE.search(text) and
                                covered.issuperset(map(ord, text)))
    assert drawn_as_is(text, covered) == whole
    if whole and "\n" not in text and not set(text) & set("<&>"):
        assert para(text, covered) == text  # what para leaves as it is
