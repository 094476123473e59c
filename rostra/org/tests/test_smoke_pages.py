import pytest


@pytest.mark.django_db
def test_it_renders_every_public_page(client, chair, observer):
    for url in [
        "/en/org/",
        "/de/org/",
        "/ru/org/partners/",
        "/zh-hans/org/calendar/",
        "/en/org/people/p-chair/",
        "/en/org/calendar.ics",
    ]:
        assert client.get(url).status_code == 200, url
