"""Tags per language: `news.Tag` with a locale, in place of taggit's one-language tags.

Each (old tag, language of a page using it) becomes one tag of that language with the old word
and slug; the tags made from one old tag share a translation key (they are one tag, to be
translated). The tagged items, the pages' revisions and wagtail-localize's stored sources are
pointed at the new tags, so drafts and syncs keep their tags. Nothing is lost.
"""

import json
import uuid

import django.db.models.deletion
from django.db import migrations, models

import rostra.news.models


def _key(old_id: int) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"rostra:tag:{old_id}")


def forwards(apps, schema_editor):
    OldTag = apps.get_model("taggit", "Tag")
    Tag = apps.get_model("news", "Tag")
    ArticleTag = apps.get_model("news", "ArticleTag")
    Page = apps.get_model("wagtailcore", "Page")
    old = {t.pk: t for t in OldTag.objects.all()}
    made: dict[tuple[int, int], int] = {}

    def new_tag(old_id: int, locale_id: int) -> int | None:
        if old_id not in old:
            return None
        if (old_id, locale_id) not in made:
            tag = old[old_id]
            found = Tag.objects.filter(locale_id=locale_id, slug=tag.slug).first()
            if found is None:
                found = Tag.objects.create(
                    locale_id=locale_id, name=tag.name, slug=tag.slug, translation_key=_key(old_id)
                )
            made[(old_id, locale_id)] = found.pk
        return made[(old_id, locale_id)]

    locales = dict(Page.objects.values_list("pk", "locale_id"))
    for item in ArticleTag.objects.all():
        item.new_tag_id = new_tag(item.tag_id, locales[item.content_object_id])
        item.save(update_fields=["new_tag"])

    def remap(content: dict, locale_id: int) -> bool:
        items = content.get("tagged_items")
        if not items or not locale_id:
            return False
        for item in items:
            if isinstance(item, dict) and item.get("tag") is not None:
                item["tag"] = new_tag(item["tag"], locale_id)
        content["tagged_items"] = [i for i in items if not isinstance(i, dict) or i.get("tag")]
        return True

    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    article = ContentType.objects.filter(app_label="news", model="articlepage").first()
    if article is not None:
        for revision in Revision.objects.filter(content_type=article):
            content = revision.content or {}
            if remap(content, content.get("locale") or locales.get(int(revision.object_id))):
                revision.content = content
                revision.save(update_fields=["content"])
    try:
        Source = apps.get_model("wagtail_localize", "TranslationSource")
    except LookupError:
        return
    if article is not None:
        for source in Source.objects.filter(specific_content_type=article):
            content = json.loads(source.content_json)
            if remap(content, source.locale_id):
                source.content_json = json.dumps(content, cls=None)
                source.save(update_fields=["content_json"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0003_drop_articlestats_updated_at"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="Tag",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("name", models.CharField(max_length=100, verbose_name="name")),
                ("slug", models.SlugField(allow_unicode=True, max_length=100, verbose_name="slug")),
                ("locale", models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="locale")),
            ],
            options={
                "verbose_name": "tag",
                "verbose_name_plural": "tags",
                "ordering": ["name"],
                "abstract": False,
                "unique_together": {("translation_key", "locale")},
            },
        ),
        migrations.AddConstraint(
            model_name="tag",
            constraint=models.UniqueConstraint(fields=("locale", "slug"), name="news_tag_unique_slug"),
        ),
        migrations.AddConstraint(
            model_name="tag",
            constraint=models.UniqueConstraint(fields=("locale", "name"), name="news_tag_unique_name"),
        ),
        migrations.AddField(
            model_name="articletag",
            name="new_tag",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="news.tag"),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RemoveField(model_name="articletag", name="tag"),
        migrations.RenameField(model_name="articletag", old_name="new_tag", new_name="tag"),
        migrations.AlterField(
            model_name="articletag",
            name="tag",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="tagged_articles", to="news.tag"),
        ),
        migrations.AlterField(
            model_name="articlepage",
            name="tags",
            field=rostra.news.models.LocalizedTaggableManager(blank=True, help_text="A comma-separated list of tags.", through="news.ArticleTag", to="news.Tag", verbose_name="tags"),
        ),
    ]
