"""Stage 1, read: exact text, stable ids, sidecar metadata, clear errors on bad input."""

from __future__ import annotations

import hashlib

import pytest

from helpers import REPORT
from wsis_graph.errors import InputError
from wsis_graph.read import read_source, read_sources
from wsis_graph.read.language import detect_language


def test_report_is_read_exactly():
    doc = read_source(REPORT)
    raw = REPORT.read_bytes()
    assert doc.id == "wsis-hle-2025-outcomes.zh"
    assert doc.text == raw.decode("utf-8")
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.language == "zh-Hans"
    assert doc.meta["publisher"].startswith("International Telecommunication Union")
    assert doc.text.startswith("亮点、公告和主要成果\n")


def test_bom_dropped_and_line_endings_kept(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeff第一行\r\n第二行".encode("utf-8"))
    doc = read_source(path)
    assert doc.text == "第一行\r\n第二行"
    assert doc.id == "crlf"


def test_folder_is_read_in_id_order(tmp_path):
    (tmp_path / "b.txt").write_text("乙", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [d.id for d in read_sources([tmp_path])] == ["a", "b"]


@pytest.mark.parametrize("content, message", [
    (b"", "file is empty"),
    (b"   \n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("国际电联".encode("gb18030"), "not valid UTF-8"),
])
def test_bad_input_names_file_and_problem(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_source(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_missing_file_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_sources([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match="holds no .txt source"):
        read_sources([tmp_path])


def test_bad_sidecar_is_an_input_error(tmp_path):
    (tmp_path / "r.txt").write_text("国际电联", encoding="utf-8")
    (tmp_path / "r.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_source(tmp_path / "r.txt")


def test_language_detection():
    assert detect_language("国际电信联盟和瑞士联邦联合主办") == "zh-Hans"
    assert detect_language("Hosted by ITU and Switzerland") == "en"


def test_a_published_date_that_is_not_iso_is_an_input_error(tmp_path):
    (tmp_path / "news.zh.txt").write_text("新华社日内瓦5月3日电 会议今天开幕。\n", encoding="utf-8")
    (tmp_path / "news.zh.meta.json").write_text('{"published": "5月3日"}', encoding="utf-8")
    with pytest.raises(InputError, match="news.zh.meta.json.*published.*ISO 8601"):
        read_source(tmp_path / "news.zh.txt")
    (tmp_path / "news.zh.meta.json").write_text('{"published": "2031-05-03"}', encoding="utf-8")
    assert read_source(tmp_path / "news.zh.txt").meta["published"] == "2031-05-03"
