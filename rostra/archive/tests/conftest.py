from __future__ import annotations

import pytest

from rostra.archive import presets
from rostra.archive.importer import Options, do_import_archive
from rostra.archive.tests import sites

pytestmark = pytest.mark.usefixtures("fast_passwords")


@pytest.fixture(autouse=True)
def import_when_the_request_commits(settings):
    """The admin's run starts as the request that records it commits, in the test's thread
    (a browser test sets ARCHIVE_IMPORT_IN_THREAD itself, as the embedded default does)."""
    settings.ARCHIVE_IMPORT_IN_THREAD = False


@pytest.fixture
def run_import(news_indexes):
    """run_import(source, "ucoz"|"wordpress", **options) -> Report"""

    def run(source, preset: str = "ucoz", **options):
        return do_import_archive(source, presets.load(preset), Options(**options))

    return run


@pytest.fixture
def ucoz_mirror(tmp_path):
    return sites.ucoz_site(tmp_path / "friends.ucoz.ru")


@pytest.fixture
def editor1(db, django_user_model):
    return django_user_model.objects.create_user(
        username="editor1", first_name="Elena", last_name="Marsh", password="x"
    )
