"""The Arabic text layer: normalisation with offsets, clitic-aware keys, lexicon matching, sentence splitting."""
from rasid.text.doc import Doc
from rasid.text.lexicon import Lexicon, LexiconSet
from rasid.text.normalize import normalize
from rasid.text.segment import clauses, sentences
from rasid.text.tokens import candidate_keys, strip_article, tokenize


def test_diacritics_tatweel_and_letter_variants_are_folded():
    n = normalize("قُتِلَ جنــديّ في إدلب وأريحا ومدرسة الهدى")
    assert n.text == "قتل جندي في ادلب واريحا ومدرسه الهدي"


def test_arabic_indic_digits_and_typographic_quotes():
    assert normalize("مقتل ١٢ عنصراً من “داعش” و«قسد»").text == 'مقتل 12 عنصرا من "داعش" و"قسد"'


def test_broken_words_are_mended_and_offsets_point_to_the_original():
    original = "وثّق المرصد مقـ.ـتل شاب بانف-جار لغم"
    n = normalize(original)
    assert "مقتل" in n.text and "بانفجار" in n.text
    start = n.text.index("مقتل")
    assert n.original_span(start, start + 4) == "مقـ.ـتل"
    start = n.text.index("انفجار")
    assert n.original_span(start, start + len("انفجار")) == "انف-جار"


def test_a_hyphen_between_two_whole_words_stays():
    # the two towns of a road keep their hyphen; the pieces of a dodged word and a dateline are joined as before
    n = normalize("كمين على طريق منبج-الباب وقع بعد انف-جار\nدمشق-سانا")
    assert "منبج-الباب" in n.text and "انفجار" in n.text and "دمشقسانا" in n.text
    start = n.text.index("الباب")
    assert n.original_span(start, start + 5) == "الباب"


def test_persian_and_kurdish_letters_read_as_their_arabic_neighbours():
    assert normalize("مدينة گري سبي وقرية ڤيان").text == "مدينه كري سبي وقريه فيان"


def test_offsets_are_identity_when_nothing_is_dropped():
    n = normalize("قصف على بلدة")
    assert n.kept is None and n.to_original(4, 7) == (4, 7)


def test_hyphen_between_words_is_kept():
    assert normalize("الحدود السورية - العراقية").text == "الحدود السوريه - العراقيه"


def test_strip_article_keeps_short_words():
    assert strip_article("النظام") == "نظام"
    assert strip_article("الى") == "الى"


def test_candidate_keys_cover_conjunction_preposition_and_article():
    assert ("نظام", 1) in candidate_keys("للنظام")
    assert ("قصف", 2) in candidate_keys("وبالقصف")
    assert ("قوات", 1) in candidate_keys("فقوات")
    assert candidate_keys("بنش")[0] == ("بنش", 0)  # a short name is not cut to nothing


def test_lexicon_matches_with_clitics_and_prefers_the_longest_phrase():
    lex = Lexicon([("قوات النظام", "SYR_GOV"), ("النظام", "SYR_GOV"), ("الطائرات الحربية الروسية", "RUSSIA"),
                   ("الطائرات الحربية", "UNKNOWN")])
    text = normalize("وقصفت الطائرات الحربية الروسية مواقع لقوات النظام وللنظام").text
    found = [(m.value, text[m.char_start:m.char_end]) for m in lex.find(tokenize(text))]
    assert found == [("RUSSIA", "الطايرات الحربيه الروسيه"), ("SYR_GOV", "قوات النظام"), ("SYR_GOV", "لنظام")]  # «للنظام»: the article's alef is elided


def test_lexicon_match_excludes_the_clitic_from_the_span():
    lex = Lexicon([("داعش", "ISIS")])
    text = "وبداعش"
    (m,) = lex.find(tokenize(text))
    assert text[m.char_start:m.char_end] == "داعش"


def test_lexicon_words_are_the_keys_of_every_word_of_its_entries():
    lex = Lexicon([("قوات النظام", "SYR_GOV"), ("اللواء 93", "BASE"), ("الوادي", "PLACE")])
    assert lex.words() == {"قوات", "نظام", "لواء", "93", "وادي"}


def test_lexicon_set_finds_an_entry_added_after_a_first_pass():
    # the set remembers which lexicons can start at a word's keys: an entry added later must still be found
    actors, cues = Lexicon([("قوات النظام", "SYR_GOV")]), Lexicon([("منذ", "summary")])
    matcher = LexiconSet({"actors": actors, "cues": cues})
    tokens = tokenize(normalize("وقصفت قوات النظام بلدة الوادي الأخضر منذ الصباح").text)
    found, starts = matcher.find_all(tokens)
    assert [m.value for m in found["actors"]] == ["SYR_GOV"] and [m.value for m in found["cues"]] == ["summary"]
    actors.add("الوادي الأخضر", "PLACE_AS_ACTOR")
    found, starts = matcher.find_all(tokens)
    assert [m.value for m in found["actors"]] == ["SYR_GOV", "PLACE_AS_ACTOR"]
    assert starts["actors"] == frozenset({1, 4})


def test_sentences_split_on_lines_and_stops_but_not_inside_numbers():
    text = normalize("قتل 3.5 شخص. وأصيب آخرون\nسطر جديد؟ نعم").text
    spans = [text[s.start:s.end] for s in sentences(text)]
    assert spans == ["قتل 3.5 شخص.", "واصيب اخرون", "سطر جديد؟", "نعم"]


def test_clauses_split_at_commas_and_linking_words():
    text = normalize("قصفت الطائرات البلدة، فيما دارت اشتباكات في القرية كما قتل شاب").text
    (s,) = sentences(text)
    parts = [text[c.start:c.end] for c in clauses(text, s)]
    assert parts == ["قصفت الطايرات البلده", "فيما دارت اشتباكات في القريه", "كما قتل شاب"]


def test_sentence_ends_next_to_line_breaks_colons_and_ellipses():
    text = normalize("سقطت قذيفة.\nثم هدأ القصف... وعاد الهدوء:: بيان\n\nانتهى؟").text
    spans = [text[s.start:s.end] for s in sentences(text)]
    assert spans == ["سقطت قذيفه.", "ثم هدا القصف...", "وعاد الهدوء", "بيان", "انتهي؟"]


def test_a_clause_opener_after_its_preposition_or_after_two_spaces():
    text = normalize("تجمع المحتجون في وسط الساحة،  وسط هتافات  بينما انسحبت الشرطة").text
    (s,) = sentences(text)
    parts = [text[c.start:c.end] for c in clauses(text, s)]
    assert parts == ["تجمع المحتجون في وسط الساحه", "وسط هتافات", "بينما انسحبت الشرطه"]


def test_doc_maps_evidence_back_to_the_original_text():
    doc = Doc("t", "قُتل شابٌ. ثم انفـجر لغم")
    s = doc.sentences[1]
    ev = doc.evidence(s.start, s.end)
    assert ev.text == "ثم انفـجر لغم" and doc.norm.original[ev.start:ev.end] == ev.text


def test_original_offsets_map_back_to_normalised_ones():
    n = normalize("قُتِلَ شابٌ")
    assert n.from_original(0) == 0
    assert n.text[n.from_original(7):].startswith("شاب")


def test_a_report_wrapped_at_a_fixed_width_reads_across_its_line_breaks():
    wrapped = ("غارات على ريف إدلب\n"
               "قصفت طائرات حربية روسية اليوم الاثنين بلدات عدة في ريف\n"
               "إدلب الجنوبي، وشملت الغارات قرى كفرسجنة وركايا وحيش ومعرة\n"
               "حرمة والتمانعة، كما ألقت مروحيات النظام براميل متفجرة على\n"
               "قرى الشيخ مصطفى وكفرنبودة ومحيطها في ريف حماة الشمالي.\n")
    norm = normalize(wrapped)
    assert len(norm.text) == len(wrapped)  # one character for one: offsets do not move
    assert norm.text.count("\n") == 2  # the title's end and the last line's
    assert "ومعره حرمه" in norm.text


def test_the_body_starts_after_the_short_unstopped_title_lines():
    titled = Doc("t", "Clashes flare near a dam on the river\nTwo fighters were reported dead\n"
                      "Fighting broke out at dawn near the dam. Two fighters died in it.", lang="en")
    assert titled.headline_end() == 2  # the title and its standfirst come before the first stopped sentence
    untitled = Doc("t", "Fighting broke out at dawn near the dam. Two fighters died in it.", lang="en")
    assert untitled.headline_end() == 0


def test_short_lines_and_paragraphs_keep_their_breaks():
    lines = ("قصف على بلدة كفرنبل\n"
             "قتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم\n"
             "وأصيب آخرون بجروح متفاوتة في القصف الذي طال الأحياء السكنية وسط البلدة والسوق\n"
             "المصدر: مراسلون\n")
    assert normalize(lines).text.count("\n") == 4  # lines of any length that stop where their sentences do


def test_a_verb_phrase_matches_across_the_subject_between_its_verb_and_its_object():
    from rasid.text.language import get_language
    from rasid.text.tokens import tokenize
    from rasid.text.normalize import normalize

    triggers = get_language("ar").lexicon("triggers.tsv")

    def phrases(text: str) -> list[str]:
        return [m.phrase for m in triggers.find(tokenize(normalize(text).text))]

    # the verb first, its subject, then the rest of the phrase: «عثر~ على جثة» with «سكان الحي» between
    assert "عثر على جثة" in phrases("عثر سكان الحي على جثة رجل قرب النهر")
    # not past a comma, nor past more words than a subject takes
    assert "عثر على جثة" not in phrases("عثر سكان الحي، بعد يومين من البحث، على جثة رجل")
    assert "عثر على جثة" not in phrases("عثر سكان الحي الغربي من القرية القديمة على جثة رجل")
    # nor when the object's words open a longer entry of their own: a booby-trapped house is a bomb
    assert "فجر منزلا" not in phrases("فجر مسلحون منزلا مفخخا في البلدة")
