"""The pipeline runs its components over one Doc; what they share between reports is loaded outside a report's
time budget."""
import time

from rasid.extraction.pipeline import Pipeline, default_pipeline, extract
from rasid.geo.places import current_gazetteer
from rasid.text.doc import Doc
from rasid.text.language import Language


class SlowToLoad:
    """A component whose shared resource takes longer to load than a report's budget."""

    name = "slow_to_load"
    requires: tuple[str, ...] = ()
    provides = ("loaded",)

    def __init__(self) -> None:
        self.loaded = False
        self.prepared_with: list[str] = []

    def prepare(self, language: Language) -> None:
        self.prepared_with.append(language.code)
        if not self.loaded:
            time.sleep(1.0)
            self.loaded = True

    def __call__(self, doc: Doc) -> None:
        assert self.loaded


def test_a_components_shared_resource_is_loaded_before_the_reports_time_budget_starts():
    slow = SlowToLoad()
    pipeline = Pipeline([*default_pipeline("ar").components, slow], lang="ar")
    record = pipeline.extract("قصفت قوات النظام بلدة كفرنبل بريف إدلب.", "t", time_budget=0.8)
    assert record.events and slow.prepared_with == ["ar"]
    pipeline.extract("قصفت قوات النظام بلدة كفرنبل بريف إدلب.", "t", time_budget=0.8)
    assert slow.prepared_with == ["ar", "ar"]  # asked again for each report, cheap once loaded


def test_an_english_report_finds_the_gazetteers_english_indexes_built_before_it():
    extract("Regime forces shelled Kafr Nubl in southern Idlib on Monday.", "t")
    gazetteer = current_gazetteer()
    assert gazetteer._by_translit is not None and gazetteer._by_skeleton is not None
