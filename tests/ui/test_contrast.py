"""Contrast of the page's own colours (WCAG 2.1 AA): 4.5:1 for text, 3:1 for large text.

The palette in ``ui.look`` pairs each text colour with the background it is used on; the
ratios are computed here.  The browser test (``test_ui_page.py``) measures the rendered page.
"""

from __future__ import annotations

import pytest

from ui.look import PALETTE

AA_TEXT = 4.5


def channel(value: int) -> float:
    """sRGB channel to linear light (WCAG 2.1 relative luminance)."""
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def hex_rgb(text: str) -> tuple[int, int, int]:
    text = text.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def test_the_contrast_formula_against_known_values():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast(hex_rgb("#777777"), hex_rgb("#ffffff")) == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast(hex_rgb("#767676"), hex_rgb("#ffffff")) == pytest.approx(4.54, abs=0.01)  # just passes


@pytest.mark.parametrize("name", sorted(PALETTE))
def test_every_colour_of_the_palette_passes_aa_on_its_background(name):
    text, background = PALETTE[name]
    ratio = contrast(hex_rgb(text), hex_rgb(background))
    assert ratio >= AA_TEXT, f"{name}: {text} on {background} is {ratio:.2f}:1"
