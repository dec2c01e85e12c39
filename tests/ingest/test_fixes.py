"""corpus/fixes.yaml: the loader, the repair rule, and the real table against its files."""

from __future__ import annotations

import pytest
import yaml

from assistant.errors import CorpusFileError
from ingest.fixes import Fix, FixTable
from ingest.normalize import normalize_text, to_simplified
from ingest_support import REAL_CORPUS

RAW = REAL_CORPUS / "raw"
REAL_TABLE = FixTable.load(REAL_CORPUS / "fixes.yaml")


def _raw_lines(name: str) -> list[str]:
    return (RAW / name).read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")


# --- the real table -----------------------------------------------------------


def test_real_table_loads_with_repairs_and_overrides():
    assert len(REAL_TABLE.fixes) >= 30
    assert {o.file for o in REAL_TABLE.documents} == {"001_a718baba9f7db3a0.txt", "000_58c884cd2b8bcc75.txt"}


@pytest.mark.parametrize("fix", REAL_TABLE.fixes, ids=lambda f: f"{f.file[:3]}:{f.damaged[:12]}")
def test_every_real_fix_matches_its_file_the_stated_number_of_times(fix: Fix):
    lines = _raw_lines(fix.file)
    if fix.whole_line:
        seen = sum(1 for line in lines if line.strip() == fix.damaged)
    else:
        seen = sum(line.count(fix.damaged) for line in lines)
    assert seen == fix.count, f"{fix.file}: {fix.damaged!r} occurs {seen} times, fixes.yaml says {fix.count}"


def test_every_real_fix_has_evidence_and_names_an_existing_file():
    for entry in (*REAL_TABLE.fixes, *REAL_TABLE.documents):
        assert (RAW / entry.file).is_file(), entry
        assert len(entry.why.strip()) >= 15, entry


def test_real_fixes_apply_cleanly_to_every_file():
    for path in sorted(RAW.glob("*.txt")):
        repaired = REAL_TABLE.apply(path.name, _raw_lines(path.name))
        for fix in REAL_TABLE.for_file(path.name):
            if fix.repair and fix.repair not in fix.damaged:
                assert any(fix.repair in line for line in repaired), fix


def test_left_alone_entries_still_describe_the_text():
    data = yaml.safe_load((REAL_CORPUS / "fixes.yaml").read_text(encoding="utf-8"))
    strip = str.maketrans("", "", "\"“”\n ")  # entries quote in Simplified, quotes normalized
    for entry in data["left_alone"]:
        text = to_simplified((RAW / entry["file"]).read_text(encoding="utf-8"))
        assert entry["text"].translate(strip) in text.translate(strip), entry


# --- the rule -------------------------------------------------------------------


def test_apply_counts_every_occurrence_on_every_line():
    table = FixTable((Fix("a.txt", "遂選", "遴選", "OCR", count=3),))
    out = table.apply("a.txt", ["遂選遂選", "其他", "遂選"])
    assert out == ["遴選遴選", "其他", "遴選"]


def test_whole_line_fix_only_touches_a_line_that_is_exactly_the_damage():
    table = FixTable((Fix("a.txt", "2023913", "2023年9月13日", "dates", whole_line=True),))
    assert table.apply("a.txt", ["  2023913  ", "见2023913号"]) == ["2023年9月13日", "见2023913号"]


def test_fixes_for_other_files_are_not_applied():
    table = FixTable((Fix("a.txt", "x", "y", "why"),))
    assert table.apply("b.txt", ["x"]) == ["x"]


def test_a_stale_fix_is_refused_with_a_clear_message():
    table = FixTable((Fix("a.txt", "已修好的字", "修好的字", "OCR", count=1),))
    with pytest.raises(CorpusFileError) as caught:
        table.apply("a.txt", ["这里没有那几个字"])
    message = str(caught.value)
    assert caught.value.file == "a.txt"
    assert message.startswith("a.txt: 修复表已过期")
    assert "'已修好的字' 应出现 1 次，实际 0 次" in message
    assert "corpus/fixes.yaml" in message


def test_a_fix_that_now_matches_too_often_is_stale_too():
    table = FixTable((Fix("a.txt", "普升", "晉升", "OCR", count=1),))
    with pytest.raises(CorpusFileError, match="应出现 1 次，实际 2 次"):
        table.apply("a.txt", ["普升", "普升"])


def test_a_stale_real_fix_stops_that_file_with_its_name(tmp_path):
    """Change a source file under a reviewed repair: normalizing it must refuse, not guess."""
    name = "003_30c07b12fd55e44d.txt"
    text = (RAW / name).read_text(encoding="utf-8").replace("已经202318次厅党组会议", "已经2023年第18次厅党组会议")
    with pytest.raises(CorpusFileError, match=rf"^{name}: 修复表已过期：'已经202318次厅党组会议'"):
        normalize_text(name, text, REAL_TABLE)


# --- the loader -----------------------------------------------------------------


def _load(tmp_path, text: str) -> FixTable:
    path = tmp_path / "fixes.yaml"
    path.write_text(text, encoding="utf-8")
    return FixTable.load(path)


def test_missing_table_is_empty(tmp_path):
    assert FixTable.load(tmp_path / "absent.yaml") == FixTable()


def test_loader_reads_counts_whole_line_and_overrides(tmp_path):
    table = _load(
        tmp_path,
        """
fixes:
  - {file: a.txt, damaged: '2023913', repair: 2023年9月13日, whole_line: true, why: dropped 年月日}
  - {file: a.txt, damaged: 幣幗, repair: 巾幗, count: 2, why: OCR}
documents:
  - {file: b.txt, line: 1, title: 某某通知, doc_number: 川人社规〔2022〕9号, why: title lost}
  - {file: c.txt, title: 关于印发某办法的通知, doc_number: 赣人社规〔2022〕7号, why: cited elsewhere}
""",
    )
    assert table.fixes[0] == Fix("a.txt", "2023913", "2023年9月13日", "dropped 年月日", 1, True)
    assert table.fixes[1].count == 2
    by_line, by_title = table.documents
    assert (by_line.line, by_line.title_match) == (1, None)
    assert by_line.values == {"title": "某某通知", "doc_number": "川人社规〔2022〕9号"}
    assert (by_title.line, by_title.title_match) == (None, "关于印发某办法的通知")


@pytest.mark.parametrize(
    "text, message",
    [
        ("fixes: [{file: a.txt, damaged: x, repair: y}]", "修复条目缺少字段 ['why']"),
        ("fixes: [{file: a.txt, damaged: \"x\\ny\", repair: y, why: w}]", "修复条目不能跨行"),
        ("documents: [{file: a.txt, title: t}]", "文档元数据条目缺少 file/why"),
        ("fixes: [unclosed", "修复表不是合法的 YAML"),
    ],
    ids=["missing-why", "multi-line", "override-without-why", "bad-yaml"],
)
def test_loader_refuses_a_malformed_table_naming_it(tmp_path, text, message):
    with pytest.raises(CorpusFileError, match=r"^fixes\.yaml: ") as caught:
        _load(tmp_path, text)
    assert message in str(caught.value)
