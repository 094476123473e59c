"""Locales, the English home and news pages in place of Wagtail's welcome page, and the
editorial groups with their permissions and the moderation workflow."""

from django.conf import settings
from django.db import migrations


def create_site(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("news", "HomePage")
    NewsIndexPage = apps.get_model("news", "NewsIndexPage")

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code="en")

    if HomePage.objects.exists():
        return
    # Wagtail's own first migration made a "Welcome" page at depth 2: replace it.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    root = Page.objects.get(depth=1)
    home_ct, _ = ContentType.objects.get_or_create(app_label="news", model="homepage")
    index_ct, _ = ContentType.objects.get_or_create(app_label="news", model="newsindexpage")
    home = HomePage.objects.create(
        title="Home", draft_title="Home", slug="home", content_type=home_ct, locale=english,
        path=root.path + "0001", depth=2, numchild=1, url_path="/home/", live=True,
    )
    NewsIndexPage.objects.create(
        title="News", draft_title="News", slug="news", content_type=index_ct, locale=english,
        path=home.path + "0001", depth=3, numchild=0, url_path="/home/news/", live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True,
                        site_name=settings.WAGTAIL_SITE_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]
    operations = [migrations.RunPython(create_site, migrations.RunPython.noop)]
