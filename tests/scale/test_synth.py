"""Synthetic corpora for the scale benchmark: coherent variants of the real documents."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.config import Settings
from evals import synth
from ingest.fixes import FixTable
from ingest.parse import parse_file


@pytest.fixture(scope="module")
def seed():
    return synth.load_seed(Settings())


def _target(name: str) -> synth.Target:
    return next(t for t in synth.targets() if t.name == name)


def test_a_province_reissues_another_provinces_document():
    v = synth.Variant(7, _target("江苏省"), year_shift=-1, amount_factor=Decimal("1.2"))
    line = "浙江省人力资源和社会保障厅关于印发《浙江省技能人才评价机构管理办法》的通知（浙人社发〔2022〕16号），自2023年1月1日起施行，补贴2000元。"
    out = synth.rewrite(line, v, "浙江省")
    assert out.startswith("江苏省人力资源和社会保障厅关于印发《江苏省技能人才评价机构管理办法》")
    assert "苏人社发〔2021〕38号" in out  # prefix follows the issuer, year shifts, number changes
    assert "自2022年1月1日起施行" in out
    assert "2400元" in out
    assert "浙" not in out


def test_a_city_reissues_a_provincial_document_as_a_city():
    v = synth.Variant(3, _target("苏州市"), year_shift=1, amount_factor=Decimal("1"))
    out = synth.rewrite("结合我省实际，全省各级人力资源和社会保障厅要落实。", v, "浙江省")
    assert out == "结合我市实际，全市各级人力资源和社会保障局要落实。"


def test_a_national_document_is_reissued_by_the_target():
    v = synth.Variant(2, _target("湖北省"), year_shift=1, amount_factor=Decimal("1"))
    out = synth.rewrite("人力资源社会保障部等七部门关于实施高技能领军人才培育计划的通知（人社部发〔2024〕29号）", v, "全国")
    assert out.startswith("湖北省人力资源社会保障厅等七部门关于实施")
    assert "鄂人社发〔2025〕" in out


def test_a_cited_document_of_another_issuer_keeps_its_number():
    v = synth.Variant(2, _target("湖北省"), year_shift=1, amount_factor=Decimal("1"))
    out = synth.rewrite("根据人社部发〔2024〕29号文件，结合四川实际", v, "四川省")
    assert "人社部发〔2024〕29号" in out and "湖北实际" in out


def test_revision_titles_keep_a_notice_and_its_measure_together():
    v = synth.Variant(200, _target("湖北省"), year_shift=1, amount_factor=Decimal("1"), round=1)
    notice = synth.revised_title("工信厅关于印发中小企业数字化转型指南的通知", v, inner="中小企业数字化转型指南")
    measure = synth.revised_title("中小企业数字化转型指南", v)
    assert measure in notice and notice.endswith("的通知")
    assert synth.revised_title("加快行动方案（2024-2026年）", v) == "加快行动方案（2024-2026年）"  # a year already makes it new


def test_variants_parse_into_documents_of_the_target_region(seed, tmp_path):
    """Every variant file parses (no title lost), its documents land in the target's region, and the
    originals keep their ids; the chunk estimate the benchmark sizes corpora with is exact."""
    corpus = synth.make_corpus(seed, tmp_path / "corpus", 4 * seed.chunks)
    fixes = FixTable.load(corpus.corpus_dir / "fixes.yaml")
    seen, chunks, originals = set(), 0, set()
    for path in sorted((corpus.corpus_dir / "raw").iterdir()):
        parsed = parse_file(path.name, path.read_bytes(), fixes)
        for doc in parsed.documents:
            if (doc.region, doc.title) in seen:
                continue
            seen.add((doc.region, doc.title))
            chunks += sum(1 for c in parsed.chunks if c.doc_id == doc.doc_id)
            if path.name.startswith("v"):
                assert doc.region != "未知", (path.name, doc.title)
            else:
                originals.add(doc.doc_id)
    assert chunks == corpus.estimated_chunks
    assert {d.doc_id for d in _seed_docs(seed)} == originals


def _seed_docs(seed):
    fixes = FixTable.load(seed.settings.fixes_file)
    for f in seed.files:
        path = seed.settings.raw_dir / f.name
        yield from parse_file(f.name, path.read_bytes(), fixes).documents
