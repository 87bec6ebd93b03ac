"""Integrity of the language data (rasid/data/lang/<code>/): what the generic engine reads must be there and well
formed, so that an analyst's edit that breaks a file fails here rather than silently in extraction."""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from rasid.extraction.actors import CONTEXT_IDS, COUNTRY_CUE
from rasid.taxonomy import ACTORS, SUB_EVENT_TYPES
from rasid.text.language import available_languages, get_language

PACKAGE = Path(__file__).resolve().parent.parent / "rasid"
# (also the readers' own helpers over a role: `_stems("thing_taken")`, `_verb_forms(lang, "massing")`)
ROLE_CALL = re.compile(r"""(?<![\w])(?:words|phrases|w|_stems)\(\s*"([a-z_]+)"\s*\)"""
                       r"""|\b(?:says|_verb_forms)\([^()]*?,\s*"([a-z_]+)"\s*\)""")
# Trigger classes the event reader knows (rasid/extraction/events.py), cue kinds it reads.
TRIGGER_CLASSES = {"clash", "air", "shell", "bombard", "suicide", "ied", "explosion", "grenade", "chemical", "kill",
                   "execute", "death", "abduct", "arrest", "protest", "protest_noun", "riot", "riot_noun",
                   "protest_force", "takeover", "withdraw", "deploy", "agreement", "disrupt", "loot", "base",
                   "surrender", "attack", "target", "destroy", "sexual", "mob"}
CUE_KINDS = {"irrealis", "history", "modal", "summary", "tally", "state", "report", "air", "happened", "background",
             "fighting", "peaceful", "frontline", "idiom", "case", "loss", "mob"}
ACTOR_TOKENS = CONTEXT_IDS


def _rows(lang: str, name: str) -> list[list[str]]:
    return get_language(lang).read_tsv(name)


@pytest.mark.parametrize("lang", available_languages())
def test_every_data_file_parses_and_has_a_value_column(lang: str):
    folder = resources.files("rasid.data").joinpath("lang", lang)
    files = [p.name for p in folder.iterdir() if p.name.endswith(".tsv")]
    assert files
    for name in files:
        for row in _rows(lang, name):
            assert row[0], f"{lang}/{name}: a row without a phrase: {row}"
            assert len(row) >= 2 or name in ("place_stopwords.tsv", "place_ambiguous.tsv"), f"{lang}/{name}: {row}"


@pytest.mark.parametrize("lang", available_languages())
def test_trigger_classes_and_cue_kinds_are_known_to_the_engine(lang: str):
    language = get_language(lang)
    if language.has_file("triggers.tsv"):
        unknown = {r[1] for r in _rows(lang, "triggers.tsv")} - TRIGGER_CLASSES
        assert not unknown, f"{lang}/triggers.tsv: unknown classes {unknown}"
        flags = {r[2] for r in _rows(lang, "triggers.tsv") if len(r) > 2}
        assert flags <= {"verb"}, f"{lang}/triggers.tsv: third column is «verb» or empty, not {flags - {'verb'}}"
    if language.has_file("cues.tsv"):
        unknown = {r[1] for r in _rows(lang, "cues.tsv")} - CUE_KINDS
        assert not unknown, f"{lang}/cues.tsv: unknown cue kinds {unknown}"


@pytest.mark.parametrize("lang", available_languages())
def test_actor_aliases_name_ids_of_the_actor_table(lang: str):
    for name in ("actors.tsv", "actor_adjectives.tsv"):
        if get_language(lang).has_file(name):
            ids = {r[1].removeprefix(COUNTRY_CUE) for r in _rows(lang, name)}  # «%IRAQ_GOV»: a country cue
            unknown = ids - set(ACTORS) - ACTOR_TOKENS
            assert not unknown, f"{lang}/{name}: ids outside rasid/data/actor_ids.tsv: {unknown}"


def test_the_taxonomy_is_acled_s():
    assert len(SUB_EVENT_TYPES) == 25 and SUB_EVENT_TYPES["Air/drone strike"] == "Explosions/Remote violence"


@pytest.mark.parametrize("lang", available_languages())
def test_every_word_role_the_code_reads_is_in_the_language_data(lang: str):
    """Code asks for function words by role (`words("target_marker")`): each role must exist in words.tsv (or in
    the file the role belongs to), or the reader silently loses it. A language may declare a role it has no word
    for with a row «-<TAB>role» (English glues no preposition to words)."""
    roles = set()
    for path in PACKAGE.rglob("*.py"):
        roles.update(r for pair in ROLE_CALL.findall(path.read_text(encoding="utf-8")) for r in pair if r)
    language = get_language(lang)
    missing = sorted(role for role in roles if role not in language.roles())
    assert not missing, f"{lang}/words.tsv lacks roles the code reads: {missing}"


def test_a_role_without_words_is_declared_and_empty():
    english = get_language("en")
    assert "glued_preposition" in english.roles() and not english.words("glued_preposition")
    assert "glued_preposition" in get_language("ar").roles() and get_language("ar").words("glued_preposition")


def test_english_verb_forms_follow_its_spelling_rules():
    forms = set(get_language("en").verb_forms("seize")) | set(get_language("en").verb_forms("kidnap"))
    assert {"seize", "seizes", "seized", "seizing", "kidnapped", "kidnapping", "kidnaps"} <= forms
    assert {"carried", "carries"} <= set(get_language("en").verb_forms("carry"))
    assert {"shelled", "shelling", "shells"} <= set(get_language("en").verb_forms("shell"))


def test_verb_forms_come_from_the_language_s_affixes():
    forms = get_language("ar").verb_forms("قصف")
    assert {"قصف", "قصفت", "قصفوا", "يقصف", "تقصف", "يقصفون", "قصفتها", "قصفوه"} <= set(forms)
    assert "قصفها" not in forms  # the bare base takes no object pronoun: it is «its shelling» as often
    # a base ending in «ى» drops it before «ت» and «و»
    assert {"أخلت", "أخلوا", "ألقت", "ألقتها"} <= set(get_language("ar").verb_forms("أخلى")) | set(
        get_language("ar").verb_forms("ألقى"))


LANGUAGE_NEUTRAL_CODE = ["extraction/*.py", "text/*.py", "geo/places.py", "geo/gazetteer.py", "geo/importers.py"]
ALLOWED = {"text/normalize.py"}  # the table of Arabic letter forms that normalisation folds


def test_an_analyst_s_rows_in_rasid_lexicons_follow_the_built_in_ones(tmp_path, monkeypatch):
    from rasid.text.lexicon import read_tsv

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "weekdays.tsv").write_text("caturday\t5\n", encoding="utf-8")
    (tmp_path / "en" / "actor_areas.tsv").write_text("SDF\tQuneitra\n", encoding="utf-8")
    monkeypatch.setenv("RASID_LEXICONS", str(tmp_path))
    assert read_tsv("weekdays.tsv", "en")[-1] == ["caturday", "5"]  # a file of the language
    assert read_tsv("actor_areas.tsv", "en")[-1] == ["SDF", "Quneitra"]  # a language-neutral file
    assert len(read_tsv("weekdays.tsv", "en")) == len(get_language("en").read_tsv("weekdays.tsv"))


def test_the_reading_code_holds_no_arabic_words():
    """Language knowledge is data (rasid/data/lang/<code>/): the readers' Python code may quote Arabic in comments
    and docstrings, not in its strings, so that a second language is a second folder."""
    found = {}
    for pattern in LANGUAGE_NEUTRAL_CODE:
        for path in PACKAGE.glob(pattern):
            name = path.relative_to(PACKAGE).as_posix()
            if name in ALLOWED:
                continue
            code = re.sub(r'"""[\s\S]*?"""', "", path.read_text(encoding="utf-8"))
            code = re.sub(r"#.*", "", code)
            literals = re.findall(r"""(["'])((?:(?!\1).)*[\u0621-\u064A](?:(?!\1).)*)\1""", code)
            if literals:
                found[name] = [text for _, text in literals][:5]
    assert not found, f"Arabic words in code (move them to rasid/data/lang/ar/): {found}"
