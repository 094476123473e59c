"""Under ASGI the middleware chain runs async: static files and pages are both served."""

import pytest
from asgiref.sync import async_to_sync
from django.test import AsyncClient


@pytest.mark.django_db
def test_it_serves_static_files_and_pages_over_asgi():
    client = AsyncClient()

    async def fetch(path: str):
        return await client.get(path)

    static = async_to_sync(fetch)("/static/core/css/site.css")
    assert static.status_code == 200
    assert static["Content-Type"].startswith("text/css")

    page = async_to_sync(fetch)("/en/search/?q=congress")
    assert page.status_code == 200
    assert b'name="q"' in page.content

    assert async_to_sync(fetch)("/static/core/css/nope.css").status_code == 404
