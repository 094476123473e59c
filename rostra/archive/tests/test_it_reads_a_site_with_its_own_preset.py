"""A similar site builder needs only a preset: a TOML file of selectors and labels."""

from __future__ import annotations

import pytest

from rostra.archive import presets
from rostra.archive.models import ArchiveEntry
from rostra.archive.tests import sites

pytestmark = pytest.mark.django_db

PRESET = """
extends = "ucoz"
entry_paths = '^/articles/\\d+$'
block = "article.post"
title = "h1.post-title"
message = "div.post-body"
details = "div.post-meta"
comment = "li.comment"
comment_name = ".author"
comment_date = "time"
comment_body = ".text"
date_formats = ["%d/%m/%Y"]
all_photos = ["Photo album"]

[labels]
category = ["Rubric"]
views = ["Read"]
"""

PAGE = """<html><head><meta charset="utf-8"></head><body>
<article class="post"><h1 class="post-title">Round table on friendship</h1>
<div class="post-body"><p>Activists met <em>again</em>.</p>
<p><a href="/album/7">Photo album</a></p></div>
<div class="post-meta">Rubric: Meetings | Read: 77 | Date: 09/05/2018</div></article>
<ol><li class="comment"><span class="author">Olga</span><time>10/05/2018</time>
<div class="text">Thank you!</div></li></ol></body></html>"""


def test_it_imports_a_site_read_with_a_preset_file(run_import, tmp_path):
    preset_file = tmp_path / "mysite.toml"
    preset_file.write_text(PRESET, encoding="utf-8")
    root = tmp_path / "site"
    (root / "articles").mkdir(parents=True)
    (root / "articles/12.html").write_text(PAGE, encoding="utf-8")
    sites.jpeg(root / "img/1.jpg")
    (root / "album").mkdir()
    (root / "album/7.html").write_text(
        '<div class="gphoto"><img src="/img/1.jpg" alt="The table"></div>', encoding="utf-8"
    )

    report = run_import(root, str(preset_file))

    assert (report.imported, report.failed) == (1, [])
    page = ArchiveEntry.objects.get(key="/articles/12").page
    assert page.title == "Round table on friendship"
    assert page.category.name == "Meetings"
    assert page.stats.views == 77
    assert str(page.date) == "2018-05-09"
    assert [g.caption for g in page.gallery_images.all()] == ["The table"]
    assert page.get_url() and page.comments.get().name == "Olga"


def test_it_refuses_a_preset_with_a_setting_that_does_not_exist(tmp_path):
    preset_file = tmp_path / "typo.toml"
    preset_file.write_text('extends = "ucoz"\ntitel = "h1"\n', encoding="utf-8")

    with pytest.raises(presets.PresetError, match="titel"):
        presets.load(str(preset_file))
