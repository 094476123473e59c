"""Online meetings on commemorative days and the committee's work, in all four languages."""

from __future__ import annotations

from rostra.demo.content.types import H, P, Q, Story, Text

ALL = frozenset({"en", "ru", "zh-hans", "de"})

PEACE_DAY = Story(
    key="peace-day",
    days_before=425,
    place="online",
    category="commemorations",
    lead_photo="online-peace-day",
    views=640,
    texts={
        "en": Text(
            title="International Day of Peace: an online meeting of members and friends",
            slug="international-day-of-peace-online-meeting",
            lead=(
                "Members of the association and representatives of friendly organizations from "
                "eleven countries met online to mark the International Day of Peace."
            ),
            body=[
                P(
                    "On 21 September, the International Day of Peace, the Coordinating Committee "
                    "held an online meeting of members of the association. Representatives of the "
                    "Youth League for Cultural Exchange and of the Aurora Foundation for Culture "
                    "and Education took part as invited guests."
                ),
                P(
                    "Henrik Dalby, Chairman of the Coordinating Committee, opened the meeting and "
                    "recalled that the association's first public event, in 1952, was an evening "
                    "of letters for peace written by schoolchildren from six countries."
                ),
                Q(
                    "Peace is not only the absence of war. It is the habit of talking to each "
                    "other before we are afraid of each other, and that habit has to be practised "
                    "every day.",
                    "Henrik Dalby",
                    "Chairman of the Coordinating Committee",
                ),
                H("Presentations"),
                P(
                    "Lucia Ferrante, member of the Coordinating Committee, presented the archive "
                    "of "
                    "peace letters that the association has collected since 1952; more than four "
                    "thousand of them have now been scanned. Rafael Monteiro, chair of the "
                    "Brazilian chapter, spoke about the chapter's music lessons for children in "
                    "Belo Horizonte. Timur Sadykov of the Youth League for Cultural Exchange "
                    "invited members to the league's autumn round tables."
                ),
                H("A video report"),
                P(
                    "The participants watched together the Meridian TV report “Letters Across "
                    "Borders”, in which former pen friends, now grandparents, meet for the first "
                    "time."
                ),
                P(
                    "At the end of the meeting the members agreed to continue scanning the letters "
                    "and to publish a selection of them for the association's 75th anniversary."
                ),
            ],
            tags=["International Day of Peace", "online meeting", "letters"],
            owner="daniel.ferris",
        ),
        "ru": Text(
            title="Международный день мира: онлайн-встреча членов и друзей ассоциации",
            slug="mezhdunarodnyy-den-mira-onlayn-vstrecha",
            lead=(
                "Члены ассоциации и представители дружественных организаций из одиннадцати "
                "стран встретились онлайн, чтобы отметить Международный день мира."
            ),
            body=[
                P(
                    "21 сентября, в Международный день мира, Координационный комитет провёл "
                    "онлайн-встречу членов ассоциации. В качестве приглашённых гостей в ней "
                    "участвовали представители Лиги молодёжи за культурный обмен и Фонда культуры "
                    "и просвещения «Аврора»."
                ),
                P(
                    "Встречу открыл председатель Координационного комитета Хенрик Дальбю. Он "
                    "напомнил, что первым публичным мероприятием ассоциации в 1952 году стал "
                    "вечер писем о мире, написанных школьниками из шести стран."
                ),
                Q(
                    "Мир — это не только отсутствие войны. Это привычка разговаривать друг с "
                    "другом раньше, чем мы начнём друг друга бояться, и эту привычку нужно "
                    "упражнять каждый день.",
                    "Хенрик Дальбю",
                    "председатель Координационного комитета",
                ),
                H("Выступления"),
                P(
                    "Член Координационного комитета Лючия Ферранте рассказала об архиве писем о "
                    "мире, который ассоциация собирает с 1952 года: более четырёх тысяч из них уже "
                    "отсканированы. Председатель бразильского отделения Рафаэл Монтейру рассказал "
                    "о музыкальных занятиях для детей, которые отделение проводит в "
                    "Белу-Оризонти. Тимур Садыков из Лиги молодёжи за культурный обмен пригласил "
                    "членов ассоциации на осенние круглые столы лиги."
                ),
                H("Видеорепортаж"),
                P(
                    "Участники вместе посмотрели репортаж «Меридиан ТВ» «Письма через границы», в "
                    "котором бывшие друзья по переписке, ставшие уже бабушками и дедушками, "
                    "впервые встречаются лично."
                ),
                P(
                    "В завершение встречи члены ассоциации договорились продолжить оцифровку "
                    "писем и к 75-летию ассоциации издать их избранную часть."
                ),
            ],
            tags=["Международный день мира", "онлайн-встреча", "письма"],
        ),
        "zh-hans": Text(
            title="国际和平日：会员与友人线上会议",
            slug="guoji-heping-ri-xianshang-huiyi",
            lead="来自十一个国家的协会会员和友好组织代表在线上相聚，纪念国际和平日。",
            body=[
                P(
                    "9月21日国际和平日当天，协调委员会举行了协会会员线上会议。青年文化交流联盟和"
                    "“曙光”文化教育基金会的代表应邀出席。"
                ),
                P(
                    "协调委员会主席亨里克·达尔比主持会议开幕。他回顾说，协会1952年举办的第一次"
                    "公开活动，就是朗读六个国家的中小学生所写的和平书信。"
                ),
                Q(
                    "和平不仅仅是没有战争。和平是一种习惯：在彼此害怕之前先彼此交谈。这种习惯需要"
                    "每天练习。",
                    "亨里克·达尔比",
                    "协调委员会主席",
                ),
                H("会议发言"),
                P(
                    "协调委员会委员卢西娅·费兰特介绍了协会自1952年以来收集的和平书信档案，其中"
                    "四千多封已完成扫描。巴西分会主席拉斐尔·蒙泰罗介绍了分会在贝洛奥里藏特为儿童"
                    "开设的音乐课。青年文化交流联盟的帖木儿·萨德科夫邀请会员们参加联盟秋季举办的"
                    "圆桌会议。"
                ),
                H("观看视频报道"),
                P(
                    "与会者共同观看了子午线电视的报道《跨越国界的书信》。片中，当年的笔友如今已是"
                    "祖父母，他们第一次见面。"
                ),
                P("会议最后，会员们商定继续扫描书信，并在协会成立七十五周年之际出版书信选集。"),
            ],
            tags=["国际和平日", "线上会议", "书信"],
        ),
        "de": Text(
            title="Internationaler Tag des Friedens: Online-Treffen der Mitglieder und Freunde",
            slug="internationaler-tag-des-friedens-online-treffen",
            lead=(
                "Mitglieder der Vereinigung und Vertreter befreundeter Organisationen aus elf "
                "Ländern trafen sich online zum Internationalen Tag des Friedens."
            ),
            body=[
                P(
                    "Am 21. September, dem Internationalen Tag des Friedens, lud das "
                    "Koordinierungskomitee die Mitglieder der Vereinigung zu einem Online-Treffen "
                    "ein. Als Gäste nahmen Vertreter der Jugendliga für Kulturaustausch und der "
                    "Stiftung für Kultur und Bildung „Aurora“ teil."
                ),
                P(
                    "Henrik Dalby, Vorsitzender des Koordinierungskomitees, eröffnete das Treffen "
                    "und erinnerte daran, dass die erste öffentliche Veranstaltung der Vereinigung "
                    "im Jahr 1952 ein Abend mit Friedensbriefen von Schulkindern aus sechs Ländern "
                    "war."
                ),
                Q(
                    "Frieden ist nicht nur die Abwesenheit von Krieg. Er ist die Gewohnheit, "
                    "miteinander zu sprechen, bevor wir Angst voreinander bekommen – und diese "
                    "Gewohnheit will jeden Tag geübt sein.",
                    "Henrik Dalby",
                    "Vorsitzender des Koordinierungskomitees",
                ),
                H("Beiträge"),
                P(
                    "Lucia Ferrante, Mitglied des Koordinierungskomitees, stellte das Archiv der "
                    "Friedensbriefe vor, das die Vereinigung seit 1952 sammelt; mehr als "
                    "viertausend "
                    "davon sind inzwischen eingescannt. Rafael Monteiro, Vorsitzender der "
                    "brasilianischen Landesgruppe, berichtete über den Musikunterricht für Kinder, "
                    "den die Gruppe in Belo Horizonte anbietet. Timur Sadykow von der Jugendliga "
                    "für Kulturaustausch lud die Mitglieder zu den Herbstgesprächen der Liga ein."
                ),
                H("Ein Videobericht"),
                P(
                    "Gemeinsam sahen die Teilnehmenden den Bericht „Briefe über Grenzen“ von "
                    "Meridian TV, in dem ehemalige Brieffreunde, heute Großeltern, einander zum "
                    "ersten Mal begegnen."
                ),
                P(
                    "Zum Schluss vereinbarten die Mitglieder, die Briefe weiter zu digitalisieren "
                    "und zum 75. Jahrestag der Vereinigung eine Auswahl zu veröffentlichen."
                ),
            ],
            tags=["Tag des Friedens", "Online-Treffen", "Briefe"],
        ),
    },
)

VOLUNTEER_DAY = Story(
    key="volunteer-day",
    days_before=350,
    place="online",
    category="humanitarian-aid",
    lead_photo="online-volunteer-day",
    views=920,
    texts={
        "en": Text(
            title="Volunteer Day meeting votes unanimously to help flood-hit Vale Verde",
            slug="volunteer-day-meeting-help-for-vale-verde",
            lead=(
                "At an online meeting on International Volunteer Day, the members of the "
                "association decided unanimously to send help to the town of Vale Verde, where a "
                "flood has damaged homes and a school."
            ),
            body=[
                P(
                    "The online meeting on 5 December, International Volunteer Day, brought "
                    "together members of the association from all six national chapters and "
                    "guests from the Youth League for Cultural Exchange."
                ),
                H("Volunteers at work"),
                P(
                    "Henrik Dalby opened the meeting by thanking the volunteers who keep the "
                    "association's work going: the translators, the organizers of reading clubs "
                    "and the members who answer letters. Grace Achieng, chair of the Kenyan "
                    "chapter, presented the Nairobi reading club, run entirely by volunteers, and "
                    "candidate member Zhou Linxi described how young translators in Chengdu help "
                    "the chapters to understand each other."
                ),
                Q(
                    "Nobody pays us, and nobody needs to. The children come back every week, and "
                    "that is our salary.",
                    "Grace Achieng",
                    "Chair of the Kenyan chapter",
                ),
                H("An urgent question"),
                P(
                    "The chairman then raised an urgent question. Heavy rain had flooded the town "
                    "of Vale Verde, where several members of the Brazilian chapter live; the water "
                    "had damaged dozens of homes and the library of the town school. Rafael "
                    "Monteiro, chair of the Brazilian chapter, joined the meeting from the town."
                ),
                Q(
                    "The water has gone down, but the school has lost almost all its books and "
                    "many families have lost their furniture. What people need now is bedding, "
                    "school supplies and the feeling that they are not alone.",
                    "Rafael Monteiro",
                    "Chair of the Brazilian chapter",
                ),
                P(
                    "The chairman proposed to open a relief collection in all chapters, to "
                    "transfer an initial sum from the association's reserve fund, and to ask the "
                    "Brazilian chapter to organize the distribution of help on the spot."
                ),
                P("The proposal was put to the vote. <b>The decision was adopted unanimously.</b>"),
            ],
            tags=["International Volunteer Day", "flood", "humanitarian aid", "vote"],
            owner="daniel.ferris",
        ),
        "ru": Text(
            title="Встреча в День добровольцев единогласно решила помочь Вале-Верде",
            slug="den-dobrovoltsev-pomoshch-vale-verde",
            lead=(
                "На онлайн-встрече в Международный день добровольцев члены ассоциации "
                "единогласно решили оказать помощь городу Вале-Верде, где наводнение повредило "
                "дома и школу."
            ),
            body=[
                P(
                    "Онлайн-встреча 5 декабря, в Международный день добровольцев, собрала членов "
                    "ассоциации из всех шести национальных отделений и гостей из Лиги молодёжи за "
                    "культурный обмен."
                ),
                H("Добровольцы за работой"),
                P(
                    "Открывая встречу, Хенрик Дальбю поблагодарил добровольцев, на которых "
                    "держится работа ассоциации: переводчиков, организаторов читательских клубов и "
                    "тех, кто отвечает на письма. Председатель кенийского отделения Грейс Ачиенг "
                    "рассказала о читательском клубе в Найроби, который полностью ведут "
                    "добровольцы, а кандидат в члены комитета Чжоу Линьси — о том, как молодые "
                    "переводчики из Чэнду помогают отделениям понимать друг друга."
                ),
                Q(
                    "Нам никто не платит, и это не нужно. Дети возвращаются каждую неделю — вот "
                    "наша зарплата.",
                    "Грейс Ачиенг",
                    "председатель кенийского отделения",
                ),
                H("Неотложный вопрос"),
                P(
                    "Затем председатель поднял неотложный вопрос. Сильные дожди затопили город "
                    "Вале-Верде, где живут несколько членов бразильского отделения; вода повредила "
                    "десятки домов и библиотеку городской школы. К встрече прямо из города "
                    "подключился председатель бразильского отделения Рафаэл Монтейру."
                ),
                Q(
                    "Вода ушла, но школа потеряла почти все книги, а многие семьи — мебель. "
                    "Сейчас людям нужны постельное бельё, тетради и учебники и чувство, что они "
                    "не одни.",
                    "Рафаэл Монтейру",
                    "председатель бразильского отделения",
                ),
                P(
                    "Председатель предложил открыть сбор помощи во всех отделениях, перечислить "
                    "первую сумму из резервного фонда ассоциации и поручить бразильскому отделению "
                    "организовать раздачу помощи на месте."
                ),
                P(
                    "Предложение было поставлено на голосование. <b>Решение принято "
                    "единогласно.</b>"
                ),
            ],
            tags=["Международный день добровольцев", "наводнение", "гуманитарная помощь"],
        ),
        "zh-hans": Text(
            title="国际志愿者日会议一致决定援助受灾的瓦莱韦尔德镇",
            slug="zhiyuanzhe-ri-yuanzhu-walaiweierde",
            lead="在国际志愿者日的线上会议上，协会会员一致决定向遭受洪灾的瓦莱韦尔德镇提供援助，当地房屋和学校受损。",
            body=[
                P(
                    "12月5日国际志愿者日，协会六个国家分会的会员和青年文化交流联盟的来宾参加了线上会议。"
                ),
                H("志愿者在行动"),
                P(
                    "亨里克·达尔比在开幕时感谢了支撑协会工作的志愿者们：翻译、读书俱乐部的组织者，"
                    "以及负责回复来信的会员。肯尼亚分会主席格蕾丝·阿钦介绍了完全由志愿者运营的"
                    "内罗毕读书俱乐部；协调委员会候补委员周林溪介绍了成都的青年译者如何帮助各分会"
                    "相互理解。"
                ),
                Q(
                    "没有人给我们报酬，也不需要。孩子们每周都会回来，这就是我们的报酬。",
                    "格蕾丝·阿钦",
                    "肯尼亚分会主席",
                ),
                H("紧急议题"),
                P(
                    "随后，主席提出了一个紧急议题。暴雨使瓦莱韦尔德镇遭受洪灾，巴西分会的几位会员"
                    "就住在那里；洪水损坏了数十所房屋和镇上学校的图书馆。巴西分会主席拉斐尔·蒙泰罗"
                    "从镇上连线参会。"
                ),
                Q(
                    "洪水已经退去，但学校几乎失去了所有图书，许多家庭失去了家具。现在人们需要的是"
                    "被褥、学习用品，以及不再孤单的感觉。",
                    "拉斐尔·蒙泰罗",
                    "巴西分会主席",
                ),
                P(
                    "主席提议在各分会发起救灾募捐，从协会储备基金中先行拨付一笔款项，并委托巴西"
                    "分会在当地组织发放援助物资。"
                ),
                P("提议付诸表决，<b>获得一致通过</b>。"),
            ],
            tags=["国际志愿者日", "洪灾", "人道援助", "表决"],
        ),
        "de": Text(
            title="Treffen zum Tag des Ehrenamts beschließt einstimmig Hilfe für Vale Verde",
            slug="tag-des-ehrenamts-hilfe-fuer-vale-verde",
            lead=(
                "Bei einem Online-Treffen zum Internationalen Tag des Ehrenamts beschlossen die "
                "Mitglieder einstimmig, der vom Hochwasser getroffenen Stadt Vale Verde zu helfen."
            ),
            body=[
                P(
                    "Zum Online-Treffen am 5. Dezember, dem Internationalen Tag des Ehrenamts, "
                    "kamen Mitglieder aus allen sechs Landesgruppen sowie Gäste der Jugendliga für "
                    "Kulturaustausch zusammen."
                ),
                H("Ehrenamtliche bei der Arbeit"),
                P(
                    "Henrik Dalby dankte zur Eröffnung den Ehrenamtlichen, die die Arbeit der "
                    "Vereinigung tragen: den Übersetzerinnen und Übersetzern, den Leitern der "
                    "Leseclubs und allen, die Briefe beantworten. Grace Achieng, Vorsitzende der "
                    "kenianischen Landesgruppe, stellte den Leseclub in Nairobi vor, der ganz von "
                    "Ehrenamtlichen getragen wird, und die Kandidatin des Komitees Zhou Linxi "
                    "erzählte, wie junge Übersetzer in Chengdu den Landesgruppen helfen, einander "
                    "zu verstehen."
                ),
                Q(
                    "Niemand bezahlt uns, und das muss auch niemand. Die Kinder kommen jede Woche "
                    "wieder – das ist unser Lohn.",
                    "Grace Achieng",
                    "Vorsitzende der kenianischen Landesgruppe",
                ),
                H("Eine dringende Frage"),
                P(
                    "Dann brachte der Vorsitzende eine dringende Frage ein. Starkregen hatte die "
                    "Stadt Vale Verde überflutet, in der mehrere Mitglieder der brasilianischen "
                    "Landesgruppe leben; das Wasser beschädigte Dutzende Häuser und die Bibliothek "
                    "der städtischen Schule. Rafael Monteiro, Vorsitzender der brasilianischen "
                    "Landesgruppe, war direkt aus der Stadt zugeschaltet."
                ),
                Q(
                    "Das Wasser ist zurückgegangen, aber die Schule hat fast alle Bücher verloren "
                    "und viele Familien ihre Möbel. Was die Menschen jetzt brauchen, sind "
                    "Bettzeug, "
                    "Schulsachen und das Gefühl, nicht allein zu sein.",
                    "Rafael Monteiro",
                    "Vorsitzender der brasilianischen Landesgruppe",
                ),
                P(
                    "Der Vorsitzende schlug vor, in allen Landesgruppen eine Hilfssammlung zu "
                    "eröffnen, einen ersten Betrag aus dem Reservefonds der Vereinigung zu "
                    "überweisen und die brasilianische Landesgruppe zu bitten, die Verteilung der "
                    "Hilfe vor Ort zu organisieren."
                ),
                P(
                    "Der Vorschlag wurde zur Abstimmung gestellt. <b>Der Beschluss wurde "
                    "einstimmig gefasst.</b>"
                ),
            ],
            tags=["Tag des Ehrenamts", "Hochwasser", "humanitäre Hilfe", "Abstimmung"],
        ),
    },
)

MOTHER_LANGUAGE_DAY = Story(
    key="mother-language-day",
    days_before=272,
    place="online",
    category="commemorations",
    lead_photo="online-mother-language",
    views=720,
    texts={
        "en": Text(
            title="Mother Language Day: poems in nine languages and a committee for the jubilee",
            slug="mother-language-day-poems-in-nine-languages",
            lead=(
                "On International Mother Language Day members read poems in their own languages "
                "online, and the meeting set up the preparatory committee for the association's "
                "75th anniversary."
            ),
            body=[
                P(
                    "The online meeting on 21 February, International Mother Language Day, was "
                    "opened by Henrik Dalby. Members of all chapters and guests from the Youth "
                    "League for Cultural Exchange took part."
                ),
                P(
                    "The first part of the evening belonged to poetry. Members and their children "
                    "read poems in nine languages, from Swahili to Portuguese, each followed by a "
                    "translation read by a member from another chapter. Candidate member Zhou "
                    "Linxi read a classical Chinese poem about a friend setting off on a long "
                    "journey, in the original and in her own English version."
                ),
                Q(
                    "When you translate a poem for a friend, you do not just change the words. "
                    "You carry a piece of your home into theirs.",
                    "Zhou Linxi",
                    "Candidate member of the Coordinating Committee",
                ),
                H("The preparatory committee"),
                P(
                    "In the second part, the chairman reminded the meeting that the association "
                    "will mark its 75th anniversary in October, and proposed to set up a "
                    "preparatory committee chaired by Lucia Ferrante, member of the Coordinating "
                    "Committee, with one member from each national chapter."
                ),
                P(
                    "The members voted on the proposal. <b>It was adopted unanimously.</b> The "
                    "committee will present the programme of the anniversary in June."
                ),
            ],
            tags=["International Mother Language Day", "poetry", "75th anniversary", "vote"],
        ),
        "ru": Text(
            title="День родного языка: стихи на девяти языках и комитет к юбилею",
            slug="den-rodnogo-yazyka-stikhi-na-devyati-yazykakh",
            lead=(
                "В Международный день родного языка члены ассоциации читали онлайн стихи на "
                "своих языках, а участники встречи создали подготовительный комитет к 75-летию "
                "ассоциации."
            ),
            body=[
                P(
                    "Онлайн-встречу 21 февраля, в Международный день родного языка, открыл Хенрик "
                    "Дальбю. В ней участвовали члены всех отделений и гости из Лиги молодёжи за "
                    "культурный обмен."
                ),
                P(
                    "Первая часть вечера была отдана поэзии. Члены ассоциации и их дети читали "
                    "стихи на девяти языках, от суахили до португальского, а после каждого "
                    "стихотворения член другого отделения читал перевод. Кандидат в члены "
                    "комитета Чжоу Линьси прочла классическое китайское стихотворение о друге, "
                    "отправляющемся в дальний путь, в оригинале и в собственном английском "
                    "переводе."
                ),
                Q(
                    "Когда переводишь стихотворение для друга, ты не просто меняешь слова. Ты "
                    "переносишь частицу своего дома в его дом.",
                    "Чжоу Линьси",
                    "кандидат в члены Координационного комитета",
                ),
                H("Подготовительный комитет"),
                P(
                    "Во второй части председатель напомнил, что в октябре ассоциация отметит своё "
                    "75-летие, и предложил создать подготовительный комитет во главе с членом "
                    "Координационного комитета Лючией Ферранте, включив в него по одному "
                    "представителю от каждого национального отделения."
                ),
                P(
                    "Члены ассоциации проголосовали по этому предложению. <b>Оно принято "
                    "единогласно.</b> Программу юбилея комитет представит в июне."
                ),
            ],
            tags=["Международный день родного языка", "поэзия", "75-летие", "голосование"],
        ),
        "zh-hans": Text(
            title="国际母语日：用九种语言朗诵诗歌，成立周年庆典筹备委员会",
            slug="guoji-muyu-ri-jiu-zhong-yuyan",
            lead="国际母语日当天，会员们在线上用各自的母语朗诵诗歌，会议还成立了协会七十五周年庆典筹备委员会。",
            body=[
                P(
                    "2月21日国际母语日的线上会议由亨里克·达尔比主持开幕。各分会会员以及青年文化交流联盟的来宾参加了会议。"
                ),
                P(
                    "晚会的第一部分献给诗歌。会员和他们的孩子用九种语言朗诵诗歌，从斯瓦希里语到"
                    "葡萄牙语，每首诗之后都由另一个分会的会员朗读译文。协调委员会候补委员周林溪"
                    "朗诵了一首送别远行友人的中国古诗，先读原文，再读她自己翻译的英文版本。"
                ),
                Q(
                    "为朋友翻译一首诗，不只是换一种文字，而是把自己家乡的一部分带到朋友的家里。",
                    "周林溪",
                    "协调委员会候补委员",
                ),
                H("筹备委员会"),
                P(
                    "在会议的第二部分，主席提醒大家，协会将于十月迎来成立七十五周年，并提议成立"
                    "筹备委员会，由协调委员会委员卢西娅·费兰特担任主任，每个国家分会各派一名成员"
                    "参加。"
                ),
                P(
                    "会员们对该提议进行了表决，<b>一致通过</b>。筹备委员会将于六月提出周年庆典活动方案。"
                ),
            ],
            tags=["国际母语日", "诗歌", "七十五周年", "表决"],
        ),
        "de": Text(
            title="Tag der Muttersprache: Gedichte in neun Sprachen und ein Jubiläumskomitee",
            slug="tag-der-muttersprache-gedichte-in-neun-sprachen",
            lead=(
                "Am Internationalen Tag der Muttersprache lasen Mitglieder online Gedichte in "
                "ihren Sprachen, und das Treffen setzte das Vorbereitungskomitee für den 75. "
                "Jahrestag der Vereinigung ein."
            ),
            body=[
                P(
                    "Das Online-Treffen am 21. Februar, dem Internationalen Tag der Muttersprache, "
                    "eröffnete Henrik Dalby. Es nahmen Mitglieder aller Landesgruppen und Gäste "
                    "der Jugendliga für Kulturaustausch teil."
                ),
                P(
                    "Der erste Teil des Abends gehörte der Dichtung. Mitglieder und ihre Kinder "
                    "lasen Gedichte in neun Sprachen, von Suaheli bis Portugiesisch; auf jedes "
                    "Gedicht folgte eine Übersetzung, gelesen von einem Mitglied einer anderen "
                    "Landesgruppe. Die Kandidatin des Komitees Zhou Linxi trug ein klassisches "
                    "chinesisches Gedicht über einen Freund vor, der zu einer langen Reise "
                    "aufbricht – im Original und in ihrer eigenen englischen Fassung."
                ),
                Q(
                    "Wer ein Gedicht für einen Freund übersetzt, tauscht nicht nur Wörter aus. Er "
                    "trägt ein Stück seiner Heimat in das Zuhause des anderen.",
                    "Zhou Linxi",
                    "Kandidatin des Koordinierungskomitees",
                ),
                H("Das Vorbereitungskomitee"),
                P(
                    "Im zweiten Teil erinnerte der Vorsitzende daran, dass die Vereinigung im "
                    "Oktober ihren 75. Jahrestag begeht, und schlug vor, ein Vorbereitungskomitee "
                    "unter dem Vorsitz von Lucia Ferrante, Mitglied des Koordinierungskomitees, "
                    "einzusetzen, dem je ein Mitglied jeder Landesgruppe angehört."
                ),
                P(
                    "Die Mitglieder stimmten über den Vorschlag ab. <b>Er wurde einstimmig "
                    "angenommen.</b> Das Komitee wird das Programm des Jubiläums im Juni "
                    "vorstellen."
                ),
            ],
            tags=["Tag der Muttersprache", "Dichtung", "75. Jahrestag", "Abstimmung"],
        ),
    },
)

ANNIVERSARY_PROGRAMME = Story(
    key="anniversary-programme",
    days_before=167,
    place="geneva",
    category="meetings",
    lead_photo="programme-geneva",
    views=540,
    texts={
        "en": Text(
            title="Preparatory committee presents the programme of the 75th anniversary",
            slug="preparatory-committee-presents-anniversary-programme",
            lead=(
                "Meeting in Geneva, the preparatory committee presented the programme for the "
                "association's 75th anniversary: a congress in Vienna, a video report, an "
                "exhibition and an essay competition for young people."
            ),
            body=[
                P(
                    "The preparatory committee set up on International Mother Language Day met in "
                    "Geneva, in the room where the association was founded in 1951, and presented "
                    "its programme to the Coordinating Committee."
                ),
                H("The programme"),
                P(
                    "<ul><li>a jubilee congress in Vienna from 10 to 12 October, in the hall of "
                    "the "
                    "Aurora Foundation for Culture and Education;</li><li>a Meridian TV video "
                    "report, “Seventy-Five Years of Meridian”, to be shown in all chapters in "
                    "September;</li><li>a travelling exhibition of letters and photographs from "
                    "the association's archive;</li><li>an essay competition for young people on "
                    "the theme “A friend I have never met”.</li></ul>"
                ),
                Q(
                    "Every chapter will add its own chapter to the story. We want the anniversary "
                    "to be told in all our languages, not translated from one.",
                    "Lucia Ferrante",
                    "Chair of the preparatory committee",
                ),
                P(
                    "The Coordinating Committee approved the programme and asked the chapters to "
                    "send their proposals for the congress agenda by the end of August."
                ),
            ],
            tags=["75th anniversary", "preparatory committee", "Geneva"],
            owner="daniel.ferris",
        ),
        "ru": Text(
            title="Подготовительный комитет представил программу 75-летия",
            slug="podgotovitelnyy-komitet-programma-75-letiya",
            lead=(
                "На заседании в Женеве подготовительный комитет представил программу 75-летия "
                "ассоциации: конгресс в Вене, видеорепортаж, выставку и конкурс эссе для "
                "молодёжи."
            ),
            body=[
                P(
                    "Подготовительный комитет, созданный в Международный день родного языка, "
                    "собрался в Женеве, в том самом зале, где в 1951 году была основана "
                    "ассоциация, и представил свою программу Координационному комитету."
                ),
                H("Программа"),
                P(
                    "<ul><li>юбилейный конгресс в Вене с 10 по 12 октября в зале Фонда культуры и "
                    "просвещения «Аврора»;</li><li>видеорепортаж «Меридиан ТВ» «Семьдесят пять "
                    "лет „Меридиана“», который в сентябре покажут во всех отделениях;</li>"
                    "<li>передвижная выставка писем и фотографий из архива ассоциации;</li>"
                    "<li>конкурс эссе для молодёжи на тему «Друг, которого я никогда не "
                    "видел».</li></ul>"
                ),
                Q(
                    "Каждое отделение допишет в эту историю свою главу. Мы хотим, чтобы о юбилее "
                    "рассказывали на всех наших языках, а не переводили с одного.",
                    "Лючия Ферранте",
                    "председатель подготовительного комитета",
                ),
                P(
                    "Координационный комитет утвердил программу и попросил отделения до конца "
                    "августа прислать предложения к повестке конгресса."
                ),
            ],
            tags=["75-летие", "подготовительный комитет", "Женева"],
        ),
        "zh-hans": Text(
            title="筹备委员会公布七十五周年庆典活动方案",
            slug="choubei-weiyuanhui-gongbu-fangan",
            lead="筹备委员会在日内瓦举行会议，公布了协会七十五周年庆典活动方案：维也纳代表大会、视频报道、展览和青年征文比赛。",
            body=[
                P(
                    "在国际母语日成立的筹备委员会在日内瓦开会——会场正是1951年协会成立时的那个"
                    "房间——并向协调委员会提交了活动方案。"
                ),
                H("活动方案"),
                P(
                    "<ul><li>10月10日至12日在维也纳“曙光”文化教育基金会大礼堂举行纪念代表大会；"
                    "</li><li>子午线电视制作视频报道《“子午线”七十五年》，九月在各分会放映；</li>"
                    "<li>举办协会档案书信与照片巡回展；</li><li>举办青年征文比赛，主题为“一位素未"
                    "谋面的朋友”。</li></ul>"
                ),
                Q(
                    "每个分会都将为这段历史写下自己的一章。我们希望用我们所有的语言讲述这个周年，"
                    "而不是从一种语言翻译过来。",
                    "卢西娅·费兰特",
                    "筹备委员会主任",
                ),
                P("协调委员会批准了该方案，并请各分会在八月底前提交对大会议程的建议。"),
            ],
            tags=["七十五周年", "筹备委员会", "日内瓦"],
        ),
        "de": Text(
            title="Vorbereitungskomitee stellt Programm zum 75. Jahrestag vor",
            slug="vorbereitungskomitee-stellt-jubilaeumsprogramm-vor",
            lead=(
                "Bei seiner Sitzung in Genf stellte das Vorbereitungskomitee das Programm zum "
                "75. Jahrestag der Vereinigung vor: einen Kongress in Wien, einen Videobericht, "
                "eine Ausstellung und einen Aufsatzwettbewerb für junge Leute."
            ),
            body=[
                P(
                    "Das am Internationalen Tag der Muttersprache eingesetzte Vorbereitungskomitee "
                    "tagte in Genf – in dem Raum, in dem die Vereinigung 1951 gegründet wurde – "
                    "und "
                    "legte dem Koordinierungskomitee sein Programm vor."
                ),
                H("Das Programm"),
                P(
                    "<ul><li>ein Jubiläumskongress vom 10. bis 12. Oktober in Wien, im Saal der "
                    "Stiftung für Kultur und Bildung „Aurora“;</li><li>ein Videobericht von "
                    "Meridian TV, „Fünfundsiebzig Jahre Meridian“, der im September in allen "
                    "Landesgruppen gezeigt wird;</li><li>eine Wanderausstellung mit Briefen und "
                    "Fotografien aus dem Archiv der Vereinigung;</li><li>ein Aufsatzwettbewerb für "
                    "junge Leute zum Thema „Ein Freund, den ich nie getroffen habe“.</li></ul>"
                ),
                Q(
                    "Jede Landesgruppe schreibt ihr eigenes Kapitel dieser Geschichte. Wir wollen, "
                    "dass das Jubiläum in all unseren Sprachen erzählt wird und nicht aus einer "
                    "einzigen übersetzt.",
                    "Lucia Ferrante",
                    "Vorsitzende des Vorbereitungskomitees",
                ),
                P(
                    "Das Koordinierungskomitee billigte das Programm und bat die Landesgruppen, "
                    "ihre Vorschläge für die Tagesordnung des Kongresses bis Ende August "
                    "einzureichen."
                ),
            ],
            tags=["75. Jahrestag", "Vorbereitungskomitee", "Genf"],
        ),
    },
)

FRIENDSHIP_DAY = Story(
    key="friendship-day",
    days_before=113,
    place="online",
    category="meetings",
    lead_photo="friendship-day-1",
    gallery=[f"friendship-day-{n}" for n in range(1, 7)],
    featured=ALL,
    views=1520,
    texts={
        "en": Text(
            title="International Day of Friendship: sixty members from fourteen countries meet",
            slug="international-day-of-friendship-online-meeting",
            lead=(
                "On the International Day of Friendship the association held its largest online "
                "meeting of the year, watched a video report on the chapters' summer and "
                "unanimously adopted an appeal to young people."
            ),
            body=[
                P(
                    "The online meeting on 30 July gathered sixty participants from fourteen "
                    "countries: members and candidate members of the Coordinating Committee, "
                    "activists of the national chapters, and representatives of the Aurora "
                    "Foundation for Culture and Education and of the Youth League for Cultural "
                    "Exchange."
                ),
                P(
                    "Henrik Dalby opened the meeting and greeted the participants in four "
                    "languages, to general amusement, since his Chinese greeting was corrected by "
                    "three people at once."
                ),
                H("Speeches"),
                P(
                    "Gao Ruoyu, chair of the Chinese chapter, spoke about the chapter's summer "
                    "photo walks in Chengdu, where members photograph places that visitors from "
                    "other chapters have asked to see. Katrin Brenner, chair of the German "
                    "chapter, presented the folk craft exhibition held in Leipzig in June. "
                    "Elisabeth Reiner, director of the Aurora Foundation, confirmed that the "
                    "foundation's great hall will host the jubilee congress in October."
                ),
                Q(
                    "Our hall has heard many languages. In October it will hear all of yours at "
                    "once, and we are looking forward to it.",
                    "Elisabeth Reiner",
                    "Director of the Aurora Foundation for Culture and Education",
                ),
                H("A video report and an appeal"),
                P(
                    "The participants watched Meridian TV's short report on the chapters' summer: "
                    "reading clubs, exchanges and workshops from Nairobi to Kazan. The chairman "
                    "then proposed an appeal to young people, “Friendship Without Borders”, "
                    "inviting them to join the chapters and take part in the youth essay "
                    "competition."
                ),
                Q(
                    "We do not ask young people to agree with us about everything. We ask them to "
                    "write to someone they have never met, and to wait for the answer.",
                    "Henrik Dalby",
                    "Chairman of the Coordinating Committee",
                ),
                P(
                    "The appeal was put to the vote and <b>adopted unanimously</b>. It will be "
                    "published on the association's site in all four languages."
                ),
            ],
            tags=["International Day of Friendship", "online meeting", "youth", "vote"],
            captions=[
                "The chairman opens the meeting.",
                "Gao Ruoyu presents the summer photo walks in Chengdu.",
                "Katrin Brenner speaks about the exhibition in Leipzig.",
                "Elisabeth Reiner confirms the hall for the congress.",
                "Participants watch the video report.",
                "The vote on the appeal “Friendship Without Borders”.",
            ],
        ),
        "ru": Text(
            title="Международный день дружбы: онлайн-встреча участников из четырнадцати стран",
            slug="mezhdunarodnyy-den-druzhby-onlayn-vstrecha",
            lead=(
                "В Международный день дружбы ассоциация провела самую многочисленную "
                "онлайн-встречу года, посмотрела видеорепортаж о лете в отделениях и "
                "единогласно приняла обращение к молодёжи."
            ),
            body=[
                P(
                    "Онлайн-встреча 30 июля собрала шестьдесят участников из четырнадцати стран: "
                    "членов и кандидатов в члены Координационного комитета, активистов "
                    "национальных отделений, представителей Фонда культуры и просвещения «Аврора» "
                    "и Лиги молодёжи за культурный обмен."
                ),
                P(
                    "Хенрик Дальбю открыл встречу и приветствовал участников на четырёх языках, "
                    "чем вызвал общее веселье: его китайское приветствие поправили сразу три "
                    "человека."
                ),
                H("Выступления"),
                P(
                    "Председатель китайского отделения Гао Жоюй рассказала о летних фотопрогулках "
                    "по Чэнду, во время которых члены отделения снимают места, которые просили "
                    "показать гости из других отделений. Председатель немецкого отделения Катрин "
                    "Бреннер представила выставку народных промыслов, прошедшую в Лейпциге в "
                    "июне. Директор фонда «Аврора» Элизабет Райнер подтвердила, что юбилейный "
                    "конгресс в октябре пройдёт в большом зале фонда."
                ),
                Q(
                    "Наш зал слышал много языков. В октябре он услышит все ваши языки сразу, и мы "
                    "этого очень ждём.",
                    "Элизабет Райнер",
                    "директор Фонда культуры и просвещения «Аврора»",
                ),
                H("Видеорепортаж и обращение"),
                P(
                    "Участники посмотрели короткий репортаж «Меридиан ТВ» о лете в отделениях: "
                    "читательские клубы, обмены и мастер-классы от Найроби до Казани. Затем "
                    "председатель предложил принять обращение к молодёжи «Дружба без границ» с "
                    "приглашением вступать в отделения и участвовать в молодёжном конкурсе эссе."
                ),
                Q(
                    "Мы не просим молодых людей во всём с нами соглашаться. Мы просим их написать "
                    "человеку, которого они никогда не видели, и дождаться ответа.",
                    "Хенрик Дальбю",
                    "председатель Координационного комитета",
                ),
                P(
                    "Обращение было поставлено на голосование и <b>принято единогласно</b>. Оно "
                    "будет опубликовано на сайте ассоциации на всех четырёх языках."
                ),
            ],
            tags=["Международный день дружбы", "онлайн-встреча", "молодёжь", "голосование"],
            captions=[
                "Председатель открывает встречу.",
                "Гао Жоюй рассказывает о летних фотопрогулках по Чэнду.",
                "Катрин Бреннер рассказывает о выставке в Лейпциге.",
                "Элизабет Райнер подтверждает зал для конгресса.",
                "Участники смотрят видеорепортаж.",
                "Голосование по обращению «Дружба без границ».",
            ],
        ),
        "zh-hans": Text(
            title="国际友谊日：来自十四个国家的六十名会员线上相聚",
            slug="guoji-youyi-ri-xianshang-xiangju",
            lead="国际友谊日当天，协会举行了本年度规模最大的线上会议，观看了各分会夏季活动的视频报道，并一致通过了致青年的倡议书。",
            body=[
                P(
                    "7月30日的线上会议吸引了来自十四个国家的六十名参与者，包括协调委员会委员和"
                    "候补委员、各国分会的积极分子，以及“曙光”文化教育基金会和青年文化交流联盟的"
                    "代表。"
                ),
                P(
                    "亨里克·达尔比主持会议开幕，并用四种语言向与会者问好。他的中文问候被三个人"
                    "同时纠正，引得全场欢笑。"
                ),
                H("会议发言"),
                P(
                    "中国分会主席高若雨介绍了分会夏季在成都举办的摄影漫步活动：会员们专门去拍摄"
                    "其他分会的朋友想看的地方。德国分会主席卡特琳·布伦纳介绍了六月在莱比锡举办的"
                    "民间手工艺展览。“曙光”基金会会长伊丽莎白·赖纳确认，十月的纪念代表大会将在"
                    "基金会大礼堂举行。"
                ),
                Q(
                    "我们的礼堂听过许多种语言。十月，它将同时听到你们所有人的语言，我们非常期待。",
                    "伊丽莎白·赖纳",
                    "“曙光”文化教育基金会会长",
                ),
                H("视频报道与倡议书"),
                P(
                    "与会者观看了子午线电视关于各分会夏季活动的短片：从内罗毕到喀山的读书俱乐部、"
                    "交流活动和手工坊。随后，主席提议通过题为《友谊无国界》的致青年倡议书，邀请"
                    "年轻人加入各分会，并参加青年征文比赛。"
                ),
                Q(
                    "我们不要求年轻人在所有问题上都同意我们。我们只请他们给一位素未谋面的人写一封"
                    "信，然后等待回音。",
                    "亨里克·达尔比",
                    "协调委员会主席",
                ),
                P("倡议书付诸表决，<b>获得一致通过</b>，并将以四种语言在协会网站上发布。"),
            ],
            tags=["国际友谊日", "线上会议", "青年", "表决"],
            captions=[
                "主席宣布会议开始。",
                "高若雨介绍成都的夏季摄影漫步活动。",
                "卡特琳·布伦纳介绍莱比锡的展览。",
                "伊丽莎白·赖纳确认大会会场。",
                "与会者观看视频报道。",
                "对《友谊无国界》倡议书进行表决。",
            ],
        ),
        "de": Text(
            title="Internationaler Tag der Freundschaft: sechzig Mitglieder treffen sich online",
            slug="internationaler-tag-der-freundschaft-online-treffen",
            lead=(
                "Zum Internationalen Tag der Freundschaft hielt die Vereinigung ihr größtes "
                "Online-Treffen des Jahres ab, sah einen Videobericht über den Sommer der "
                "Landesgruppen und nahm einstimmig einen Aufruf an die Jugend an."
            ),
            body=[
                P(
                    "Zum Online-Treffen am 30. Juli kamen sechzig Teilnehmende aus vierzehn "
                    "Ländern zusammen: Mitglieder und Kandidaten des Koordinierungskomitees, "
                    "Aktive "
                    "der Landesgruppen sowie Vertreterinnen und Vertreter der Stiftung für Kultur "
                    "und Bildung „Aurora“ und der Jugendliga für Kulturaustausch."
                ),
                P(
                    "Henrik Dalby eröffnete das Treffen und begrüßte die Teilnehmenden in vier "
                    "Sprachen – zur allgemeinen Heiterkeit, denn seine chinesische Begrüßung wurde "
                    "von drei Leuten gleichzeitig korrigiert."
                ),
                H("Beiträge"),
                P(
                    "Gao Ruoyu, Vorsitzende der chinesischen Landesgruppe, erzählte von den "
                    "sommerlichen Fotospaziergängen in Chengdu, bei denen Mitglieder Orte "
                    "fotografieren, die Gäste aus anderen Landesgruppen sehen wollten. Katrin "
                    "Brenner, Vorsitzende der deutschen Landesgruppe, stellte die "
                    "Volkskunstausstellung vor, die im Juni in Leipzig stattfand. Elisabeth "
                    "Reiner, Direktorin der Stiftung „Aurora“, bestätigte, dass der "
                    "Jubiläumskongress im Oktober im großen Saal der Stiftung stattfinden wird."
                ),
                Q(
                    "Unser Saal hat schon viele Sprachen gehört. Im Oktober wird er alle Ihre "
                    "Sprachen auf einmal hören, und wir freuen uns darauf.",
                    "Elisabeth Reiner",
                    "Direktorin der Stiftung für Kultur und Bildung „Aurora“",
                ),
                H("Ein Videobericht und ein Aufruf"),
                P(
                    "Die Teilnehmenden sahen den kurzen Bericht von Meridian TV über den Sommer in "
                    "den Landesgruppen: Leseclubs, Begegnungen und Werkstätten von Nairobi bis "
                    "Kasan. Anschließend schlug der Vorsitzende einen Aufruf an junge Menschen "
                    "vor, "
                    "„Freundschaft ohne Grenzen“, der sie einlädt, den Landesgruppen beizutreten "
                    "und am Aufsatzwettbewerb teilzunehmen."
                ),
                Q(
                    "Wir verlangen von jungen Menschen nicht, uns in allem zuzustimmen. Wir bitten "
                    "sie, jemandem zu schreiben, den sie nie getroffen haben, und auf die Antwort "
                    "zu warten.",
                    "Henrik Dalby",
                    "Vorsitzender des Koordinierungskomitees",
                ),
                P(
                    "Der Aufruf wurde zur Abstimmung gestellt und <b>einstimmig angenommen</b>. Er "
                    "wird auf der Website der Vereinigung in allen vier Sprachen veröffentlicht."
                ),
            ],
            tags=["Tag der Freundschaft", "Online-Treffen", "Jugend", "Abstimmung"],
            captions=[
                "Der Vorsitzende eröffnet das Treffen.",
                "Gao Ruoyu stellt die Fotospaziergänge in Chengdu vor.",
                "Katrin Brenner berichtet über die Ausstellung in Leipzig.",
                "Elisabeth Reiner bestätigt den Saal für den Kongress.",
                "Die Teilnehmenden sehen den Videobericht.",
                "Abstimmung über den Aufruf „Freundschaft ohne Grenzen“.",
            ],
        ),
    },
)

STORIES = [PEACE_DAY, VOLUNTEER_DAY, MOTHER_LANGUAGE_DAY, ANNIVERSARY_PROGRAMME, FRIENDSHIP_DAY]
