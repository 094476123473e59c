"""The jubilee congress for the association's 75th anniversary: three days in Vienna."""

from __future__ import annotations

from rostra.demo.content.association import VIDEO_BASE
from rostra.demo.content.types import H, Img, P, Q, Story, Text, Video

ALL = frozenset({"en", "ru", "zh-hans", "de"})

CONGRESS_OPENS = Story(
    key="congress-opens",
    days_before=41,
    place="vienna",
    category="congresses",
    lead_photo="congress-presidium",
    gallery=[
        "congress-presidium",
        "congress-chairman",
        "congress-badge",
        "congress-gift",
        "congress-guest",
        "congress-audience",
        "congress-foyer",
        "congress-group",
    ],
    featured=ALL,
    views=2480,
    texts={
        "en": Text(
            title="Meridian at 75: the jubilee congress opens in Vienna",
            slug="jubilee-congress-opens-in-vienna",
            lead=(
                "Delegates from eighteen countries gathered in the hall of the Aurora Foundation "
                "for Culture and Education for the three-day congress marking the 75th "
                "anniversary of the association."
            ),
            body=[
                P(
                    "On 10 October the jubilee congress of the Meridian International Association "
                    "opened in Vienna. It is timed to the 75th anniversary of the founding of the "
                    "association, which was set up in Geneva in October 1951. The Aurora "
                    "Foundation for Culture and Education, one of our oldest friendly "
                    "organizations, once again made its great hall available to the delegates."
                ),
                H("The presidium"),
                P(
                    "The presidium took its seats to long applause: Henrik Dalby, Chairman of the "
                    "Coordinating Committee; Lucia Ferrante, member of the Coordinating Committee "
                    "and chair of the preparatory committee; Elisabeth Reiner, director of the "
                    "Aurora Foundation; Timur Sadykov, chairman of the council of the Youth League "
                    "for Cultural Exchange; Jana Novák, president of the Society of Friends of "
                    "Folk Art; and the chairs of our national chapters in Germany, Italy, Russia, "
                    "China, Brazil and Kenya."
                ),
                P(
                    "Staff members of several embassies attended as guests of honour. Journalists "
                    "and video bloggers from five countries followed the proceedings as observers, "
                    "and Meridian TV broadcast the opening session live."
                ),
                H("A gift and a badge"),
                P(
                    "The opening ceremony began with a gift. On behalf of the Aurora Foundation, "
                    "Elisabeth Reiner presented the association with a hand-bound album of "
                    "photographs from the foundation's archive, showing Meridian's meetings in "
                    "Vienna since 1957."
                ),
                Q(
                    "For seventy-five years your members have crossed borders to listen to one "
                    "another. This album is our way of saying that we have been listening too.",
                    "Elisabeth Reiner",
                    "Director of the Aurora Foundation for Culture and Education",
                ),
                P(
                    "The chairman then awarded the badge “For Services to Friendship” to "
                    "Margarethe Vogel, who joined the association in 1968 and for three decades "
                    "led its correspondence club for schoolchildren. The hall gave her a standing "
                    "ovation."
                ),
                Q(
                    "I only ever wrote letters and answered them. But every letter was a small "
                    "bridge, and there were thousands of them.",
                    "Margarethe Vogel",
                    "Member of the association since 1968",
                ),
                Img(
                    "congress-badge",
                    "Margarethe Vogel receives the badge “For Services to Friendship”.",
                ),
                H("Welcome addresses"),
                P(
                    "Timur Sadykov greeted the congress on behalf of the Youth League for Cultural "
                    "Exchange and proposed that the two organizations hold a joint youth forum "
                    "next year. Jana Novák spoke of the exhibitions of folk art that our chapters "
                    "organize together with her society."
                ),
                H("The chairman's address"),
                P(
                    "In his address, Henrik Dalby reviewed the work of the past five years and "
                    "set out the tasks for the years ahead."
                ),
                Q(
                    "Our founders had no money and no influence, only the conviction that people "
                    "who know each other do not become strangers. That conviction is our whole "
                    "programme. Our task now is to hand it on to those who will celebrate the "
                    "hundredth anniversary.",
                    "Henrik Dalby",
                    "Chairman of the Coordinating Committee",
                ),
                P(
                    "After a short break the first working day began with the report of the "
                    "Coordinating Committee and the debate on it."
                ),
                Video(
                    VIDEO_BASE + "congress-2026-opening",
                    "The opening session of the jubilee congress (Meridian TV)",
                    "congress-presidium",
                ),
            ],
            tags=["congress", "75th anniversary", "Vienna", "award"],
            captions=[
                "The presidium of the jubilee congress.",
                "Henrik Dalby, Chairman of the Coordinating Committee, delivers his address.",
                "Margarethe Vogel receives the badge “For Services to Friendship”.",
                "Elisabeth Reiner presents the album from the Aurora Foundation's archive.",
                "Timur Sadykov greets the congress on behalf of the Youth League for Cultural "
                "Exchange.",
                "Delegates in the great hall of the Aurora Foundation.",
                "The exhibition “75 Years of Meridian” in the foyer.",
                "Group photo of the delegates after the opening session.",
            ],
        ),
        "ru": Text(
            title="«Меридиану» — 75 лет: в Вене открылся юбилейный конгресс",
            slug="v-vene-otkrylsya-yubileynyy-kongress",
            lead=(
                "Делегаты из восемнадцати стран собрались в зале Фонда культуры и просвещения "
                "«Аврора» на трёхдневный конгресс, посвящённый 75-летию ассоциации."
            ),
            body=[
                P(
                    "10 октября в Вене открылся юбилейный конгресс Международной ассоциации "
                    "«Меридиан». Он приурочен к 75-летию основания ассоциации, созданной в Женеве "
                    "в октябре 1951 года. Фонд культуры и просвещения «Аврора», одна из самых "
                    "давних дружественных нам организаций, вновь предоставил делегатам свой "
                    "большой зал."
                ),
                H("Президиум"),
                P(
                    "Под долгие аплодисменты места в президиуме заняли председатель "
                    "Координационного комитета Хенрик Дальбю; член Координационного комитета, "
                    "председатель подготовительного комитета Лючия Ферранте; директор фонда "
                    "«Аврора» Элизабет Райнер; председатель совета Лиги молодёжи за культурный "
                    "обмен Тимур Садыков; президент Общества друзей народного искусства Яна "
                    "Новак, а также председатели национальных отделений ассоциации в Германии, "
                    "Италии, России, Китае, Бразилии и Кении."
                ),
                P(
                    "Почётными гостями конгресса стали сотрудники нескольких посольств. "
                    "Журналисты и видеоблогеры из пяти стран присутствовали в качестве "
                    "наблюдателей, а «Меридиан ТВ» вёл прямую трансляцию открытия."
                ),
                H("Подарок и знак отличия"),
                P(
                    "Торжественная церемония открытия началась с подарка. От имени фонда «Аврора» "
                    "Элизабет Райнер преподнесла ассоциации альбом ручной работы с фотографиями "
                    "из архива фонда: встречи «Меридиана» в Вене начиная с 1957 года."
                ),
                Q(
                    "Семьдесят пять лет ваши члены пересекают границы, чтобы услышать друг друга. "
                    "Этот альбом — наш способ сказать, что и мы всё это время вас слушали.",
                    "Элизабет Райнер",
                    "директор Фонда культуры и просвещения «Аврора»",
                ),
                P(
                    "Затем председатель вручил знак «За заслуги в деле дружбы» Маргарете Фогель, "
                    "которая вступила в ассоциацию в 1968 году и тридцать лет руководила клубом "
                    "переписки для школьников. Зал приветствовал её стоя."
                ),
                Q(
                    "Я всего лишь писала письма и отвечала на них. Но каждое письмо было "
                    "маленьким мостом, а их были тысячи.",
                    "Маргарете Фогель",
                    "член ассоциации с 1968 года",
                ),
                Img("congress-badge", "Маргарете Фогель получает знак «За заслуги в деле дружбы»."),
                H("Приветствия гостей"),
                P(
                    "Тимур Садыков приветствовал конгресс от имени Лиги молодёжи за культурный "
                    "обмен и предложил в следующем году провести совместный молодёжный форум. "
                    "Яна Новак рассказала о выставках народного искусства, которые наши "
                    "отделения устраивают вместе с её обществом."
                ),
                H("Выступление председателя"),
                P(
                    "В своём выступлении Хенрик Дальбю подвёл итоги работы за последние пять лет "
                    "и обозначил задачи на предстоящие годы."
                ),
                Q(
                    "У наших основателей не было ни денег, ни влияния — только убеждение, что "
                    "люди, которые знают друг друга, не становятся чужими. В этом убеждении вся "
                    "наша программа. Теперь наша задача — передать его тем, кто будет отмечать "
                    "столетие.",
                    "Хенрик Дальбю",
                    "председатель Координационного комитета",
                ),
                P(
                    "После небольшого перерыва начался первый рабочий день: делегаты заслушали "
                    "отчёт Координационного комитета и приступили к его обсуждению."
                ),
                Video(
                    VIDEO_BASE + "congress-2026-opening",
                    "Открытие юбилейного конгресса («Меридиан ТВ»)",
                    "congress-presidium",
                ),
            ],
            tags=["конгресс", "75-летие", "Вена", "награждение"],
            captions=[
                "Президиум юбилейного конгресса.",
                "Выступает председатель Координационного комитета Хенрик Дальбю.",
                "Маргарете Фогель получает знак «За заслуги в деле дружбы».",
                "Элизабет Райнер вручает альбом из архива фонда «Аврора».",
                "Тимур Садыков приветствует конгресс от имени Лиги молодёжи за культурный обмен.",
                "Делегаты в большом зале фонда «Аврора».",
                "Выставка «75 лет „Меридиана“» в фойе.",
                "Общая фотография делегатов после открытия.",
            ],
        ),
        "zh-hans": Text(
            title="“子午线”协会成立七十五周年纪念大会在维也纳开幕",
            slug="qishiwu-zhounian-dahui-weiyena-kaimu",
            lead="来自十八个国家的代表齐聚“曙光”文化教育基金会大礼堂，出席为期三天的协会成立七十五周年纪念大会。",
            body=[
                P(
                    "10月10日，“子午线”国际协会纪念大会在维也纳开幕。本次大会恰逢协会成立七十五"
                    "周年——协会于1951年10月在日内瓦创立。我会历史最悠久的友好组织之一“曙光”文化"
                    "教育基金会再次向代表们提供了其大礼堂。"
                ),
                H("主席团"),
                P(
                    "在经久不息的掌声中，主席团成员就座：协调委员会主席亨里克·达尔比，协调委员会"
                    "委员、筹备委员会主任卢西娅·费兰特，“曙光”基金会会长伊丽莎白·赖纳，青年文化"
                    "交流联盟理事会主席帖木儿·萨德科夫，民间艺术之友协会会长雅娜·诺瓦克，以及协会"
                    "在德国、意大利、俄罗斯、中国、巴西和肯尼亚各分会的负责人。"
                ),
                P(
                    "多国使馆工作人员作为贵宾出席大会。来自五个国家的记者和视频博主以观察员身份"
                    "旁听，子午线电视对开幕式进行了现场直播。"
                ),
                H("赠礼与授章"),
                P(
                    "开幕式以赠送礼物开始。伊丽莎白·赖纳代表“曙光”基金会向协会赠送了一本手工装订"
                    "的相册，收录了基金会档案中自1957年以来“子午线”在维也纳举行活动的照片。"
                ),
                Q(
                    "七十五年来，你们的会员跨越国界，只为倾听彼此。这本相册想告诉大家：这些年来，"
                    "我们也一直在倾听。",
                    "伊丽莎白·赖纳",
                    "“曙光”文化教育基金会会长",
                ),
                P(
                    "随后，主席向玛格丽特·福格尔颁发了“友谊贡献”纪念章。她于1968年加入协会，"
                    "三十年来一直负责面向中小学生的通信俱乐部。全场起立向她鼓掌致意。"
                ),
                Q(
                    "我所做的不过是写信和回信。但每一封信都是一座小小的桥梁，而这样的信有成千上万封。",
                    "玛格丽特·福格尔",
                    "1968年入会的老会员",
                ),
                Img("congress-badge", "玛格丽特·福格尔获颁“友谊贡献”纪念章。"),
                H("来宾致辞"),
                P(
                    "帖木儿·萨德科夫代表青年文化交流联盟向大会致贺，并提议两会明年联合举办青年"
                    "论坛。雅娜·诺瓦克介绍了我会各分会与民间艺术之友协会共同举办的民间艺术展览。"
                ),
                H("主席讲话"),
                P("亨里克·达尔比在讲话中回顾了过去五年的工作，并提出了今后几年的任务。"),
                Q(
                    "我们的创始人既没有钱，也没有影响力，只有一个信念：彼此相识的人不会成为陌生人。"
                    "这个信念就是我们的全部纲领。现在，我们的任务是把它传给那些将来庆祝协会一百"
                    "周年的人。",
                    "亨里克·达尔比",
                    "协调委员会主席",
                ),
                P("短暂休息后，大会第一个工作日开始，代表们听取并讨论了协调委员会的工作报告。"),
                Video(
                    VIDEO_BASE + "congress-2026-opening",
                    "纪念大会开幕式（子午线电视）",
                    "congress-presidium",
                ),
            ],
            tags=["代表大会", "七十五周年", "维也纳", "表彰"],
            captions=[
                "纪念大会主席团。",
                "协调委员会主席亨里克·达尔比发表讲话。",
                "玛格丽特·福格尔获颁“友谊贡献”纪念章。",
                "伊丽莎白·赖纳赠送“曙光”基金会档案相册。",
                "帖木儿·萨德科夫代表青年文化交流联盟致辞。",
                "代表们在“曙光”基金会大礼堂。",
                "门厅里的“子午线七十五年”展览。",
                "开幕式后代表们合影留念。",
            ],
        ),
        "de": Text(
            title="75 Jahre „Meridian“: Jubiläumskongress in Wien eröffnet",
            slug="jubilaeumskongress-in-wien-eroeffnet",
            lead=(
                "Delegierte aus achtzehn Ländern kamen im Saal der Stiftung für Kultur und "
                "Bildung „Aurora“ zum dreitägigen Kongress anlässlich des 75. Jahrestags der "
                "Vereinigung zusammen."
            ),
            body=[
                P(
                    "Am 10. Oktober wurde in Wien der Jubiläumskongress der Internationalen "
                    "Vereinigung „Meridian“ eröffnet. Er findet zum 75. Jahrestag der Gründung der "
                    "Vereinigung statt, die im Oktober 1951 in Genf ins Leben gerufen wurde. Die "
                    "Stiftung für Kultur und Bildung „Aurora“, eine unserer ältesten befreundeten "
                    "Organisationen, stellte den Delegierten erneut ihren großen Saal zur "
                    "Verfügung."
                ),
                H("Das Präsidium"),
                P(
                    "Unter langem Beifall nahm das Präsidium Platz: Henrik Dalby, Vorsitzender des "
                    "Koordinierungskomitees; Lucia Ferrante, Mitglied des Koordinierungskomitees "
                    "und Vorsitzende des Vorbereitungskomitees; Elisabeth Reiner, Direktorin der "
                    "Stiftung „Aurora“; Timur Sadykow, Vorsitzender des Rates der Jugendliga für "
                    "Kulturaustausch; Jana Novák, Präsidentin der Gesellschaft der Freunde der "
                    "Volkskunst, sowie die Vorsitzenden unserer Landesgruppen in Deutschland, "
                    "Italien, Russland, China, Brasilien und Kenia."
                ),
                P(
                    "Als Ehrengäste nahmen Mitarbeiterinnen und Mitarbeiter mehrerer Botschaften "
                    "teil. Journalisten und Videoblogger aus fünf Ländern verfolgten den Kongress "
                    "als Beobachter, Meridian TV übertrug die Eröffnung live."
                ),
                H("Ein Geschenk und eine Auszeichnung"),
                P(
                    "Die Eröffnungsfeier begann mit einem Geschenk. Im Namen der Stiftung „Aurora“ "
                    "überreichte Elisabeth Reiner der Vereinigung ein handgebundenes Album mit "
                    "Fotografien aus dem Archiv der Stiftung, die die Treffen von „Meridian“ in "
                    "Wien seit 1957 zeigen."
                ),
                Q(
                    "Seit fünfundsiebzig Jahren überqueren Ihre Mitglieder Grenzen, um einander "
                    "zuzuhören. Mit diesem Album möchten wir sagen: Auch wir haben Ihnen all die "
                    "Jahre zugehört.",
                    "Elisabeth Reiner",
                    "Direktorin der Stiftung für Kultur und Bildung „Aurora“",
                ),
                P(
                    "Anschließend verlieh der Vorsitzende das Abzeichen „Für Verdienste um die "
                    "Freundschaft“ an Margarethe Vogel, die 1968 der Vereinigung beitrat und drei "
                    "Jahrzehnte lang den Briefclub für Schülerinnen und Schüler leitete. Der Saal "
                    "ehrte sie mit stehenden Ovationen."
                ),
                Q(
                    "Ich habe immer nur Briefe geschrieben und beantwortet. Aber jeder Brief war "
                    "eine kleine Brücke, und es waren Tausende.",
                    "Margarethe Vogel",
                    "Mitglied der Vereinigung seit 1968",
                ),
                Img(
                    "congress-badge",
                    "Margarethe Vogel erhält das Abzeichen „Für Verdienste um die Freundschaft“.",
                ),
                H("Grußworte"),
                P(
                    "Timur Sadykow begrüßte den Kongress im Namen der Jugendliga für "
                    "Kulturaustausch und schlug vor, im kommenden Jahr ein gemeinsames Jugendforum "
                    "auszurichten. Jana Novák sprach über die Volkskunstausstellungen, die unsere "
                    "Landesgruppen gemeinsam mit ihrer Gesellschaft veranstalten."
                ),
                H("Die Rede des Vorsitzenden"),
                P(
                    "In seiner Rede zog Henrik Dalby Bilanz über die vergangenen fünf Jahre und "
                    "umriss die Aufgaben der kommenden Jahre."
                ),
                Q(
                    "Unsere Gründer hatten weder Geld noch Einfluss, nur die Überzeugung, dass "
                    "Menschen, die einander kennen, sich nicht fremd werden. Diese Überzeugung ist "
                    "unser ganzes Programm. Unsere Aufgabe ist es nun, sie an diejenigen "
                    "weiterzugeben, die den hundertsten Jahrestag feiern werden.",
                    "Henrik Dalby",
                    "Vorsitzender des Koordinierungskomitees",
                ),
                P(
                    "Nach einer kurzen Pause begann der erste Arbeitstag mit dem Bericht des "
                    "Koordinierungskomitees und der Aussprache darüber."
                ),
                Video(
                    VIDEO_BASE + "congress-2026-opening",
                    "Die Eröffnung des Jubiläumskongresses (Meridian TV)",
                    "congress-presidium",
                ),
            ],
            tags=["Kongress", "75. Jahrestag", "Wien", "Auszeichnung"],
            captions=[
                "Das Präsidium des Jubiläumskongresses.",
                "Henrik Dalby, Vorsitzender des Koordinierungskomitees, hält seine Rede.",
                "Margarethe Vogel erhält das Abzeichen „Für Verdienste um die Freundschaft“.",
                "Elisabeth Reiner überreicht das Album aus dem Archiv der Stiftung „Aurora“.",
                "Timur Sadykow begrüßt den Kongress im Namen der Jugendliga für Kulturaustausch.",
                "Delegierte im großen Saal der Stiftung „Aurora“.",
                "Die Ausstellung „75 Jahre Meridian“ im Foyer.",
                "Gruppenfoto der Delegierten nach der Eröffnung.",
            ],
        ),
    },
)

CONGRESS_DAY_TWO = Story(
    key="congress-day-two",
    days_before=40,
    place="vienna",
    category="congresses",
    lead_photo="congress-day2-hall",
    gallery=[
        "congress-day2-hall",
        "congress-chapter-report",
        "congress-youth-section",
        "congress-culture-section",
        "congress-film",
        "congress-day2-group",
    ],
    views=1310,
    texts={
        "en": Text(
            title="Congress, day two: the chapters report and the sections meet",
            slug="congress-day-two-chapters-report",
            lead=(
                "On the second day of the jubilee congress the national chapters presented "
                "their reports, and the delegates continued their work in three sections."
            ),
            body=[
                P(
                    "The morning session, chaired by Lucia Ferrante, was given over to the "
                    "national chapters. Each chapter had ten minutes and one film of no more than "
                    "three minutes, a rule the delegates kept with surprising discipline."
                ),
                H("Reports of the national chapters"),
                P(
                    "Grace Achieng spoke about the reading club of the Kenyan chapter in Nairobi, "
                    "which now meets every week in two schools. Rafael Monteiro reported on the "
                    "rebuilding of the school library in Vale Verde after last year's flood, paid "
                    "for by the relief collection of the whole association. Gao Ruoyu described "
                    "the photo exhibition “Roads of Friendship” in Chengdu, and Katrin Brenner the "
                    "joint exhibitions with the Society of Friends of Folk Art in Leipzig. "
                    "Svetlana Ilyinskaya presented the work of the Kazan chapter with schools and "
                    "young translators, and Paolo Benedetti the new agreement signed in Bologna."
                ),
                Q(
                    "When the water went down, the first thing the children asked about was the "
                    "library. Today it has more books than before the flood, and every shelf has "
                    "a label saying which country the books came from.",
                    "Rafael Monteiro",
                    "Chair of the Brazilian chapter",
                ),
                H("Three sections"),
                P(
                    "In the afternoon the delegates split into three sections. The youth section, "
                    "led by Timur Sadykov of the Youth League for Cultural Exchange and by "
                    "candidate member Amara Nwosu, discussed the joint youth forum proposed on the "
                    "first day. The culture section worked on a shared calendar of exhibitions and "
                    "concerts. The humanitarian section reviewed the rules of the relief fund and "
                    "proposed to keep a permanent reserve for emergencies."
                ),
                Q(
                    "Young people do not need to be told that friendship matters. They need a "
                    "place where they can practise it, and that is what we intend to build.",
                    "Amara Nwosu",
                    "Candidate member of the Coordinating Committee",
                ),
                P(
                    "The day ended with a screening of the chapters' films in the small hall. The "
                    "proposals of the sections will be put to the vote on the final day."
                ),
            ],
            tags=["congress", "national chapters", "youth", "Vienna"],
            captions=[
                "The second day of the congress in the great hall.",
                "A chapter report from the rostrum.",
                "The youth section at work.",
                "The culture section discusses a shared calendar of events.",
                "The chapters' films in the small hall.",
                "Delegates of the youth section.",
            ],
        ),
        "ru": Text(
            title="Второй день конгресса: отчёты отделений и работа секций",
            slug="vtoroy-den-kongressa",
            lead=(
                "Во второй день юбилейного конгресса национальные отделения представили свои "
                "отчёты, а делегаты продолжили работу в трёх секциях."
            ),
            body=[
                P(
                    "Утреннее заседание, которое вела Лючия Ферранте, было посвящено национальным "
                    "отделениям. Каждому отделению отводилось десять минут и один фильм не длиннее "
                    "трёх минут, и делегаты соблюдали это правило на удивление дисциплинированно."
                ),
                H("Отчёты национальных отделений"),
                P(
                    "Грейс Ачиенг рассказала о читательском клубе кенийского отделения в Найроби, "
                    "который теперь собирается каждую неделю в двух школах. Рафаэл Монтейру "
                    "сообщил о восстановлении школьной библиотеки в Вале-Верде после "
                    "прошлогоднего наводнения на средства, собранные всей ассоциацией. Гао Жоюй "
                    "рассказала о фотовыставке «Дороги дружбы» в Чэнду, Катрин Бреннер — о "
                    "совместных выставках с Обществом друзей народного искусства в Лейпциге. "
                    "Светлана Ильинская представила работу казанского отделения со школами и "
                    "молодыми переводчиками, а Паоло Бенедетти — новое соглашение, подписанное в "
                    "Болонье."
                ),
                Q(
                    "Когда вода ушла, дети первым делом спросили про библиотеку. Сегодня в ней "
                    "больше книг, чем до наводнения, и на каждой полке есть табличка: из какой "
                    "страны пришли эти книги.",
                    "Рафаэл Монтейру",
                    "председатель бразильского отделения",
                ),
                H("Три секции"),
                P(
                    "После обеда делегаты разошлись по трём секциям. Молодёжная секция под "
                    "руководством Тимура Садыкова из Лиги молодёжи за культурный обмен и "
                    "кандидата в члены комитета Амары Нвосу обсудила совместный молодёжный форум, "
                    "предложенный в первый день. Секция культуры работала над общим календарём "
                    "выставок и концертов. Гуманитарная секция рассмотрела правила фонда помощи и "
                    "предложила держать постоянный резерв на случай чрезвычайных ситуаций."
                ),
                Q(
                    "Молодым не нужно объяснять, что дружба важна. Им нужно место, где её можно "
                    "применять на деле, и такое место мы намерены создать.",
                    "Амара Нвосу",
                    "кандидат в члены Координационного комитета",
                ),
                P(
                    "День завершился показом фильмов отделений в малом зале. Предложения секций "
                    "будут вынесены на голосование в заключительный день."
                ),
            ],
            tags=["конгресс", "национальные отделения", "молодёжь", "Вена"],
            captions=[
                "Второй день конгресса в большом зале.",
                "Отчёт отделения с трибуны.",
                "Работа молодёжной секции.",
                "Секция культуры обсуждает общий календарь мероприятий.",
                "Фильмы отделений в малом зале.",
                "Делегаты молодёжной секции.",
            ],
        ),
        "zh-hans": Text(
            title="大会第二天：各分会作报告，分组会议开展讨论",
            slug="dahui-di-er-tian",
            lead="纪念大会第二天，各国分会作工作报告，代表们分三个小组继续开展工作。",
            body=[
                P(
                    "上午的会议由卢西娅·费兰特主持，专门听取各国分会的报告。每个分会有十分钟发言"
                    "时间，并可播放一部不超过三分钟的短片——代表们出人意料地严格遵守了这一规定。"
                ),
                H("各国分会的报告"),
                P(
                    "格蕾丝·阿钦介绍了肯尼亚分会在内罗毕的读书俱乐部，如今俱乐部每周在两所学校"
                    "开展活动。拉斐尔·蒙泰罗报告了瓦莱韦尔德镇学校图书馆在去年洪灾后的重建情况，"
                    "重建资金来自全协会的救灾募捐。高若雨介绍了在成都举办的“友谊之路”摄影展，"
                    "卡特琳·布伦纳介绍了在莱比锡与民间艺术之友协会联合举办的展览。斯韦特兰娜·"
                    "伊林斯卡娅介绍了喀山分会与中小学和青年译者的合作，保罗·贝内代蒂则介绍了在"
                    "博洛尼亚签署的新协议。"
                ),
                Q(
                    "洪水退去后，孩子们问的第一件事就是图书馆。如今图书馆的藏书比洪灾前还多，每个"
                    "书架上都贴着标签，写明这些书来自哪个国家。",
                    "拉斐尔·蒙泰罗",
                    "巴西分会主席",
                ),
                H("三个小组"),
                P(
                    "下午，代表们分成三个小组。青年组由青年文化交流联盟的帖木儿·萨德科夫和协调"
                    "委员会候补委员阿玛拉·恩沃苏主持，讨论了首日提出的联合青年论坛。文化组着手"
                    "制定展览和音乐会的共同日程。人道组审议了救助基金的章程，并建议设立常备应急"
                    "储备金。"
                ),
                Q(
                    "不需要告诉年轻人友谊有多重要。他们需要的是一个能够践行友谊的地方，而这正是"
                    "我们要建设的。",
                    "阿玛拉·恩沃苏",
                    "协调委员会候补委员",
                ),
                P("当天活动以在小厅放映各分会的短片结束。各小组的建议将在大会最后一天提交表决。"),
            ],
            tags=["代表大会", "国家分会", "青年", "维也纳"],
            captions=[
                "大会第二天，大礼堂内。",
                "分会代表在讲台上作报告。",
                "青年组在讨论中。",
                "文化组讨论活动共同日程。",
                "在小厅放映各分会短片。",
                "青年组代表合影。",
            ],
        ),
        "de": Text(
            title="Zweiter Kongresstag: Berichte der Landesgruppen und Arbeit in den Sektionen",
            slug="zweiter-kongresstag",
            lead=(
                "Am zweiten Tag des Jubiläumskongresses legten die Landesgruppen ihre Berichte "
                "vor, danach arbeiteten die Delegierten in drei Sektionen weiter."
            ),
            body=[
                P(
                    "Die Vormittagssitzung unter der Leitung von Lucia Ferrante gehörte den "
                    "Landesgruppen. Jede Gruppe hatte zehn Minuten Redezeit und einen Film von "
                    "höchstens drei Minuten – eine Regel, die die Delegierten erstaunlich "
                    "diszipliniert einhielten."
                ),
                H("Berichte der Landesgruppen"),
                P(
                    "Grace Achieng berichtete über den Leseclub der kenianischen Landesgruppe in "
                    "Nairobi, der sich inzwischen jede Woche an zwei Schulen trifft. Rafael "
                    "Monteiro sprach über den Wiederaufbau der Schulbibliothek in Vale Verde nach "
                    "dem Hochwasser im vergangenen Jahr, finanziert aus der Hilfssammlung der "
                    "ganzen Vereinigung. Gao Ruoyu stellte die Fotoausstellung „Wege der "
                    "Freundschaft“ in Chengdu vor, Katrin Brenner die gemeinsamen Ausstellungen "
                    "mit der Gesellschaft der Freunde der Volkskunst in Leipzig. Swetlana "
                    "Iljinskaja präsentierte die Arbeit der Gruppe in Kasan mit Schulen und jungen "
                    "Übersetzern, Paolo Benedetti das neue Abkommen, das in Bologna unterzeichnet "
                    "wurde."
                ),
                Q(
                    "Als das Wasser zurückging, fragten die Kinder zuerst nach der Bibliothek. "
                    "Heute hat sie mehr Bücher als vor dem Hochwasser, und an jedem Regal steht, "
                    "aus welchem Land die Bücher kamen.",
                    "Rafael Monteiro",
                    "Vorsitzender der brasilianischen Landesgruppe",
                ),
                H("Drei Sektionen"),
                P(
                    "Am Nachmittag teilten sich die Delegierten auf drei Sektionen auf. Die "
                    "Jugendsektion unter der Leitung von Timur Sadykow von der Jugendliga für "
                    "Kulturaustausch und der Kandidatin des Komitees Amara Nwosu beriet über das "
                    "am ersten Tag vorgeschlagene gemeinsame Jugendforum. Die Kultursektion "
                    "arbeitete an einem gemeinsamen Kalender für Ausstellungen und Konzerte. Die "
                    "humanitäre Sektion prüfte die Regeln des Hilfsfonds und schlug vor, eine "
                    "ständige Reserve für Notfälle zu bilden."
                ),
                Q(
                    "Jungen Menschen muss man nicht erklären, dass Freundschaft wichtig ist. Sie "
                    "brauchen einen Ort, an dem sie sie leben können, und genau den wollen wir "
                    "schaffen.",
                    "Amara Nwosu",
                    "Kandidatin des Koordinierungskomitees",
                ),
                P(
                    "Der Tag endete mit der Vorführung der Filme der Landesgruppen im kleinen "
                    "Saal. Über die Vorschläge der Sektionen wird am letzten Tag abgestimmt."
                ),
            ],
            tags=["Kongress", "Landesgruppen", "Jugend", "Wien"],
            captions=[
                "Der zweite Kongresstag im großen Saal.",
                "Ein Bericht vom Rednerpult.",
                "Die Jugendsektion bei der Arbeit.",
                "Die Kultursektion berät über einen gemeinsamen Veranstaltungskalender.",
                "Die Filme der Landesgruppen im kleinen Saal.",
                "Delegierte der Jugendsektion.",
            ],
        ),
    },
)

CONGRESS_CLOSES = Story(
    key="congress-closes",
    days_before=39,
    place="vienna",
    category="congresses",
    lead_photo="congress-vote",
    featured=frozenset({"en"}),
    views=1650,
    texts={
        "en": Text(
            title="The jubilee congress closes: resolution adopted unanimously",
            slug="jubilee-congress-closes",
            lead=(
                "On its final day the congress adopted the resolution “The Next Twenty-Five "
                "Years”, elected the Coordinating Committee and decided to meet again in 2031."
            ),
            body=[
                P(
                    "The final session opened with the reports of the three sections. The "
                    "congress approved the joint youth forum with the Youth League for Cultural "
                    "Exchange, a shared calendar of cultural events for all chapters, and a "
                    "permanent emergency reserve in the relief fund."
                ),
                H("The resolution"),
                P(
                    "The resolution “The Next Twenty-Five Years” sets out the association's aims "
                    "up to its centenary: a chapter or a representative in every country where "
                    "members live, an open archive of the association's letters and films, and a "
                    "youth programme run by young members themselves. Lucia Ferrante presented "
                    "the final text, which incorporated forty-two amendments from the chapters."
                ),
                P(
                    "The resolution was put to the vote and <b>adopted unanimously</b>. There were "
                    "no votes against and no abstentions."
                ),
                H("Elections"),
                P(
                    "The congress elected the Coordinating Committee for the next five years and "
                    "re-elected Henrik Dalby as its chairman. Amara Nwosu and Zhou Linxi, until "
                    "now candidate members, were elected full members of the committee."
                ),
                Q(
                    "Thank you for your trust. I promise only what our founder promised in 1951: "
                    "that we will keep writing, keep travelling and keep listening.",
                    "Henrik Dalby",
                    "Chairman of the Coordinating Committee",
                ),
                Img("congress-closing", "Delegates after the closing session."),
                P(
                    "The next congress will be held in 2031. The delegates thanked the Aurora "
                    "Foundation for its hospitality, and the congress closed with a concert by the "
                    "foundation's youth choir."
                ),
            ],
            tags=["congress", "resolution", "elections", "vote"],
        ),
        "ru": Text(
            title="Юбилейный конгресс завершился: резолюция принята единогласно",
            slug="yubileynyy-kongress-zavershilsya",
            lead=(
                "В заключительный день конгресс принял резолюцию «Следующие двадцать пять лет», "
                "избрал Координационный комитет и решил собраться вновь в 2031 году."
            ),
            body=[
                P(
                    "Заключительное заседание открылось докладами трёх секций. Конгресс одобрил "
                    "совместный молодёжный форум с Лигой молодёжи за культурный обмен, общий "
                    "календарь культурных мероприятий для всех отделений и постоянный резерв "
                    "фонда помощи на случай чрезвычайных ситуаций."
                ),
                H("Резолюция"),
                P(
                    "Резолюция «Следующие двадцать пять лет» определяет цели ассоциации вплоть до "
                    "её столетия: отделение или представитель в каждой стране, где живут наши "
                    "члены, открытый архив писем и фильмов ассоциации и молодёжная программа, "
                    "которую ведут сами молодые члены. Окончательный текст, учитывающий сорок две "
                    "поправки отделений, представила Лючия Ферранте."
                ),
                P(
                    "Резолюция была поставлена на голосование и <b>принята единогласно</b>: ни "
                    "одного голоса против, ни одного воздержавшегося."
                ),
                H("Выборы"),
                P(
                    "Конгресс избрал Координационный комитет на следующие пять лет и вновь избрал "
                    "его председателем Хенрика Дальбю. Амара Нвосу и Чжоу Линьси, до сих пор "
                    "кандидаты в члены, избраны полноправными членами комитета."
                ),
                Q(
                    "Спасибо за доверие. Обещаю лишь то, что обещала наша основательница в 1951 "
                    "году: мы будем и дальше писать, ездить и слушать друг друга.",
                    "Хенрик Дальбю",
                    "председатель Координационного комитета",
                ),
                Img("congress-closing", "Делегаты после заключительного заседания."),
                P(
                    "Следующий конгресс пройдёт в 2031 году. Делегаты поблагодарили фонд «Аврора» "
                    "за гостеприимство, а завершился конгресс концертом молодёжного хора фонда."
                ),
            ],
            tags=["конгресс", "резолюция", "выборы", "голосование"],
        ),
        "zh-hans": Text(
            title="纪念大会闭幕 一致通过决议",
            slug="jinian-dahui-bimu",
            lead="大会最后一天通过了《未来二十五年》决议，选举产生了协调委员会，并决定于2031年再次召开大会。",
            body=[
                P(
                    "闭幕会议首先听取了三个小组的报告。大会批准与青年文化交流联盟联合举办青年论坛，"
                    "为各分会制定文化活动共同日程，并在救助基金中设立常备应急储备金。"
                ),
                H("决议"),
                P(
                    "《未来二十五年》决议确定了协会直至百年华诞的目标：在会员居住的每个国家设立"
                    "分会或派驻代表；建立开放的协会书信与影片档案；开展由青年会员自己主持的青年"
                    "项目。卢西娅·费兰特介绍了吸收各分会四十二条修改意见后的最终文本。"
                ),
                P("决议付诸表决，<b>获得一致通过</b>，无反对票，无弃权票。"),
                H("选举"),
                P(
                    "大会选举产生了新一届协调委员会，任期五年，亨里克·达尔比再次当选主席。此前为"
                    "候补委员的阿玛拉·恩沃苏和周林溪当选为委员会正式委员。"
                ),
                Q(
                    "感谢大家的信任。我只承诺我们的创始人在1951年承诺过的事情：我们会继续写信，"
                    "继续出行，继续倾听彼此。",
                    "亨里克·达尔比",
                    "协调委员会主席",
                ),
                Img("congress-closing", "闭幕会议后的代表们。"),
                P(
                    "下一届代表大会将于2031年举行。代表们感谢“曙光”基金会的热情接待，大会在基金会"
                    "青年合唱团的音乐会中闭幕。"
                ),
            ],
            tags=["代表大会", "决议", "选举", "表决"],
        ),
        "de": Text(
            title="Jubiläumskongress beendet: Entschließung einstimmig angenommen",
            slug="jubilaeumskongress-beendet",
            lead=(
                "Am letzten Tag nahm der Kongress die Entschließung „Die nächsten "
                "fünfundzwanzig Jahre“ an, wählte das Koordinierungskomitee und beschloss, 2031 "
                "wieder zusammenzukommen."
            ),
            body=[
                P(
                    "Die Abschlusssitzung begann mit den Berichten der drei Sektionen. Der "
                    "Kongress billigte das gemeinsame Jugendforum mit der Jugendliga für "
                    "Kulturaustausch, einen gemeinsamen Kalender kultureller Veranstaltungen für "
                    "alle Landesgruppen und eine ständige Notfallreserve im Hilfsfonds."
                ),
                H("Die Entschließung"),
                P(
                    "Die Entschließung „Die nächsten fünfundzwanzig Jahre“ beschreibt die Ziele "
                    "der Vereinigung bis zu ihrem hundertsten Jahrestag: eine Landesgruppe oder "
                    "eine Vertretung in jedem Land, in dem Mitglieder leben, ein offenes Archiv "
                    "der Briefe und Filme der Vereinigung und ein Jugendprogramm, das die jungen "
                    "Mitglieder selbst gestalten. Lucia Ferrante stellte den endgültigen Text vor, "
                    "in den zweiundvierzig Änderungsanträge der Landesgruppen eingeflossen waren."
                ),
                P(
                    "Die Entschließung wurde zur Abstimmung gestellt und <b>einstimmig "
                    "angenommen</b>, ohne Gegenstimmen und ohne Enthaltungen."
                ),
                H("Wahlen"),
                P(
                    "Der Kongress wählte das Koordinierungskomitee für die nächsten fünf Jahre und "
                    "bestätigte Henrik Dalby als Vorsitzenden. Amara Nwosu und Zhou Linxi, bisher "
                    "Kandidatinnen, wurden zu ordentlichen Mitgliedern des Komitees gewählt."
                ),
                Q(
                    "Danke für Ihr Vertrauen. Ich verspreche nur, was unsere Gründerin 1951 "
                    "versprochen hat: dass wir weiter schreiben, weiter reisen und einander weiter "
                    "zuhören.",
                    "Henrik Dalby",
                    "Vorsitzender des Koordinierungskomitees",
                ),
                Img("congress-closing", "Delegierte nach der Abschlusssitzung."),
                P(
                    "Der nächste Kongress findet 2031 statt. Die Delegierten dankten der Stiftung "
                    "„Aurora“ für die Gastfreundschaft; zum Abschluss sang der Jugendchor der "
                    "Stiftung."
                ),
            ],
            tags=["Kongress", "Entschließung", "Wahlen", "Abstimmung"],
        ),
    },
)

STORIES = [CONGRESS_OPENS, CONGRESS_DAY_TWO, CONGRESS_CLOSES]
