"""The name tagger alone: organisations, venues, events and people no lexicon knows."""

from __future__ import annotations

import pytest

from wsis_graph.extract.lexicon import load_lexicon
from wsis_graph.extract.mentions import find_mentions
from wsis_graph.extract.patterns import mention_rules


def unknown(text: str) -> set[tuple[str, str]]:
    return {(m.label, m.value.get("name", m.text)) for m in find_mentions(text, load_lexicon(), mention_rules())
            if m.value.get("unknown")}


@pytest.mark.parametrize("text, expected", [
    ("会议由国际电信联盟和泰国数字经济与社会部共同主办。", ("ORG", "泰国数字经济与社会部")),
    ("由卢旺达信息通信技术和创新部承办。", ("ORG", "卢旺达信息通信技术和创新部")),
    ("泰国国家广播和电信委员会作为主要协调方负责会务。", ("ORG", "泰国国家广播和电信委员会")),
    ("本次会议得到泰国真实集团（金牌合作伙伴）和亚洲互联网络信息中心（支持合作伙伴）的支持。",
     ("ORG", "亚洲互联网络信息中心")),
    ("会议在巴库奥林匹克体育场会议中心开幕。", ("PLACE", "巴库奥林匹克体育场会议中心")),
    ("信息社会世界峰会亚太区域审查会议（AP WSIS+20 RRM）25日举行。", ("EVENT", "信息社会世界峰会亚太区域审查会议")),
    ("“信息社会世界峰会成果落实十年审查进程高级别会议”今天召开。",
     ("EVENT", "信息社会世界峰会成果落实十年审查进程高级别会议")),
    ("亚太电信组织秘书长近藤雅之在开幕式上作主旨演讲。", ("PERSON", "近藤雅之")),
    ("中国工业和信息化部副司长李慧琳在会上介绍经验。", ("PERSON", "李慧琳")),
    ("第70届联合国大会主席吕克托夫特(Mogens Lykketoft)与会。", ("PERSON", "吕克托夫特")),
])
def test_a_name_no_lexicon_knows_is_found(text, expected):
    assert expected in unknown(text)


@pytest.mark.parametrize("text, not_expected", [
    ("各方应推进宽带网络建设。", "推进宽带网络"),
    ("我们需要政府、企业和学界携手。", "我们需要政府"),
    ("亚太各区域正陆续开展审查。", "区域正陆续开展审查"),
    ("部长级圆桌会议有56位部长参加。", "部长级圆桌会议"),
])
def test_words_that_only_look_like_names_are_not_names(text, not_expected):
    assert not_expected not in {name for _, name in unknown(text)}


def test_a_known_name_is_not_found_again():
    assert unknown("由国际电信联盟主办，在日内瓦国际会议中心举行。") == set()
