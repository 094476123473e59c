"""Loading the demo a second time creates nothing and changes nothing."""

import pytest

pytestmark = pytest.mark.django_db


def test_it_changes_nothing_on_a_second_load(demo_site):
    assert demo_site.after_second == demo_site.after_first


def test_it_reports_nothing_new_on_a_second_load(demo_site):
    assert demo_site.first.created["articles"] > 0
    assert set(demo_site.second.created.values()) == {0}
