"""Anonymous means anonymous: every spelling of a participant's name and every
e-mail address is gone from EVERY anonymous export (text, PDF metadata and
bookmarks, workbook cells, sheet names and properties), without stutters."""
from __future__ import annotations

import dataclasses
import re
import subprocess
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator import cli
from facilitator.domain import Participant
from facilitator.eventfile import EventFile
from facilitator.exports import ExportRequest, run_exports
from facilitator.exports.anonymise import INFIXES, Anonymiser, collapse, fold, review
from facilitator.exports.formats import FORMATS

NFD = unicodedata.normalize("NFD", "Zoë")
# The tester's spellings (and a few more): each is typed somewhere into the event.
SPELLINGS = ["Ans Jansen", "ans jansen", "ANS JANSEN", "Jansen", "jansen", "Ans", "ANS",
             "Jansen, Ans", NFD, "Zoë Çelik", "Zoe Celik", "zoe celik", "ZOË ÇELIK",
             "Çelik", "Celik", "Bo", "BO", "Bo de Wit", "bo de wit", "De Wit",
             "ans.jansen@example.org", "ANS.JANSEN@EXAMPLE.ORG", "piet.puk@elders.nl"]
ROLES = ["De Nieuwe Jutter", "Gemeente Rotterdam", "wijkverpleegkundige"]
# what must never be found (folded, as whole words) in an anonymous export
FORBIDDEN_WORDS = ["ans", "jansen", "zoe", "celik", "bo", "wit"]
FORBIDDEN_STRINGS = ["@", "example.org", "elders.nl", "piet.puk", "ans_jansen", "flipover"]
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2a9c6b90000000049454e44ae426082")


def build(event: EventFile) -> None:
    event.update_event(title="Zorg in de wijk", organiser="Netwerk Zuid", venue="Het Huis")
    zorg = event.add_perspective(name="Zorgverleners")
    ans = event.add_participant(name="Ans Jansen", organisations=["De Nieuwe Jutter"],
                                email="ans.jansen@example.org", perspective_id=zorg)
    bo = event.add_participant(name="Bo de Wit", organisations=["Gemeente Rotterdam"])
    zoe = event.add_participant(name="Zoë Çelik", function="wijkverpleegkundige",
                                email="z.celik@example.org")
    t1 = event.add_table(theme="Samen sterk (idee van Ans Jansen)", host_id=ans,
                         note_taker_id=bo, pitch="ANS JANSEN vertelt; Bo vult aan.")
    t2 = event.add_table(theme="Mantelzorg", host_id=zoe)
    for pid, tid in ((ans, t1), (bo, t1), (zoe, t2), (bo, t2)):
        event.assign_participant(pid, table_id=tid)
    event.add_question(text="Wat vraagt Zoe Celik van de buurt?", table_id=t1)
    r1 = event.add_question(text="Wat werkt?", kind="round", table_id=t1, label="1", minutes=20)
    texts = [f"Iemand zei: {s} heeft een punt." for s in SPELLINGS]
    texts += ["De Nieuwe Jutter (Ans Jansen): wij beginnen.", f"{NFD} vindt dat ook.",
              "Mail Ans.Jansen@Example.org of ANS.JANSEN@EXAMPLE.ORG, of piet.puk@elders.nl."]
    for text in texts:
        event.add_note(text=text, table_id=t1, question_id=r1, perspective_id=zorg)
    event.add_note(text="Wij beginnen morgen.", table_id=t1, question_id=r1,
                   speaker_id=ans, party="De Nieuwe Jutter")
    event.add_note(text="Klopt.", table_id=t1, speaker_id=ans, party="Ans Jansen")
    event.add_note(text="Goed plan.", table_id=t2, speaker_id=zoe, party="zoe çelik")
    event.add_action(what="Ans Jansen belt Bo de Wit", owner="Ans Jansen",
                     partners=["ans.jansen@example.org", "Zoë Çelik"], due_date="2030-01-01")
    event.add_action(what="Verslag naar piet.puk@elders.nl", owner="ANS JANSEN")
    event.add_follow_up(topic="Terugkomdag met Zoe", organiser="bo de wit")
    event.add_attachment(data=PNG, filename="ans_jansen_flipover.jpg", table_id=t1)
    event.add_attachment(data=PNG, filename="zoe_celik.png", caption="Flap van Zoë Çelik")
    event.plan_seating(rounds=2)


@pytest.fixture
def anon_path(tmp_path) -> Path:
    path = tmp_path / "anon.oogst"
    with EventFile.create(path) as event:
        build(event)
    return path


def pdf_all_text(path: Path) -> str:
    """Page text (pypdf and poppler), metadata and bookmarks of a PDF."""
    from pypdf import PdfReader
    reader = PdfReader(str(path))
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(v) for v in (reader.metadata or {}).values()]

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                parts.append(str(item.title))
    walk(reader.outline)
    if shutil.which("pdftotext"):
        parts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                    text=True, check=True).stdout)
    return " ".join(" ".join(parts).split())


def xlsx_all_text(path: Path) -> str:
    """Every cell, sheet name, table name and property of a workbook, and the raw XML."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    parts = [ws.title for ws in wb.worksheets]
    for ws in wb.worksheets:
        parts += [t for t in ws.tables]
        for row in ws.iter_rows(values_only=True):
            parts += [str(v) for v in row if v is not None]
    props = wb.properties
    parts += [str(getattr(props, k)) for k in ("title", "subject", "creator", "keywords",
                                               "description", "lastModifiedBy", "category")
              if getattr(props, k, None)]
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                parts.append(re.sub(r"<[^>]+>", " ", z.read(name).decode("utf-8")))
    return " ".join(" ".join(parts).split())


def docx_all_text(path: Path) -> str:
    """Every paragraph, cell, header, footer and property of a Word document, and the
    raw XML of every part (numbering, settings, comments...)."""
    import docx
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    section = document.sections[0]
    parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    props = document.core_properties
    parts += [str(getattr(props, k) or "") for k in ("title", "subject", "author", "keywords",
                                                     "comments", "last_modified_by",
                                                     "category")]
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                parts.append(re.sub(r"<[^>]+>", " ", z.read(name).decode("utf-8")))
    return " ".join(" ".join(parts).split())


def all_text(path: Path) -> str:
    if path.suffix == ".xlsx":
        return xlsx_all_text(path)
    if path.suffix == ".docx":
        return docx_all_text(path)
    return pdf_all_text(path)


def leaks(text: str) -> list[str]:
    words = set(re.findall(r"\w+", fold(text)))
    found = [w for w in FORBIDDEN_WORDS if w in words]
    found += [s for s in FORBIDDEN_STRINGS if s in fold(text)]
    return found


def stutters(text: str) -> list[str]:
    return [r for r in ROLES
            if re.search(rf"{re.escape(r)}\s*(\(\s*|:\s*){re.escape(r)}", text, re.I)]


def export_all(path: Path, out: Path, lang: str) -> dict[str, Path]:
    outputs = {fmt.key: out / f"{fmt.key}-{lang}{fmt.suffix}" for fmt in FORMATS}
    with EventFile.open(path, readonly=True) as event:
        run_exports(event, ExportRequest(outputs=outputs, lang=lang, anonymous=True,
                                         participant_list=True))
    return outputs


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_spelling_survives_in_any_anonymous_export(anon_path, tmp_path, lang):
    outputs = export_all(anon_path, tmp_path, lang)
    assert set(outputs) == {"minutes", "minutes_docx", "agenda", "workbook", "cards",
                            "signin", "seating"}
    for key, target in outputs.items():
        text = all_text(target)
        assert text.strip(), key
        assert leaks(text) == [], (key, leaks(text))
        assert stutters(text) == [], (key, stutters(text))
        assert "De Nieuwe Jutter" in text or key == "seating", key  # roles stand in


def test_minutes_name_people_by_role_and_photos_neutrally(anon_path, tmp_path):
    outputs = export_all(anon_path, tmp_path, "nl")
    text = pdf_all_text(outputs["minutes"])
    assert "Samen sterk (idee van De Nieuwe Jutter)" in text
    assert "Iemand zei: wijkverpleegkundige heeft een punt." in text
    assert "[e-mailadres]" in text            # a stranger's address
    assert "Foto 1" in text                   # not the file name
    assert "Flap van wijkverpleegkundige" in text
    (tmp_path / "en").mkdir()
    english = pdf_all_text(export_all(anon_path, tmp_path / "en", "en")["minutes"])
    assert "Photo 1" in english and "[e-mail address]" in english


def test_signin_sheet_keeps_rows_without_names(anon_path, tmp_path):
    outputs = export_all(anon_path, tmp_path, "en")
    text = pdf_all_text(outputs["signin"])
    assert "Gemeente Rotterdam" in text and "wijkverpleegkundige" in text
    assert "Function" in text and "Signature" in text


def test_all_formats_take_anonymous():
    assert all("anonymous" in fmt.options for fmt in FORMATS)


def test_non_anonymous_exports_still_name_people(anon_path, tmp_path):
    with EventFile.open(anon_path, readonly=True) as event:
        run_exports(event, ExportRequest(outputs={"minutes": tmp_path / "m.pdf",
                                                  "signin": tmp_path / "s.pdf"}, lang="nl"))
    assert "Ans Jansen" in pdf_all_text(tmp_path / "m.pdf")
    assert "ans_jansen_flipover.jpg" in pdf_all_text(tmp_path / "m.pdf")
    assert "Bo de Wit" in pdf_all_text(tmp_path / "s.pdf")


# -- the replacement itself ----------------------------------------------------------------

def person(name: str, orgs=(), function: str = "", email: str = "") -> Participant:
    return Participant(id=name, created_at="", updated_at="", name=name,
                       organisations=tuple(orgs), function=function, perspective_id=None,
                       email=email, consent_named=True)


PEOPLE = [person("Ans Jansen", ["De Nieuwe Jutter"], email="ans.jansen@example.org"),
          person("Bo de Wit", ["Gemeente Rotterdam"]), person("Zoë Çelik", (), "wijkverpleegkundige")]


@pytest.mark.parametrize("text, expected", [
    ("ans jansen zegt", "De Nieuwe Jutter zegt"),
    (unicodedata.normalize("NFD", "Zoë Çelik lacht"), "wijkverpleegkundige lacht"),
    ("Bo vindt het goed", "Gemeente Rotterdam vindt het goed"),
    ("een bo in kleine letters", "een bo in kleine letters"),      # short: capital rule
    ("bo de wit", "Gemeente Rotterdam"),                             # next to the name
    ("Plansen en Ansicht", "Plansen en Ansicht"),                    # whole words only
    ("De Nieuwe Jutter (Ans Jansen): ja", "De Nieuwe Jutter: ja"),   # no stutter
    ("Ans Jansen: Ans vindt", "De Nieuwe Jutter: vindt"),
    ("mail x.y@z.nl", "mail [e-mailadres]"),
])
def test_replacement(text, expected):
    assert Anonymiser(PEOPLE, anonymous=True, lang="nl")(text) == expected


def test_consenting_people_keep_their_names_when_not_anonymous():
    hidden = dataclasses.replace(person("Kees Fortuin", ["Jutter"]), consent_named=False)
    anon = Anonymiser([*PEOPLE, hidden], anonymous=False, lang="nl")
    assert anon("Ans Jansen en Kees, kees@x.nl en ans@y.nl") == \
        "Ans Jansen en Jutter, [e-mailadres] en ans@y.nl"


def test_collapse():
    assert collapse("R (R) en R: R zegt", ["R"]) == "R en R: zegt"
    assert collapse("R, R en R R", ["R"]) == "R en R"
    assert collapse("R (Q)", ["R", "Q"]) == "R (Q)"


def test_review_lists_replacements_and_suspects(anon_path):
    with EventFile.open(anon_path, readonly=True) as event:
        event_review = review(event, "en")
    originals = {r.original: r for r in event_review.replacements}
    assert originals["ans jansen"].replacement == "De Nieuwe Jutter"
    assert originals["piet.puk@elders.nl"].replacement == "[e-mail address]"
    assert originals["Ans Jansen"].count >= 3
    text = event_review.text()
    assert "ANS JANSEN → De Nieuwe Jutter" in text


def test_review_flags_near_misses():
    from facilitator.exports.anonymise import Recorder
    recorder = Recorder()
    anon = Anonymiser(PEOPLE, anonymous=True, lang="en", recorder=recorder)
    for text in ("Janssen belde", "en bo zei", "Ans Jansen-Bakker kwam"):
        anon.check(anon(text))
    words = {w for w, _ in recorder.suspects}
    assert {"Janssen", "bo", "Bakker"} <= words


def test_cli_review_and_anonymous(anon_path, tmp_path, capsys):
    assert cli.main(["export", str(anon_path), "--review", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "ans jansen → De Nieuwe Jutter" in out and not list(tmp_path.glob("*.pdf"))
    target = tmp_path / "m.pdf"
    assert cli.main(["export", str(anon_path), "--minutes", str(target), "--anonymous",
                     "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == str(target)
    assert "Replaced" in captured.err and "De Nieuwe Jutter" in captured.err


# -- any name, any spelling ---------------------------------------------------------------

LETTERS = "abcdefghijklmnoprstuvwzéèëüöçøłñ"
VOCAB = ["het", "plan", "werkt", "goed", "voor", "de", "buurt", "zegt", "dat", "en", "met",
         "een", "idee", "over", "zorg", "morgen", "samen"]
name_part = st.text(alphabet=LETTERS, min_size=3, max_size=9)


def spelled(text: str, how: int) -> str:
    forms = [text, text.lower(), text.upper(), text.title(),
             unicodedata.normalize("NFD", text), fold(text), fold(text).upper()]
    return forms[how % len(forms)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=name_part, last=name_part, words=st.lists(st.sampled_from(VOCAB), max_size=8),
       at=st.integers(0, 8), how=st.integers(0, 6), which=st.integers(0, 2),
       punct=st.sampled_from(["", ".", ",", ":", "!", ")"]))
def test_any_name_in_any_spelling_is_removed(first, last, words, at, how, which, punct):
    first, last = first.capitalize(), last.capitalize()
    folded_vocab = {fold(w) for w in VOCAB}
    if fold(first) in folded_vocab or fold(last) in folded_vocab or fold(first) == fold(last):
        return
    if fold(first) in INFIXES or fold(last) in INFIXES:  # "der", "ten": never alone (module)
        return
    name = [f"{first} {last}", first, last][which]
    words = list(words)
    words.insert(min(at, len(words)), spelled(name, how) + punct)
    out = Anonymiser([person(f"{first} {last}", ["Het Team"])], anonymous=True,
                     lang="nl")(" ".join(words))
    remaining = set(re.findall(r"\w+", fold(out)))
    assert fold(first) not in remaining and fold(last) not in remaining, out
    assert "Het Team" in out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ09 -'’ßæŁøÇçëé\u0301\u0308ﬁ½İıΣς中🙂"), max_size=40)
       | st.text(max_size=40))
def test_folding_maps_every_folded_letter_to_its_original_span(text):
    """The quick ways of folding (ASCII, one letter for one) give what folding
    character by character gives: the same text, each letter's span in the original."""
    from facilitator.exports.anonymise import _Folded, fold, fold_with_spans
    chars, starts, ends = fold_with_spans(text)
    folded = _Folded(text)
    assert folded.text == chars == fold(text)
    assert list(folded.starts) == starts and list(folded.ends) == ends
