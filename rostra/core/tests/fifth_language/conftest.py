import pytest
from django.conf import settings


def pytest_collection_modifyitems(config, items):
    """These tests need the fifth language configured: skipped under the default settings."""
    if any(code == "es" for code, _name in settings.LANGUAGES):
        return
    skip = pytest.mark.skip(reason="run with --ds=rostra.core.tests.fifth_language.settings")
    for item in items:
        if "fifth_language" in str(item.fspath):
            item.add_marker(skip)
