"""A picture as shapes and labels, written two ways.

* `svg(scene)`: a standalone SVG file, labels as <text> (the images beside a Markdown bulletin; browsers shape
  Arabic in SVG text).
* `html(scene)`: the shapes as inline SVG and the labels as HTML text laid over them (the HTML and PDF bulletins).
  WeasyPrint lays SVG text out one character at a time, which breaks Arabic (letters unjoined, left to right),
  while it shapes HTML text with HarfBuzz and orders it with the bidi algorithm; browsers do both either way.

Coordinates are CSS pixels from the top left, whatever the language; a label's `anchor` is the physical side of
its text that sits at x (left, middle or right), so that right-to-left pictures are laid out explicitly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

FONT = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', 'Arial', sans-serif"


@dataclass(frozen=True)
class Shape:
    """An SVG element: `tag` (rect, circle, path, polyline, line) and its attributes; `title` becomes a tooltip."""

    tag: str
    attrs: tuple[tuple[str, str], ...]
    title: str | None = None


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # the baseline
    text: str
    anchor: str = "left"  # left | middle | right
    size: float = 11
    color: str = "#333"
    bold: bool = False
    css_class: str = ""


@dataclass
class Scene:
    width: int
    height: int
    direction: str = "ltr"  # of the labels' text
    title: str = ""
    css_class: str = ""
    shapes: list[Shape] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)

    def add(self, tag: str, title: str | None = None, **attrs) -> None:
        """An SVG element; attribute names use _ for - (stroke_width → stroke-width)."""
        self.shapes.append(Shape(tag, tuple((k.replace("_", "-"), _value(v)) for k, v in attrs.items()), title))

    def label(self, x: float, y: float, text: str, anchor: str = "left", **style) -> None:
        self.labels.append(Label(round(x, 1), round(y, 1), text, anchor, **style))


def _value(v) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


def _shape(shape: Shape) -> str:
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in shape.attrs)
    if shape.title:
        return f"<{shape.tag}{attrs}><title>{escape(shape.title)}</title></{shape.tag}>"
    return f"<{shape.tag}{attrs}/>"


def _shapes_svg(scene: Scene, standalone: bool) -> list[str]:
    namespace = ' xmlns="http://www.w3.org/2000/svg"' if standalone else ""
    return [f'<svg{namespace} width="{scene.width}" height="{scene.height}" viewBox="0 0 {scene.width} '
            f'{scene.height}" role="img" aria-label="{escape(scene.title)}">',
            *(_shape(s) for s in scene.shapes)]


_SVG_ANCHOR = {  # (anchor, direction) → text-anchor: with direction rtl, SVG's "start" is the right end
    ("left", "ltr"): "start", ("right", "ltr"): "end", ("left", "rtl"): "end", ("right", "rtl"): "start",
}


def svg(scene: Scene) -> str:
    """A standalone SVG document."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', *_shapes_svg(scene, standalone=True)]
    for label in scene.labels:
        anchor = _SVG_ANCHOR.get((label.anchor, scene.direction), "middle")
        weight = ' font-weight="bold"' if label.bold else ""
        parts.append(f'<text x="{label.x}" y="{label.y}" text-anchor="{anchor}" direction="{scene.direction}" '
                     f'font-family="{escape(FONT)}" font-size="{label.size}" fill="{label.color}"{weight}>'
                     f"{escape(label.text)}</text>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def html(scene: Scene) -> str:
    """The shapes as inline SVG, the labels as HTML text positioned over them."""
    parts = [f'<div class="scene {scene.css_class}" style="width:{scene.width}px;height:{scene.height}px">',
             *_shapes_svg(scene, standalone=False), "</svg>"]
    for label in scene.labels:
        parts.append(_html_label(scene, label))
    parts.append("</div>")
    return "".join(parts)


def _html_label(scene: Scene, label: Label) -> str:
    top = label.y - label.size * 0.92  # from the baseline to the top of a line box of height 1.15 em
    if label.anchor == "left":
        where = f"left:{label.x:.1f}px"
    elif label.anchor == "right":
        where = f"right:{scene.width - label.x:.1f}px"
    else:
        where = f"left:{label.x - 150:.1f}px;width:300px;text-align:center"
    style = (f"{where};top:{top:.1f}px;font-size:{label.size}px;color:{label.color}"
             + (";font-weight:bold" if label.bold else ""))
    css = f"label {label.css_class}".strip()
    return f'<span class="{css}" dir="{scene.direction}" style="{style}">{escape(label.text)}</span>'


def text_width(text: str, size: float) -> float:
    """A rough width for layout: no font is measured, so labels are given room to spare."""
    return sum(0.35 if c == " " else 0.5 if "\u0600" <= c <= "\u06ff" else 0.62 for c in text) * size
