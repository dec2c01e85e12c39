"""Document validity on a date: one rule per source whose text states its period.

The period itself is data (sources.yaml, checked against corpus/parsed/documents.jsonl);
the rule reads it and says 现行有效 / 已失效 / 尚未施行 for the day asked about.  These
rules can be asked about any day, so their own period is open.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from assistant.rules.base import Context, Outcome, Period, Rule, cn_date
from assistant.rules.sources import Source
from assistant.schema import STATUS_LABELS, book

ALWAYS = date(1949, 10, 1)  # before any document in the corpus: a validity question can be asked about any day


def _formula(source: Source):
    def document_validity(ctx: Context) -> Outcome:
        period = source.period
        status = period.status(ctx.as_of)
        label = STATUS_LABELS[status]
        ctx.step(f"{source.cited_name()}{period.describe()}（{period.basis}）。", period.clause)
        return ctx.result("info", label, None, f"{source.cited_name()}{period.describe()}；截至{cn_date(ctx.as_of)}{label}。")

    return document_validity


def rules(sources: Mapping[str, Source]) -> tuple[Rule, ...]:
    out = []
    for source in sources.values():
        if source.period.clause is None:
            continue
        out.append(
            Rule(
                id=f"doc.validity.{source.doc_id}",
                title=f"{book(source.title)}的施行期限",
                region=source.region,
                topic="document_validity",
                citations=(source.period.clause,),
                formula=_formula(source),
                inputs=("doc_id",),
                selector=(("doc_id", source.doc_id),),
                period=Period(ALWAYS, None, "文件效力查询：任何日期均可判断", source.period.clause),
                kind="eligibility",
            )
        )
    return tuple(out)
