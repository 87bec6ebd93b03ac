"""Languages as data: everything Rasid knows about a language lives in rasid/data/lang/<code>/.

A language folder holds `language.toml` (its script, clitics and article: how words are cut into keys) and the
TSV files the generic engine reads: lexicons (actors, triggers, cues, casualty words, place words), number and
date words, and `words.tsv`, the function words the readers look for, by role («على» is a target marker, «بين»
opens the two sides of a clash). A second language is a second folder, not a second extractor.

Analysts extend a language without touching code: files of the same name in `$RASID_LEXICONS/<code>/` (or, for
Arabic, directly in `$RASID_LEXICONS`) are read after the built-in ones.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Callable

LEXICON_DIR_ENV = "RASID_LEXICONS"  # a folder whose files are read in addition to the built-in ones
DEFAULT_LANGUAGE = "ar"
NO_WORD = "-"  # in words.tsv, a role the language has no word for («glued_preposition» in English)
_NO_WORDS: frozenset[str] = frozenset()  # words() of a role the language lacks: one object, not one a call
# runs of letters of other scripts (detect_language counts their letters: one string a run, not one a letter)
_OTHER_LETTERS = re.compile(r"[^\W\d_A-Za-z\u0600-\u06FF]+")
# (the letters of the two scripts counted without a regex, each character looked at in C: in UTF-8 the Latin
# letters [A-Za-z] are the ASCII letter bytes; the Arabic letters [\u0621-\u064A] are the bytes the Arabic code
# page cp1256 gives them, no other character taking one of those bytes, and the few letters it lacks are counted
# one by one)
_ASCII_LETTER_BYTES = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_ARABIC_RANGE = "".join(map(chr, range(0x621, 0x64B)))
_CP1256_LETTERS = frozenset(_ARABIC_RANGE.encode("cp1256", "ignore"))
_NOT_CP1256_LETTERS = bytes(b for b in range(256) if b not in _CP1256_LETTERS)
_ARABIC_OFF_CP1256 = tuple(ch for ch in _ARABIC_RANGE if not ch.encode("cp1256", "ignore"))


class _RoleSets(dict):
    """Role → its words; a role the language lacks has none."""

    def __missing__(self, role: str) -> frozenset[str]:
        return _NO_WORDS


@dataclass(frozen=True, slots=True)
class CliticModel:
    """How a written word is cut into a lexicon key: conjunctions, then prepositions, then the article."""

    conjunctions: str = ""  # one-letter conjunctions glued to the word (Arabic و ف)
    prepositions: str = ""  # one-letter prepositions glued after them (Arabic ب ل ك)
    article: str = ""  # the definite article glued to the stem (Arabic ال), dropped from keys
    article_after_lam: str = ""  # «لل» = ل + ال
    short_stems: frozenset[str] = frozenset()  # two-letter stems that still take a preposition («بحي»)
    particles: frozenset[str] = frozenset()  # words written apart that a phrase may have or lack (English «al»,
    # «the»: «Deir ez-Zor» and «Deir Zor», «the regime forces» and «regime forces» meet)
    possessive: str = ""  # an ending dropped from keys (English «'s»: «regime's» is keyed «regime»)


class Language:
    """One language's data, read once and cached: settings, TSV rows, lexicons and word roles."""

    def __init__(self, code: str):
        self.code = code
        folder = resources.files("rasid.data").joinpath("lang", code)
        if not folder.joinpath("language.toml").is_file():
            raise ValueError(f"no language data for {code!r} (rasid/data/lang/{code}/language.toml)")
        self._folder = folder
        self.settings: dict[str, Any] = tomllib.loads(folder.joinpath("language.toml").read_text(encoding="utf-8"))
        c = self.settings.get("clitics", {})
        self.clitics = CliticModel(c.get("conjunctions", ""), c.get("prepositions", ""), c.get("article", ""),
                                   c.get("article_after_lam", ""), frozenset(c.get("short_stems", ())),
                                   frozenset(c.get("particles", ())), c.get("possessive", ""))
        self.name: str = self.settings.get("name", code)
        self.direction: str = self.settings.get("direction", "ltr")
        # the letters words of the language are written in, as a regex character class body («a-z»)
        self.letters: str = self.settings.get("letters", "\u0621-\u064A")
        # letters normalisation writes alike that a reader may still need apart, as written («وأحد» is «and one of»,
        # «واحد» the number one)
        self.hamza_alefs: str = self.settings.get("hamza_alefs", "")
        self.syntax: dict[str, Any] = self.settings.get("syntax", {})
        self._lexicons: dict[str, Any] = {}
        self._role_patterns: dict[str, re.Pattern] = {}

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def verb_forms(self, base: str) -> list[str]:
        """The forms of a verb given in its base form (language.toml [verbs]): base first, no duplicates."""
        v = self.settings.get("verbs", {})
        forms = [base]
        stems = [form for suffix in v.get("past_suffixes", [""]) for form in self._glued(base, suffix, v)]
        stems += [prefix + base + suffix for prefix in v.get("present_prefixes", [])
                  for suffix in v.get("present_suffixes", [""])]
        plural = v.get("object_after_plural", {})
        for stem in stems:
            for obj in v.get("object_suffixes", [""]):
                if obj and stem == base:
                    continue  # «قصفها», «خطفه»: read as the noun with its pronoun as often as the verb
                for ending, joined in plural.items():
                    if obj and stem.endswith(ending):
                        stem = stem[:-len(ending)] + joined
                forms.append(stem + obj)
        return list(dict.fromkeys(forms))

    @staticmethod
    def _glued(base: str, suffix: str, v: dict[str, Any]) -> list[str]:
        """The base with a suffix, and the spellings the language's rules give when they meet (English: «seize» +
        «ed» → «seized», «carry» + «ed» → «carried», «kidnap» + «ed» → «kidnapped»). Both the plain and the
        respelled form are kept: a form no one writes matches nothing."""
        out = [base + suffix]
        if not suffix or not base:
            return out
        vowels = v.get("vowels", "")
        opens_vowel = suffix[0] in vowels
        last = base[-1]
        if opens_vowel and last in v.get("drop_before_vowel", ()):
            out.append(base[:-1] + suffix)  # «seized», «seizing»
        changed = v.get("change_after_consonant", {}).get(last)
        if changed is not None and len(base) > 1 and base[-2] not in vowels and suffix[0] != changed[:1]:
            out.append(base[:-1] + changed + suffix)  # «carried», «carries»
        if opens_vowel and v.get("double_final") and len(base) > 2 and last not in vowels \
                and last not in v.get("never_doubled", "") and base[-2] in vowels and base[-3] not in vowels:
            out.append(base + last + suffix)  # «kidnapped», «shelled» is already «shell» + «ed»
        return out

    def has_file(self, name: str) -> bool:
        return self._folder.joinpath(name).is_file()

    def read_tsv(self, name: str) -> list[list[str]]:
        """Rows of a data file of this language, then those of the same name in $RASID_LEXICONS."""
        rows = parse_tsv(self._folder.joinpath(name).read_text(encoding="utf-8")) if self.has_file(name) else []
        return rows + extra_rows(self.code, name)

    def lexicon(self, name: str):
        """A lexicon file of this language as a `Lexicon` (rasid.text.lexicon), built once."""
        lex = self._lexicons.get(name)
        if lex is None:
            from .lexicon import lexicon_from_rows

            verb_phrases: set[str] = set()
            rows = self.expand_verbs(self.read_tsv(name), verb_phrases)
            gap = self.settings.get("verbs", {}).get("subject_gap", 0)
            lex = self._lexicons[name] = lexicon_from_rows(rows, self.clitics, frozenset(verb_phrases), gap)
        return lex

    def expand_verbs(self, rows: list[list[str]], verb_phrases: set[str] | None = None) -> list[list[str]]:
        """Rows whose phrase opens with a base verb («قصف~ …») become one row per form of the verb. A form that
        the file lists as a phrase of its own keeps that row («قصف» the noun is not the verb «قصف»). The forms of
        verbs with more words after them («ارتكب~ مجزرة») are added to `verb_phrases`, if given."""
        from .normalize import normalize_word

        explicit = {normalize_word(row[0]) for row in rows if not row[0].partition(" ")[0].endswith("~")}
        out = []
        for row in rows:
            first, _, rest = row[0].partition(" ")
            if not first.endswith("~"):
                out.append(row)
                continue
            for form in self.verb_forms(first[:-1]):
                phrase = f"{form} {rest}".strip()
                if normalize_word(phrase) not in explicit:
                    out.append([phrase, *row[1:]])
                    if rest and verb_phrases is not None:
                        verb_phrases.add(phrase)
        return out

    @cached_property
    def _roles(self) -> dict[str, tuple[str, ...]]:
        from .normalize import normalize_word

        roles: dict[str, list[str]] = {}
        for row in self.read_tsv("words.tsv"):
            if len(row) < 2:
                continue
            for role in row[1].split(","):
                words = roles.setdefault(role.strip(), [])
                if row[0] != NO_WORD:  # «-»: the language has the role but no word for it
                    words.append(normalize_word(row[0]).strip())
        return {role: tuple(words) for role, words in roles.items()}

    @cached_property
    def _role_sets(self) -> _RoleSets:
        return _RoleSets({role: frozenset(words) for role, words in self._roles.items()})

    @cached_property
    def words(self) -> Callable[[str], frozenset[str]]:
        """words(role): the normalised words and phrases of words.tsv with this role (empty when the language has
        none). The readers ask for roles tens of thousands of times a report set: the call is the role table's own
        lookup, with no Python frame of its own."""
        return self._role_sets.__getitem__

    def phrases(self, role: str) -> tuple[str, ...]:
        """The same, in file order (for alternations where order matters)."""
        return self._roles.get(role, ())

    def roles(self) -> frozenset[str]:
        return frozenset(self._roles)

    def says(self, text: str, role: str) -> bool:
        """Does the text hold a word of this role? Arabic words are found inside longer ones, as they carry
        clitics and endings («مروحي» in «المروحية»); English ones only as whole words («man» is not in «Manbij»)."""
        return self._role_pattern(role).search(text) is not None

    def spans(self, text: str, role: str) -> list[tuple[int, int]]:
        """Where the text holds words of this role (as `says` finds them): (start, end) of each."""
        return [m.span() for m in self._role_pattern(role).finditer(text)]

    def _role_pattern(self, role: str) -> re.Pattern:
        """The words of the role as one pattern, longest first (built once)."""
        pattern = self._role_patterns.get(role)
        if pattern is None:
            words = sorted(self.words(role), key=len, reverse=True)
            body = "|".join(map(re.escape, words)) or "(?!)"
            if self.settings.get("whole_words", False):
                body = rf"(?<![{self.letters}])(?:{body})(?![{self.letters}])"
            pattern = self._role_patterns[role] = re.compile(body)
        return pattern


def parse_tsv(content: str) -> list[list[str]]:
    rows = []
    for line in content.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def extra_rows(code: str, name: str) -> list[list[str]]:
    """The rows a user adds to the data file of this name and language in $RASID_LEXICONS (none when unset)."""
    rows: list[list[str]] = []
    for extra in _extra_files(code, name):
        with open(extra, encoding="utf-8") as fh:
            rows.extend(parse_tsv(fh.read()))
    return rows


def _extra_files(code: str, name: str) -> list[str]:
    extra_dir = os.environ.get(LEXICON_DIR_ENV)
    if not extra_dir:
        return []
    candidates = [os.path.join(extra_dir, code, name)]
    if code == DEFAULT_LANGUAGE:
        candidates.append(os.path.join(extra_dir, name))  # the flat layout of earlier releases
    return [p for p in candidates if os.path.isfile(p)]


@lru_cache(maxsize=None)
def _language(code: str, extra_dir: str | None) -> Language:
    return Language(code)


def get_language(code: str = DEFAULT_LANGUAGE) -> Language:
    """The cached data of a language (read again when $RASID_LEXICONS changes)."""
    return _language(code, os.environ.get(LEXICON_DIR_ENV))


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    """The languages with a data folder in the package (listed once: the package does not change while it runs)."""
    folder = resources.files("rasid.data").joinpath("lang")
    return tuple(sorted(p.name for p in folder.iterdir() if p.joinpath("language.toml").is_file()))


def detect_language(text: str) -> str:
    """«ar», «en», or «other»: the script most of the first letters of the report are written in and, for a text in
    Latin letters, whether it reads as English (its common words, role «common» of rasid/data/lang/en/words.tsv);
    a French or Turkish report is «other». A report mixing Arabic and English is read in the one it mostly uses."""
    sample = text[:4000]
    arabic, latin = _letter_counts(sample)
    # (other letters are counted only where enough characters are left for them to outnumber those)
    if len(sample) - arabic - latin > arabic + latin and sum(map(len, _OTHER_LETTERS.findall(sample))) > arabic + latin:
        return "other"
    if latin > 2 * arabic or (latin and not arabic):
        return "en" if _reads_as_english(sample) else "other"
    return "ar" if arabic or not latin else "en"


def _letter_counts(sample: str) -> tuple[int, int]:
    """How many Arabic letters [\u0621-\u064A] and Latin letters [A-Za-z] the text holds."""
    utf8 = sample.encode("utf-8", "surrogatepass")
    latin = len(utf8) - len(utf8.translate(None, _ASCII_LETTER_BYTES))
    arabic = len(sample.encode("cp1256", "ignore").translate(None, _NOT_CP1256_LETTERS))
    return arabic + sum(sample.count(ch) for ch in _ARABIC_OFF_CP1256), latin


_LATIN_WORD = re.compile(r"[a-z]+")
COMMON_SHARE = 0.08  # English prose has «the», «of», «and», «in» … in every few words; other Latin-script text not
MIN_WORDS = 12  # fewer words than this cannot tell: a headline in Latin letters is taken as English


def _reads_as_english(sample: str) -> bool:
    words = _LATIN_WORD.findall(sample.lower())
    if len(words) < MIN_WORDS or "en" not in available_languages():
        return True
    common = get_language("en").words("common")
    return sum(w in common for w in words) >= COMMON_SHARE * len(words)
