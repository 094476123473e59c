"""The registry's listings read as a person reads them: units as a tree, yes/no as ticks
(issue #11, point 16)."""

import pytest


@pytest.mark.django_db
def test_it_lists_units_as_a_tree(client, org_admin, org_units, html):
    client.force_login(org_admin)
    page = html(client.get("/admin/org_units/"))
    # Not stripped: the indentation is em spaces, which str.strip() would take away.
    names = [cell.get_text().strip(" \n\t") for cell in page.select("tbody tr td.title a")]
    known = ("Association", "Committee", "Chapter")
    names = [n for n in names if any(word in n for word in known)]
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
    # A tick (its tooltip says True), never the bare word in a cell.
    assert body.select("svg.icon-check")
    words = [td.get_text(strip=True) for td in body.select("td") if not td.select("svg")]
    assert "True" not in words and "False" not in words
