"""Editors write and submit; chief editors approve, and only then is the article public."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Workflow

from rostra.news.editorial import ADMINISTRATORS, CHIEF_EDITORS, EDITORS, WORKFLOW_NAME
from rostra.news.models import ArticlePage


@pytest.mark.django_db
def test_it_has_the_three_editorial_groups_and_the_review_workflow():
    assert {EDITORS, CHIEF_EDITORS, ADMINISTRATORS} <= set(
        Group.objects.values_list("name", flat=True)
    )
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert [t.name for t in workflow.tasks] == ["Chief editor approval"]


@pytest.mark.django_db
def test_it_lets_an_editor_submit_and_a_chief_editor_approve(
    client, editor, chief_editor, make_article
):
    article = make_article("en", title="Round table in Vienna", owner=editor, publish=False)
    assert not article.permissions_for_user(editor).can_publish()
    assert article.permissions_for_user(chief_editor).can_publish()
    assert client.get(article.url or "/en/news/round-table-in-vienna/").status_code == 404

    # The editor submits the draft for review: the page's workflow starts.
    workflow = article.get_workflow()
    assert workflow.name == WORKFLOW_NAME
    workflow.start(article, editor)
    article.refresh_from_db()
    task_state = article.current_workflow_task_state
    assert task_state is not None and task_state.status == "in_progress"
    assert not article.live

    # An editor cannot approve; the chief editor can, from the admin.
    url = reverse("wagtailadmin_pages:workflow_action", args=[article.id, "approve", task_state.id])
    client.force_login(editor)
    client.post(url, {"comment": ""})
    assert not ArticlePage.objects.get(pk=article.pk).live

    client.force_login(chief_editor)
    response = client.post(url, {"comment": "Good report."})
    assert response.status_code in (200, 302)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    client.logout()
    page = client.get(article.url)
    assert page.status_code == 200
    assert "Round table in Vienna" in page.content.decode()
