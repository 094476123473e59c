"""Round tables, partners, a premiere and the founder's centenary, in all four languages."""

from __future__ import annotations

from rostra.demo.content.association import VIDEO_BASE
from rostra.demo.content.types import H, Img, P, Q, Story, Text, Video

ALL = frozenset({"en", "ru", "zh-hans", "de"})

ROUND_TABLE_LEIPZIG = Story(
    key="round-table-leipzig",
    days_before=251,
    place="leipzig",
    category="round-tables",
    lead_photo="round-table-leipzig",
    views=480,
    texts={
        "en": Text(
            title="Round table in Leipzig: languages as bridges",
            slug="round-table-leipzig-languages-as-bridges",
            lead=(
                "The German chapter and the Youth League for Cultural Exchange held a round "
                "table on volunteer translation in the work of international friendship."
            ),
            body=[
                P(
                    "On 14 March the German chapter and the Youth League for Cultural Exchange "
                    "brought together translators, teachers and students in Leipzig for a round "
                    "table entitled “Languages as Bridges”. Katrin Brenner, chair of the German "
                    "chapter, moderated the discussion."
                ),
                P(
                    "Candidate member Amara Nwosu opened with a talk on the association's "
                    "volunteer translators, who every year translate some two thousand letters, "
                    "minutes and reports between the chapters."
                ),
                Q(
                    "A translation made by a friend is never perfect, but it is always on time. "
                    "Between our chapters, that matters more than style.",
                    "Amara Nwosu",
                    "Candidate member of the Coordinating Committee",
                ),
                H("From the discussion"),
                P(
                    "Timur Sadykov of the Youth League described the league's tandem programme, "
                    "in which two students learn each other's language by writing to each other "
                    "every week. Teachers from two Leipzig schools spoke about pupils who began "
                    "learning Russian or Chinese after a single letter from a pen friend."
                ),
                P(
                    "The round table agreed to compile a shared glossary of the association's "
                    "terms in its four working languages, so that “chapter”, “candidate member” or "
                    "“presidium” are translated the same way everywhere. Amara Nwosu will report "
                    "on the results to the Coordinating Committee."
                ),
            ],
            tags=["round table", "translation", "Leipzig", "youth"],
            owner="daniel.ferris",
        ),
        "ru": Text(
            title="Круглый стол в Лейпциге: языки как мосты",
            slug="kruglyy-stol-v-leyptsige-yazyki-kak-mosty",
            lead=(
                "Немецкое отделение и Лига молодёжи за культурный обмен провели круглый стол о "
                "добровольном переводе в работе международной дружбы."
            ),
            body=[
                P(
                    "14 марта немецкое отделение и Лига молодёжи за культурный обмен собрали в "
                    "Лейпциге переводчиков, учителей и студентов на круглый стол «Языки как "
                    "мосты». Дискуссию вела председатель немецкого отделения Катрин Бреннер."
                ),
                P(
                    "Открыла обсуждение кандидат в члены Координационного комитета Амара Нвосу с "
                    "докладом о добровольных переводчиках ассоциации, которые каждый год "
                    "переводят для отделений около двух тысяч писем, протоколов и отчётов."
                ),
                Q(
                    "Перевод, сделанный другом, никогда не бывает идеальным, зато всегда бывает "
                    "вовремя. Для наших отделений это важнее стиля.",
                    "Амара Нвосу",
                    "кандидат в члены Координационного комитета",
                ),
                H("Из дискуссии"),
                P(
                    "Тимур Садыков из Лиги молодёжи рассказал о программе тандемов, в которой "
                    "двое студентов изучают языки друг друга, каждую неделю обмениваясь письмами. "
                    "Учителя двух лейпцигских школ рассказали об учениках, которые начали учить "
                    "русский или китайский после одного-единственного письма от друга по "
                    "переписке."
                ),
                P(
                    "Участники круглого стола договорились составить общий глоссарий терминов "
                    "ассоциации на четырёх её рабочих языках, чтобы «отделение», «кандидат в "
                    "члены» или «президиум» везде переводились одинаково. О результатах Амара "
                    "Нвосу доложит Координационному комитету."
                ),
            ],
            tags=["круглый стол", "перевод", "Лейпциг", "молодёжь"],
        ),
        "zh-hans": Text(
            title="莱比锡圆桌会议：语言是桥梁",
            slug="laibixi-yuanzhuo-huiyi-yuyan-shi-qiaoliang",
            lead="德国分会与青年文化交流联盟举行圆桌会议，探讨志愿翻译在国际友好工作中的作用。",
            body=[
                P(
                    "3月14日，德国分会和青年文化交流联盟在莱比锡邀请翻译、教师和学生参加题为"
                    "“语言是桥梁”的圆桌会议。德国分会主席卡特琳·布伦纳主持讨论。"
                ),
                P(
                    "协调委员会候补委员阿玛拉·恩沃苏首先发言，介绍了协会的志愿翻译团队：他们每年"
                    "为各分会翻译约两千份信件、会议记录和报告。"
                ),
                Q(
                    "朋友做的翻译从来不是完美的，但总是及时的。对我们的各个分会来说，这比文采"
                    "更重要。",
                    "阿玛拉·恩沃苏",
                    "协调委员会候补委员",
                ),
                H("讨论摘要"),
                P(
                    "青年文化交流联盟的帖木儿·萨德科夫介绍了联盟的“语伴”项目：两名学生每周互相"
                    "写信，学习对方的语言。莱比锡两所学校的教师讲述了有些学生仅仅因为收到笔友的"
                    "一封信，就开始学习俄语或中文。"
                ),
                P(
                    "圆桌会议商定，编写一份协会四种工作语言的通用术语表，使“分会”“候补委员”"
                    "“主席团”等词在各处的译法保持一致。阿玛拉·恩沃苏将向协调委员会汇报成果。"
                ),
            ],
            tags=["圆桌会议", "翻译", "莱比锡", "青年"],
        ),
        "de": Text(
            title="Rundtischgespräch in Leipzig: Sprachen als Brücken",
            slug="rundtischgespraech-leipzig-sprachen-als-bruecken",
            lead=(
                "Die deutsche Landesgruppe und die Jugendliga für Kulturaustausch luden zu einem "
                "Rundtischgespräch über ehrenamtliches Übersetzen in der internationalen "
                "Freundschaftsarbeit ein."
            ),
            body=[
                P(
                    "Am 14. März brachten die deutsche Landesgruppe und die Jugendliga für "
                    "Kulturaustausch in Leipzig Übersetzerinnen, Lehrer und Studierende zu einem "
                    "Rundtischgespräch unter dem Titel „Sprachen als Brücken“ zusammen. Katrin "
                    "Brenner, Vorsitzende der deutschen Landesgruppe, moderierte."
                ),
                P(
                    "Amara Nwosu, Kandidatin des Koordinierungskomitees, eröffnete mit einem "
                    "Vortrag über die ehrenamtlichen Übersetzer der Vereinigung, die jedes Jahr "
                    "rund zweitausend Briefe, Protokolle und Berichte zwischen den Landesgruppen "
                    "übertragen."
                ),
                Q(
                    "Eine Übersetzung von einer Freundin ist nie perfekt, aber immer pünktlich. "
                    "Zwischen unseren Landesgruppen zählt das mehr als der Stil.",
                    "Amara Nwosu",
                    "Kandidatin des Koordinierungskomitees",
                ),
                H("Aus der Diskussion"),
                P(
                    "Timur Sadykow von der Jugendliga stellte das Tandemprogramm der Liga vor, in "
                    "dem zwei Studierende die Sprache des anderen lernen, indem sie einander jede "
                    "Woche schreiben. Lehrkräfte zweier Leipziger Schulen erzählten von "
                    "Schülerinnen und Schülern, die nach einem einzigen Brief eines Brieffreunds "
                    "begannen, Russisch oder Chinesisch zu lernen."
                ),
                P(
                    "Die Runde vereinbarte, ein gemeinsames Glossar der Begriffe der Vereinigung "
                    "in ihren vier Arbeitssprachen zu erstellen, damit „Landesgruppe“, „Kandidat“ "
                    "oder „Präsidium“ überall gleich übersetzt werden. Amara Nwosu wird dem "
                    "Koordinierungskomitee über die Ergebnisse berichten."
                ),
            ],
            tags=["Rundtischgespräch", "Übersetzung", "Leipzig", "Jugend"],
        ),
    },
)

FOLK_ART_AGREEMENT = Story(
    key="folk-art-agreement",
    days_before=216,
    place="bologna",
    category="partners",
    lead_photo="signing-bologna",
    views=410,
    texts={
        "en": Text(
            title="Meridian and the Society of Friends of Folk Art sign a cooperation agreement",
            slug="cooperation-agreement-society-of-friends-of-folk-art",
            lead=(
                "In Bologna the association and the Society of Friends of Folk Art signed an "
                "agreement on joint exhibitions, craft workshops and exchanges of young "
                "artisans."
            ),
            body=[
                P(
                    "The agreement was signed on 18 April in Bologna by Henrik Dalby, Chairman of "
                    "the Coordinating Committee, and Jana Novák, president of the Society of "
                    "Friends of Folk Art. The ceremony was hosted by the Italian chapter and its "
                    "chair, Paolo Benedetti."
                ),
                P(
                    "The two organizations have worked together informally for more than twenty "
                    "years. The agreement now provides for an annual joint exhibition, craft "
                    "workshops in the chapters and exchanges of young artisans between countries."
                ),
                Q(
                    "A woven belt or a painted spoon tells you how people live, what they "
                    "celebrate and what they hope for. That is why folk art is such a good first "
                    "conversation between strangers.",
                    "Jana Novák",
                    "President of the Society of Friends of Folk Art",
                ),
                Img("exhibition-bologna", "Works by members of the society on show in Bologna."),
                H("An exhibition for the occasion"),
                P(
                    "After the signing, the guests opened a small exhibition of embroidery, "
                    "ceramics and carved toys from the collections of the society's members. The "
                    "first joint exhibition under the new agreement will open in Leipzig in June."
                ),
                Q(
                    "Bologna has always been a city of guilds and workshops. We are glad that "
                    "this friendship begins here.",
                    "Paolo Benedetti",
                    "Chair of the Italian chapter",
                ),
            ],
            tags=["partners", "folk art", "agreement", "Bologna"],
        ),
        "ru": Text(
            title="«Меридиан» и Общество друзей народного искусства подписали соглашение",
            slug="soglashenie-s-obshchestvom-druzey-narodnogo-iskusstva",
            lead=(
                "В Болонье ассоциация и Общество друзей народного искусства подписали "
                "соглашение о совместных выставках, ремесленных мастерских и обменах молодыми "
                "мастерами."
            ),
            body=[
                P(
                    "Соглашение подписали 18 апреля в Болонье председатель Координационного "
                    "комитета Хенрик Дальбю и президент Общества друзей народного искусства Яна "
                    "Новак. Церемонию принимало итальянское отделение и его председатель Паоло "
                    "Бенедетти."
                ),
                P(
                    "Две организации неформально сотрудничают уже более двадцати лет. Теперь "
                    "соглашение предусматривает ежегодную совместную выставку, ремесленные "
                    "мастерские в отделениях и обмены молодыми мастерами между странами."
                ),
                Q(
                    "Тканый пояс или расписная ложка расскажут, как живут люди, что они празднуют "
                    "и на что надеются. Поэтому народное искусство — такой хороший первый "
                    "разговор между незнакомыми людьми.",
                    "Яна Новак",
                    "президент Общества друзей народного искусства",
                ),
                Img("exhibition-bologna", "Работы членов общества на выставке в Болонье."),
                H("Выставка по случаю"),
                P(
                    "После подписания гости открыли небольшую выставку вышивки, керамики и резных "
                    "игрушек из собраний членов общества. Первая совместная выставка в рамках "
                    "нового соглашения откроется в июне в Лейпциге."
                ),
                Q(
                    "Болонья всегда была городом цехов и мастерских. Мы рады, что эта дружба "
                    "начинается здесь.",
                    "Паоло Бенедетти",
                    "председатель итальянского отделения",
                ),
            ],
            tags=["партнёры", "народное искусство", "соглашение", "Болонья"],
        ),
        "zh-hans": Text(
            title="“子午线”协会与民间艺术之友协会签署合作协议",
            slug="yu-minjian-yishu-zhi-you-xiehui-qianshu-xieyi",
            lead="协会与民间艺术之友协会在博洛尼亚签署协议，将联合举办展览和手工艺工作坊，并开展青年手艺人交流。",
            body=[
                P(
                    "4月18日，协调委员会主席亨里克·达尔比与民间艺术之友协会会长雅娜·诺瓦克在"
                    "博洛尼亚签署了协议。签字仪式由意大利分会及其主席保罗·贝内代蒂承办。"
                ),
                P(
                    "两个组织的非正式合作已有二十多年。根据新协议，双方将每年联合举办一次展览，"
                    "在各分会开设手工艺工作坊，并开展各国青年手艺人之间的交流。"
                ),
                Q(
                    "一条编织腰带、一把彩绘木勺，能告诉你人们怎样生活、庆祝什么、期盼什么。所以，"
                    "民间艺术是陌生人之间最好的开场白。",
                    "雅娜·诺瓦克",
                    "民间艺术之友协会会长",
                ),
                Img("exhibition-bologna", "民间艺术之友协会会员的作品在博洛尼亚展出。"),
                H("专题小展"),
                P(
                    "签字仪式后，来宾们为一个小型展览揭幕，展出了该协会会员收藏的刺绣、陶瓷和木雕"
                    "玩具。新协议框架下的首次联合展览将于六月在莱比锡开幕。"
                ),
                Q(
                    "博洛尼亚自古就是行会与作坊之城。我们很高兴这份友谊从这里开始。",
                    "保罗·贝内代蒂",
                    "意大利分会主席",
                ),
            ],
            tags=["合作伙伴", "民间艺术", "协议", "博洛尼亚"],
        ),
        "de": Text(
            title="„Meridian“ und die Freunde der Volkskunst unterzeichnen ein Abkommen",
            slug="kooperationsabkommen-mit-den-freunden-der-volkskunst",
            lead=(
                "In Bologna unterzeichneten die Vereinigung und die Gesellschaft der Freunde der "
                "Volkskunst ein Abkommen über gemeinsame Ausstellungen, Handwerkswerkstätten und "
                "den Austausch junger Handwerker."
            ),
            body=[
                P(
                    "Unterzeichnet wurde das Abkommen am 18. April in Bologna von Henrik Dalby, "
                    "Vorsitzender des Koordinierungskomitees, und Jana Novák, Präsidentin der "
                    "Gesellschaft der Freunde der Volkskunst. Gastgeber war die italienische "
                    "Landesgruppe mit ihrem Vorsitzenden Paolo Benedetti."
                ),
                P(
                    "Die beiden Organisationen arbeiten seit mehr als zwanzig Jahren informell "
                    "zusammen. Das Abkommen sieht nun eine jährliche gemeinsame Ausstellung, "
                    "Handwerkswerkstätten in den Landesgruppen und einen Austausch junger "
                    "Handwerkerinnen und Handwerker zwischen den Ländern vor."
                ),
                Q(
                    "Ein gewebter Gürtel oder ein bemalter Löffel erzählt, wie Menschen leben, was "
                    "sie feiern und worauf sie hoffen. Darum ist Volkskunst ein so gutes erstes "
                    "Gespräch zwischen Fremden.",
                    "Jana Novák",
                    "Präsidentin der Gesellschaft der Freunde der Volkskunst",
                ),
                Img(
                    "exhibition-bologna",
                    "Arbeiten von Mitgliedern der Gesellschaft, ausgestellt in Bologna.",
                ),
                H("Eine Ausstellung zum Anlass"),
                P(
                    "Nach der Unterzeichnung eröffneten die Gäste eine kleine Ausstellung mit "
                    "Stickereien, Keramik und geschnitztem Spielzeug aus den Sammlungen der "
                    "Mitglieder der Gesellschaft. Die erste gemeinsame Ausstellung im Rahmen des "
                    "neuen Abkommens wird im Juni in Leipzig eröffnet."
                ),
                Q(
                    "Bologna war immer eine Stadt der Zünfte und Werkstätten. Wir freuen uns, dass "
                    "diese Freundschaft hier beginnt.",
                    "Paolo Benedetti",
                    "Vorsitzender der italienischen Landesgruppe",
                ),
            ],
            tags=["Partner", "Volkskunst", "Abkommen", "Bologna"],
        ),
    },
)

PREMIERE = Story(
    key="premiere",
    days_before=62,
    place="geneva",
    category="meetings",
    lead_photo="screening-geneva",
    views=980,
    texts={
        "en": Text(
            title="Premiere of the video report “Seventy-Five Years of Meridian”",
            slug="premiere-seventy-five-years-of-meridian",
            lead=(
                "Meridian TV presented its video report on the association's history at a "
                "screening in Geneva that members in all chapters followed online."
            ),
            body=[
                P(
                    "On 19 September members, friends and guests gathered in Geneva for the "
                    "premiere of “Seventy-Five Years of Meridian”, the video report prepared by "
                    "Meridian TV for the anniversary. Members of the other chapters watched the "
                    "screening online and sent their questions to the authors by chat."
                ),
                P(
                    "The forty-minute film follows the association from the first letters "
                    "exchanged by schoolchildren in 1951 to today's reading clubs, exhibitions and "
                    "youth exchanges. It draws on the association's archive and on interviews "
                    "recorded in all six chapters."
                ),
                Video(
                    VIDEO_BASE + "seventy-five-years-of-meridian",
                    "Seventy-Five Years of Meridian (Meridian TV, 40 min)",
                    "screening-poster",
                ),
                H("Discussion with the authors"),
                P(
                    "After the screening Sofia Lindahl, editor of Meridian TV, answered questions "
                    "from the hall and from the chat. Many members recognized themselves, their "
                    "parents or their teachers in the archive footage."
                ),
                Q(
                    "We had more than three hundred hours of material and could keep only forty "
                    "minutes. The rest is not lost: it will go into the open archive that the "
                    "congress is going to discuss.",
                    "Sofia Lindahl",
                    "Editor of Meridian TV",
                ),
                Q(
                    "I saw my mother in a film from 1963, reading a letter from Chengdu. I had "
                    "never seen that picture of her.",
                    "Svetlana Ilyinskaya",
                    "Chair of the Russian chapter",
                ),
                P(
                    "The film will be shown at the opening of the jubilee congress in Vienna, and "
                    "the chapters will hold their own screenings during the autumn."
                ),
            ],
            tags=["Meridian TV", "video report", "75th anniversary", "screening"],
        ),
        "ru": Text(
            title="Премьера видеорепортажа «Семьдесят пять лет „Меридиана“»",
            slug="premera-semdesyat-pyat-let-meridiana",
            lead=(
                "«Меридиан ТВ» представил видеорепортаж об истории ассоциации на показе в "
                "Женеве, который члены всех отделений смотрели онлайн."
            ),
            body=[
                P(
                    "19 сентября члены ассоциации, друзья и гости собрались в Женеве на премьеру "
                    "фильма «Семьдесят пять лет „Меридиана“» — видеорепортажа, подготовленного "
                    "«Меридиан ТВ» к юбилею. Члены других отделений смотрели показ онлайн и "
                    "присылали вопросы авторам в чат."
                ),
                P(
                    "Сорокаминутный фильм прослеживает путь ассоциации от первых писем, которыми "
                    "обменялись школьники в 1951 году, до сегодняшних читательских клубов, "
                    "выставок и молодёжных обменов. В нём использованы материалы архива "
                    "ассоциации и интервью, записанные во всех шести отделениях."
                ),
                Video(
                    VIDEO_BASE + "seventy-five-years-of-meridian",
                    "Семьдесят пять лет „Меридиана“ («Меридиан ТВ», 40 мин)",
                    "screening-poster",
                ),
                H("Разговор с авторами"),
                P(
                    "После показа редактор «Меридиан ТВ» София Линдаль ответила на вопросы из зала "
                    "и из чата. Многие члены ассоциации узнали в архивных кадрах себя, своих "
                    "родителей или учителей."
                ),
                Q(
                    "У нас было больше трёхсот часов материала, а оставить мы могли только сорок "
                    "минут. Остальное не пропадёт: оно войдёт в открытый архив, который будет "
                    "обсуждать конгресс.",
                    "София Линдаль",
                    "редактор «Меридиан ТВ»",
                ),
                Q(
                    "Я увидела свою маму в фильме 1963 года: она читает письмо из Чэнду. Такой я "
                    "её никогда не видела.",
                    "Светлана Ильинская",
                    "председатель российского отделения",
                ),
                P(
                    "Фильм покажут на открытии юбилейного конгресса в Вене, а осенью отделения "
                    "проведут собственные показы."
                ),
            ],
            tags=["Меридиан ТВ", "видеорепортаж", "75-летие", "показ"],
        ),
        "zh-hans": Text(
            title="视频报道《“子午线”七十五年》首映",
            slug="ziwuxian-qishiwu-nian-shouying",
            lead="子午线电视在日内瓦举行协会历史视频报道首映式，各分会会员通过网络同步观看。",
            body=[
                P(
                    "9月19日，协会会员、朋友和来宾齐聚日内瓦，出席子午线电视为周年庆典制作的视频"
                    "报道《“子午线”七十五年》首映式。其他分会的会员在线观看，并通过聊天室向创作者"
                    "提问。"
                ),
                P(
                    "这部四十分钟的影片追溯了协会的历程：从1951年中小学生之间的第一批书信，到今天"
                    "的读书俱乐部、展览和青年交流。影片采用了协会档案资料以及在六个分会录制的访谈。"
                ),
                Video(
                    VIDEO_BASE + "seventy-five-years-of-meridian",
                    "《“子午线”七十五年》（子午线电视，40分钟）",
                    "screening-poster",
                ),
                H("与创作者对话"),
                P(
                    "放映结束后，子午线电视编辑索菲娅·林达尔回答了现场和聊天室的提问。许多会员在"
                    "档案画面中认出了自己、自己的父母或老师。"
                ),
                Q(
                    "我们有三百多个小时的素材，最后只能留下四十分钟。其余的并不会丢失，它们将收入"
                    "大会即将讨论的开放档案。",
                    "索菲娅·林达尔",
                    "子午线电视编辑",
                ),
                Q(
                    "我在一部1963年的影片里看到了我的母亲，她正在读一封来自成都的信。我从没见过她"
                    "这样的画面。",
                    "斯韦特兰娜·伊林斯卡娅",
                    "俄罗斯分会主席",
                ),
                P("影片将在维也纳纪念大会开幕式上放映，各分会也将在秋季自行组织放映。"),
            ],
            tags=["子午线电视", "视频报道", "七十五周年", "放映"],
        ),
        "de": Text(
            title="Premiere des Videoberichts „Fünfundsiebzig Jahre Meridian“",
            slug="premiere-fuenfundsiebzig-jahre-meridian",
            lead=(
                "Meridian TV stellte seinen Videobericht über die Geschichte der Vereinigung bei "
                "einer Vorführung in Genf vor, die Mitglieder aller Landesgruppen online "
                "verfolgten."
            ),
            body=[
                P(
                    "Am 19. September kamen Mitglieder, Freunde und Gäste in Genf zur Premiere von "
                    "„Fünfundsiebzig Jahre Meridian“ zusammen, dem Videobericht, den Meridian TV "
                    "zum Jubiläum vorbereitet hat. Mitglieder der anderen Landesgruppen sahen die "
                    "Vorführung online und schickten ihre Fragen per Chat an die Autoren."
                ),
                P(
                    "Der vierzigminütige Film begleitet die Vereinigung von den ersten Briefen, "
                    "die "
                    "Schulkinder 1951 austauschten, bis zu den heutigen Leseclubs, Ausstellungen "
                    "und Jugendbegegnungen. Er stützt sich auf das Archiv der Vereinigung und auf "
                    "Interviews aus allen sechs Landesgruppen."
                ),
                Video(
                    VIDEO_BASE + "seventy-five-years-of-meridian",
                    "Fünfundsiebzig Jahre Meridian (Meridian TV, 40 Min.)",
                    "screening-poster",
                ),
                H("Gespräch mit den Autoren"),
                P(
                    "Nach der Vorführung beantwortete Sofia Lindahl, Redakteurin von Meridian TV, "
                    "Fragen aus dem Saal und aus dem Chat. Viele Mitglieder erkannten in den "
                    "Archivaufnahmen sich selbst, ihre Eltern oder ihre Lehrer wieder."
                ),
                Q(
                    "Wir hatten mehr als dreihundert Stunden Material und konnten nur vierzig "
                    "Minuten behalten. Der Rest geht nicht verloren: Er kommt in das offene "
                    "Archiv, über das der Kongress beraten wird.",
                    "Sofia Lindahl",
                    "Redakteurin von Meridian TV",
                ),
                Q(
                    "Ich habe meine Mutter in einem Film von 1963 gesehen, wie sie einen Brief aus "
                    "Chengdu liest. Dieses Bild von ihr kannte ich nicht.",
                    "Swetlana Iljinskaja",
                    "Vorsitzende der russischen Landesgruppe",
                ),
                P(
                    "Der Film wird zur Eröffnung des Jubiläumskongresses in Wien gezeigt, und die "
                    "Landesgruppen veranstalten im Herbst eigene Vorführungen."
                ),
            ],
            tags=["Meridian TV", "Videobericht", "75. Jahrestag", "Vorführung"],
        ),
    },
)

FOUNDER_CENTENARY = Story(
    key="founder-centenary",
    days_before=6,
    place="geneva",
    category="commemorations",
    lead_photo="centenary-memorial",
    gallery=[
        "centenary-memorial",
        "centenary-letters",
        "centenary-reading",
        "centenary-archive",
        "centenary-film",
        "centenary-group",
    ],
    featured=ALL,
    views=860,
    texts={
        "en": Text(
            title="The 100th anniversary of the birth of our founder, Ilse Marten",
            slug="100th-anniversary-of-ilse-marten",
            lead=(
                "Members and friends of the association gathered in Geneva to mark the "
                "centenary of Ilse Marten, the teacher and translator who founded Meridian in "
                "1951."
            ),
            body=[
                P(
                    "Ilse Marten was born on 14 November 1926. A young teacher of languages, she "
                    "began in 1950 to match her pupils with pen friends abroad, and a year later "
                    "founded the association with a handful of colleagues. She led it for almost "
                    "thirty years and translated, by her own count, more than nine thousand of "
                    "its letters."
                ),
                P(
                    "On the day of her hundredth birthday, members laid flowers at the memorial "
                    "stone in the park near the school where she taught. In the evening the "
                    "association held a commemorative gathering in Geneva."
                ),
                H("An evening of letters"),
                P(
                    "Lucia Ferrante, member of the Coordinating Committee, opened an exhibition of "
                    "Ilse Marten's letters and photographs from the association's archive. Members "
                    "of the chapters then read letters she had written and received, each in the "
                    "language of its author."
                ),
                Q(
                    "She answered every letter, even the ones that only said “I don't know what "
                    "to write”. Her answer was always the same: write about your street, and I "
                    "will write about mine.",
                    "Lucia Ferrante",
                    "Member of the Coordinating Committee",
                ),
                P(
                    "Zhou Linxi, member of the Coordinating Committee, presented the first Chinese "
                    "translation of a selection of Ilse Marten's letters, prepared by young "
                    "translators of the Chinese chapter. Meridian TV showed a short film made from "
                    "the founder's only recorded interview, from 1976."
                ),
                Q(
                    "Our founder did not leave us a doctrine. She left us a method: one letter, "
                    "one answer, and patience.",
                    "Henrik Dalby",
                    "Chairman of the Coordinating Committee",
                ),
            ],
            tags=["Ilse Marten", "anniversary", "letters", "Geneva"],
            captions=[
                "Flowers at the memorial stone on the morning of the anniversary.",
                "The exhibition of Ilse Marten's letters.",
                "A letter read in the language of its author.",
                "Pages from the association's archive.",
                "The film made from the founder's interview of 1976.",
                "Guests of the commemorative evening.",
            ],
        ),
        "ru": Text(
            title="100 лет со дня рождения основательницы ассоциации Ильзе Мартен",
            slug="100-let-so-dnya-rozhdeniya-ilze-marten",
            lead=(
                "Члены и друзья ассоциации собрались в Женеве, чтобы отметить столетие Ильзе "
                "Мартен — учительницы и переводчицы, основавшей «Меридиан» в 1951 году."
            ),
            body=[
                P(
                    "Ильзе Мартен родилась 14 ноября 1926 года. Молодая учительница иностранных "
                    "языков, в 1950 году она начала подыскивать своим ученикам друзей по переписке "
                    "за границей, а год спустя вместе с несколькими коллегами основала ассоциацию. "
                    "Она руководила ею почти тридцать лет и, по её собственному подсчёту, "
                    "перевела более девяти тысяч писем."
                ),
                P(
                    "В день её столетия члены ассоциации возложили цветы к памятному камню в парке "
                    "у школы, где она преподавала. Вечером ассоциация провела в Женеве памятную "
                    "встречу."
                ),
                H("Вечер писем"),
                P(
                    "Член Координационного комитета Лючия Ферранте открыла выставку писем и "
                    "фотографий Ильзе Мартен из архива ассоциации. Затем члены отделений читали "
                    "письма, которые она писала и получала, каждое — на языке его автора."
                ),
                Q(
                    "Она отвечала на каждое письмо, даже на те, в которых было только «Я не знаю, "
                    "о чём писать». Её ответ всегда был одним и тем же: напиши о своей улице, а я "
                    "напишу о своей.",
                    "Лючия Ферранте",
                    "член Координационного комитета",
                ),
                P(
                    "Член Координационного комитета Чжоу Линьси представила первый китайский "
                    "перевод избранных писем Ильзе Мартен, подготовленный молодыми переводчиками "
                    "китайского отделения. «Меридиан ТВ» показал короткий фильм по единственному "
                    "записанному интервью основательницы 1976 года."
                ),
                Q(
                    "Наша основательница не оставила нам учения. Она оставила нам метод: одно "
                    "письмо, один ответ и терпение.",
                    "Хенрик Дальбю",
                    "председатель Координационного комитета",
                ),
            ],
            tags=["Ильзе Мартен", "юбилей", "письма", "Женева"],
            captions=[
                "Цветы у памятного камня утром в день юбилея.",
                "Выставка писем Ильзе Мартен.",
                "Письмо читают на языке его автора.",
                "Страницы из архива ассоциации.",
                "Фильм по интервью основательницы 1976 года.",
                "Гости памятного вечера.",
            ],
        ),
        "zh-hans": Text(
            title="纪念协会创始人伊尔泽·马滕诞辰一百周年",
            slug="jinian-ilse-marten-danchen-yibai-zhounian",
            lead="协会会员和朋友们齐聚日内瓦，纪念1951年创立“子午线”的教师、翻译家伊尔泽·马滕诞辰一百周年。",
            body=[
                P(
                    "伊尔泽·马滕生于1926年11月14日。1950年，这位年轻的语言教师开始为自己的学生"
                    "寻找国外笔友，一年后与几位同事共同创立了协会。她领导协会近三十年，据她自己"
                    "统计，翻译的信件超过九千封。"
                ),
                P(
                    "在她百年诞辰当天，会员们在她曾任教的学校附近的公园里，向纪念碑献花。当晚，"
                    "协会在日内瓦举行了纪念活动。"
                ),
                H("书信之夜"),
                P(
                    "协调委员会委员卢西娅·费兰特为协会档案中伊尔泽·马滕的书信和照片展览揭幕。随后，"
                    "各分会会员朗读了她写下和收到的信件，每封信都用写信人的语言朗读。"
                ),
                Q(
                    "她回复每一封信，哪怕信里只写着“我不知道该写什么”。她的回答总是一样的：写写你"
                    "住的那条街吧，我也写写我的。",
                    "卢西娅·费兰特",
                    "协调委员会委员",
                ),
                P(
                    "协调委员会委员周林溪介绍了由中国分会青年译者完成的伊尔泽·马滕书信选集首部"
                    "中文译本。子午线电视放映了根据创始人1976年唯一一次录音访谈制作的短片。"
                ),
                Q(
                    "我们的创始人没有给我们留下什么学说，她留下的是一种方法：一封信，一个回音，"
                    "再加上耐心。",
                    "亨里克·达尔比",
                    "协调委员会主席",
                ),
            ],
            tags=["伊尔泽·马滕", "纪念", "书信", "日内瓦"],
            captions=[
                "纪念日清晨，纪念碑前的鲜花。",
                "伊尔泽·马滕书信展。",
                "用写信人的语言朗读信件。",
                "协会档案中的书页。",
                "根据创始人1976年访谈制作的短片。",
                "纪念晚会的来宾。",
            ],
        ),
        "de": Text(
            title="100. Geburtstag unserer Gründerin Ilse Marten",
            slug="100-geburtstag-von-ilse-marten",
            lead=(
                "Mitglieder und Freunde der Vereinigung kamen in Genf zusammen, um den 100. "
                "Geburtstag von Ilse Marten zu begehen, der Lehrerin und Übersetzerin, die "
                "„Meridian“ 1951 gründete."
            ),
            body=[
                P(
                    "Ilse Marten wurde am 14. November 1926 geboren. Als junge Sprachlehrerin "
                    "begann sie 1950, für ihre Schülerinnen und Schüler Brieffreunde im Ausland zu "
                    "suchen, und ein Jahr später gründete sie mit einigen Kollegen die "
                    "Vereinigung. Sie leitete sie fast dreißig Jahre lang und übersetzte nach "
                    "eigener Zählung mehr als neuntausend Briefe."
                ),
                P(
                    "Am Tag ihres hundertsten Geburtstags legten Mitglieder Blumen am Gedenkstein "
                    "im Park bei der Schule nieder, an der sie unterrichtet hatte. Am Abend lud "
                    "die "
                    "Vereinigung in Genf zu einer Gedenkveranstaltung ein."
                ),
                H("Ein Abend der Briefe"),
                P(
                    "Lucia Ferrante, Mitglied des Koordinierungskomitees, eröffnete eine "
                    "Ausstellung mit Briefen und Fotografien Ilse Martens aus dem Archiv der "
                    "Vereinigung. Danach lasen Mitglieder der Landesgruppen Briefe, die sie "
                    "geschrieben und erhalten hatte, jeden in der Sprache seines Verfassers."
                ),
                Q(
                    "Sie beantwortete jeden Brief, auch die, in denen nur stand: „Ich weiß nicht, "
                    "was ich schreiben soll.“ Ihre Antwort war immer dieselbe: Schreib über deine "
                    "Straße, und ich schreibe über meine.",
                    "Lucia Ferrante",
                    "Mitglied des Koordinierungskomitees",
                ),
                P(
                    "Zhou Linxi, Mitglied des Koordinierungskomitees, stellte die erste "
                    "chinesische "
                    "Übersetzung einer Auswahl von Ilse Martens Briefen vor, erarbeitet von jungen "
                    "Übersetzern der chinesischen Landesgruppe. Meridian TV zeigte einen kurzen "
                    "Film nach dem einzigen aufgezeichneten Interview der Gründerin aus dem Jahr "
                    "1976."
                ),
                Q(
                    "Unsere Gründerin hat uns keine Lehre hinterlassen. Sie hat uns eine Methode "
                    "hinterlassen: ein Brief, eine Antwort und Geduld.",
                    "Henrik Dalby",
                    "Vorsitzender des Koordinierungskomitees",
                ),
            ],
            tags=["Ilse Marten", "Jahrestag", "Briefe", "Genf"],
            captions=[
                "Blumen am Gedenkstein am Morgen des Jahrestags.",
                "Die Ausstellung der Briefe Ilse Martens.",
                "Ein Brief, gelesen in der Sprache seines Verfassers.",
                "Seiten aus dem Archiv der Vereinigung.",
                "Der Film nach dem Interview der Gründerin von 1976.",
                "Gäste des Gedenkabends.",
            ],
        ),
    },
)

STORIES = [ROUND_TABLE_LEIPZIG, FOLK_ART_AGREEMENT, PREMIERE, FOUNDER_CENTENARY]
