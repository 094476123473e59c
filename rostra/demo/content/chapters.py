"""The national chapters' own reports, in one or two languages: not everything is translated.

The first language of each story is the one it was written in.
"""

from __future__ import annotations

from rostra.demo.content.types import H, P, Q, Story, Text

# --- Russian and English -----------------------------------------------------------------

YOUTH_ROUND_TABLE_KAZAN = Story(
    key="youth-round-table-kazan",
    days_before=398,
    place="kazan",
    category="round-tables",
    lead_photo="youth-round-table-kazan",
    views=380,
    texts={
        "ru": Text(
            title="Никита Белов выступил на молодёжном круглом столе в Казани",
            slug="nikita-belov-na-molodezhnom-kruglom-stole",
            lead=(
                "Активист российского отделения рассказал участникам круглого стола Лиги "
                "молодёжи за культурный обмен о работе ассоциации с молодыми добровольцами."
            ),
            body=[
                P(
                    "18 октября в Казани прошёл круглый стол «Молодые добровольцы и международная "
                    "дружба», организованный Лигой молодёжи за культурный обмен. По приглашению "
                    "организаторов ассоциацию представлял активист российского отделения Никита "
                    "Белов."
                ),
                P(
                    "В своём выступлении он рассказал о клубе переписки, который отделение ведёт в "
                    "трёх казанских школах, и о молодых переводчиках, помогающих отделениям "
                    "ассоциации понимать друг друга."
                ),
                Q(
                    "Дружба между странами начинается не с деклараций, а с того, что кто-то в "
                    "шестнадцать лет впервые получает письмо из другой страны и садится писать "
                    "ответ.",
                    "Никита Белов",
                    "активист российского отделения",
                ),
                P(
                    "Участники круглого стола предложили провести весной совместный день "
                    "переписки для школьников. Никита Белов доложит о встрече на ближайшем "
                    "собрании отделения."
                ),
            ],
            tags=["круглый стол", "молодёжь", "Казань", "добровольцы"],
        ),
        "en": Text(
            title="Nikita Belov speaks at a youth round table in Kazan",
            slug="nikita-belov-at-youth-round-table-in-kazan",
            lead=(
                "An activist of the Russian chapter told a round table of the Youth League for "
                "Cultural Exchange about the association's work with young volunteers."
            ),
            body=[
                P(
                    "On 18 October the Youth League for Cultural Exchange held a round table in "
                    "Kazan on “Young Volunteers and International Friendship”. At the organizers' "
                    "invitation, the association was represented by Nikita Belov, an activist of "
                    "the Russian chapter."
                ),
                P(
                    "In his talk he described the correspondence club that the chapter runs in "
                    "three Kazan schools, and the young translators who help the association's "
                    "chapters to understand one another."
                ),
                Q(
                    "Friendship between countries does not begin with declarations. It begins when "
                    "someone aged sixteen receives a letter from another country for the first "
                    "time and sits down to write an answer.",
                    "Nikita Belov",
                    "Activist of the Russian chapter",
                ),
                P(
                    "The participants proposed holding a joint letter-writing day for "
                    "schoolchildren in the spring. Nikita Belov will report on the round table at "
                    "the next meeting of the chapter."
                ),
            ],
            tags=["round table", "youth", "Kazan", "volunteers"],
            owner="daniel.ferris",
        ),
    },
)

ACTIVIST_REPORTS_BACK = Story(
    key="activist-reports-back",
    days_before=377,
    place="online",
    category="round-tables",
    lead_photo="online-kazan-report",
    views=260,
    texts={
        "ru": Text(
            title="Никита Белов рассказал отделению о молодёжном круглом столе",
            slug="nikita-belov-otchitalsya-o-kruglom-stole",
            lead=(
                "На онлайн-собрании российского отделения активист доложил об итогах круглого "
                "стола в Казани и предложил провести весной день переписки."
            ),
            body=[
                P(
                    "8 ноября российское отделение собралось онлайн. Председатель отделения "
                    "Светлана Ильинская предоставила слово Никите Белову, который в октябре "
                    "представлял ассоциацию на круглом столе Лиги молодёжи за культурный обмен."
                ),
                P(
                    "Никита Белов рассказал, что в круглом столе участвовали около сорока человек "
                    "из пяти городов и что больше всего вопросов вызвал клуб переписки: многие "
                    "участники хотят открыть такой же в своих школах."
                ),
                H("Решение собрания"),
                P(
                    "Собрание поддержало предложение провести весной совместный с лигой день "
                    "переписки для школьников и поручило Никите Белову подготовить его вместе с "
                    "молодыми переводчиками отделения. Решение принято единогласно."
                ),
                Q(
                    "Хорошо, когда о нас узнают из отчётов. Но лучше, когда о нас узнают из писем.",
                    "Светлана Ильинская",
                    "председатель российского отделения",
                ),
            ],
            tags=["круглый стол", "отчёт", "переписка", "молодёжь"],
        ),
        "en": Text(
            title="Nikita Belov reports back to the chapter on the youth round table",
            slug="nikita-belov-reports-back-on-round-table",
            lead=(
                "At an online meeting of the Russian chapter the activist reported on the round "
                "table in Kazan and proposed a letter-writing day in the spring."
            ),
            body=[
                P(
                    "The Russian chapter met online on 8 November. Svetlana Ilyinskaya, chair of "
                    "the chapter, gave the floor to Nikita Belov, who had represented the "
                    "association at the round table of the Youth League for Cultural Exchange in "
                    "October."
                ),
                P(
                    "Nikita Belov said that about forty people from five cities had taken part, "
                    "and that the correspondence club had raised the most questions: many "
                    "participants want to start one in their own schools."
                ),
                H("The meeting's decision"),
                P(
                    "The meeting supported the proposal to hold a letter-writing day for "
                    "schoolchildren together with the league in the spring, and asked Nikita Belov "
                    "to prepare it with the chapter's young translators. The decision was adopted "
                    "unanimously."
                ),
                Q(
                    "It is good when people learn about us from reports. It is better when they "
                    "learn about us from letters.",
                    "Svetlana Ilyinskaya",
                    "Chair of the Russian chapter",
                ),
            ],
            tags=["round table", "report", "letters", "youth"],
            owner="daniel.ferris",
        ),
    },
)

RELIEF_DELIVERED = Story(
    key="relief-delivered",
    days_before=300,
    place="vale-verde",
    category="humanitarian-aid",
    lead_photo="aid-vale-verde",
    views=700,
    texts={
        "en": Text(
            title="Relief from all chapters reaches Vale Verde",
            slug="relief-reaches-vale-verde",
            lead=(
                "Seven weeks after the members voted to help, the Brazilian chapter has "
                "distributed bedding, school supplies and books to families in the flood-hit "
                "town."
            ),
            body=[
                P(
                    "The relief collection opened on International Volunteer Day has closed. "
                    "Members and friends in all six chapters contributed, and the Coordinating "
                    "Committee added the sum approved from the reserve fund."
                ),
                P(
                    "Volunteers of the Brazilian chapter, led by Rafael Monteiro, bought bedding "
                    "and school supplies locally and delivered them to eighty-four families. More "
                    "than six hundred books, many sent by post by members in other countries, were "
                    "handed over to the town school to rebuild its library."
                ),
                Q(
                    "Parcels came with letters inside, in languages the children cannot read yet. "
                    "The teachers have decided to hang them on the library wall.",
                    "Rafael Monteiro",
                    "Chair of the Brazilian chapter",
                ),
                P(
                    "A full report on the collection and its use will be presented to the "
                    "Coordinating Committee. The chapter thanks everyone who took part."
                ),
            ],
            tags=["humanitarian aid", "Vale Verde", "flood", "books"],
        ),
        "ru": Text(
            title="Помощь всех отделений дошла до Вале-Верде",
            slug="pomoshch-doshla-do-vale-verde",
            lead=(
                "Через семь недель после голосования бразильское отделение раздало семьям "
                "пострадавшего от наводнения города постельное бельё, школьные принадлежности и "
                "книги."
            ),
            body=[
                P(
                    "Сбор помощи, открытый в Международный день добровольцев, завершён. В нём "
                    "участвовали члены и друзья ассоциации из всех шести отделений, а "
                    "Координационный комитет добавил сумму, выделенную из резервного фонда."
                ),
                P(
                    "Добровольцы бразильского отделения во главе с Рафаэлом Монтейру закупили на "
                    "месте постельное бельё и школьные принадлежности и доставили их "
                    "восьмидесяти четырём семьям. Более шестисот книг, многие из которых члены "
                    "ассоциации прислали почтой из других стран, переданы городской школе, чтобы "
                    "восстановить её библиотеку."
                ),
                Q(
                    "В посылках были письма — на языках, которые дети пока не умеют читать. "
                    "Учителя решили повесить их на стене библиотеки.",
                    "Рафаэл Монтейру",
                    "председатель бразильского отделения",
                ),
                P(
                    "Полный отчёт о сборе и его использовании будет представлен Координационному "
                    "комитету. Отделение благодарит всех, кто принял участие."
                ),
            ],
            tags=["гуманитарная помощь", "Вале-Верде", "наводнение", "книги"],
        ),
    },
)

VETERANS_KAZAN = Story(
    key="veterans-kazan",
    days_before=188,
    place="kazan",
    category="ceremonies",
    lead_photo="award-kazan",
    featured=frozenset({"ru"}),
    views=520,
    texts={
        "ru": Text(
            title="В Казани ветеранам ассоциации вручили памятные знаки",
            slug="v-kazani-veteranam-vruchili-znaki",
            lead=(
                "Российское отделение чествовало членов, которые состоят в ассоциации более "
                "сорока лет."
            ),
            body=[
                P(
                    "16 мая в Казани российское отделение провело торжественную встречу в честь "
                    "своих ветеранов. Памятные знаки «40 лет в „Меридиане“» получили семь членов "
                    "отделения, самая опытная из которых вступила в ассоциацию ещё в 1971 году."
                ),
                P(
                    "Знаки вручала председатель отделения Светлана Ильинская. Школьники из клуба "
                    "переписки прочитали письма, которые ветераны получали в семидесятые и "
                    "восьмидесятые годы от своих друзей из Германии, Италии и Китая."
                ),
                Q(
                    "Мы переписывались, когда письмо шло месяц. Теперь внуки удивляются, как "
                    "можно было так долго ждать. А я отвечаю: зато как мы радовались!",
                    "Галина Миронова",
                    "член ассоциации с 1971 года",
                ),
                P(
                    "В завершение встречи ветераны и школьники вместе написали письмо членам "
                    "китайского отделения в Чэнду."
                ),
            ],
            tags=["ветераны", "награждение", "Казань"],
        ),
        "en": Text(
            title="Kazan honours the association's veterans with commemorative badges",
            slug="kazan-honours-veterans-with-badges",
            lead=(
                "The Russian chapter honoured members who have belonged to the association for "
                "more than forty years."
            ),
            body=[
                P(
                    "On 16 May the Russian chapter held a ceremony in Kazan in honour of its "
                    "veterans. Seven members received the commemorative badge “40 Years with "
                    "Meridian”; the longest-serving of them joined the association in 1971."
                ),
                P(
                    "The badges were presented by Svetlana Ilyinskaya, chair of the chapter. "
                    "Pupils of the correspondence club read letters that the veterans had "
                    "received in the 1970s and 1980s from their friends in Germany, Italy and "
                    "China."
                ),
                Q(
                    "We wrote to each other when a letter took a month to arrive. My grandchildren "
                    "cannot believe we waited so long. I tell them: but how happy we were when it "
                    "came!",
                    "Galina Mironova",
                    "Member of the association since 1971",
                ),
                P(
                    "At the end of the ceremony the veterans and the pupils wrote a joint letter "
                    "to the members of the Chinese chapter in Chengdu."
                ),
            ],
            tags=["veterans", "award", "Kazan"],
        ),
    },
)

REPRESENTATIVE_PORTUGAL = Story(
    key="representative-portugal",
    days_before=293,
    place="lisbon",
    category="meetings",
    views=310,
    texts={
        "en": Text(
            title="Inês Carvalho appointed the association's representative in Portugal",
            slug="representative-in-portugal-appointed",
            lead=(
                "The Coordinating Committee has appointed Inês Carvalho, a teacher from Lisbon, "
                "as the association's representative in Portugal."
            ),
            body=[
                P(
                    "At its meeting on 31 January the Coordinating Committee appointed Inês "
                    "Carvalho as the association's representative in Portugal. Where there are not "
                    "yet enough members to form a national chapter, a representative speaks for "
                    "the association, keeps in touch with friendly organizations and helps new "
                    "members to find their way."
                ),
                P(
                    "Inês Carvalho teaches Portuguese and French at a secondary school in Lisbon. "
                    "She has been a member since 2019 and has worked with the Brazilian chapter on "
                    "its reading projects."
                ),
                Q(
                    "My first task is simple: to find out who in Portugal is already writing to "
                    "our members, and to invite them to meet.",
                    "Inês Carvalho",
                    "Representative of the association in Portugal",
                ),
            ],
            tags=["representative", "Portugal", "Coordinating Committee"],
            owner="daniel.ferris",
        ),
        "ru": Text(
            title="Инеш Карвалью назначена представителем ассоциации в Португалии",
            slug="predstavitel-v-portugalii",
            lead=(
                "Координационный комитет назначил представителем ассоциации в Португалии "
                "учительницу из Лиссабона Инеш Карвалью."
            ),
            body=[
                P(
                    "На заседании 31 января Координационный комитет назначил Инеш Карвалью "
                    "представителем ассоциации в Португалии. Там, где членов пока недостаточно, "
                    "чтобы создать национальное отделение, от имени ассоциации выступает "
                    "представитель: он поддерживает связь с дружественными организациями и "
                    "помогает новым членам освоиться."
                ),
                P(
                    "Инеш Карвалью преподаёт португальский и французский языки в одной из "
                    "лиссабонских школ. Она состоит в ассоциации с 2019 года и участвовала в "
                    "читательских проектах бразильского отделения."
                ),
                Q(
                    "Моя первая задача проста: узнать, кто в Португалии уже переписывается с "
                    "нашими членами, и пригласить их встретиться.",
                    "Инеш Карвалью",
                    "представитель ассоциации в Португалии",
                ),
            ],
            tags=["представитель", "Португалия", "Координационный комитет"],
        ),
    },
)

CHILDREN_DRAWINGS = Story(
    key="children-drawings",
    days_before=153,
    place="geneva",
    category="ceremonies",
    lead_photo="children-drawings",
    views=450,
    texts={
        "en": Text(
            title="“My Friend Lives Far Away”: children's drawings on show in Geneva",
            slug="my-friend-lives-far-away-exhibition",
            lead=(
                "Drawings by children from all six chapters went on show in Geneva, with staff "
                "of several embassies attending the opening as guests of honour."
            ),
            body=[
                P(
                    "On 20 June the exhibition “My Friend Lives Far Away” opened in the "
                    "association's rooms in Geneva. It brings together one hundred and twenty "
                    "drawings by children aged six to fourteen, each showing how the young artist "
                    "imagines the daily life of a pen friend in another country."
                ),
                P(
                    "Staff members of several embassies attended the opening as guests of honour, "
                    "together with teachers and parents. Lucia Ferrante, member of the "
                    "Coordinating Committee, thanked the chapters that collected the drawings."
                ),
                Q(
                    "Children draw their friends eating the same breakfast, going to the same "
                    "school and playing the same games. They are usually right.",
                    "Lucia Ferrante",
                    "Member of the Coordinating Committee",
                ),
                P("The exhibition will travel to Leipzig and Kazan in the autumn."),
            ],
            tags=["exhibition", "children", "Geneva"],
        ),
        "ru": Text(
            title="«Мой друг живёт далеко»: в Женеве открылась выставка детских рисунков",
            slug="moy-drug-zhivet-daleko-vystavka",
            lead=(
                "В Женеве открылась выставка рисунков детей из всех шести отделений; почётными "
                "гостями открытия стали сотрудники нескольких посольств."
            ),
            body=[
                P(
                    "20 июня в помещении ассоциации в Женеве открылась выставка «Мой друг живёт "
                    "далеко». На ней представлены сто двадцать рисунков детей от шести до "
                    "четырнадцати лет: каждый юный художник изобразил, каким он представляет день "
                    "своего друга по переписке в другой стране."
                ),
                P(
                    "Почётными гостями открытия стали сотрудники нескольких посольств; пришли "
                    "также учителя и родители. Член Координационного комитета Лючия Ферранте "
                    "поблагодарила отделения, собравшие рисунки."
                ),
                Q(
                    "Дети рисуют своих друзей за таким же завтраком, в такой же школе, за такими "
                    "же играми. И обычно оказываются правы.",
                    "Лючия Ферранте",
                    "член Координационного комитета",
                ),
                P("Осенью выставка отправится в Лейпциг и Казань."),
            ],
            tags=["выставка", "дети", "Женева"],
        ),
    },
)

# --- German and English ------------------------------------------------------------------

LEIPZIG_ANNUAL_MEETING = Story(
    key="leipzig-annual-meeting",
    days_before=286,
    place="leipzig",
    category="meetings",
    lead_photo="leipzig-annual-meeting",
    views=290,
    texts={
        "de": Text(
            title="Jahresversammlung der deutschen Landesgruppe: Katrin Brenner wiedergewählt",
            slug="jahresversammlung-landesgruppe-leipzig",
            lead=(
                "Die deutsche Landesgruppe zog in Leipzig Bilanz über das vergangene Jahr und "
                "bestätigte ihren Vorstand."
            ),
            body=[
                P(
                    "Am 7. Februar kamen rund fünfzig Mitglieder der deutschen Landesgruppe zur "
                    "Jahresversammlung in Leipzig zusammen. Die Vorsitzende Katrin Brenner "
                    "berichtete über ein Jahr mit drei Ausstellungen, zwei Rundtischgesprächen und "
                    "einem deutlich gewachsenen Leseclub."
                ),
                H("Wahlen"),
                P(
                    "Die Versammlung bestätigte Katrin Brenner einstimmig als Vorsitzende. Zum "
                    "stellvertretenden Vorsitzenden wurde Jonas Hartmann gewählt, der auch die "
                    "deutschsprachigen Berichte auf der Website betreut."
                ),
                Q(
                    "Wir sind keine große Gruppe, aber eine beständige. Wer einmal zu uns kommt, "
                    "bleibt meistens.",
                    "Katrin Brenner",
                    "Vorsitzende der deutschen Landesgruppe",
                ),
                P(
                    "Für das Jubiläumsjahr plant die Landesgruppe eine Volkskunstausstellung "
                    "gemeinsam mit der Gesellschaft der Freunde der Volkskunst und ein "
                    "Rundtischgespräch zum ehrenamtlichen Übersetzen."
                ),
            ],
            tags=["Jahresversammlung", "Wahlen", "Leipzig"],
        ),
        "en": Text(
            title="German chapter's annual meeting re-elects Katrin Brenner",
            slug="german-chapter-annual-meeting",
            lead="The German chapter reviewed the past year in Leipzig and confirmed its board.",
            body=[
                P(
                    "About fifty members of the German chapter gathered in Leipzig on 7 February "
                    "for the annual meeting. The chair, Katrin Brenner, reported on a year with "
                    "three exhibitions, two round tables and a reading club that has grown "
                    "considerably."
                ),
                H("Elections"),
                P(
                    "The meeting unanimously re-elected Katrin Brenner as chair. Jonas Hartmann, "
                    "who also edits the German reports on the website, was elected vice-chair."
                ),
                Q(
                    "We are not a big group, but we are a steady one. Whoever comes to us once "
                    "usually stays.",
                    "Katrin Brenner",
                    "Chair of the German chapter",
                ),
                P(
                    "For the anniversary year the chapter is planning a folk art exhibition with "
                    "the Society of Friends of Folk Art and a round table on volunteer translation."
                ),
            ],
            tags=["annual meeting", "elections", "Leipzig"],
        ),
    },
)

FOLK_CRAFT_LEIPZIG = Story(
    key="folk-craft-leipzig",
    days_before=146,
    place="leipzig",
    category="partners",
    lead_photo="folk-craft-1",
    gallery=[
        "folk-craft-1",
        "folk-craft-2",
        "folk-craft-3",
        "folk-craft-4",
        "folk-craft-workshop",
        "folk-craft-group",
    ],
    featured=frozenset({"de"}),
    views=600,
    texts={
        "de": Text(
            title="Volkskunst aus sechs Ländern: Ausstellung in Leipzig eröffnet",
            slug="volkskunst-aus-sechs-laendern-leipzig",
            lead=(
                "Die erste gemeinsame Ausstellung mit der Gesellschaft der Freunde der Volkskunst "
                "zeigt Stickereien, Keramik, Holzarbeiten und Papierschnitte aus sechs Ländern."
            ),
            body=[
                P(
                    "Am 27. Juni eröffneten die deutsche Landesgruppe und die Gesellschaft der "
                    "Freunde der Volkskunst in Leipzig ihre erste gemeinsame Ausstellung im Rahmen "
                    "des im April in Bologna unterzeichneten Abkommens. Zu sehen sind rund "
                    "zweihundert Arbeiten aus Deutschland, Italien, Russland, China, Brasilien und "
                    "Kenia."
                ),
                P(
                    "Jana Novák, Präsidentin der Gesellschaft, führte die Gäste durch die "
                    "Ausstellung. Am Nachmittag zeigten junge Handwerkerinnen und Handwerker in "
                    "einer offenen Werkstatt, wie Körbe geflochten und Löffel bemalt werden."
                ),
                Q(
                    "Jedes Stück hier war einmal ein Gebrauchsgegenstand. Dass wir es heute "
                    "ansehen, statt es zu benutzen, macht es nicht weniger lebendig.",
                    "Jana Novák",
                    "Präsidentin der Gesellschaft der Freunde der Volkskunst",
                ),
                H("Öffnungszeiten"),
                P(
                    "Die Ausstellung ist bis Ende August mittwochs bis sonntags geöffnet; der "
                    "Eintritt ist frei. Führungen für Schulklassen können bei der Landesgruppe "
                    "angemeldet werden."
                ),
            ],
            tags=["Volkskunst", "Ausstellung", "Leipzig", "Partner"],
            captions=[
                "Stickereien aus Italien und Russland.",
                "Keramik aus Brasilien.",
                "Papierschnitte aus China.",
                "Holzarbeiten aus Kenia.",
                "Die offene Werkstatt am Nachmittag.",
                "Die Organisatorinnen und Organisatoren der Ausstellung.",
            ],
        ),
        "en": Text(
            title="Folk art from six countries: exhibition opens in Leipzig",
            slug="folk-art-from-six-countries-leipzig",
            lead=(
                "The first joint exhibition with the Society of Friends of Folk Art shows "
                "embroidery, ceramics, woodwork and paper cuts from six countries."
            ),
            body=[
                P(
                    "On 27 June the German chapter and the Society of Friends of Folk Art opened "
                    "their first joint exhibition in Leipzig, under the agreement signed in "
                    "Bologna in April. Some two hundred works from Germany, Italy, Russia, China, "
                    "Brazil and Kenya are on show."
                ),
                P(
                    "Jana Novák, president of the society, guided the guests through the "
                    "exhibition. In the afternoon young artisans showed in an open workshop how "
                    "baskets are woven and spoons are painted."
                ),
                Q(
                    "Every piece here was once something people used. That we look at it today "
                    "instead of using it does not make it any less alive.",
                    "Jana Novák",
                    "President of the Society of Friends of Folk Art",
                ),
                H("Opening hours"),
                P(
                    "The exhibition is open Wednesday to Sunday until the end of August; admission "
                    "is free. Guided tours for school classes can be booked with the chapter."
                ),
            ],
            tags=["folk art", "exhibition", "Leipzig", "partners"],
            captions=[
                "Embroidery from Italy and Russia.",
                "Ceramics from Brazil.",
                "Paper cuts from China.",
                "Woodwork from Kenya.",
                "The open workshop in the afternoon.",
                "The organizers of the exhibition.",
            ],
        ),
    },
)

YOUTH_EXCHANGE = Story(
    key="youth-exchange",
    days_before=90,
    place="leipzig",
    category="partners",
    lead_photo="youth-camp",
    views=340,
    texts={
        "en": Text(
            title="Youth summer exchange: twenty-four young people, six countries, one camp",
            slug="youth-summer-exchange-2026",
            lead=(
                "The Youth League for Cultural Exchange and the association held a ten-day summer "
                "exchange near Leipzig for young members from six countries."
            ),
            body=[
                P(
                    "Twenty-four young people aged sixteen to twenty-two spent ten days in August "
                    "at a camp near Leipzig. The exchange was organized by the Youth League for "
                    "Cultural Exchange together with the German chapter, and every chapter of the "
                    "association sent participants."
                ),
                P(
                    "The programme combined language tandems in the mornings with workshops, hikes "
                    "and visits to Leipzig in the afternoons. On the last evening each national "
                    "group cooked a dinner from home for all the others."
                ),
                Q(
                    "On the first day we spoke English to each other. By the last day we were "
                    "teaching each other songs in five languages.",
                    "Amara Nwosu",
                    "Candidate member of the Coordinating Committee, camp leader",
                ),
                P(
                    "The participants will present the exchange at the youth section of the "
                    "jubilee congress in October."
                ),
            ],
            tags=["youth", "exchange", "summer camp"],
        ),
        "de": Text(
            title="Sommerbegegnung: vierundzwanzig junge Leute, sechs Länder, ein Camp",
            slug="sommerbegegnung-der-jugend-2026",
            lead=(
                "Die Jugendliga für Kulturaustausch und die Vereinigung veranstalteten bei "
                "Leipzig eine zehntägige Sommerbegegnung für junge Mitglieder aus sechs Ländern."
            ),
            body=[
                P(
                    "Vierundzwanzig junge Leute zwischen sechzehn und zweiundzwanzig Jahren "
                    "verbrachten im August zehn Tage in einem Camp bei Leipzig. Organisiert wurde "
                    "die Begegnung von der Jugendliga für Kulturaustausch gemeinsam mit der "
                    "deutschen Landesgruppe; jede Landesgruppe der Vereinigung entsandte "
                    "Teilnehmende."
                ),
                P(
                    "Vormittags standen Sprachtandems auf dem Programm, nachmittags Werkstätten, "
                    "Wanderungen und Ausflüge nach Leipzig. Am letzten Abend kochte jede "
                    "Ländergruppe ein Essen aus ihrer Heimat für alle anderen."
                ),
                Q(
                    "Am ersten Tag haben wir Englisch miteinander gesprochen. Am letzten Tag "
                    "haben wir uns gegenseitig Lieder in fünf Sprachen beigebracht.",
                    "Amara Nwosu",
                    "Kandidatin des Koordinierungskomitees, Leiterin des Camps",
                ),
                P(
                    "Die Teilnehmenden stellen die Begegnung im Oktober in der Jugendsektion des "
                    "Jubiläumskongresses vor."
                ),
            ],
            tags=["Jugend", "Begegnung", "Sommercamp"],
        ),
    },
)

# --- Chinese and Russian -----------------------------------------------------------------

CHENGDU_KAZAN_EVENING = Story(
    key="chengdu-kazan-evening",
    days_before=174,
    place="online",
    category="meetings",
    lead_photo="online-chengdu-kazan",
    views=390,
    texts={
        "zh-hans": Text(
            title="成都与喀山分会举行线上友谊之夜",
            slug="chengdu-kazan-xianshang-youyi-zhi-ye",
            lead="中国分会与俄罗斯分会的会员在线上相聚，交流各自城市的生活，并互相教唱歌曲。",
            body=[
                P(
                    "5月30日晚，中国分会与俄罗斯分会联合举办线上友谊之夜，五十余名会员参加。中国"
                    "分会主席高若雨和俄罗斯分会主席斯韦特兰娜·伊林斯卡娅共同主持。"
                ),
                P(
                    "两地会员分别介绍了成都的茶馆和喀山的老街，中学生们用对方的语言朗读了自己写的"
                    "短文。青年译者全程担任翻译。"
                ),
                Q(
                    "以前我们只在信里认识喀山，今天终于看到了朋友们的笑脸。",
                    "高若雨",
                    "中国分会主席",
                ),
                P(
                    "晚会在两地会员合唱一首中俄双语歌曲中结束。双方商定，秋季再举办一次线上书法"
                    "与手工交流活动。"
                ),
            ],
            tags=["友谊之夜", "成都", "喀山", "线上会议"],
        ),
        "ru": Text(
            title="Чэнду и Казань: онлайн-вечер дружбы двух отделений",
            slug="chendu-i-kazan-vecher-druzhby",
            lead=(
                "Члены китайского и российского отделений встретились онлайн, рассказали друг "
                "другу о своих городах и разучили песни друг друга."
            ),
            body=[
                P(
                    "Вечером 30 мая китайское и российское отделения провели совместный "
                    "онлайн-вечер дружбы, в котором участвовали более пятидесяти человек. Вели "
                    "вечер председатель китайского отделения Гао Жоюй и председатель российского "
                    "отделения Светлана Ильинская."
                ),
                P(
                    "Члены отделений рассказали о чайных домах Чэнду и старых улицах Казани, а "
                    "школьники прочитали свои небольшие сочинения на языке друзей. Весь вечер "
                    "переводили молодые переводчики."
                ),
                Q(
                    "Раньше мы знали Казань только по письмам, а сегодня наконец увидели улыбки "
                    "наших друзей.",
                    "Гао Жоюй",
                    "председатель китайского отделения",
                ),
                P(
                    "Вечер завершился общей песней на китайском и русском языках. Отделения "
                    "договорились осенью провести ещё одну онлайн-встречу — с мастер-классом по "
                    "каллиграфии и ремёслам."
                ),
            ],
            tags=["вечер дружбы", "Чэнду", "Казань", "онлайн-встреча"],
        ),
    },
)

CALLIGRAPHY_CLASS = Story(
    key="calligraphy-class",
    days_before=76,
    place="chengdu",
    category="meetings",
    lead_photo="calligraphy-class",
    views=330,
    texts={
        "zh-hans": Text(
            title="中国分会为喀山会员举办书法体验课",
            slug="shufa-tiyan-ke",
            lead="按照春季友谊之夜的约定，中国分会在成都为俄罗斯分会会员举办了线上书法体验课。",
            body=[
                P(
                    "9月5日，中国分会在成都举办线上书法体验课，俄罗斯分会的三十多名会员和中学生在"
                    "喀山参加。书法教师、中国分会会员李文清从握笔、蘸墨讲起，示范了“友”“和”“桥”"
                    "三个字的写法。"
                ),
                Q(
                    "“友”字是两只手在一起。写这个字的时候，请想着你的朋友。",
                    "李文清",
                    "中国分会会员、书法教师",
                ),
                P(
                    "课后，喀山的学员把自己的作品拍照发给成都的老师点评。中国分会将选出十幅作品，"
                    "在纪念大会期间展出。"
                ),
            ],
            tags=["书法", "成都", "喀山", "文化交流"],
        ),
        "ru": Text(
            title="Китайское отделение провело урок каллиграфии для членов из Казани",
            slug="urok-kalligrafii-dlya-kazani",
            lead=(
                "Как и договаривались на весеннем вечере дружбы, китайское отделение провело из "
                "Чэнду онлайн-урок каллиграфии для членов российского отделения."
            ),
            body=[
                P(
                    "5 сентября китайское отделение провело из Чэнду онлайн-урок каллиграфии, в "
                    "котором из Казани участвовали более тридцати членов российского отделения и "
                    "школьников. Преподаватель каллиграфии, член китайского отделения Ли Вэньцин "
                    "начала с того, как держать кисть и набирать тушь, а затем показала, как "
                    "пишутся иероглифы «друг», «мир» и «мост»."
                ),
                Q(
                    "Иероглиф «друг» — это две руки вместе. Когда пишете его, думайте о своём "
                    "друге.",
                    "Ли Вэньцин",
                    "член китайского отделения, преподаватель каллиграфии",
                ),
                P(
                    "После урока казанские участники сфотографировали свои работы и отправили их "
                    "преподавателю в Чэнду. Китайское отделение выберет десять работ для выставки "
                    "во время юбилейного конгресса."
                ),
            ],
            tags=["каллиграфия", "Чэнду", "Казань", "культурный обмен"],
        ),
    },
)

# --- Chinese only ------------------------------------------------------------------------

DOUBLE_NINTH = Story(
    key="double-ninth",
    days_before=387,
    place="chengdu",
    category="commemorations",
    lead_photo="chongyang-visit",
    views=280,
    texts={
        "zh-hans": Text(
            title="重阳节：成都分会看望老会员",
            slug="chongyang-jie-kanwang-lao-huiyuan",
            lead="重阳节当天，中国分会的青年会员来到几位老会员家中，陪他们喝茶、聊往事。",
            body=[
                P(
                    "10月29日是农历九月初九重阳节。中国分会的十几名青年会员分成小组，看望了六位"
                    "入会三十年以上的老会员。"
                ),
                P(
                    "老会员们拿出珍藏多年的外国来信和照片，讲述当年如何靠一本词典与远方的朋友通信。"
                    "青年会员们把这些故事录了下来，将收入协会的档案。"
                ),
                Q("那时候一封信要走一个多月，收到回信就像过节一样。", "陈秀兰", "中国分会老会员"),
                P("分会主席高若雨表示，今后每年重阳节都将组织这样的探望活动。"),
            ],
            tags=["重阳节", "老会员", "成都"],
        ),
    },
)

PHOTO_EXHIBITION_CHENGDU = Story(
    key="photo-exhibition-chengdu",
    days_before=223,
    place="chengdu",
    category="partners",
    lead_photo="chengdu-photo-exhibition",
    views=350,
    texts={
        "zh-hans": Text(
            title="“友谊之路”摄影展在成都开幕",
            slug="youyi-zhi-lu-sheying-zhan",
            lead="中国分会与青年文化交流联盟合作举办的“友谊之路”摄影展在成都开幕，展出协会各分会会员拍摄的八十幅作品。",
            body=[
                P(
                    "4月11日，“友谊之路”摄影展在成都开幕。展览由中国分会与青年文化交流联盟共同"
                    "主办，展出来自六个国家分会会员拍摄的八十幅照片，记录了各地会员的日常生活与"
                    "交流活动。"
                ),
                P(
                    "开幕式上，分会主席高若雨感谢各分会提供作品，青年文化交流联盟的代表介绍了联盟"
                    "的青年交流项目。"
                ),
                Q(
                    "照片里没有名胜古迹，只有街道、厨房和教室。正是这些地方，让我们觉得远方的朋友"
                    "离得很近。",
                    "高若雨",
                    "中国分会主席",
                ),
                P("展览将持续至五月底，免费向公众开放。"),
            ],
            tags=["摄影展", "成都", "合作伙伴"],
        ),
    },
)

MID_AUTUMN = Story(
    key="mid-autumn",
    days_before=56,
    place="chengdu",
    category="meetings",
    lead_photo="mid-autumn",
    featured=frozenset({"zh-hans"}),
    views=410,
    texts={
        "zh-hans": Text(
            title="中秋之夜：成都分会与海外会员共赏明月",
            slug="zhongqiu-zhi-ye",
            lead="中秋节晚上，中国分会在成都举办赏月晚会，并通过网络连线其他分会的会员，一起分享月饼和故事。",
            body=[
                P(
                    "9月25日中秋节，中国分会的会员和家人在成都一座茶园里举办赏月晚会。晚会通过网络"
                    "连线了莱比锡、喀山和内罗毕的会员，大家在各自的城市同时抬头看月亮。"
                ),
                H("各地的月亮"),
                P(
                    "协调委员会候补委员周林溪向海外朋友讲解了中秋节的来历和习俗。莱比锡的会员展示"
                    "了自己第一次做的月饼，引来一片笑声；内罗毕的会员说，那里的月亮刚刚升起。"
                ),
                Q(
                    "我们看的是同一个月亮。对一个国际协会来说，这大概是最好的象征。",
                    "周林溪",
                    "协调委员会候补委员",
                ),
                P("晚会最后，小朋友们朗诵了几首关于月亮的古诗。"),
            ],
            tags=["中秋节", "成都", "线上连线"],
        ),
    },
)

# --- Russian only ------------------------------------------------------------------------

TRANSLATION_ROUND_TABLE = Story(
    key="translation-round-table",
    days_before=363,
    place="kazan",
    category="round-tables",
    lead_photo="kazan-translators",
    views=240,
    texts={
        "ru": Text(
            title="В Казани прошёл круглый стол о художественном переводе",
            slug="kruglyy-stol-o-khudozhestvennom-perevode",
            lead=(
                "Российское отделение собрало переводчиков и студентов, чтобы обсудить, как "
                "переводить письма и стихи для друзей из других стран."
            ),
            body=[
                P(
                    "22 ноября российское отделение провело в Казани круглый стол «Перевод как "
                    "дружба». В нём участвовали преподаватели, студенты-переводчики и члены "
                    "отделения, которые много лет переписываются с друзьями из Германии и Китая."
                ),
                P(
                    "Активист отделения Никита Белов рассказал о работе молодых переводчиков "
                    "ассоциации, а преподаватель китайского языка Марина Тихонова — о том, как "
                    "студенты учатся переводить не только слова, но и интонацию письма."
                ),
                Q(
                    "В дружеском письме главное — голос. Если в переводе человек перестал быть "
                    "похож на себя, значит, мы что-то потеряли.",
                    "Марина Тихонова",
                    "преподаватель китайского языка",
                ),
                P(
                    "Участники предложили выпустить к 75-летию ассоциации небольшой сборник "
                    "переведённых писем."
                ),
            ],
            tags=["круглый стол", "перевод", "Казань"],
        ),
    },
)

SCHOOL_MEETING_KAZAN = Story(
    key="school-meeting-kazan",
    days_before=237,
    place="kazan",
    category="meetings",
    views=190,
    texts={
        "ru": Text(
            title="Школьники Казани узнали об истории «Меридиана»",
            slug="shkolniki-kazani-ob-istorii-meridiana",
            lead=(
                "Члены российского отделения рассказали ученикам одной из казанских школ, как "
                "семьдесят пять лет назад начиналась ассоциация."
            ),
            body=[
                P(
                    "28 марта председатель российского отделения Светлана Ильинская и ветеран "
                    "ассоциации Галина Миронова встретились с учениками седьмых и восьмых классов "
                    "одной из казанских школ."
                ),
                P(
                    "Они рассказали, как учительница Ильзе Мартен в 1951 году подыскивала своим "
                    "ученикам друзей по переписке, показали старые конверты с марками разных стран "
                    "и прочитали несколько писем из архива отделения."
                ),
                Q(
                    "Один мальчик спросил, зачем писать письма, если есть мессенджеры. Я ответила: "
                    "попробуй, и через месяц сам мне скажешь.",
                    "Галина Миронова",
                    "член ассоциации с 1971 года",
                ),
                P("Двенадцать учеников записались в клуб переписки отделения."),
            ],
            tags=["школа", "история ассоциации", "Казань"],
        ),
    },
)

KAZAN_DELEGATION = Story(
    key="kazan-delegation",
    days_before=69,
    place="kazan",
    category="meetings",
    views=210,
    texts={
        "ru": Text(
            title="Российское отделение избрало делегатов на юбилейный конгресс",
            slug="delegatsiya-na-yubileynyy-kongress",
            lead=(
                "На собрании в Казани отделение подвело итоги года и избрало делегатов на "
                "конгресс в Вене."
            ),
            body=[
                P(
                    "12 сентября в Казани прошло отчётное собрание российского отделения. "
                    "Светлана Ильинская рассказала о работе за год: клуб переписки вырос до сорока "
                    "участников, прошли круглый стол о переводе, встреча со школьниками и "
                    "чествование ветеранов."
                ),
                H("Делегаты конгресса"),
                P(
                    "Собрание избрало пять делегатов на юбилейный конгресс в Вене, среди них "
                    "Светлану Ильинскую и активиста Никиту Белова. Делегатам поручено рассказать "
                    "на "
                    "конгрессе об опыте работы отделения со школами."
                ),
                P("Все решения приняты единогласно."),
            ],
            tags=["собрание", "конгресс", "Казань"],
        ),
    },
)

# --- German only -------------------------------------------------------------------------

CONVERSATION_EVENING = Story(
    key="conversation-evening",
    days_before=370,
    place="leipzig",
    category="round-tables",
    lead_photo="leipzig-gespraech",
    views=220,
    texts={
        "de": Text(
            title="Gesprächsabend in Leipzig: Freundschaft im Alltag",
            slug="gespraechsabend-freundschaft-im-alltag",
            lead=(
                "Bei Tee und Gebäck sprachen Mitglieder und Gäste der deutschen Landesgruppe "
                "darüber, wie internationale Freundschaften im Alltag gepflegt werden."
            ),
            body=[
                P(
                    "Zum Gesprächsabend am 15. November kamen etwa dreißig Mitglieder und Gäste in "
                    "die Räume der deutschen Landesgruppe in Leipzig. Katrin Brenner lud dazu ein, "
                    "von eigenen Brieffreundschaften zu erzählen."
                ),
                P(
                    "Eine Teilnehmerin berichtete von ihrer Brieffreundin in Bologna, mit der sie "
                    "seit 1984 schreibt; ein Student erzählte, wie ihm ein Brieffreund aus Chengdu "
                    "beim Chinesischlernen hilft."
                ),
                Q(
                    "Freundschaft braucht keine großen Anlässe. Sie braucht jemanden, der sich "
                    "merkt, wie es dem anderen letzte Woche ging.",
                    "Katrin Brenner",
                    "Vorsitzende der deutschen Landesgruppe",
                ),
                P("Der nächste Gesprächsabend findet im Frühjahr statt."),
            ],
            tags=["Gesprächsabend", "Brieffreundschaft", "Leipzig"],
        ),
    },
)

FOUNDER_LETTERS_READING = Story(
    key="founder-letters-reading",
    days_before=209,
    place="leipzig",
    category="commemorations",
    lead_photo="centenary-archive",
    views=260,
    texts={
        "de": Text(
            title="Lesung in Leipzig: Briefe der Gründerin Ilse Marten",
            slug="lesung-briefe-von-ilse-marten",
            lead=(
                "Im Vorfeld ihres 100. Geburtstags las die deutsche Landesgruppe aus Briefen der "
                "Gründerin der Vereinigung."
            ),
            body=[
                P(
                    "Am 25. April lud die deutsche Landesgruppe zu einer Lesung aus Briefen von "
                    "Ilse Marten ein, die im November 1926 geboren wurde und die Vereinigung 1951 "
                    "gründete. Die Briefe stammen aus dem Archiv der Vereinigung und wurden von "
                    "Mitgliedern für den Abend ausgewählt."
                ),
                P(
                    "Gelesen wurden Briefe an Lehrerinnen in Italien, an eine Schulklasse in Kasan "
                    "und an die ersten Mitglieder in Chengdu. Zwischen den Briefen spielte ein "
                    "Streichquartett einer Leipziger Musikschule."
                ),
                Q(
                    "Wenn man ihre Briefe liest, merkt man, dass sie nie über die großen Fragen "
                    "schrieb. Sie schrieb über das Wetter, den Schulhof, ein neues Buch – und "
                    "gerade deshalb sind die Briefe so nah.",
                    "Jonas Hartmann",
                    "stellvertretender Vorsitzender der deutschen Landesgruppe",
                ),
                P(
                    "Die Lesung ist Teil der Vorbereitungen auf den 100. Geburtstag der Gründerin "
                    "im November."
                ),
            ],
            tags=["Ilse Marten", "Lesung", "Leipzig"],
        ),
    },
)

# --- English only ------------------------------------------------------------------------

NAIROBI_READING_CLUB = Story(
    key="nairobi-reading-club",
    days_before=104,
    place="nairobi",
    category="meetings",
    lead_photo="nairobi-reading-club",
    views=300,
    texts={
        "en": Text(
            title="Nairobi reading club celebrates its hundredth meeting",
            slug="nairobi-reading-club-hundredth-meeting",
            lead=(
                "The reading club of the Kenyan chapter, where schoolchildren read books sent by "
                "members from other countries, met for the hundredth time."
            ),
            body=[
                P(
                    "On 8 August the reading club of the Kenyan chapter held its hundredth "
                    "meeting. The club started two years ago with a shelf of books sent by members "
                    "of other chapters and now meets every week in two Nairobi schools."
                ),
                P(
                    "For the anniversary meeting the children chose their favourite books of the "
                    "year and wrote short reviews, which the chapter will send to the members who "
                    "donated the books."
                ),
                Q(
                    "Every book on our shelf came with a name written inside: the person who sent "
                    "it. The children always read the name first.",
                    "Grace Achieng",
                    "Chair of the Kenyan chapter",
                ),
                P(
                    "The club is run entirely by volunteers. Members who wish to send books are "
                    "invited to contact the chapter through the association's secretariat."
                ),
            ],
            tags=["reading club", "Nairobi", "books", "volunteers"],
            owner="daniel.ferris",
        ),
    },
)

VALE_VERDE_LIBRARY = Story(
    key="vale-verde-library",
    days_before=244,
    place="vale-verde",
    category="humanitarian-aid",
    lead_photo="vale-verde-library",
    views=450,
    texts={
        "en": Text(
            title="The school library in Vale Verde reopens",
            slug="vale-verde-school-library-reopens",
            lead=(
                "Three months after the flood, the school library in Vale Verde has reopened "
                "with more books than it had before, thanks to members of all chapters."
            ),
            body=[
                P(
                    "On 21 March the library of the town school in Vale Verde reopened its doors. "
                    "Volunteers of the Brazilian chapter repainted the room, repaired the shelves "
                    "and catalogued more than eight hundred books, most of them donated by members "
                    "of the association."
                ),
                P(
                    "The children helped to sort the books by language: Portuguese, English, "
                    "Spanish, and a growing shelf of books in German, Russian and Chinese sent by "
                    "the other chapters."
                ),
                Q(
                    "The flood took the old library. The new one belongs to friends in six "
                    "countries, and the children know it.",
                    "Rafael Monteiro",
                    "Chair of the Brazilian chapter",
                ),
                P(
                    "The Brazilian chapter thanks all members who contributed to the relief "
                    "collection."
                ),
            ],
            tags=["humanitarian aid", "Vale Verde", "library"],
        ),
    },
)

STORIES = [
    YOUTH_ROUND_TABLE_KAZAN,
    ACTIVIST_REPORTS_BACK,
    RELIEF_DELIVERED,
    VETERANS_KAZAN,
    REPRESENTATIVE_PORTUGAL,
    CHILDREN_DRAWINGS,
    LEIPZIG_ANNUAL_MEETING,
    FOLK_CRAFT_LEIPZIG,
    YOUTH_EXCHANGE,
    CHENGDU_KAZAN_EVENING,
    CALLIGRAPHY_CLASS,
    DOUBLE_NINTH,
    PHOTO_EXHIBITION_CHENGDU,
    MID_AUTUMN,
    TRANSLATION_ROUND_TABLE,
    SCHOOL_MEETING_KAZAN,
    KAZAN_DELEGATION,
    CONVERSATION_EVENING,
    FOUNDER_LETTERS_READING,
    NAIROBI_READING_CLUB,
    VALE_VERDE_LIBRARY,
]
