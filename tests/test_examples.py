"""Phrasings the extractor must read, one sentence each, written for these tests.

Each example lists the facts expected as (weapon, measure, value, qualifier, attacker, model); lists are
named by what they cover. Known misses are xfail(strict=True).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from stats.extract import extract_text

Fact = tuple[str, str, int, str, str, str]


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    facts: list[Fact] = field(default_factory=list)
    miss: str = ""  # why it is a known miss (xfail strict)


def f(weapon: str, measure: str, value: int, qualifier: str = "exact", attacker: str = "russia",
      model: str = "") -> Fact:
    return (weapon, measure, value, qualifier, attacker, model)


TOTALS_AND_PARTS = [
    Example("including", "Russia launched 612 aerial weapons, including 580 drones and decoys and 32 missiles.",
            [f("aerial_weapon", "launched", 612), f("drone", "launched", 580), f("missile", "launched", 32)]),
    Example("models-list", "The enemy used 21 Iskander-M/KN-23 ballistic missiles, 9 Iskander-K cruise missiles "
            "and 4 Kh-47M2 Kinzhal aeroballistic missiles.",
            [f("ballistic_missile", "launched", 21, model="Iskander-M/KN-23"),
             f("cruise_missile", "launched", 9, model="Iskander-K"),
             f("ballistic_missile", "launched", 4, model="Kinzhal")]),
    Example("parenthetical", "Russia sent 410 drones overnight (around 250 of them Shaheds).",
            [f("drone", "launched", 410), f("drone", "launched", 250, "about", model="Shahed")]),
    Example("namely-list", "Air Command West destroyed 44 targets, namely:\n- 40 Shahed-type drones;\n- 4 Kh-101 "
            "cruise missiles.", [f("aerial_weapon", "shot_down", 44), f("drone", "shot_down", 40, model="Shahed"),
                                 f("cruise_missile", "shot_down", 4, model="Kh-101")]),
]

OUTCOMES = [
    Example("of-them", "Russia attacked with 300 drones. Air defence shot down 210 and jammed 70 of them.",
            [f("drone", "launched", 300), f("drone", "shot_down", 210), f("drone", "jammed", 70)]),
    Example("out-of", "Ukraine downed 28 out of 31 missiles.",
            [f("missile", "shot_down", 28), f("missile", "launched", 31)]),
    Example("of-the", "Air defences destroyed 35 of the 39 drones launched overnight.",
            [f("drone", "shot_down", 35), f("drone", "launched", 39)]),
    Example("all-n", "All 14 drones were shot down over the Odesa region.",
            [f("drone", "launched", 14), f("drone", "shot_down", 14)]),
    Example("all-but", "All but one of 59 drones were shot down.",
            [f("drone", "launched", 59), f("drone", "shot_down", 58)]),
    Example("both", "Russia fired two Kh-59 missiles; both were intercepted.",
            [f("cruise_missile", "launched", 2, model="Kh-59"), f("cruise_missile", "shot_down", 2, model="Kh-59")]),
    Example("lost-locationally", "Another 37 drones were lost locationally.", [f("drone", "jammed", 37)]),
    Example("ew", "Of 90 drones, 61 were shot down and 22 were suppressed by electronic warfare.",
            [f("drone", "launched", 90), f("drone", "shot_down", 61), f("drone", "jammed", 22)]),
    Example("neutralized", "In total 118 drones were shot down or suppressed.", [f("drone", "neutralized", 118)]),
    Example("did-not-reach", "Eleven missiles did not reach their targets.", [f("missile", "jammed", 11)]),
    Example("hits", "Hits by 6 missiles and 19 drones were recorded at 12 locations.",
            [f("missile", "hit", 6), f("drone", "hit", 19)]),
    Example("article", "A cruise missile was shot down over the Kyiv region.", [f("cruise_missile", "shot_down", 1)]),
    Example("aircraft-lost", "One Su-25 attack aircraft was lost during a combat mission.",
            [f("aircraft", "lost", 1, model="Su-25")]),
]

NUMBERS_AND_QUALIFIERS = [
    Example("separators", "Russia launched 1,200 drones and 1 100 glide bombs this week.",
            [f("drone", "launched", 1200), f("guided_bomb", "launched", 1100)]),
    Example("words", "Twenty-five drones and a dozen missiles were launched.",
            [f("drone", "launched", 25), f("missile", "launched", 12)]),
    Example("record", "Russia fired a record 728 drones.", [f("drone", "launched", 728)]),
    Example("more-than", "Russia launched more than 500 drones.", [f("drone", "launched", 500, "more_than")]),
    Example("over", "Over 40 drones were downed.", [f("drone", "shot_down", 40, "more_than")]),
    Example("at-least", "At least 30 missiles were fired.", [f("missile", "launched", 30, "at_least")]),
    Example("no-fewer-than", "No fewer than 15 drones were launched.", [f("drone", "launched", 15, "at_least")]),
    Example("about", "About 40 drones were jammed.", [f("drone", "jammed", 40, "about")]),
    Example("nearly", "Nearly 50 missiles were launched.", [f("missile", "launched", 50, "about")]),
    Example("up-to", "Russia attacked in waves of up to 30 drones.", [f("drone", "launched", 30, "up_to")]),
    Example("headline-and-body", "Russia fires 90 drones at Ukraine\nRussia launched about 90 drones overnight.",
            [f("drone", "launched", 90, "about")]),
]

ATTACKERS_AND_CASUALTIES = [
    Example("ministry", "Russia's defence ministry said it downed 30 Ukrainian drones over the Kursk region.",
            [f("drone", "shot_down", 30, attacker="ukraine")]),
    Example("over-region", "Air defence systems destroyed 12 drones over the Belgorod region.",
            [f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("western-model", "Russian air defences intercepted four Storm Shadow missiles.",
            [f("missile", "shot_down", 4, attacker="ukraine", model="Storm Shadow")]),
    Example("casualties", "The strike killed three people and injured 17, including two children.",
            [f("people", "killed", 3), f("people", "injured", 17), f("people", "injured", 2)]),
    Example("one-person", "A 52-year-old man was killed in the drone attack.", [f("people", "killed", 1)]),
    Example("no-attack-named", "A 47-year-old driver was injured and taken to hospital.", []),
    Example("ground-fire", "Two people were wounded by artillery shelling in Kherson.", []),
]

DISTRACTORS = [
    Example("a-list-of-losses-with-ground-equipment-uk", "Генштаб оновив дані про втрати ворога з 24 лютого:\n"
            "- 2100 танків,\n- 4200 бойових броньованих машин,\n- 1500 артилерійських систем,\n- 350 БПЛА "
            "оперативно-тактичного рівня,\n- 120 крилатих ракет.", []),
    Example("a-list-of-losses-with-ground-equipment-en", "Enemy losses to date:\n- 1,500 tanks,\n- 3,100 armored "
            "combat vehicles,\n- 900 artillery pieces,\n- 400 drones,\n- 60 cruise missiles.", []),
    Example("a-list-of-weapons-alone-is-read-uk", "Знищено:\n- 20 БПЛА,\n- 3 крилаті ракети.",
            [f("drone", "shot_down", 20), f("cruise_missile", "shot_down", 3)]),
    Example("drones-a-side-lost-since-the-war-began-ru", "С начала СВО ВСУ потеряли более пяти тысяч "
            "беспилотников.", []),
    Example("missiles-of-a-defence-system-en", "The second contract, signed in May, covered 30 THAAD missiles and "
            "two launchers.", []),
    Example("soldiers-losses-and-the-more-after-them-uk", "Вночі дрони атакували Суми. Окремо відомство рф "
            "визнало: за місяць 2 040 військовослужбовець армії рф загинув, 5 170 – дістали поранень.", []),
    Example("a-deal-for-drones-en", "Iran signed a deal for 6,000 Shahed drones in 2022.", []),
    Example("a-contract-for-drones-ru", "Контракт на поставку 2 тысяч дронов подписан в 2023 году.", []),
    Example("a-deal-for-drones-uk", "Росія уклала угоду на 6 тисяч Шахедів.", []),
    Example("drone-detection-systems", "The aid covers 35 drone detection systems and 12 drone jammers.", []),
    Example("evacuated-people-en", "After the drone attack a woman was injured, and officials had to evacuate 40 "
            "people.", [f("people", "injured", 1)]),
    Example("evacuated-people-uk", "Після атаки дронів постраждав чоловік, евакуйовано 25 людей.",
            [f("people", "injured", 1)]),
    Example("evacuated-people-ru", "После атаки дронов пострадала женщина, эвакуированы семь человек.",
            [f("people", "injured", 1)]),
    Example("a-count-of-attacks-with-drones-en", "Russian drones hit the south again.\nThe air force said Russian "
            "forces launched 15 attacks with Shahed drones on the port.", []),
    Example("the-most-in-one-attack-ru", "Враг выпустил 330 дронов. Это наибольшее количество, которое враг "
            "применял за одну атаку, сказал он.", [f("drone", "launched", 330)]),
    Example("one-of-the-drones-fell-ru", "Над Белгородской областью сбиты 12 беспилотников. При падении одного из БПЛА "
            "повреждена крыша дома.", [f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("one-of-the-drones-detonated-en", "Air defences downed nine drones over Crimea; one of the drones "
            "detonated near a farm.", [f("drone", "shot_down", 9, attacker="ukraine")]),
    Example("treaty", "The convention, signed in 1997, has more than 160 member states.", []),
    Example("money", "The package is worth $1.5 billion and covers 3,000 interceptors.", []),
    Example("forecast", "Russia could soon launch 1,000 drones a night, officials warned.", []),
    Example("production", "The plant produces 2,700 Shahed drones a month.", []),
    Example("places", "Debris fell at 9 locations in 4 regions.", []),
    Example("platforms", "Eleven Tu-95MS bombers took off from the Olenya airfield.", []),
    Example("percent", "About 85% of the drones were intercepted on 12 June 2025.", []),
    Example("age-time", "At 09:30 a 64-year-old woman was taken to hospital.", []),
    Example("any-one-of-its-kind-uk", "Кожна знешкоджена ракета означає вцілілий будинок.", []),
    Example("any-one-of-its-kind-ru", "Каждый перехваченный беспилотник – это спасенная жизнь.", []),
    Example("still-in-the-air-v-uk", "Ще 11 дронів було локаційно втрачено, а два БпЛА залишалися в повітрі.",
            [f("drone", "jammed", 11)]),
    Example("loss-tally-since-the-war-began-en",
            "Air defences have destroyed more than 5,100 enemy drones since the start "
            "of the special military operation, the spokesman said.", []),
    Example("loss-tally-since-the-war-began-ru", "С начала специальной военной операции сбито 2 300 украинских "
            "беспилотников.", []),
    Example("loss-tally-since-the-war-began-uk", "Від початку повномасштабного вторгнення наші захисники знищили 1 800 "
            "крилатих ракет.", []),
    Example("launched-since-the-war-began-is-a-figure-en",
            "Since the start of the invasion, Russia has launched over 9,000 "
            "missiles at Ukraine.", [f("missile", "launched", 9000, "more_than")]),
    Example("rate-a-day-uk", "Торік ворог запускав у середньому по 55 дронів на день.", []),
    Example("rate-daily-uk", "За оцінкою розвідки, росіяни виробляють до 60 шахедів щодоби.", []),
    Example("rate-a-week-ru", "В среднем армия РФ применяла по 400 дронов в неделю.", []),
]


# written for these tests in the three languages; each covers one rule that is not tied to a language
ACROSS_LANGUAGES = [
    Example("participle-en", "The mayor said 18 downed drones had fallen on the outskirts overnight.",
            [f("drone", "shot_down", 18)]),
    Example("participle-ru", "К утру мэр сообщил о 12 сбитых беспилотниках, летевших на Москву.",
            [f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("participle-uk", "Голова ОВА повідомив про 9 збитих дронів над областю.", [f("drone", "shot_down", 9)]),
    Example("participle-after-ru", "Вечером мэр Москвы сообщил еще о трех беспилотниках, сбитых на подлете к столице.",
            [f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("debris-en", "Debris from a downed drone damaged the roof of a school.", [f("drone", "shot_down", 1)]),
    Example("debris-ru", "Обломки одной из ракет упали на поле, пострадавших нет.", []),
    Example("of-whole-first-ru", "Противник выпустил шесть баллистических ракет. Из шести ракет сбиты четыре.",
            [f("ballistic_missile", "launched", 6), f("ballistic_missile", "shot_down", 4)]),
    Example("of-whole-after-ru", "ПВО уничтожила 40 «шахедов» из 52, сообщили в Воздушных силах.",
            [f("drone", "shot_down", 40, model="Shahed"), f("drone", "launched", 52, model="Shahed")]),
    Example("of-noun-ru", "По городу выпустили 5 ракет и 30 дронов; из дронов сбиты 26.",
            [f("missile", "launched", 5), f("drone", "launched", 30), f("drone", "shot_down", 26)]),
    Example("regions-in-brackets", "Air defences destroyed 70 Ukrainian drones, mostly over Bryansk (31) and "
            "Kursk (22), the ministry said.",
            [f("drone", "shot_down", 70, attacker="ukraine"), f("drone", "shot_down", 31, attacker="ukraine"),
             f("drone", "shot_down", 22, attacker="ukraine")]),
    Example("owner-not-source", "Минобороны России: сбит вертолет Ми-8 Воздушных сил Украины, а также 14 "
            "беспилотников.", [f("aircraft", "shot_down", 1, attacker="ukraine", model="Mi-8"),
                               f("drone", "shot_down", 14, attacker="ukraine")]),
    Example("active-either-ru", "Ночью силы ПВО сбили или подавили 61 дрон из 80, сообщили военные.",
            [f("drone", "neutralized", 61), f("drone", "launched", 80)]),
    Example("word-piece", "The project missed its inflation target by 2 points; 14 vehicles were recalled.", []),
]

# phrasings found in real reporting (each sentence our own, modelled on the pattern; see tests/corpus/real)
REAL_PHRASINGS = [
    Example("a-modifier-with-dots-en", "Russia's ministry said it had intercepted eight U.S.-made ATACMS missiles.",
            [f("missile", "shot_down", 8, attacker="ukraine", model="ATACMS")]),
    Example("a-count-word-and-a-dash-uk", "За ніч кількість збитих ворожих дронів — 47.",
            [f("drone", "shot_down", 47)]),
    Example("rockets-of-a-launcher-en", "The Russian ministry said its crews had downed six rockets of a HIMARS "
            "launcher near the border.",
            [f("missile", "shot_down", 6, attacker="ukraine", model="HIMARS")]),
    Example("a-spaced-hyphen-as-a-dash-uk", "Також 14 дронів-імітаторів - локаційно втрачені.",
            [f("drone", "jammed", 14)]),
    Example("a-part-of-them-with-no-verb-en", "Overnight air defence downed 24 drones (nine of them Shaheds).",
            [f("drone", "shot_down", 24), f("drone", "shot_down", 9, model="Shahed")]),
    Example("a-part-of-them-with-no-verb-ru", "За сутки уничтожены четыре самолета, два из них Су-34.",
            [f("aircraft", "shot_down", 4), f("aircraft", "shot_down", 2, model="Su-34")]),
    Example("two-classes-before-one-noun-en", "Overnight the enemy fired 36 ballistic and cruise missiles at the "
            "capital.", [f("missile", "launched", 36)]),
    Example("two-classes-before-one-noun-ru", "За неделю противник выпустил 58 крылатых и баллистических ракет.",
            [f("missile", "launched", 58)]),
    Example("a-count-whose-noun-is-left-out-uk", "Росіяни випустили 4 балістичні та 25 крилатих ракет.",
            [f("ballistic_missile", "launched", 4), f("cruise_missile", "launched", 25)]),
    Example("a-count-whose-noun-is-left-out-ru", "Враг применил три баллистические и 11 крылатых ракет.",
            [f("ballistic_missile", "launched", 3), f("cruise_missile", "launched", 11)]),
    Example("the-verb-after-a-relative-clause-uk", "Дві балістичні ракети, що прямували на Дніпро, сили ППО збили над "
            "областю.", [f("ballistic_missile", "shot_down", 2)]),
    Example("the-verb-after-a-relative-clause-ru", "Четыре беспилотника, которые направлялись к Воронежу, были "
            "уничтожены.", [f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("a-second-variant-of-a-model-en", "Overnight the enemy sent Shahed-136 and 131 drones at the port; 19 "
            "were downed.", [f("drone", "shot_down", 19)]),
    Example("a-second-variant-of-a-model-uk", "Уночі ворог запустив Х-101 та 555 крилаті ракети.", []),
    Example("a-second-variant-is-no-count-of-another-model-en", "Russia sent 40 Shahed-136 and 120 Gerbera drones.",
            [f("drone", "launched", 40, model="Shahed"), f("drone", "launched", 120, model="Gerbera")]),
    Example("a-strike-claimed-the-life-of-en", "The glide bomb attack on the town claimed the life of an elderly "
            "farmer.", [f("people", "killed", 1)]),
    Example("a-strike-cut-short-the-life-of-uk", "Удар ворожого дрона обірвав життя чоловіка на Сумщині.",
            [f("drone", "launched", 1), f("people", "killed", 1)]),  # (a strike by one drone: launched 1, D1)
    Example("a-strike-took-the-life-of-ru", "Удар дрона забрал жизнь водителя в Белгородской области.",
            [f("drone", "launched", 1, attacker="ukraine"), f("people", "killed", 1, attacker="ukraine")]),
    Example("people-and-a-relative-clause-uk", "Після ракетного удару по Одесі відомо про 14 людей, які постраждали.",
            [f("people", "injured", 14)]),
    Example("people-and-a-relative-clause-ru", "После ракетного удара по Харькову известно о 11 людях, которые "
            "пострадали.", [f("people", "injured", 11)]),
    Example("a-count-of-hits-of-a-weapon-uk", "Під час атаки дронів на Київ зафіксовано 3 влучання ракет у будинки.",
            [f("missile", "hit", 3)]),
    Example("one-more-placed-item-after-and-uk", "Вночі сили ППО знищили 5 Калібрів, а також 18 Shahed на Одещині та "
            "3 – над Миколаївщиною.", [f("cruise_missile", "shot_down", 5, model="Kalibr"),
                                        f("drone", "shot_down", 18, model="Shahed"),
                                        f("drone", "shot_down", 3, model="Shahed")]),
    Example("a-toll-increased-to-uk", "У Дніпрі після ракетного удару кількість загиблих збільшилася до 17.",
            [f("people", "killed", 17)]),
    Example("victims-as-injured-uk", "Ракета влучила в будинок у Запоріжжі. Відомо про 8 потерпілих.",
            [f("missile", "hit", 1), f("people", "injured", 8)]),
    Example("targets-on-russian-territory-uk", "У Москві заявили, що за ніч збили 120 дронів, які летіли до цілей на "
            "території РФ.", [f("drone", "shot_down", 120, attacker="ukraine")]),
    Example("two-modifiers-of-strikes-en", "Over the past day the enemy carried out 4 missile and 61 air strikes, "
            "using 19 Shahed drones.", [f("drone", "launched", 19, model="Shahed")]),
    Example("a-single-missile-and-strike-drones-en", "The enemy attacked with a single Kinzhal missile and 20 "
            "Shahed-type strike drones.", [f("ballistic_missile", "launched", 1, model="Kinzhal"),
                                            f("drone", "launched", 20, model="Shahed")]),
    Example("a-decimal-with-a-scale-ru", "С начала вторжения Россия выпустила по Украине 4,5 тысячи ракет.",
            [f("missile", "launched", 4500)]),
    Example("a-decimal-with-a-scale-en", "Russia launched 1.5 thousand drones at Ukraine last month.",
            [f("drone", "launched", 1500)]),
    Example("deminers-made-safe-uk", "За тиждень піротехніки знешкодили 15 авіабомб і 40 мін.", []),
    Example("deminers-defused-en", "Sappers defused 2,000 aerial bombs over six months.", []),
    Example("a-strike-on-deminers-stays-en", "A Russian drone struck a group of deminers in Kherson, killing two "
            "of them.", [f("drone", "hit", 1), f("people", "killed", 2)]),
    Example("lost-locally-ru", "ПВО сбили 12 шахедов. Еще три — локально потеряны.",
            [f("drone", "shot_down", 12, model="Shahed"), f("drone", "jammed", 3, model="Shahed")]),
    Example("a-fixed-wing-drone-alone-ru", "Вечером беспилотник самолетного типа ПВО сбила над Курской "
            "областью.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("troops-attacked-with-drones-en", "On Tuesday night Russian troops struck Poltava with attack drones.\n\n"
            "Three residents were hurt, the mayor said.", [f("people", "injured", 3)]),
    Example("one-dead-as-a-noun-ru", "Дроны атаковали Харьков ночью, есть погибший.", [f("people", "killed", 1)]),
    Example("one-dead-as-a-noun-uk", "Ракетний удар по Сумах. На жаль, відомо про загиблого.",
            [f("people", "killed", 1)]),
    Example("injuries-incompatible-with-life-ru", "В Белгородской области украинский дрон ударил по легковой "
            "машине, водитель получил несовместимые с жизнью травмы.",
            [f("drone", "hit", 1, attacker="ukraine"), f("people", "killed", 1, attacker="ukraine")]),
    Example("missile-and-air-strikes-uk", "Протягом доби ворог завдав 4 ракетних та 52 авіаційних ударів.", []),
    Example("missile-and-air-strikes-ru", "За сутки противник нанес 2 ракетных и 38 авиационных ударов.", []),
    Example("vanished-from-radar-uk", "Ще 40 безпілотників-імітаторів зникли з радарів.", [f("drone", "jammed", 40)]),
    Example("vanished-from-radar-en", "Another 12 decoy drones disappeared from radar.", [f("drone", "jammed", 12)]),
    Example("shot-down-or-neutralized-ru", "Над областью ПВО удалось сбить или обезвредить 17 ударных дронов.",
            [f("drone", "neutralized", 17)]),
    # a single weapon as the subject of a verb of striking a target of its own hit it (D19); of dropping a load on
    # a target of its own too (D19, as the labellers of rounds 33-34 read it; a place or neighbourhood: used, D1)
    Example("a-drone-as-the-subject-of-a-strike-ru", "Вечером дрон ВСУ нанес удар по трассе в Курской области.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("an-fpv-drone-attacked-a-car-ru", "В Белгородской области FPV-дрон атаковал легковой автомобиль.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-drone-dropped-an-explosive-ru", "Дрон ВСУ сбросил взрывное устройство на остановку в Горловке.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-drone-as-the-subject-of-a-strike-uk", "Ворожий дрон завдав удару по фермі на Харківщині.",
            [f("drone", "hit", 1)]),
    Example("a-drone-dropped-an-explosive-uk", "Російський дрон скинув вибухівку на подвір'я в Херсоні.",
            [f("drone", "hit", 1)]),
    Example("a-drone-directed-at-a-bus-uk", "Окупанти направили дрон на рейсовий автобус у Херсоні.",
            [f("drone", "launched", 1)]),
    Example("a-drone-attacked-a-bus-en", "An FPV drone attacked a bus in Kherson on Monday morning.",
            [f("drone", "hit", 1)]),
    Example("a-drone-dropped-an-explosive-en", "In Horlivka a Ukrainian drone dropped a grenade on a parked van.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("list-header-uk", "12.05.2024\n(07.00)\n\nЗНИЩЕНО:\n- 27 ударних БПЛА «Shahed-136/131»\n"
            "- 2 КАР Х-59\n- вертоліт Мі-8\n- БПЛА «Орлан-10»",
            [f("drone", "shot_down", 27, model="Shahed"), f("cruise_missile", "shot_down", 2, model="Kh-59"),
             f("aircraft", "shot_down", 1, model="Mi-8"), f("drone", "shot_down", 1, model="Orlan-10")]),
    Example("imperfective-launch-verb-ru", "За неделю армия РФ применяла 310 управляемых авиабомб.",
            [f("guided_bomb", "launched", 310)]),
    Example("imperfective-launch-verb-uk", "Минулої доби росіяни застосовували 96 керованих авіабомб.",
            [f("guided_bomb", "launched", 96)]),
    Example("model-of-the-type-en", "Overnight the enemy sent 64 attack drones of the Shahed type and decoys.",
            [f("drone", "launched", 64, model="Shahed")]),
    Example("model-of-the-quoted-type-en", "Crews downed 38 strike drones of the \"Shahed\" type.",
            [f("drone", "shot_down", 38, model="Shahed")]),
    Example("of-various-types-before-the-verb-en", "By morning 23 UAVs of various types had been shot down.",
            [f("drone", "shot_down", 23)]),
    Example("launched-and-a-count-downed-en", "Overnight 52 drones were launched at the capital and 47 were downed.",
            [f("drone", "launched", 52), f("drone", "shot_down", 47)]),
    Example("relative-clause-measure-en", "Police counted 14 drones that were shot down over the district.",
            [f("drone", "shot_down", 14)]),
    Example("relative-clause-denied-en", "Nobody knew where the three drones that were not intercepted came down.", []),
    Example("all-of-a-list-en", "All 16 missiles and 31 drones were shot down, the air force said.",
            [f("missile", "launched", 16), f("missile", "shot_down", 16), f("drone", "launched", 31),
             f("drone", "shot_down", 31)]),
    Example("russian-forces-launch-ru", "За сутки ВС РФ применили 45 управляемых авиабомб по позициям на юге Украины.",
            [f("guided_bomb", "launched", 45)]),
    Example("russian-forces-shoot-down-ru", "Над Орловской областью ПВО ВС РФ сбили 7 беспилотников.",
            [f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("a-place-then-a-semicolon-en", "Russia fired five Kalibr missiles at Odesa; all were intercepted.",
            [f("cruise_missile", "launched", 5, model="Kalibr"), f("cruise_missile", "shot_down", 5, model="Kalibr")]),
    Example("of-those-with-a-noun-and-its-verb-en",
            "Russia sent 30 drones toward the capital. At least 21 of those drones "
            "were intercepted en route.", [f("drone", "launched", 30), f("drone", "shot_down", 21, "at_least")]),
    Example("shelling-of-an-air-attack-ru", "Ночью враг применил ракеты и ударные беспилотники. В результате обстрелов "
            "погибли четыре человека.", [f("people", "killed", 4)]),
    Example("shelling-of-an-air-attack-uk", "Вночі росіяни запустили по області ракети та шахеди. Унаслідок обстрілу "
            "поранено п'ятьох людей.", [f("people", "injured", 5)]),
    Example("shelling-with-artillery-ru",
            "Днем враг бил по селам из артиллерии и запускал дроны. В результате обстрелов "
            "ранены три человека.", []),
    Example("died-uk", "Після атаки дрона на село в лікарні помер 64-річний чоловік.",
            [f("drone", "launched", 1), f("people", "killed", 1)]),
    Example("died-ru", "После удара беспилотника по поселку в больнице умерла женщина.",
            [f("drone", "launched", 1), f("people", "killed", 1)]),
    Example("targeting-participle-then-the-verb-en", "The mayor said 17 drones targeting the capital were shot down.",
            [f("drone", "shot_down", 17)]),
    Example("russia-sent-outweighs-a-later-place-en", "Russia sent 64 drones overnight from airfields near Kursk and "
            "Oryol in Russia.", [f("drone", "launched", 64)]),
    Example("slash-pair-feminine-uk", "Вночі ППО збила/подавила 96 повітряних цілей.",
            [f("aerial_weapon", "neutralized", 96)]),
    Example("slash-pair-destroyed-uk", "Сили оборони знищили/подавили 48 ударних дронів.",
            [f("drone", "neutralized", 48)]),
    Example("list-header-en", "Destroyed:\n- 14 attack drones\n- one Su-25 jet", [
        f("drone", "shot_down", 14), f("aircraft", "shot_down", 1, model="Su-25")]),
    Example("list-items-are-no-headlines-uk", "ЗНИЩЕНО:\n- 5 БПЛА оперативно-тактичного рівня\n- 2 ударні БПЛА "
            "типу «Ланцет»", [f("drone", "shot_down", 5), f("drone", "shot_down", 2, model="Lancet")]),
    Example("models-next-line", "ЗНИЩЕНО:\n- 9 крилатих ракет\n  Х-101/Х-555, «Калібр»",
            [f("cruise_missile", "shot_down", 9, model="Kh-101/Kh-555/Kalibr")]),
    Example("number-above-noun", "Повітряне командування «Схід»\nЗНИЩЕНО\n\n3\nударних БПЛА\nтипу «Ланцет»",
            [f("drone", "shot_down", 3, model="Lancet")]),
    Example("markdown-ru", "⚡️ **Дежурными средствами ПВО** **уничтожены** **четыре** украинских БПЛА над "
            "[Курской областью](https://t.me/x).", [f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("enemy-of-the-teller-ru", "Заявление пресс-центра группировки войск «Юг»: средствами ПВО сбиты "
            "шесть беспилотников противника.", [f("drone", "shot_down", 6, attacker="ukraine")]),
    Example("enemy-of-the-teller-uk", "Повітряні сили: уночі ворог атакував 31 ударним БпЛА.",
            [f("drone", "launched", 31)]),
    Example("found-and-destroyed-ru", "Около 03.10 мск украинский беспилотный летательный аппарат обнаружен и "
            "уничтожен над территорией Брянской области.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("number-neutral-singular-ru", "Минобороны России: БПЛА уничтожен средствами ПВО над Орловской "
            "областью.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("the-plural-ru", "Пресечена попытка атаки тремя БПЛА по объектам в Курской области. Беспилотные "
            "летательные аппараты уничтожены.", [f("drone", "launched", 3, attacker="ukraine"),
                                                  f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("another-one-ru", "Около 15.00 мск очередной украинский БПЛА самолетного типа уничтожен над "
            "Белгородской областью.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("two-singulars-ru", "Средствами ПВО одна управляемая авиабомба и украинский беспилотный "
            "летательный аппарат уничтожены над Белгородской областью.",
            [f("guided_bomb", "shot_down", 1, attacker="ukraine"), f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("sea-drone-ru", "Второй украинский морской беспилотник уничтожен в акватории Черного моря.", []),
    Example("case-ending-uk", "Уночі ворог атакував 58-ма ударними БпЛА; збито 41-го з них.",
            [f("drone", "launched", 58), f("drone", "shot_down", 41)]),
    # the ages are no figures; the attack of a drone is one drone launched (a singular noun is a figure of 1)
    Example("age-uk", "Внаслідок атаки дрона поранені чоловіки 37 і 52 років.",  # people told one by one (D7)
            [f("drone", "launched", 1), f("people", "injured", 1), f("people", "injured", 1)]),
    Example("age-en", "Two men aged 41 and 49 were injured when a drone hit their car.",
            [f("people", "injured", 2), f("drone", "hit", 1)]),
    Example("participle-after-shot-down-uk", "ППО збила 12 крилатих ракет, випущених по Києву з бомбардувальників.",
            [f("cruise_missile", "shot_down", 12)]),
    Example("dash-then-cue-uk", "Найбільше дронів – 25 – нібито було збито над Брянською областю.",
            [f("drone", "shot_down", 25, attacker="ukraine")]),
    Example("neuter-verb-uk", "Українська ППО знищило 9 ворожих дронів.", [f("drone", "shot_down", 9)]),
    Example("platform-from-en", "Ukraine says it downed 31 of 38 cruise missiles fired from 11 bombers.",
            [f("cruise_missile", "shot_down", 31), f("cruise_missile", "launched", 38)]),
    Example("downed-participle-uk", "На Вінниччині збита російська ракета впала у поле.",
            [f("missile", "shot_down", 1)]),
    Example("debris-of-downed-uk", "Уламки збитого дрона пошкодили дах будинку.", [f("drone", "shot_down", 1)]),
    Example("debris-of-one-of-a-count-uk", "Сили ППО збили 14 дронів. Уламки збитого дрона пошкодили дах будинку.",
            [f("drone", "shot_down", 14)]),
    Example("damaged-by-one-en", "Overnight a Russian drone damaged a substation near Konotop.",
            [f("drone", "hit", 1)]),
    Example("damaged-by-one-ru", "В Шебекино украинский беспилотник повредил линию электропередачи.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("destroyed-by-one-ru", "Утром ракета разрушила двухэтажный магазин в центре Запорожья.",
            [f("missile", "hit", 1)]),
    Example("destroyed-by-a-drone-ru", "Вчера украинский дрон уничтожил склад под Курском.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("object-first-destroyed-uk", "15 дронів знищила мобільна вогнева група.", [f("drone", "shot_down", 15)]),
    Example("by-interceptors-ru", "Силы ПВО сбили 20 дронов перехватчиками.",
            [f("drone", "shot_down", 20)]),
    Example("including-regions-en", "Russian drones hit energy facilities in 8 regions, including 3 in the west.", []),
    Example("closed-bracket-en", "Russian missile strikes killed 5 people (in Kharkiv region) and 3 people in Sumy "
            "region.", [f("people", "killed", 5), f("people", "killed", 3)]),
    Example("crew-destroyed-one-ru", "Вчера расчёт ПВО уничтожил БпЛА под Курском.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("windows-by-one-uk", "Ворожий дрон вибив вікна у школі та пошкодив паркан.", [f("drone", "hit", 1)]),
    Example("power-cut-by-one-uk", "Вночі ворожий БпЛА знеструмив частину села на Чернігівщині.",
            [f("drone", "hit", 1)]),
    Example("bracketed-sexes-en", "Missile strikes killed 14 civilians (eight men and six women) in March.",
            [f("people", "killed", 14)]),
    Example("bracketed-sexes-and-children-en", "The strike on Sumy injured 23 people (12 women, 9 men and two boys).",
            [f("people", "injured", 23), f("people", "injured", 2)]),
    Example("including-women-and-children-en", "The drone attack injured 17 people, including eight women and three "
            "children.", [f("people", "injured", 17), f("people", "injured", 3)]),
    Example("bracketed-places-uk", "Під час ракетної атаки загинули 9 людей (6 осіб – у багатоповерхівці та 3 "
            "особи – на складі).", [f("people", "killed", 9)]),
    Example("off-course-ru", "Ночью ПВО уничтожила 25 БПЛА, ещё 11 сбиты с курса средствами РЭБ.",
            [f("drone", "shot_down", 25), f("drone", "jammed", 11)]),
    Example("destroyed-by-electronic-warfare-en", "Air defence shot down 30 drones overnight; four more were "
            "destroyed by electronic warfare.", [f("drone", "shot_down", 30), f("drone", "jammed", 4)]),
    Example("downed-by-the-electronic-warfare-en", "The air force shot down 31 drones, with six more probably "
            "downed by the electronic warfare crews.", [f("drone", "shot_down", 31), f("drone", "jammed", 6)]),
    Example("destroyed-by-electronic-warfare-ru", "ПВО сбила 12 беспилотников, ещё пять уничтожены силами РЭБ.",
            [f("drone", "shot_down", 12), f("drone", "jammed", 5)]),
    Example("destroyed-by-electronic-warfare-uk", "Сили ППО збили 14 дронів, ще три знищені засобами РЕБ.",
            [f("drone", "shot_down", 14), f("drone", "jammed", 3)]),
    Example("destroyed-by-electronic-warfare-and-fire-en", "Two drones were destroyed by electronic warfare and "
            "anti-aircraft fire.", [f("drone", "neutralized", 2)]),
    Example("a-record-number-then-a-colon-en", "Overnight Russia fired a record number of drones: more than 700.",
            [f("drone", "launched", 700, "more_than")]),
    Example("an-em-dash-between-words-en", "Moscow sent a record number of drones—over 600—against western cities.",
            [f("drone", "launched", 600, "more_than")]),
    Example("a-model-after-a-dash-and-a-modifier-ru", "За месяц противник выпустил около 4000 дронов — ударные "
            "«Герани» разных модификаций.", [f("drone", "launched", 4000, "about", model="Shahed")]),
    Example("a-model-after-a-dash-and-namely-uk", "Уночі ворог атакував область 80 дронами — саме типу Shahed.",
            [f("drone", "launched", 80, model="Shahed")]),
    Example("took-down-en", "Air defence crews took down 25 drones overnight, the air force said.",
            [f("drone", "shot_down", 25)]),
    Example("a-war-long-casualty-tally-en", "Since the start of the war, at least 9,000 civilians have been killed, "
            "the monitors said. On Monday a missile strike on Odesa killed four people.",
            [f("people", "killed", 4)]),
    Example("a-war-long-casualty-tally-ru", "С начала войны погибли не менее 9000 мирных жителей. В понедельник "
            "ракетный удар по Одессе унес жизни четырех человек.", [f("people", "killed", 4)]),
    Example("items-after-a-total-and-a-colon-ru", "Всего уничтожено 95 средств воздушного нападения противника: "
            "90 ударных БпЛА; пять крылатых ракет Х-101.", [f("aerial_weapon", "shot_down", 95),
                                                         f("drone", "shot_down", 90),
                                                         f("cruise_missile", "shot_down", 5, model="Kh-101")]),
    Example("debris-of-one-downed-drone-en", "Debris from a downed drone damaged a roof in Bucha overnight.",
            [f("drone", "shot_down", 1)]),
    Example("debris-of-one-of-a-count-en", "Air defence shot down 20 drones overnight. Debris from a downed drone "
            "damaged a roof in Bucha.", [f("drone", "shot_down", 20)]),
    Example("debris-of-one-downed-drone-ru", "Обломки сбитого беспилотника повредили крышу дома в Белгороде.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("women-and-men-after-a-count-en", "A Russian drone strike on Nikopol wounded six people. Three women "
            "and two men were hurt, the governor said.", [f("people", "injured", 6)]),
    Example("women-and-men-after-a-count-ru", "При атаке беспилотника на Белгород пострадали семь человек. Ранены "
            "пять женщин и двое мужчин.", [f("drone", "launched", 1, attacker="ukraine"),
                                           f("people", "injured", 7, attacker="ukraine")]),
    Example("ukraine-attacked-with-an-adverb-ru", "ВСУ устроили ночью массированную атаку беспилотниками. Всего "
            "было уничтожено 42 беспилотника.", [f("drone", "shot_down", 42, attacker="ukraine")]),
    Example("ukraine-attacked-with-an-adverb-en", "Ukraine once again attacked overnight with drones. In total 42 "
            "drones were destroyed.", [f("drone", "shot_down", 42, attacker="ukraine")]),
    Example("a-misspelt-model-en", "Air defence destroyed 12 Sahed drones over the south overnight.",
            [f("drone", "shot_down", 12, model="Shahed")]),
    Example("a-war-long-tally-listed-ru", "Всего с начала спецоперации уничтожено 550 самолетов, 270 вертолетов и "
            "около 9000 беспилотников.", []),
    Example("a-war-long-tally-listed-en", "In total, since the start of the war air defence has destroyed 7,100 "
            "drones, 120 helicopters and 90 jets.", []),
    # guards from the review of the session's rules (each wrong with a first version of its rule)
    Example("ukraine-as-the-object-ru", "Ночью армия России продолжила наступление. По скоплениям техники ВСУ "
            "нанесли удар 6 ракет «Искандер».", [f("ballistic_missile", "hit", 6, model="Iskander-M")]),
    Example("a-count-word-far-from-the-verb-ru", "Ночью ПВО сбила 12 ракет, а общее количество задействованных "
            "дронов — 500.", [f("missile", "shot_down", 12), f("drone", "launched", 500)]),
    Example("war-long-after-a-superlative-en", "A Russian missile strike on Kyiv overnight killed 23 people in the "
            "deadliest attack on the capital since the start of the full-scale invasion.", [f("people", "killed", 23)]),
    Example("electronic-warfare-first-of-several-agents-en", "Five drones were destroyed by electronic warfare, air "
            "defence and mobile fire groups.", [f("drone", "neutralized", 5)]),
    Example("drones-took-down-power-lines-en", "Overnight 20 Russian drones took down power lines across Kharkiv.",
            [f("drone", "launched", 20)]),
    Example("off-course-en", "Air defence destroyed 20 drones, and 9 more were knocked off course.",
            [f("drone", "shot_down", 20), f("drone", "jammed", 9)]),
    Example("interceptor-drones-ru", "Россия снова атаковала Киев беспилотниками. Летом на фронт поступило около "
            "800 дронов-перехватчиков.", []),
    Example("interceptor-drones-uk", "Бригада отримала 300 дронів-перехоплювачів, якими вже збили 45 шахедів.",
            [f("drone", "shot_down", 45, model="Shahed")]),
    Example("including-a-night-en", "This week air defence shot down 95 Russian drones, including 60 on the night "
            "of 4 March.", [f("drone", "shot_down", 95), f("drone", "shot_down", 60)]),
    Example("reached-their-target-ru", "Вечером над Николаевом сбили 11 дронов, ещё три достигли своей цели.",
            [f("drone", "shot_down", 11), f("drone", "hit", 3)]),
    Example("launcher-names-rockets-ru", "Ночью ПВО сбила над Курской областью девять ракет РСЗО «Вампир» и четыре "
            "ракеты РСЗО «Ольха».", [f("missile", "shot_down", 9, attacker="ukraine", model="Vampire"),
                                      f("missile", "shot_down", 4, attacker="ukraine", model="Vilkha")]),
    Example("launcher-names-rockets-en", "Air defences intercepted nine rockets of the Uragan MLRS over Belgorod.",
            [f("missile", "shot_down", 9, attacker="ukraine", model="Uragan")]),
    Example("two-quoted-launchers-ru", "Над Белгородом сбиты 14 реактивных снарядов РСЗО «Ольха» и «Вампир».",
            [f("missile", "shot_down", 14, attacker="ukraine", model="Vilkha/Vampire")]),
    Example("two-launchers-en", "Russian air defences intercepted seven rockets of HIMARS and Uragan launchers.",
            [f("missile", "shot_down", 7, attacker="ukraine", model="HIMARS/Uragan")]),
    Example("rockets-of-launch-systems-ru", "За сутки силы ПВО сбили 14 снарядов реактивных систем залпового огня "
            "«Вампир».", [f("missile", "shot_down", 14, attacker="ukraine", model="Vampire")]),
    Example("share-range-uk", "Ворог знову бив дронами по Україні. Влітку збивали від 40 до 70%.", []),
    Example("share-range-en", "Russian drones hit Ukraine again overnight. In summer air defence shot down between "
            "40 and 70%.", []),
    Example("abbreviated-thousands-uk", "Протягом семи днів ворог спрямував на Україну майже 1,2 тис. ударних дронів.",
            [f("drone", "launched", 1200, "about")]),
    Example("abbreviated-thousands-ru", "За год силы ПВО сбили более 12 тыс. беспилотников.",
            [f("drone", "shot_down", 12000, "more_than")]),
    Example("one-injury-en", "The mayor said that one injury had been recorded after drones struck the port.",
            [f("people", "injured", 1)]),
    Example("caused-one-injury-en", "The overnight missile strike on Zhytomyr caused one injury.",
            [f("people", "injured", 1)]),
    Example("debris-of-a-drone-en", "Wreckage from a drone landed on a garage in the suburbs.", []),
    Example("debris-of-a-drone-ru", "В пригороде на крышу склада упали обломки беспилотника.", []),
    Example("debris-of-a-drone-uk", "Уламки ворожого дрона впали на подвір'я приватного будинку.", []),
    Example("shooter-is-no-figure-uk", "Над Одещиною український винищувач збив крилату ракету.",
            [f("cruise_missile", "shot_down", 1)]),
    # (a village named alone: launched, D19; this example said hit before D19)
    Example("struck-by-one-uk", "Увечері ворожий дрон вдарив по селу на Сумщині.", [f("drone", "launched", 1)]),
    Example("struck-with-one-uk", "Загарбники завдали удару керованою авіабомбою по Куп'янську.",
            [f("guided_bomb", "launched", 1)]),
    Example("comparison-en", "Russia launched 1,240 drones in May and 980 in April, compared to about 700 in March.",
            [f("drone", "launched", 1240), f("drone", "launched", 980), f("drone", "launched", 700, "about")]),
    Example("tally-en", "Since the start of the operation, 402 aircraft, 3,900 drones and 8,700 tanks have been "
            "destroyed, the ministry said.", []),
    Example("missing-en", "The missile strike injured 30 people; 12 people were reported missing.",
            [f("people", "injured", 30)]),
    Example("flew-back-en", "Russia sent 40 drones; 31 were shot down and 2 flew back to Russia.",
            [f("drone", "launched", 40), f("drone", "shot_down", 31)]),
    Example("mixed-alphabets-en", "The navy said nine Kalіbr cruise missiles were launched.",
            [f("cruise_missile", "launched", 9, model="Kalibr")]),
    Example("neutralised-by-the-russian-side-uk", "У Міноборони Росії заявили, що ППО знешкодила 27 українських "
            "безпілотників.", [f("drone", "shot_down", 27, attacker="ukraine")]),
    Example("toll-rose-en", "The death toll from the missile strike on the apartment block rose to 29 on Sunday.",
            [f("people", "killed", 29)]),
    Example("possessive-is-no-place-en", "Officials said 12 people were killed in Russia's drone attack on Odesa.",
            [f("people", "killed", 12)]),
    Example("side-of-the-antecedent-en", "Nine Ukrainian drones were brought down over Crimea overnight. Six of "
            "the drones were shot down by air defences, and three were jammed.",
            [f("drone", "neutralized", 9, attacker="ukraine"), f("drone", "shot_down", 6, attacker="ukraine"),
             f("drone", "jammed", 3, attacker="ukraine")]),
    Example("group-inside-commas-en", "At least 25 people, including three children, lost their lives in the "
            "missile strike.", [f("people", "killed", 25, "at_least"), f("people", "killed", 3)]),
    Example("detected-and-destroyed-en", "Overnight, 64 drones were detected and destroyed, the Russian "
            "defence ministry said.", [f("drone", "shot_down", 64, attacker="ukraine")]),
    Example("injuries-with-a-severity-en", "A 63-year-old man sustained severe injuries when a drone struck his "
            "car.", [f("people", "injured", 1), f("drone", "hit", 1)]),
    Example("shrapnel-wounds-ru", "В результате удара беспилотников двое мужчин получили осколочные ранения.",
            [f("people", "injured", 2)]),
    Example("death-of-ru", "Глава региона сообщил о гибели трех мирных жителей при ударе беспилотников.",
            [f("people", "killed", 3)]),
    Example("plural-men-uk", "Внаслідок атаки дронів двоє чоловіків отримали осколкові поранення.",
            [f("people", "injured", 2)]),
    Example("clock-span-ru", "Над Россией сбиты 30 беспилотников. Больше всего — 12 — с 21:00 до 23:40 мск "
            "уничтожили над Курской областью.", [f("drone", "shot_down", 30, attacker="ukraine"),
                                  f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("clock-span-en", "Eight drones between 02:00 and 04:30 were shot down over the Odesa region.",
            [f("drone", "shot_down", 8)]),
    Example("aerial-vehicles-are-drones-ru", "Над Брянской областью перехвачены 11 летательных аппаратов.",
            [f("drone", "shot_down", 11, attacker="ukraine")]),
    Example("count-stood-at-en", "The number of drones shot down over the region overnight stood at 40.",
            [f("drone", "shot_down", 40)]),
    Example("count-is-ru", "По данным ведомства, количество сбитых за ночь над Курской областью БПЛА составляет 26.",
            [f("drone", "shot_down", 26, attacker="ukraine")]),
    Example("count-of-people-rose-uk", "Кількість загиблих унаслідок ракетного удару по місту зросла до 14.",
            [f("people", "killed", 14)]),
    Example("count-rose-past-a-number-en", "The number of people killed when two missiles hit apartment blocks has "
            "risen to 33.", [f("people", "killed", 33), f("missile", "hit", 2)]),
    Example("an-hour-is-no-count-ru", "По состоянию на 23 часа количество пострадавших в результате атаки "
            "беспилотников выросло до четырех.",
            [f("people", "injured", 4)]),
    Example("headline-restated-with-another-ru", "Удар по городу: двое погибших, 9 раненых\nПогибли два человека, "
            "еще 9 ранены, сообщил глава области.", [f("people", "killed", 2), f("people", "injured", 9)]),
    Example("another-after-the-dead-restates-en", "A guided bomb hit a school in the town, wounding four people. "
            "Officials later said one teacher was killed and another four people were hurt.",
            [f("guided_bomb", "hit", 1), f("people", "injured", 4), f("people", "killed", 1)]),
    Example("more-after-the-dead-in-the-sentence-before-ru", "После удара дрона по рынку ранены пять человек. "
            "Погиб один человек. Еще пять человек получили ранения, сообщили врачи.",
            [f("drone", "hit", 1), f("people", "injured", 5), f("people", "killed", 1)]),
    Example("more-after-more-of-its-own-measure-adds-en", "A missile strike wounded three people in the morning. "
            "Three more were wounded when a drone struck in the evening.",
            [f("people", "injured", 3), f("people", "injured", 3), f("drone", "hit", 1)]),
    Example("various-weapons-are-ground-fire-en", "The enemy fired at the district 40 times with various weapons "
            "over the day, wounding six civilians.", []),
    Example("various-weapons-are-ground-fire-uk", "За добу ворог 35 разів обстріляв громаду з різних видів "
            "озброєння, поранено трьох людей.", []),
    Example("a-count-told-again-by-its-kind-uk", "Вночі ворог випустив по області дві ракети. Як уточнили "
            "військові, атака велася двома крилатими ракетами «Калібр», одну з них збили.",
            [f("cruise_missile", "launched", 2, model="Kalibr"), f("cruise_missile", "shot_down", 1, model="Kalibr")]),
    Example("a-count-told-again-by-its-kind-en", "Russia fired two missiles at the port overnight. Officials said "
            "two Kh-59 cruise missiles were launched from Su-34 jets.",
            [f("cruise_missile", "launched", 2, model="Kh-59")]),
    Example("a-weapon-and-its-verb-apart-by-when-uk", "Ракета вночі влучила в складське приміщення.",
            [f("missile", "hit", 1)]),
    Example("a-weapon-and-its-verb-apart-by-when-ru", "Беспилотник ночью попал в здание котельной.",
            [f("drone", "hit", 1)]),
    Example("one-weapon-told-twice-by-its-kind-en", "A missile hit a furniture store in the city on Monday. "
            "Investigators named the weapon: a Kh-22 missile fired from a bomber.",
            [f("cruise_missile", "hit", 1, model="Kh-22")]),  # one weapon: its fate (D20)
    Example("one-weapon-told-twice-by-its-kind-ru", "Ракета попала в здание вокзала. По данным военных, удар "
            "был нанесен баллистической ракетой «Искандер-М».",
            [f("ballistic_missile", "hit", 1, model="Iskander-M")]),  # one weapon: its fate (D20)
    Example("a-weapon-of-a-passive-strike-ru", "Удар по складу был нанесен крылатой ракетой.",
            [f("cruise_missile", "hit", 1)],
            miss="a target before a passive strike ('удар по складу был нанесен ракетой') is not read: D19 makes it "
                 "hit"),
    Example("a-weapon-let-loose-in-the-passive-ru", "Ночью по городу была выпущена баллистическая ракета.",
            [f("ballistic_missile", "launched", 1)]),
    Example("people-still-unaccounted-for-en", "The drone strike on the dormitory killed six people, and about 15 "
            "others remain unaccounted for.", [f("people", "killed", 6)]),
    Example("people-under-the-rubble-ru", "После удара ракеты по дому погибли 5 человек, еще 7 остаются под "
            "завалами.", [f("missile", "hit", 1), f("people", "killed", 5)]),
    Example("shot-down-or-jammed-by-ew-and-its-parts-uk", "За даними відомства, 9 безпілотників були збиті або "
            "перехоплені засобами РЕБ над Бєлгородською областю, три – над Курською.",
            [f("drone", "neutralized", 9, attacker="ukraine"), f("drone", "neutralized", 3, attacker="ukraine")]),
    Example("shot-down-or-jammed-by-ew-ru", "Над Курской областью 14 беспилотников были сбиты или перехвачены "
            "средствами РЭБ.", [f("drone", "neutralized", 14, attacker="ukraine")]),
    Example("got-injuries-uk", "Після удару дронів по місту 17 людей дістали травм.",
            [f("people", "injured", 17)]),
    Example("the-aftermath-of-strikes-ru", "В городе продолжается ликвидация последствий ночных ударов: более 40 "
            "дронов и 6 ракет.", [f("drone", "launched", 40, "more_than"), f("missile", "launched", 6)]),
    Example("the-aftermath-of-strikes-uk", "Триває ліквідація наслідків нічної атаки: 52 дрони та 3 ракети.",
            [f("drone", "launched", 52), f("missile", "launched", 3)]),
    Example("targets-on-ukraines-territory-uk", "Сили ППО знищили 31 БпЛА та не дали досягти цілей на території "
            "України.", [f("drone", "shot_down", 31)]),
    Example("a-family-name-with-a-cruise-noun-ru", "Ночью по области были выпущены две крылатые ракеты «Искандер».",
            [f("cruise_missile", "launched", 2, model="Iskander-K")]),
    Example("a-family-name-with-a-ballistic-noun-en", "Russia fired three Iskander ballistic missiles at the city.",
            [f("ballistic_missile", "launched", 3, model="Iskander-M")]),
    Example("a-kind-word-is-no-cue-of-the-next-count-en", "Air defence crews downed 21 attack drones and three "
            "guided missiles overnight.", [f("drone", "shot_down", 21), f("missile", "shot_down", 3)]),
    Example("the-ukrainian-army-as-a-defender-en", "Moscow said its air defences downed 12 drones over the Kursk "
            "region. The Ukrainian army said it had shot down five cruise missiles.",
            [f("drone", "shot_down", 12, attacker="ukraine"), f("cruise_missile", "shot_down", 5)]),
    Example("injuries-before-their-verb-uk", "Після влучання ракети в ангар травми отримали 6 працівників.",
            [f("missile", "hit", 1), f("people", "injured", 6)]),
    Example("an-employee-told-alone-uk", "Дрон влучив у депо. Постраждала співробітниця диспетчерської служби.",
            [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("a-weapon-that-killed-reached-them-en", "Overnight a missile killed three people in a village near "
            "the border.", [f("missile", "hit", 1), f("people", "killed", 3)]),
    Example("a-weapon-that-injured-reached-them-uk", "Увечері дрон поранив двох чоловіків у селі.",
            [f("drone", "hit", 1), f("people", "injured", 2)]),
    Example("the-dead-of-a-strike-by-a-weapon-ru", "В результате удара беспилотника погиб мужчина.",
            [f("drone", "launched", 1), f("people", "killed", 1)]),
    Example("the-other-one-hit-uk", "По місту ворог випустив дві ракети. Одну збили, інша – влучила в склад.",
            [f("missile", "launched", 2), f("missile", "shot_down", 1), f("missile", "hit", 1)]),
    Example("the-other-one-hit-ru", "По городу были выпущены две ракеты: одну сбили, другая попала в гараж.",
            [f("missile", "launched", 2), f("missile", "shot_down", 1), f("missile", "hit", 1)]),
    Example("the-other-with-a-noun-is-no-single-en", "Russia launched 30 drones; 20 were shot down and the other "
            "drones were jammed.", [f("drone", "launched", 30), f("drone", "shot_down", 20)]),
    Example("hits-spelled-vluchennia-uk", "Зафіксовано влучення 9 ударних БпЛА на 4 локаціях.",
            [f("drone", "hit", 9)]),
    Example("weapons-fell-into-a-field-uk", "Дві ракети впали в полі за селом, ще одну збили.",
            [f("missile", "launched", 2), f("missile", "shot_down", 1)]),
    Example("debris-fell-into-a-yard-uk", "Уламки збитого дрона впали у дворі приватного будинку.",
            [f("drone", "shot_down", 1)]),
    Example("an-unmanned-means-ru", "Над Брянской областью уничтожены два беспилотных средства.",
            [f("drone", "shot_down", 2, attacker="ukraine")]),
    Example("an-unmanned-means-uk", "Над областю сили ППО знищили чотири безпілотні засоби.",
            [f("drone", "shot_down", 4)]),
    Example("a-participle-between-a-number-and-its-noun-ru", "Ночью расчеты ПВО сбили пять летевших на Москву "
            "беспилотников.", [f("drone", "shot_down", 5, attacker="ukraine")]),
    Example("of-the-injured-in-a-condition-ru", "После удара ракеты по городу пострадали 30 человек, из "
            "пострадавших 12 – в тяжелом состоянии.", [f("missile", "launched", 1), f("people", "injured", 30)]),
    Example("the-injured-taken-to-hospital-ru", "В результате атаки дронов на дом пострадали 9 человек. Троих "
            "пострадавших перевезли в больницу.", [f("people", "injured", 9)]),
    Example("medics-who-took-them-to-hospital-ru", "В результате удара беспилотника пострадали 14 человек, 10 из них "
            "медики госпитализировали.", [f("drone", "launched", 1), f("people", "injured", 14)]),
    Example("a-price-per-drone-uk", "Аналітики оцінюють виробництво в 35 тисяч доларів за один безпілотник.", []),
    Example("a-price-per-drone-ru", "По оценкам экспертов, это около 35 тысяч долларов за один беспилотник.", []),
    Example("attacked-from-a-drone-ru", "Днем военные РФ атаковали с дрона село на Херсонщине, ранена женщина.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("two-other-drones-ru", "Три других дрона упали на огороды на окраине.", [f("drone", "hit", 3)]),
    Example("a-quotation-and-its-speaker-ru", "«Один беспилотник попал в гараж, осколками задет водитель. Его "
            "увезли в больницу. Вторая машина не пострадала», – написал Гладков.\nВечером еще один дрон врезался в "
            "сарай.",
            [f("drone", "hit", 1, attacker="ukraine"), f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-tally-since-the-wide-scale-invasion-uk", "Від початку широкомасштабного вторгнення сили ППО "
            "знищили понад 7000 ворожих БпЛА.", []),
    Example("a-days-aggression-accusative-uk", "За добу ворог атакував область дронами. Через російську агресію "
            "2 людини загинули, ще 4 дістали поранення.", []),
    Example("a-headline-run-into-its-body-ru", "Расчеты ПВО перехватили 14 дронов ВСУ Минобороны сообщило, что за "
            "ночь дежурные расчеты перехватили 14 беспилотников ВСУ.",
            [f("drone", "shot_down", 14, attacker="ukraine")]),
    Example("one-destroyed-and-one-intercepted-ru", "Днем над Курской областью один дрон ВСУ сбит, и еще один "
            "перехвачен.",
            [f("drone", "shot_down", 1, attacker="ukraine"), f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("a-headline-of-no-side-over-a-body-of-one-ru", "В Каховке за сутки двое ранены\nУкраинские военные "
            "ударили дронами по рынку, ранены две женщины, сообщил губернатор.",
            [f("people", "injured", 2, attacker="ukraine")]),
    Example("guided-aircraft-missiles-en", "In May the enemy fired 64 cruise, ballistic and guided aircraft "
            "missiles at Ukraine.", [f("missile", "launched", 64)]),
    Example("two-counts-joined-by-and-are-two-en", "Russia launched 40 drones and 40 decoys overnight.",
            [f("drone", "launched", 40), f("drone", "launched", 40)]),
    Example("one-more-kind-told-also-en", "Russia launched two missiles from Crimea overnight. The enemy also "
            "launched two Kh-59 cruise missiles from aircraft.",
            [f("missile", "launched", 2), f("cruise_missile", "launched", 2, model="Kh-59")]),
    Example("weapons-fell-into-the-sea-uk", "Дві ракети впали в Чорне море біля Одеси.", []),
    Example("a-drone-killed-a-man-ru", "В Херсоне дрон убил мужчину.",
            [f("drone", "hit", 1), f("people", "killed", 1)]),
    Example("weapons-still-unaccounted-for-en", "Russia launched 50 drones; 40 were shot down and 10 remain "
            "unaccounted for.", [f("drone", "launched", 50), f("drone", "shot_down", 40), f("drone", "jammed", 10)]),
    Example("missile-and-air-strikes-counted-uk", "За минулу добу ворог завдав три ракетних і 41 авіаудар.", []),
    Example("missile-and-air-strikes-counted-ru", "За сутки противник нанес четыре ракетных и 38 авиаударов.", []),
    Example("electronic-warfare-before-its-verb-ru", "Над Курской областью средствами РЭБ подавлены четыре "
            "беспилотника.", [f("drone", "jammed", 4, attacker="ukraine")]),
    Example("electronic-warfare-before-a-neutralise-verb-ru", "Над Орловской областью силами радиоэлектронной борьбы "
            "были нейтрализованы три беспилотника.", [f("drone", "jammed", 3, attacker="ukraine")]),
    Example("a-pair-of-verbs-before-electronic-warfare-en", "Russia sent 70 drones; 61 of them were shot down or "
            "suppressed by electronic warfare.", [f("drone", "launched", 70), f("drone", "neutralized", 61)]),
    Example("the-enemy-of-a-lead-that-names-the-attacker-ru", "Украина вновь атаковала Курскую область. Силы ПВО "
            "сбили восемь вражеских беспилотников.", [f("drone", "shot_down", 8, attacker="ukraine")]),
    Example("a-verb-of-falling-before-its-weapons-ru", "Ночью в Тамбовской области упали три беспилотника.",
            [f("drone", "hit", 3, attacker="ukraine")]),
    Example("a-verb-of-falling-before-its-weapons-uk", "Уночі на околиці міста впали два шахеди.",
            [f("drone", "hit", 2, model="Shahed")]),
    Example("debris-that-fell-is-no-weapon-ru", "Во дворе упали обломки беспилотника.", []),
    Example("all-of-them-destroyed-uk", "Уночі ворог випустив 9 дронів і дві ракети, усі їх знищено.",
            [f("drone", "launched", 9), f("missile", "launched", 2), f("drone", "shot_down", 9),
             f("missile", "shot_down", 2)]),
    Example("all-of-them-destroyed-ru", "Ночью противник запустил 7 беспилотников, все их уничтожили силы ПВО.",
            [f("drone", "launched", 7), f("drone", "shot_down", 7)]),
    Example("a-range-of-two-numbers-en", "The strike on the market killed six or seven people, including one or "
            "two children.", [f("people", "killed", 6, "at_least"), f("people", "killed", 1, "at_least")]),
    Example("a-range-of-two-numbers-ru", "После удара ракеты по рынку погибли три или четыре человека.",
            [f("missile", "hit", 1), f("people", "killed", 3, "at_least")]),
    # a count of hits with no weapon counted before: of the attack's weapons (D3)
    Example("a-count-of-hits-after-an-attack-uk", "Після нічної атаки на Запоріжжя зафіксовано щонайменше 9 влучань, "
            "пошкоджено будинки.", [f("aerial_weapon", "hit", 9, "at_least")]),
    Example("a-count-of-hits-of-a-missile-strike-ru", "В результате ракетного удара по городу зафиксировано четыре "
            "попадания.", [f("missile", "hit", 4)]),
    Example("a-count-of-hits-after-a-missile-attack-en", "The city recorded at least nine hits after the overnight "
            "missile attack.", [f("missile", "hit", 9, "at_least")]),
    Example("hits-of-the-drones-told-before-ru", "Над областью сбиты 12 беспилотников. В Конотопе произошло три "
            "прилета, обошлось без пострадавших.", [f("drone", "shot_down", 12), f("drone", "hit", 3)]),
    Example("airport-arrivals-are-no-hits-ru", "Беспилотники атаковали регион. Аэропорт за день принял 40 прилетов и "
            "отправил 35 вылетов.", []),
    Example("of-the-type-with-a-variant-number-en", "Air defence downed 14 of the 20 drones of the Shahed-131/136 "
            "type overnight.",
            [f("drone", "shot_down", 14, model="Shahed"), f("drone", "launched", 20, model="Shahed")]),
    # a Ukrainian participle as the predicate after its noun
    Example("was-shot-down-participle-uk", "Уночі ворожий дрон був збитий над Києвом.", [f("drone", "shot_down", 1)]),
    Example("destroyed-participle-after-the-noun-uk", "Крилата ракета знищена над Вінниччиною.",
            [f("cruise_missile", "shot_down", 1)]),
    # a model's name standing for one weapon beside a singular verb
    Example("a-model-noun-beside-a-singular-verb-uk", "Уночі на околиці міста впав та вибухнув шахед.",
            [f("drone", "hit", 1, model="Shahed")]),
    Example("a-model-noun-with-a-plural-verb-is-no-one-uk", "Уночі шахеди атакували місто.", []),
    # kinds of drone between a number and its noun; "all" whose verb comes after a phrase joined by "along with"
    Example("observation-drones-en", "Overnight, air defence destroyed three observation drones near the border.",
            [f("drone", "shot_down", 3)]),
    Example("all-along-with-a-count-en", "Russia fired 8 Kalibr missiles at Odesa. All of them, along with two "
            "surveillance drones, were shot down.",
            [f("cruise_missile", "launched", 8, model="Kalibr"), f("cruise_missile", "shot_down", 8, model="Kalibr"),
             f("drone", "shot_down", 2)]),
    Example("all-n-along-with-a-count-en", "All 20 drones, along with two missiles, were shot down overnight.",
            [f("drone", "launched", 20), f("drone", "shot_down", 20), f("missile", "shot_down", 2)]),
    # "из них — 14 — над областью" after 14 of no place: the part placed, not the whole told again (D8)
    Example("of-them-placed-equal-to-the-whole-ru", "Силы ПВО за ночь уничтожили 14 украинских беспилотников. Из них "
            "— 14 — над Ростовской областью.", [f("drone", "shot_down", 14, attacker="ukraine"),
                                                  f("drone", "shot_down", 14, attacker="ukraine")]),
    Example("of-them-after-two-counts-ru", "Ночью враг запустил 40 дронов и 3 ракеты, из них 30 сбиты.",
            [f("drone", "launched", 40), f("missile", "launched", 3), f("aerial_weapon", "shot_down", 30)]),
    # a headline over a body that opens with "last week": the body's attack, told once
    Example("a-headline-of-another-night-stays-en", "Russia fired 50 drones at Ukraine overnight\nThe night before, "
            "Russia launched 40 drones at the country, the air force said.\n",
            [f("drone", "launched", 50), f("drone", "launched", 40)]),
    Example("a-headline-over-last-week-uk", "Росія за тиждень випустила по Україні понад 900 дронів\nПротягом "
            "минулого тижня росіяни застосували близько 900 ударних дронів та 30 ракет, повідомив президент.\n",
            [f("drone", "launched", 900, "about"), f("missile", "launched", 30)]),
    # a count word before a dash or a verb of amounting, of weapons with no measure of their own: launched
    Example("the-number-of-drones-dash-uk", "Ворог знову атакував область. Кількість дронів — щонайменше 40.",
            [f("drone", "launched", 40, "at_least")]),
    Example("the-number-of-drones-in-a-forecast-ru", "Россия может довести число дронов в одной атаке до 1 500.",
            []),
    Example("the-number-of-missiles-in-stock-ru", "Количество ракет на складах России — около 1500.", []),
    Example("hits-after-ground-fire-uk", "Ворог обстрілював громаду з артилерії. Загалом зафіксовано 25 прильотів.",
            []),
    Example("hits-of-debris-uk", "Після атаки дронів зафіксовано 5 влучань уламків.", []),
    Example("a-missile-strike-names-the-hits-ru", "Над областью сбиты 12 беспилотников. После ракетного удара по "
            "городу зафиксировано четыре попадания.", [f("drone", "shot_down", 12), f("missile", "hit", 4)]),
    Example("attacks-on-ukrainian-cities-ru", "В ходе массированной атаки украинских городов сбито 50 дронов.",
            [f("drone", "shot_down", 50)]),
    # a pair of verbs of shooting down and of jamming: one or the other, neutralized
    Example("shooting-down-and-suppressing-all-en", "The ministry said its forces repelled the raid, shooting down and "
            "suppressing all 12 Ukrainian drones.", [f("drone", "launched", 12, attacker="ukraine"),
                                                      f("drone", "neutralized", 12, attacker="ukraine")]),
    Example("downed-and-suppressed-uk", "Уночі сили ППО збили та подавили 23 ворожі дрони.",
            [f("drone", "neutralized", 23)]),
    # weapons that attacked a target of their own hit it; a place named alone was only attacked (D19)
    Example("a-drone-attacked-a-car-ru", "Дрон атаковал легковой автомобиль на трассе, ранен водитель.",
            [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("a-strike-of-a-drone-on-a-car-ru", "В результате удара дрона по автомобилю пострадали три человека.",
            [f("drone", "hit", 1), f("people", "injured", 3)]),
    Example("two-drones-attacked-a-depot-ru", "Ночью два беспилотника атаковали нефтебазу, начался пожар.",
            [f("drone", "hit", 2)]),
    Example("a-car-attacked-by-a-drone-ru", "В селе автомобиль был атакован дроном, погиб мужчина.",
            [f("drone", "hit", 1), f("people", "killed", 1)]),
    Example("struck-a-factory-with-a-missile-uk",
            "Внаслідок удару російською ракетою по підприємству загинули четверо.",
            [f("missile", "hit", 1), f("people", "killed", 4)]),
    Example("a-drone-attacked-a-bus-injuring-en", "A drone attacked a bus in the city, injuring two passengers.",
            [f("drone", "hit", 1), f("people", "injured", 2)]),
    Example("drones-attacked-a-city-stay-launched-ru", "Ночью три беспилотника атаковали Таганрог.",
            [f("drone", "launched", 3, attacker="ukraine")]),
    Example("a-drone-struck-a-community-stays-launched-uk", "Росіяни вдарили дроном по громаді, поранено жінку.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("instrumental-bombs-before-the-verb-ru", "Двумя авиабомбами ударила авиация по окраине города.",
            [f("guided_bomb", "launched", 2)]),
    Example("attacked-a-target-and-were-downed-uk", "Дванадцять дронів атакували підприємство і були знищені.",
            [f("drone", "launched", 12), f("drone", "shot_down", 12)]),
    Example("a-repelled-attack-on-a-depot-ru", "Ночью отражена атака 20 беспилотников на нефтебазу.",
            [f("drone", "launched", 20), f("drone", "neutralized", 20)]),
    Example("an-adjective-before-a-city-ru", "Ночью три дрона атаковали прифронтовой Херсон.",
            [f("drone", "launched", 3)]),
    Example("attacked-several-districts-en", "Twelve drones attacked several districts of the city overnight.",
            [f("drone", "launched", 12)]),
    Example("the-bus-en", "A drone attacked the bus near the market, injuring two passengers.",
            [f("drone", "hit", 1), f("people", "injured", 2)]),
    Example("an-enemy-drone-attacked-a-car-ru", "Дрон противника атаковал гражданский автомобиль, ранен водитель.",
            [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("after-an-attempt-of-another-kind-ru", "После неудачной попытки прорыва дрон атаковал автомобиль.",
            [f("drone", "hit", 1)]),
    Example("an-attempted-attack-reached-nothing-ru", "Ночью была предпринята неудачная попытка атаки беспилотника по "
            "объектам порта.", [f("drone", "launched", 1)]),
    # the attack's owner named after the attack noun: the side of its casualties
    Example("an-armed-forces-attack-en", "A Ukrainian Armed Forces attack on the town on Monday left three residents "
            "injured, the mayor said.", [f("people", "injured", 3, attacker="ukraine")]),
    Example("an-attack-of-the-afu-ru", "В результате атаки ВСУ на село пострадали два жителя, сообщил глава района.",
            [f("people", "injured", 2, attacker="ukraine")]),
    Example("a-drone-attack-from-the-side-of-ukraine-ru",
            "При атаке беспилотника со стороны Украины погиб мужчина, ещё трое ранены.",
            [f("drone", "launched", 1, attacker="ukraine"), f("people", "killed", 1, attacker="ukraine"),
             f("people", "injured", 3, attacker="ukraine")]),
    Example("a-days-count-of-strikes-uk", "Упродовж доби ворог завдав 412 ударів по населених пунктах області, "
            "поранено двох людей.", []),
    Example("a-days-count-of-attacks-en", "The enemy carried out 73 attacks on 11 communities over the day, wounding "
            "three residents.", []),
    Example("a-count-of-missile-attacks-keeps-its-casualties-en", "Russia carried out 12 missile attacks on the "
            "region, killing four people.", [f("people", "killed", 4)]),
    Example("persons-genitive-uk", "Унаслідок ракетного удару по селищу загинули 23 осіб.",
            [f("people", "killed", 23)]),
    Example("took-the-lives-uk", "Удар ракети по місту забрав життя щонайменше 11 людей.",
            [f("people", "killed", 11, "at_least")]),
    Example("of-them-another-measure-uk", "Унаслідок атаки дронів постраждали 35 осіб, з них 6 загинули.",
            [f("people", "injured", 35), f("people", "killed", 6)]),
    Example("agent-before-the-verb-uk", "Вночі ворог атакував ракетами. 2 ракети оборонці приземлили над "
            "Дніпром.", [f("missile", "shot_down", 2)]),
    Example("agent-before-the-verb-ru", "Два украинских беспилотника военные сбили над Крымом.",
            [f("drone", "shot_down", 2, attacker="ukraine")]),
    Example("hyphenated-kind-of-a-weapon-uk", "Вночі ворог атакував дронами. 17 ворожих безпілотників-імітаторів — "
            "локаційно втрачені.", [f("drone", "jammed", 17)]),
    Example("rose-to-before-the-verb-uk", "До семи зросла кількість постраждалих через ракетну атаку на місто.",
            [f("people", "injured", 7)]),
    Example("repelled-attack-en", "Air defence forces repelled an attack by 19 drones flying toward Moscow, the "
            "mayor said.", [f("drone", "launched", 19, attacker="ukraine"),
                            f("drone", "neutralized", 19, attacker="ukraine")]),
    Example("repelled-attack-ru", "Силами ПВО отражена атака шести беспилотников, летевших на Москву.",
            [f("drone", "launched", 6, attacker="ukraine"), f("drone", "neutralized", 6, attacker="ukraine")]),
    Example("all-but-of-an-unknown-whole-en", "Air defence shot down all but 12 of the drones Russia launched "
            "overnight.", []),
    Example("more-of-the-en", "Russia launched 52 drones. Seven more of the drones were lost to electronic "
            "warfare.", [f("drone", "launched", 52), f("drone", "jammed", 7)]),
    Example("unaccounted-for-en", "Russia launched 150 Shahed drones; 31 Shaheds were unaccounted for.",
            [f("drone", "launched", 150, model="Shahed"), f("drone", "jammed", 31, model="Shahed")]),
    Example("description-then-measure-ru", "Два БПЛА летящих в направлении Москвы, уничтожены средствами ПВО.",
            [f("drone", "shot_down", 2, attacker="ukraine")]),
    Example("cut-off-drone-name-ru", "Средствами ПВО уничтожены тринадцать украинских беспилотных летательных",
            [f("drone", "shot_down", 13, attacker="ukraine")]),
    Example("range-with-grouped-thousands-ru", "В Воздушных силах считают, что противник может запускать 800–1 000 "
            "беспилотников за ночь.", []),
    Example("people-word-before-people-noun-uk", "Внаслідок атаки дронів один цивільний співробітник отримав "
            "поранення.", [f("people", "injured", 1)]),
    Example("attacked-with-a-list-uk", "Область за добу атакували ракетою, 12-ма шахедами та двома КАБами.",
            [f("missile", "launched", 1), f("drone", "launched", 12, model="Shahed"),
             f("guided_bomb", "launched", 2)]),
    # the attack of a drone is a drone launched (ANNOTATION: a singular noun is a figure of 1)
    Example("one-person-uk", "Внаслідок атаки дрона на село постраждав староста громади.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("still-in-the-airspace-en", "Russia launched 30 drones overnight; one enemy UAV is still in Ukrainian "
            "airspace.", [f("drone", "launched", 30)]),
    Example("compared-with-past-the-cue-en", "The ministry said 640 drones were destroyed over Russia in May, "
            "compared with 512 in April.", [f("drone", "shot_down", 640, attacker="ukraine"),
                                            f("drone", "shot_down", 512, attacker="ukraine")]),
    Example("landed-by-ew-ru", "Над Крымом средства РЭБ посадили украинский беспилотник.",
            [f("drone", "jammed", 1, attacker="ukraine")]),
    Example("one-shrapnel-wound-ru", "В результате атаки беспилотника один человек получил осколочное ранение.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("struck-a-car-ru", "В результате атаки украинских беспилотников в селе дрон ударил по автомобилю.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("failed-to-shoot-down-uk", "Ворог атакував 15 дронами. Один безпілотник не вдалося збити.",
            [f("drone", "launched", 15)]),
    Example("failed-to-intercept-en", "Russia launched 40 drones; air defence failed to intercept 5 drones.",
            [f("drone", "launched", 40)]),
    Example("toll-of-a-missile-attack-rose-en", "The death toll in the Russian missile attack on the city rose to "
            "18.", [f("people", "killed", 18)]),
    Example("of-them-flying-at-ru", "Над Московским регионом уничтожены 16 беспилотников, из них 13 летели на "
            "Москву.", [f("drone", "shot_down", 16, attacker="ukraine"),
                        f("drone", "shot_down", 13, attacker="ukraine")]),
    Example("pieces-ru", "По информации ведомства, количество сбитых над Курской областью БПЛА составляет 26 штук.",
            [f("drone", "shot_down", 26, attacker="ukraine")]),
    Example("including-a-person-of-no-count-en", "The drone attack left dead and injured, including a child, in "
            "the town.", []),
    Example("civilian-population-en", "There are dead and injured among the civilian population after the missile "
            "strike.", []),
    Example("verb-before-people-is-theirs-uk", "Внаслідок ракетного удару постраждали 23 людини, троє людей загинули.",
            [f("people", "injured", 23), f("people", "killed", 3)]),
    Example("suffered-injuries-uk", "Внаслідок удару ракети загинули 4 особи та 15 людей зазнали поранень.",
            [f("missile", "launched", 1), f("people", "killed", 4), f("people", "injured", 15)]),
    Example("as-well-as-ends-including-uk", "Після ракетного удару є численні жертви, в тому числі діти, а також "
            "понад 40 осіб отримали поранення.", [f("people", "injured", 40, "more_than")]),
    Example("four-digit-count-after-a-dash-uk", "За місяць протиповітряною обороною знищено близько 86% – 1953 "
            "«Шахеди».", [f("drone", "shot_down", 1953, model="Shahed")]),
    Example("known-to-have-died-en", "By the evening, 14 people were known to have died in the missile strike.",
            [f("people", "killed", 14)]),
    Example("the-plural-restates-a-figure-en", "Air defence destroyed 15 out of 17 drones launched by Russia. The "
            "drones were destroyed over the Sumy region.", [f("drone", "shot_down", 15), f("drone", "launched", 17)]),
    Example("all-of-a-list-one-each-en", "Russia fired 4 ballistic missiles and 22 cruise missiles overnight. All "
            "of them were shot down.", [f("ballistic_missile", "launched", 4), f("cruise_missile", "launched", 22),
                                        f("ballistic_missile", "shot_down", 4),
                                        f("cruise_missile", "shot_down", 22)]),
    Example("all-of-them-ru", "Россия атаковала двумя баллистическими ракетами и 29 крылатыми ракетами. Все они "
            "были сбиты.", [f("ballistic_missile", "launched", 2), f("cruise_missile", "launched", 29),
                             f("ballistic_missile", "shot_down", 2), f("cruise_missile", "shot_down", 29)]),
    Example("missile-shelling-is-an-attack-ru", "При ракетном обстреле города ранения получили 13 человек.",
            [f("people", "injured", 13)]),
    Example("artillery-shelling-is-no-air-attack-ru", "При артиллерийском обстреле города ранения получили 3 человека.",
            []),
    Example("text-cut-inside-the-noun-ru", "Над Брянской областью средствами ПВО уничтожены два украинских "
            "беспилотника и пять БПЛ", [f("drone", "shot_down", 2, attacker="ukraine"),
                                        f("drone", "shot_down", 5, attacker="ukraine")]),
    Example("parts-of-the-measured-part-en", "Air defence intercepted or neutralized 210 of the 230 detected airborne "
            "threats, including 190 drones and 20 cruise missiles.",
            [f("aerial_weapon", "neutralized", 210), f("aerial_weapon", "launched", 230),
             f("drone", "neutralized", 190), f("cruise_missile", "neutralized", 20)]),
    Example("verb-before-beats-headed-after-en", "Air defence systems intercepted more than 90 incoming aerial "
            "threats, including 12 drones headed toward Moscow.",
            [f("aerial_weapon", "shot_down", 90, "more_than", attacker="ukraine"),
             f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("headline-value-corrected-en", "Kyiv says it downed 20 of 31 cruise missiles\nUkraine's air defence shot "
            "down 20 of the 32 cruise missiles Russia fired overnight, and one Kinzhal ballistic missile.",
            [f("cruise_missile", "launched", 32), f("cruise_missile", "shot_down", 20),
             f("ballistic_missile", "launched", 1, model="Kinzhal")]),
    Example("headline-sums-its-body-ru", "ПВО за ночь сбила пять беспилотников над Подмосковьем\nСилы ПВО сбили "
            "еще два беспилотника, летевших на Москву. Ранее мэр сообщил о трех сбитых беспилотниках, летевших на "
            "Москву.",
            [f("drone", "shot_down", 5, attacker="ukraine"), f("drone", "shot_down", 2, attacker="ukraine"),
             f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("participle-after-a-single-weapon-ru", "Ночью над Севастополем сбили крылатую ракету, выпущенную с юга.",
            [f("cruise_missile", "shot_down", 1, attacker="ukraine")]),
    Example("participle-after-a-single-weapon-en", "Air defence over Odesa destroyed a cruise missile fired from a "
            "ship.", [f("cruise_missile", "shot_down", 1)]),
    Example("number-neutral-noun-after-its-adjective-ru", "Над Белгородской областью был перехвачен вражеский БПЛА.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("landed-and-suppressed-is-jammed-ru", "Над западным Крымом украинский БПЛА был посажен и подавлен, "
            "сообщил глава республики.",
            [f("drone", "jammed", 1, attacker="ukraine")]),
    Example("fpv-drones-in-a-list-uk", "Окупанти атакували район: три fpv-дрони і два КАБи.",
            [f("drone", "launched", 3), f("guided_bomb", "launched", 2)]),
    Example("during-the-attack-of-a-drone-ru", "При атаке дрона ВСУ на автомобиль пострадал водитель.",
            [f("drone", "hit", 1, attacker="ukraine"), f("people", "injured", 1, attacker="ukraine")]),
    Example("a-count-of-people-opens-no-list-of-weapons-uk", "Постраждали двоє людей.\n\nПротягом дня по громаді "
            "було застосовано:\n\nдва КАБ;\n\n15 БпЛА типу «Герань-2».",
            [f("people", "injured", 2), f("guided_bomb", "launched", 2), f("drone", "launched", 15, model="Shahed")]),
    Example("one-death-en", "Overnight drone strikes on Odesa caused at least one death, officials said.",
            [f("people", "killed", 1, "at_least")]),
    Example("one-death-told-as-the-person-en", "Russian drones struck Odesa overnight, causing at least one death. A "
            "40-year-old woman was killed in her house.", [f("people", "killed", 1, "at_least")]),
    Example("not-a-single-one-en", "Overnight Russia fired two missiles but did not use a single Shahed drone, "
            "monitors said.", [f("missile", "launched", 2)]),
    Example("not-one-ru", "Над регионом не было сбито ни одного БПЛА, сообщил губернатор.", []),
    Example("launched-and-downed-en", "More than 40 drones flew at the city overnight and were downed, the mayor "
            "said.", [f("drone", "launched", 40, "more_than"), f("drone", "shot_down", 40, "more_than")]),
    Example("launched-and-downed-uk", "Дванадцять дронів атакували місто і були знищені.",
            [f("drone", "launched", 12), f("drone", "shot_down", 12)]),
    Example("restated-exactly-keeps-at-least-en", "A missile strike on the town killed at least 12 people, officials "
            "said. The governor said the strike killed 12 people and injured 40 others.",
            [f("people", "killed", 12, "at_least"), f("people", "injured", 40)]),
    Example("thousands-then-digits-uk", "За пів року окупанти випустили по області 1 тисячу 340 "
            "ракет.", [f("missile", "launched", 1340)]),
    Example("thousands-then-digits-ru", "Армия РФ выпустила 1 тысячу 200 ракет.", [f("missile", "launched", 1200)]),
    Example("missile-strikes-are-no-missiles-uk", "Вночі ворог завдав щонайменше чотирьох ракетних ударів по місту.",
            []),
    Example("casualties-of-a-missile-strike-after-shelling-uk", "Окупанти обстріляли село з артилерії. Після ракетного "
            "удару по місту поранення отримали п'ятеро людей.", [f("people", "injured", 5)]),
    Example("hit-by-a-missile-its-adjective-singular-uk", "Склад у місті пошкоджено через влучання російської ракети "
            "вночі.", [f("missile", "hit", 1)]),
    Example("number-neutral-noun-with-a-singular-verb-uk", "Уночі БпЛА влучив у складське приміщення на околиці.",
            [f("drone", "hit", 1)]),
    Example("strike-of-an-fpv-drone-uk", "Автівку пошкоджено внаслідок удару FPV-дроном по трасі.",
            [f("drone", "hit", 1)]),
    Example("barrage-munitions-en", "The military counted 17 barrage munitions launched at the south overnight.",
            [f("drone", "launched", 17)]),
    Example("all-of-a-set-with-a-launched-participle-en", "Air defence crews intercepted all four cruise missiles "
            "fired at the capital.", [f("cruise_missile", "launched", 4), f("cruise_missile", "shot_down", 4)]),
    Example("a-days-tally-of-aggression-uk", "Унаслідок збройної агресії росіян за добу на Херсонщині поранено "
            "чотирьох людей.", []),
    Example("a-phrase-whose-head-is-singular-ru", "Над Курской областью ударный беспилотник был уничтожен в воздухе.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("whose-weapon-after-it-ru", "Над Белгородской областью дрон ВСУ был уничтожен.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("whose-weapon-after-it-uk", "Дрон ворога було збито над Сумщиною.", [f("drone", "shot_down", 1)]),
    Example("ukraines-forces-as-the-subject-ru", "Ночью ВСУ запустили два беспилотника, оба сбиты.",
            [f("drone", "launched", 2, attacker="ukraine"), f("drone", "shot_down", 2, attacker="ukraine")]),
    Example("owner-then-model-after-the-noun-ru", "Зенитчики доложили: над Изюмом сбит БпЛА ВСУ типа "
            "«Фурия».", [f("drone", "shot_down", 1, attacker="ukraine", model="Furia")]),
    Example("hit-by-one-missile-genitive-ru", "В центре города от попадания ракеты погиб один человек.",
            [f("missile", "hit", 1), f("people", "killed", 1)]),
    Example("hits-of-missiles-are-no-count-ru", "От попадания ракет пострадали дома.", []),
    Example("a-drone-exploded-ru", "Из-за взрыва дрона у магазина пострадали двое подростков.",
            [f("drone", "hit", 1), f("people", "injured", 2)]),
    Example("attacks-by-drones-plural-uk", "Ворог не припиняє атаки дронами на область, ППО працює.", []),
    Example("people-of-a-town-uk", "Після удару ракети четверо жителів Нового Села загинули.",
            [f("missile", "launched", 1), f("people", "killed", 4)]),
    Example("gerunds-of-casualties-uk", "Ворог ударив по селищу дронами, поранивши шістьох людей і вбивши "
            "одну людину.", [f("people", "killed", 1), f("people", "injured", 6)]),
    Example("a-condition-is-no-count-ru", "Ночью дрон атаковал город. Ранены 12 человек. Состояние троих "
            "пострадавших тяжелое.", [f("drone", "launched", 1), f("people", "injured", 12)]),
    Example("fell-in-is-a-hit-ru", "По городу ударили двумя КАБами. Одна из бомб упала в частном секторе.",
            [f("guided_bomb", "launched", 2), f("guided_bomb", "hit", 1)]),
    Example("about-one-is-a-topic-en", "A Russian drone hit the village; police received reports about one "
            "injured woman.", [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("apparatus-names-the-drones-again-ru", "ПВО сбила 41 беспилотник над Курской областью и ещё 12 "
            "аппаратов над Белгородской.",
            [f("drone", "shot_down", 41, attacker="ukraine"), f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("a-finite-launched-verb-is-the-numbers-own-en", "A school was destroyed in Odesa as nine missiles were "
            "fired at the city.", [f("missile", "launched", 9)]),
    Example("a-gapped-clause-of-a-break-down-uk", "У Нікопольському районі збили 4 БпЛА, а в Павлоградському – 2.",
            [f("drone", "shot_down", 4), f("drone", "shot_down", 2)]),
    Example("a-gapped-clause-with-more-ru", "Над Курской областью сбиты 5 беспилотников, а над Брянской – ещё 3.",
            [f("drone", "shot_down", 5, attacker="ukraine"), f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("a-gapped-clause-en", "Air defence shot down four drones over Kharkiv, and in the south - two.",
            [f("drone", "shot_down", 4), f("drone", "shot_down", 2)]),
    Example("more-then-a-town-after-the-dash-uk", "2 ракети оборонці приземлили у Криворізькому районі та ще 3 – "
            "у Дніпрі.", [f("missile", "shot_down", 2), f("missile", "shot_down", 3)]),
    Example("a-launcher-named-in-a-relative-clause-ru", "Над Крымом ПВО уничтожила три ракеты, которые были "
            "выпущены с пусковой установки «Гром-2».",
            [f("ballistic_missile", "shot_down", 3, attacker="ukraine", model="Grom-2")]),
    Example("a-launcher-after-a-participle-ru", "У побережья ПВО сбила баллистическую ракету, которую запустил "
            "ОТРК «Гром-2».", [f("ballistic_missile", "shot_down", 1, attacker="ukraine", model="Grom-2")]),
    Example("a-carrier-aircraft-is-no-model-en", "Air defence shot down 12 missiles launched from Tu-95MS bombers.",
            [f("missile", "shot_down", 12)]),
    Example("a-verb-after-the-participle-ends-the-launcher-search-en", "Five of the 30 cruise missiles fired "
            "overnight were Kh-55s.", [f("cruise_missile", "launched", 5, model="Kh-55"),
                                        f("cruise_missile", "launched", 30)]),
    Example("a-single-night-is-a-duration-en", "It was the largest number of drones fired in a single night.", []),
    Example("one-night-is-a-duration-ru", "За одну ночь над регионом сбиты 40 беспилотников.",
            [f("drone", "shot_down", 40)]),
    Example("spellings-of-shahed-en", "Russia launched 420 drones, among them more than 300 \"shaheeds\"; a Shahid "
            "drone hit a school.", [f("drone", "launched", 420),
                                    f("drone", "launched", 300, "more_than", model="Shahed"),
                                    f("drone", "hit", 1, model="Shahed")]),
    Example("struck-a-target-with-missiles-en", "Russia struck the centre of the town of Izium with three ballistic "
            "missiles.", [f("ballistic_missile", "hit", 3)]),
    Example("hit-a-target-with-a-missile-en", "Russia hit the clinic with a Kh-101 cruise missile.",
            [f("cruise_missile", "hit", 1, model="Kh-101")]),
    Example("struck-a-country-with-drones-en", "Russia struck Ukraine with 250 drones overnight.",
            [f("drone", "launched", 250)]),
    Example("struck-a-city-with-drones-en", "Russia struck the city of Odesa with 30 drones.",
            [f("drone", "launched", 30)]),
    Example("spellings-of-kinzhal-en", "Four missiles X-47M2 ‘Kinzhal’ were fired from MiG-31K jets, and one "
            "Kyndzhal was shot down.", [f("ballistic_missile", "launched", 4, model="Kinzhal"),
                                        f("ballistic_missile", "shot_down", 1, model="Kinzhal")]),
    Example("a-difference-is-no-count-en", "Russia sent 510 drones, beating the record it had set a week earlier "
            "by about 60 drones.", [f("drone", "launched", 510)]),
    Example("an-agent-with-by-is-a-count-en", "The port was attacked by 25 drones.", [f("drone", "hit", 25)]),
    Example("a-city-attacked-by-drones-en", "The city was attacked by 25 drones overnight.",
            [f("drone", "launched", 25)]),
    Example("a-difference-is-no-count-uk", "Цього місяця росія випустила на 300 дронів більше, ніж у травні.", []),
    Example("a-rise-by-is-no-count-ru", "Число сбитых за неделю БПЛА выросло на 45.", []),
    Example("one-aerial-object-uk", "Над Житомирщиною сили ППО збили повітряний об’єкт.",
            [f("aerial_weapon", "shot_down", 1)]),
    Example("one-air-target-ru", "Дежурные средства ПВО поразили воздушную цель над Курском.",
            [f("aerial_weapon", "shot_down", 1, attacker="ukraine")]),
    Example("half-a-hundred-uk", "Уранці по країні випустили пів сотні ракет.", [f("missile", "launched", 50)]),
    Example("half-a-hundred-ru", "Над областью за сутки сбиты полсотни беспилотников.", [f("drone", "shot_down", 50)]),
    Example("a-symbol-opens-the-next-sentence-ru", "Ночью пресечена попытка атаки киевского режима беспилотниками. "
            "▫️Три БПЛА летевших к Москве, уничтожены средствами ПВО.",
            [f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("a-crew-destroyed-one-uav-ru", "Над Белгородской областью экипаж ЗРК «Тор-М2» сбил БпЛА ВСУ.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("a-crew-destroyed-one-uav-uk", "Розрахунок ППО збив БпЛА над Сумщиною.", [f("drone", "shot_down", 1)]),
    Example("interceptors-are-the-defenders-en", "Ukraine used 40 interceptors overnight as Russia launched 35 "
            "missiles.", [f("missile", "launched", 35)]),
    Example("a-text-cut-inside-a-later-word-of-the-noun-ru", "Пресечена атака БПЛА киевского режима. Расчетом "
            "ЗРК сбит беспилотный летатель", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("a-text-cut-inside-the-outcome-verb-ru", "Ночью пресечена попытка атаки беспилотников киевского "
            "режима. Средствами ПВО два БПЛА уничтож", [f("drone", "shot_down", 2, attacker="ukraine")]),
    Example("a-text-cut-inside-a-verb-of-detection-ru", "Ночью пресечена попытка атаки беспилотников киевского "
            "режима. Средствами ПВО два БПЛА обнар", [f("drone", "launched", 2, attacker="ukraine")]),
    Example("more-of-the-same-with-no-verb-ru", "Ночью пресечена попытка атаки беспилотников киевского режима. Два "
            "БПЛА уничтожены над морем. Еще пять БПЛ", [f("drone", "shot_down", 2, attacker="ukraine"),
                                                    f("drone", "shot_down", 5, attacker="ukraine")]),
    Example("a-partitive-over-a-participle-with-its-object-ru", "Пресечена атака киевского режима четырьмя "
            "беспилотниками. Три из атакующих город БПЛА уничтожены средствами ПВО.",
            [f("drone", "launched", 4, attacker="ukraine"), f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("a-sentence-naming-its-source-tells-of-the-other-side-en", "Moscow's defence ministry said it downed 20 "
            "drones over Kursk. Last month, Ukraine's military counted attacks by 700 drones, up from 400 the month "
            "before.", [f("drone", "shot_down", 20, attacker="ukraine"), f("drone", "launched", 700),
                                 f("drone", "launched", 400)]),
    Example("western-missiles-are-missiles-unless-the-class-is-stated-en", "Russia's defence ministry said it "
            "downed three Storm Shadow missiles and two ATACMS tactical missiles.",
            [f("missile", "shot_down", 3, attacker="ukraine", model="Storm Shadow"),
             f("missile", "shot_down", 2, attacker="ukraine", model="ATACMS")]),
    Example("air-defence-missiles-at-the-ground-uk", "Ворог атакував Харків трьома ракетами С-300.",
            [f("missile", "launched", 3, model="S-300")]),
    Example("that-four-of-them-en", "Moscow said Ukraine fired six ATACMS missiles and that four of them were "
            "intercepted.", [f("missile", "launched", 6, attacker="ukraine", model="ATACMS"),
                             f("missile", "shot_down", 4, attacker="ukraine", model="ATACMS")]),
    Example("one-of-its-fighters-is-the-shooter-en", "Moscow said one of its fighters had shot down a Mirage 2000 jet.",
            [f("aircraft", "shot_down", 1, attacker="ukraine", model="Mirage 2000")]),
    Example("a-live-blog-line-restating-its-headline-en", "7m ago 02.10 EST Nine Shahed drones shot down over "
            "Kharkiv region The governor wrote on Telegram that nine Shahed drones were shot down over the Kharkiv "
            "region overnight.", [f("drone", "shot_down", 9, model="Shahed")]),
    Example("one-number-over-a-list-of-nouns-en", "Over the week Russia used more than 900 missiles, guided bombs "
            "and drones.", [f("aerial_weapon", "launched", 900, "more_than")]),
    Example("models-then-other-types-of-the-noun-en", "By morning, 140 hostile Shahed-type UAVs, Gerbera, and "
            "other kinds of drones were shot down/suppressed, the command said.",
            [f("drone", "neutralized", 140, model="Shahed/Gerbera")]),
    Example("a-forecast-in-the-future-continuous-en", "Experts think that by spring Moscow will be regularly "
            "launching 1,500 drones per night.", []),
    Example("a-forecast-expected-to-en", "Russia is expected to launch 800 drones a night.", []),
    Example("tens-as-a-scale-ru", "Ночью по Брянской области ВСУ запустили почти два десятка дронов.",
            [f("drone", "launched", 20, "about", attacker="ukraine")]),
    Example("hundreds-as-a-scale-uk", "Росія запустила по Україні дві сотні дронів.", [f("drone", "launched", 200)]),
    Example("tens-alone-are-vague-ru", "Над областью сбиты десятки беспилотников.", []),
    Example("neuter-passive-of-hit-means-downed-ru", "Над Киевом было поражено около трёх десятков вражеских "
            "ракет.", [f("missile", "shot_down", 30, "about")]),
    Example("weapons-of-one-list-share-the-side-one-names-en", "Moscow's defence ministry said it downed 20 drones "
            "over Kursk. Overnight our crews destroyed four Russian Kinzhal missiles and 15 other missiles.",
            [f("drone", "shot_down", 20, attacker="ukraine"),
             f("ballistic_missile", "shot_down", 4, model="Kinzhal"), f("missile", "shot_down", 15)]),
    Example("a-verb-after-a-relative-clause-en", "Another drone that tried to reach Moscow was shot down over the "
            "Moscow region.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("a-woman-and-her-son-uk", "Після удару дрона загинули 35-річна жінка та її син.",
            [f("drone", "launched", 1), f("people", "killed", 1), f("people", "killed", 1)]),
    Example("a-man-and-his-daughter-ru", "После удара дрона погибли мужчина и его дочь.",
            [f("drone", "launched", 1), f("people", "killed", 1), f("people", "killed", 1)]),
    Example("a-woman-and-her-husband-en", "A Russian drone hit the car, killing a woman and her husband.",
            [f("drone", "hit", 1), f("people", "killed", 2)]),
    Example("a-fighter-after-the-verb-is-its-subject-uk", "Дві з ракет над Миколаївщиною збив український "
            "винищувач.", [f("missile", "shot_down", 2)]),
    Example("an-aircraft-shot-down-by-a-missile-unit-ru", "Под Курском зенитным ракетным подразделением сбит "
            "российский штурмовик Су-25.", [f("aircraft", "shot_down", 1, model="Su-25")]),
    Example("a-noun-after-its-models-names-them-en", "Iranian-designed Shahed attack drones flew at the port "
            "again; roughly a dozen were brought down before dawn.",
            [f("drone", "shot_down", 12, "about", model="Shahed")]),
    Example("models-after-namely-en", "Overnight the army fired four ground-launched missiles, namely Iskander-M "
            "and S-400.", [f("missile", "launched", 4, model="Iskander-M/S-400")]),
    Example("models-after-namely-uk", "Окупанти застосували дві ракети, а саме: «Іскандер-М» та С-300.",
            [f("missile", "launched", 2, model="Iskander-M/S-300")]),
    Example("including-is-no-model-of-the-whole-en", "Russia launched 40 drones, including Shaheds.",
            [f("drone", "launched", 40)]),
    Example("more-of-a-thing-counted-before-en", "Russia launched 30 drones at the port. Five fuel tanks burned "
            "down and two more were hit.", [f("drone", "launched", 30)]),
    Example("more-of-a-thing-counted-before-ru", "Из-за атаки дронов задержаны 120 рейсов, еще 40 перенаправлены в "
            "другие аэропорты.", []),
    Example("more-of-the-weapons-counted-before-en", "Russia launched 40 drones; 35 were shot down and two more "
            "were jammed.", [f("drone", "launched", 40), f("drone", "shot_down", 35), f("drone", "jammed", 2)]),
    Example("a-denied-outcome-is-no-figure-ru", "Ночью ПВО работала по дронам; около 20 беспилотников не было "
            "сбито.", []),
    Example("a-denied-outcome-is-no-figure-uk", "Близько 15 ракет не були збиті силами ППО.", []),
    Example("a-denied-outcome-after-a-total-en", "Russia sent 50 drones; 44 were shot down and six were not "
            "intercepted.", [f("drone", "launched", 50), f("drone", "shot_down", 44)]),
    Example("a-weapon-destroyed-by-a-jet-ru", "Над морем украинский беспилотник был уничтожен истребителем "
            "Су-30.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("a-place-between-the-verb-and-its-one-weapon-ru", "Расчет ЗРК уничтожил в районе н.п. Лесное БпЛА "
            "самолетного типа.", [f("drone", "shot_down", 1)]),
    Example("a-place-between-the-verb-and-its-one-weapon-uk", "Мобільна вогнева група збила біля села Калинівка "
            "ворожий БпЛА.", [f("drone", "shot_down", 1)]),
    Example("no-place-between-the-verb-and-the-weapon-ru", "Склад противника выявили в ходе разведки при помощи "
            "беспилотного летательного аппарата.", []),
    Example("an-unknown-adjective-before-a-weapon-ru", "Противник атаковал город с применением трёх "
            "малогабаритных БПЛА.", [f("drone", "launched", 3)]),
    Example("an-unknown-adjective-before-targets-ru", "Артиллерия нанесла поражение по 120 замеченным целям.", []),
    Example("such-weapons-are-no-figure-ru", "Обсуждается передача от 10 до 30 таких ракет.", []),
    Example("ukrainian-drone-models-ru", "Над Брянской областью сбит украинский беспилотник Ту-141 «Стриж».",
            [f("drone", "shot_down", 1, attacker="ukraine", model="Tu-141")]),
    Example("a-cue-of-several-words-cut-off-ru", "Пресечена атака двух БПЛА. Один БПЛА уничтожен, второй БПЛА "
            "подавлен средствами радиоэлек", [f("drone", "launched", 2), f("drone", "shot_down", 1),
                                              f("drone", "jammed", 1)]),
    Example("a-list-of-verbs-after-detected-ru", "Ночью украинский дрон был обнаружен, подавлен РЭБ и упал в "
            "поле.", [f("drone", "jammed", 1, attacker="ukraine")]),
    Example("what-a-system-has-is-no-figure-ru", "У зенитного комплекса имеется 8 ракет.", []),
    Example("people-listed-by-their-ages-uk", "Після удару ракети поранено жінок 34 та 58 років.",
            [f("missile", "launched", 1), f("people", "injured", 1), f("people", "injured", 1)]),
    Example("people-listed-by-their-ages-ru", "При атаке беспилотника погибли мужчины в возрасте 40 и 63 лет.",
            [f("drone", "launched", 1), f("people", "killed", 1), f("people", "killed", 1)]),
    Example("a-count-before-people-with-ages-en", "After the drone strike two men aged 41 and 49 were injured.",
            [f("people", "injured", 2)]),
    Example("casualties-of-a-mixed-day-are-no-figures-uk", "За добу ворог випустив по громаді 300 снарядів з "
            "артилерії, мінометів та дронів. Поранено двох людей.", []),
    Example("the-attacker-between-the-weapon-and-its-verb-uk", "Дроном ворог влучив по фермі на околиці села.",
            [f("drone", "hit", 1)]),
    Example("the-attacker-between-the-weapon-and-its-verb-ru", "Две ракеты противник выпустил по городу.",
            [f("missile", "launched", 2)]),
    Example("a-weapon-that-fell-into-a-place-hit-it-en", "Overnight a Russian drone fell into the yard of a "
            "school in Sumy.", [f("drone", "hit", 1)]),
    Example("free-fall-bomb-models-with-a-glide-kit-ru", "Авиация противника ударила по окраине города тремя ФАБ-500 "
            "с УМПК.", [f("guided_bomb", "launched", 3, model="FAB-500")]),
    Example("air-defence-missiles-are-no-attack-figure-en", "The package includes 200 Stinger missiles and 40 "
            "Patriot missiles for Kyiv.", []),
    Example("a-part-by-its-model-after-of-them-were-en", "Russia sent 120 attack drones and decoys overnight; "
            "roughly 70 of them were Shaheds.", [f("drone", "launched", 120), f("drone", "launched", 70, "about",
                                                                                   model="Shahed")]),
    Example("the-launch-verb-before-a-bare-number-uk", "Ворог атакував громаду дронами. Їх було випущено понад "
            "три десятки.", [f("drone", "launched", 30, "more_than")]),
    Example("the-launch-verb-before-a-bare-number-ru", "Противник атаковал район беспилотниками. Всего было "
            "выпущено 16.", [f("drone", "launched", 16)]),
    Example("a-place-inside-the-participle-phrase-ru", "Губернатор рассказал о девяти сбитых в небе над Курской "
            "областью беспилотниках.", [f("drone", "shot_down", 9, attacker="ukraine")]),
    Example("injured-then-died-is-killed-ru", "При атаке дрона водитель получил тяжелые ранения, и к утру спасти "
            "его не удалось.", [f("drone", "launched", 1), f("people", "killed", 1)]),
    Example("injured-then-died-is-killed-en", "A drone hit the bus; a passenger was injured and later died in "
            "hospital.", [f("drone", "hit", 1), f("people", "killed", 1)]),
    Example("an-adverb-of-degree-before-injured-en", "Four people were seriously injured when a drone hit the "
            "market.", [f("people", "injured", 4), f("drone", "hit", 1)]),
    Example("an-adverb-of-degree-before-injured-uk", "Після атаки дрона двоє людей були легко поранені.",
            [f("drone", "launched", 1), f("people", "injured", 2)]),
    Example("an-adverb-of-degree-before-injured-ru", "После удара ракеты пятеро человек были серьезно ранены.",
            [f("missile", "launched", 1), f("people", "injured", 5)]),
    Example("the-hit-of-one-missile-uk", "Внаслідок влучання ракети у склад зайнялася пожежа.",
            [f("missile", "hit", 1)]),
    Example("hits-of-counted-missiles-uk", "Зафіксовано влучання 4 ракет у промислові об'єкти.",
            [f("missile", "hit", 4)]),
    Example("did-not-survive-is-killed-ru", "После удара дрона по рынку не выжила 70-летняя женщина.",
            [f("drone", "hit", 1), f("people", "killed", 1)]),
    Example("did-not-survive-is-killed-uk", "Після атаки дрона на село не вижив 58-річний чоловік.",
            [f("drone", "launched", 1), f("people", "killed", 1)]),
    Example("did-not-survive-is-killed-en", "A Russian drone hit the bus stop; a 45-year-old man at the stop did "
            "not survive.", [f("drone", "hit", 1), f("people", "killed", 1)]),
    Example("a-noun-after-its-models-names-them-partitive-en", "Bombers fired Kh-101 cruise missiles at the "
            "valley overnight. Three of them struck a warehouse.",
            [f("cruise_missile", "hit", 3, model="Kh-101")]),
    Example("a-scale-word-after-a-qualifier-uk", "За тиждень ворог випустив понад тисячу ударних дронів.",
            [f("drone", "launched", 1000, "more_than")]),
    Example("a-scale-word-after-a-qualifier-ru", "Ночью над регионом сбили около сотни беспилотников.",
            [f("drone", "shot_down", 100, "about")]),
    Example("a-scale-word-in-its-singular-form-ru", "За неделю армия выпустила тысячу двести дронов.",
            [f("drone", "launched", 1200)]),
    Example("a-plural-scale-word-alone-is-no-count-uk", "Вночі сотні дронів атакували міста на заході.", []),
    Example("a-comma-inside-a-combined-outcome-uk", "Станом на ранок збито, або подавлено 41 ворожий безпілотник.",
            [f("drone", "neutralized", 41)]),
    Example("a-comma-inside-a-combined-outcome-en", "By morning air defence had shot down, or suppressed, 41 drones.",
            [f("drone", "neutralized", 41)]),
    Example("a-type-marker-in-the-plural-uk", "Ворог запустив 95 безпілотників типів Shahed і Гербера.",
            [f("drone", "launched", 95, model="Shahed/Gerbera")]),
    Example("killed-or-injured-is-no-figure-en", "In May, 310 civilians were killed or injured in air strikes.", []),
    Example("killed-or-injured-is-no-figure-uk", "Загинули або зазнали поранень 212 мирних мешканців.", []),
    Example("killed-or-injured-is-no-figure-ru", "За месяц 97 жителей были убиты или ранены при ударах дронов.", []),
    Example("killed-and-injured-apart-stay-figures-en", "The drone strike killed four people and injured nine.",
            [f("people", "killed", 4), f("people", "injured", 9)]),
    Example("an-uncounted-quantity-is-no-one-ru", "Ночью ПВО сбила над районом несколько БПЛА, поврежден дом.", []),
    Example("an-uncounted-quantity-is-no-one-uk", "Вночі сили ППО збили над громадою кілька БпЛА, пошкоджено "
            "будинок.", []),
    Example("manufacturing-per-day-is-no-figure-ru", "Заводу удается изготавливать 90 беспилотников в день.", []),
    Example("rockets-of-a-rocket-system-ru", "Средствами ПВО перехвачены 12 реактивных снарядов системы залпового "
            "огня HIMARS и 9 реактивный снаряд системы залпового огня «Ольха».",
            [f("missile", "shot_down", 12, attacker="ukraine", model="HIMARS"),
             f("missile", "shot_down", 9, attacker="ukraine", model="Vilkha")]),
    Example("one-more-weapon-of-the-list-with-an-article-en", "Overnight two Ukrainian missiles and an "
            "unmanned aircraft were shot down above the region.",
            [f("missile", "shot_down", 2, attacker="ukraine"), f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("a-verb-of-the-last-noun-alone-en", "Russia launched 40 drones and a missile was shot down.",
            [f("drone", "launched", 40), f("missile", "shot_down", 1)]),
    Example("drones-and-decoy-munitions-en", "Russia launched 310 drones and decoy munitions overnight.",
            [f("drone", "launched", 310)]),
    Example("taken-to-hospital-after-the-injured-is-a-part-ru", "При атаке дронов ранены шесть человек, трое "
            "госпитализированы.", [f("people", "injured", 6)]),
    Example("taken-to-hospital-after-the-injured-is-a-part-en", "The drone attack injured six people; three were "
            "hospitalized.", [f("people", "injured", 6)]),
    Example("taken-to-hospital-alone-is-the-injured-ru", "После удара ракеты трое жителей госпитализированы.",
            [f("missile", "launched", 1), f("people", "injured", 3)]),
    Example("led-to-the-death-of-uk", "Удар дрона призвів до смерті двох людей та поранення п'ятьох інших.",
            [f("drone", "launched", 1), f("people", "killed", 2), f("people", "injured", 5)]),
    Example("a-restated-count-takes-its-at-least-uk", "Після удару ракети загинули четверо людей. За словами "
            "голови громади, щонайменше четверо людей загинули.",
            [f("missile", "launched", 1), f("people", "killed", 4, "at_least")]),
    Example("destroyed-a-target-with-missiles-is-hit-en", "Russian forces destroyed the fuel depot with two "
            "Iskander missiles.", [f("ballistic_missile", "hit", 2, model="Iskander-M")]),
    Example("destroyed-weapons-with-fire-groups-is-shot-down-en", "Air defence destroyed 20 drones with mobile fire "
            "groups.", [f("drone", "shot_down", 20)]),
    Example("its-first-is-one-en", "A week earlier the air force had shot down its first Kinzhal missile.",
            [f("ballistic_missile", "shot_down", 1, model="Kinzhal")]),
    Example("a-country-as-the-owner-after-the-noun-ru", "Шесть БПЛА Украины были сбиты над Брянской областью.",
            [f("drone", "shot_down", 6, attacker="ukraine")]),
    Example("suppressed-by-electronic-warfare-uk", "Над Кримом збито 7 БпЛА, ще 12 – придушено засобами РЕБ.",
            [f("drone", "shot_down", 7, attacker="ukraine"), f("drone", "jammed", 12, attacker="ukraine")]),
    Example("surface-drones-are-boats-uk", "Біля бухти знищили два надводні дрони.", []),
    Example("surface-drones-are-boats-en", "The fleet destroyed three surface drones near the bay.", []),
    Example("a-launch-site-in-occupied-land-names-no-side-en", "Russia attacked the ports with 25 Shahed drones "
            "launched from Chauda in occupied Crimea. Two civilians were injured.",
            [f("drone", "launched", 25, model="Shahed"), f("people", "injured", 2)]),
    Example("a-launch-site-in-occupied-land-names-no-side-uk", "Ворог атакував 40 ударними БпЛА з напрямку "
            "Чауда в окупованому Криму. Поранено трьох людей.",
            [f("drone", "launched", 40), f("people", "injured", 3)]),
    Example("ukraine-downs-names-russias-attack-en", "Kyiv says Ukrainian drones hit a refinery. Ukraine downs "
            "all 19 cruise missiles during Russia's overnight attack.",
            [f("cruise_missile", "launched", 19), f("cruise_missile", "shot_down", 19)]),
    Example("the-ukrainian-army-tells-of-the-enemy-en", "Russian officials claimed a raid on Belgorod. 'Last night "
            "the enemy used 12 cruise missiles,' the Ukrainian army said.", [f("cruise_missile", "launched", 12)]),
    Example("an-attempted-terrorist-attack-is-ukraines-en", "The ministry reported an attempted terrorist "
            "attack: seven drones were intercepted above the sea.",
            [f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("an-attempted-terrorist-attack-is-ukraines-ru", "Ночью была попытка террористической атаки: уничтожены "
            "семь беспилотников.", [f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("a-weapon-that-fell-onto-a-place-hit-it-uk", "Вночі дрон упав на дах складу в Одесі.",
            [f("drone", "hit", 1)]),
    Example("a-range-is-no-count-uk", "В інші ночі ворог запускав від 30 до 70 дронів.", []),
    Example("a-range-is-no-count-ru", "Ежедневно ПВО уничтожает от 5 до 10 беспилотников противника.", []),
    Example("a-range-is-no-count-en", "On quieter nights Russia launched between 40 and 90 drones.", []),
    Example("up-to-alone-stays-a-figure-uk", "Ворог випустив до 80 ударних дронів.",
            [f("drone", "launched", 80, "up_to")]),
    Example("others-of-the-counted-weapons-en", "Air defence downed 14 drones over Bryansk and five others over "
            "the sea.", [f("drone", "shot_down", 14, attacker="ukraine"),
                         f("drone", "shot_down", 5, attacker="ukraine")]),
    Example("a-tally-since-the-invasion-date-uk", "Крім того, з 24 лютого 2022 року наші захисники збили 310 "
            "літаків.", []),
    Example("a-night-from-the-invasion-date-stays-uk", "Вночі з 24 лютого на 25 лютого ППО збила 30 дронів.",
            [f("drone", "shot_down", 30)]),
    Example("a-stock-in-storage-is-no-figure-en", "The strike hit a depot storing 300 Shahed-type drones.", []),
    Example("fewer-hospitalised-after-the-injured-en", "A Russian missile hit the block. Twenty people were "
            "injured. Fourteen people were hospitalized.", [f("missile", "hit", 1), f("people", "injured", 20)]),
    Example("fewer-hospitalised-after-the-injured-ru", "Ракета попала в дом. Пострадали девять человек. Пятеро "
            "пострадавших госпитализированы.", [f("missile", "hit", 1), f("people", "injured", 9)]),
    Example("people-listed-by-age-in-two-groups-uk", "Ворог атакував місто дроном. Травмувалися чоловіки 70 і 65 "
            "років, жінки 71, 40 років.", [f("drone", "launched", 1)] + [f("people", "injured", 1)] * 4),
    Example("a-stress-reaction-is-no-injury-uk", "Ворог атакував місто дроном. Травмувалися троє людей, також "
            "гостру реакцію на стрес отримали 40 мешканців.", [f("drone", "launched", 1), f("people", "injured", 3)]),
    Example("lost-locally-is-jammed-uk", "Збито 30 російських дронів, 12 локально втрачено.",
            [f("drone", "shot_down", 30), f("drone", "jammed", 12)]),
    Example("casualties-in-a-region-russia-attacks-ru", "Беспилотник атаковал Белгород. Ранены три человека.",
            [f("drone", "launched", 1, attacker="ukraine"), f("people", "injured", 3, attacker="ukraine")]),
    Example("a-headline-drones-injure-n-en", "Russian drones injure nine in Sumy",
            [f("people", "injured", 9)]),
    Example("an-uncounted-plural-is-no-count-ru", "Ночью ПВО сбила 40 беспилотников. Днём несколько украинских "
            "беспилотников были сбиты над Ростовской областью.", [f("drone", "shot_down", 40)]),
    Example("a-tally-during-the-operation-ru", "За время специальной военной операции средства ПВО уничтожили более "
            "90 тысяч беспилотников.", []),
    Example("a-building-destroyed-by-a-missile-en", "Rescuers searched the rubble of a block destroyed by a Russian "
            "missile.", [f("missile", "hit", 1)]),
    Example("drones-destroyed-by-fire-groups-en", "Twenty drones were destroyed by mobile fire groups.",
            [f("drone", "shot_down", 20)]),
    Example("a-forecast-could-see-en", "Officials warned the coming month could see 3,500 glide bombs.", []),
    Example("a-headline-names-the-weapons-the-body-calls-targets-uk", "ППО збила 20 БпЛА над областю\n\n"
            "Протиповітряна оборона знищила 20 повітряних цілей.", [f("drone", "shot_down", 20)]),
    Example("casualties-in-a-held-town-follow-the-story-ru", "ВСУ атаковали Донецк дронами. В Донецке ранены "
            "четыре человека.", [f("people", "injured", 4, attacker="ukraine")]),
    Example("they-killed-one-and-wounded-more-uk", "Росіяни вдарили по місту дронами. Уночі вони вбили "
            "одного жителя та поранили ще 14 людей.", [f("people", "killed", 1), f("people", "injured", 14)]),
    Example("they-killed-one-and-wounded-more-ru", "Россияне ударили по городу дронами. Ночью они убили "
            "одного жителя и ранили еще 14 человек.", [f("people", "killed", 1), f("people", "injured", 14)]),
    Example("sought-medical-treatment-is-injured-en", "After the missile strike 64 people sought medical treatment "
            "and 20 were hospitalized.", [f("people", "injured", 64)]),
    Example("sought-medical-help-is-injured-uk", "Після удару ракети 12 людей звернулися по медичну допомогу.",
            [f("missile", "launched", 1), f("people", "injured", 12)]),
    Example("sought-medical-help-is-injured-ru", "После удара ракеты 12 человек обратились за медицинской помощью.",
            [f("missile", "launched", 1), f("people", "injured", 12)]),
    Example("class-adjectives-for-the-noun-uk", "Ворог випустив 20 ракет: 15 крилатих і 5 балістичних.",
            [f("missile", "launched", 20), f("cruise_missile", "launched", 15),
             f("ballistic_missile", "launched", 5)]),
    Example("class-adjectives-for-the-noun-ru", "ПВО сбила 12 ракет, из них 9 – крылатые.",
            [f("missile", "shot_down", 12), f("cruise_missile", "shot_down", 9)]),
    Example("class-adjectives-for-the-noun-en", "Russia fired 20 missiles overnight: 15 cruise and 5 ballistic.",
            [f("missile", "launched", 20), f("cruise_missile", "launched", 15),
             f("ballistic_missile", "launched", 5)]),
    Example("units-between-a-number-and-its-noun-ru", "Над областью уничтожены 14 единиц БПЛА.",
            [f("drone", "shot_down", 14)]),
    Example("units-between-a-number-and-its-noun-uk", "Ворог запустив по області 12 одиниць ударних БпЛА.",
            [f("drone", "launched", 12)]),
    Example("units-of-equipment-are-no-weapons-ru", "Удар уничтожил примерно 30 единиц бронетехники.", []),
    Example("a-type-marker-in-the-plural-ru", "Противник применил 95 беспилотников типов Shahed и Гербера.",
            [f("drone", "launched", 95, model="Shahed/Gerbera")]),
    Example("a-noun-of-neutralizing-in-another-case-ru", "Губернатор сообщил о нейтрализации трех беспилотников "
            "над областью.", [f("drone", "neutralized", 3, attacker="ukraine")]),
    Example("a-place-in-russia-tells-the-side-of-a-story-of-no-side-en", "Fire at a fuel depot near Tver after "
            "an overnight raid\nFire at a fuel depot near Tver after an overnight raid, the regional authorities "
            "said.\nAt 2:40 a.m., residents heard a series of blasts. Crews put the fire out; the region's air cover "
            "brought down eight drones.", [f("drone", "shot_down", 8, attacker="ukraine")]),
    Example("held-land-the-drones-came-from-tells-no-side-uk", "Атака йшла з кількох напрямків, зокрема з "
            "окупованого Криму.\nЗа даними на ранок, вдалося збити 40 безпілотників.", [f("drone", "shot_down", 40)]),
    Example("the-russian-defenders-with-a-word-between-ru", "Около полуночи расчеты российской противовоздушной "
            "обороны сбили над полем 11 беспилотников.", [f("drone", "shot_down", 11, attacker="ukraine")]),
    Example("the-russian-defenders-with-a-word-between-uk", "Вночі російські засоби ППО знищили 12 дронів.",
            [f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("russian-troops-attacking-stay-russian-ru", "Российские войска атаковали Харьков десятью дронами.",
            [f("drone", "launched", 10)]),
    Example("destroyed-or-suppressed-with-the-verb-of-suppressing-uk", "Сили ППО знищили або придушили 31 "
            "ворожий дрон.", [f("drone", "neutralized", 31)]),
    Example("a-noun-of-neutralizing-before-one-weapon-uk", "Під час нейтралізації безпілотника над Сумами "
            "пошкоджено вікна двох будинків.", [f("drone", "neutralized", 1)]),
    Example("at-the-very-least-en", "At the very least 14 people were killed when a missile hit the block.",
            [f("people", "killed", 14, "at_least"), f("missile", "hit", 1)]),
    Example("a-child-told-after-the-count-to-be-among-the-dead-en", "A missile strike on the city killed five "
            "people. A 10-year-old boy was among the dead.", [f("people", "killed", 5), f("people", "killed", 1)]),
    Example("a-man-told-after-the-count-adds-nothing-en", "A missile strike on the city killed five people. A "
            "60-year-old man was among the dead.", [f("people", "killed", 5)]),
    Example("children-among-the-injured-after-the-count-en", "Drones hit two blocks of flats, injuring 12 people. "
            "Three children were among the injured.", [f("people", "injured", 12), f("people", "injured", 3)]),
    Example("an-age-in-words-before-a-person-en", "A drone struck a car near Kherson, and a seventy-year-old woman "
            "was injured.", [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("a-headline-drops-its-article-en", "Governor says Ukrainian drone downed over Kursk region\nNo one "
            "was hurt, he said.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("a-headline-of-a-term-drops-its-article-en", "Cruise missile shot down over Lviv region\nNo one was "
            "hurt.", [f("cruise_missile", "shot_down", 1)]),
    Example("a-headline-with-a-model-drops-its-article-en", "Kinzhal missile intercepted over Kyiv\nDebris fell in "
            "two districts, officials said.", [f("ballistic_missile", "shot_down", 1, model="Kinzhal")]),
    Example("a-plural-noun-in-a-headline-is-no-count-en", "Drones shot down over Kursk region\nNo one was hurt.",
            []),
    Example("a-participle-in-the-prepositional-singular-ru", "Местные каналы писали о 21 сбитом беспилотнике над "
            "югом страны.", [f("drone", "shot_down", 21)]),
    Example("casualties-of-launcher-rockets-alone-ru", "Ракеты «Ольха» ударили по центру Белгорода. Погибли два "
            "человека.", []),
    Example("casualties-of-launcher-rockets-alone-en", "A HIMARS strike on the town killed five people, officials "
            "said.", []),
    Example("casualties-of-drones-and-launcher-rockets-ru", "Ночью беспилотники и ракеты «Ольха» атаковали "
            "Белгород. Погибли два человека.", [f("people", "killed", 2, attacker="ukraine")]),
    # guards from the review of the ninth session's rules (each wrong with a first version of its rule)
    Example("one-item-of-boats-makes-no-tally-ru", "Ночью ВСУ атаковали Крым:\n- 40 беспилотников,\n- 5 катеров.",
            [f("drone", "launched", 40, attacker="ukraine")]),
    Example("russian-troops-that-destroyed-a-target-stay-russian-ru", "Российские войска уничтожили склад ВСУ "
            "ударом трех ракет «Искандер».", [f("ballistic_missile", "launched", 3, model="Iskander-M")]),
    Example("a-weapon-named-across-a-comma-is-no-antecedent-en", "Russia launched 60 drones overnight. As in "
            "previous missile attacks, 55 were shot down.", [f("drone", "launched", 60), f("drone", "shot_down", 55)]),
    Example("the-cost-of-neutralizing-one-drone-uk", "Вартість нейтралізації одного шахеда становить близько 100 "
            "тисяч доларів.", []),
    Example("a-headline-single-inside-the-body-count-en", "Ukrainian drone downed over Belgorod region\nMoscow's "
            "military later put the night's count at 27 Ukrainian drones brought down over border areas.",
            [f("drone", "shot_down", 27, attacker="ukraine")]),
    Example("among-the-dead-and-more-after-it-en", "A missile hit Kyiv. The number of dead rose to 12. A 6-year-old "
            "boy was among the dead, as were two rescuers.", [f("missile", "hit", 1), f("people", "killed", 12),
                                                              f("people", "killed", 1), f("people", "killed", 2)]),
    Example("among-the-dead-with-no-count-before-en", "A missile struck the station. A journalist was among those "
            "killed.", [f("missile", "hit", 1), f("people", "killed", 1)]),
    Example("among-the-injured-after-a-count-of-the-dead-en", "Drones killed two people in the town. A 70-year-old "
            "woman was among the injured.", [f("people", "killed", 2), f("people", "injured", 1)]),
    Example("each-then-a-dash-before-the-places-en", "Air defence destroyed 14 drones: 6 over the Sumy region, "
            "4 each - over the Poltava and Kharkiv regions.", [f("drone", "shot_down", 14), f("drone", "shot_down", 6),
                                                              f("drone", "shot_down", 4), f("drone", "shot_down", 4)]),
    Example("a-word-between-the-verb-and-the-wound-uk", "Після атаки дронів двоє жителів отримали легкі травми.",
            [f("people", "injured", 2)]),
    Example("a-word-between-the-verb-and-the-wound-ru", "При атаке беспилотника водитель получил лёгкие ранения.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("a-word-between-the-verb-and-the-wound-en", "After the missile strike three workers suffered moderate "
            "injuries.", [f("people", "injured", 3)]),
    Example("needing-a-doctor-as-injured-uk", "Після ракетного удару по місту допомога медиків знадобилася п'ятьом "
            "людям.", [f("people", "injured", 5)]),
    Example("needing-a-doctor-as-injured-ru", "После атаки дронов медицинская помощь понадобилась четырём жителям.",
            [f("people", "injured", 4)]),
    Example("a-list-opened-by-a-line-of-no-count-ru", "За ночь сбито 40 украинских БПЛА. Дроны сбили в следующих "
            "регионах:\n· Курская область - 28\n· Брянская область - 12\n",
            [f("drone", "shot_down", 40, attacker="ukraine"), f("drone", "shot_down", 28, attacker="ukraine"),
             f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("list-lines-of-places-the-vocabulary-does-not-know-uk", "Над областю збито 9 дронів. Атаку відбили в "
            "кількох громадах:\n· Лозівська громада – 4\n· Балаклійська громада 3\n· місто Ізюм – 2\n",
            [f("drone", "shot_down", 9), f("drone", "shot_down", 4), f("drone", "shot_down", 3),
             f("drone", "shot_down", 2)]),
    Example("a-long-list-of-regions-en", "Russian air defence destroyed 31 Ukrainian drones overnight:\n"
            "• Kursk region: 17\n• Bryansk region: 9\n• Belgorod region: 3\n• Tula region: 1\n• Oryol region: 1\n",
            [f("drone", "shot_down", v, attacker="ukraine") for v in (31, 17, 9, 3, 1, 1)]),
    Example("liquidated-as-shot-down-uk", "Уночі сили ППО ліквідували 14 із 18 ударних БпЛА. Ще один дрон, що летів "
            "на захід, ліквідовано над Рівненщиною.",
            [f("drone", "shot_down", 14), f("drone", "launched", 18), f("drone", "shot_down", 1)]),
    Example("a-hedge-before-the-participle-ru", "Минобороны РФ сообщило о 48 якобы сбитых украинских беспилотниках.",
            [f("drone", "shot_down", 48, attacker="ukraine")]),
    Example("two-participles-of-one-measure-uk", "Міноборони РФ заявило про 35 збитих або перехоплених українських "
            "безпілотників.", [f("drone", "shot_down", 35, attacker="ukraine")]),
    Example("a-region-and-its-noun-before-a-share-in-brackets-ru", "ПВО сбили 20 украинских беспилотников. Остальные "
            "сбиты над Курской (9), Орловской (5), Брянской областями (3).",
            [f("drone", "shot_down", v, attacker="ukraine") for v in (20, 9, 5, 3)]),
    Example("all-hostile-targets-ru", "Противник выпустил 28 ударных беспилотников: силы ПВО уничтожили все "
            "враждебные цели.", [f("drone", "launched", 28), f("drone", "shot_down", 28)]),
    Example("a-drone-attacked-a-person-of-an-age-ru", "Вчера дрон ВСУ атаковал 45-летнего жителя Брянской области.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-drone-attacked-a-person-of-an-age-en", "On Monday a Ukrainian drone attacked a 52-year-old farmer.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("one-drone-the-cause-then-its-fate-ru", "Из-за атаки украинского дрона пострадал водитель. "
            "Дрон ударил по легковому автомобилю на трассе.",
            [f("people", "injured", 1, attacker="ukraine"), f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-participle-of-the-noun-is-not-the-parts-measure-en", "Air defences destroyed 64 drones launched by "
            "Ukraine, 21 over the Bryansk region.", [f("drone", "shot_down", 64, attacker="ukraine"),
                                                    f("drone", "shot_down", 21, attacker="ukraine")]),
    Example("missile-carrying-aircraft-are-platforms-en", "Russia fired 40 cruise missiles from eight "
            "missile-carrying aircraft.", [f("cruise_missile", "launched", 40)]),
    Example("one-person-with-a-singular-verb-ru", "Губернатор сообщил, что при атаке украинского дрона на село погиб "
            "человек.", [f("drone", "launched", 1, attacker="ukraine"), f("people", "killed", 1, attacker="ukraine")]),
    Example("a-count-that-looks-like-a-year-en", "In October the Russian forces launched a total of 2031 drones at "
            "Ukraine.", [f("drone", "launched", 2031)]),
    Example("approaching-as-a-modifier-en", "Air defence tracked 88 approaching Shahed drones overnight.",
            [f("drone", "launched", 88, model="Shahed")]),
    Example("a-gapped-clause-of-a-time-en", "Russia fired 64 missiles in May, during April – 70, and during March – "
            "58.",
            [f("missile", "launched", 64), f("missile", "launched", 70), f("missile", "launched", 58)]),
    Example("injured-then-others-killed-ru", "После удара ракеты шесть человек получили ранения, погибла женщина.",
            [f("missile", "launched", 1), f("people", "injured", 6), f("people", "killed", 1)]),
    Example("injured-then-others-killed-uk", "Після атаки дронів троє людей отримали поранення, загинули двоє.",
            [f("people", "injured", 3), f("people", "killed", 2)]),
    Example("residents-of-a-city-uk", "Унаслідок нічної атаки дронів постраждали четверо харків'ян.",
            [f("people", "injured", 4)]),
    Example("residents-of-a-city-ru", "При атаке украинских беспилотников ранены трое белгородцев.",
            [f("people", "injured", 3, attacker="ukraine")]),
    Example("a-list-of-damage-is-no-break-down-ru", "Над Брянской областью сбито 30 украинских БПЛА. Последствия атаки:"
            "\n· Выбитых окон 12\n· Частных домов 4\n", [f("drone", "shot_down", 30, attacker="ukraine")]),
    Example("a-list-of-people-is-no-break-down-of-weapons-ru", "Над Белгородской областью сбито 15 украинских БПЛА. "
            "Число раненых по районам:\n· Белгородский район 2\n· Шебекинский округ 1\n",
            [f("drone", "shot_down", 15, attacker="ukraine")]),
    Example("another-drone-is-not-the-one-before-ru", "В результате атаки беспилотника в Белгороде пострадал мужчина. "
            "Через час другой дрон ударил по автомобилю в Шебекино.",
            [f("drone", "launched", 1, attacker="ukraine"), f("people", "injured", 1, attacker="ukraine"),
             f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-total-takes-the-side-its-list-names-en", "Overnight air defences downed 40 drones. Drones were "
            "downed over the following regions:\n• Kursk region: 28\n• Belgorod region: 12\n",
            [f("drone", "shot_down", v, attacker="ukraine") for v in (40, 28, 12)]),
    Example("a-days-toll-is-no-figure-ru", "По словам губернатора, в результате атак дронов за сутки погибли "
            "три человека, семеро ранены.", []),
    Example("a-days-toll-is-no-figure-uk", "За добу внаслідок ударів дронів по області загинули двоє людей.", []),
    Example("a-war-long-toll-told-after-its-count-en", "Russian missile and drone attacks have killed at least 9,000 "
            "civilians and injured 16,000 since the full-scale invasion began, a UN mission said.", []),
    Example("launches-as-a-counter-uk", "За місяць ворог здійснив 3 120 запусків ударних дронів по Україні.",
            [f("drone", "launched", 3120)]),
    Example("a-count-told-by-its-pronoun-uk", "Кількість поранених унаслідок ракетного удару по місту зросла – "
            "наразі їх 23.", [f("people", "injured", 23)]),
    Example("a-count-told-by-its-pronoun-in-the-next-sentence-ru", "Число раненых после атаки дронов на город "
            "продолжает расти. Сейчас их уже 17.", [f("people", "injured", 17)]),
    Example("the-whole-before-the-part-uk", "За тиждень сили ППО збили з 22 дев'ятнадцять крилатих ракет.",
            [f("cruise_missile", "launched", 22), f("cruise_missile", "shot_down", 19)]),
    Example("two-others-and-their-verb-en", "Air defence shot down five drones over the region. Two others hit a "
            "warehouse on the outskirts.", [f("drone", "shot_down", 5), f("drone", "hit", 2)]),
    Example("a-count-of-waves-is-no-figure-en", "Russia attacks Kyiv with drones overnight\n\nRussia sent two waves "
            "of drones at the capital, officials said. Air defence shot down 40 drones.",
            [f("drone", "shot_down", 40)]),
    Example("air-defence-and-ew-together-uk", "Уночі силами ППО та РЕБ придушили чотири ворожі безпілотники.",
            [f("drone", "neutralized", 4)]),
    Example("air-defence-and-ew-together-en", "Overnight air defense and electronic warfare crews eliminated 12 "
            "drones.", [f("drone", "neutralized", 12)]),
    Example("air-defence-and-ew-after-the-verb-en", "By morning 16 drones had been brought down by air defence "
            "and electronic warfare crews near the city.", [f("drone", "neutralized", 16)]),
    Example("a-list-of-agents-ending-in-ew-en", "In all, 23 drones were downed over the district by air defence "
            "crews, mobile fire groups and electronic warfare.", [f("drone", "neutralized", 23)]),
    Example("air-defence-and-ew-after-the-verb-ru", "Утром над областью 18 украинских беспилотников были "
            "уничтожены средствами ПВО и РЭБ.", [f("drone", "neutralized", 18, attacker="ukraine")]),
    Example("ew-and-air-defence-after-the-verb-uk", "За ніч 27 шахедів знищено засобами РЕБ та ППО.",
            [f("drone", "neutralized", 27, model="Shahed")]),
    Example("an-attack-claimed-lives-en", "The glide-bomb attack on the market has claimed 17 lives, the regional "
            "governor said.", [f("people", "killed", 17)]),
    Example("cost-civilian-lives-en", "Overnight the drone strike on the suburb cost four civilian lives.",
            [f("people", "killed", 4)]),
    Example("no-one-lives-there-en", "Two drones were shot down over a field where no one lives.",
            [f("drone", "shot_down", 2)]),
    Example("spacecraft-put-into-orbit-ru", "Ракета-носитель вывела на орбиту 38 космических аппаратов, включая "
            "малые спутники.", []),
    Example("drones-delivered-to-the-front-uk", "Від початку року війську поставлено 250 тисяч FPV-дронів, "
            "повідомили в міністерстві.", []),
    Example("drones-delivered-to-the-front-ru", "Как сообщил министр, с начала года в войска поставлено 130 тысяч "
            "беспилотников.", []),
    Example("drones-delivered-to-the-front-en", "Since March, 64,000 drones have been delivered to the front.", []),
    Example("a-drone-costs-en", "Analysts say one Shahed costs Russia about $50,000 to build.", []),
    Example("a-drone-costs-ru", "По оценкам аналитиков, один «Шахед» обходится России примерно в 50 тысяч долларов.",
            []),
    Example("a-drone-costs-uk", "За оцінками аналітиків, один шахед коштує росії близько 50 тисяч доларів.", []),
    Example("a-part-flying-at-the-capital-en", "Air defence destroyed 25 drones overnight, including six flying "
            "towards the capital.", [f("drone", "shot_down", 25), f("drone", "shot_down", 6)]),
    Example("two-of-the-injured-in-a-grave-condition-uk", "Після атаки шахедів на місто дев'ятеро людей поранені, "
            "троє у важкому стані.", [f("people", "injured", 9)]),
    Example("two-of-the-injured-in-a-grave-condition-ru", "При атаке беспилотников на город семь человек ранены, "
            "двое в тяжелом состоянии.", [f("people", "injured", 7)]),
    Example("two-of-the-injured-in-a-grave-condition-en", "After the drone attack on the town eight people were "
            "injured, two are in critical condition.", [f("people", "injured", 8)]),
    Example("a-count-in-a-condition-in-another-place-en", "Drones hit Kharkiv, injuring ten. In Sumy a missile "
            "injured three people, two of whom are in serious condition.",
            [f("people", "injured", 10), f("missile", "hit", 1), f("people", "injured", 3)]),
    Example("a-medic-among-the-dead-uk", "Унаслідок ракетного удару загинули шестеро людей, серед яких лікар і "
            "рятувальник.", [f("people", "killed", 6), f("people", "killed", 1), f("people", "killed", 1)]),
    Example("a-medic-among-the-dead-ru", "В результате удара дронов погибли четыре человека, среди них медик.",
            [f("people", "killed", 4), f("people", "killed", 1)]),
    Example("a-journalist-among-the-injured-ru", "При ракетном ударе ранены девять человек, в том числе журналист.",
            [f("people", "injured", 9), f("people", "injured", 1)]),
    Example("ukrainian-militants-attacked-ru", "Украинские боевики атаковали Горловку беспилотниками, ранены трое "
            "мирных жителей.", [f("people", "injured", 3, attacker="ukraine")]),
    Example("detected-and-neutralized-ru", "Ночью над районом два беспилотника обнаружены и обезврежены.",
            [f("drone", "neutralized", 2)]),
    Example("detected-and-neutralized-uk", "Над громадою чотири БпЛА виявлено та знешкоджено.",
            [f("drone", "neutralized", 4)]),
    Example("detected-and-neutralized-en", "Overnight five drones were detected and neutralized near the port.",
            [f("drone", "neutralized", 5)]),
    Example("flew-at-and-were-neutralized-en", "Overnight five drones flew at the port and were neutralized.",
            [f("drone", "launched", 5), f("drone", "neutralized", 5)]),
    Example("still-searched-for-ru", "После ракетного удара по дому погибли 12 человек, ещё девять человек "
            "разыскиваются.", [f("people", "killed", 12)]),
    Example("found-alive-ru", "После ракетного удара по дому погибли 12 человек, 4 человека найдены живыми.",
            [f("people", "killed", 12)]),
    Example("still-searched-for-uk", "Після ракетного удару по будинку загинули 12 людей, 9 людей розшукуються.",
            [f("people", "killed", 12)]),
    Example("still-being-sought-en", "After the missile strike on the block, 40 people were killed and 25 are "
            "still being sought.", [f("people", "killed", 40)]),
    Example("drones-to-be-supplied-en", "With the new funds, 120,000 drones will be supplied to the army.", []),
    Example("drones-to-be-supplied-ru", "На выделенные средства армии будут поставлены 120 тысяч дронов.", []),
    Example("drones-to-be-supplied-uk", "За виділені кошти армії буде поставлено 120 тисяч дронів.", []),
    Example("in-case-of-a-drone-attack-ru", "Страховщики объясняют, что платят в случае атаки беспилотника на дом.",
            []),
    Example("in-case-of-a-drone-attack-uk", "Страховики пояснюють, що платять у разі атаки дрона на будинок.", []),
    Example("a-deal-signed-for-drones-uk", "Угоду з Тегераном було підписано на дві тисячі шахедів.", []),
    Example("a-deal-signed-for-drones-ru", "Контракт с Тегераном был подписан на две тысячи шахедов.", []),
    Example("a-drone-attacked-a-road-named-by-towns-ru", "Ночью беспилотник атаковал трассу Курск — Белгород, "
            "пострадал водитель.", [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("drones-attacked-a-named-refinery-ru", "Вечером не менее двух дронов атаковали Сызранский "
            "нефтеперерабатывающий завод.", [f("drone", "hit", 2, "at_least", attacker="ukraine")]),
    Example("a-drone-attacked-a-named-village-ru", "Ночью беспилотник атаковал деревню Ивановка в Курской области.",
            [f("drone", "launched", 1, attacker="ukraine")]),
    Example("a-strike-of-a-missile-into-a-block-ru", "Днём после удара ракеты в многоэтажку пострадали шесть "
            "человек.", [f("missile", "hit", 1), f("people", "injured", 6)]),
    Example("a-strike-of-a-missile-into-a-block-uk", "Удень після удару ракети у багатоповерхівку постраждали шестеро "
            "людей.", [f("missile", "hit", 1), f("people", "injured", 6)]),
    Example("a-strike-of-a-drone-in-a-region-ru", "После удара дрона в Курской области пострадали двое.",
            [f("drone", "launched", 1, attacker="ukraine"), f("people", "injured", 2, attacker="ukraine")]),
    Example("the-verb-before-its-weapon-ru", "Около полуночи в девятиэтажку ударила баллистическая ракета, "
            "пострадали трое.", [f("ballistic_missile", "hit", 1), f("people", "injured", 3)]),
    Example("the-verb-before-its-drone-ru", "Ночью по автомобилю ударил дрон ВСУ, ранен водитель.",
            [f("drone", "hit", 1, attacker="ukraine"), f("people", "injured", 1, attacker="ukraine")]),
    Example("both-kinds-of-drones-en", "Air defence destroyed 64 drones overnight, both attack and decoy types.",
            [f("drone", "shot_down", 64)]),
    Example("both-here-and-there-en", "Overnight air defence destroyed 31 drones both over Bryansk and over Kursk.",
            [f("drone", "shot_down", 31, attacker="ukraine")]),
    Example("both-drones-and-missiles-en", "Both drones and missiles were shot down over the capital.", []),
    Example("both-of-two-told-en", "Russia fired two Kh-59 missiles at Odesa; both were shot down.",
            [f("cruise_missile", "launched", 2, model="Kh-59"), f("cruise_missile", "shot_down", 2, model="Kh-59")]),
    Example("ew-then-air-defence-with-its-own-count-uk", "Вночі 20 шахедів локаційно втрачено засобами РЕБ, силами "
            "ППО збито ще 5.", [f("drone", "jammed", 20, model="Shahed"), f("drone", "shot_down", 5, model="Shahed")]),
    Example("ew-then-air-defence-with-its-own-count-en", "Overnight, 20 drones were jammed by electronic warfare, and "
            "air defense shot down 5 more.", [f("drone", "jammed", 20), f("drone", "shot_down", 5)]),
    Example("air-defence-then-ew-jammed-the-rest-en", "At night air defence units downed 20 drones, and "
            "electronic warfare jammed the rest.", [f("drone", "shot_down", 20)]),
    Example("the-verb-before-the-count-then-both-agents-uk", "Знищено 30 шахедів силами ППО, мобільними вогневими "
            "групами та засобами РЕБ.", [f("drone", "neutralized", 30, model="Shahed")]),
    Example("the-verb-before-the-count-then-both-agents-ru", "Ночью уничтожены 20 беспилотников силами ПВО и РЭБ.",
            [f("drone", "neutralized", 20)]),
    Example("a-count-in-a-condition-with-its-own-verb-ru", "В результате удара дронов в Харькове ранены семь "
            "человек, в Сумах ранены двое в тяжелом состоянии.",
            [f("people", "injured", 7), f("people", "injured", 2)]),
    Example("lives-saved-en", "Evacuations in Kupiansk saved 500 lives before the glide bomb strikes.", []),
    Example("a-family-of-five-lives-en", "A drone hit a house in Kherson where a family of five lives; no one was "
            "hurt.", [f("drone", "hit", 1)]),
    Example("claimed-one-life-en", "The missile attack claimed one life and injured 12 people.",
            [f("people", "killed", 1), f("people", "injured", 12)]),
    Example("they-set-a-record-uk", "Окупанти поставили рекорд — 728 шахедів за ніч.",
            [f("drone", "launched", 728, model="Shahed")]),
    Example("they-set-a-record-ru", "Россияне поставили новый рекорд: 728 беспилотников и 13 ракет за одну ночь.",
            [f("drone", "launched", 728), f("missile", "launched", 13)]),
    Example("ukrainian-militants-as-the-target-ru", "ВКС России нанесли удар 10 дронами «Герань» по позициям "
            "украинских боевиков.", [f("drone", "hit", 10, model="Shahed")]),
    Example("a-rescuer-among-the-dead-ru", "В результате удара дронов погибли два человека, среди них спасатель.",
            [f("people", "killed", 2), f("people", "killed", 1)]),
    Example("a-journalist-and-a-paramedic-injured-uk", "Внаслідок удару дрона поранено журналіста та фельдшера.",
            [f("drone", "launched", 1), f("people", "injured", 1), f("people", "injured", 1)]),
    Example("injured-here-and-a-gapped-count-there-en", "After the drone attack 19 people were injured in Kharkiv "
            "and four in Sumy.", [f("people", "injured", 19), f("people", "injured", 4)]),
    Example("injured-here-and-a-gapped-count-there-uk", "Вночі дрони атакували область: 19 людей поранено в Харкові "
            "та четверо в Сумах.", [f("people", "injured", 19), f("people", "injured", 4)]),
    Example("injured-here-and-a-gapped-count-there-ru", "Ночью дроны атаковали область: в Белгороде ранены 12 "
            "человек, и еще трое в Шебекино.",
            [f("people", "injured", 12, attacker="ukraine"), f("people", "injured", 3, attacker="ukraine")]),
    Example("downed-here-and-a-gapped-count-there-en", "Air defence downed 19 drones over Kharkiv and four over "
            "Sumy.", [f("drone", "shot_down", 19), f("drone", "shot_down", 4)]),
    Example("soldiers-killed-by-a-drone-en", "Three soldiers were killed in a Russian drone strike on their vehicle.",
            [f("people", "killed", 3)]),
    Example("russian-soldiers-killed-by-a-drone-en", "Three Russian soldiers were killed when the wreckage of a drone "
            "fell on the airfield.", [f("people", "killed", 3, attacker="ukraine")]),
    Example("soldiers-killed-by-shelling-en", "Three soldiers were killed in artillery shelling near Bakhmut.", []),
    Example("shares-in-brackets-after-a-noun-in-the-first-ru", "Ночью дроны перехвачены над Орловской (18 БПЛА), "
            "Тульской (9), Калужской (7) областями.", [f("drone", "shot_down", 18, attacker="ukraine"),
                                                       f("drone", "shot_down", 9, attacker="ukraine"),
                                                       f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("missiles-and-exploding-drones-en", "Air defence shot down 41 of 44 missiles and exploding drones "
            "overnight.", [f("aerial_weapon", "shot_down", 41), f("aerial_weapon", "launched", 44)]),
    Example("neutralized-using-electronic-warfare-en", "Air defence destroyed nine drones, while four others were "
            "neutralized using electronic warfare.", [f("drone", "shot_down", 9), f("drone", "jammed", 4)]),
    Example("a-donation-of-missiles-en", "Berlin has organized the donation of 60 missiles for the Patriot systems.",
            []),
    Example("drones-contracted-en", "So far 9,000 drones have been contracted, the ministry said.", []),
    Example("the-ministry-blamed-ukraine-en", "The Defence Ministry blamed the attack on Ukraine. Air "
            "defences destroyed 11 drones, the ministry said.", [f("drone", "shot_down", 11, attacker="ukraine")]),
    Example("accusing-kyiv-of-deploying-drones-en", "The ministry accused Kyiv of deploying drones in two waves. Air "
            "defences destroyed seven of them, it said.", [f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("air-defence-having-downed-ru", "Над Курском сработала система ПВО, сбившая три ракеты, сообщил "
            "губернатор.", [f("missile", "shot_down", 3, attacker="ukraine")]),
    Example("managed-to-detect-and-destroy-ru", "Ночью дежурным средствам ПВО удалось обнаружить и уничтожить шесть "
            "целей над Курском.", [f("aerial_weapon", "shot_down", 6, attacker="ukraine")]),
    Example("delivered-to-the-forces-uk", "Силам оборони поставлено понад 100 тисяч дронів за місяць.", []),
    Example("delivered-to-the-troops-ru", "В войска поставили 3000 беспилотников «Герань».", []),
    Example("lives-lost-en", "Russian missile strike on Dnipro: 45 lives lost, dozens injured.",
            [f("people", "killed", 45)]),
    Example("cost-the-city-lives-en", "The Russian missile strike has cost the city at least 23 lives.",
            [f("people", "killed", 23, "at_least")]),
    Example("armed-formations-of-ukraine-attacked-ru", "Вооружённые формирования Украины атаковали беспилотником "
            "автобус в Каменке, ранены двое.", [f("drone", "hit", 1, attacker="ukraine"),
                                                f("people", "injured", 2, attacker="ukraine")]),
    Example("a-night-before-the-verb-ru", "В ночь на воскресенье по Украине ударили 12 ракет и 50 беспилотников.",
            [f("missile", "launched", 12), f("drone", "launched", 50)]),
    Example("a-weekday-after-a-strike-ru", "После удара ракеты в понедельник погибли двое жителей Харькова.",
            [f("missile", "launched", 1), f("people", "killed", 2)]),
    Example("downed-over-a-region-where-people-were-hurt-en", "Air defence shot down 40 drones over Odesa region, "
            "where two people were injured, and 30 over Mykolaiv region.",
            [f("drone", "shot_down", 40), f("people", "injured", 2), f("drone", "shot_down", 30)]),
    Example("both-agents-then-a-count-of-regions-en", "By dawn 45 drones had been downed by air defence and "
            "electronic warfare in 9 regions.", [f("drone", "neutralized", 45)]),
    Example("soldiers-killed-at-the-front-en", "Russia launched 80 drones overnight. Separately, five Ukrainian "
            "soldiers were killed on the front line near Pokrovsk.", [f("drone", "launched", 80)]),
    Example("both-missiles-and-the-drone-en", "Russia fired two Iskander missiles and a drone at Odesa overnight; "
            "both missiles and the drone were shot down.",
            [f("ballistic_missile", "launched", 2, model="Iskander-M"), f("drone", "launched", 1),
             f("ballistic_missile", "shot_down", 2, model="Iskander-M")]),
    Example("drones-attacked-a-resort-ru", "Три беспилотника атаковали курорт Анапа.",
            [f("drone", "launched", 3, attacker="ukraine")]),
    Example("a-rescuer-and-a-policeman-injured-uk", "Внаслідок удару дрона поранено рятувальника та поліцейського.",
            [f("drone", "launched", 1), f("people", "injured", 1), f("people", "injured", 1)]),
    Example("received-wounds-accusative-uk", "Після ракетного удару по порту шестеро людей загинули, ще 25 людей "
            "дістали поранення.", [f("people", "killed", 6), f("people", "injured", 25)]),
    Example("drones-still-in-the-air-ru", "Ночью 19 беспилотников были локально потеряны, а два дрона ещё находятся "
            "в воздушном пространстве.", [f("drone", "jammed", 19)]),
    Example("drones-still-in-the-air-uk", "Вночі 19 ворожих дронів локаційно втрачено, ще два дрони перебувають у "
            "повітряному просторі.", [f("drone", "jammed", 19)]),
    Example("unmanned-craft-en", "The ministry said air defences downed 28 of the unmanned craft over the sea.",
            [f("drone", "shot_down", 28)]),
    Example("a-total-of-then-a-count-of-regions-en", "A total of 1,250 drones were destroyed over 20 regions last "
            "month.", [f("drone", "shot_down", 1250)]),
    Example("a-list-after-its-verb-then-a-part-with-its-own-ru", "Россия атаковала 20 ракетами и 6 дронами, 18 ракет "
            "сбиты.", [f("missile", "launched", 20), f("drone", "launched", 6), f("missile", "shot_down", 18)]),
    Example("a-list-after-its-verb-then-a-part-with-its-own-en", "Ukraine shot down 20 missiles and 6 drones, 5 "
            "drones were jammed.", [f("missile", "shot_down", 20), f("drone", "shot_down", 6),
                                    f("drone", "jammed", 5)]),
    Example("a-list-after-its-verb-then-a-part-with-its-own-uk", "Сили ППО знищили 25 ракет і чотири дрони, 7 дронів "
            "локаційно втрачено.", [f("missile", "shot_down", 25), f("drone", "shot_down", 4),
                                    f("drone", "jammed", 7)]),
    Example("a-drone-dropped-explosives-on-a-car-uk", "Російський дрон скинув вибухівку на автомобіль у Херсоні, "
            "поранено водія.", [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("a-drone-dropped-a-device-on-a-car-ru", "Дрон ВСУ сбросил взрывное устройство на легковой автомобиль в "
            "Шебекино.", [f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-drone-dropped-explosives-on-a-car-en", "A Russian drone dropped explosives on a car in Nikopol, "
            "injuring the driver.", [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("a-load-dropped-on-a-neighbourhood-uk", "Ворожий дрон скинув вибухівку на житловий масив.",
            [f("drone", "launched", 1)]),
    Example("bombs-dropped-on-a-part-of-the-city-en", "Russian jets dropped four guided bombs on a residential part "
            "of the city.", [f("guided_bomb", "launched", 4)]),
    Example("attacked-with-a-drone-a-bus-uk", "Окупанти атакували дроном автобус у Херсоні.", [f("drone", "hit", 1)]),
    Example("attacked-a-car-with-a-drone-ru", "Оккупанты атаковали автомобиль дроном в Херсоне.",
            [f("drone", "hit", 1)]),
    Example("attacked-with-two-drones-a-bus-uk", "Ворог атакував двома дронами рейсовий автобус під Херсоном.",
            [f("drone", "hit", 2)]),
    Example("a-weapon-its-users-their-verb-a-target-uk", "Ракетою окупанти вдарили по лікарні в Херсоні.",
            [f("missile", "hit", 1)]),
    Example("users-a-weapon-their-verb-a-target-uk", "Росіяни керованою авіабомбою атакували школу в Костянтинівці.",
            [f("guided_bomb", "hit", 1)]),
    Example("a-weapon-its-users-their-verb-a-city-uk", "Дроном росіяни атакували Херсон.", [f("drone", "launched", 1)]),
    Example("a-weapon-its-users-their-verb-a-target-ru", "Дроном оккупанты атаковали автобус в Херсоне.",
            [f("drone", "hit", 1)]),
    Example("a-drone-struck-a-house-vrazyv-uk", "На Київщині ворожий дрон вразив приватний будинок.",
            [f("drone", "hit", 1)]),
    Example("an-attack-of-the-enemy-afu-ru", "Ночью совершена атака беспилотников вражеских ВСУ. Ранены трое мирных "
            "жителей.", [f("people", "injured", 3, attacker="ukraine")]),
    Example("the-enemy-after-attacks-the-text-names-ru", "Глава района рассказал о последствиях ночи. В результате "
            "атаки ВСУ погибли двое жителей. Вечером враг ударил дроном по автобусу.",
            [f("people", "killed", 2, attacker="ukraine"), f("drone", "hit", 1, attacker="ukraine")]),
    Example("one-suppressed-the-second-hit-ru", "Один из вражеских беспилотников над городом удалось подавить, а "
            "второй попал в склад.",
            [f("drone", "shot_down", 1), f("drone", "hit", 1)]),
    Example("one-downed-the-second-hit-uk", "Один з дронів вдалося збити, другий влучив у склад.",
            [f("drone", "shot_down", 1), f("drone", "hit", 1)]),
    Example("of-which-after-a-list-en", "Russia launched 20 missiles and 50 drones, of which 18 missiles and 45 "
            "drones were destroyed.", [f("missile", "launched", 20), f("drone", "launched", 50),
                                       f("missile", "shot_down", 18), f("drone", "shot_down", 45)]),
    Example("a-second-list-after-a-comma-ru", "Россия запустила 54 дрона, 32 дрона и две ракеты сбиты.",
            [f("drone", "launched", 54), f("drone", "shot_down", 32), f("missile", "shot_down", 2)]),
    Example("a-second-list-after-a-comma-en", "Air defence destroyed 40 drones, 5 drones and 2 missiles were "
            "suppressed by electronic warfare.", [f("drone", "shot_down", 40), f("drone", "jammed", 5),
                                                  f("missile", "jammed", 2)]),
    Example("attacked-with-a-drone-again-uk", "Окупанти атакували дроном знову.", [f("drone", "launched", 1)]),
    Example("attacked-a-coastal-zone-ru", "Оккупанты атаковали дроном прибрежную зону.", [f("drone", "launched", 1)]),
    Example("dropped-next-to-a-car-ru", "Дрон ВСУ сбросил взрывчатку рядом с автомобилем.",
            [f("drone", "launched", 1, attacker="ukraine")]),
    Example("dropped-on-a-suburb-ru", "Дрон ВСУ сбросил взрывчатку на пригород Белгорода.",
            [f("drone", "launched", 1, attacker="ukraine")]),
    Example("dropped-off-the-radar-en", "12 drones dropped off the radar.", [f("drone", "jammed", 12)]),
    Example("struck-other-facilities-en", "Russia struck other energy facilities with 30 drones.",
            [f("drone", "hit", 30)]),
    Example("struck-again-with-en", "Russia struck again with 40 drones.", [f("drone", "launched", 40)]),
    Example("the-afu-with-a-drone-attacked-a-bus-ru", "ВСУ беспилотником атаковали автобус в Горловке.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-missile-struck-a-city-ru", "Противник ракетой ударил по Одессе.", [f("missile", "launched", 1)]),
    Example("a-missile-struck-a-block-ru", "Ракета ударила по многоэтажке.", [f("missile", "hit", 1)]),
    Example("a-missile-of-the-afu-struck-an-airfield-uk", "Ракетою ЗСУ вдарили по аеродрому в Криму.",
            [f("missile", "hit", 1, attacker="ukraine")]),
    Example("another-over-a-region-en", "Four drones were brought down over the Bryansk region and another over the "
            "Oryol region.", [f("drone", "shot_down", 4, attacker="ukraine"),
                              f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("more-in-a-span-of-time-en", "The ministry said 60 drones were downed across Russia during the night "
            "and 25 more between 09:00 and 14:00.", [f("drone", "shot_down", 60, attacker="ukraine"),
                                               f("drone", "shot_down", 25, attacker="ukraine")]),
    Example("more-in-a-span-of-time-ru", "По данным Минобороны, ночью уничтожены 60 беспилотников, и ещё 25 — с 09:00 "
            "до 14:00.", [f("drone", "shot_down", 60, attacker="ukraine"),
                          f("drone", "shot_down", 25, attacker="ukraine")]),
    Example("more-injured-elsewhere-after-those-in-hospital-en", "After the drone attack at least nine people were "
            "hurt in Odesa, four of whom were hospitalized, and two more were injured in Mykolaiv.",
            [f("people", "injured", 9, qualifier="at_least"), f("people", "injured", 2)]),
    Example("one-more-injured-after-those-in-hospital-ru", "После атаки дронов в Белгороде ранены четверо, трое из "
            "них госпитализированы. Ещё один человек был ранен в Курской области и госпитализирован.",
            [f("people", "injured", 4, attacker="ukraine"), f("people", "injured", 1, attacker="ukraine")]),
    Example("the-foiling-of-an-attempt-en", "The ministry reported the thwarting of an attack by 12 drones on the "
            "Moscow region.", [f("drone", "launched", 12, attacker="ukraine"),
                               f("drone", "neutralized", 12, attacker="ukraine")]),
    Example("a-toll-risen-then-bodies-of-more-uk", "У Дніпрі кількість загиблих після ракетного удару зросла до "
            "12. Рятувальники знайшли під завалами тіла ще двох людей.", [f("people", "killed", 12)]),
    Example("a-toll-risen-after-bodies-of-more-en", "The death toll from the missile strike on Dnipro climbed to 12 "
            "after rescuers recovered the bodies of two more people.", [f("people", "killed", 12)]),
    Example("more-killed-elsewhere-no-toll-uk", "Внаслідок ракетного удару по Києву загинули п'ятеро людей, ще двоє "
            "загинули в Одесі.", [f("people", "killed", 5), f("people", "killed", 2)]),
    Example("a-production-list-en", "The plant turns out 2,400 Shahed drones, 2,100 Gerbera decoys and 35 Iskander-M "
            "missiles every month, the intelligence service estimates.", []),
    Example("a-supply-feminine-uk", "За даними розвідки, Росія отримала від КНДР понад 120 балістичних ракет KN-23.",
            []),
    Example("a-supply-past-ru", "По данным разведки, Иран поставил России ещё 300 дронов «Шахед».", []),
    Example("shipped-to-russia-en", "Pyongyang has shipped 120 KN-23 missiles to Russia, officials in Seoul said.", []),
    Example("plans-to-make-en", "Kyiv plans to make 25,000 long-range drones and 2,000 cruise missiles next year.", []),
    Example("if-they-fire-en", "If Russia fires 120 missiles in a single night, air defence can intercept maybe 70, "
            "the commander warned.", []),
    Example("if-they-fire-uk", "Якщо ворог випустить 120 ракет за одну ніч, ППО зможе збити хіба 70, попередив "
            "командувач.", []),
    Example("if-they-fire-ru", "Если противник выпустит 120 ракет за одну ночь, ПВО сможет сбить разве что 70.", []),
    Example("imagine-a-thousand-en", "Imagine 1,000 Shaheds over Kyiv in one night, the minister said.", []),
    Example("hard-to-imagine-not-a-condition-en", "A Kinzhal missile struck the plant; it is hard to imagine a worse "
            "night, the mayor said.", [f("ballistic_missile", "hit", 1, model="Kinzhal")]),
    Example("over-three-years-of-war-en", "Over three years of war, Ukrainian air defence has shot down some 38,000 "
            "Russian drones.", []),
    Example("losses-include-since-the-invasion-en", "Russia's losses since the start of the invasion include 70,000 "
            "UAVs, the General Staff said.", []),
    Example("over-three-years-of-war-ru", "За три года войны силы ПВО сбили около 28 тысяч беспилотников.", []),
    Example("launched-since-the-war-began-feminine-uk", "Від початку війни Росія випустила по Україні понад 9000 "
            "ракет.", [f("missile", "launched", 9000, qualifier="more_than")]),
    Example("missile-carriers-at-sea-uk", "Станом на ранок у Чорному морі 3 ракетоносії із сумарним залпом до 20 "
            "ракет.", []),
    Example("missile-carriers-at-sea-ru", "В Черном море находятся два ракетоносителя с суммарным залпом до 16 ракет.",
            []),
    Example("shot-down-at-the-drills-en", "At the drills near Minsk, air defence crews shot down 14 targets imitating "
            "cruise missiles.", []),
    Example("launched-at-the-exercises-ru", "В ходе учений Тихоокеанского флота выпущено шесть ракет «Калибр».", []),
    Example("jets-that-shot-down-en", "Two Ukrainian F-16s shot down 11 cruise missiles over the weekend, the air "
            "force said.", [f("cruise_missile", "shot_down", 11)]),
    Example("jets-that-shot-down-uk", "Два українські F-16 збили 11 крилатих ракет.",
            [f("cruise_missile", "shot_down", 11)]),
    Example("jets-shot-down-themselves-en", "Two Russian Su-34 jets were shot down over the Donetsk region.",
            [f("aircraft", "shot_down", 2, model="Su-34")]),
    Example("a-numbered-school-en", "Russian drones attacked School No. 14 in Kherson overnight.", []),
    Example("a-numbered-school-uk", "Уночі російські дрони атакували школу № 14 у Херсоні.", []),
    Example("a-numbered-hospital-ru", "Ракета попала в больницу №3 в Днепре.", [f("missile", "hit", 1)]),
    Example("no-more-than-en", "Russia launched no more than 45 drones overnight, the air force said.",
            [f("drone", "launched", 45, qualifier="up_to")]),
    Example("not-more-than-ru", "За ночь противник выпустил не больше 45 дронов.",
            [f("drone", "launched", 45, qualifier="up_to")]),
    Example("at-most-uk", "Цієї ночі ворог випустив щонайбільше 45 дронів.",
            [f("drone", "launched", 45, qualifier="up_to")]),
    Example("a-gas-explosion-en", "A gas explosion in an apartment block in Kyiv killed three people on Monday.", []),
    Example("a-gas-explosion-uk", "Внаслідок вибуху газу в багатоповерхівці у Львові загинули троє людей.", []),
    Example("a-molniya-drone-killed-ru", "Дрон «Молния» атаковал автомобиль в Херсоне, погибли двое.",
            [f("drone", "hit", 1, model="Molniya"), f("people", "killed", 2)]),
    Example("raising-money-for-drones-en", "Volunteers are raising money for 60 drones for the brigade near Pokrovsk.",
            []),
    Example("raised-for-drones-uk", "Волонтери зібрали на 120 дронів для бригади на Запорізькому напрямку.", []),
    Example("a-light-show-of-drones-en", "A light show of 1,200 drones lit up the sky over the stadium.", []),
    Example("sent-at-a-city-ru", "Россия отправила на Киев 40 беспилотников и 6 ракет.",
            [f("drone", "launched", 40), f("missile", "launched", 6)]),
    Example("a-night-of-trials-uk", "Ніч важких випробувань для Києва: ворог запустив 500 дронів і 40 ракет.",
            [f("drone", "launched", 500), f("missile", "launched", 40)]),
    Example("if-last-night-then-tonight-uk", "Якщо минулої ночі росіяни запустили 150 дронів, то цієї – вже понад "
            "300.", [f("drone", "launched", 150), f("drone", "launched", 300, qualifier="more_than")]),
    Example("if-they-fire-then-ru", "Если Россия выпустит 100 ракет, то мы собьем 60.", []),
    Example("the-largest-since-the-war-began-en", "Air defences shot down 45 missiles in the largest attack since "
            "the war began.", [f("missile", "shot_down", 45)]),
    Example("the-first-time-since-2022-uk", "Вперше з 2022 року над Львовом збито 30 дронів.",
            [f("drone", "shot_down", 30)]),
    Example("two-more-killed-elsewhere-after-a-toll-en", "In Kyiv the number killed by the missile strike rose "
            "to 23. In Odesa, two more people were killed in a drone attack overnight.",
            [f("people", "killed", 23), f("people", "killed", 2)]),
    Example("more-injured-treated-on-the-spot-uk", "Внаслідок ракетного удару по Дніпру поранено 12 людей. Десятеро "
            "госпіталізовані, ще двох поранених медики оглянули на місці.", [f("people", "injured", 12)]),
    Example("could-shoot-down-only-en", "Air defences could shoot down only 6 of the 40 ballistic missiles fired "
            "overnight.", [f("ballistic_missile", "shot_down", 6), f("ballistic_missile", "launched", 40)]),
    Example("a-missile-of-the-afu-struck-a-depot-uk", "Ракетою ЗСУ вдарили по складу в Донецьку.",
            [f("missile", "hit", 1, attacker="ukraine")]),
    Example("missiles-struck-a-plant-ru", "Две ракеты ударили по заводу в Днепре.", [f("missile", "hit", 2)]),
    Example("people-killed-where-rescuers-trained-ru", "Ракета попала в здание, где проходили учения спасателей, "
            "погибли 4 человека.", [f("missile", "hit", 1), f("people", "killed", 4)]),
    Example("the-whole-after-out-of-en", "Air defence shot down 20 missiles and 150 drones out of 170 drones launched "
            "overnight.", [f("missile", "shot_down", 20), f("drone", "shot_down", 150), f("drone", "launched", 170)]),
    Example("moscow-as-the-state-en", "The past week of air terror saw Moscow launch about 450 bombs and 700 drones.",
            [f("guided_bomb", "launched", 450, qualifier="about"), f("drone", "launched", 700)]),
    Example("moscow-as-the-state-uk", "Цієї ночі Москва запустила по Україні 300 дронів.",
            [f("drone", "launched", 300)]),
    Example("in-the-ministry-of-defence-of-russia-uk", "За ніч нібито збито дев'ять безпілотників, повідомили в "
            "Міністерстві оборони Росії.", [f("drone", "shot_down", 9, attacker="ukraine")]),
    Example("one-more-in-the-prepositional-ru", "Мэр сообщил ещё об одном сбитом беспилотнике на подлёте к Москве.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("shelling-two-sentences-after-the-bombs-uk", "Окупанти скинули на селище три КАБи. Є руйнування "
            "житлових будинків.\n\nУнаслідок ворожого обстрілу загинув чоловік, ще двоє людей поранені.",
            [f("guided_bomb", "launched", 3), f("people", "killed", 1), f("people", "injured", 2)]),
    Example("shelled-with-drones-uk", "Ворог обстріляв Херсон ударними дронами. Загинула 70-річна жінка.",
            [f("people", "killed", 1)]),
    Example("shelling-in-another-village-on-its-own-line-uk", "Ворожий дрон влучив у склад.\n18:40 Ще одна "
            "громада.\nВнаслідок обстрілу пошкоджено два будинки. Поранено чоловіка.", [f("drone", "hit", 1)]),
    Example("a-break-down-of-five-lines-ru", "За ночь уничтожены 41 беспилотник:\nКурская область – 14\nБрянская "
            "область – 9\nОрловская область – 8\nТульская область – 6\nКалужская область – 4",
            [f("drone", "shot_down", 41, attacker="ukraine"), f("drone", "shot_down", 14, attacker="ukraine"),
             f("drone", "shot_down", 9, attacker="ukraine"), f("drone", "shot_down", 8, attacker="ukraine"),
             f("drone", "shot_down", 6, attacker="ukraine"), f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("a-western-model-gives-the-list-its-side-ru", "За сутки средствами ПВО сбиты две авиабомбы JDAM и 57 "
            "беспилотных летательных аппаратов.", [f("guided_bomb", "shot_down", 2, attacker="ukraine", model="JDAM"),
                                                    f("drone", "shot_down", 57, attacker="ukraine")]),
    Example("a-side-shared-by-aircraft-ru", "В воздушном бою сбиты украинский самолёт Су-25 и вертолёт Ми-8.",
            [f("aircraft", "shot_down", 1, attacker="ukraine", model="Su-25"),
             f("aircraft", "shot_down", 1, attacker="ukraine", model="Mi-8")]),
    Example("parts-by-a-dash-and-a-model-ru", "Средства ПВО перехватили 12 ракет РСЗО, в том числе пять – HIMARS у "
            "Каховки, а также семь – «Ольха».",
            [f("missile", "shot_down", 12, attacker="ukraine"),
             f("missile", "shot_down", 5, attacker="ukraine", model="HIMARS"),
             f("missile", "shot_down", 7, attacker="ukraine", model="Vilkha")]),
    Example("deaths-of-other-causes-en", "Two drones struck a depot in Odesa overnight. In the same district, four "
            "people died of carbon monoxide poisoning from a generator.", [f("drone", "hit", 2)]),
    Example("deaths-of-other-causes-uk", "Ворожий дрон влучив у гараж, поранено двох людей. Того ж дня через спеку "
            "в області померли троє пенсіонерів.", [f("drone", "hit", 1), f("people", "injured", 2)]),
    Example("deaths-of-other-causes-ru", "Беспилотник атаковал Брянск, пострадал один человек. В районе от лесных "
            "пожаров погибли два человека.", [f("drone", "launched", 1, attacker="ukraine"),
                                             f("people", "injured", 1, attacker="ukraine")]),
    Example("targets-struck-on-the-ground-en", "The ministry said its forces struck 96 targets over the week, while "
            "air defences shot down 310 drones.", [f("drone", "shot_down", 310)]),
    Example("targets-struck-on-the-ground-ru", "За неделю войска поразили 88 целей, средства ПВО сбили 12 ракет ВСУ.",
            [f("missile", "shot_down", 12, attacker="ukraine")]),
    Example("a-count-after-a-time-and-a-dash-uk", "Минулої ночі ворог випустив 310 дронів, а цієї ночі — 142.",
            [f("drone", "launched", 310), f("drone", "launched", 142)]),
    Example("a-count-after-a-time-and-a-dash-ru", "Накануне над Курской областью сбили 17 беспилотников, а сегодня "
            "— 9.",
            [f("drone", "shot_down", 17, attacker="ukraine"), f("drone", "shot_down", 9, attacker="ukraine")]),
    Example("the-grounds-of-a-target-en", "Two drones attacked the territory of a refinery near Ryazan.",
            [f("drone", "hit", 2, attacker="ukraine")]),
    Example("the-grounds-of-a-target-uk", "Вночі чотири шахеди атакували територію елеватора на Одещині.",
            [f("drone", "hit", 4, model="Shahed")]),
    Example("the-territory-of-a-region-stays-a-place-ru", "Три беспилотника атаковали территорию Брянской области.",
            [f("drone", "launched", 3, attacker="ukraine")]),
    Example("a-tally-since-february-2022-en", "Air defences have destroyed more than 2,600 cruise missiles since "
            "February 2022, the General Staff said.", []),
    Example("a-tally-since-the-all-out-war-en", "The army has lost 250 aircraft since the start of Russia's "
            "all-out war.", []),
    Example("imitators-are-drones-en", "Of the 310 drones launched, 120 imitators were lost from radar.",
            [f("drone", "launched", 310), f("drone", "jammed", 120)]),
    Example("almost-all-is-no-count-en", "The enemy sent 85 drones; almost all of them were shot down.",
            [f("drone", "launched", 85)]),
    Example("almost-all-is-no-count-uk", "Ворог запустив 85 дронів, майже всі збито.", [f("drone", "launched", 85)]),
    Example("another-war-en", "Hezbollah fired 40 rockets into northern Israel on Sunday; two people were hurt. In "
            "Ukraine, Russia launched 90 drones overnight.", [f("drone", "launched", 90)]),
    Example("another-war-uk", "За даними ЦАХАЛ, Іран випустив понад 150 балістичних ракет.", []),
    Example("another-war-ru", "Хуситы выпустили по судам в Красном море две баллистические ракеты и 12 беспилотников.",
            []),
    Example("supplies-after-other-things-uk", "Партнери передадуть Україні новий пакет на 300 млн євро, зокрема 4 "
            "системи ППО та 150 ракет до них.", []),
    Example("supplies-after-other-things-ru", "Фонд передал бригаде 30 пикапов, 200 FPV-дронов и 6 станций РЭБ.", []),
    Example("supplies-after-other-things-en", "Volunteers handed the brigade 25 pickups, 400 FPV drones and 10 "
            "electronic warfare kits.", []),
    Example("an-attack-with-weapons-killed-en", "A Russian attack involving 35 drones and 4 missiles killed three "
            "people in Rivne overnight.", [f("drone", "launched", 35), f("missile", "launched", 4),
                                            f("people", "killed", 3)]),
    Example("ukrainian-aircraft-as-shooters-en", "Ukrainian aircraft and mobile fire groups intercepted 41 drones "
            "overnight.", [f("drone", "shot_down", 41)]),
    Example("the-toll-alone-is-of-the-dead-en", "A missile strike on a dormitory in Sumy killed 11 people. By noon "
            "the toll had risen to 14.", [f("people", "killed", 11), f("people", "killed", 14)]),
    Example("the-injury-toll-en", "Drones hit Kharkiv overnight; officials put the injury toll at seven.",
            [f("people", "injured", 7)]),
    Example("a-missile-with-what-it-carries-en", "A Russian Iskander-M missile with a cluster warhead struck a "
            "sports ground in Pokrovsk.", [f("ballistic_missile", "hit", 1, model="Iskander-M")]),
    Example("a-feminine-destroyed-ru", "Над Курской областью уничтожена ракета «Нептун».",
            [f("cruise_missile", "shot_down", 1, attacker="ukraine", model="Neptune")]),
    Example("a-tally-in-the-course-of-the-operation-ru", "Всего в ходе специальной военной операции сбиты 640 "
            "самолетов и 280 вертолетов.", []),
    Example("production-and-reserves-ru", "По данным разведки, ежемесячно производится до 90 крылатых ракет, а в "
            "резерве держат около 50 ракет «Кинжал».", []),
    Example("what-remains-in-stock-uk", "За оцінкою розвідки, у ворога залишається близько 400 ракет Х-101.", []),
    Example("a-count-then-the-people-by-age-en", "Drones struck Mykolaiv overnight. Two people, a woman aged 44 and "
            "a man aged 70, were wounded.", [f("people", "injured", 2)]),
    Example("the-class-beside-its-model-ru", "Удар был нанесен крылатыми ракетами «Калибр» с подлодки. Пять ракет "
            "были сбиты.", [f("cruise_missile", "shot_down", 5, model="Kalibr")]),
    Example("the-class-beside-its-model-uk", "Ворог атакував місто крилатими ракетами «Калібр». Три ракети було "
            "збито.", [f("cruise_missile", "shot_down", 3, model="Kalibr")]),
    Example("one-and-a-half-tens-ru", "В атаке участвовали свыше полутора сотен дронов, ещё полтора десятка человек "
            "получили ранения.", [f("drone", "launched", 150, qualifier="more_than"), f("people", "injured", 15)]),
    Example("two-tens-in-the-instrumental-uk", "Вночі росіяни атакували Житомир двома десятками дронів.",
            [f("drone", "launched", 20)]),
    Example("ukrainian-troops-attacked-ru", "Украинские войска атаковали Горловку тремя дронами-камикадзе.",
            [f("drone", "launched", 3, attacker="ukraine")]),
    Example("a-toll-that-remains-uk", "Кількість загиблих унаслідок удару по Дніпру залишається 19.",
            [f("people", "killed", 19)]),
    Example("collective-numbers-of-tens-uk", "Після удару КАБами по Краматорську троє людей загинули, ще двадцятеро "
            "поранено, серед них одинадцятеро дітей.", [f("people", "killed", 3), f("people", "injured", 20),
                                                       f("people", "injured", 11)]),
    Example("the-injured-by-town-after-a-colon-uk", "Унаслідок атаки дронів на Сумщину поранено 6 людей: 4 у Шостці, "
            "2 в Конотопі.", [f("people", "injured", 6)]),
    Example("struck-objects-are-hits-uk", "Росіяни запустили 60 дронів: 48 збито, ще 5 уразили об'єкти на "
            "Харківщині.", [f("drone", "launched", 60), f("drone", "shot_down", 48), f("drone", "hit", 5)]),
    Example("flew-onto-the-site-uk", "За даними джерел, по нафтобазі прилетіло щонайменше 4 дрони.",
            [f("drone", "hit", 4, qualifier="at_least")]),
    Example("a-house-number-uk", "Унаслідок атаки 12 ударних БпЛА пошкоджено 3 будинки по вулиці Соборній, 31.",
            [f("drone", "launched", 12)]),
    Example("repelled-an-attack-active-ru", "Силы ПВО отразили атаку девяти беспилотников на Брянск.",
            [f("drone", "launched", 9, attacker="ukraine"), f("drone", "neutralized", 9, attacker="ukraine")]),
    Example("repelled-an-attack-active-uk", "Сили ППО відбили атаку 14 шахедів на Запоріжжя.",
            [f("drone", "launched", 14, model="Shahed"), f("drone", "neutralized", 14, model="Shahed")]),
    Example("a-barotrauma-is-an-injury-ru", "Беспилотник ВСУ атаковал трактор в Курской области. Водитель "
            "получил баротравму.", [f("drone", "hit", 1, attacker="ukraine"),
                                     f("people", "injured", 1, attacker="ukraine")]),
    Example("a-blast-injury-uk", "Ворожий дрон атакував мікроавтобус. Водій отримав мінно-вибухову травму.",
            [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("a-rise-told-again-after-a-dash-ru", "После удара ракеты число раненых увеличилось до 37, а погибших — до "
            "шести.", [f("missile", "launched", 1), f("people", "injured", 37), f("people", "killed", 6)]),
    Example("a-girl-among-the-dead-ru", "После удара дрона погибли три человека, в том числе 9-летняя девочка.",
            [f("drone", "launched", 1), f("people", "killed", 3), f("people", "killed", 1)]),
    Example("a-filling-station-is-a-target-uk", "Ворожий шахед атакував АЗС на околиці Павлограда.",
            [f("drone", "hit", 1, model="Shahed")]),
    Example("a-sector-is-no-target-uk", "Уночі Росія атакувала енергетику 48 ракетами та 70 дронами.",
            [f("missile", "launched", 48), f("drone", "launched", 70)]),
    Example("a-rocket-attack-with-missiles-en", "At dawn the occupiers launched a rocket attack with eight Kalibr "
            "cruise missiles.", [f("cruise_missile", "launched", 8, model="Kalibr")]),
    Example("downed-as-an-attribute-uk", "Мер повідомив про 17 збиті дрони над містом.",
            [f("drone", "shot_down", 17)]),
    Example("the-dead-first-then-their-count-uk", "Загиблих унаслідок ракетного удару по Дніпру вже 19.",
            [f("people", "killed", 19)]),
    Example("the-dead-first-then-their-count-ru", "Пострадавших после атаки дронов на Одессу уже 12.",
            [f("people", "injured", 12)]),
    Example("in-order-to-shoot-down-uk", "Щоб збити 12 шахедів зенітними ракетами, треба витратити мільйони "
            "доларів.", []),
    Example("having-used-drones-ru", "Силы обороны поразили нефтебазу в Брянской области, использовав 9 дронов.",
            [f("drone", "launched", 9, attacker="ukraine")]),
    Example("what-they-may-launch-uk", "За оцінкою розвідки, згодом окупанти можуть запускати до 800 дронів щоночі.",
            []),
    Example("a-case-ending-ka-ru", "Над Брянской областью уничтожены 30-ка беспилотников.",
            [f("drone", "shot_down", 30, attacker="ukraine")]),
    Example("a-group-after-a-dash-uk", "Унаслідок удару КАБом по Харкову постраждали 17 людей, з них 4 — діти.",
            [f("guided_bomb", "launched", 1), f("people", "injured", 17), f("people", "injured", 4)]),
    Example("a-range-in-words-with-a-hyphen-uk", "Після удару ракети п'ятеро-шестеро людей дістали поранення.",
            [f("missile", "launched", 1), f("people", "injured", 5, qualifier="at_least")]),
    Example("rockets-of-an-mlrs-by-its-ukrainian-abbreviation-ru", "За сутки сбиты 6 снарядов РСЗВ HIMARS.",
            [f("missile", "shot_down", 6, attacker="ukraine", model="HIMARS")]),
    Example("bodily-injuries-of-a-person-uk", "Унаслідок удару дрона по Херсону жінка отримала тілесні ушкодження.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("a-rounded-lead-restated-by-the-count-en", "Russia hit Ukraine overnight with nearly 400 drones and 30 "
            "missiles. The Air Force said the enemy had launched 386 drones and 30 missiles of several types.",
            [f("drone", "launched", 386), f("missile", "launched", 30)]),
    Example("a-rounded-lead-restated-by-the-count-ru", "Армия РФ за ночь направила на Украину более сотни дронов. "
            "По данным Воздушных сил, враг атаковал Украину 108 беспилотниками.",
            [f("drone", "launched", 108)]),
    Example("a-weapon-sent-at-a-community-uk", "Уночі окупанти скерували на Вільнянську громаду ударний дрон.",
            [f("drone", "launched", 1)]),
    Example("a-village-abbreviated-keeps-its-sentence-uk", "Громади району окупанти обстріляли за добу, повідомив "
            "голова ОВА.\n«У сел. Вільшани постраждали 50-річний чоловік і 47-річна жінка», — написав він.\nЗа добу "
            "ворог випустив по області два КАБи.", [f("guided_bomb", "launched", 2)]),
    Example("a-launch-then-a-passive-relative-of-its-fate-en", "Overnight the enemy fired six Shahed drones at "
            "Mykolaiv, which were shot down by air defence.",
            [f("drone", "launched", 6, model="Shahed"), f("drone", "shot_down", 6, model="Shahed")]),
    Example("a-launch-then-a-passive-relative-of-its-fate-uk", "Уночі ворог запустив по Одещині чотири крилаті ракети, "
            "які були знищені силами ППО.", [f("cruise_missile", "launched", 4), f("cruise_missile", "shot_down", 4)]),
    Example("a-relative-of-what-the-missiles-destroyed-en", "The army also fired three missiles that destroyed a grain "
            "terminal.", [f("missile", "launched", 3)]),
    Example("a-day-toll-of-the-past-day-uk", "Уночі ворог атакував Херсонщину ударними дронами. Минулої доби, 12 "
            "травня, в області загинули двоє цивільних, ще 9 дістали поранень.", []),
    Example("the-centre-of-a-city-is-a-target-uk", "Росіяни вдарили двома ракетами по центру Житомира.",
            [f("missile", "hit", 2)]),
    Example("a-bomber-regiment-is-no-bomb-uk", "На аеродромі базується 299 гвардійський бомбардувальний полк.", []),
    Example("a-bomber-regiment-is-no-bomb-ru", "На аэродроме базируется 299 гвардейский бомбардировочный полк.", []),
    Example("a-street-is-no-target-of-its-own-uk", "Дрон скинув вибухівку на вулицю в Херсоні.",
            [f("drone", "launched", 1)]),
    Example("rose-to-before-the-verb-ru", "До девяти выросло число пострадавших из-за ракетного удара по городу.",
            [f("people", "injured", 9)]),
    Example("some-of-the-injured-in-hospital-en", "The missile strike on Mykolaiv left 15 people injured. Six wounded "
            "people are still in hospital.", [f("people", "injured", 15)]),
    Example("some-of-the-injured-in-hospital-uk", "Унаслідок ракетного удару по Дніпру поранено 21 людину. Наразі "
            "дванадцять постраждалих перебувають у лікарні.", [f("people", "injured", 21)]),
    Example("some-of-the-injured-in-a-condition-ru", "При атаке дронов на Курск пострадали 14 человек. Пятеро "
            "раненых находятся в тяжелом состоянии.", [f("people", "injured", 14, attacker="ukraine")]),
    Example("a-headline-present-down-en", "Air defences down 27 Ukrainian drones over Bryansk region",
            [f("drone", "shot_down", 27, attacker="ukraine")]),
    Example("electronic-warfare-disabled-another-en", "Air defence destroyed 14 drones overnight; electronic warfare "
            "disabled another six.", [f("drone", "shot_down", 14), f("drone", "jammed", 6)]),
    Example("electronic-warfare-turned-off-en", "Electronic warfare units turned off four more drones.",
            [f("drone", "jammed", 4)]),
    Example("a-list-under-a-header-naming-its-fire-groups-en", "During the attack, mobile fire groups of the "
            "Defence Forces destroyed:\n • 9 Shahed attack UAVs;\n • 2 Kh-59 guided missiles.",
            [f("drone", "shot_down", 9, model="Shahed"), f("cruise_missile", "shot_down", 2, model="Kh-59")]),
    Example("a-list-under-a-long-header-uk", "Станом на 08:30, за уточненими даними, протиповітряною обороною "
            "збито/подавлено:\n- 31 ударний БпЛА типу Shahed;\n- 3 крилаті ракети Х-101.",
            [f("drone", "neutralized", 31, model="Shahed"), f("cruise_missile", "neutralized", 3, model="Kh-101")]),
    Example("launches-counted-ru", "Противник совершил 4 пуска баллистических ракет по Харькову.",
            [f("ballistic_missile", "launched", 4)]),
    Example("launches-counted-after-an-outcome-ru", "Шесть ракет не достигли целей, а всего противник произвел "
            "51 пуск ракет.", [f("missile", "jammed", 6), f("missile", "launched", 51)]),
    Example("launches-counted-uk", "Ворог здійснив 3 пуски балістичних ракет по Запоріжжю.",
            [f("ballistic_missile", "launched", 3)]),
    Example("a-production-rate-in-the-passive-en", "Around 40,000 drones can be produced monthly at the plants, "
            "the minister said.", []),
    Example("a-production-rate-in-the-passive-uk", "Щомісяця на заводах можуть вироблятися близько 40 тисяч дронів.",
            []),
    Example("about-ten-in-the-genitive-uk", "Уночі над Житомирщиною збили близько десятка ворожих дронів.",
            [f("drone", "shot_down", 10, qualifier="about")]),
    Example("of-which-takes-the-count-that-can-hold-it-en", "Air defence shot down 36 drones and two missiles "
            "overnight, 25 of which were over the Kyiv region.",
            [f("drone", "shot_down", 36), f("missile", "shot_down", 2), f("drone", "shot_down", 25)]),
    Example("a-toll-from-an-attack-rose-to-en", "Rescuers recovered three more bodies, bringing the death toll from "
            "the missile attack to 31.", [f("people", "killed", 31)]),
    Example("a-count-of-other-regions-en", "Drones were also shot down over six other regions, including 14 over "
            "the Bryansk region.", [f("drone", "shot_down", 14, attacker="ukraine")]),
    Example("one-of-the-injured-died-uk", "Унаслідок ракетного удару по Києву поранено 12 людей. Вранці в лікарні "
            "померли двоє поранених.", [f("people", "injured", 12), f("people", "killed", 2)]),
    Example("one-of-the-injured-died-ru", "При ударе дронов по Харькову ранены девять человек. Ночью в больнице "
            "умер еще один пострадавший.", [f("people", "injured", 9), f("people", "killed", 1)]),
    Example("a-toll-term-ending-in-its-rise-uk", "Унаслідок ракетного удару кількість жертв зросла до восьми осіб. "
            "У лікарні помер ще один поранений.", [f("people", "killed", 8)]),
    Example("the-missing-after-a-dash-are-no-casualties-ru", "После ракетного удара по Одессе погибли 11 человек, "
            "48 – ранены, 7 – разыскиваются.", [f("people", "killed", 11), f("people", "injured", 48)]),
    Example("a-count-after-no-one-was-hurt-en", "A drone struck a power line. Although no one was hurt, some 800 "
            "residents were left without electricity.", [f("drone", "hit", 1)]),
    Example("the-price-of-stopping-one-drone-ru", "Для перехвата одного «Шахеда» нужны два-три перехватчика по $4 "
            "тыс.", []),
    Example("the-price-of-one-missile-uk", "Одна ракета до системи Patriot коштує близько $4 млн.", []),
    Example("a-drone-that-struck-in-a-sentence-of-money-en", "A drone hit a warehouse in Odesa, causing $20,000 of "
            "damage.", [f("drone", "hit", 1)]),
    Example("stopped-while-repelling-an-attack-uk", "У ході відбиття атаки знешкоджено 37 ворожих ударних дронів.",
            [f("drone", "neutralized", 37)]),
    Example("units-stand-for-the-weapons-en", "Russia attacked overnight with 63 drones. Air defence destroyed 51 "
            "units, and 9 units were lost locally.",
            [f("drone", "launched", 63), f("drone", "shot_down", 51), f("drone", "jammed", 9)]),
    Example("models-the-labellers-named-ru", "Над Белгородской областью средства ПВО сбили две ракеты С-200 и "
            "три ракеты HARM.", [f("missile", "shot_down", 2, attacker="ukraine", model="S-200"),
                      f("missile", "shot_down", 3, attacker="ukraine", model="HARM")]),
    Example("models-the-labellers-named-uk", "Уночі ворог атакував 90 ударними БпЛА типу Shahed, «Гербера» та "
            "«Італмас».", [f("drone", "launched", 90, model="Shahed/Gerbera/Italmas")]),
    Example("a-noun-then-its-count-after-a-dash-ru", "Над Брянской областью сбили больше всего беспилотников – 41, "
            "над Курской – 12.", [f("drone", "shot_down", 41, attacker="ukraine"),
                                 f("drone", "shot_down", 12, attacker="ukraine")]),
    Example("devices-count-the-weapons-ru", "Больше всего дронов сбили над Ростовской областью – 23 устройства.",
            [f("drone", "shot_down", 23, attacker="ukraine")]),
    Example("money-to-finance-drones-en", "Norway announced $40 million to finance 600 drones for Ukraine.", []),
    Example("a-strike-being-prepared-en", "Zelensky warned that Russia was preparing a massive strike with up to 90 "
            "missiles.", []),
    Example("an-airstrike-in-one-word-en", "Three people were killed in a Russian airstrike on Kupiansk on Sunday.",
            [f("people", "killed", 3)]),
    Example("lives-saved-of-people-en", "Rescuers saved the lives of 14 people trapped under the rubble after the "
            "missile strike.", []),
    Example("a-weapon-on-its-way-uk", "За даними Повітряних сил, ракета з Чернігівщини прямувала на Київ.",
            [f("missile", "launched", 1)]),
    Example("a-weapon-in-the-direction-of-a-city-uk", "О 15:10 Повітряні сили попередили про ворожу ракету «Кинджал» "
            "в напрямку міста.", [f("ballistic_missile", "launched", 1, model="Kinzhal")]),
    Example("a-relative-clause-then-the-fate-uk", "Один дрон, який летів у напрямку Рівненщини, ліквідували над "
            "іншою областю.", [f("drone", "shot_down", 1)]),
    Example("the-russian-forces-downed-ru", "ВС РФ сбили шесть беспилотников над Запорожской областью.",
            [f("drone", "shot_down", 6, attacker="ukraine")]),
    Example("the-russian-spokesman-told-ru", "Средствами ПВО за сутки сбиты 11 беспилотников, сообщил Конашенков.",
            [f("drone", "shot_down", 11, attacker="ukraine")]),
    Example("debris-of-a-downed-number-neutral-drone-ru", "В Брянске обломки сбитого БПЛА упали на крышу гаража.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("shrapnel-of-a-downed-missile-ru", "Осколки сбитой ракеты упали на частный дом в Белгороде.",
            [f("missile", "shot_down", 1, attacker="ukraine")]),
    Example("a-woman-hurt-by-shrapnel-ru", "При атаке дронов на Белгород от осколков пострадала 52-летняя "
            "женщина.", [f("people", "injured", 1, attacker="ukraine")]),
    Example("found-then-destroyed-after-the-count-ru", "Три беспилотника обнаружили и уничтожили над Калужской "
            "областью.", [f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("an-air-launched-missile-in-one-word-uk", "По Одещині ворог запустив дві авіаракети Х-59.",
            [f("cruise_missile", "launched", 2, model="Kh-59")]),
    Example("weapons-of-various-types-are-no-target-uk", "Уночі ворог атакував 64 ударними безпілотниками різних "
            "типів, повідомили Повітряні сили.", [f("drone", "launched", 64)]),
    Example("a-hit-recorded-of-one-missile-uk", "Зафіксовано влучання балістичної ракети та 9 ударних БпЛА на 6 "
            "локаціях.", [f("ballistic_missile", "hit", 1), f("drone", "hit", 9)]),
    Example("because-of-a-strike-by-a-drone-uk", "У Шостці через удар безпілотником пошкоджено вікна кількох "
            "будинків.", [f("drone", "launched", 1)]),
    Example("detected-over-a-list-of-regions-and-destroyed-en", "A further 27 Ukrainian drones were detected over "
            "the Bryansk, Kursk, and Oryol regions and destroyed, the ministry said.",
            [f("drone", "shot_down", 27, attacker="ukraine")]),
    Example("a-downed-drone-inside-the-count-uk", "Над Миколаївщиною знищено 12 шахедів. У Вознесенському районі "
            "збитий дрон пошкодив склад.", [f("drone", "shot_down", 12, model="Shahed")]),
    Example("a-downed-drone-alone-uk", "У Бучанському районі збитий безпілотник впав на приватний будинок.",
            [f("drone", "shot_down", 1)]),
    Example("a-count-of-hits-of-drones-en", "The Air Force recorded four hits of UAVs at three locations.",
            [f("drone", "hit", 4)]),
    Example("the-one-weapon-that-hit-en", "A Russian drone strike on Kharkiv killed two people. The governor said the "
            "Shahed drone hit a warehouse in the city.",
            [f("people", "killed", 2), f("drone", "hit", 1, model="Shahed")]),
    Example("the-one-of-a-count-that-hit-en", "Russia launched 30 drones overnight. The drone hit a house in Kharkiv.",
            [f("drone", "launched", 30)]),
    Example("a-range-of-ages-en", "A missile attack on Kyiv injured four people aged 23 to 71.",
            [f("people", "injured", 4)]),
    Example("a-list-of-the-injured-by-region-uk", "Унаслідок ракетної атаки поранено 58 осіб:\n- 31 – у Харківській "
            "області;\n- 27 – у Дніпропетровській області.",
            [f("people", "injured", 58), f("people", "injured", 31), f("people", "injured", 27)]),
    Example("a-post-cut-inside-its-noun-ru", "Средства ПВО сбили три украинских дрона над Курской областью. Еще "
            "четыре беспилотн",
            [f("drone", "shot_down", 3, attacker="ukraine"), f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("missiles-launched-by-ukraine-en", "Russia said it had shot down three missiles launched by "
            "Ukraine.", [f("missile", "shot_down", 3, attacker="ukraine")]),
    Example("a-family-is-no-seven-uk", "Унаслідок удару дрона по Сумах загинула сім'я.", [f("drone", "launched", 1)]),
    Example("a-part-over-russia-after-one-over-ukraine-en", "The Russian defence ministry said its air defence "
            "systems destroyed 9 drones over the Zaporizhzhia region and five over the Tula region.",
            [f("drone", "shot_down", 9, attacker="ukraine"), f("drone", "shot_down", 5, attacker="ukraine")]),
    Example("a-model-then-its-launch-participle-in-a-list-en", "Air defence destroyed 2 Kinzhals fired from MiG-31K "
            "jets, 6 Kalibr cruise missiles and 11 Shaheds.", [f("ballistic_missile", "shot_down", 2, model="Kinzhal"),
                                                             f("cruise_missile", "shot_down", 6, model="Kalibr"),
                                                             f("drone", "shot_down", 11, model="Shahed")]),
    Example("a-list-without-bullets-uk", "За добу ворог застосував по області таку зброю:\nтри КАБ;\nFPV-дрон;\n"
            "ракету С-300.", [f("guided_bomb", "launched", 3), f("drone", "launched", 1),
                               f("missile", "launched", 1, model="S-300")]),
    Example("and-n-more-left-gapped-en", "Russia's defence ministry reported 61 drones brought down before dawn "
            "and 23 more over the following six hours.", [f("drone", "shot_down", 61, attacker="ukraine"),
                                          f("drone", "shot_down", 23, attacker="ukraine")]),
    Example("a-maker-country-developed-en", "Two Ukraine-developed Neptune missiles were intercepted near "
            "Novorossiysk.",
            [f("cruise_missile", "shot_down", 2, attacker="ukraine", model="Neptune")]),
    Example("one-person-by-trade-uk", "Внаслідок атаки дрона на Суми травмовано охоронця.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("one-person-by-trade-ru", "В результате удара беспилотника по Шебекино ранен тракторист.",
            [f("drone", "launched", 1, attacker="ukraine"), f("people", "injured", 1, attacker="ukraine")]),
    Example("a-list-item-in-the-capital-uk", "Через нічну атаку дронів загинули 9 людей:\n- 6 – у столиці;\n"
            "- 3 – у Черкаській області.", [f("people", "killed", 9), f("people", "killed", 6),
                                            f("people", "killed", 3)]),
    Example("a-coordinated-whole-after-out-of-en", "Air defence downed 9 missiles and 95 drones out of 101 drones and "
            "14 missiles fired by Russia overnight.", [f("missile", "shot_down", 9), f("drone", "shot_down", 95),
                                                        f("drone", "launched", 101), f("missile", "launched", 14)]),
    Example("a-verbs-bare-count-then-a-gapped-one-en", "The overnight missile strike killed 11 in Kharkiv and three in "
            "Poltava.", [f("people", "killed", 11), f("people", "killed", 3)]),
    Example("a-verb-that-also-says-downed-strikes-a-target-uk", "Дві ракети уразили зерновий склад в Ізмаїлі.",
            [f("missile", "hit", 2)]),
    Example("an-infinitive-of-intercepting-uk", "Вночі мобільним групам вдалося перехопити 8 ударних дронів над "
            "Черкащиною.", [f("drone", "shot_down", 8)]),
    Example("a-ballistic-target-is-a-ballistic-missile-uk", "Над Дніпром сили ППО знищили дві балістичні цілі.",
            [f("ballistic_missile", "shot_down", 2)]),
    Example("a-bare-missile-told-again-takes-its-model-uk", "Уранці ворог випустив по Ізмаїлу ракету Х-59. Ракету "
            "збили над Дунаєм.", [f("cruise_missile", "launched", 1, model="Kh-59"),
                                  f("cruise_missile", "shot_down", 1, model="Kh-59")]),
    Example("people-by-crew-and-citizenship-en", "The missile strike on the port of Pivdennyi killed three sailors "
            "and wounded 14 foreign nationals.", [f("people", "killed", 3), f("people", "injured", 14)]),
    Example("a-young-man-is-one-person-ru", "Днём дрон атаковал Херсон, ранен молодой человек.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("weapons-stored-on-the-ground-are-no-downing-en", "The strike on an arsenal near Toropets destroyed "
            "about 40 Iskander missiles stored there.", []),
    Example("damaged-jets-are-no-figure-en", "Satellite photos show three Su-25 jets were destroyed and another five "
            "damaged at the airfield.", [f("aircraft", "shot_down", 3, model="Su-25")]),
    Example("a-factorys-output-is-no-launch-ru", "По данным разведки, завод в Ижевске выпустил 900 дронов «Гербера» "
            "за квартал.", []),
    Example("a-factorys-output-is-no-launch-uk", "За даними розвідки, завод у Єлабузі щомісяця випускає 2700 "
            "«Шахедів».", []),
    Example("a-stock-that-remains-is-no-launch-ru", "По оценке аналитиков, у армии РФ осталось около 300 ракет "
            "«Калибр».", []),
    Example("units-of-weapons-and-equipment-are-ground-losses-en", "In the south the Defence Forces destroyed 23 "
            "units of weapons and military equipment over the day.", []),
    Example("the-dead-identified-are-no-new-toll-ru", "Число погибших при ракетном ударе выросло до 19. Опознаны тела "
            "15 погибших.", [f("people", "killed", 19)]),
    Example("a-toll-since-the-start-of-the-year-ru", "С начала года в Белгородской области из-за атак ВСУ погибли "
            "52 мирных жителя.", []),
    Example("a-count-and-a-single-missile-after-it-ru", "Над Брянской областью сбиты 17 беспилотников и ракета "
            "«Нептун».", [f("drone", "shot_down", 17, attacker="ukraine"),
                          f("cruise_missile", "shot_down", 1, attacker="ukraine", model="Neptune")]),
    Example("ukraines-forces-named-in-full-attack-ru", "Вооруженные силы Украины ударили по Макеевке четырьмя "
            "дронами.", [f("drone", "launched", 4, attacker="ukraine")]),
    Example("a-target-after-its-preposition-then-the-weapons-ru", "Армия РФ нанесла удар по зданию почты в Херсоне "
            "тремя дронами.", [f("drone", "hit", 3)]),
    Example("a-model-after-the-word-model-uk", "Уночі ворог запустив по Сумщині 14 дронів моделі «Гербера».",
            [f("drone", "launched", 14, model="Gerbera")]),
    Example("bodies-recovered-are-the-dead-en", "Rescuers have so far recovered 17 bodies from the ruins of the "
            "building hit by the missile.", [f("people", "killed", 17)]),
    Example("a-foiled-attempt-told-with-its-owner-first-en", "Russian air defences thwarted the Kyiv regime's "
            "attempt to strike Belgorod with 9 drones.", [f("drone", "launched", 9, attacker="ukraine"),
                                                          f("drone", "neutralized", 9, attacker="ukraine")]),
    Example("an-attempt-by-kyiv-en", "The ministry said it foiled an attempt by Kyiv to attack the Oryol region "
            "with 6 drones.", [f("drone", "launched", 6, attacker="ukraine"),
                               f("drone", "neutralized", 6, attacker="ukraine")]),
    Example("an-owner-after-the-noun-names-its-side-ru", "Над Донецкой Народной Республикой сбит самолет Су-25 "
            "воздушных сил Украины, уничтожены также пять беспилотников украинской армии.",
            [f("aircraft", "shot_down", 1, attacker="ukraine", model="Su-25"),
             f("drone", "shot_down", 5, attacker="ukraine")]),
    Example("shrapnel-wounds-before-their-count-ru", "Дрон ударил по рынку в Шебекино. Осколочные ранения получили "
            "четыре человека.", [f("drone", "hit", 1, attacker="ukraine"),
                                 f("people", "injured", 4, attacker="ukraine")]),
    Example("another-war-named-in-passing-en", "Russia fired 12 missiles at Lviv on the anniversary of the end of "
            "World War II.", [f("missile", "launched", 12)]),
    Example("reported-injured-and-medical-help-applied-for-en", "The missile hit a school in Sumy, with 14 reported "
            "injured; 9 more people applied for medical help later.", [f("missile", "hit", 1),
                                                                      f("people", "injured", 14),
                                                                      f("people", "injured", 9)]),
    Example("a-single-weapon-after-with-past-its-object-en", "In the evening the enemy attacked the Velykyi Burluk "
            "community with a guided bomb.", [f("guided_bomb", "launched", 1)]),
    Example("debris-of-a-downed-target-feminine-uk", "На Рівненщині уламки збитої повітряної цілі впали на поле.",
            [f("aerial_weapon", "shot_down", 1)]),
    Example("hospitalised-alone-is-injured-uk", "Після нічної атаки дронів на Умань одну людину шпиталізовано.",
            [f("people", "injured", 1)]),
    Example("a-demonstrative-between-count-and-noun-uk", "Уперше сили ППО збили над Дніпром три такі ракети.",
            [f("missile", "shot_down", 3)]),
    Example("a-demonstrative-between-count-and-noun-ru", "Впервые ПВО сбила над Днепром четыре эти ракеты.",
            [f("missile", "shot_down", 4)]),
    Example("a-need-is-no-figure-ru", "Для перехвата одной такой цели нужно два-три дрона-перехватчика.", []),
    Example("casualties-of-artillery-and-drones-together-en", "Russian forces struck the Marhanets community with "
            "artillery and kamikaze drones, wounding three residents.", []),
    Example("casualties-of-artillery-and-drones-together-uk", "Ворог бив по Нікопольщині з артилерії та FPV-дронами, "
            "поранено двох жінок.", []),
    Example("drones-that-left-the-airspace-are-no-figure-uk", "Уночі збито 31 ударний дрон; 4 – вийшли з "
            "підконтрольного повітряного простору в напрямку Росії.", [f("drone", "shot_down", 31)]),
    Example("drones-that-left-the-airspace-are-no-figure-en", "Air defence downed 52 drones overnight, while 17 "
            "UAVs left the controlled airspace towards Belarus.", [f("drone", "shot_down", 52)]),
    Example("both-sides-are-no-two-weapons-en", "Air defence destroyed 41 drones overnight, as strikes deep behind "
            "the lines grow on both sides.", [f("drone", "shot_down", 41)]),
    Example("a-size-word-before-a-single-weapon-en", "Overnight air defence destroyed a large drone over Kremenchuk; "
            "the missiles came from two missile ships in the Black Sea.", [f("drone", "shot_down", 1)]),
    Example("a-gapped-count-after-over-the-night-ru", "Днем над Брянской областью сбиты 7 беспилотников, а за ночь — "
            "еще пять.", [f("drone", "shot_down", 7, attacker="ukraine"),
                          f("drone", "shot_down", 5, attacker="ukraine")]),
    Example("children-among-whom-after-a-hyphen-ru", "После удара по Сумам ранены 22 человека, среди которых 4 - "
            "дети.", [f("people", "injured", 22), f("people", "injured", 4)]),
    Example("casualties-told-by-a-gerund-ru", "Войска РФ ударили ракетами по Харькову, убив трех человек и ранив "
            "еще 17.", [f("people", "killed", 3), f("people", "injured", 17)]),
    Example("soldiers-killed-by-a-missile-ru", "Ракета попала в учебный центр под Днепром, погибли 14 "
            "военнослужащих.", [f("missile", "hit", 1), f("people", "killed", 14)]),
    Example("hits-in-quotation-marks-after-their-count-uk", "Після ракетної атаки на Кременчук є три «прильоти» по "
            "промзоні.", [f("missile", "hit", 3)]),
    Example("a-vague-part-of-a-launch-en", "Mobile fire groups downed most of the 26 incoming Shaheds over the "
            "Odesa region.", [f("drone", "launched", 26, model="Shahed")]),
    Example("a-vague-part-of-a-launch-uk", "Сили ППО збили більшість із 35 ворожих дронів.",
            [f("drone", "launched", 35)]),
    Example("all-of-one-weapon-and-a-count-of-another-en", "Russia fired six missiles and 72 drones overnight. All "
            "the missiles and 51 drones were shot down.", [f("missile", "launched", 6), f("drone", "launched", 72),
                                                           f("missile", "shot_down", 6), f("drone", "shot_down", 51)]),
    Example("a-toll-now-known-en", "A missile hit a warehouse in Lviv overnight; nine people are now known to have "
            "been injured.", [f("missile", "hit", 1), f("people", "injured", 9)]),
    Example("hits-after-a-sentence-of-a-missile-strike-uk", "Уранці росіяни завдали ракетного удару по Кривому Рогу. "
            "Зафіксовано три влучання в інфраструктуру.", [f("missile", "hit", 3)]),
    Example("a-colloquial-verb-of-striking-uk", "Ввечері окупанти влупили керованою авіабомбою по Слов'янську.",
            [f("guided_bomb", "launched", 1)]),
    Example("a-drone-fell-where-there-is-nothing-to-hit-ru", "Под утро дрон упал на открытой территории за "
            "окраиной Сум, обошлось без пострадавших.", [f("drone", "launched", 1)]),
    Example("drones-and-shells-counted-together-then-a-toll-ru", "За сутки по Курской области противник выпустил 40 "
            "беспилотников и 15 боеприпасов. В результате атак ранены три мирных жителя.",
            [f("drone", "launched", 40, attacker="ukraine")]),
    Example("a-downed-total-split-into-fire-and-jamming-en", "Russia's defence ministry said 15 drones were downed "
            "over Crimea. Nine were destroyed by air defence and six were suppressed by electronic warfare.",
            [f("drone", "neutralized", 15, attacker="ukraine"), f("drone", "shot_down", 9, attacker="ukraine"),
             f("drone", "jammed", 6, attacker="ukraine")]),
    Example("a-target-destroyed-with-a-missile-en", "Moscow dismissed Kyiv's claims of intercepting the missiles. "
            "It said its troops destroyed a Ukrainian radar battery with a Kinzhal missile.",
            [f("ballistic_missile", "hit", 1, model="Kinzhal")]),
    Example("the-single-missile-after-its-verb-en", "Overnight Russia sent 14 Geran drones and one Kh-31 missile "
            "toward Odesa. Defenders downed 11 drones and destroyed the missile.",
            [f("drone", "launched", 14, model="Shahed"), f("missile", "launched", 1, model="Kh-31P"),
             f("drone", "shot_down", 11), f("missile", "shot_down", 1, model="Kh-31P")]),
    Example("air-defence-in-an-occupation-officials-words-uk", "Увечері у Ялті було гучно. Як написав Аксьонов, ППО "
            "знищила чотири безпілотники над узбережжям.", [f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("a-russian-governor-quoted-with-air-defence-uk", "У Бєлгороді знову вибухи. Губернатор Гладков повідомив, "
            "що ППО збила шість ракет, троє людей поранені.",
            [f("missile", "shot_down", 6, attacker="ukraine"), f("people", "injured", 3, attacker="ukraine")]),
    Example("police-officers-by-the-uk-noun-uk", "Після удару КАБу по Куп'янську поранено сімох людей, з них троє "
            "поліціянтів.", [f("guided_bomb", "launched", 1), f("people", "injured", 7), f("people", "injured", 3)]),
    Example("a-toll-that-rose-told-with-a-dash-uk", "Після нічної атаки дронів на Суми зросла кількість поранених – "
            "до 14 осіб.", [f("people", "injured", 14)]),
    Example("a-rise-told-as-a-noun-uk", "Рятувальники повідомили про зростання кількості загиблих до восьми після "
            "ракетного удару по Запоріжжю.", [f("people", "killed", 8)]),
    Example("a-toll-rose-before-its-cause-ru", "Число погибших выросло до девяти после удара баллистической ракеты "
            "по Кривому Рогу.", [f("ballistic_missile", "launched", 1), f("people", "killed", 9)]),
    Example("air-defence-and-ew-spelled-out-ru", "По данным Минобороны, ночью 14 украинских беспилотников были "
            "уничтожены силами ПВО и радиоэлектронной борьбы над Брянской областью.",
            [f("drone", "neutralized", 14, attacker="ukraine")]),
    Example("a-years-toll-carried-on-in-the-next-sentence-ru", "С начала 2024 года в Брянской области из-за атак "
            "ВСУ погибли 11 мирных жителей. Еще 58 человек, среди которых четверо детей, получили ранения.", []),
    Example("a-months-toll-carried-on-en", "In March, 164 civilians were killed across the country, the UN mission "
            "said. At least 900 more were wounded, among them 70 children.", []),
    Example("a-russian-model-is-russias-whoever-tells-it-en", "According to Russia's military, its crews "
            "destroyed a HIMARS launcher near Kramatorsk with an Iskander-M missile.",
            [f("ballistic_missile", "hit", 1, model="Iskander-M")]),
    Example("a-russian-model-under-the-ministry-ru", "Минобороны России сообщило об ударе двумя ракетами «Искандер-М» "
            "по складу ВСУ.", [f("ballistic_missile", "hit", 2, model="Iskander-M")]),
    Example("moscow-as-the-state-that-acts-en", "With Moscow stepping up its air war, Ukraine's air force said 74 "
            "drones were downed overnight. Moscow has escalated its strikes since the talks stalled.",
            [f("drone", "shot_down", 74)]),
    Example("a-launch-at-ukrainian-cities-in-a-story-of-a-russian-region-en", "A Ukrainian drone struck a fuel depot "
            "in Russia's Bryansk region, its governor said. Overnight Russia fired 48 drones at Ukrainian cities. "
            "Five people were killed in the attacks.",
            [f("drone", "hit", 1, attacker="ukraine"), f("drone", "launched", 48), f("people", "killed", 5)]),
    Example("one-death-told-as-a-noun-ru", "Губернатор Орловской области сообщил о гибели мужчины после атаки "
            "беспилотников на Мценск.", [f("people", "killed", 1, attacker="ukraine")]),
    Example("a-time-inside-a-paragraph-opens-no-new-entry-ru", "Гладков сообщил, что над Шебекино сбиты три "
            "беспилотника. Около 04:15 сбиты ещё четыре БПЛА.",
            [f("drone", "shot_down", 3, attacker="ukraine"), f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("a-car-bomb-after-a-drone-night-en", "Russia sent 45 drones at Ukraine overnight. In Berdiansk a car "
            "bomb killed two people, the local administration said.", [f("drone", "launched", 45)]),
    Example("a-reports-period-and-a-daily-average-en", "Russian drones and missiles struck Ukraine throughout the "
            "month, the UN said. During the reporting period, 211 civilians were killed and 950 injured. On average "
            "seven civilians died every day.", []),
    Example("a-days-toll-of-russian-aggression-en", "Air defence destroyed two Shahed drones over the Mykolaiv region "
            "during the day. Three residents were hurt as a result of Russian aggression, the governor said.",
            [f("drone", "shot_down", 2, model="Shahed")]),
    Example("houses-destroyed-and-more-damaged-en", "Russian drones struck Kherson overnight. The city council said "
            "nine private houses were destroyed and 26 damaged.", []),
    Example("one-fatality-en", "The drone strike on the village left one fatality and four injuries, the governor "
            "said.", [f("people", "killed", 1), f("people", "injured", 4)]),
    Example("the-enemys-word-for-russian-uk", "Над Миколаївщиною сили ППО знищили 9 рашистських шахедів. Збита "
            "рашистська ракета впала на дах складу.", [f("drone", "shot_down", 9, model="Shahed"),
                                                        f("missile", "shot_down", 1)]),
    Example("a-drone-fell-in-a-field-en", "Overnight a Shahed drone fell in a field outside Poltava without "
            "exploding, the regional administration said.", [f("drone", "launched", 1, model="Shahed")]),
    Example("a-missile-fell-in-a-field-uk", "Вночі ворожа ракета впала в полі на Полтавщині, постраждалих немає.",
            [f("missile", "launched", 1)]),
    Example("children-among-a-count-told-after-them-en", "Three children were among the 22 people wounded when a "
            "missile struck a shopping centre in Odesa.", [f("missile", "hit", 1), f("people", "injured", 22),
                                                           f("people", "injured", 3)]),
    Example("debris-of-a-weapon-downed-by-its-agent-uk", "На Житомирщині уламки збитої силами ППО крилатої ракети "
            "пошкодили два будинки.", [f("cruise_missile", "shot_down", 1)]),
    Example("debris-of-a-weapon-downed-by-its-agent-ru", "В Курске обломки сбитого средствами ПВО украинского "
            "беспилотника упали во двор.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("one-enemy-target-downed-uk", "Увечері над Житомирщиною сили ППО збили ворожу ціль.",
            [f("aerial_weapon", "shot_down", 1)]),
    Example("one-unmanned-aerial-vehicle-downed-uk", "Уночі над Феодосією збили безпілотний літальний апарат.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("the-interception-of-one-missile-uk", "Командування повідомило про перехоплення крилатої ракети над "
            "Рівненщиною.", [f("cruise_missile", "shot_down", 1)]),
    Example("the-list-after-all-were-intercepted-en", "All 12 missiles launched at Lviv overnight were shot down, the "
            "air force said. They included three Kinzhal missiles and nine Kh-101 cruise missiles.",
            [f("missile", "launched", 12), f("missile", "shot_down", 12),
             f("ballistic_missile", "launched", 3, model="Kinzhal"),
             f("ballistic_missile", "shot_down", 3, model="Kinzhal"),
             f("cruise_missile", "launched", 9, model="Kh-101"), f("cruise_missile", "shot_down", 9, model="Kh-101")]),
    Example("a-tally-of-the-wars-weeks-uk", "За три тижні війни наша ППО знищила 61 російський літак та 70 "
            "гелікоптерів.", []),
    Example("a-tally-told-on-with-also-uk", "З початку війни ППО збила 412 крилатих ракет. Також ЗСУ «приземлили» "
            "97 гелікоптерів.", []),
    Example("not-all-were-downed-uk", "Уночі ворог запустив 64 шахеди. Збити вдалося не всі дрони, є влучання.",
            [f("drone", "launched", 64, model="Shahed")]),
    Example("not-all-of-them-en", "Russia launched 38 drones overnight. Not all of them were shot down, the mayor "
            "said.",
            [f("drone", "launched", 38)]),
    Example("two-strikes-with-missiles-uk", "Увечері окупанти завдали три удари ракетами «Іскандер-М» по Одесі.",
            []),
    Example("ukraines-ministry-is-not-russias-ru", "По данным Минобороны Украины, ночью по стране было выпущено 48 "
            "ракет, 39 из них сбиты.", [f("missile", "launched", 48), f("missile", "shot_down", 39)]),
    Example("missiles-of-a-named-launcher-ru", "Днем противник обстрелял Харьков тремя ракетами комплекса С-300.",
            [f("missile", "launched", 3, model="S-300")]),
    Example("a-count-equal-to-a-group-before-it-ru", "При атаке дронов на Белгород ранены 8 человек, среди них двое "
            "детей. В Шебекино пострадали 2 человека.", [f("people", "injured", 8, attacker="ukraine"),
                                                         f("people", "injured", 2, attacker="ukraine"),
                                                         f("people", "injured", 2, attacker="ukraine")]),
    Example("a-ukrainian-oblasts-governor-in-russian-ru", "Губернатор Сумской области сообщил, что при атаке "
            "российских дронов пострадали три человека.", [f("people", "injured", 3)]),
    Example("a-relative-clause-tells-the-hit-uk", "Увечері окупанти атакували Костянтинівку КАБом, який влучив у "
            "приміщення пошти.", [f("guided_bomb", "hit", 1)]),
    Example("a-missile-went-off-in-the-street-uk", "Увечері російська ракета вибухнула біля зупинки в Миколаєві.",
            [f("missile", "hit", 1)]),
    Example("a-married-couple-is-two-ru", "В Грайвороне при атаке FPV-дрона на автомобиль пострадала супружеская пара.",
            [f("drone", "hit", 1, attacker="ukraine"), f("people", "injured", 2, attacker="ukraine")]),
    Example("a-married-couple-is-two-uk", "Унаслідок удару дрона по Херсону поранено подружжя.",
            [f("drone", "launched", 1), f("people", "injured", 2)]),
    Example("killing-some-and-injuring-another-en", "A guided bomb struck a shop in Kostiantynivka, killing three "
            "people and injuring another.", [f("guided_bomb", "hit", 1), f("people", "killed", 3),
                                             f("people", "injured", 1)]),
    Example("a-toll-that-has-reached-en", "In Poltava the death toll after Tuesday's missile strike has reached 14, "
            "the governor said.", [f("people", "killed", 14)]),
    Example("injured-told-by-their-care-en", "A Russian drone hit a bakery in Chernihiv. Three women were being "
            "treated in hospital.", [f("drone", "hit", 1), f("people", "injured", 3)]),
    Example("some-of-the-injured-in-care-en", "A Russian drone hit a bakery in Chernihiv, injuring nine people. Three "
            "of them were being treated in hospital.", [f("drone", "hit", 1), f("people", "injured", 9)]),
    Example("models-after-where-they-are-based-ru", "Корабли Черноморского флота выпустили 6 крылатых ракет морского "
            "базирования «Калибр» по Николаеву.", [f("cruise_missile", "launched", 6, model="Kalibr")]),
    Example("models-after-where-they-are-based-uk", "З акваторії Чорного моря ворог випустив чотири крилаті ракети "
            "морського базування «Калібр».", [f("cruise_missile", "launched", 4, model="Kalibr")]),
    Example("an-owner-in-capitals-after-the-model-ru", "Над Азовским морем сбит самолет Су-25 ВСУ.",
            [f("aircraft", "shot_down", 1, attacker="ukraine", model="Su-25")]),
    Example("an-owner-after-the-model-ru", "Над Черным морем уничтожены два вертолета Ми-8 украинских ВВС.",
            [f("aircraft", "shot_down", 2, attacker="ukraine", model="Mi-8")]),
    Example("a-fighter-bomber-ru", "Зенитным ракетным комплексом сбит истребитель-бомбардировщик Су-24 "
            "Воздушных сил Украины.", [f("aircraft", "shot_down", 1, attacker="ukraine", model="Su-24")]),
    Example("one-more-death-bringing-the-toll-to-en", "One more man died in hospital, bringing the toll of Monday's "
            "drone strike on Sumy to 9.", [f("people", "killed", 9)]),
    Example("a-person-before-a-raised-toll-en", "A woman died in hospital overnight, raising the number of dead from "
            "the missile strike to 6.", [f("people", "killed", 6)]),
    Example("a-load-dropped-from-a-drone-ru", "Граната, сброшенная с беспилотника, уничтожила автомобиль у "
            "остановки.", [f("drone", "hit", 1)]),
    Example("a-load-dropped-from-a-drone-uk", "Вибухівка, скинута з дрона, знищила трактор у полі.",
            [f("drone", "hit", 1)]),
    Example("a-load-dropped-from-a-drone-en", "An explosive dropped from a drone set a lorry on fire near the "
            "market.", [f("drone", "hit", 1)]),
    Example("a-count-told-exactly-then-as-more-than-en", "Russia fired 90 drones at Ukraine overnight. The air force "
            "said more than 90 drones had been launched.", [f("drone", "launched", 90, "more_than")]),
    Example("a-count-told-exactly-then-as-more-than-uk", "Росія запустила по Україні 70 ракет. За словами президента, "
            "ворог застосував понад 70 ракет різних типів.", [f("missile", "launched", 70, "more_than")]),
    Example("a-count-of-weapons-told-as-fired-before-en", "Air defence shot down 21 drones over Ukraine. Moscow said "
            "Ukraine had fired Vampire rockets at Belgorod. All 8 of them were intercepted, it said.",
            [f("drone", "shot_down", 21), f("missile", "launched", 8, attacker="ukraine", model="Vampire"),
             f("missile", "shot_down", 8, attacker="ukraine", model="Vampire")]),
    Example("a-load-dropped-from-a-drone-with-no-fate-ru", "В селе погиб мужчина из-за сброшенного с беспилотника "
            "взрывного устройства.", [f("people", "killed", 1)]),
    Example("air-defence-and-ew-named-apart-before-the-verb-uk", "На Полтавщині вогнем ППО та засобами РЕБ знищено "
            "11 ворожих БпЛА.", [f("drone", "neutralized", 11)]),
    Example("air-defence-and-ew-named-apart-before-the-verb-ru", "Огнем ПВО и средствами РЭБ над областью уничтожены "
            "7 дронов.", [f("drone", "neutralized", 7)]),
    Example("a-list-of-agents-before-the-verb-uk", "Над Житомирщиною вогнем ППО, мобільними групами і засобами РЕБ "
            "знищено 9 безпілотників.", [f("drone", "neutralized", 9)]),
    Example("one-downed-weapon-told-by-its-participle-en", "Firefighters put out a blaze after an intercepted drone "
            "fell on a garage in Brovary.", [f("drone", "shot_down", 1)]),
    Example("one-downed-weapon-inside-a-count-en", "Air defence destroyed 15 drones overnight. A downed drone fell on "
            "a garage in Brovary.", [f("drone", "shot_down", 15)]),
    Example("one-of-a-count-of-hits-told-again-uk", "Щонайменше п'ять КАБів влучили в Куп'янськ. Одна з авіабомб "
            "зруйнувала будівлю бібліотеки.", [f("guided_bomb", "hit", 5, "at_least")]),
    Example("one-of-those-downed-fell-ru", "Над Калужской областью ночью сбиты четыре беспилотника. Один из них "
            "упал на крышу склада.", [f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("one-of-those-launched-hit-a-target-en", "Russia launched 9 missiles at Dnipro. One of them hit a "
            "clinic.", [f("missile", "launched", 9), f("missile", "hit", 1)]),
    Example("a-person-of-another-place-after-a-count-en", "A Russian missile strike on Odesa killed 6 people. "
            "Separately, a drone attack on Nikopol killed a 58-year-old man.",
            [f("people", "killed", 6), f("people", "killed", 1)]),
    Example("including-abbreviated-in-brackets-ru", "После удара ракеты по Харькову погибли 4 человека (в т.ч. 2 "
            "ребенка).", [f("missile", "launched", 1), f("people", "killed", 4), f("people", "killed", 2)]),
    Example("including-abbreviated-in-brackets-uk", "Унаслідок удару дрона по Херсону поранено 7 людей (у т.ч. 3 "
            "дітей).", [f("drone", "launched", 1), f("people", "injured", 7), f("people", "injured", 3)]),
    Example("casualties-two-sentences-after-ground-fire-uk", "Окупанти били по району з артилерії та дронами. "
            "Під ударом були Марганецька і Покровська громади. Поранено трьох чоловіків.", []),
    Example("casualties-two-sentences-after-ground-fire-en", "Russian forces hit the district with artillery and "
            "drones on Sunday. Homes in three villages were damaged. Two women were injured.", []),
    Example("a-bomb-declined-before-its-number-uk", "Уночі росіяни скинули на Харків дві ФАБи-500.",
            [f("guided_bomb", "launched", 2, model="FAB-500")]),
    Example("a-toll-of-hostilities-en", "Drones struck Kherson again on Friday. According to the monitors, at least 64 "
            "civilians were killed and 150 wounded as a result of hostilities.", []),
    Example("a-toll-of-hostilities-ru", "Ночью дроны атаковали Херсон. Всего за неделю в результате боевых действий "
            "погибли 9 мирных жителей.", []),
    Example("weapons-then-a-participle-then-their-target-ru", "Тремя беспилотниками были атакованы нефтебаза и "
            "склад в Курской области.", [f("drone", "hit", 3, attacker="ukraine")]),
    Example("weapons-then-a-participle-then-their-target-uk", "Двома дронами було атаковано автозаправку в Сумах.",
            [f("drone", "hit", 2)]),
    Example("weapons-then-a-participle-then-a-city-ru", "Двумя беспилотниками был атакован Белгород.",
            [f("drone", "launched", 2, attacker="ukraine")]),
    Example("a-republics-capital-makes-the-attack-ukraines-ru", "Два человека ранены при атаке беспилотников на "
            "Чебоксары.", [f("people", "injured", 2, attacker="ukraine")]),
    Example("shot-down-or-jammed-infinitives-uk", "За тиждень ворог запустив 640 дронів. Силам оборони вдалося збити "
            "або придушити 580 з них.", [f("drone", "launched", 640), f("drone", "neutralized", 580)]),
    Example("shot-down-or-jammed-infinitives-ru", "Средства ПВО смогли сбить или подавить 120 беспилотников.",
            [f("drone", "neutralized", 120)]),
    Example("the-russian-sides-neutralised-in-english-en", "Russian air defence systems neutralised 46 Ukrainian "
            "drones over the Bryansk region overnight, the ministry said.",
            [f("drone", "neutralized", 46, attacker="ukraine")]),
    Example("all-but-a-few-ru", "Противник выпустил 14 ракет. Все, кроме трёх, были сбиты над областью.",
            [f("missile", "launched", 14), f("missile", "shot_down", 11)]),
    Example("minus-n-weapons-uk", "Ніч на Миколаївщині: мінус 9 шахедів, повідомив очільник області.",
            [f("drone", "shot_down", 9, model="Shahed")]),
    Example("a-high-speed-target-uk", "Повітряні сили: швидкісна ціль рухається на Дніпро.",
            [f("aerial_weapon", "launched", 1)]),
    Example("a-part-flying-at-the-capital-in-a-list-item-ru", "За ночь уничтожены 9 беспилотников: 4 – над Калужской "
            "областью, 5 – над Московским регионом, в том числе 3, летевших на Москву.",
            [f("drone", "shot_down", 9, attacker="ukraine"), f("drone", "shot_down", 4, attacker="ukraine"),
             f("drone", "shot_down", 5, attacker="ukraine"), f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("a-strike-then-a-gerund-of-hitting-uk", "Окупанти вдарили керованою авіабомбою по Куп'янську, "
            "поціливши в будівлю пошти.", [f("guided_bomb", "hit", 1)]),
    Example("a-strike-then-a-gerund-of-hitting-ru", "Российские войска ударили ракетой по Харькову, попав в здание "
            "колледжа.", [f("missile", "hit", 1)]),
    Example("a-war-long-period-leading-the-sentence-uk", "Як зазначив командувач, за час повномасштабної війни "
            "пілоти виконали понад 9 тис. вильотів, а зенітники збили понад 2 тис. ракет.", []),
    Example("a-war-long-period-leading-the-sentence-en", "According to the commander, since the start of the "
            "full-scale invasion, pilots have flown 9,000 sorties and gunners have shot down 2,000 missiles.", []),
    Example("a-drone-readied-for-launch-uk", "На фото: оператори готують позицію для запуску ударного БпЛА.", []),
    Example("a-drone-readied-for-launch-ru", "На снимке: расчет готовит площадку для запуска разведывательного "
            "беспилотника.", []),
    Example("a-model-named-without-its-number-uk", "Зенітники збили три російські безпілотні апарати «Орлан» над "
            "Куп'янським районом.", [f("drone", "shot_down", 3, model="Orlan-10")]),
    Example("nouns-of-downing-or-jamming-ru", "По данным Воздушных сил, известно о сбивании или подавлении 58 "
            "беспилотников.", [f("drone", "neutralized", 58)]),
    Example("a-hyphenated-kamikaze-drone-en", "Overnight a kamikaze-drone struck a warehouse in Kherson.",
            [f("drone", "hit", 1)]),
    Example("a-class-from-the-parts-in-brackets-ru", "Противник применил 17 ракет, летевших по баллистической "
            "траектории (3 «Кинжала» и 14 «Искандер-М»).",
            [f("ballistic_missile", "launched", 17), f("ballistic_missile", "launched", 3, model="Kinzhal"),
             f("ballistic_missile", "launched", 14, model="Iskander-M")]),
    Example("no-class-from-parts-of-two-classes-en", "Russia fired 12 missiles (3 Iskander-M and 9 Kh-101).",
            [f("missile", "launched", 12), f("ballistic_missile", "launched", 3, model="Iskander-M"),
             f("cruise_missile", "launched", 9, model="Kh-101")]),
    Example("one-device-each-over-two-regions-ru", "Над Орловской областью сбиты четыре беспилотника и еще по одному "
            "устройству — над Тульской и Липецкой областями.",
            [f("drone", "shot_down", 4, attacker="ukraine"), f("drone", "shot_down", 1, attacker="ukraine"),
             f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("a-headlines-verb-hits-en", "Russian drone hits bakery in Kramatorsk\nThe strike left two people "
            "injured, the regional governor said.", [f("drone", "hit", 1), f("people", "injured", 2)]),
    Example("a-headlines-verb-before-a-city-en", "Russian missile hits Dnipro\nNo one was hurt, officials said.", []),
    Example("a-group-among-a-count-after-there-were-en", "Russian drones killed 17 people in Sumy. Officials said "
            "there were three children among the 17 dead.", [f("people", "killed", 17), f("people", "killed", 3)]),
    Example("all-covers-the-launches-of-sentences-before-en",
            "Overnight the enemy fired 30 missiles of several types at Ukraine. Among them were 10 Kalibr cruise "
            "missiles. It also sent 12 Shahed drones. All of them were destroyed by air defence.",
            [f("missile", "launched", 30), f("cruise_missile", "launched", 10, model="Kalibr"),
             f("drone", "launched", 12, model="Shahed"), f("missile", "shot_down", 30),
             f("cruise_missile", "shot_down", 10, model="Kalibr"), f("drone", "shot_down", 12, model="Shahed")]),
    Example("all-targets-covers-the-launches-of-sentences-before-uk",
            "Вночі ворог випустив по Україні 20 ракет різних типів. Також противник застосував 9 ударних дронів "
            "Shahed. Усі цілі знищені силами ППО.",
            [f("missile", "launched", 20), f("drone", "launched", 9, model="Shahed"), f("missile", "shot_down", 20),
             f("drone", "shot_down", 9, model="Shahed")]),
    Example("all-stops-at-an-outcome-told-before-en",
            "The enemy fired 18 missiles overnight, and 15 of them were shot down. It also sent six drones. All of "
            "them were downed.",
            [f("missile", "launched", 18), f("missile", "shot_down", 15), f("drone", "launched", 6),
             f("drone", "shot_down", 6)]),
    Example("a-man-and-a-woman-under-one-verb-are-two-uk",
            "Вночі Росія атакувала Херсон 12 дронами. Загинули чоловік та жінка.",
            [f("drone", "launched", 12), f("people", "killed", 2)]),
    Example("a-man-and-a-woman-under-one-verb-are-two-ru",
            "Ночью ВСУ атаковали Шебекино 8 беспилотниками. Пострадали мужчина и женщина.",
            [f("drone", "launched", 8, attacker="ukraine"), f("people", "injured", 2, attacker="ukraine")]),
    Example("a-man-and-a-woman-told-apart-stay-one-each-uk",
            "Вночі Росія атакувала Херсон 12 дронами. Загинув чоловік, а жінку поранено.",
            [f("drone", "launched", 12), f("people", "killed", 1), f("people", "injured", 1)]),
    Example("a-drone-that-dropped-a-grenade-on-a-road-hit-it-en",
            "Overnight a Ukrainian drone dropped a grenade on a road near Shebekino.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("a-drone-that-attacked-a-road-outside-a-town-hit-it-en",
            "A Russian drone attacked a road outside Kherson, the regional governor said.",
            [f("drone", "hit", 1)]),
    Example("a-count-of-types-of-missiles-is-none-en",
            "Trials of four types of missiles are under way, the minister said.", []),
    Example("different-types-of-missiles-counts-the-missiles-en",
            "Over the week Russia used 31 different types of missiles against Ukrainian cities.",
            [f("missile", "launched", 31)]),
    Example("the-third-drone-is-one-more-en",
            "Air defence downed a drone over Bryansk, and another drone hit a warehouse. The third drone was jammed "
            "by electronic warfare.",
            [f("drone", "shot_down", 1, attacker="ukraine"), f("drone", "hit", 1, attacker="ukraine"),
             f("drone", "jammed", 1, attacker="ukraine")]),
    Example("the-second-of-two-is-the-one-left-en",
            "Two drones tried to attack the plant. One of them lost its course and came down, while the second was "
            "destroyed by machine-gun fire.",
            [f("drone", "launched", 2), f("drone", "jammed", 1), f("drone", "shot_down", 1)]),
    Example("the-first-of-a-count-told-is-inside-it-en",
            "Two Iskander-M ballistic missiles struck the centre of the town. The first missile hit a college; the "
            "second exploded over a market.", [f("ballistic_missile", "hit", 2, model="Iskander-M")]),
    Example("the-second-drone-attack-counts-no-drone-en",
            "The second drone attack in a week killed two people in Sumy.", [f("people", "killed", 2)]),
    Example("drones-that-targeted-an-object-hit-it-en",
            "Three Shahed drones targeted an apartment block in Sumy at dawn, injuring two residents.",
            [f("drone", "hit", 3, model="Shahed"), f("people", "injured", 2)]),
    Example("drones-that-targeted-the-facilities-were-aimed-there-en",
            "Overnight 40 drones targeted the gas facilities of the region.", [f("drone", "launched", 40)]),
    Example("a-projectile-destroyed-over-a-region-is-a-missile-en",
            "A Ukrainian projectile was shot down above the Bryansk region on Monday morning, the regional head wrote.",
            [f("missile", "shot_down", 1, attacker="ukraine")]),
    Example("bplas-are-drones-en", "Seven BpLAs were destroyed over the Moscow region.",
            [f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("a-generic-noun-takes-the-class-of-its-model-en",
            "Russian air defence shot down three Vampire projectiles over Belgorod.",
            [f("missile", "shot_down", 3, attacker="ukraine", model="Vampire")]),
    Example("a-generic-noun-takes-the-class-of-its-model-uk",
            "Сили ППО знищили 14 повітряних цілей типу «Шахед».", [f("drone", "shot_down", 14, model="Shahed")]),
    Example("children-among-those-hospitalised-are-injured-uk",
            "Унаслідок ракетного удару по Умані постраждали 60 людей. 31 з них, зокрема 9 дітей, госпіталізували.",
            [f("people", "injured", 60), f("people", "injured", 9)]),
    Example("a-weeks-toll-naming-no-weapon-is-none-ru",
            "За прошедшую неделю от ударов ВСУ в области погибли 9 мирных жителей, среди них двое детей.", []),
    Example("a-weeks-toll-naming-no-weapon-is-none-uk",
            "За минулий тиждень унаслідок російських атак в області загинули 7 людей, ще 30 дістали поранень.", []),
    Example("a-weeks-drones-stay-figures-ru",
            "За неделю ВСУ запустили по области 106 беспилотников, погибли 3 человека.",
            [f("drone", "launched", 106, attacker="ukraine"), f("people", "killed", 3, attacker="ukraine")]),
    Example("children-of-the-injured-ru",
            "После ракетного удара по Житомиру ранены 60 человек. Из раненых 9 детей.",
            [f("people", "injured", 60), f("people", "injured", 9)]),
    Example("children-of-the-injured-uk",
            "Після ракетного удару по Житомиру поранено 60 людей. З поранених 9 дітей.",
            [f("people", "injured", 60), f("people", "injured", 9)]),
    Example("among-them-there-are-children-ru",
            "После атаки дронов на Сумы ранены 12 человек. Среди них есть трое детей.",
            [f("people", "injured", 12), f("people", "injured", 3)]),
    Example("uab-bombs-are-guided-bombs-ru", "Войска РФ ударили по Запорожью двумя УАБ.",
            [f("guided_bomb", "launched", 2)]),
    Example("uab-bombs-are-guided-bombs-uk", "Росіяни скинули на Костянтинівку чотири УАБ.",
            [f("guided_bomb", "launched", 4)]),
    Example("the-owner-of-the-drone-a-load-fell-from-is-the-attacker-ru",
            "Двое горожан пострадали в Макеевке при сбросе взрывчатки с беспилотника ВСУ.",
            [f("people", "injured", 2, attacker="ukraine")]),
    Example("the-afu-struck-a-district-is-their-attack-ru",
            "В Донецке ВСУ нанесли удар по Ворошиловскому району, пострадали два человека.",
            [f("people", "injured", 2, attacker="ukraine")]),
    Example("a-man-and-a-woman-under-one-verb-are-two-en",
            "Russia attacked Odesa with 12 drones overnight. A man and a woman were killed.",
            [f("drone", "launched", 12), f("people", "killed", 2)]),
    Example("a-man-and-a-woman-told-apart-stay-one-each-en",
            "Russia attacked Odesa with 12 drones overnight. A man was killed and a woman was injured.",
            [f("drone", "launched", 12), f("people", "killed", 1), f("people", "injured", 1)]),
    Example("adults-told-apart-from-children-are-no-figure-en",
            "A missile hit Odesa, killing 20 people: 14 adults and six children.",
            [f("missile", "hit", 1), f("people", "killed", 20), f("people", "killed", 6)]),
    Example("adults-told-apart-from-children-are-no-figure-uk",
            "Ракета влучила в Одесу, загинули 20 людей: 14 дорослих і шестеро дітей.",
            [f("missile", "hit", 1), f("people", "killed", 20), f("people", "killed", 6)]),
    Example("the-russian-air-force-downed-a-ukrainian-jet-ru",
            "ВКС России сбили в районе Изюма самолет Су-27.",
            [f("aircraft", "shot_down", 1, attacker="ukraine", model="Su-27")]),
    Example("most-of-these-drones-is-no-count-ru",
            "Ночью противник запустил по Украине 40 ударных беспилотников. Большинство этих беспилотников были сбиты "
            "над югом страны.", [f("drone", "launched", 40)]),
    Example("a-rounded-lead-restated-as-at-least-is-one-en",
            "Russia attacked Ukraine overnight with almost 500 drones. The air force said Russia launched at least "
            "497 drones and 20 missiles.",
            [f("drone", "launched", 497, qualifier="at_least"), f("missile", "launched", 20)]),
    Example("one-missile-reached-its-target-uk",
            "Вночі ворог випустив по області чотири ракети, лише одна ракета досягла цілі.",
            [f("missile", "launched", 4), f("missile", "hit", 1)]),
    Example("most-of-the-bpla-is-no-single-drone-uk",
            "Уночі ворог запустив 40 дронів. Більшість ворожих БпЛА знищено над Київщиною.",
            [f("drone", "launched", 40)]),
    Example("a-model-after-a-singular-adjective-is-one-uk",
            "О 03:10 голова громади написав, що на Житомир летить ворожий Шахед, і закликав бути в укриттях.",
            [f("drone", "launched", 1, model="Shahed")]),
    Example("neutralized-told-alone-stays-neutralized-ru",
            "Минобороны России сообщило, что ночью средства ПВО нейтрализовали 37 беспилотников над пятью регионами.",
            [f("drone", "neutralized", 37, attacker="ukraine")]),
    Example("neutralized-parts-under-a-destroyed-total-are-shot-down-ru",
            "Ночью российская ПВО сбила 40 украинских дронов. 14 из них нейтрализованы над Брянской областью.",
            [f("drone", "shot_down", 40, attacker="ukraine"), f("drone", "shot_down", 14, attacker="ukraine")]),
    Example("people-released-after-treatment-are-no-launch-en",
            "A Russian drone strike on the town wounded 11 people. Seven of them stayed in hospital, and the other "
            "four were released after treatment.", [f("people", "injured", 11)]),
    Example("a-regional-count-destroyed-is-no-total-of-a-neutralized-one-ru",
            "Ночью над Крымом нейтрализовано пять беспилотников, а над Белгородской областью уничтожено еще 26.",
            [f("drone", "neutralized", 5, attacker="ukraine"), f("drone", "shot_down", 26, attacker="ukraine")]),
    Example("drones-that-flew-into-a-building-hit-it-ru", "Два беспилотника влетели в жилой комплекс.",
            [f("drone", "hit", 2)]),
    Example("drones-that-flew-into-airspace-hit-nothing-ru",
            "Два беспилотника влетели в воздушное пространство Литвы.", [f("drone", "launched", 2)]),
    Example("downed-or-neutralised-is-one-figure-en", "Air defence units said 61 attack drones and four missiles "
            "were downed or neutralised across the country.",
            [f("drone", "neutralized", 61), f("missile", "neutralized", 4)]),
    Example("intercepted-or-neutralized-after-the-count-en", "By morning some 35 drones had been intercepted or "
            "neutralized over the southern regions.", [f("drone", "neutralized", 35, "about")]),
    Example("attacking-drones-are-drones-uk", "Вночі над Полтавщиною сили ППО знищили 27 атакуючих дронів.",
            [f("drone", "shot_down", 27)]),
    Example("attacking-drones-are-drones-ru", "Дежурные средства ПВО перехватили 14 атакующих беспилотников.",
            [f("drone", "shot_down", 14, attacker="ukraine")]),
    Example("people-then-a-participle-of-their-injury-uk", "Після ранкового удару по Сумах лікарі знають про 11 "
            "мешканців, травмованих уламками дрона, і ще про двох загиблих.",
            [f("people", "injured", 11), f("people", "killed", 2)]),
    Example("people-then-a-participle-of-their-injury-ru", "После ночного удара беспилотников по Херсону медики "
            "сообщают о шести горожанах, пострадавших от осколков.", [f("people", "injured", 6)]),
    Example("a-participle-before-a-number-is-its-own-count-uk", "Унаслідок ракетної атаки на Одесу загинули "
            "четверо людей, поранених – 19.", [f("people", "killed", 4), f("people", "injured", 19)]),
    Example("sought-help-from-doctors-ru", "После атаки дронов на Днепр девять человек обратились за помощью к "
            "врачам.", [f("people", "injured", 9)]),
    Example("turned-to-medics-uk", "Після удару КАБами по Запоріжжю семеро людей звернулися до медиків.",
            [f("people", "injured", 7)]),
    Example("kin-counted-are-people-en", "Three cousins were killed when a Russian drone struck their car near "
            "Nikopol.", [f("people", "killed", 3), f("drone", "hit", 1)]),
    Example("kin-counted-are-people-uk", "Унаслідок ракетного удару по Кривому Рогу загинули двоє братів.",
            [f("people", "killed", 2)]),
    Example("kin-told-apart-after-a-count-en", "Four residents of a Sumy suburb died after a Russian missile hit "
            "their street: a neighbour and three sisters aged 9, 12 and 15.", [f("missile", "hit", 1),
                                                                          f("people", "killed", 4)]),
    Example("death-toll-reaches-in-a-headline-en", "Death toll after Russian glide bomb strike on Zaporizhzhia "
            "reaches 11", [f("people", "killed", 11)]),
    Example("pedestrians-and-pupils-are-people-en", "A Russian glide bomb hit a street in Kramatorsk: four "
            "pedestrians were left wounded and two pupils were killed.", [f("guided_bomb", "hit", 1),
            f("people", "injured", 4), f("people", "killed", 2)]),
    Example("schoolchildren-are-people-uk", "Унаслідок атаки дронів на Суми поранені троє школярів.",
            [f("people", "injured", 3)]),
    Example("passers-by-are-people-ru", "При ударе беспилотника по Херсону ранены двое прохожих.",
            [f("people", "injured", 2)]),
    Example("a-hundred-and-some-in-words-en", "Overnight Russia sent a hundred and forty drones at Ukraine; air "
            "defence downed a hundred and one of them.", [f("drone", "launched", 140), f("drone", "shot_down", 101)]),
    Example("not-fewer-than-is-at-least-ru", "Ночью над Брянской областью средства ПВО уничтожили не меньше 12 "
            "беспилотников.", [f("drone", "shot_down", 12, "at_least", "ukraine")]),
    Example("not-fewer-than-is-at-least-uk", "За ніч сили ППО знищили не менше як 30 ударних дронів.",
            [f("drone", "shot_down", 30, "at_least")]),
    Example("hit-into-targets-is-no-weapon-uk", "Уночі ворог запустив 35 ударних БпЛА. Сили ППО збили 31, а "
            "чотири влучили в цілі на Житомирщині.", [f("drone", "launched", 35), f("drone", "shot_down", 31),
                                                     f("drone", "hit", 4)]),
    Example("hit-into-targets-is-no-weapon-ru", "Ночью противник выпустил 35 ударных БпЛА. Силы ПВО сбили 31, а "
            "четыре попали в цели в Житомирской области.", [f("drone", "launched", 35), f("drone", "shot_down", 31),
                                                          f("drone", "hit", 4)]),
    Example("people-named-by-their-city-en", "A Russian missile struck an apartment block overnight; three Dnipro "
            "residents were killed and nine were hurt.", [f("missile", "hit", 1), f("people", "killed", 3),
                                                           f("people", "injured", 9)]),
    Example("others-of-weapons-with-an-outcome-en", "Russia sent 58 drones overnight. Air defence downed 49, and "
            "nine others were lost to electronic warfare.", [f("drone", "launched", 58), f("drone", "shot_down", 49),
                                                          f("drone", "jammed", 9)]),
    Example("others-of-people-unaccounted-for-en", "A Russian missile hit a block of flats in Dnipro, killing 12 "
            "people; some 20 others are still unaccounted for.", [f("missile", "hit", 1), f("people", "killed", 12)]),
    Example("compound-number-in-the-instrumental-uk", "Удень росіяни вдарили по Сумщині двадцятьма трьома "
            "керованими авіабомбами.", [f("guided_bomb", "launched", 23)]),
    Example("number-words-in-the-genitive-uk", "Із сімдесяти шести ударних дронів сили ППО знищили шістдесят "
            "чотири.", [f("drone", "launched", 76), f("drone", "shot_down", 64)]),
    Example("teens-in-the-instrumental-ru", "Ночью противник атаковал Одессу семнадцатью ударными БпЛА.",
            [f("drone", "launched", 17)]),
    Example("half-a-hundred-in-the-genitive-ru", "Над Брянской областью сбито свыше полусотни украинских "
            "беспилотников.", [f("drone", "shot_down", 50, "more_than", "ukraine")]),
    Example("half-a-dozen-en", "Air defence units over Odesa brought down half a dozen Shahed drones overnight.",
            [f("drone", "shot_down", 6, model="Shahed")]),
    Example("at-minimum-en", "At minimum 14 guided bombs were dropped on Kharkiv on Sunday, the governor said.",
            [f("guided_bomb", "launched", 14, "at_least")]),
    Example("led-off-course-by-ew-uk", "Уночі ворог запустив 52 шахеди. Ще 11 дронів відведено засобами РЕБ, а "
            "два збилися з курсу.", [f("drone", "launched", 52, model="Shahed"), f("drone", "jammed", 11),
                                     f("drone", "jammed", 2)]),
    Example("air-defence-suppressed-ru", "Над Курской областью российская ПВО подавила 7 украинских беспилотников.",
            [f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("a-jet-lost-feminine-ru", "Во время отражения ракетного удара Украина потеряла один истребитель F-16.",
            [f("aircraft", "lost", 1, model="F-16")]),
    Example("struck-a-target-with-drones-as-means-uk", "Уночі Сили оборони уразили нафтобазу 12 дронами, "
            "повідомив Генштаб.", [f("drone", "hit", 12, attacker="ukraine")]),
    Example("defence-forces-attacked-uk", "Сили оборони атакували склад боєприпасів вісьмома ударними дронами.",
            [f("drone", "hit", 8, attacker="ukraine")]),
    Example("occupied-city-attacked-by-ukraine-uk", "Окупанти заявили, що над тимчасово окупованим Мелітополем "
            "збили три безпілотники.", [f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("headline-hits-a-city-with-drones-en", "Russia hits Zaporizhzhia with 55 drones overnight, regional "
            "governor says", [f("drone", "launched", 55)]),
    Example("headline-hits-a-target-with-bombs-en", "Russia hits a maternity hospital in Zaporizhzhia with two glide "
            "bombs", [f("guided_bomb", "hit", 2)]),
    Example("headline-pounds-a-country-en", "Russia pounds Ukraine with 480 drones and 20 missiles in one night",
            [f("drone", "launched", 480), f("missile", "launched", 20)]),
    Example("a-group-is-among-the-injured-present-en", "Russian glide bombs struck Kharkiv on Monday. Three children "
            "are among the injured, the mayor said.", [f("people", "injured", 3)]),
    Example("members-of-a-family-en", "A Russian drone struck a house in Kherson, killing four members of one "
            "family.", [f("drone", "hit", 1), f("people", "killed", 4)]),
    Example("lives-lost-is-killed-uk", "Уночі росіяни вдарили ракетами по Одесі. Життя втратили п'ятеро людей.",
            [f("people", "killed", 5)]),
    Example("an-attack-beaten-off-ru", "Отбита атака 16 украинских беспилотников на Брянскую область.",
            [f("drone", "launched", 16, attacker="ukraine"), f("drone", "neutralized", 16, attacker="ukraine")]),
    Example("what-a-country-could-launch-uk", "За оцінками розвідки, до кінця року Росія може випускати до 1500 "
            "шахедів за ніч.", []),
    Example("what-a-country-will-receive-ru", "Украина получит еще 12 ракет для комплексов Patriot.", []),
    Example("nearly-all-of-a-count-en", "Nearly all of the 73 drones Russia sent overnight were shot down, the "
            "air force said.", [f("drone", "launched", 73)]),
    Example("nearly-all-of-a-count-ru", "Почти все из 48 беспилотников, запущенных противником, были сбиты.",
            [f("drone", "launched", 48)]),
    Example("passive-launch-then-all-of-which-en", "Fourteen drones were launched at Kharkiv overnight, all of "
            "which were destroyed.", [f("drone", "launched", 14), f("drone", "shot_down", 14)]),
    Example("that-before-a-count-opens-a-clause-en", "Russia sent nine drones at Sumy overnight, the governor "
            "said, noting that seven were shot down.", [f("drone", "launched", 9), f("drone", "shot_down", 7)]),
    Example("the-toll-is-now-en", "A Russian missile struck a school in Sumy. The death toll is now 14, and 40 "
            "people remain injured.", [f("missile", "hit", 1), f("people", "killed", 14), f("people", "injured", 40)]),
    Example("a-bare-count-struck-targets-en", "Russia launched 63 drones overnight; 51 were shot down and 12 struck "
            "targets.", [f("drone", "launched", 63), f("drone", "shot_down", 51), f("drone", "hit", 12)]),
    Example("hit-an-object-en", "Russia launched 14 drones at Chernihiv; 12 were shot down and 2 hit an "
            "energy facility.", [f("drone", "launched", 14), f("drone", "shot_down", 12), f("drone", "hit", 2)]),
    Example("there-is-one-dead-after-a-count-uk", "Уночі росіяни атакували Запоріжжя дронами. Поранених уже 9, є "
            "загиблий.", [f("people", "injured", 9), f("people", "killed", 1)]),
    Example("collective-teen-numbers-uk", "Унаслідок атаки дронів на Харків травмовано сімнадцятеро людей.",
            [f("people", "injured", 17)]),
    Example("a-seller-and-a-buyer-ru", "При атаке беспилотника на рынок в Белгороде ранены продавец и "
            "покупательница.", [f("drone", "hit", 1, attacker="ukraine"),
                                f("people", "injured", 2, attacker="ukraine")]),
    Example("a-watchman-killed-ru", "В результате удара дрона по предприятию погиб сторож.", [f("people", "killed", 1),
                                                                                         f("drone", "hit", 1)]),
    Example("cars-damaged-beside-the-injured-ru", "При атаке беспилотника на жилой дом в Белгороде ранены четыре "
            "человека, повреждены 9 автомобилей.", [f("drone", "hit", 1, attacker="ukraine"),
                                                 f("people", "injured", 4, attacker="ukraine")]),
    Example("a-missile-destroyed-a-target-uk", "Уночі ворожа ракета знищила склад агропідприємства на "
            "Полтавщині.", [f("missile", "hit", 1)]),
    Example("a-drone-destroyed-as-the-object-ru", "Украинский беспилотник уничтожили на подлете к Ярославлю.",
            [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("targeted-a-target-with-one-missile-en", "Russian forces targeted a hospital in Sumy with a ballistic "
            "missile on Monday.", [f("ballistic_missile", "hit", 1)]),
    Example("targeted-a-city-with-one-missile-en", "Russia targeted Odesa with a cruise missile overnight.",
            [f("cruise_missile", "launched", 1)]),
    Example("a-target-struck-by-a-drone-passive-ru", "Ночью беспилотником поражено здание администрации в "
            "Белгороде.", [f("drone", "hit", 1, attacker="ukraine")]),
    Example("targets-struck-by-missiles-passive-ru", "Днем двумя ракетами поражено предприятие в Харькове.",
            [f("missile", "hit", 2)]),
    Example("a-salvo-that-was-to-be-fired-ru", "По плану корабли должны были произвести залп полусотней крылатых "
            "ракет.", []),
    Example("a-toll-rose-from-to-uk", "Удар ракети по Кривому Рогу: кількість загиблих зросла з 14 до 19.",
            [f("people", "killed", 14), f("people", "killed", 19)]),
    Example("a-toll-rose-from-to-ru", "После удара ракеты по Сумам число погибших выросло с 21 до 35.",
            [f("missile", "launched", 1), f("people", "killed", 21), f("people", "killed", 35)]),
    Example("a-toll-rose-from-to-en", "After the Russian strike on Dnipro the death toll rose from 12 to 17.",
            [f("people", "killed", 12), f("people", "killed", 17)]),
    Example("model-in-the-instrumental-after-the-target-uk", "Уночі окупанти вдарили по Конотопу шахедом: пошкоджено "
            "склад.", [f("drone", "launched", 1, model="Shahed")]),
    Example("strike-noun-with-a-weapon-headline-uk", "Удар балістичною ракетою по Запоріжжю: загинули двоє людей.",
            [f("ballistic_missile", "launched", 1), f("people", "killed", 2)]),
    Example("air-strike-noun-with-a-bomb-headline-ru", "Авиаудар КАБом по Славянску: ранены пятеро.",
            [f("guided_bomb", "launched", 1), f("people", "injured", 5)]),
    Example("cut-off-noun-tells-no-number-ru", "Войска нанесли удар по аэродрому ракетой «Искандер-М», а также бесп",
            [f("ballistic_missile", "launched", 1, model="Iskander-M")]),
    Example("cut-off-noun-with-a-singular-verb-ru", "Зенитчики сбили над Донбассом вражеский беспилотник, а также сбит "
            "само", [f("drone", "shot_down", 1), f("aircraft", "shot_down", 1)]),
    Example("the-killed-by-region-after-dashes-uk", "Через нічний удар дронів загинули 4 людини: 3 — у Харкові, 1 — на "
            "Сумщині.", [f("people", "killed", 4), f("people", "killed", 3), f("people", "killed", 1)]),
    Example("the-injured-of-another-region-after-a-dash-ru", "После ракетного удара в Запорожье ранены 7 человек, в "
            "Днепре — 2.", [f("people", "injured", 7), f("people", "injured", 2)]),
    Example("two-counts-share-one-noun-uk", "Над Житомирщиною та Вінниччиною сили ППО знищили 9 і 4 шахеди "
            "відповідно.", [f("drone", "shot_down", 9, model="Shahed"), f("drone", "shot_down", 4, model="Shahed")]),
    Example("two-counts-share-one-noun-ru", "Над Курской и Орловской областями сбиты 8 и 2 беспилотника "
            "соответственно.", [f("drone", "shot_down", 8, attacker="ukraine"),
                                f("drone", "shot_down", 2, attacker="ukraine")]),
    Example("two-counts-share-one-noun-en", "Air defences downed 17 and 5 drones over the Poltava and Kyiv regions "
            "respectively.", [f("drone", "shot_down", 17), f("drone", "shot_down", 5)]),
    Example("a-missile-ripped-into-a-block-en", "Nine people died when a cruise missile ripped into an apartment block "
            "in Dnipro.", [f("people", "killed", 9), f("cruise_missile", "hit", 1)]),
    Example("part-of-a-whole-told-roughly-en", "Air defence units brought down more than 50 of roughly 70 drones "
            "overnight.", [f("drone", "shot_down", 50, "more_than"), f("drone", "launched", 70, "about")]),
    Example("part-of-a-whole-told-roughly-uk", "Сили ППО збили 31 з приблизно 40 дронів.",
            [f("drone", "shot_down", 31), f("drone", "launched", 40, "about")]),
    Example("every-one-of-a-count-en", "Air defence units destroyed every single one of the 14 drones launched at the "
            "city.", [f("drone", "shot_down", 14), f("drone", "launched", 14)]),
    Example("a-short-post-with-few-letters-of-its-own-uk", "Противник атакував Херсонщину двадцятьма КАБами.",
            [f("guided_bomb", "launched", 20)]),
    Example("a-range-in-digits-uk", "Над Києвом сили ППО збили 5–6 ворожих дронів.",
            [f("drone", "shot_down", 5, "at_least")]),
    Example("a-range-in-digits-with-about-ru", "Ночью над регионом пролетело около 30 – 40 беспилотников.",
            [f("drone", "launched", 30, "at_least")]),
    Example("a-range-in-digits-en", "The enemy sent 20-25 Shahed drones towards the capital.",
            [f("drone", "launched", 20, "at_least", model="Shahed")]),
    Example("a-range-of-shares-is-none-en", "Air defence shot down 85-86% of the drones the enemy sent.", []),
    Example("a-future-count-is-none-ru", "Враг может перейти к атакам, в которых будет задействовано 900 дронов.", []),
    Example("the-governor-of-a-ukrainian-oblast-by-its-short-name-ru", "Губернатор Сумщины: утром враг атаковал "
            "Конотоп четырьмя дронами, ранены двое.", [f("drone", "launched", 4), f("people", "injured", 2)]),
    Example("the-governor-by-the-oblast-adjective-ru", "Николаевский губернатор: ночью над областью сбиты 7 шахедов.",
            [f("drone", "shot_down", 7, model="Shahed")]),
    Example("children-among-a-count-with-no-article-en", "A glide bomb hit the market. Six children were among 52 "
            "people injured.", [f("guided_bomb", "hit", 1), f("people", "injured", 6), f("people", "injured", 52)]),
    Example("a-count-told-by-its-relative-clause-uk", "В ОВА розповіли про 6 дронів, які збили над Черкащиною вночі.",
            [f("drone", "shot_down", 6)]),
    Example("a-count-told-by-its-relative-clause-ru", "В штабе рассказали о 4 дронах, которые были сбиты над городом.",
            [f("drone", "shot_down", 4)]),
    Example("a-family-of-n-after-its-verb-en", "A Russian drone slammed into a house in Sumy, killing a family of "
            "four.", [f("drone", "hit", 1), f("people", "killed", 4)]),
    Example("a-weapon-destroyed-a-target-of-its-own-en", "A Russian drone destroyed a barn in the Nikopol district "
            "overnight.", [f("drone", "hit", 1)]),
    Example("air-defence-destroyed-weapons-stays-en", "Air defence units destroyed 27 drones over the south overnight.",
            [f("drone", "shot_down", 27)]),
    Example("a-night-after-a-long-count-told-by-a-dash-uk", "З початку року росіяни випустили понад 30 тисяч "
            "шахедів. Лише за останню ніч — 115.", [f("drone", "launched", 30000, "more_than", model="Shahed"),
                                                    f("drone", "launched", 115, model="Shahed")]),
    Example("a-toll-at-a-later-hour-told-by-a-dash-uk", "Ракетний удар по Житомиру. Станом на 11:00 загиблих 6. "
            "Станом на 17:00 — 9.", [f("people", "killed", 6), f("people", "killed", 9)]),
    Example("a-night-after-a-week-told-by-a-dash-ru", "За неделю над регионами России уничтожены 900 украинских "
            "дронов. Минувшей ночью — 64.", [f("drone", "shot_down", 900, attacker="ukraine"),
                                            f("drone", "shot_down", 64, attacker="ukraine")]),
    Example("a-list-of-directions-after-a-colon-place-first-uk", "Сили ППО збили 46 дронів: на півдні — 25, на сході "
            "— 21.", [f("drone", "shot_down", 46), f("drone", "shot_down", 25), f("drone", "shot_down", 21)]),
    Example("a-list-of-directions-after-a-colon-count-first-uk", "Збито 39 з 50 дронів: 24 — на півночі, 15 — на "
            "сході.", [f("drone", "shot_down", 39), f("drone", "launched", 50), f("drone", "shot_down", 24),
                      f("drone", "shot_down", 15)]),
    Example("a-part-of-them-placed-by-a-target-uk", "Вночі ворог випустив 9 ракет, 4 з них — по Києву.",
            [f("missile", "launched", 9), f("missile", "launched", 4)]),
    Example("a-part-of-them-placed-by-a-target-en", "Russia fired 11 missiles overnight, 5 of them at Kyiv.",
            [f("missile", "launched", 11), f("missile", "launched", 5)]),
    Example("one-of-a-count-of-places-is-none-en", "Overnight the drones targeted four regions of Russia, one of which "
            "was the Kursk region.", []),
    Example("regions-with-counts-in-brackets-after-na-uk", "Сили ППО збили 37 шахедів, найбільше на Сумщині (14) "
            "та Полтавщині (9).", [f("drone", "shot_down", 37, model="Shahed"),
                                  f("drone", "shot_down", 14, model="Shahed"),
                                  f("drone", "shot_down", 9, model="Shahed")]),
    Example("a-city-with-a-number-in-brackets-in-a-headline-ru", "Что известно о попадании ракеты в дом в Днепре (49)",
            [f("missile", "hit", 1)]),
    Example("the-next-count-s-verb-after-a-comma-ru", "Всего зафиксировано 96 БпЛА и 2 баллистические ракеты, "
            "сбиты 81 дрон.", [f("drone", "launched", 96), f("ballistic_missile", "launched", 2),
                               f("drone", "shot_down", 81)]),
    Example("launches-counted-after-the-weapon-en", "Monitors recorded 14 cruise missile launches from the Caspian "
            "Sea.", [f("cruise_missile", "launched", 14)]),
    Example("launches-of-weapons-counted-en", "The air force recorded 6 launches of ballistic missiles from Crimea.",
            [f("ballistic_missile", "launched", 6)]),
    Example("a-later-toll-with-children-and-its-injured-en", "Missiles hit Poltava at dawn. By noon 5 people had died "
            "and 20 were hurt. In the evening the mayor said 8 were killed, including 3 children, and 41 were injured.",
            [f("people", "killed", 5), f("people", "injured", 20), f("people", "killed", 8), f("people", "killed", 3),
             f("people", "injured", 41)]),
    Example("a-part-of-them-told-by-whence-stays-none-ru", "Ночью враг запустил 64 шахеда, 18 из них — из Крыма.",
            [f("drone", "launched", 64, model="Shahed")]),
    Example("a-list-item-then-another-weapon-uk", "Над Сумщиною знищено 5 ударних БпЛА, над Полтавщиною — 8 та 2 "
            "крилаті ракети Х-101.", [f("drone", "shot_down", 5), f("drone", "shot_down", 8),
                                     f("cruise_missile", "shot_down", 2, model="Kh-101")]),
    Example("labels-separated-by-semicolons-uk", "Наслідки удару дронів по Сумах: загиблих — 2; поранених — "
            "11.", [f("people", "killed", 2), f("people", "injured", 11)]),
    Example("a-toll-before-a-semicolon-en", "The death toll from the missile strike on Dnipro has risen to 23; "
            "rescuers are still at the site.", [f("people", "killed", 23)]),
    Example("drones-crashed-into-a-building-uk", "Два шахеди врізалися в будівлю складу на околиці Львова.",
            [f("drone", "hit", 2, model="Shahed")]),
    Example("drones-flew-into-a-block-uk", "Три дрони влетіли в дев'ятиповерхівку в Одесі.", [f("drone", "hit", 3)]),
    Example("drones-flew-into-another-country-s-airspace-uk", "Два шахеди влетіли в повітряний простір Молдови.",
            [f("drone", "launched", 2, model="Shahed")]),
    Example("a-missile-completely-destroyed-a-house-uk", "Ракета повністю знищила приватний будинок у Сумах.",
            [f("missile", "hit", 1)]),
    Example("a-further-ordinal-with-no-noun-en", "Russia fired five cruise missiles at Lviv; air defence downed four, "
            "while a fifth struck an energy facility.", [f("cruise_missile", "launched", 5),
                                                        f("cruise_missile", "shot_down", 4),
                                                        f("cruise_missile", "hit", 1)]),
    Example("a-further-ordinal-with-its-noun-en", "Three drones were shot down over Poltava, while a fourth drone hit "
            "a garage.", [f("drone", "shot_down", 3), f("drone", "hit", 1)]),
    Example("more-told-by-another-speaker-en", "The governor said 14 drones were shot down over the region, and the "
            "mayor reported 3 more.", [f("drone", "shot_down", 14), f("drone", "shot_down", 3)]),
    Example("aircraft-type-drones-by-their-compound-name-ru", "ВСУ атаковали Климово с использованием 7 "
            "самолетов-беспилотников, все уничтожены.", [f("drone", "launched", 7, attacker="ukraine"),
                                                        f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("a-list-under-white-square-bullets-ru", "Всего над регионами сбито 19 украинских БПЛА:\n▫️ 7 – над "
            "территорией Брянской области,\n▫️ 5 – над территорией Курской области,\n▫️ 4 – над территорией "
            "Орловской области,\n▫️ 2 – над территорией Липецкой области,\n▫️ 1 – над территорией Смоленской "
            "области.", [f("drone", "shot_down", n, attacker="ukraine") for n in (19, 7, 5, 4, 2, 1)]),
    Example("attempts-to-break-through-repelled-ru", "Ночью над Курской областью ПВО отразили попытки проникновения "
            "27 украинских дронов.", [f("drone", "launched", 27, attacker="ukraine"),
                                     f("drone", "neutralized", 27, attacker="ukraine")]),
    Example("drones-turned-back-uk", "Три шахеди вдалося розвернути в бік Білорусі.", [f("drone", "jammed", 3,
                                                                                     model="Shahed")]),
    Example("drones-turned-back-ru", "Два беспилотника удалось развернуть в сторону России.",
            [f("drone", "jammed", 2)]),
    Example("another-with-its-own-verb-en", "A drone hit a minibus near Kherson: a woman was killed and another "
            "was injured.", [f("drone", "hit", 1), f("people", "killed", 1), f("people", "injured", 1)]),
    Example("another-weapon-with-its-own-verb-en", "Three drones were shot down over the region, and another was "
            "jammed by electronic warfare.", [f("drone", "shot_down", 3), f("drone", "jammed", 1)]),
    Example("led-to-the-injury-of-en", "Guided bombs struck Zaporizhzhia, which led to the injury of 11 residents, "
            "including three children.", [f("people", "injured", 11), f("people", "injured", 3)]),
    Example("a-drop-from-a-drone-ru", "В результате сброса взрывчатки с дрона в Херсоне ранен мужчина.",
            [f("drone", "launched", 1), f("people", "injured", 1)]),
    Example("target-first-damage-uk", "Склад на околиці міста пошкодила ракета, загорівся дах.",
            [f("missile", "hit", 1)]),
    Example("target-first-damage-ru", "Здание котельной повредил беспилотник, ранен сторож.",
            [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("headline-second-clause-drops-article-en", "Rescuers search rubble as Russian missile hits hospital in "
            "Sumy", [f("missile", "hit", 1)]),
    Example("present-tense-launch-verbs-en", "Each night Russia deploys about 90 drones against the south, and "
            "on Friday it unleashes 40 more on Odesa.", [f("drone", "launched", 90, qualifier="about"),
                                                         f("drone", "launched", 40)]),
    Example("gapped-count-after-midnight-en", "The command said 21 drones were downed before midnight and 17 after "
            "midnight.", [f("drone", "shot_down", 21), f("drone", "shot_down", 17)]),
    Example("quoted-model-alone-uk", "Уночі на Полтавщині впав «шахед», пошкоджено гараж.",
            [f("drone", "hit", 1, model="Shahed")]),
    Example("quoted-model-alone-ru", "Вечером в Сумах «шахед» попал в здание школы.",
            [f("drone", "hit", 1, model="Shahed")]),
    Example("instrumental-plural-model-no-count-uk", "Ворог знову атакував область шахедами.", []),
    Example("landed-by-ew-uk", "Над Кримом ППО збила шість дронів, а три — посадили засобами РЕБ.",
            [f("drone", "shot_down", 6, attacker="ukraine"), f("drone", "jammed", 3, attacker="ukraine")]),
    Example("others-follow-the-first-side-ru", "Власти Удмуртии сообщили, что склад в Ижевске подвергся атаке трех "
            "дронов. Первый БПЛА упал на крышу склада. Два других упали в лесополосе.",
            [f("drone", "launched", 3, attacker="ukraine"), f("drone", "hit", 1, attacker="ukraine"),
             f("drone", "hit", 2, attacker="ukraine")]),
    Example("group-after-dash-and-copula-ru", "Днем беспилотники ударили по Сумам. Ранены семь человек, из них трое "
            "– это дети.", [f("people", "injured", 7), f("people", "injured", 3)]),
    Example("one-drone-repelled-then-downed-en", "An attempt to strike a fuel depot with an aircraft-type drone was "
            "thwarted on Sunday night, the ministry said. The drone was destroyed by air defences over the Bryansk "
            "region.", [f("drone", "shot_down", 1, attacker="ukraine")]),
    Example("pronoun-tells-the-fate-uk", "Шість шахедів летіли на Полтаву. Вони були знищені на підльоті до міста.",
            [f("drone", "launched", 6, model="Shahed"), f("drone", "shot_down", 6, model="Shahed")]),
    Example("pronoun-with-no-outcome-uk", "Ворог запустив 20 дронів. Вони атакували Одесу.",
            [f("drone", "launched", 20)]),
    Example("care-told-before-the-verb-uk", "Дрон влучив у гараж. По допомогу до медиків звернулися двоє мешканців "
            "сусіднього будинку.", [f("drone", "hit", 1), f("people", "injured", 2)]),
    Example("care-told-before-the-verb-ru", "Ракета попала в склад. За медицинской помощью обратились четыре "
            "работника.", [f("missile", "hit", 1), f("people", "injured", 4)]),
    Example("one-flew-into-a-target-ru", "Ночью беспилотник влетел в здание котельной в Курске.",
            [f("drone", "hit", 1, attacker="ukraine")]),
    Example("one-flew-into-airspace-uk", "Вночі безпілотник влетів у повітряний простір Молдови.", []),
    Example("hits-of-the-enemy-uk", "За ніч у Херсоні зафіксовано 12 ворожих прильотів, горять склади.",
            [f("aerial_weapon", "hit", 12)]),
    Example("hits-of-the-enemy-ru", "Мэр сообщил о 9 вражеских прилетах по городу.", [f("aerial_weapon", "hit", 9)]),
    Example("classified-as-lost-en", "Air defence destroyed 140 drones, and another 96 were classified as 'lost', "
            "the air force said.", [f("drone", "shot_down", 140), f("drone", "jammed", 96)]),
    Example("pair-of-verbs-each-with-its-agent-ru", "Над Крымом сбиты силами ПВО и подавлены средствами РЭБ 14 "
            "беспилотников.", [f("drone", "neutralized", 14, attacker="ukraine")]),
    Example("silenced-and-landed-ru", "Пять дронов сбила ПВО, еще два были заглушены.",
            [f("drone", "shot_down", 5), f("drone", "jammed", 2)]),
    Example("each-over-regions-sharing-a-plural-noun-ru", "По два БПЛА уничтожены над Ивановской и Владимирской "
            "областями.", [f("drone", "shot_down", 2, attacker="ukraine"), f("drone", "shot_down", 2,
                                                                             attacker="ukraine")]),
    Example("two-counts-share-noun-and-verb-en", "Officials in Kursk and Oryol said 12 and 7 Ukrainian drones had "
            "been destroyed over their regions respectively.", [f("drone", "shot_down", 12, attacker="ukraine"),
                                                                f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("two-numbers-after-one-dash-ru", "Больше всего беспилотников сбили над Курской и Брянской областями — "
            "14 и 9.", [f("drone", "shot_down", 14, attacker="ukraine"), f("drone", "shot_down", 9,
                                                                          attacker="ukraine")]),
    Example("reach-of-a-strike-is-a-specification-ru", "Эксперт напомнил, что дальность удара «Орешником» "
            "превышает пять тысяч километров.", []),
    Example("total-over-counted-regions-and-a-sea-ru", "Ночью уничтожены 40 беспилотников над семью регионами и "
            "Азовским морем. Из них 12 нейтрализовали над Азовским морем, 9 - над Ростовской областью.",
            [f("drone", "shot_down", 40, attacker="ukraine"), f("drone", "shot_down", 12, attacker="ukraine"),
             f("drone", "shot_down", 9, attacker="ukraine")]),
    Example("total-over-counted-regions-and-a-sea-en", "Russia said it downed 40 Ukrainian drones over seven "
            "regions and the Sea of Azov.", [f("drone", "shot_down", 40, attacker="ukraine")]),
    Example("agent-between-count-and-verb-ru", "Над Одесщиной девять беспилотников силами противовоздушной обороны "
            "сбиты.", [f("drone", "shot_down", 9)]),
    Example("agent-between-count-and-verb-uk", "Над Миколаєвом сім шахедів силами протиповітряної оборони збито.",
            [f("drone", "shot_down", 7, model="Shahed")]),
    Example("both-agents-in-full-ru", "Силами противовоздушной обороны и радиоэлектронной борьбы уничтожены 10 БПЛА.",
            [f("drone", "neutralized", 10)]),
    Example("part-targeting-a-place-takes-the-whole-measure-en", "Russian air defences downed 120 Ukrainian drones "
            "overnight, including 15 targeting the Moscow region.", [f("drone", "shot_down", 120, attacker="ukraine"),
                                                                    f("drone", "shot_down", 15, attacker="ukraine")]),
    Example("owner-after-the-weapon-en", "The governor said a drone of the Ukrainian army hit a delivery "
            "van near Sudzha.", [f("drone", "hit", 1, attacker="ukraine")]),
    Example("singular-noun-after-and-is-its-own-weapon-ru", "По Запорожью противник выпустил четыре ракеты и "
            "беспилотник.", [f("missile", "launched", 4), f("drone", "launched", 1)]),
    Example("locally-lost-is-jammed-en", "Air defence downed 31 drones overnight; 9 drones were locally lost.",
            [f("drone", "shot_down", 31), f("drone", "jammed", 9)]),
    Example("model-after-an-outcome-noun-is-one-uk", "Через влучання шахеда в гуртожиток у Павлограді постраждали "
            "троє людей.", [f("drone", "hit", 1, model="Shahed"), f("people", "injured", 3)]),
    Example("model-after-a-threat-of-attack-is-none-ru", "Из-за угрозы удара «Кинжала» в Киеве объявили тревогу.",
            []),
    Example("toll-after-a-day-of-fire-told-before-is-none-uk", "Зранку ворожий дрон атакував авто в Бериславі. "
            "Загалом за минулу добу окупанти обстріляли 27 населених пунктів області. Загинули двоє людей, ще "
            "дев'ятеро дістали поранень.", [f("drone", "hit", 1)]),
    Example("aviation-bomb-in-two-words-is-one-uk", "Окупанти вдарили авіаційною бомбою по Вовчанську.",
            [f("guided_bomb", "launched", 1)]),
    Example("ministry-repelled-an-attack-neuter-verb-ru", "Минобороны отразило атаку четырёх БПЛА, летевших на "
            "Воронеж.", [f("drone", "launched", 4, attacker="ukraine"),
                         f("drone", "neutralized", 4, attacker="ukraine")]),
    Example("apparatus-alone-names-the-drones-again-uk", "Російське міноборони повідомило про 41 збитий апарат над "
            "Брянською та Курською областями.", [f("drone", "shot_down", 41, attacker="ukraine")]),
    Example("whole-told-by-its-participle-alone-ru", "Над Белгородской областью сбиты 12 беспилотников из 85 "
            "уничтоженных за ночь над регионами России.", [f("drone", "shot_down", 12, attacker="ukraine"),
                                                         f("drone", "shot_down", 85, attacker="ukraine")]),
    Example("quoted-model-after-its-adjective-ru", "Утром сирены звучали по всей стране. Оккупанты атаковали "
            "Ровно крылатыми ракетами и баллистическим «Кинжалом».", [f("ballistic_missile", "launched", 1,
                                                                      model="Kinzhal")]),
    Example("strike-on-a-town-with-one-model-ru", "Ночью в районе объявляли тревогу. Противник ударил по Конотопу "
            "шахедом.", [f("drone", "launched", 1, model="Shahed")]),
    Example("a-second-weapon-told-after-one-en", "One drone was downed above the depot, the mayor said. A second "
            "drone was also downed nearby.", [f("drone", "shot_down", 1), f("drone", "shot_down", 1)]),
    Example("shelling-and-its-hits-alone-is-no-air-attack-uk", "Щонайменше одна людина загинула через обстріл "
            "Нікополя, повідомив голова громади. «Є влучання у житлові будинки. Відомо про одного загиблого та "
            "чотирьох поранених», – написав він.", []),
    Example("an-attack-and-its-hits-is-an-air-attack-uk", "Окупанти знову атакували Херсон. Є влучання у приватні "
            "будинки, відомо про трьох поранених.", [f("people", "injured", 3)]),
    Example("hedged-headline-over-exact-body-keeps-its-hedge-en", "At least 4 killed in Russian drone strike on "
            "Sumy\nFour people were killed when a Russian drone hit a bus stop in Sumy, the governor said.",
            [f("people", "killed", 4, qualifier="at_least"), f("drone", "hit", 1)]),
    Example("air-attack-means-adjective-first-ru", "За ночь противник применил 212 воздушных средств нападения.",
            [f("aerial_weapon", "launched", 212)]),
    Example("count-hyphened-to-its-weapon-en", "Kyiv reports a 210-drone attack overnight; air defence downed "
            "most of them.", [f("drone", "launched", 210)]),
    Example("the-russian-capital-is-moscow-en", "Twenty-two drones were downed on approach to the Russian capital "
            "overnight, its mayor said.", [f("drone", "shot_down", 22, attacker="ukraine")]),
    Example("artillery-shelling-in-one-word-uk", "Вранці ворожий дрон атакував Нікополь. Внаслідок артобстрілу "
            "Марганця поранено двох чоловіків.", [f("drone", "launched", 1)]),
    Example("shahid-spelling-is-shahed-uk", "Над Полтавщиною сили ППО знищили сім дронів «Шахід».",
            [f("drone", "shot_down", 7, model="Shahed")]),
    Example("all-three-attacks-repelled-counts-no-weapon-ru", "Ночью российские войска снова атаковали Херсон "
            "дронами и ракетами. Силы ПВО отбили все три атаки, добавил он.", []),
    Example("strikes-dealt-on-a-target-are-hits-ru", "Ночью дроны атаковали Нижнекамск. Три беспилотника нанесли "
            "удары по складу завода.", [f("drone", "hit", 3, attacker="ukraine")]),
    Example("weapon-fell-near-a-place-hit-it-uk", "Після обіду над Золочевом пролунали вибухи: ворожа ракета впала "
            "біля продуктового магазину.", [f("missile", "hit", 1)]),
    Example("a-surname-that-is-also-a-town-places-nothing-en", "Railways chief Oleksandr Kamyshin spoke on national "
            "television.\n\nHe said two railway workers were killed and three injured by Russian missile strikes on "
            "four stations.", [f("people", "killed", 2), f("people", "injured", 3)]),
    Example("weapon-noun-before-hits-counts-them-en", "Russia struck Kharkiv again overnight; officials recorded "
            "six missile hits on the industrial district.", [f("missile", "hit", 6)]),
    Example("persons-of-other-ages-are-others-ru", "Вечером вражеские дроны снова атаковали Сумы. На улице Мира "
            "ранен 61-летний мужчина. Позже на окраине города ранен 33-летний мужчина.",
            [f("people", "injured", 1), f("people", "injured", 1)]),
    Example("parts-after-they-included-take-the-sum-whole-en", "Air defence downed 30 of the 41 missiles. They "
            "included 12 ballistic and 18 cruise missiles.", [
                f("missile", "shot_down", 30), f("missile", "launched", 41), f("ballistic_missile", "shot_down", 12),
                f("cruise_missile", "shot_down", 18)]),
    Example("shrapnel-of-a-weapon-is-no-hit-en", "Air defence downed five drones over the region. Shrapnel from a "
            "Russian drone hit a shop in the city centre.", [f("drone", "shot_down", 5)]),
    Example("a-relative-of-a-district-is-no-target-ru", "Ранен житель Грайворонского округа, по которому за день "
            "нанесли удары 14 беспилотников.", [f("people", "injured", 1, attacker="ukraine"),
                                                f("drone", "launched", 14, attacker="ukraine")]),
    Example("asked-hospitals-for-help-uk", "Уночі ворог атакував Житомир ракетами. 27 людей звернулися про допомогу "
            "до медичних закладів.", [f("people", "injured", 27)]),
    Example("toll-risen-to-its-count-told-first-ru", "Ночью армия РФ ударила ракетой по Запорожью. До 12 человек "
            "выросло число погибших.", [f("missile", "launched", 1), f("people", "killed", 12)]),
    Example("remnants-of-a-weapon-are-debris-en", "Air defence destroyed four drones over the district. Remnants of "
            "a drone fell on a barn near Lebedyn.", [f("drone", "shot_down", 4)]),
    Example("air-defence-then-ew-told-apart-en", "Eight drones were shot down by air defence, and two more were "
            "suppressed by electronic warfare.", [f("drone", "shot_down", 8), f("drone", "jammed", 2)]),
    Example("a-count-of-interceptions-en", "Russia's defence ministry said Belgorod region reported nine drone "
            "interceptions overnight.", [f("drone", "shot_down", 9, attacker="ukraine")]),
    Example("a-bomb-dropped-on-a-target-of-its-own-uk", "Окупанти скинули керовану авіабомбу на сільський магазин.",
            [f("guided_bomb", "hit", 1)]),
    Example("a-bomb-dropped-on-a-target-of-its-own-ru", "Российская авиация сбросила управляемую авиабомбу на "
            "склад агрофирмы.", [f("guided_bomb", "hit", 1)]),
    Example("bombs-dropped-on-a-region-are-launched-uk", "Росіяни скинули на Харківщину дві керовані авіабомби.",
            [f("guided_bomb", "launched", 2)]),
    Example("a-weapon-named-in-its-own-sentence-before-history-uk", "Уночі ППО збила 5 із 6 балістичних ракет. "
            "А от крилатих ракет \"Калібр\" знищили менше - 7 із 12.",
            [f("ballistic_missile", "shot_down", 5), f("ballistic_missile", "launched", 6),
             f("cruise_missile", "shot_down", 7, model="Kalibr"), f("cruise_missile", "launched", 12, model="Kalibr")]),
    Example("a-weapon-named-in-its-own-sentence-before-history-en", "Air defence downed 20 of 25 drones. Of the "
            "cruise missiles only 4 of 9 were intercepted.",
            [f("drone", "shot_down", 20), f("drone", "launched", 25), f("cruise_missile", "shot_down", 4),
             f("cruise_missile", "launched", 9)]),
    Example("a-kind-named-again-keeps-the-figures-before-ru", "Ночью запущено 40 беспилотников «Герань». Из "
            "всех беспилотников сбиты 35.", [f("drone", "launched", 40, model="Shahed"),
                                            f("drone", "shot_down", 35, model="Shahed")]),
    Example("a-person-also-injured-is-another-en", "Russian drones struck the city overnight. A man of 62 was "
            "wounded. A woman of 56 was also injured, the governor said.",
            [f("people", "injured", 1), f("people", "injured", 1)]),
    Example("a-person-also-injured-is-another-uk", "Уночі росіяни атакували місто дронами. Постраждав 62-річний "
            "чоловік. Травм зазнала також 70-річна жінка.",
            [f("people", "injured", 1), f("people", "injured", 1)]),
    Example("a-person-told-again-is-one-en", "Russian drones struck the city overnight. A man was wounded. The "
            "governor said a man was injured and taken to hospital.", [f("people", "injured", 1)]),
    Example("the-side-told-later-is-the-leads-en", "A drone crashed into a warehouse overnight, injuring two workers. "
            "Later, air defences destroyed four Ukrainian drones over the region, the governor said.",
            [f("drone", "hit", 1, attacker="ukraine"), f("people", "injured", 2, attacker="ukraine"),
             f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("the-side-told-later-is-the-leads-uk", "Уночі дрон влучив у склад підприємства, поранено двох "
            "працівників. Згодом сили ППО збили ще чотири українські дрони, повідомили в міністерстві.",
            [f("drone", "hit", 1, attacker="ukraine"), f("people", "injured", 2, attacker="ukraine"),
             f("drone", "shot_down", 4, attacker="ukraine")]),
    Example("the-dead-recovered-are-dead-uk", "Уночі ракета влучила в багатоповерхівку. З-під уламків "
            "рятувальники деблокували 7 загиблих, ще 12 людей врятували.",
            [f("missile", "hit", 1), f("people", "killed", 7)]),
    Example("a-gapped-count-in-a-place-of-no-name-uk", "Уночі росіяни атакували Суми. 4 дрони влучили у "
            "промисловій зоні, 2 — у житловому кварталі.", [f("drone", "hit", 4), f("drone", "hit", 2)]),
    Example("weapons-that-went-into-targets-hit-uk", "Уночі ворог запустив 12 ракет. ППО збила вісім, а чотири "
            "ракети потрапили у промислові об'єкти.",
            [f("missile", "launched", 12), f("missile", "shot_down", 8), f("missile", "hit", 4)]),
    Example("a-missiles-index-is-no-count-en", "Investigators said a 9M38 missile fired by a Buk system caused the "
            "blast.", []),
    Example("a-missiles-index-names-its-model-ru", "Ночью российские войска выпустили по Одессе две ракеты 3М14 и три "
            "ракеты 9М723, сообщили в командовании.",
            [f("cruise_missile", "launched", 2, model="Kalibr"),
             f("ballistic_missile", "launched", 3, model="Iskander-M")]),
    Example("a-handover-of-the-dead-is-no-toll-uk", "Уночі росіяни атакували Київ дронами. Того ж дня Україні "
            "передали 909 загиблих військових у межах репатріації.", []),
    Example("a-gapped-count-after-a-count-of-buildings-uk", "Уночі дрони атакували Суми. Дрони влучили у 3 будинки, "
            "2 — у центрі міста.", []),
    Example("a-saying-added-tells-no-other-person-en", "A Russian drone hit a house in Kharkiv overnight. A man was "
            "wounded, the governor said. The mayor also said a man was wounded in the strike.",
            [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("weapons-that-went-into-a-zone-hit-nothing-uk", "Уночі росіяни атакували область. Повітряні сили "
            "повідомили: 8 дронів потрапили в зону дії РЕБ.", [f("drone", "launched", 8)]),
    Example("a-months-toll-is-no-figure-en", "Russian drones struck Kharkiv again overnight. At least 219 civilians "
            "were killed and 1,018 injured across Ukraine in July, the monitoring mission said.", []),
    Example("a-years-toll-is-no-figure-ru", "Ночью беспилотники ВСУ атаковали Белгород. В результате атак ВСУ в 2024 "
            "году в области погибли пять человек, сообщил губернатор.", []),
    Example("a-strike-dated-by-its-month-stays-en", "A Ukrainian drone strike hit the town in September, killing one "
            "person and injuring four.", [f("people", "killed", 1, attacker="ukraine"),
                                          f("people", "injured", 4, attacker="ukraine")]),
    Example("bodies-found-are-the-dead-ru", "Ракета попала в многоэтажку. Утром под завалами обнаружили тела двух "
            "женщин.", [f("missile", "hit", 1), f("people", "killed", 2)]),
    Example("bodies-brought-out-are-the-dead-uk", "Ракета влучила в будинок. З-під завалів рятувальники дістали тіла "
            "ще трьох осіб.", [f("missile", "hit", 1), f("people", "killed", 3)]),
    Example("a-towns-population-is-no-toll-en", "Three people were killed in Izium, a town of 45,000 people, when a "
            "missile struck a shop.", [f("people", "killed", 3), f("missile", "hit", 1)]),
    Example("a-towns-population-is-no-toll-ru", "После ракетного удара по городу с населением 45 тысяч человек "
            "погибли трое жителей.", [f("people", "killed", 3)]),
    Example("a-towns-population-is-no-toll-uk", "Внаслідок ракетного удару по місту з населенням 45 тисяч людей "
            "загинули троє мешканців.", [f("people", "killed", 3)]),
    Example("a-thwarted-attack-by-drones-en", "Overnight, Russian forces thwarted an attack on the peninsula using 20 "
            "Ukrainian drones, the ministry said.",
            [f("drone", "launched", 20, attacker="ukraine"), f("drone", "neutralized", 20, attacker="ukraine")]),
    Example("drones-downed-while-repelling-an-attack-ru", "При отражении вечерней атаки ВСУ над Брянской областью "
            "были уничтожены семь беспилотников, сообщил губернатор.",
            [f("drone", "shot_down", 7, attacker="ukraine")]),
    Example("neighbours-are-people-en", "A Russian missile hit a house in Kharkiv. A woman was killed and two "
            "neighbours were injured.", [f("missile", "hit", 1), f("people", "killed", 1), f("people", "injured", 2)]),
    Example("neighbours-are-people-ru", "Ракета попала в дом. Погибла женщина, ранены трое соседей.",
            [f("missile", "hit", 1), f("people", "killed", 1), f("people", "injured", 3)]),
    Example("neighbours-are-people-uk", "Ракета влучила в будинок. Загинула жінка, поранено двох сусідів.",
            [f("missile", "hit", 1), f("people", "killed", 1), f("people", "injured", 2)]),
    Example("a-month-in-a-relative-clause-dates-the-building-en", "Russian missiles struck Dnipro on Tuesday. Two "
            "people were killed in the building, which had already been hit in March.", [f("people", "killed", 2)]),
    Example("a-year-after-a-participle-dates-the-house-ru", "Ночью дроны атаковали Курск. Ранены трое жителей дома, "
            "построенного в 2005 году.", [f("people", "injured", 3, attacker="ukraine")]),
    Example("a-months-toll-is-no-figure-uk", "Уночі дрони атакували Херсон. У липні внаслідок обстрілів у регіоні "
            "загинули 26 людей, ще 140 поранено.", []),
    Example("a-wounded-body-is-no-dead-body-uk", "Дрон атакував автобус. Травми тіла дістали двоє пасажирів.",
            [f("drone", "hit", 1), f("people", "injured", 2)]),
    Example("about-fifty-is-no-population-en", "Russia launched in the region of 50 drones at Odesa overnight. Most "
            "were shot down.", [f("drone", "launched", 50)]),
    Example("among-the-population-are-the-dead-ru", "Ночью дроны атаковали Херсон. Среди мирного населения — двое "
            "погибших и пятеро раненых.", [f("people", "killed", 2), f("people", "injured", 5)]),
    Example("neighbouring-houses-are-no-people-ru", "Дрон атаковал дом. Ранены мужчина и его соседи, 3 соседних дома "
            "повреждены.", [f("drone", "hit", 1), f("people", "injured", 1)]),
    Example("a-plot-foiled-is-no-attack-repelled-en", "Russian drones attacked Kyiv overnight. Separately, the "
            "security service said it foiled a plot to attack a refinery using 5 drones.", [f("drone", "launched", 5)]),
    Example("a-governor-of-one-side-tells-the-story-en", "A drone hit a car near the front line, injuring two "
            "people, the Ukrainian governor said. Moscow said its air defences downed 3 Ukrainian drones over Kursk.",
            [f("drone", "hit", 1), f("people", "injured", 2), f("drone", "shot_down", 3, attacker="ukraine")]),
    Example("authorities-of-one-side-tell-the-story-ru", "По словам российских властей, ночью беспилотник попал в "
            "склад на окраине города, ранены два человека.",
            [f("drone", "hit", 1, attacker="ukraine"), f("people", "injured", 2, attacker="ukraine")]),
    Example("authorities-of-one-side-tell-the-story-uk", "За словами російської влади, вночі безпілотник влучив у "
            "склад на околиці міста, поранено двох людей.",
            [f("drone", "hit", 1, attacker="ukraine"), f("people", "injured", 2, attacker="ukraine")]),
    Example("a-side-of-each-keeps-the-story-side-en", "A drone hit a school in Kharkiv, injuring two people. Later, "
            "Russia said it downed four Ukrainian drones over Belgorod.",
            [f("drone", "hit", 1), f("people", "injured", 2), f("drone", "shot_down", 4, attacker="ukraine")]),
]

Placed = tuple[str, int, str, str]  # measure, value, region, group

# where a figure stands and which people it counts (region and group columns)
REGIONS_AND_GROUPS: list[tuple[str, str, list[Placed]]] = [
    ("boys-in-brackets-are-children-en", "The strike on Sumy injured 23 people (12 women, 9 men and two boys).",
     [("injured", 23, "Sumy Oblast", ""), ("injured", 2, "Sumy Oblast", "children")]),
    ("shares-in-brackets-of-a-long-list-ru", "Больше всего беспилотников сбито над Курской (31), Брянской (18), "
     "Орловской (9) и Тульской (4) областями.", [("shot_down", 31, "Kursk Oblast", ""), ("shot_down", 18,
                                                 "Bryansk Oblast", ""), ("shot_down", 9, "Oryol Oblast", ""),
                                                ("shot_down", 4, "Tula Oblast", "")]),
    ("an-official-in-the-lead-names-the-region-ru", "Гладков: дрон атаковал легковой автомобиль на окраине села.\n"
     "В результате пострадали два человека.", [("hit", 1, "Belgorod Oblast", ""),
                                               ("injured", 2, "Belgorod Oblast", "")]),
    ("an-official-in-the-lead-names-the-region-en", "Governor Lysak: air defence destroyed four drones overnight.\n"
     "Two people were injured in the attack, he said.", [("shot_down", 4, "Dnipropetrovsk Oblast", ""),
                                                          ("injured", 2, "Dnipropetrovsk Oblast", "")]),
    ("an-official-and-a-national-count-uk", "Лисак повідомив про нічну атаку.\nВночі ворог атакував Україну 90 "
     "дронами, 60 з них збили.", [("launched", 90, "", ""), ("shot_down", 60, "", "")]),
    ("breakdown-ru", "Уничтожены 41 беспилотник: 22 над Брянской областью, 12 над Курской и 7 над Орловской.",
     [("shot_down", 41, "", ""), ("shot_down", 22, "Bryansk Oblast", ""), ("shot_down", 12, "Kursk Oblast", ""),
      ("shot_down", 7, "Oryol Oblast", "")]),
    ("distributive-ru", "Еще по два беспилотника сбиты над Тульской и Калужской областями.",
     [("shot_down", 2, "Tula Oblast", ""), ("shot_down", 2, "Kaluga Oblast", "")]),
    ("several-regions-no-po-ru", "Три беспилотника сбиты над Тульской и Калужской областями.",
     [("shot_down", 3, "", "")]),
    ("leading-region-en", "In the Kharkiv region, two people were killed and nine injured in a drone attack.",
     [("killed", 2, "Kharkiv Oblast", ""), ("injured", 9, "Kharkiv Oblast", "")]),
    ("from-is-no-place-en", "Russia fired two ballistic missiles from the Kursk region overnight.",
     [("launched", 2, "", "")]),
    ("capital-speaking-is-no-place-en", "Moscow says it downed 20 Ukrainian drones over the Kursk region.",
     [("shot_down", 20, "Kursk Oblast", "")]),
    ("regime-is-no-place-en", "An attempt by the Kyiv regime to attack with 12 drones was stopped over the Kursk "
     "region.", [("launched", 12, "Kursk Oblast", ""), ("neutralized", 12, "Kursk Oblast", "")]),
    ("break-down-after-a-total-uk", "Сили ППО знищили 9 ворожих дронів.\n7 безпілотників у Херсонській області;"
     "\n2 на Миколаївщині.", [("shot_down", 9, "", ""), ("shot_down", 7, "Kherson Oblast", ""),
                              ("shot_down", 2, "Mykolaiv Oblast", "")]),
    ("capital-speaking-is-no-place-uk", "Київ заявляє, що збито 15 дронів.", [("shot_down", 15, "", "")]),
    ("breakdown-over-sentences-uk", "За даними російського відомства, найбільше дронів – 30 – збито над "
     "Брянською областю. Ще 12 – над Тульською областю.",
     [("shot_down", 30, "Bryansk Oblast", ""), ("shot_down", 12, "Tula Oblast", "")]),
    ("group-including-en", "The strike killed 14 people, including three children.",
     [("killed", 14, "", ""), ("killed", 3, "", "children")]),
    ("group-among-uk", "Внаслідок ракетного удару поранено 23 людини. Серед поранених – четверо дітей.",
     [("injured", 23, "", ""), ("injured", 4, "", "children")]),
    ("group-alone-is-a-figure-of-the-group-ru", "После атаки беспилотника в селе ранены двое детей.",
     [("injured", 2, "", "children")]),
    ("a-smaller-group-count-after-a-total-uk", "Ракета влучила в житловий будинок. Загинули 14 людей. Серед загиблих "
     "також п'ятеро дітей.", [("hit", 1, "", ""), ("killed", 14, "", ""), ("killed", 5, "", "children")]),
    ("a-group-count-after-a-total-without-among-en", "Russian missiles struck the city, killing 12 people. The attack "
     "took the lives of three children.", [("killed", 12, "", ""), ("killed", 3, "", "children")]),
    ("group-medics-en", "Nine people were injured in the drone attack, among them two medics.",
     [("injured", 9, "", ""), ("injured", 2, "", "medics")]),
    ("group-of-them-en", "A Russian missile strike killed 20 people, three of them children.",
     [("killed", 20, "", ""), ("killed", 3, "", "children")]),
    ("group-of-them-next-sentence-en", "A Russian missile hit the block. 17 people died. Four of them were children.",
     [("hit", 1, "", ""), ("killed", 17, "", ""), ("killed", 4, "", "children")]),
    ("group-of-the-dead-en", "A Russian missile hit the block, killing 19 people. Six of the dead were children.",
     [("hit", 1, "", ""), ("killed", 19, "", ""), ("killed", 6, "", "children")]),
    ("group-with-its-participle-en", "A Russian missile hit the hospital; more than 30 people were injured, including "
     "four injured children.", [("hit", 1, "", ""), ("injured", 30, "", ""), ("injured", 4, "", "children")]),
    ("a-verb-ends-the-including-list-en", "A Russian missile hit the block, killing 12 people, including two "
     "children, and injuring 40 others.",
     [("hit", 1, "", ""), ("killed", 12, "", ""), ("killed", 2, "", "children"), ("injured", 40, "", "")]),
    ("masculine-region-with-its-noun-ru", "Над Калужским регионом сбиты три БПЛА.",
     [("shot_down", 3, "Kaluga Oblast", "")]),
    ("rescuers-of-the-emergency-service-uk", "Після удару ракети по Херсону поранено дев'ятьох людей, серед них "
     "двоє працівників ДСНС.", [("launched", 1, "Kherson Oblast", ""), ("injured", 9, "Kherson Oblast", ""),
                                ("injured", 2, "Kherson Oblast", "rescuers")]),
    ("rescuers-of-the-emergency-ministry-ru", "При атаке дронов пострадали 9 человек, в том числе двое "
     "сотрудников МЧС.",
     [("injured", 9, "", ""), ("injured", 2, "", "rescuers")]),
    ("first-responders-en", "Ten people were injured in the drone attack, including three first responders.",
     [("injured", 10, "", ""), ("injured", 3, "", "rescuers")]),
    ("a-region-cut-off-ru", "Ночью пресечена попытка атаки беспилотников киевского режима. Средствами ПВО два БПЛА "
     "сбиты над Орловской областью. Ещё один БПЛА сбит над территорией Липецко",
     [("shot_down", 2, "Oryol Oblast", ""), ("shot_down", 1, "Lipetsk Oblast", "")]),
    ("one-of-a-group-after-including-en", "Six residents, including a child, died after the drone strike.",
     [("killed", 6, "", ""), ("killed", 1, "", "children")]),
    ("one-of-no-group-after-including-en", "Six residents, including his mother, died after the drone strike.",
     [("killed", 6, "", "")]),
    ("one-of-those-killed-was-a-medic-en", "A Russian drone attack on Odesa killed five people; one of those killed "
     "was a medic.", [("killed", 5, "Odesa Oblast", ""), ("killed", 1, "Odesa Oblast", "medics")]),
    ("one-of-a-group-among-them-uk", "Після удару дрона поранено дев'ятьох людей, серед них дитина.",
     [("launched", 1, "", ""), ("injured", 9, "", ""), ("injured", 1, "", "children")]),
    ("one-of-no-group-among-them-ru", "После удара дрона ранены пять человек, среди них мужчина.",
     [("launched", 1, "", ""), ("injured", 5, "", "")]),
    ("names-share-the-plural-region-noun-en", "Air defences shot down two drones each over the Kursk and Belgorod "
     "regions.", [("shot_down", 2, "Kursk Oblast", ""), ("shot_down", 2, "Belgorod Oblast", "")]),
    ("names-share-the-singular-region-noun-en", "Crews downed one drone apiece over the Bryansk, Oryol and Tula "
     "region.", [("shot_down", 1, "Bryansk Oblast", ""), ("shot_down", 1, "Oryol Oblast", ""),
                 ("shot_down", 1, "Tula Oblast", "")]),
    ("single-weapons-over-a-list-of-regions-en", "Crews destroyed 12 drones over the Rostov region and single drones "
     "over the Lipetsk and Tambov regions.",
     [("shot_down", 12, "Rostov Oblast", ""), ("shot_down", 1, "Lipetsk Oblast", ""),
      ("shot_down", 1, "Tambov Oblast", "")]),
    ("a-single-largest-attack-is-no-count-en", "It was the single largest attack on the Kursk region.", []),
    ("a-dateline-places-nothing-en", "KHARKIV (AP) — Russia launched 84 drones at Ukraine overnight.",
     [("launched", 84, "", "")]),
    ("among-them-opens-the-next-sentence-en", "A Russian missile hit a hotel in Kharkiv, injuring 21 people. Among "
     "them are two children.", [("hit", 1, "Kharkiv Oblast", ""), ("injured", 21, "Kharkiv Oblast", ""),
                                 ("injured", 2, "Kharkiv Oblast", "children")]),
    ("among-them-opens-the-next-sentence-uk", "Через атаку дронів на Суми поранено 9 людей. Серед них – троє дітей.",
     [("injured", 9, "Sumy Oblast", ""), ("injured", 3, "Sumy Oblast", "children")]),
    ("of-them-opens-the-next-sentence-ru", "После удара ракеты по Херсону ранены 6 человек. Из них двое детей.",
     [("launched", 1, "Kherson Oblast", ""), ("injured", 6, "Kherson Oblast", ""),
      ("injured", 2, "Kherson Oblast", "children")]),
    ("a-break-down-in-the-next-sentence-ru", "Ночью ПВО перехватили 31 беспилотник. Из них 17 – над Курской "
     "областью, 9 – над Брянской, по два – над Тульской и Калужской областями.",
     [("shot_down", 31, "", ""), ("shot_down", 17, "Kursk Oblast", ""), ("shot_down", 9, "Bryansk Oblast", ""),
      ("shot_down", 2, "Tula Oblast", ""), ("shot_down", 2, "Kaluga Oblast", "")]),
    ("of-them-placed-in-the-next-sentence-en", "Air defences shot down 44 drones overnight. 26 of them over the "
     "Belgorod region.", [("shot_down", 44, "", ""), ("shot_down", 26, "Belgorod Oblast", "")]),
    ("including-a-place-then-its-own-verb-en",
     "A Russian missile strike killed 14 people overnight. Debris also fell in "
     "two districts, including on a school, injuring four people.", [("killed", 14, "", ""), ("injured", 4, "", "")]),
    ("a-city-places-its-oblast-ru", "Ночью над Белгородом сбиты три беспилотника, в Курске ранены два человека.",
     [("shot_down", 3, "Belgorod Oblast", ""), ("injured", 2, "Kursk Oblast", "")]),
    ("a-city-places-its-casualties-uk", "Унаслідок ракетного удару по Одесі загинули троє людей, ще 12 поранено.",
     [("killed", 3, "Odesa Oblast", ""), ("injured", 12, "Odesa Oblast", "")]),
    ("a-place-before-a-relative-clause-en", "The blast in Poltava came during a wider raid in which Moscow sent 310 "
     "drones across Ukraine.", [("launched", 310, "", "")]),
    ("launched-from-named-cities-en", "Russia sent 72 drones overnight from the cities of Kursk and Oryol.",
     [("launched", 72, "", "")]),
    ("a-city-as-an-owner-en", "Two drones were downed above Rostov-on-Don, a hub for Moscow's army.",
     [("shot_down", 2, "Rostov Oblast", "")]),
    ("where-they-flew-en", "Overnight 21 drones were destroyed while approaching Moscow.",
     [("shot_down", 21, "Moscow", "")]),
    ("where-they-flew-past-a-comma-ru", "ПВО сбили девять беспилотников, которые летели на Москву.",
     [("shot_down", 9, "Moscow", "")]),
    ("casualties-where-the-sentence-before-struck-en", "Russian missiles struck Lviv before dawn. Three people were "
     "killed and 11 injured, the mayor said.", [("killed", 3, "Lviv Oblast", ""), ("injured", 11, "Lviv Oblast", "")]),
    ("casualties-after-several-places-uk", "Ворог атакував Харків і Суми дронами. Загинули двоє людей.",
     [("killed", 2, "", "")]),
    ("a-sea-naming-its-port-en", "A drone strike on the Black Sea port killed two people.", [("killed", 2, "", "")]),
    ("a-newspaper-named-after-a-city-en", "The Kyiv Independent counted 5,800 drones launched by Russia in June.",
     [("launched", 5800, "", "")]),
    ("a-label-before-another-place-en", "Kyiv: At least 12 people were killed when a missile hit a market in Sumy.",
     [("killed", 12, "Sumy Oblast", ""), ("hit", 1, "Sumy Oblast", "")]),
    ("over-the-region-named-before-uk", "Лисак розповів про нічну атаку на Дніпропетровщину. Вночі захисники збили над "
     "областю 9 шахедів.", [("shot_down", 9, "Dnipropetrovsk Oblast", "")]),
    ("over-the-region-named-before-ru", "Губернатор Курской области сообщил об атаке. Над регионом сбиты пять "
     "беспилотников.", [("shot_down", 5, "Kursk Oblast", "")]),
    ("over-the-region-after-two-regions-en",
     "Drones attacked the Sumy and Poltava regions. Air defence downed 14 drones "
     "over the region.", [("shot_down", 14, "", "")]),
    ("a-district-places-its-oblast-uk", "Над Синельниківським районом сили ППО збили дві ракети.",
     [("shot_down", 2, "Dnipropetrovsk Oblast", "")]),
    ("a-district-places-its-oblast-ru", "Над Рыльским районом сбиты четыре беспилотника.",
     [("shot_down", 4, "Kursk Oblast", "")]),
    ("the-capital-region-ru", "Над столичным регионом уничтожены три беспилотника.",
     [("shot_down", 3, "Moscow Oblast", "")]),
    ("over-the-peninsula-uk", "Вночі над півостровом збили три дрони.", [("shot_down", 3, "Crimea", "")]),
    ("casualties-placed-three-sentences-on-en", "A missile struck Zaporizhzhia at dawn. Firefighters worked for hours. "
     "Power was cut. Two people were killed.", [("hit", 1, "Zaporizhzhia Oblast", ""),
                                                ("killed", 2, "Zaporizhzhia Oblast", "")]),
    ("a-list-of-sources-places-nothing-en", "Fifty Shahed drones were launched from the Kursk and Oryol regions.",
     [("launched", 50, "", "")]),
    ("a-gapped-total-with-an-adverb-ru", "Над Курской областью сбиты 12 беспилотников, а всего над страной – 40.",
     [("shot_down", 12, "Kursk Oblast", ""), ("shot_down", 40, "", "")]),
    ("bare-parts-each-over-the-regions-of-en", "Air defences downed 17 drones: nine over the Bryansk region, two each "
     "over the regions of Oryol and Kursk and over the Black Sea waters.",
     [("shot_down", 17, "", ""), ("shot_down", 9, "Bryansk Oblast", ""), ("shot_down", 2, "Oryol Oblast", ""),
      ("shot_down", 2, "Kursk Oblast", ""), ("shot_down", 2, "Black Sea", "")]),
    ("a-part-placed-before-its-dash-in-the-next-sentence-ru", "Ночью над регионами сбиты 40 беспилотников. "
     "Больше всего над Курской — 21.", [("shot_down", 40, "", ""), ("shot_down", 21, "Kursk Oblast", "")]),
    ("a-region-share-in-brackets-with-units-ru", "Ночью ПВО уничтожила 25 беспилотников. Больше всего их "
     "сбили над Курской областью (11 единиц) и Брянской областью (6).",
     [("shot_down", 25, "", ""), ("shot_down", 11, "Kursk Oblast", ""), ("shot_down", 6, "Bryansk Oblast", "")]),
    ("masculine-adjective-alone-is-a-district-uk", "Ворог завдав удару по Київському району міста двома КАБами.",
     [("launched", 2, "", "")]),
    ("a-governors-report-places-its-figures-ru", "Глава Воронежской области рассказал о ночной атаке. Дежурные "
     "силы ПВО уничтожили четыре беспилотника. Пострадавших нет.", [("shot_down", 4, "Voronezh Oblast", "")]),
    ("the-region-of-the-lead-places-the-figures-after-uk", "Ворог атакував Полтавщину вночі. Сили ППО збили шість "
     "дронів, ще два влучили в склад.", [("shot_down", 6, "Poltava Oblast", ""), ("hit", 2, "Poltava Oblast", "")]),
    ("the-whole-country-is-no-region-en", "Drones attacked the Lviv region overnight, the governor said. The air force "
     "said Russia launched 45 drones at Ukraine, downing 40.", [("launched", 45, "", ""), ("shot_down", 40, "", "")]),
    ("the-whole-country-until-the-region-again-uk", "Вночі ворог атакував Полтавщину. Загалом по Україні росіяни "
     "випустили 30 дронів. Сили ППО знищили 25 з них.", [("launched", 30, "", ""), ("shot_down", 25, "", "")]),
    ("an-apostrophe-for-the-soft-sign-en", "Two drones were downed over Khmel'nyts'kyi region on Sunday.",
     [("shot_down", 2, "Khmelnytskyi Oblast", "")]),
    ("a-capital-in-brackets-heads-the-story-en", "3 May 2024 – (Kyiv) A Russian missile hit a depot in Uman, "
     "killing two workers.", [("hit", 1, "Cherkasy Oblast", ""), ("killed", 2, "Cherkasy Oblast", "")]),
    ("the-capital-in-brackets-is-a-place-en", "Russian drones attacked the capital (Kyiv) overnight; two people were "
     "injured.", [("injured", 2, "Kyiv", "")]),
    ("a-list-item-in-the-capital-is-placed-uk", "Унаслідок ракетного удару поранено 11 людей:\n- 8 – у столиці;\n"
     "- 3 – у Броварах.", [("injured", 11, "", ""), ("injured", 8, "Kyiv", ""), ("injured", 3, "Kyiv Oblast", "")]),
    ("a-minor-by-age-is-a-child-ru", "При атаке беспилотника на Курск ранена 15-летняя девушка.",
     [("injured", 1, "Kursk Oblast", "children")]),
    ("a-girl-in-the-accusative-is-a-child-uk", "Через удар дрона по Сумах поранено дівчинку.",
     [("injured", 1, "Sumy Oblast", "children")]),
    ("a-minor-by-age-is-a-child-uk", "Унаслідок удару дрона по Конотопу поранено 16-річного юнака та жінку 52 років.",
     [("injured", 1, "Sumy Oblast", "children"), ("injured", 1, "Sumy Oblast", "")]),
    ("a-place-of-a-list-after-and-in-ru", "Ночью уничтожены 11 беспилотников: по три – над Курской, Брянской "
     "областями и в Московском регионе, два – над Калужской областью.",
     [("shot_down", 11, "", ""), ("shot_down", 3, "Kursk Oblast", ""), ("shot_down", 3, "Bryansk Oblast", ""),
      ("shot_down", 3, "Moscow Oblast", ""), ("shot_down", 2, "Kaluga Oblast", "")]),
    ("rescuers-named-by-their-service-en", "A Russian drone hit a fire station in Sumy, injuring six people, "
     "including two State Emergency Service officers.",
     [("hit", 1, "Sumy Oblast", ""), ("injured", 6, "Sumy Oblast", ""), ("injured", 2, "Sumy Oblast", "rescuers")]),
    ("a-police-rank-en", "A police captain was killed when a Russian drone struck his car near Kherson.",
     [("killed", 1, "Kherson Oblast", "police"), ("hit", 1, "Kherson Oblast", "")]),
    ("a-republics-capital-places-its-figures-ru", "Два человека ранены при атаке беспилотников на Чебоксары.",
     [("injured", 2, "Chuvash Republic", "")]),
    ("missiles-fired-in-the-direction-of-a-city-are-placed-there-uk",
     "Уночі сили ППО збили 12 крилатих ракет, випущених у напрямку Києва.", [("shot_down", 12, "Kyiv", "")]),
    ("a-part-over-two-regions-is-one-each-when-the-total-needs-it-en",
     "Air defences destroyed 30 drones overnight. Fourteen were shot down over the Kursk region, while 8 were "
     "intercepted over the Tula and Kaluga regions.",
     [("shot_down", 30, "", ""), ("shot_down", 14, "Kursk Oblast", ""), ("shot_down", 8, "Tula Oblast", ""),
      ("shot_down", 8, "Kaluga Oblast", "")]),
    ("a-part-over-two-regions-stays-one-when-the-total-says-so-en",
     "Air defences destroyed 22 drones overnight. Fourteen were shot down over the Kursk region, while 8 were "
     "intercepted over the Tula and Kaluga regions.",
     [("shot_down", 22, "", ""), ("shot_down", 14, "Kursk Oblast", ""), ("shot_down", 8, "", "")]),
    ("each-over-two-regions-past-a-bracketed-part-ru",
     "По пять беспилотников уничтожено над Смоленской областью и Подмосковьем (два из них направлялись к Москве).",
     [("shot_down", 5, "Smolensk Oblast", ""), ("shot_down", 5, "Moscow Oblast", ""), ("shot_down", 2, "Moscow", "")]),
    ("a-weapon-is-where-its-casualties-are-uk",
     "Над Києвом ППО збила п’ять дронів. У Харкові вночі лунали вибухи. Унаслідок удару ракети поранено двох людей.",
     [("shot_down", 5, "Kyiv", ""), ("launched", 1, "Kharkiv Oblast", ""), ("injured", 2, "Kharkiv Oblast", "")]),
    ("the-russian-capital-is-moscow-en",
     "Eight Ukrainian drones flying toward the Russian capital were destroyed, the mayor said.",
     [("shot_down", 8, "Moscow", "")]),
    ("counts-joined-by-and-share-the-place-after-them-en",
     "Air defence destroyed 11 drones and two missiles over the Bryansk region, and three drones over the Kursk "
     "region.",
     [("shot_down", 11, "Bryansk Oblast", ""), ("shot_down", 2, "Bryansk Oblast", ""),
      ("shot_down", 3, "Kursk Oblast", "")]),
    ("a-capitals-dateline-is-no-region-en", "KYIV — The air force said Russia sent 63 drones at night. Of them, "
     "57 were shot down.", [("launched", 63, "", ""), ("shot_down", 57, "", "")]),
    ("a-region-named-late-places-only-its-own-en", "Russia launched 30 drones overnight. Of them, 25 were shot down. "
     "Later, a drone hit a house in Sumy.", [("launched", 30, "", ""), ("shot_down", 25, "", ""),
                                             ("hit", 1, "Sumy Oblast", "")]),
    ("a-total-beside-its-placed-part-en", "A drone attack on Rostov region. Air defence destroyed 12 drones over the "
     "Rostov region, and 20 drones in total across the south.",
     [("shot_down", 12, "Rostov Oblast", ""), ("shot_down", 20, "", "")]),
    ("one-more-as-the-last-item-of-a-breakdown-en", "Air defence destroyed 30 drones: 21 over the Bryansk region, "
     "8 over the Kursk region and one more over the Oryol region.",
     [("shot_down", 30, "", ""), ("shot_down", 21, "Bryansk Oblast", ""), ("shot_down", 8, "Kursk Oblast", ""),
      ("shot_down", 1, "Oryol Oblast", "")]),
    ("a-restatement-places-the-figure-uk", "ППО знищила 25 дронів. За словами голови ОВА, 25 дронів збили над "
     "Сумщиною.", [("shot_down", 25, "Sumy Oblast", "")]),
    ("the-region-as-the-target-uk", "Ворог атакував Харківщину, Сумщину та Полтавщину. На Харківщину росіяни "
     "випустили 17 ударних БпЛА. Окремо на регіон спрямували 4 БпЛА.",
     [("launched", 17, "Kharkiv Oblast", ""), ("launched", 4, "Kharkiv Oblast", "")]),
    ("a-sea-off-a-coast-ru", "ПВО сбила шесть беспилотников: пять над Брянской областью и один над Чёрным морем "
     "у Крыма.", [("shot_down", 6, "", ""), ("shot_down", 5, "Bryansk Oblast", ""), ("shot_down", 1, "Black Sea", "")]),
    ("a-sea-off-a-coast-en", "Air defence destroyed a Neptune missile over the Black Sea off the coast of Crimea.",
     [("shot_down", 1, "Black Sea", "")]),
    ("women-in-another-place-en", "A missile strike on Kharkiv injured seven people. Later, a drone hit Sumy and "
     "injured two women.", [("injured", 7, "Kharkiv Oblast", ""), ("injured", 2, "Sumy Oblast", "")]),
    ("dropped-debris-leaves-the-total-placed-en", "The Kursk region governor reported a night attack. In total air "
     "defences shot down 20 drones. Debris from a downed drone fell on a house in Kursk.",
     [("shot_down", 20, "Kursk Oblast", "")]),
    ("over-the-capital-uk", "Вночі ворог атакував 40 дронами. 12 з них збили над столицею.",
     [("launched", 40, "", ""), ("shot_down", 12, "Kyiv", "")]),
    ("flying-at-the-capital-when-ukraine-attacks-ru", "Минобороны: ночью ПВО уничтожили 7 украинских беспилотников, "
     "летевших на столицу.", [("shot_down", 7, "Moscow", "")]),
    ("the-capital-a-sentence-names-en", "Two people were killed in Kyiv when Russia launched 30 drones at the "
     "capital overnight.", [("killed", 2, "Kyiv", ""), ("launched", 30, "Kyiv", "")]),
    ("the-capital-with-its-name-en", "Russia attacked the Ukrainian capital Kyiv with 20 drones overnight; 15 "
     "were shot down over the capital.", [("launched", 20, "Kyiv", ""), ("shot_down", 15, "Kyiv", "")]),
    ("a-town-and-its-region-en", "A missile strike killed four residents of Kostiantynivka in the Donetsk region on "
     "Monday.", [("killed", 4, "Donetsk Oblast", "")]),
    ("a-place-of-the-past-after-the-figures-en", "Drones attack Odesa port\nOn the night of the attack, Russia "
     "sent 14 Shaheds towards Odesa. All 14 were destroyed, the regional administration said.\nRecently, "
     "drones struck a refinery in Novorossiysk.",
     [("launched", 14, "Odesa Oblast", ""), ("shot_down", 14, "Odesa Oblast", "")]),
    ("the-capital-of-a-region-en", "A drone strike in the capital of the Kharkiv region injured five people.",
     [("injured", 5, "Kharkiv Oblast", "")]),
    ("the-capital-of-a-region-ru", "Ночью дроны атаковали Белгородскую область. В столице региона ранены три "
     "человека.", [("injured", 3, "Belgorod Oblast", "")]),
    ("the-capital-listed-with-its-region-ru", "Над столицей и Подмосковьем сбиты 5 беспилотников.",
     [("shot_down", 5, "Moscow Oblast", "")]),
    ("a-sea-and-another-place-en", "Air defence shot down 20 drones over the Black Sea and over Crimea.",
     [("shot_down", 20, "", "")]),
    ("regional-is-no-region-anaphor-ru", "Ночью Россия атаковала Одессу и Киев. Губернатор Харьковской области "
     "сообщил о повреждениях. Всего армия России выпустила 80 дронов на региональные центры.",
     [("launched", 80, "", "")]),
    ("against-ukraine-is-the-whole-country-uk", "Голова Донецької ОВА повідомив про удари по Краматорську.\n"
     "За тиждень окупанти застосували проти України понад 1500 дронів.", [("launched", 1500, "", "")]),
    ("a-masculine-region-noun-in-the-plural-ru", "ПВО сбила шесть беспилотников: четыре над Тульской областью и по "
     "одному над Курским и Орловским регионами.", [("shot_down", 6, "", ""), ("shot_down", 4, "Tula Oblast", ""),
                                                    ("shot_down", 1, "Kursk Oblast", ""),
                                                    ("shot_down", 1, "Oryol Oblast", "")]),
    ("district-nouns-in-the-plural-uk", "Уночі збили п'ять дронів: один над Києвом і по два над Конотопським та "
     "Чугуївським районами.", [("shot_down", 5, "", ""), ("shot_down", 1, "Kyiv", ""),
                               ("shot_down", 2, "Sumy Oblast", ""), ("shot_down", 2, "Kharkiv Oblast", "")]),
    ("a-place-in-quotes-names-a-unit-ru", "Зенитчики группировки «Днепр» сбили три украинских беспилотника над "
     "Херсонской областью.", [("shot_down", 3, "Kherson Oblast", "")]),
    ("a-site-named-after-its-town-places-ru", "Ночью украинские беспилотники атаковали аэродром «Энгельс». Над "
     "районом аэродрома сбиты 5 беспилотников, сообщил губернатор.", [("shot_down", 5, "Saratov Oblast", "")]),
    ("each-after-a-dash-over-regions-named-before-ru", "Ночью средствами ПВО уничтожены 30 украинских "
     "беспилотников: над Брянской областью — 24, над Орловской и Тверской областями — по два, над Тульской "
     "областью — также по два.", [("shot_down", 30, "", ""), ("shot_down", 24, "Bryansk Oblast", ""),
                                  ("shot_down", 2, "Oryol Oblast", ""), ("shot_down", 2, "Tver Oblast", ""),
                                  ("shot_down", 2, "Tula Oblast", "")]),
    ("a-count-after-a-dash-and-a-time-is-no-item-ru", "Ночью над регионом сбиты 20 беспилотников. Раненых в "
     "Белгородской области ночью — 2, сообщил губернатор.", [("shot_down", 20, "", "")]),
    ("each-after-a-dash-over-regions-named-before-uk", "Уночі сили ППО збили 10 дронів: над Сумською та Харківською "
     "областями — по два, над Полтавською — шість.", [("shot_down", 10, "", ""), ("shot_down", 2, "Sumy Oblast", ""),
                                                     ("shot_down", 2, "Kharkiv Oblast", ""),
                                                     ("shot_down", 6, "Poltava Oblast", "")]),
    ("a-place-in-quotes-names-a-ship-en", "The crew of the 'Odesa' corvette shot down two drones, the navy said.",
     [("shot_down", 2, "", "")]),
    ("the-injured-by-place-en", "Missiles struck Ukraine overnight. The attack wounded 23 people, including 5 in "
     "Kyiv and 18 in the Kharkiv region.", [("injured", 23, "", ""), ("injured", 5, "Kyiv", ""),
                                            ("injured", 18, "Kharkiv Oblast", "")]),
    ("the-injured-by-place-uk", "Вночі ворог атакував ракетами. Поранено 23 людини, з них 5 у Києві та 18 на "
     "Харківщині.", [("injured", 23, "", ""), ("injured", 5, "Kyiv", ""), ("injured", 18, "Kharkiv Oblast", "")]),
    ("a-street-named-after-a-region-ru", "Враг ударил по Одессе. Дрон попал в дом на улице Херсонской, 14, "
     "пострадали двое.", [("hit", 1, "Odesa Oblast", ""), ("injured", 2, "Odesa Oblast", "")]),
    ("a-part-placed-leaves-its-whole-unplaced-uk", "Вночі ворог запустив 64 ударні дрони, з них 41 збито над "
     "Полтавщиною.", [("launched", 64, "", ""), ("shot_down", 41, "Poltava Oblast", "")]),
    ("of-the-intercepted-en", "Of the 36 intercepted drones, 20 were over Kursk Oblast.",
     [("shot_down", 36, "", ""), ("shot_down", 20, "Kursk Oblast", "")]),
]


def cases() -> list[object]:
    groups = {"totals": TOTALS_AND_PARTS, "outcomes": OUTCOMES, "numbers": NUMBERS_AND_QUALIFIERS,
              "attackers": ATTACKERS_AND_CASUALTIES, "distractors": DISTRACTORS, "languages": ACROSS_LANGUAGES,
              "real": REAL_PHRASINGS}
    out = []
    for name, examples in groups.items():
        for ex in examples:
            marks = [pytest.mark.xfail(strict=True, reason=ex.miss)] if ex.miss else []
            out.append(pytest.param(ex, id=f"{name}-{ex.id}", marks=marks))
    return out


@pytest.mark.parametrize("example", cases())
def test_example(example: Example) -> None:
    got = [(x.weapon, x.measure, x.value, x.qualifier, x.attacker, x.model) for x in extract_text(example.text)]
    assert sorted(got) == sorted(example.facts)


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in REGIONS_AND_GROUPS])
def test_regions_and_groups(text: str, expected: list[Placed]) -> None:
    got = [(x.measure, x.value, x.region, x.group) for x in extract_text(text) if x.weapon != "aircraft"]
    assert [g for g in got if g[0] != "launched" or any(e[0] == "launched" for e in expected)] == expected


def test_a_header_date_dates_the_first_attack_unless_the_text_does() -> None:
    card = "14.03.2024\n(07.00)\n\nЗНИЩЕНО:\n- 12 ударних БПЛА «Shahed-136/131»"
    assert [(x.date, x.value) for x in extract_text(card)] == [("2024-03-14", 12)]
    story = "5 May 2024\nRussia launched 36 drones overnight on May 3, the air force said."
    assert [(x.date, x.value) for x in extract_text(story)] == [("2024-05-03", 36)]


def test_an_images_alt_text_restates_no_figure() -> None:
    """A page's text dump gives an image as "<image>data:... alt=..."</image>": its alt text repeats the
    headline and is no second figure; spans still point into the text as given."""
    text = ("В Сумах от удара российской ракеты погибли 9 человек - ОВА\n"
            '<image>data:image/jpeg;base64,AAAA" alt="В Сумах от удара российской ракеты погибли 9 '
            'человек - ОВА"</image>\n'
            "Глава области сообщил, что от удара российской ракеты в Сумах погибли 9 человек.")
    got = [(x.measure, x.value, text[x.start:x.end]) for x in extract_text(text) if x.weapon == "people"]
    assert got == [("killed", 9, "9")]


def test_several_attacks_get_events_and_dates() -> None:
    text = ("Russia launched 80 drones at Ukraine overnight, the air force said on Tuesday, June 10, 2025. "
            "Air defences shot down 70 of them. The night before, Russia had launched 120 drones.")
    got = [(x.event, x.date, x.measure, x.value) for x in extract_text(text)]
    assert got == [(0, "2025-06-10", "launched", 80), (0, "2025-06-10", "shot_down", 70),
                   (1, "2025-06-09", "launched", 120)]


def test_stated_dates_fill_events() -> None:
    text = ("On the night of 28 to 29 June 2025, Russia attacked with 477 drones. "
            "On June 27, Russia launched 363 drones.")
    got = [(x.event, x.date, x.value) for x in extract_text(text)]
    assert got == [(0, "2025-06-29", 477), (1, "2025-06-27", 363)]


def test_document_date_gives_the_year() -> None:
    got = [(x.date, x.value) for x in extract_text("On 3 May, Russia launched 40 drones.", doc_date="2024-05-04")]
    assert got == [("2024-05-03", 40)]


def test_the_start_of_a_night_in_brackets_opens_no_other_attack() -> None:
    text = ("On Thursday night Russia launched 112 drones, 89 of which were neutralized.\n\nOn the night of 7 August "
            "(from 22:30 on 6 August) the enemy attacked with 112 Shahed-type drones; 89 of them were neutralized.")
    got = [(x.event, x.measure, x.value) for x in extract_text(text, doc_date="2025-08-07")]
    assert got == [(0, "launched", 112), (0, "neutralized", 89)]
