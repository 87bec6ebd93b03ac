"""Bulletins as people see them: the HTML page in headless Chromium (Debian's /usr/bin/chromium driven by
Playwright, as in test_dashboard.py) and the PDF rendered to an image by pdftoppm and read back by pdftotext
(Debian poppler-utils). Shaping is checked where a program can measure it: in Chromium, an Arabic word is
narrower joined than with its letters kept apart; the PDF's Arabic lines read right to left.

Screenshots and page images go to test-artifacts/bulletin/ for a person to look at.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bulletin_reports import FROM, TO, build
from rasid.cli.main import main

CHROMIUM = os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "bulletin"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
ZWNJ = "\u200c"  # keeps Arabic letters from joining


@pytest.fixture(scope="module")
def bulletins(tmp_path_factory) -> dict[tuple[str, str], Path]:
    """The test database's bulletin in Arabic and English, as HTML, Markdown and PDF."""
    from rasid.store.db import open_database

    folder = tmp_path_factory.mktemp("bulletins")
    db = folder / "b.sqlite"
    database = open_database(db)
    build(database)
    database.dispose()
    out = {}
    for lang in ("ar", "en"):
        for fmt in ("html", "md", "pdf"):
            path = folder / f"bulletin-{lang}.{fmt}"
            assert main(["bulletin", "--db", str(db), "--from", FROM.isoformat(), "--to", TO.isoformat(),
                         "--lang", lang, "-o", str(path)]) == 0
            out[(lang, fmt)] = path
    return out


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (Debian package chromium; .ci/run installs it)")
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def open_page(browser, path: Path, name: str):
    context = browser.new_context(viewport={"width": 800, "height": 1000}, offline=True)  # nothing is fetched
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    return context, page


def test_the_arabic_html_bulletin_in_chromium_is_right_to_left_and_shaped(bulletins, browser):
    context, page = open_page(browser, bulletins[("ar", "html")], "bulletin-ar-html")
    try:
        assert page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
        assert page.evaluate("() => getComputedStyle(document.querySelector('.lead p')).direction") == "rtl"
        title = page.locator("h1")
        box, body = title.bounding_box(), page.locator("article").bounding_box()
        assert abs((box["x"] + box["width"]) - (body["x"] + body["width"])) < 24  # set against the right edge
        widths = page.evaluate("""zwnj => {
            const probe = (text) => { const s = document.createElement('span'); s.textContent = text;
              document.querySelector('.lead').append(s); const w = s.getBoundingClientRect().width; s.remove();
              return w; };
            const word = 'مدنيون';
            return [probe(word), probe([...word].join(zwnj))];
        }""", ZWNJ)
        assert widths[0] < widths[1] * 0.95  # joined letters take less room than isolated ones
        for picture in ("map", "timeline", "sides"):  # the pictures and their labels, drawn and inside them
            scene = page.locator(f"#picture-{picture} .scene")
            assert scene.locator("svg").bounding_box()["width"] > 300
            labels = scene.locator(".label")
            assert labels.count() > 0
            frame = scene.bounding_box()
            for i in range(labels.count()):
                label = labels.nth(i).bounding_box()
                assert label["width"] > 0 and frame["y"] - 2 <= label["y"] <= frame["y"] + frame["height"]
        sides = page.locator("#picture-sides .label.side").first
        assert sides.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert page.locator("#picture-map svg path.outline").count() > 5  # governorate outlines
        assert page.locator("#picture-map svg circle.place").count() == 5  # one per place with events (5 places)
    finally:
        context.close()


def test_the_english_html_bulletin_is_left_to_right(bulletins, browser):
    context, page = open_page(browser, bulletins[("en", "html")], "bulletin-en-html")
    try:
        assert page.evaluate("() => document.documentElement.dir") == "ltr"
        assert page.locator("h1").inner_text().startswith("All areas, 1–7 March 2024")
        link = page.locator("sup.refs a").first
        target = link.get_attribute("href")
        link.click()
        assert page.evaluate("() => location.hash") == target  # a footnote leads to its note
        assert page.locator(f"{target}").inner_text().strip()
    finally:
        context.close()


def pdf_words(path: Path) -> list[tuple[float, float, str]]:
    """The PDF's first page as (x, y, word), from pdftotext -bbox."""
    if not shutil.which("pdftotext"):
        pytest.skip("no pdftotext (Debian poppler-utils; .ci/run installs it)")
    xml = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [(float(x), float(y), word) for x, y, word in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', xml)]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_pdf_renders_to_an_image_with_its_text(bulletins, lang):
    if not shutil.which("pdftoppm"):
        pytest.skip("no pdftoppm (Debian poppler-utils; .ci/run installs it)")
    from PIL import Image  # Pillow comes with WeasyPrint

    pdf = bulletins[(lang, "pdf")]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    stem = ARTIFACTS / f"bulletin-{lang}-pdf"
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True)
    image = Image.open(f"{stem}.png").convert("L")
    dark = sum(image.histogram()[:128])
    assert image.width > 400 and dark > image.width * image.height * 0.01  # text and pictures, not a blank page
    words = [w for _, _, w in pdf_words(pdf)]
    if lang == "en":
        assert "bulletin" in words and "Kafr" in words and "Idlib" in words
        return
    # -bbox gives each word's glyphs in visual order: an Arabic word comes out reversed
    x_of = {word[::-1]: x for x, _, word in pdf_words(pdf)}
    assert x_of["جميع"] > x_of["المناطق،"]  # the headline's first word is the rightmost
    assert "مدنيون" in x_of  # the chart's labels are text in the PDF, not letters drawn one by one


def test_the_markdown_pictures_are_svg_files_with_arabic_text(bulletins):
    md = bulletins[("ar", "md")]
    for picture in ("map", "timeline", "sides"):
        svg = md.with_name(f"{md.stem}-{picture}.svg").read_text(encoding="utf-8")
        assert svg.startswith("<?xml") and "<svg xmlns" in svg
        assert 'direction="rtl"' in svg and re.search(r">[^<]*[\u0621-\u064a][^<]*</text>", svg)
