"""The same question gets the same answer in every process.

String hashing is randomised per process, so anything that depends on the order a set
of words is iterated in (a plain float sum of idf weights, say) can change the last bits
of a score and flip two passages that tie: a served page and a replay of the same
conversation then disagree.  Two processes with different hash seeds must agree exactly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from assistant_support import policy_env

QUESTIONS = [
    "我在浙江，是高级技师，取得高级技师后干了3年，能评副高吗？",
    "四川职业技能等级认定有哪些规定",
    "见习人员无故缺勤几天就不发生活费？",
    "职业培训补贴怎么领？",
    "我在河南，是高级技师，取得高级技师后干了40年，能评副高吗？",
]


def _answers(env: dict[str, str], seed: str, tmp_path) -> list[dict]:
    batch = tmp_path / f"q{seed}.jsonl"
    batch.write_text("\n".join(json.dumps({"id": str(n), "question": q}, ensure_ascii=False) for n, q in enumerate(QUESTIONS)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", "--batch", str(batch), "--json", "--date", "2026-12-01"],
        env={**os.environ, **env, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_two_processes_with_different_hash_seeds_give_identical_answers(real_build, tmp_path):
    env = policy_env(real_build[0])
    first, second = _answers(env, "1", tmp_path), _answers(env, "2", tmp_path)
    assert len(first) == len(QUESTIONS)
    for a, b in zip(first, second, strict=True):
        assert a == b


def test_set_valued_facts_are_written_the_same_in_every_process():
    """A set has no order of its own (its iteration order follows the process's hash seed); in
    --json it is sorted, so every process writes the same bytes for the same answer."""
    import subprocess
    import sys

    code = (
        "from assistant.schema import _jsonable; import json; "
        "print(json.dumps(_jsonable(frozenset(['低保家庭','获得国家助学贷款','残疾','特困人员','零就业家庭','脱贫人口','就业困难人员','高校毕业生'])), ensure_ascii=False))"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in range(1, 6)
    }
    assert len(outputs) == 1, outputs
