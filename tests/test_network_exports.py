"""Exports reload with networkx, files are byte-identical run to run, and the command works."""

from __future__ import annotations

import json
import re
import warnings

import networkx as nx
import pytest
from click.testing import CliRunner
from network_support import FIXTURE, fixture_network

from wsis_graph.cli import cli
from wsis_graph.network import write_network
from wsis_graph.network import pictures
from wsis_graph.network.export import write_gexf, write_graphml, write_json


def test_graphml_gexf_and_json_reload_with_the_same_counts(tmp_path):
    net = fixture_network()
    counts = (net.number_of_nodes(), net.number_of_edges())
    graphml = nx.read_graphml(write_graphml(net, tmp_path / "n.graphml"), force_multigraph=True)
    gexf = nx.read_gexf(write_gexf(net, tmp_path / "n.gexf"))
    data = json.loads(write_json(net, tmp_path / "n.json").read_text(encoding="utf-8"))
    linked = nx.node_link_graph(data, edges="edges")
    for graph in (graphml, gexf, linked):
        assert (graph.number_of_nodes(), graph.number_of_edges()) == counts
    malatsi = "https://w3id.org/wsis-graph/id/person/solly-malatsi"
    assert graphml.nodes[malatsi]["label_zh"] == "索利·马拉西"
    assert gexf.nodes[malatsi]["label"] == "索利·马拉西"
    assert json.loads(graphml.nodes[malatsi]["posts"])[0]["title_en"].startswith("Minister")


def test_network_files_are_reproducible(tmp_path):
    first = write_network(FIXTURE, tmp_path / "a")
    second = write_network(FIXTURE, tmp_path / "b")
    for kind, path in first.paths.items():
        assert path.read_bytes() == second.paths[kind].read_bytes(), kind
    svg = first.paths["svg"].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg
    assert "lastmodifieddate" not in first.paths["gexf"].read_text(encoding="utf-8")
    assert first.paths["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _texts(figure):
    return {t.get_text() for t in figure.axes[0].texts}


def test_pictures_use_chinese_labels_with_a_cjk_font():
    if pictures.cjk_font() is None:
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    assert "索利·马拉西" in _texts(pictures.draw_network(fixture_network()))


def test_pictures_fall_back_to_english_with_a_warning(monkeypatch):
    monkeypatch.setattr(pictures, "cjk_font", lambda: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        texts = _texts(pictures.draw_network(fixture_network()))
    assert any(issubclass(w.category, pictures.NoCJKFontWarning) for w in caught)
    assert "Solly Malatsi" in texts
    assert not any(re.search(r"[\u4e00-\u9fff]", t) for t in texts)


def test_font_cache_is_refreshed_once_when_no_cjk_font_is_known(monkeypatch):
    answers, rebuilt = iter([None, "WenQuanYi Micro Hei"]), []
    monkeypatch.setattr(pictures, "_known_cjk_family", lambda: next(answers))
    monkeypatch.setattr(pictures, "_rebuild_font_cache", lambda: rebuilt.append(True))
    pictures.cjk_font.cache_clear()
    try:
        assert pictures.cjk_font() == "WenQuanYi Micro Hei"
        assert rebuilt == [True]
    finally:
        pictures.cjk_font.cache_clear()


def test_command_writes_the_files_and_prints_metrics(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["network", "--graph", str(FIXTURE), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "network: 31 nodes, 39 edges" in result.output
    for name in ("network.html", "network.graphml", "network.gexf", "network.json", "network.svg",
                 "network.png", "network-metrics.json"):
        assert (tmp_path / name).stat().st_size > 0, name
    metrics = json.loads((tmp_path / "network-metrics.json").read_text(encoding="utf-8"))
    assert set(metrics) == {"full", "stakeholders"}
    result = runner.invoke(cli, ["network", "--graph", str(FIXTURE), "--metrics", "--projection", "full",
                                 "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["projection"] == "full"


@pytest.mark.parametrize("content", [None, "not turtle {", "",
                                     "<https://example.org/a> <https://example.org/b> 1 ."])
def test_bad_input_is_one_line_and_exit_2(tmp_path, content):
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["network", "--graph", str(path), "--metrics"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "Traceback" not in result.output
