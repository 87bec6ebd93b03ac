"""The casualty reader's language data is well formed: casualty_words.tsv columns and the words.tsv roles it reads."""
from rasid.extraction.casualties import CasualtyWords
from rasid.text.language import get_language

OUTCOMES = {"killed", "injured", "both"}
OWN_COUNTS = {"", "1", "2", "it:1", "it:2", "it:all"}
KINDS = {"civ", "fighter", "soldier", "person", "other", "kin"}


def test_every_casualty_word_has_a_known_role_and_value():
    language = get_language("ar")
    for row in language.expand_verbs(language.read_tsv("casualty_words.tsv")):
        phrase, role = row[0], row[1]
        value = row[2] if len(row) > 2 else ""
        if role == "outcome":
            assert value in OUTCOMES, row
            assert (row[3] if len(row) > 3 else "") in OWN_COUNTS, row
            assert "~" not in phrase, row
        elif role == "noun":
            kind, _, count = value.partition(":")
            assert kind in KINDS and count in {"1", "2", "many"}, row
        else:
            assert role in {"subset", "both", "each"}, row


# roles of English word order: Arabic declares them without words (words.tsv «-»)
ENGLISH_ONLY = ("count_before_only", "partitive", "determiners", "adjectives_before", "subject_before", "indefinite",
                "said_by", "adverbs", "people_pronoun", "among_copula", "passive")


def test_the_roles_the_reader_needs_are_there():
    words = CasualtyWords(get_language("ar"))
    for name, value in vars(words).items():
        if name not in ("article", "conjunctions", "glued") + ENGLISH_ONLY:
            assert value, f"words.tsv has no words for the casualty reader's {name!r}"
    english = CasualtyWords(get_language("en"))
    for name in ENGLISH_ONLY:
        assert getattr(english, name), f"en/words.tsv has no words for the casualty reader's {name!r}"


def test_every_english_casualty_word_has_a_known_role_and_value():
    language = get_language("en")
    for row in language.expand_verbs(language.read_tsv("casualty_words.tsv")):
        if row[1] == "outcome":
            assert row[2] in OUTCOMES and (row[3] if len(row) > 3 else "") in OWN_COUNTS, row
        elif row[1] == "noun":
            kind, _, count = row[2].partition(":")
            assert kind in KINDS and count in {"1", "2", "many"}, row
        else:
            assert row[1] in {"subset", "both", "each"}, row
