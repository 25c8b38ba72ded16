"""A spaced machine translation (a blank between every two Chinese words) is read without its
blanks, and every offset it gives points into the source as written."""

from __future__ import annotations

from helpers import doc
from wsis_graph.extract import extract
from wsis_graph.extract.spacing import Squeezed

SPACED = ("免责声明：本页面 已经 被 自动 翻译 由 机器 翻译 系统 从 英文 原文。\n\n"
          "WSIS 东非 区域 高级别 会议 2035 被举行 在 内罗毕，肯尼亚，从 14 五月 到 16 五月 2035。"
          "该 会议 是 共同主办 由 国际电信联盟 和 肯尼亚 信息 通信 部，并且 与 联合国开发计划署 合作 组织。\n\n"
          "开幕 会议\n\n会议 被 正式 开幕 在 星期一，14 五月 2035，由 约翰·卡马乌（John Kamau）先生，部长，"
          "信息 通信 部，肯尼亚，他 也 担任 主席 为了 整个 高级别 部分。\n\n"
          "部长级 圆桌\n\n在 会议 的 第二 天，部长级 圆桌 关于 农村 连通性 被 主持 由 玛丽·万布伊 女士，副 部长，"
          "通信 部，乌干达。来自 40 个 国家 的 约 600 名 代表 参加 了 会议。\n")


def test_a_text_blanked_between_most_words_is_read_squeezed_and_a_chinese_text_as_it_is():
    squeezed = Squeezed(SPACED)
    assert squeezed.spaced and "东非区域高级别会议" in squeezed.text and "WSIS 东非" in squeezed.text
    assert all(SPACED[squeezed.start(i)] == ch for i, ch in enumerate(squeezed.text))
    plain = "2031年东非数字论坛于2031年3月2日在内罗毕举行。\n主持 Moderator：约翰·卡马乌 John Kamau\n"
    assert not Squeezed(plain).spaced and Squeezed(plain).text == plain


def test_a_spaced_translation_gives_its_facts_with_quotes_that_are_the_source_at_their_offsets():
    x = extract(doc(SPACED))
    assert x.main_event is not None and "东非区域高级别会议" in x.main_event.text
    organisers = {(f.args["agent"].text, f.args["role"].key if hasattr(f.args["role"], "key") else f.args["role"])
                  for f in x.facts if f.kind == "role" and f.args["agent"].label == "ORG"}
    assert ("国际电信联盟", "role:co-host") in organisers
    assert {f.args["value"] for f in x.facts if f.kind == "statistic"} >= {40, 600}
    for fact in x.facts:
        for span in fact.spans:
            assert SPACED[span.start:span.end] == span.quote
    for m in x.mentions:
        assert SPACED[m.start:m.end].replace(" ", "") == m.text.replace(" ", "")


def test_the_blank_after_a_dotted_name_ends_it_in_a_spaced_translation():
    """会议 的 主持 由 女士 苏菲·马尔尚 确保: the name stops at its blank, not at the verb after it."""
    text = SPACED + "会议 的 主持 由 女士 苏菲·马尔尚 确保，主任 的 观察站。\n"
    squeezed = Squeezed(text)
    assert "苏菲·马尔尚 确保" in squeezed.text and "会议的主持由女士" in squeezed.text
    people = {m.value.get("name", m.text) for m in extract(doc(text)).mentions if m.label == "PERSON"}
    assert "苏菲·马尔尚" in people and not any("确保" in p for p in people)


def test_a_spaced_translation_s_marks_and_session_numbers_are_read_without_their_blanks():
    from wsis_graph.extract.spacing import Squeezed
    text = "会议 是 被 举行 在 乌兰巴托 ， 蒙古 。" * 10 + "开幕 全体 会议 （ Opening Plenary ）\n会议 1 ： 有意义 的 连通性\n14 5月 2033"
    squeezed = Squeezed(text).text
    assert squeezed.endswith("开幕全体会议（Opening Plenary）\n会议1：有意义的连通性\n14 5月 2033")  # (a date's blanks stay)
    assert "乌兰巴托，蒙古。" in squeezed


def test_a_spaced_translation_s_name_dots_and_keyboard_quotes_are_read_without_their_blanks():
    from wsis_graph.extract.spacing import Squeezed
    text = "会议 是 被 举行 在 乌兰巴托 ， 蒙古 。" * 10 + '主席 阿兹曼 · 宾 · 易卜拉欣 先生 主持 了 第一场 会议 ， " 数字 技能 的 国家 战略 " 。'
    assert Squeezed(text).text.endswith('主席阿兹曼·宾·易卜拉欣先生主持了第一场会议， "数字技能的国家战略" 。')


def test_an_event_named_in_a_spaced_translation_keeps_its_name_as_written_for_its_labels():
    from helpers import doc
    from wsis_graph.extract import extract
    text = "WSIS 南部非洲 区域 高级别 会议 2035 被 举行 在 温得和克 ， 纳米比亚 ， 从 14 五月 到 16 五月 2035 。\n" + \
        "会议 是 被 共同 主办 由 国际 电信 联盟 和 纳米比亚 政府 。 与会者 讨论 了 数字 技能 和 农村 连通 的 问题 。\n" * 8
    main = extract(doc(text)).main_event
    assert main.value["spaced_as"] == "WSIS 南部非洲 区域 高级别 会议 2035" and main.text == "WSIS 南部非洲区域高级别会议 2035"


def test_a_code_between_two_chinese_words_of_a_spaced_translation_is_read_within_its_name():
    text = SPACED + ("信息 社会 世界 峰会 行动 方面 C4 （ 能力 建设 ） 和 C7 （ 电子 学习 ） 联合 促进 会议 "
                     "由 主持人 Sione Tupou 先生 主持 。\n")
    squeezed = Squeezed(text).text
    assert "行动方面C4（能力建设）和C7（电子学习）联合促进会议" in squeezed
    assert "主持人 Sione Tupou 先生" in squeezed  # an English name keeps its blanks
