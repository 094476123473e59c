"""Demo photos drawn with Pillow: simple scenes (a hall with a presidium, an online meeting,
a round table...) so that every picture is recognisable without any real photograph.

Each scene is a function `scene(draw, size, rnd)`; `rnd` is a `random.Random` seeded with the
photo's key, so the same key always gives the same picture.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from functools import cache

from PIL import ImageDraw, ImageFont

Color = tuple[int, int, int]
Draw = ImageDraw.ImageDraw

SKIN = [(241, 204, 170), (222, 180, 140), (190, 140, 100), (140, 98, 70), (246, 218, 190)]
CLOTHES = [
    (44, 62, 80),
    (120, 40, 50),
    (30, 90, 70),
    (70, 70, 110),
    (150, 110, 50),
    (60, 60, 60),
    (25, 70, 130),
    (110, 60, 110),
]


@cache
def _font(size: int):
    return ImageFont.load_default(size=size)


def _mix(a: Color, b: Color, t: float) -> Color:
    return tuple(int(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def person(draw: Draw, x: float, y: float, r: float, rnd: random.Random) -> None:
    """A figure seen from the front: a head at (x, y) of radius r, and shoulders below it."""
    body = rnd.choice(CLOTHES)
    draw.pieslice([x - 2.3 * r, y + 0.8 * r, x + 2.3 * r, y + 5.4 * r], 180, 360, fill=body)
    draw.rectangle([x - 2.3 * r, y + 3.05 * r, x + 2.3 * r, y + 4.2 * r], fill=body)
    draw.ellipse([x - r, y - r, x + r, y + r], fill=rnd.choice(SKIN))
    hair = rnd.choice([(40, 30, 25), (90, 60, 30), (160, 160, 160), (20, 20, 20), (180, 140, 70)])
    draw.chord([x - r, y - r, x + r, y + r * 0.6], 180, 360, fill=hair)


def audience(draw: Draw, w: int, h: int, rnd: random.Random, rows: int = 2) -> None:
    """Backs of heads in the foreground, as seen from the last rows."""
    for row in range(rows):
        r = h * (0.05 + 0.012 * row)
        y = h - r * (0.6 + 1.6 * (rows - 1 - row))
        x = -r * rnd.uniform(0, 1.5)
        while x < w + r:
            color = rnd.choice([(30, 25, 22), (70, 50, 35), (120, 120, 120), (50, 40, 40)])
            draw.ellipse([x - r, y - r, x + r, y + r * 1.2], fill=color)
            draw.pieslice([x - 2.2 * r, y + 0.8 * r, x + 2.2 * r, y + 4 * r], 180, 360, fill=color)
            x += r * rnd.uniform(2.6, 3.4)


def banner(draw: Draw, box, color: Color, text: str = "") -> None:
    draw.rectangle(box, fill=color)
    if text:
        x0, y0, x1, y1 = box
        font = _font(max(18, int((y1 - y0) * 0.45)))
        width = draw.textlength(text, font=font)
        draw.text(((x0 + x1 - width) / 2, y0 + (y1 - y0) * 0.22), text, font=font, fill="white")


def flags(draw: Draw, x: float, y: float, h: float, rnd: random.Random, count: int = 3) -> None:
    for i in range(count):
        fx = x + i * h * 0.55
        draw.line([fx, y, fx, y + h], fill=(200, 200, 200), width=max(2, int(h / 60)))
        colors = rnd.sample(
            [(200, 40, 40), (240, 240, 240), (30, 80, 170), (250, 200, 40), (20, 130, 70)], 3
        )
        for j, color in enumerate(colors):
            top = y + j * h * 0.1
            draw.rectangle([fx, top, fx + h * 0.4, top + h * 0.1], fill=color)


# --- Scenes --------------------------------------------------------------------------------


def hall(draw: Draw, size, rnd: random.Random, text: str = "MERIDIAN") -> None:
    """A congress hall: banner, presidium table with people behind it, the audience."""
    w, h = size
    banner(draw, [w * 0.1, h * 0.08, w * 0.9, h * 0.2], (150, 30, 40), text)
    table_top = h * 0.55
    seats = rnd.randint(5, 8)
    for i in range(seats):
        person(draw, w * (0.18 + 0.64 * i / (seats - 1)), h * 0.42, h * 0.045, rnd)
    draw.rectangle([w * 0.1, table_top, w * 0.9, h * 0.72], fill=(35, 70, 60))
    draw.rectangle([w * 0.1, table_top, w * 0.9, table_top + h * 0.02], fill=(220, 220, 210))
    flags(draw, w * 0.03, h * 0.3, h * 0.35, rnd, 1)
    audience(draw, w, h, rnd)


def podium(draw: Draw, size, rnd: random.Random, text: str = "MERIDIAN") -> None:
    """A speaker at a lectern in front of a banner."""
    w, h = size
    banner(draw, [w * 0.05, h * 0.06, w * 0.95, h * 0.16], (30, 60, 120), text)
    x = w * rnd.uniform(0.35, 0.65)
    person(draw, x, h * 0.36, h * 0.08, rnd)
    draw.polygon(
        [(x - w * 0.12, h * 0.6), (x + w * 0.12, h * 0.6), (x + w * 0.09, h), (x - w * 0.09, h)],
        fill=(110, 70, 40),
    )
    draw.line([x, h * 0.6, x + w * 0.03, h * 0.47], fill=(30, 30, 30), width=6)
    draw.ellipse([x + w * 0.02, h * 0.45, x + w * 0.045, h * 0.49], fill=(30, 30, 30))
    flags(draw, w * 0.78, h * 0.3, h * 0.4, rnd, 2)


def online(draw: Draw, size, rnd: random.Random) -> None:
    """An online meeting: a grid of video tiles, one figure each."""
    w, h = size
    cols, rows = rnd.choice([(3, 3), (4, 3), (4, 4)])
    pad = w * 0.012
    tw, th = (w - pad * (cols + 1)) / cols, (h - pad * (rows + 1) - h * 0.06) / rows
    draw.rectangle([0, h - h * 0.06, w, h], fill=(25, 25, 30))
    for row in range(rows):
        for col in range(cols):
            x0, y0 = pad + col * (tw + pad), pad + row * (th + pad)
            wall = _mix(rnd.choice(CLOTHES), (235, 235, 230), rnd.uniform(0.5, 0.85))
            draw.rectangle([x0, y0, x0 + tw, y0 + th], fill=wall)
            if rnd.random() < 0.3:  # a shelf or a picture behind the speaker
                draw.rectangle(
                    [x0 + tw * 0.65, y0 + th * 0.12, x0 + tw * 0.9, y0 + th * 0.35],
                    fill=_mix(wall, (60, 40, 30), 0.5),
                )
            person(draw, x0 + tw / 2, y0 + th * 0.45, th * 0.13, rnd)
            draw.rectangle([x0, y0 + th * 0.86, x0 + tw * 0.4, y0 + th], fill=(20, 20, 20))
    for i in range(5):  # the call controls
        cx = w / 2 + (i - 2) * h * 0.05
        draw.ellipse([cx - 12, h - h * 0.045, cx + 12, h - h * 0.045 + 24], fill=(200, 60, 60))


def screen(draw: Draw, size, rnd: random.Random) -> None:
    """A screening: a lit screen with a play sign, the audience in the dark."""
    w, h = size
    draw.rectangle([w * 0.15, h * 0.08, w * 0.85, h * 0.6], fill=(235, 235, 225))
    inner = _mix(rnd.choice(CLOTHES), (255, 255, 255), 0.35)
    draw.rectangle([w * 0.17, h * 0.1, w * 0.83, h * 0.58], fill=inner)
    cx, cy, s = w / 2, h * 0.34, h * 0.09
    draw.polygon([(cx - s * 0.7, cy - s), (cx - s * 0.7, cy + s), (cx + s, cy)], fill="white")
    audience(draw, w, h, rnd, rows=3)


def round_table(draw: Draw, size, rnd: random.Random, text: str = "ROUND TABLE") -> None:
    """People around an oval table, seen from above the far side."""
    w, h = size
    box = [w * 0.15, h * 0.5, w * 0.85, h * 0.85]
    seats = rnd.randint(6, 9)
    for i in range(seats):
        t = i / (seats - 1)
        person(draw, w * (0.18 + 0.64 * t), h * (0.36 - 0.08 * (1 - abs(2 * t - 1))), h * 0.04, rnd)
    draw.ellipse(box, fill=(120, 80, 45))
    draw.ellipse([box[0] + 12, box[1] + 12, box[2] - 12, box[3] - 12], fill=(150, 105, 60))
    for i in range(seats):
        x = w * (0.22 + 0.56 * i / (seats - 1))
        draw.rectangle([x - 30, h * 0.6, x + 30, h * 0.64], fill=(245, 245, 240))
    banner(draw, [w * 0.3, h * 0.04, w * 0.7, h * 0.12], (40, 90, 80), text)


def signing(draw: Draw, size, rnd: random.Random) -> None:
    """Two people at a table with documents, flags behind them."""
    w, h = size
    flags(draw, w * 0.38, h * 0.1, h * 0.4, rnd, 3)
    person(draw, w * 0.3, h * 0.38, h * 0.08, rnd)
    person(draw, w * 0.7, h * 0.38, h * 0.08, rnd)
    draw.rectangle([w * 0.08, h * 0.66, w * 0.92, h * 0.9], fill=(60, 40, 30))
    for x in (0.25, 0.62):
        draw.rectangle([w * x, h * 0.68, w * (x + 0.13), h * 0.74], fill=(250, 250, 245))
        draw.line([w * (x + 0.02), h * 0.72, w * (x + 0.1), h * 0.71], fill=(20, 40, 120), width=3)


def award(draw: Draw, size, rnd: random.Random) -> None:
    """One person hands a badge to another."""
    w, h = size
    banner(draw, [w * 0.1, h * 0.05, w * 0.9, h * 0.15], (120, 90, 20), "")
    person(draw, w * 0.35, h * 0.35, h * 0.085, rnd)
    person(draw, w * 0.65, h * 0.35, h * 0.085, rnd)
    cx, cy, r = w * 0.5, h * 0.62, h * 0.05
    draw.rectangle([cx - r * 0.4, cy - r * 2.2, cx + r * 0.4, cy - r], fill=(180, 30, 40))
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(230, 185, 60))
    star = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r * (0.75 if i % 2 == 0 else 0.32)
        star.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
    draw.polygon(star, fill=(200, 40, 40))
    audience(draw, w, h, rnd, rows=1)


def exhibition(draw: Draw, size, rnd: random.Random) -> None:
    """Framed pictures on a wall and visitors looking at them."""
    w, h = size
    draw.rectangle([0, h * 0.78, w, h], fill=(150, 120, 90))
    x = w * 0.05
    while x < w * 0.9:
        fw = w * rnd.uniform(0.12, 0.2)
        fh = h * rnd.uniform(0.2, 0.32)
        top = h * rnd.uniform(0.12, 0.2)
        draw.rectangle([x, top, x + fw, top + fh], fill=(90, 70, 40))
        draw.rectangle([x + 10, top + 10, x + fw - 10, top + fh - 10], fill=rnd.choice(CLOTHES))
        draw.ellipse(
            [x + fw * 0.3, top + fh * 0.3, x + fw * 0.6, top + fh * 0.6],
            fill=_mix(rnd.choice(CLOTHES), (255, 255, 255), 0.6),
        )
        x += fw + w * 0.05
    for _ in range(rnd.randint(2, 4)):
        person(draw, w * rnd.uniform(0.1, 0.9), h * rnd.uniform(0.55, 0.62), h * 0.05, rnd)


def memorial(draw: Draw, size, rnd: random.Random) -> None:
    """A memorial stone with flowers, trees on both sides."""
    w, h = size
    draw.rectangle([0, h * 0.7, w, h], fill=(70, 110, 60))
    for x in (0.12, 0.88):
        draw.rectangle([w * x - 12, h * 0.35, w * x + 12, h * 0.72], fill=(90, 60, 35))
        draw.ellipse([w * x - h * 0.16, h * 0.1, w * x + h * 0.16, h * 0.45], fill=(40, 100, 50))
    draw.rectangle([w * 0.38, h * 0.3, w * 0.62, h * 0.74], fill=(150, 150, 155))
    draw.rectangle([w * 0.34, h * 0.72, w * 0.66, h * 0.78], fill=(120, 120, 125))
    for _ in range(14):
        fx, fy = w * rnd.uniform(0.36, 0.64), h * rnd.uniform(0.74, 0.8)
        draw.ellipse(
            [fx - 14, fy - 14, fx + 14, fy + 14],
            fill=rnd.choice([(220, 40, 50), (250, 250, 250), (240, 200, 50), (200, 80, 150)]),
        )
    for i in range(rnd.randint(2, 4)):
        person(draw, w * (0.2 + 0.2 * i), h * 0.58, h * 0.045, rnd)


def group_photo(draw: Draw, size, rnd: random.Random, text: str = "MERIDIAN") -> None:
    """Two rows of people posing for a group photo."""
    w, h = size
    draw.rectangle([0, h * 0.8, w, h], fill=(110, 95, 80))
    banner(draw, [w * 0.2, h * 0.08, w * 0.8, h * 0.17], (150, 30, 40), text)
    for row, (y, r, count) in enumerate([(0.34, 0.05, 9), (0.52, 0.055, 8)]):
        for i in range(count):
            x = w * (0.1 + 0.8 * (i + 0.5 * row) / count)
            person(draw, x, h * y, h * r, rnd)


def outdoors(draw: Draw, size, rnd: random.Random) -> None:
    """Young people outdoors: sun, hills, a tent."""
    w, h = size
    draw.ellipse([w * 0.8, h * 0.06, w * 0.92, h * 0.24], fill=(255, 220, 90))
    draw.ellipse([-w * 0.2, h * 0.55, w * 0.7, h * 1.2], fill=(80, 150, 70))
    draw.ellipse([w * 0.4, h * 0.6, w * 1.3, h * 1.3], fill=(60, 130, 60))
    draw.polygon(
        [(w * 0.62, h * 0.68), (w * 0.72, h * 0.45), (w * 0.82, h * 0.68)], fill=(230, 120, 40)
    )
    for i in range(rnd.randint(4, 6)):
        person(draw, w * (0.08 + 0.09 * i), h * rnd.uniform(0.55, 0.6), h * 0.045, rnd)


def tea(draw: Draw, size, rnd: random.Random) -> None:
    """A low table with a teapot and cups, people around it."""
    w, h = size
    for i in range(4):
        person(draw, w * (0.2 + 0.2 * i), h * 0.32, h * 0.06, rnd)
    draw.rectangle([w * 0.08, h * 0.55, w * 0.92, h * 0.95], fill=(110, 55, 30))
    draw.ellipse([w * 0.44, h * 0.6, w * 0.56, h * 0.76], fill=(240, 240, 235))
    draw.rectangle([w * 0.55, h * 0.64, w * 0.6, h * 0.66], fill=(240, 240, 235))
    for i in range(5):
        cx = w * (0.18 + 0.16 * i) if i != 2 else w * 0.5
        if i == 2:
            continue
        draw.ellipse([cx - 25, h * 0.8, cx + 25, h * 0.86], fill=(240, 240, 235))
        draw.ellipse([cx - 18, h * 0.805, cx + 18, h * 0.83], fill=(150, 110, 40))


def aid(draw: Draw, size, rnd: random.Random) -> None:
    """Boxes of aid stacked beside a van, volunteers carrying them."""
    w, h = size
    draw.rectangle([0, h * 0.75, w, h], fill=(120, 120, 115))
    draw.rectangle([w * 0.55, h * 0.35, w * 0.95, h * 0.72], fill=(240, 240, 240))
    draw.rectangle([w * 0.85, h * 0.45, w * 0.95, h * 0.55], fill=(140, 180, 220))
    for x in (0.62, 0.88):
        draw.ellipse([w * x - 35, h * 0.68, w * x + 35, h * 0.78], fill=(30, 30, 30))
    for col in range(4):
        for row in range(rnd.randint(1, 3)):
            x0, y0 = w * (0.05 + 0.1 * col), h * (0.65 - 0.1 * row)
            draw.rectangle([x0, y0, x0 + w * 0.09, y0 + h * 0.1], fill=(200, 160, 100))
            draw.line(
                [x0, y0 + h * 0.05, x0 + w * 0.09, y0 + h * 0.05], fill=(150, 110, 60), width=4
            )
    person(draw, w * 0.48, h * 0.45, h * 0.05, rnd)


def calligraphy(draw: Draw, size, rnd: random.Random) -> None:
    """A sheet of paper with brush strokes, an ink stone and a brush."""
    w, h = size
    draw.rectangle([w * 0.2, h * 0.12, w * 0.8, h * 0.88], fill=(245, 238, 220))
    for i in range(rnd.randint(3, 5)):
        x = w * (0.68 - 0.12 * i)
        y = h * 0.2
        while y < h * 0.75:
            dx = w * rnd.uniform(-0.025, 0.025)
            draw.line([x, y, x + dx, y + h * 0.05], fill=(20, 20, 20), width=rnd.randint(6, 14))
            y += h * rnd.uniform(0.07, 0.11)
    draw.rectangle([w * 0.84, h * 0.6, w * 0.95, h * 0.75], fill=(40, 40, 45))
    draw.line([w * 0.83, h * 0.2, w * 0.9, h * 0.5], fill=(120, 80, 40), width=10)


def moon(draw: Draw, size, rnd: random.Random) -> None:
    """A full moon over roofs, lanterns on a string."""
    w, h = size
    draw.ellipse([w * 0.62, h * 0.08, w * 0.82, h * 0.38], fill=(250, 235, 170))
    draw.line([0, h * 0.45, w, h * 0.4], fill=(60, 40, 30), width=3)
    for i in range(7):
        x = w * (0.07 + 0.14 * i)
        y = h * (0.45 - 0.05 * i / 7)
        draw.ellipse([x - 30, y, x + 30, y + 80], fill=(220, 40, 40))
        draw.rectangle([x - 12, y + 78, x + 12, y + 88], fill=(240, 200, 60))
    for i in range(5):
        x = w * 0.2 * i
        draw.polygon(
            [(x, h * 0.8), (x + w * 0.1, h * 0.68), (x + w * 0.2, h * 0.8)], fill=(40, 35, 50)
        )
        draw.rectangle([x + w * 0.02, h * 0.8, x + w * 0.18, h], fill=(55, 50, 65))


def books(draw: Draw, size, rnd: random.Random) -> None:
    """Bookshelves and readers at a table."""
    w, h = size
    for shelf in range(3):
        y = h * (0.1 + 0.15 * shelf)
        draw.rectangle([w * 0.05, y + h * 0.12, w * 0.95, y + h * 0.135], fill=(90, 60, 35))
        x = w * 0.06
        while x < w * 0.93:
            bw = w * rnd.uniform(0.012, 0.03)
            bh = h * rnd.uniform(0.08, 0.12)
            draw.rectangle([x, y + h * 0.12 - bh, x + bw, y + h * 0.12], fill=rnd.choice(CLOTHES))
            x += bw + 3
    for i in range(3):
        person(draw, w * (0.3 + 0.2 * i), h * 0.6, h * 0.05, rnd)
    draw.rectangle([w * 0.15, h * 0.78, w * 0.85, h * 0.95], fill=(130, 90, 55))


SCENES: dict[str, Callable] = {
    "hall": hall,
    "podium": podium,
    "online": online,
    "screen": screen,
    "round_table": round_table,
    "signing": signing,
    "award": award,
    "exhibition": exhibition,
    "memorial": memorial,
    "group": group_photo,
    "outdoors": outdoors,
    "tea": tea,
    "aid": aid,
    "calligraphy": calligraphy,
    "moon": moon,
    "books": books,
}


def painter(key: str, scene: str, label: str = "", banner_text: str | None = None):
    """The `draw_extra` callback for builders.make_image: the scene, then a caption strip.
    `banner_text` replaces the words on the banner of scenes that have one."""

    def paint(draw: Draw, size) -> None:
        w, h = size
        extra = {} if banner_text is None else {"text": banner_text}
        SCENES[scene](draw, size, random.Random(key), **extra)
        if label:
            font = _font(max(16, h // 30))
            pad = h // 60
            width = draw.textlength(label, font=font)
            box = [w - width - 4 * pad, h - h // 30 - 4 * pad, w - pad, h - pad]
            draw.rectangle(box, fill=(0, 0, 0))
            draw.text((box[0] + 1.5 * pad, box[1] + 1.2 * pad), label, font=font, fill="white")

    return paint
