"""Add words to the core's catalogues (facilitator/catalogue/nl.toml and en.toml).

    python tools/add_word.py KEY "Nederlandse tekst" "English text" [KEY NL EN ...]
    python tools/add_word.py --sort        # sort both catalogues by key

Refuses a key that exists with another text. Appends under a file lock, so
two people (or sessions) adding words at once do not lose each other's.
"""
from __future__ import annotations

import fcntl
import json
import sys
import tomllib
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "facilitator" / "catalogue"
HEADER = ("# The core's words in {language}: one key, one text; {{name}} fields are filled "
          "in by facilitator.words.tr.\n# Every key is in both catalogues with the same "
          "fields (tests/test_words.py). Add words with tools/add_word.py.\n")


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def add(triples: list[tuple[str, str, str]]) -> None:
    with open(FOLDER / "nl.toml", "a+", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        current = {lang: tomllib.loads((FOLDER / f"{lang}.toml").read_text("utf-8"))
                   for lang in ("nl", "en")}
        lines: dict[str, list[str]] = {"nl": [], "en": []}
        for key, nl, en in triples:
            for lang, text in (("nl", nl), ("en", en)):
                have = current[lang].get(key)
                if have is not None and have != text:
                    sys.exit(f"{key} exists in {lang}.toml as {have!r}")
                if have is None:
                    lines[lang].append(f"{_q(key)} = {_q(text)}\n")
                    current[lang][key] = text
        for lang in ("nl", "en"):
            with open(FOLDER / f"{lang}.toml", "a", encoding="utf-8") as out:
                out.writelines(lines[lang])


def sort() -> None:
    for lang, language in (("nl", "Dutch"), ("en", "English")):
        path = FOLDER / f"{lang}.toml"
        words = tomllib.loads(path.read_text("utf-8"))
        out, previous = [HEADER.format(language=language)], None
        for key in sorted(words):
            section = key.split(".")[0]
            if section != previous:
                out.append("\n")
                previous = section
            out.append(f"{_q(key)} = {_q(words[key])}\n")
        path.write_text("".join(out), "utf-8")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--sort"]:
        sort()
    elif args and len(args) % 3 == 0:
        add([tuple(args[i:i + 3]) for i in range(0, len(args), 3)])  # type: ignore[misc]
    else:
        sys.exit(__doc__)
