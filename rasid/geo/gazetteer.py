"""The built-in gazetteer of Syria and Iraq and the lookup of place names found in reports.

Places live in `rasid/data/gazetteer/places.tsv` (see SOURCE.md there), one row a place with its Arabic and
English names and spelling variants. Lookups are keyed the way report text is matched: Arabic through
`normalize_word` with the article dropped from every word («البوكمال», «بوكمال» and «ألبوكمال» meet), English
lower-cased without «al-»/«el-» prefixes, hyphens and apostrophes («Al-Bab», «al Bab» and «Bab» meet). English
names the gazetteer spells otherwise are looked up by `translit_key` («Tell Abiad», «Dayr az Zawr», «Tuz
Khormato»), then by their consonants (`skeleton_key`); both indexes are built once, on first use.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Iterator

from rasid.text.language import get_language
from rasid.text.normalize import normalize_word
from rasid.text.tokens import strip_article

COLUMNS = ("name_ar", "alt_ar", "name_en", "alt_en", "kind", "admin1", "admin2", "country", "latitude",
           "longitude", "population")

SYRIA_ADMIN1 = ("Damascus", "Rural Damascus", "Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Daraa",
                "As-Suwayda", "Quneitra", "Deir ez-Zor", "Raqqa", "Al-Hasakah")
IRAQ_ADMIN1 = ("Baghdad", "Nineveh", "Anbar", "Salah al-Din", "Kirkuk", "Diyala", "Erbil", "Duhok", "Sulaymaniyah",
               "Babil", "Karbala", "Najaf", "Wasit", "Qadisiyah", "Muthanna", "Dhi Qar", "Maysan", "Basra")
ADMIN1_COUNTRY = {**{a: "SY" for a in SYRIA_ADMIN1}, **{a: "IQ" for a in IRAQ_ADMIN1}}
COUNTRIES = ("SY", "IQ")

# Kinds in lookup order: when one name fits several places, the one whose kind comes first is offered first.
# Points come before the admin areas named after them: «إعزاز» is the town before it is the district.
KINDS = ("country", "governorate", "city", "town", "region", "neighbourhood", "camp", "airport", "base", "oilfield",
         "crossing", "dam", "mountain", "village", "district", "subdistrict")
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}

_ALT_SEP = "|"
_AR_LETTER = re.compile(r"[\u0621-\u064A]")
_AR_WORD = re.compile(r"[\u0621-\u064A]+|[0-9]+|[a-z]+")
# How English writes Arabic names' articles (rasid/data/lang/en/language.toml, [transliteration])
_EN_SPELLING = get_language("en").settings.get("transliteration", {})
_EN_PREFIX = re.compile(r"\b(?:%s)-" % "|".join(map(re.escape, _EN_SPELLING.get("hyphenated_articles", ())))
                        if _EN_SPELLING.get("hyphenated_articles") else "(?!)")
_EN_WORD = re.compile(r"[a-z0-9]+")
_EN_ARTICLES = frozenset(_EN_SPELLING.get("articles", ()))
_EN_GLUED = tuple(_EN_ARTICLES)  # (str.startswith takes a tuple)
_EN_NOT_GLUED = tuple(_EN_SPELLING.get("not_glued_article", ()))  # «Aleppo» does not start with an article
_APOSTROPHES = str.maketrans("", "", "'’‘`´ʼʻʾʿ")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer row."""

    name_ar: str
    name_en: str
    kind: str
    admin1: str | None
    admin2: str | None
    country: str
    latitude: float | None
    longitude: float | None
    population: int | None
    alt_ar: tuple[str, ...] = ()
    alt_en: tuple[str, ...] = ()
    admin3: str | None = None  # the sub-district (nahiya), when an imported source gives it
    pcode: str | None = None  # the OCHA P-code, when an imported source gives it
    source: str = "rasid"  # "rasid" for the built-in file, else the name of the imported source
    source_id: str | None = None  # the place's id in its source


def arabic_key(name: str) -> str:
    """The lookup key of an Arabic name: normalised, each word without its article, words joined by a space."""
    return " ".join(strip_article(w) for w in _AR_WORD.findall(normalize_word(name)))


@lru_cache(maxsize=1 << 16)  # (a report asks for the keys of its names again and again)
def english_key(name: str) -> str:
    """The lookup key of an English name: lower case, accents, apostrophes, hyphens and «al-»/«el-» dropped."""
    text = name.lower().translate(_APOSTROPHES)
    if not text.isascii():  # (ASCII has no accents to take off)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _EN_PREFIX.sub("", text)
    return " ".join(w for w in _EN_WORD.findall(text) if w not in _EN_ARTICLES)


def _name_words(name: str) -> list[str]:
    """The words of an English name's key without the Arabic article written apart («Dayr az Zawr») or «the»
    (rasid/data/lang/en/language.toml, [clitics] particles)."""
    particles = get_language("en").clitics.particles
    return [w for w in english_key(name).split() if w not in particles]


def _glued_article(word: str) -> bool:
    """Does a later word of a name start with the article glued to it («Ras Alain», «Jisr Alshughur»)? Not a word
    that only begins like it (language.toml, [transliteration] not_glued_article: «Aleppo»)."""
    return len(word) >= 5 and word.startswith(_EN_GLUED) and not word.startswith(_EN_NOT_GLUED)


_SKELETON_DROP = re.compile(r"[aeiou]+|[yw](?![aeiou])")
_SKELETON_FINAL_H = re.compile(r"(?<=[aeiouy])h\b")


@lru_cache(maxsize=1 << 16)  # (a report asks for the keys of its names again and again)
def skeleton_key(name: str) -> str:
    """The consonants of an English transliteration, for names spelt in several ways («Kafr Nubl», «Kafranbel»,
    «Kafr Nabl» → «kfrnbl»; «Sfuhen», «Sufuhun» → «sfhn»; «Al-Hayjana», «Al-Hayjanah» → «hjn»): the key without
    its articles, vowels, «y»/«w» but before a vowel («Rashad» is not «Rashidiya»), a final «h» after a vowel, «q» as «k», and doubled letters written once."""
    words = _name_words(name)
    return "".join(re.sub(r"(.)\1+", r"\1", _SKELETON_DROP.sub("", _SKELETON_FINAL_H.sub("", w)).replace("q", "k"))
                   for w in words)  # («Kafr Rumah» is not «Kafr Amim»: letters are doubled within a word only)


# A transliteration key (translit_key): the spellings English writers give one Arabic name, read alike.
_TR_ABU = re.compile(r"^(?:abu|abou|albu|bu)(?=[a-z]{3})|^(?:abu|abou|albu|bou)$")  # «Abu Kamal», «Albu Kamal»
_TR_SUN_ARTICLE = re.compile(r"^[ae]([tdrzsn])(?=\1[aeiouy])")  # «Ezzor», «Arraqqa»: an article glued and assimilated
_TR_DIGRAPHS = tuple(tuple(pair) for pair in _EN_SPELLING.get("digraphs", ()))  # «kh» as «h» … (language.toml)
_TR_VOWEL = "aeiou"
_TR_LONG = ((re.compile(r"ee|ie(?![aeiou])"), "i"), (re.compile(r"oo|ou|o"), "u"), (re.compile(r"e"), "a"))
_TR_DIPHTHONG = ((re.compile(r"a[uw](?![aiuw])"), "u"),)  # «Zawr», «Zor» («ai» stays: «Arbaeen» is not «Arbin»)
_TR_GLIDE = ((re.compile(r"(?<=[^aiu])i(?=[aiu])|i?y(?=[aiu])"), "y"), (re.compile(r"y"), "i"),
             (re.compile(r"(?<=[^aiu])u(?=[aiu])|u?w(?=[aiu])"), "w"), (re.compile(r"w"), "u"))
_TR_LAST_SYLLABLE = re.compile(r"(?<=[^aeiouy])e(?=[^aeiouyhw]$)")
_TR_FINAL_H = re.compile(r"(?<=[aiu])h$")
_TR_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 16)
def translit_key(name: str, closing: bool = True) -> str:
    """The key under which the usual English transliterations of one Arabic name meet, tighter than `skeleton_key`
    (it keeps the vowels' classes): articles apart, glued or assimilated («al-», «Al », «ash-», «Ezzor») and
    apostrophes and ayn marks left out; «Tell»/«Tal», «Jebel»/«Jabal», «Deir»/«Dayr», «Sheikh»/«Shaykh»,
    «Abu»/«Albu» alike; q, k, c and g as one letter, kh as h, dh as z, th as t, ch as sh; e as a, ee as i, o, ou
    and oo as u; i and y, u and w alike as glides; a final «h» after a vowel («-ah», «-eh») left out; doubled
    letters written once; an «e» closing the last syllable as an «i» («Idleb», «Idlib»; not with `closing`
    false, for the first words of a longer name); the words joined («Tal Afar», «Talafar»)."""
    words = _name_words(name)
    out = []
    for n, word in enumerate(words, 1):
        if n > 1 and _glued_article(word):
            word = word[2:]
        word = _TR_ABU.sub("bu", word)
        if len(word) >= 5:
            word = _TR_SUN_ARTICLE.sub("", word)
        for a, b in _TR_DIGRAPHS:
            word = word.replace(a, b)
        if closing and n == len(words):
            word = _TR_LAST_SYLLABLE.sub("i", word)  # «Idleb», «Saraqeb», «Tal Tamer»: a closing «e» is an «i»
        for pattern, b in _TR_LONG:
            word = pattern.sub(b, word)
        word = _TR_DOUBLE.sub(r"\1", word)
        for pattern, b in _TR_DIPHTHONG + _TR_GLIDE:
            word = pattern.sub(b, word)
        out.append(_TR_FINAL_H.sub("", word))
    return _TR_DOUBLE.sub(r"\1", "".join(out))


_NEAR_VOWELS = frozenset("aiuyw")
_NEAR_ALIKE = frozenset({("d", "z"), ("z", "d"), ("t", "s"), ("s", "t")})  # ذ read «dh», «z» or «d»; ث «th» or «s»
_NEAR_WEIGHT = {ch: 0.5 for ch in _NEAR_VOWELS | {"h"}}  # what adding or dropping a letter costs (else 1)


def _consonants(key: str) -> str:
    return "".join(ch for ch in key if ch not in _NEAR_VOWELS)


@lru_cache(maxsize=1 << 16)  # (a report asks for the keys of its names again and again)
def _firm(key: str) -> str:
    """The consonants a short name keeps in every spelling: all but «h» (an ayn or a ta marbuta's), with ذ and ث
    read as «z» and «s»."""
    return _consonants(key).replace("h", "").replace("d", "z").replace("t", "s")


def _deletions(skeleton: str) -> set[str]:
    """The skeleton and the skeletons one consonant shorter (an index of consonant skeletons one edit apart)."""
    return {skeleton} | {skeleton[:i] + skeleton[i + 1:] for i in range(len(skeleton))}


def near_limit(key: str) -> float:
    """How far (`near_cost`) another transliteration of a name of this key may lie: half a vowel for a short
    name, a consonant's worth from six letters, one and a half from ten (a consonant other than «h» is changed,
    added or left out from eight letters only: `lookup_near`)."""
    return 0.5 if len(key) < 6 else 1.0 if len(key) < 10 else 1.5


def near_cost(a: str, b: str, limit: float = 9.0) -> float:
    """The edit distance of two transliteration keys, a vowel or glide (a, i, u, y, w) and an «h» (ayn, ta
    marbuta) costing half a consonant; ذ's and ث's readings (d/z, t/s) too. Above `limit` the exact value is not
    computed (any value above it is returned)."""
    weight = _NEAR_WEIGHT.get
    previous = [0.0]
    for ch in b:
        previous.append(previous[-1] + weight(ch, 1.0))
    for ca in a:
        drop = weight(ca, 1.0)  # (the row's letter: its weight and vowelhood read once, not once a column)
        vowel = ca in _NEAR_VOWELS
        current = [previous[0] + drop]
        for j, cb in enumerate(b, 1):
            if ca == cb:
                sub = 0.0
            elif (vowel and cb in _NEAR_VOWELS) or (ca, cb) in _NEAR_ALIKE:
                sub = 0.5
            else:
                sub = 1.0
            current.append(min(previous[j - 1] + sub, previous[j] + drop, current[j - 1] + weight(cb, 1.0)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def has_arabic_letter(name: str) -> bool:
    """Is the name written in Arabic (keyed by `arabic_key`), not in a transliteration (`english_key`)?"""
    return _AR_LETTER.search(name) is not None


def name_key(name: str) -> str:
    """The key of a name as found in text: Arabic keying when it holds an Arabic letter, English otherwise."""
    return arabic_key(name) if has_arabic_letter(name) else english_key(name)


class Gazetteer:
    """Places and the precomputed indexes that look them up by name."""

    def __init__(self, places: Iterable[Place]):
        self.places: list[Place] = list(places)
        by_ar: dict[str, list[Place]] = {}
        by_en: dict[str, list[Place]] = {}
        for place in self.places:
            for name in (place.name_ar, *place.alt_ar):
                _add(by_ar, arabic_key(name), place)
            for name in (place.name_en, *place.alt_en):
                _add(by_en, english_key(name), place)
        self._by_ar = {k: tuple(sorted(v, key=place_rank)) for k, v in by_ar.items()}
        self._by_en = {k: tuple(sorted(v, key=place_rank)) for k, v in by_en.items()}
        self._by_skeleton: dict[str, tuple[Place, ...]] | None = None  # built on first use (English reports)
        self._by_translit: dict[str, tuple[Place, ...]] | None = None  # the same
        self._translit_prefixes: frozenset[str] = frozenset()
        self._by_consonants: dict[str, list[str]] | None = None  # translit keys by their consonants (lookup_near)
        self._governorates: dict[str, Place] = {}
        for place in self.places:
            if place.kind == "governorate" and place.admin1:
                self._governorates.setdefault(place.admin1, place)

    def __len__(self) -> int:
        return len(self.places)

    @classmethod
    def builtin(cls) -> "Gazetteer":
        """The gazetteer shipped with Rasid (rasid/data/gazetteer/places.tsv), read once and shared."""
        return _builtin()

    @classmethod
    def load(cls, path: "str | os.PathLike[str] | None" = None) -> "Gazetteer":
        """The built-in places plus every place of the gazetteer store at `path` (see rasid.geo.store).

        `path=None` means the store `$RASID_GAZETTEER` names or else the default store
        (`rasid.geo.store.default_store_path()`); when that default file does not exist, the built-in gazetteer
        itself is returned. An explicit path (or `$RASID_GAZETTEER`) that does not exist raises FileNotFoundError.
        Loaded once per store file and kept until the file changes.
        """
        from .store import load_gazetteer  # lazily: the built-in gazetteer never needs sqlite3

        return load_gazetteer(path)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The gazetteer extraction uses: `load(None)`, the built-in places plus the user's imported store."""
        return cls.load(None)

    @classmethod
    def from_rows(cls, rows: Iterable[dict[str, str]]) -> "Gazetteer":
        """A gazetteer from rows keyed by the TSV's column names (missing columns read as empty)."""
        return cls(_place(row, f"row {i}") for i, row in enumerate(rows, 1))

    @classmethod
    def from_tsv(cls, text: str, source: str = "places.tsv") -> "Gazetteer":
        """A gazetteer from the text of a places TSV (header line first; blank and `#` lines skipped)."""
        return cls(_parse_tsv(text, source))

    def arabic_names(self) -> Iterator[tuple[str, Place]]:
        """Every Arabic name and variant, as written in the file, with its place."""
        for place in self.places:
            if place.name_ar:  # imported places may have no Arabic name
                yield place.name_ar, place
            for alt in place.alt_ar:
                yield alt, place

    def english_names(self) -> Iterator[tuple[str, Place]]:
        """Every English name and variant, as written in the file, with its place."""
        for place in self.places:
            if place.name_en:
                yield place.name_en, place
            for alt in place.alt_en:
                yield alt, place

    def names(self, script: str) -> Iterator[tuple[str, Place]]:
        """The names written in a script: «ar» (Arabic names) or «en» (English names and transliterations)."""
        return self.english_names() if script == "en" else self.arabic_names()

    def lookup(self, name: str, admin1: str | None = None) -> list[Place]:
        """The places a name found in text may mean, best first; an empty list when the name is unknown.

        Places in `admin1` (when given) come first, then places by kind (governorate, city, district, town, ...,
        village) and by population, largest first.
        """
        if _AR_LETTER.search(name):
            found = self._by_ar.get(arabic_key(name), ())
        else:
            found = self._by_en.get(english_key(name), ())
        if admin1 is None or len(found) < 2:
            return list(found)
        return [p for p in found if p.admin1 == admin1] + [p for p in found if p.admin1 != admin1]

    def prepare(self, script: str) -> None:
        """Build now the indexes the lookups of a script build on first use («en»: similar spellings,
        transliterations and near spellings), so that no report pays for them."""
        if script == "en":
            self._skeleton_index()
            self._near_index()  # (the transliteration index first)

    def lookup_similar(self, name: str, min_length: int = 4) -> list[Place]:
        """The places whose English name or variant is spelt like `name` up to vowels and doubled letters
        (`skeleton_key`), best first; none for a key shorter than `min_length` consonants (too many names share
        those). For English names no spelling of the gazetteer matches exactly."""
        key = skeleton_key(name)
        if len(key) < min_length or _AR_LETTER.search(name):
            return []
        self._skeleton_index()
        return list(self._by_skeleton.get(key, ()))

    def lookup_translit(self, name: str, min_length: int = 4) -> list[Place]:
        """The places whose English name or variant is another transliteration of `name` (`translit_key`), best
        first; none for a key shorter than `min_length` letters. The index is built once, on the first call."""
        key = translit_key(name)
        if len(key) < min_length or _AR_LETTER.search(name):
            return []
        self._translit_index()
        found = self._by_translit.get(key, ())
        if not found and key.startswith(_EN_GLUED) and len(key) >= min_length + 2 and name[2:3].isalpha():
            found = self._by_translit.get(key[2:], ())  # «Alhasakah», «Elbab»: the article glued to the name
        return list(found)

    def lookup_near(self, name: str, admin1s: Iterable[str] = (), min_length: int = 5) -> list[Place]:
        """The built-in places whose English name or variant is spelt nearly as `name`, when no spelling matches
        exactly, by its transliteration key or its consonants: «Diban» for «Dhiban», «Al-Baseera» for
        «Al-Busayrah», «Jurf al-Sakr» for «Jurf al-Sakhar». The keys (`translit_key`) are compared letter by letter,
        a vowel or glide changed, added or left out costing half a consonant (`near_cost`); those of the least
        cost within `near_limit` of the key's length are returned, the places of the governorates `admin1s` (the
        report's) first. None for a key shorter than `min_length` letters: short names lie near too many others;
        a key under six letters changes its vowels only, adding or dropping none («Al-Keswah» is not «Al-Qassaa»)."""
        key = translit_key(name)
        if len(key) < min_length or has_arabic_letter(name):
            return []
        self._near_index()
        limit = near_limit(key)
        seen: set[str] = set()
        scored: list[tuple[float, str]] = []
        for probe in _deletions(_consonants(key)):
            for other in self._by_consonants.get(probe, ()):
                if other in seen:
                    continue
                seen.add(other)
                if (len(key) >= 6 or len(key) == len(other)) and (len(key) >= 8 or _firm(key) == _firm(other)) \
                        and (cost := near_cost(key, other, limit)) <= limit:  # (the cheap tests first)
                    scored.append((cost, other))
        wanted = set(admin1s)
        ranked = [((p.admin1 not in wanted, cost), p) for cost, k in scored for p in self._by_translit[k]
                  if p.source == "rasid"]  # (the report's governorates first, then the nearest spelling)
        ranked.sort(key=lambda r: (r[0], place_rank(r[1])))
        if not ranked:
            return []
        return list(dict.fromkeys(p for order, p in ranked if order == ranked[0][0]))

    def _near_index(self) -> None:
        self._translit_index()
        if self._by_consonants is not None:
            return
        index: dict[str, list[str]] = {}
        for key, places in self._by_translit.items():
            if len(key) >= 4 and any(p.source == "rasid" for p in places):
                for probe in _deletions(_consonants(key)):
                    index.setdefault(probe, []).append(key)
        self._by_consonants = index

    def translit_opens(self, word: str) -> bool:
        """Could a name whose first word is `word` have the `translit_key` of a place? (A set test that spares
        reading a capitalised run that cannot be one: the keys' every beginning is kept.)"""
        self._translit_index()
        key = translit_key(word, closing=False)
        return key in self._translit_prefixes or key.startswith(_EN_GLUED) and key[2:] in self._translit_prefixes

    def _skeleton_index(self) -> None:
        if self._by_skeleton is None:
            self._by_skeleton = self._english_index(skeleton_key)

    def _translit_index(self) -> None:
        if self._by_translit is None:
            self._by_translit = self._english_index(translit_key)
            self._translit_prefixes = frozenset(k[:n] for k in self._by_translit for n in range(len(k) + 1))

    def _english_index(self, key: Callable[[str], str]) -> dict[str, tuple[Place, ...]]:
        """The places by the `key` of each English name and variant, best first."""
        index: dict[str, list[Place]] = {}
        for place in self.places:
            for alt in (place.name_en, *place.alt_en):
                _add(index, key(alt), place)
        return {k: tuple(sorted(v, key=place_rank)) for k, v in index.items()}

    def governorate(self, admin1: str) -> Place | None:
        """The governorate row of an admin1 spelling («Aleppo», «Deir ez-Zor»), or None."""
        return self._governorates.get(admin1)

    def governorate_by_name(self, name: str) -> Place | None:
        """The governorate a name denotes: «حلب», «ريف دمشق», «محافظة دير الزور», «ريف إدلب الجنوبي», «Raqqa».

        «ريف X» falls back to governorate X unless «ريف X» is itself a governorate (ريف دمشق).
        """
        # the words around the name that do not change which governorate is meant: words.tsv, roles governorate_*
        arabic = has_arabic_letter(name)
        role = get_language("ar" if arabic else "en").words
        words = [w for w in (arabic_key if arabic else english_key)(name).split() if w not in role("governorate_word")]
        while words and words[0] in role("governorate_title"):
            words = words[1:]
        while len(words) > 1 and words[-1] in role("governorate_direction"):
            words = words[:-1]
        candidates = [words]
        if len(words) > 1 and words[0] in role("governorate_countryside"):
            candidates.append(words[1:])
        index = self._by_ar if arabic else self._by_en
        for cand in candidates:
            place = _first_governorate(index.get(" ".join(cand), ()))
            if place is not None:
                return place
        return None


def _add(index: dict[str, list[Place]], key: str, place: Place) -> None:
    if not key:
        return
    bucket = index.setdefault(key, [])
    if not any(p is place for p in bucket):
        bucket.append(place)


def place_rank(place: Place) -> tuple[int, int, str]:
    """The order namesakes are offered in: by kind (a governorate before its city, a city before a village), then
    the more populous first."""
    return (_KIND_RANK.get(place.kind, len(KINDS)), -(place.population or 0), place.name_en)


def _first_governorate(places: Iterable[Place]) -> Place | None:
    return next((p for p in places if p.kind == "governorate"), None)


@lru_cache(maxsize=1)
def _builtin() -> Gazetteer:
    text = resources.files("rasid.data.gazetteer").joinpath("places.tsv").read_text(encoding="utf-8-sig")
    return Gazetteer.from_tsv(text, "places.tsv")


def _parse_tsv(text: str, source: str) -> list[Place]:
    header: list[str] | None = None
    places: list[Place] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise ValueError(f"{source} line {number}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) != len(header):
            raise ValueError(f"{source} line {number}: expected {len(header)} tab-separated columns, "
                             f"found {len(cells)}")
        places.append(_place(dict(zip(header, cells)), f"{source} line {number}"))
    if header is None:
        raise ValueError(f"{source}: no header line")
    return places


def _place(row: dict[str, str], where: str) -> Place:
    def cell(column: str) -> str:
        value = row.get(column)
        return "" if value is None else str(value).strip()

    def fail(message: str) -> ValueError:
        return ValueError(f"{where}: {message}")

    name_ar, name_en, kind = cell("name_ar"), cell("name_en"), cell("kind")
    admin1, admin2, country = cell("admin1"), cell("admin2"), cell("country")
    if not name_ar:
        raise fail("empty name_ar")
    if not _AR_LETTER.search(name_ar):
        raise fail(f"name_ar {name_ar!r} holds no Arabic letter")
    if not name_en:
        raise fail(f"empty name_en for {name_ar!r}")
    if kind not in _KIND_RANK:
        raise fail(f"unknown kind {kind!r} (one of: {', '.join(KINDS)})")
    if country not in COUNTRIES:
        raise fail(f"unknown country {country!r} (SY or IQ)")
    if admin1:
        if admin1 not in ADMIN1_COUNTRY:
            raise fail(f"unknown admin1 {admin1!r}")
        if ADMIN1_COUNTRY[admin1] != country:
            raise fail(f"admin1 {admin1!r} is not in country {country}")
    elif kind != "country":
        raise fail(f"empty admin1 for {name_ar!r} (only country rows may leave it empty)")
    latitude = _number(cell("latitude"), "latitude", -90.0, 90.0, fail)
    longitude = _number(cell("longitude"), "longitude", -180.0, 180.0, fail)
    if (latitude is None) != (longitude is None):
        raise fail("latitude and longitude must be given together")
    population_text = cell("population").replace(",", "").replace("_", "")
    population: int | None = None
    if population_text:
        try:
            population = int(population_text)
        except ValueError:
            raise fail(f"population {cell('population')!r} is not a whole number") from None
        if population < 0:
            raise fail("negative population")
    return Place(
        name_ar=name_ar,
        name_en=name_en,
        kind=kind,
        admin1=admin1 or None,
        admin2=admin2 or None,
        country=country,
        latitude=latitude,
        longitude=longitude,
        population=population,
        alt_ar=_alts(cell("alt_ar")),
        alt_en=_alts(cell("alt_en")),
    )


def _alts(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in text.split(_ALT_SEP) if a.strip())


def _number(text: str, column: str, low: float, high: float, fail) -> float | None:
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise fail(f"{column} {text!r} is not a number") from None
    if not low <= value <= high:
        raise fail(f"{column} {value} out of range")
    return value
