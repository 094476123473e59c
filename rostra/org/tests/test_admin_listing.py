"""The registry's listings read as a person reads them: units as a tree, yes/no as ticks
(issue #11, point 16)."""

import pytest


@pytest.mark.django_db
def test_it_lists_units_as_a_tree(client, org_admin, org_units, html):
    client.force_login(org_admin)
    page = html(client.get("/admin/org_units/"))
    names = [cell.get_text(" ", strip=True) for cell in page.select("tbody tr td.title a")]
    names = [n for n in names if n]
    assert [n.replace("\u2003", "").replace("↳ ", "") for n in names] == [
        "Friendship Association",
        "Coordinating Committee",
        "Preparatory Committee",
        "Chapter in Germany",
        "Chapter in China",
    ]
    depths = [n.count("\u2003") for n in names]
    assert depths == [0, 1, 2, 1, 1]
    # A heading's click still sorts by that column.
    sorted_page = html(client.get("/admin/org_units/?ordering=-kind"))
    assert "↳" not in sorted_page.select_one("tbody").get_text()


@pytest.mark.django_db
def test_it_shows_yes_and_no_as_ticks_not_words(client, org_admin, org_units, html):
    client.force_login(org_admin)
    page = html(client.get("/admin/org_units/"))
    body = page.select_one("tbody")
    assert "True" not in body.get_text() and "False" not in body.get_text()
    assert body.select("svg.icon-success, svg.icon-check, svg.icon-tick, .icon")
