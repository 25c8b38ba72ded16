"""The command line as users run it: a real subprocess, exit codes, one-line errors, help."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from helpers import REPORT

COMMANDS = ("build", "extract", "validate", "query", "export", "evaluate")


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "wsis_graph.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, env={**os.environ, "PYTHONWARNINGS": "ignore"})


def test_extract_prints_one_json_fact_per_line():
    result = run("extract", REPORT)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    sponsors = [f for f in lines if f["kind"] == "sponsorship"]
    assert len(sponsors) == 17
    first = next(f for f in sponsors if f["args"]["sponsor"]["text"] == "马来西亚")
    assert first["rule"] == "zh.sponsor.tier-then-list"
    assert first["spans"] == [{"start": first["spans"][0]["start"], "end": first["spans"][0]["end"],
                               "quote": "白金合作伙伴:马来西亚"}]


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", "国际电联".encode("gb18030")])
def test_bad_sources_exit_2_with_one_line(tmp_path, content):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    for command in ("extract", "build"):
        result = run(command, bad, *(["--out", tmp_path / "out"] if command == "build" else []))
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert str(bad) in result.stderr


def test_missing_source_exits_2(tmp_path):
    result = run("build", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert result.returncode == 2 and "no such file" in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_prints_counts_and_unlinked(tmp_path):
    result = run("build", REPORT, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "wsis:Sponsorship" in result.stdout and "17" in result.stdout
    assert "Unlinked entities (minted, not in any lexicon): 2" in result.stdout
    assert "印度常驻代表团" in result.stdout and "2025年高级别政治论坛" in result.stdout


def test_evaluate_reports_precision_and_recall(tmp_path):
    assert run("build", REPORT, "--out", tmp_path).returncode == 0
    result = run("evaluate", "tests/gold/wsis-hle-2025-outcomes.zh.json", "--graph", tmp_path,
                 cwd=REPORT.parent.parent.parent)
    assert result.returncode == 0, result.stderr
    overall = result.stdout.splitlines()[-1].split()
    assert overall[0] == "overall" and overall[-2:] == ["1.000", "1.000"]


def test_evaluate_rejects_a_bad_gold_file(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text('{"queries": {"sponsors": []}}', encoding="utf-8")
    result = run("evaluate", gold, "--graph", tmp_path)
    assert result.returncode == 2 and "gold file" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_ends_with_an_example(command):
    result = run(command, "--help")
    assert result.returncode == 0
    body = result.stdout.split("Options:")[0]
    assert "Example:" in body and "wsis-graph " + command in body.split("Example:")[1]


def _broken_copy(tmp_path, relative: str, old: str, new: str):
    """A copy of the package and its data with one data file changed, as a curator might leave it."""
    import shutil
    from helpers import ROOT
    root = tmp_path / "copy"
    shutil.copytree(ROOT / "src", root / "src", ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("data", "ontology", "shapes", "queries"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("sources"))
    target = root / relative
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


@pytest.mark.parametrize("relative, old, new, said", [
    ("data/rules/reading.json", '"title_after_kind": "^', '"title_after_kind": "^(', "does not compile"),
    ("data/rules/mentions.json", '"date_words": "', '"date_words": "(', "does not compile"),
    ("data/rules/zh/names.json", '"verb_marks"', '"verb_markz"', "'verb_marks' is missing"),
    ("data/lexicon/session_types.json", '"展会"', '"展会", 5', "a name is text, not 5"),
    ("data/lexicon/events.json", "{", "{{", "not valid JSON"),
])
def test_a_broken_data_file_is_one_line_naming_it(tmp_path, relative, old, new, said):
    root = _broken_copy(tmp_path, relative, old, new)
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONPATH": str(root / "src")}
    for command in ("extract", "build"):
        result = subprocess.run([sys.executable, "-m", "wsis_graph.cli", command, REPORT,
                                 *(["--out", tmp_path / "out"] if command == "build" else [])],
                                capture_output=True, text=True, env=env, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert relative in result.stderr and said in result.stderr
        assert not (tmp_path / "out").exists()
