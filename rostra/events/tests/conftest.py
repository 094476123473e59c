"""The event fixture's record: speeches, an award ceremony, a screening and a decided vote."""

from __future__ import annotations

import pytest

from rostra.events import actions, builders


@pytest.fixture
def held_event(event, news_indexes, org_units):
    """`event`, held: attendance recorded, the agenda done, a unanimous vote on record."""
    from rostra.org.models import Honour

    people = event.people
    for key in ("chair", "member", "candidate", "guest"):
        actions.do_check_in(event, people[key].code, acting_user=None)
    actions.do_mark_online(people["observer"])
    badge = Honour.objects.create(
        kind="badge",
        title_en="Badge of Friendship",
        title_ru="Знак «Дружба»",
        title_zh_hans="友谊徽章",
        title_de="Freundschaftsabzeichen",
        date=event.local_start().date(),
        recipient_person=people["member"].person,
        given_by_unit=org_units["committee"],
    )
    builders.item(
        event,
        1,
        "opening",
        speaker=people["chair"],
        titles=("Opening address", "Вступительное слово", "开幕致辞", "Eröffnungsrede"),
        texts=("We meet in the spring of a round year.",),
        quotes=(
            "Friendship is built by meeting.",
            "Дружба строится встречами.",
            "友谊在相聚中建立。",
        ),
    )
    builders.item(
        event,
        2,
        "speech",
        speaker=people["member"],
        titles=("Our chapter's year", "Год нашего отделения", "我们分会的一年"),
        texts=("Twelve events, four languages.",),
        quotes=("We kept every promise.", "Мы сдержали каждое обещание.", "我们信守了每一个承诺。"),
    )
    builders.item(event, 3, "ceremony", titles=("Award ceremony",), honour=badge)
    builders.item(
        event, 4, "screening", titles=("Film: the flood",), video_url="https://video.example.org/f"
    )
    vote = builders.item(event, 5, "motion", titles=("Humanitarian help",))
    motion = builders.motion(
        vote,
        "Send humanitarian help to the flooded region?",
        "Направить гуманитарную помощь в пострадавший от наводнения район?",
        "是否向受洪灾地区提供人道主义援助？",
    )
    actions.do_record_vote(motion, {"yes": 3, "no": 0, "abstain": 0}, acting_user=None)
    builders.item(
        event,
        6,
        "speech",
        speaker=people["guest"],
        titles=("Greetings from the harbour",),
        quotes=("Our society sends its greetings.",),
    )
    event.status = "held"
    event.save()
    return event
