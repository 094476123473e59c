"""The site with a fifth language, Spanish, added by configuration only (issue #12).

Run: `pytest --ds=rostra.core.tests.fifth_language.settings rostra/core/tests/fifth_language`
(`make test` does). Nothing else changes: models, migrations, panels, CSV columns, search and
the report follow `LANGUAGES`; the test-only catalogue below gives the Spanish messages.
"""

from pathlib import Path

from rostra.settings import *  # noqa: F403
from rostra.settings import LANGUAGES, LOCALE_PATHS

LANGUAGES = [*LANGUAGES, ("es", "Español")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [Path(__file__).resolve().parent / "locale", *LOCALE_PATHS]
