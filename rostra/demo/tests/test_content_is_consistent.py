"""The demo content refers only to photos, places and categories that exist."""

from rostra.demo import content


def test_it_finds_no_problem_in_the_content():
    assert content.problems() == []
