"""Embedding backends: a tiny sentence-transformers model built offline, and torch kept out of the default path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from assistant_support import TODAY, assert_contract, policy_env
from typer.testing import CliRunner

from assistant.config import REPO_ROOT, Settings
from assistant.embeddings import HashingEmbedder, make_embedder, model_id_for
from assistant.errors import ConfigError

# A small corpus of its own: one notice issuing one measure, in the shape the scraper saves.
RAW = """江苏省人力资源和社会保障厅关于印发
《江苏省就业见习管理办法》的通知
苏人社规〔2024〕9号
各设区市人力资源社会保障局：
现将《江苏省就业见习管理办法》印发给你们，请认真贯彻执行。
江苏省人力资源和社会保障厅
2024年3月1日

江苏省就业见习管理办法
第一章 总则
第一条 为规范就业见习管理，帮助高校毕业生和青年积累工作经验，制定本办法。
第二条 见习对象为离校2年内未就业高校毕业生和16至24岁登记失业青年。
第二章 见习补贴
第三条 见习单位按当地最低工资标准的60%领取就业见习补贴，见习期限最长12个月。
第四条 见习期间为见习人员办理人身意外伤害保险，保费由见习补贴列支。
第三章 附则
第五条 本办法自2024年4月1日起施行，有效期3年。
"""
HIDDEN = 32


# ------------------------------------------------------------------ the hash fallback
def test_hashing_embedder_is_deterministic_and_normalised():
    embedder = make_embedder("hash:64")
    assert isinstance(embedder, HashingEmbedder) and embedder.dim == 64
    rows = embedder.embed(["就业见习补贴", "就业见习补贴", "高级技师"])
    assert rows.shape == (3, 64) and rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(rows[0], rows[1])
    assert embedder.embed([]).shape == (0, 64)
    assert model_id_for("hash:64") == embedder.model_id


@pytest.mark.parametrize("spec", ["bge", "st", "openai:text-embedding-3"])
def test_unknown_spec_is_a_config_error(spec):
    with pytest.raises(ConfigError, match="usem3"):
        make_embedder(spec)
    with pytest.raises(ConfigError):
        model_id_for(spec)


# ----------------------------------------------------- sentence-transformers, built here
def _build_tiny_model(root: Path, texts: list[str]) -> Path:
    """A 2-layer, 32-d BERT with a character vocabulary, saved as a sentence-transformers model."""
    import torch
    from sentence_transformers import SentenceTransformer, models
    from tokenizers import Tokenizer, normalizers, pre_tokenizers, processors
    from tokenizers.models import WordPiece
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    chars = sorted({ch for text in texts for ch in text.lower() if not ch.isspace()})
    vocab = {token: i for i, token in enumerate(specials + chars)}
    tok = Tokenizer(WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(handle_chinese_chars=True, lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    bert_dir = root / "bert"
    PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]",
        model_max_length=256,
    ).save_pretrained(bert_dir)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=HIDDEN, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=256,
    )
    BertModel(config).save_pretrained(bert_dir)

    word = models.Transformer(str(bert_dir), max_seq_length=128)
    pooling = models.Pooling(HIDDEN, pooling_mode="mean")
    st_dir = root / "tiny-st"
    SentenceTransformer(modules=[word, pooling], device="cpu").save(str(st_dir))
    return st_dir


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("st") / "corpus"
    (corpus / "raw").mkdir(parents=True)
    (corpus / "raw" / "100_js_internship.txt").write_text(RAW, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory, tiny_corpus) -> Path:
    pytest.importorskip("sentence_transformers")
    # characters of the corpus and of the questions asked below (anything else maps to [UNK])
    texts = [RAW, "江苏见习补贴标准是多少高级技师评副高吗公积金怎么提取？，。“”《》〔〕（）"]
    return _build_tiny_model(tmp_path_factory.mktemp("model"), texts)


@pytest.mark.slow
def test_st_backend_loads_offline_and_returns_normalised_vectors(tiny_model):
    spec = f"st:{tiny_model}"
    embedder = make_embedder(spec)
    assert embedder.dim == HIDDEN
    assert embedder.model_id == model_id_for(spec) == "st:tiny-st"
    rows = embedder.embed(["就业见习补贴", "见习单位按当地最低工资标准的60%领取", "Ｘ未知字"])
    assert rows.shape == (3, HIDDEN) and rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(embedder.embed(["就业见习补贴"])[0], rows[0], rtol=1e-5, atol=1e-6)
    assert embedder.embed([]).shape == (0, HIDDEN)


@pytest.mark.slow
def test_st_backend_refuses_a_model_it_would_have_to_download(tmp_path):
    with pytest.raises(ConfigError, match="不会下载"):
        make_embedder(f"st:{tmp_path / 'no-such-model'}")


@pytest.mark.slow
def test_ingest_and_ask_with_the_st_backend(tiny_model, tiny_corpus, tmp_path):
    from assistant.cli import app

    settings = Settings(corpus_dir=tiny_corpus, home=tmp_path / "home", embedding=f"st:{tiny_model}")
    env = policy_env(settings)
    runner = CliRunner()
    ingest = runner.invoke(app, ["ingest", "--json"], env=env)
    assert ingest.exit_code == 0, ingest.output
    report = json.loads(ingest.stdout)
    assert report["documents"] >= 1 and report["vectors_computed"] == report["chunks"] > 0

    from assistant.store import open_index

    index = open_index(settings)
    assert index.manifest["embedding_model"] == "st:tiny-st"
    assert index.dense.count() == len(index.chunks)

    asked = runner.invoke(app, ["ask", "江苏见习补贴标准是多少", "--json", "--date", TODAY.isoformat()], env=env)
    assert asked.exit_code == 0, asked.output
    data = json.loads(asked.stdout)
    assert_contract(data, index)
    assert not data["abstained"]
    assert data["region"] == "江苏省"
    assert any("60%" in c["quote"] for c in data["citations"])

    off = json.loads(runner.invoke(app, ["ask", "公积金怎么提取？", "--json", "--date", TODAY.isoformat()], env=env).stdout)
    assert off["abstained"] is True


# ------------------------------------------------------------- no torch by default
NO_TORCH = textwrap.dedent(
    """
    import json, sys
    from datetime import date
    from pathlib import Path
    import assistant.answer, assistant.cli
    from assistant.config import Settings
    seen = {"import": "torch" in sys.modules}
    from ingest.pipeline import ingest
    settings = Settings(corpus_dir=Path(sys.argv[1]), home=Path(sys.argv[2]))  # the default backend
    ingest(settings)
    seen["ingest"] = "torch" in sys.modules
    from assistant.answer import Assistant
    answer = Assistant(settings).ask("高级技师能评副高吗", region="浙江", today=date(2026, 11, 21))
    seen["ask"] = "torch" in sys.modules
    seen["transformers"] = "transformers" in sys.modules or "sentence_transformers" in sys.modules
    print(json.dumps({"seen": seen, "cited": len(answer.citations), "embedding": settings.embedding}))
    """
)


@pytest.mark.slow
def test_default_backend_never_imports_torch(tmp_path):
    """Import the library and CLI, ingest and answer with the default backend, in a fresh interpreter."""
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "corpus" / "raw", corpus / "raw")
    shutil.copy2(REPO_ROOT / "corpus" / "fixes.yaml", corpus / "fixes.yaml")
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICY_")}
    done = subprocess.run(
        [sys.executable, "-c", NO_TORCH, str(corpus), str(tmp_path / "home")],
        capture_output=True, text=True, cwd=REPO_ROOT, env=env, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["embedding"] == "usem3" and result["cited"] > 0
    assert result["seen"] == {"import": False, "ingest": False, "ask": False, "transformers": False}


def test_cli_help_does_not_import_torch():
    done = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom assistant.cli import main\nsys.argv=['policy','--help']\n"
         "try:\n    main()\nexcept SystemExit:\n    pass\nprint('torch' in sys.modules)"],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
