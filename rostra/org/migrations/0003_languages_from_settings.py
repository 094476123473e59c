# Per-language columns of languages added in settings.LANGUAGES beyond the shipped four
# (computed when migrations load; empty for the shipped four): see rostra.core.language_columns.

from django.db import migrations

from rostra.core.language_columns import operations


class Migration(migrations.Migration):
    dependencies = [("org", "0002_places_per_language")]

    operations = operations("org")
