"""The CI gate: the dev QA set through the full system must stay above committed thresholds.

Thresholds live in evals/thresholds.yaml, set from measured figures (see the report
they came from) minus a small margin; a lower bound for each "higher is better"
metric and an upper bound for the wrong-region rate.
"""

from __future__ import annotations

from pathlib import Path

import yaml

THRESHOLDS = Path(__file__).with_name("thresholds.yaml")


def load_thresholds(path: Path = THRESHOLDS) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def check(overall: dict, thresholds: dict) -> list[str]:
    """Every metric that fell below its floor (or rose above its ceiling), as readable lines.

    >>> check({"hit@1": 0.5, "wrong_region_rate": 0.0}, {"min": {"hit@1": 0.8}, "max": {"wrong_region_rate": 0.02}})
    ['hit@1 = 0.500 < 0.800']
    """
    failures = []
    for metric, floor in (thresholds.get("min") or {}).items():
        value = overall.get(metric)
        if value is None or value < floor:
            failures.append(f"{metric} = {value if value is None else f'{value:.3f}'} < {floor:.3f}")
    for metric, ceiling in (thresholds.get("max") or {}).items():
        value = overall.get(metric)
        if value is not None and value > ceiling:
            failures.append(f"{metric} = {value:.3f} > {ceiling:.3f}")
    return failures
