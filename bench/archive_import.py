"""How long importing an old site's archive takes, and how much memory it needs.

    .venv/bin/python bench/archive_import.py                 # 10,000 entries, 3 photos each
    .venv/bin/python bench/archive_import.py --entries 200   # a quick check
    .venv/bin/python bench/archive_import.py --database-url postgres://postgres@127.0.0.1:5432/x

In a fresh temporary folder: generate a uCoz-style saved copy of a site (entries in pairs of
English and Russian versions, each with a dateline, a few paragraphs, a quotation, comments,
tags, a view count and 3 photos of its own), migrate a fresh database, then run
`rostra import_archive` on it in a child process and measure its wall time and peak memory
(the child's maximum resident set). Then it runs the import again (nothing changed: every entry
is skipped) as the reference run of the same bench.

Target: 10,000 entries in at most 5 minutes and 300 MB. The machine (CPUs, load average
before and after) is printed with the figures: the result means little on a busy machine.
The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ROSTRA = ROOT / ".venv" / "bin" / "rostra"
TARGET_SECONDS = 300
TARGET_MB = 300

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><table><tr><td><div class="eBlock"><div class="eTitle">{title}</div>
<div class="eMessage"><p>{links}</p><p><b>{dateline}</b> — {text}</p>
<p><img src="/_nw/{n}/1.jpg"></p><p>{text} {text}</p><h2>{heading}</h2>
<blockquote>{text}<cite>Speaker {n}</cite></blockquote><p>{text}</p>
<p><a href="/photo/{story}">{photos}</a></p></div>
<div class="eDetails">Category: {category} | Views: {views} | Added by: editor{editor} |
Date: {date} | Tags: congress, tag{tag}</div></div>
<div class="cBlock"><span class="cName">Reader {n}</span><span class="cDate">{date} 10:00</span>
<div class="cMessage">Thank you for the report number {n}.</div></div>
</td></tr></table></body></html>"""

GALLERY = """<html><head><meta charset="utf-8"></head><body>{items}</body></html>"""


def jpeg(path: Path, seed: int) -> None:
    """A small photo of its own: the seed's bits as black and white 8×8 squares (JPEG keeps
    them apart; plain colours a few steps apart came out as the same file, so half of the
    photos were stored once for two)."""
    picture = Image.new("RGB", (48, 32), "white")
    for bit in range(24):
        if seed >> bit & 1:
            x, y = bit % 6 * 8, bit // 6 * 8
            picture.paste((0, 0, 0), (x, y, x + 8, y + 8))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def generate(root: Path, entries: int) -> None:
    """`entries` entries in pairs (English, Russian), each with 3 photos of its own: one in
    the text, two in its story's gallery."""
    for n in range(entries):
        story, russian = n // 2, n % 2
        day = 1 + story % 28
        month = 1 + (story // 28) % 12
        year = 2010 + story // 336
        address = f"news/{year}-{month:02d}-{day:02d}-{n + 1}"
        other = n + 2 if not russian else n
        other_address = f"/news/{year}-{month:02d}-{day:02d}-{other}"
        if russian:
            links = f'<a href="{other_address}">[English]</a> [Русский]'
            title, text = f"Встреча номер {story}", f"Члены общества встретились ({story})."
            category, dateline, photos = "Русский", f"{day} мая, Москва (Канал)", "Все фото"
        else:
            links = f'[English] <a href="{other_address}">[Русский]</a>'
            title, text = f"Meeting number {story}", f"The members of the society met ({story})."
            category, dateline, photos = "English", f"May {day}, Moscow (Channel)", "All photos"
        html = PAGE.format(
            title=title,
            links=links,
            dateline=dateline,
            text=text,
            n=n,
            heading="Speeches",
            story=story,
            photos=photos,
            category=category,
            views=n * 7 % 5000,
            editor=n % 5,
            date=f"{day:02d}.{month:02d}.{year}",
            tag=story % 50,
        )
        file = root / (address + ".html")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(html, encoding="utf-8")
        jpeg(root / f"_nw/{n}/1.jpg", n * 3)
        jpeg(root / f"_ph/{n}/1.jpg", n * 3 + 1)
        jpeg(root / f"_ph/{n}/2.jpg", n * 3 + 2)
    for story in range((entries + 1) // 2):
        items = "".join(
            f'<div class="gphoto"><img src="/_ph/{n}/{k}.jpg" alt="Photo {n}.{k}"></div>'
            for n in (2 * story, 2 * story + 1)
            if n < entries
            for k in (1, 2)
        )
        gallery = root / f"photo/{story}.html"
        gallery.parent.mkdir(parents=True, exist_ok=True)
        gallery.write_text(GALLERY.format(items=items), encoding="utf-8")


def run(command: list[str], env: dict) -> tuple[float, str, float, float]:
    """(wall seconds, standard output, the child's peak resident memory in MB, the child's CPU
    seconds: on a machine shared with other work, CPU time says more than wall time)."""
    timed = Path("/usr/bin/time").exists()
    if timed:
        command = ["/usr/bin/time", "-f", "MAXRSS_KB %M", *command]
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-3000:])
        raise SystemExit(f"failed: {' '.join(command)}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    peak = 0.0
    for line in result.stderr.splitlines():
        if line.startswith("MAXRSS_KB "):
            peak = int(line.split()[1]) / 1024
    if not timed:  # the largest child so far: an upper bound
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, result.stdout, peak, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="rostra-archive-bench-"))
    try:
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
        env.update(ROSTRA_DATA_DIR=str(folder / "data"), LOG_LEVEL="WARNING")
        if args.database_url:
            env["DATABASE_URL"] = args.database_url
        print(f"generating {args.entries} entries with 3 photos each in {folder} …", flush=True)
        generate(folder / "site", args.entries)
        run([str(ROSTRA), "migrate", "-v0"], env)
        load_before = os.getloadavg()
        seconds, output, peak_mb, cpu = run(
            [str(ROSTRA), "import_archive", str(folder / "site"), "--preset", "ucoz"], env
        )
        load_after = os.getloadavg()
        summary = output.strip().splitlines()[0] if output.strip() else ""
        again, output_again, _peak, cpu_again = run(
            [str(ROSTRA), "import_archive", str(folder / "site"), "--preset", "ucoz"], env
        )
        rate = args.entries / seconds
        print(f"machine: {os.cpu_count()} CPUs, load before {load_before}, after {load_after}")
        print(f"import:  {summary}")
        print(
            f"         {seconds:.1f} s, {rate:.1f} entries/s, peak memory {peak_mb:.0f} MB, "
            f"CPU {cpu:.1f} s ({args.entries / cpu:.1f} entries per CPU second)"
        )
        print(f"again:   {output_again.strip().splitlines()[0]}")
        print(
            f"         {again:.1f} s, CPU {cpu_again:.1f} s "
            "(reference: the same run with nothing to write)"
        )
        scaled = seconds * 10_000 / args.entries
        print(
            f"target:  10,000 entries ≤ {TARGET_SECONDS} s and ≤ {TARGET_MB} MB; "
            f"at this rate 10,000 take {scaled:.0f} s ({scaled / TARGET_SECONDS:.2f} of the "
            f"target), memory {peak_mb / TARGET_MB:.2f} of the target"
        )
        print(
            json.dumps(
                {
                    "bench": "archive_import",
                    "entries": args.entries,
                    "photos_per_entry": 3,
                    "seconds": round(seconds, 2),
                    "entries_per_second": round(rate, 2),
                    "peak_mb": round(peak_mb, 1),
                    "cpu_seconds": round(cpu, 2),
                    "second_run_cpu_seconds": round(cpu_again, 2),
                    "second_run_seconds": round(again, 2),
                    "ratio_to_second_run": round(seconds / again, 2),
                    "time_ratio_to_target_10k": round(scaled / TARGET_SECONDS, 3),
                    "memory_ratio_to_target": round(peak_mb / TARGET_MB, 3),
                    "cpus": os.cpu_count(),
                    "load_before": [round(x, 2) for x in load_before],
                    "load_after": [round(x, 2) for x in load_after],
                    "database": "postgresql" if args.database_url else "sqlite",
                }
            )
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
