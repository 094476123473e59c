"""The article editor: the gallery takes many photos at once, a new article is not saved
before the editor saves it, a title used before does not stop a new article, an error on
another tab is told at the top, and a translation's category list is in its language
(issue #11, points 5 and 17)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from rostra.news import builders
from rostra.news.models import ArticlePage


def _article_data(title: str, slug: str, **fields) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-07-22",
            "place": "",
            "source": "",
            "lead": "",
            "body": streamfield([]),
            "gallery_images": inline_formset([]),
            "comments": inline_formset([]),
            "tags": "",
            **fields,
        }
    )


@pytest.mark.django_db
def test_it_offers_many_photos_at_once_in_the_gallery(client, editor, news_indexes, html):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_indexes["en"].pk))
    page = html(client.get(url))
    choose = page.select_one("#id_gallery_images-OPEN_MODAL")
    assert choose is not None and choose.get_text(strip=True) == "Choose photos"
    upload = page.select_one("a[data-gallery-upload-many]")
    assert upload["href"] == reverse("wagtailimages:add_multiple")
    assert "Photo gallery 1" not in page.get_text()
    # A new article is saved when the editor saves it, not with the first letters typed.
    form = page.select_one("form[data-edit-form]")
    assert "w-autosave" not in form["data-controller"]


@pytest.mark.django_db
def test_it_still_autosaves_an_article_that_exists(client, editor, make_article, html):
    article = make_article("en", publish=False)
    client.force_login(editor)
    page = html(client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])))
    assert "w-autosave" in page.select_one("form[data-edit-form]")["data-controller"]


@pytest.mark.django_db
def test_it_gives_a_new_article_with_a_used_title_the_next_free_address(
    client, editor, make_article, news_indexes
):
    make_article("en", title="Congress opens", slug="congress-opens", publish=False)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_indexes["en"].pk))
    response = client.post(url, _article_data("Congress opens", "congress-opens"))
    assert response.status_code == 302, response.content.decode()[:2000]
    slugs = sorted(
        ArticlePage.objects.filter(title="Congress opens").values_list("slug", flat=True)
    )
    assert slugs == ["congress-opens", "congress-opens-1"]


@pytest.mark.django_db
def test_it_makes_the_address_of_a_new_article_sent_before_the_slug_was_filled(
    client, editor, make_article, news_indexes, html
):
    # Wagtail's script fills the slug 0.1 s after the title is left: a quick click on Save
    # sends it empty. The article is saved, with its language's address made from the title.
    make_article("ru", title="Съезд открылся", slug="syezd-otkrylsya", publish=False)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_indexes["ru"].pk))
    assert "required" not in html(client.get(url)).select_one("#id_slug").attrs
    response = client.post(url, _article_data("Съезд открылся", ""))
    assert response.status_code == 302, response.content.decode()[:2000]
    slugs = sorted(
        ArticlePage.objects.filter(title="Съезд открылся").values_list("slug", flat=True)
    )
    assert slugs == ["syezd-otkrylsya", "syezd-otkrylsya-1"]


@pytest.mark.django_db
def test_it_keeps_the_address_required_once_an_article_is_published(
    client, editor, make_article, html
):
    article = make_article("en", title="Congress opens", slug="congress-opens")
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert "required" in html(edit).select_one("#id_slug").attrs


@pytest.mark.django_db
def test_it_tells_an_error_on_another_tab_at_the_top(client, editor, make_article, html):
    make_article("en", title="Congress opens", slug="congress-opens", publish=False)
    other = make_article("en", title="Round table", slug="round-table", publish=False)
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[other.pk])
    page = html(client.post(url, _article_data("Round table", "congress-opens")))
    message = page.select_one(".messages").get_text(" ", strip=True)
    assert "Promote or Settings tab" in message
    assert "congress-opens" in message  # the slug's own error, listed at the top


@pytest.mark.django_db
def test_it_opens_the_category_chooser_on_the_articles_language(
    client, editor, make_article, news_indexes, html
):
    english = builders.category("en", "meetings", "Meetings")
    russian_category = builders.category("ru", "sobraniya", "Собрания")
    russian = make_article("ru", title="Съезд открылся", publish=False)
    client.force_login(editor)
    page = html(client.get(reverse("wagtailadmin_pages:edit", args=[russian.pk])))
    chooser = page.select_one("#id_category-chooser")
    assert chooser["data-chooser-url"].endswith("?locale=ru")
    listed = client.get(chooser["data-chooser-url"]).json()["html"]
    assert "Собрания" in listed and "Meetings" not in listed
    # The article's language only: a category of another language is refused.
    from rostra.news.forms import ArticlePageForm

    form_class = ArticlePage.get_edit_handler().get_form_class()
    assert issubclass(form_class, ArticlePageForm)
    form = form_class(instance=russian, for_user=editor, parent_page=russian.get_parent())
    choices = set(form.fields["category"].queryset)
    assert russian_category in choices and english not in choices
