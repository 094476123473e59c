"""The demo content refers only to photos, places and categories that exist, and a file that
does not fit its type stops the load with the file and the key."""

from pathlib import Path

import pytest

from rostra.demo import content
from rostra.demo.content.types import Story
from rostra.org.demo.data import registry


def test_it_finds_no_problem_in_the_content():
    assert content.problems() == []
    assert len(content.all_stories()) >= 30
    assert registry().named["de-01"].name["en"] == "Henrik Dalby"


STORY = """\
days_before: 3
place: vienna
category: meetings
texts:
  en:
    title: A title
    slug: a-title
    lead: A lead.
    body:
      - p: A paragraph.
"""


def _read(tmp_path: Path, text: str) -> Story:
    path = tmp_path / "a-story.yaml"
    path.write_text(text, encoding="utf-8")
    return content.read_story(path)


def test_it_reads_a_story_file(tmp_path):
    story = _read(tmp_path, STORY)
    assert story.texts["en"].body[0].p == "A paragraph."


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (STORY.replace("    lead:", "    leed:"), "texts.en: "),
        (STORY.replace("days_before: 3", "days_before: three"), "days_before"),
        (
            STORY.replace("      - p: A paragraph.", "      - para: A paragraph."),
            "texts.en.body[0]",
        ),
        (STORY.replace("texts:", "texts: [", 1), "not valid YAML"),
    ],
)
def test_a_bad_file_fails_loudly_with_the_file_and_the_key(tmp_path, text, where):
    with pytest.raises(content.ContentError) as error:
        _read(tmp_path, text)
    assert "a-story.yaml" in str(error.value) and where in str(error.value)
