"""The whole ingest: corpus/raw → parsed JSON Lines → index; idempotent and incremental.

- A fingerprint of the inputs (raw files, fixes, parser code and data, settings)
  decides whether anything changed: an unchanged corpus returns at once.
- Each file's parse is cached by its content hash, so adding one file parses only it.
- A file that cannot be read or parsed is reported by name and skipped; the rest
  are ingested and the live index is replaced only by a complete new build.  So is
  a file whose name is not UTF-8 (named with its bytes escaped), an exact copy of
  another file (by content), and a document with no recognizable region (unless
  corpus/fixes.yaml places it, with its evidence).
- Changes are found by content hash, never by size or time: an edit that keeps a
  file's size is a change.
- A large ingest parses and embeds in worker processes, one per core
  (ingest/workers.py), and streams into the new build (ingest/index.py): the
  corpus's texts and vectors are never all held at once.
- The document graph (ingest/relations.py) needs every document: each file's
  statements (what its articles say of other documents) are read with its parse,
  in the worker, and cached with it; once every file is in, they are resolved
  against the documents' titles and 文号 (held without their text), and a repealed
  document's validity follows.  Adding a file reads only that file's articles.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.config import Settings
from assistant.errors import CollectionMissing, IndexCorrupt, IndexStale, PolicyError
from assistant.schema import Article, Chunk, Document, Relation
from assistant.store import current_build, verified_current

logger = logging.getLogger(__name__)

_CODE_DIRS = ("ingest",)
_DATA_FILES = ("regions.yaml", "userdict.txt")


@dataclass
class IngestReport:
    up_to_date: bool = False
    documents: int = 0
    articles: int = 0
    chunks: int = 0
    parsed: list[str] = field(default_factory=list)  # files parsed this run
    cached: list[str] = field(default_factory=list)  # files whose parse was reused
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    warnings: list[str] = field(default_factory=list)
    vectors_computed: int = 0  # texts embedded by the model (a text shared by several chunks counts once)
    vectors_written: int = 0  # vectors written to Chroma (chunks new or changed since the previous build)
    workers: int = 0  # worker processes that parsed and embedded (0: all in this process)
    build: str | None = None
    seconds: float = 0.0
    cleared: list[str] = field(default_factory=list)  # leftovers of interrupted ingests removed
    replaced: str | None = None  # why the live build could not stay (damaged, an earlier version's)

    def to_dict(self) -> dict:
        return {
            "up_to_date": self.up_to_date,
            "documents": self.documents,
            "articles": self.articles,
            "chunks": self.chunks,
            "parsed": self.parsed,
            "cached": self.cached,
            "skipped": [{"file": f, "reason": r} for f, r in self.skipped],
            "warnings": self.warnings,
            "vectors_computed": self.vectors_computed,
            "vectors_written": self.vectors_written,
            "workers": self.workers,
            "build": self.build,
            "seconds": round(self.seconds, 3),
            "cleared": self.cleared,
            "replaced": self.replaced,
        }


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def raw_files(settings: Settings) -> list[Path]:
    """The source files under corpus/raw whose names can be recorded (UTF-8), sorted."""
    return [p for p in _listing(settings) if _valid_name(p.name)]


def invalid_names(settings: Settings) -> list[str]:
    r"""Source files whose names are not UTF-8, each with its undecodable bytes escaped (``\xff``)."""
    return [display_name(p.name) for p in _listing(settings) if not _valid_name(p.name)]


def _listing(settings: Settings) -> list[Path]:
    if not settings.raw_dir.exists():
        return []
    return sorted(p for p in settings.raw_dir.iterdir() if p.is_file() and not p.name.startswith("."))


def _valid_name(name: str) -> bool:
    """Python hands an undecodable file name over with surrogates in place of its bad bytes."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def display_name(name: str) -> str:
    r"""A file name as it can be printed and recorded: bytes that are not UTF-8 as ``\xNN``,
    control characters as escapes.

    >>> display_name("bad\udcff.txt"), display_name("a\nb.txt"), display_name("政策.txt")
    ('bad\\xff.txt', 'a\\nb.txt', '政策.txt')
    """
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(c.encode("unicode_escape").decode("ascii") if ord(c) < 32 or ord(c) == 127 else c for c in text)


_BAD_NAME = "文件名不是 UTF-8 编码（file name is not UTF-8），已跳过：请把文件改为 UTF-8 文件名后重新运行 `policy ingest`"


def parser_fingerprint() -> str:
    """Hash of the code and data that shape parsing: a change re-parses everything."""
    from assistant.config import DATA_DIR, REPO_ROOT

    digest = hashlib.sha256()
    for folder in _CODE_DIRS:
        for path in sorted((REPO_ROOT / folder).glob("*.py")):
            digest.update(path.name.encode() + path.read_bytes())
    for name in _DATA_FILES:
        digest.update((DATA_DIR / name).read_bytes())
    digest.update((REPO_ROOT / "assistant" / "schema.py").read_bytes())
    return digest.hexdigest()


def fingerprint(settings: Settings, files: dict[str, str]) -> str:
    from assistant.embeddings import model_id_for

    digest = hashlib.sha256()
    digest.update(parser_fingerprint().encode())
    fixes = settings.fixes_file.read_bytes() if settings.fixes_file.exists() else b""
    digest.update(fixes)
    digest.update(settings.relations_file.read_bytes() if settings.relations_file.exists() else b"")
    digest.update(json.dumps(sorted(files.items())).encode())
    digest.update(f"{settings.chunk_max_chars}|{model_id_for(settings.embedding)}|{settings.chroma_url}".encode())
    return digest.hexdigest()


def _cache_path(settings: Settings, key: str) -> Path:
    return settings.cache_dir / "parse" / f"{key}.json"


def parse_cached(settings: Settings, path: Path, data: bytes, fixes, parser_fp: str):
    """``(parsed file, from the cache?, rows)``: a file's parse, taken from the cache by content when it can be.

    ``rows`` holds each document, article and chunk as its ``to_dict()`` (what the build's
    JSON Lines hold), so that the caller need not convert them again, and the file's
    ``statements`` (ingest/relations.py), read once per parse.
    """
    from ingest.parse import ParsedFile, parse_file

    fixes_for_file = json.dumps(
        [f.__dict__ for f in fixes.for_file(path.name)]
        + [o.__dict__ for o in fixes.documents if o.file == path.name],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    key = _sha(data + fixes_for_file.encode() + parser_fp.encode() + str(settings.chunk_max_chars).encode() + path.name.encode())
    cache = _cache_path(settings, key)
    if cache.exists():
        try:
            raw = json.loads(cache.read_text(encoding="utf-8"))
            parsed = ParsedFile(
                name=raw["name"],
                encoding=raw["encoding"],
                documents=tuple(Document.from_dict(d) for d in raw["documents"]),
                articles=tuple(Article.from_dict(a) for a in raw["articles"]),
                chunks=tuple(Chunk.from_dict(c) for c in raw["chunks"]),
                warnings=tuple(raw["warnings"]),
            )
            return parsed, True, {k: raw[k] for k in ("documents", "articles", "chunks", "statements")}
        except (OSError, ValueError, KeyError, TypeError):
            logger.warning("parse cache %s unreadable; parsing again", cache.name)
    parsed = parse_file(path.name, data, fixes, settings.chunk_max_chars)
    rows = {
        "documents": [d.to_dict() for d in parsed.documents],
        "articles": [a.to_dict() for a in parsed.articles],
        "chunks": [c.to_dict() for c in parsed.chunks],
        "statements": [s.to_dict() for s in file_statements(parsed)],
    }
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"name": parsed.name, "encoding": parsed.encoding, **rows, "warnings": list(parsed.warnings)}, ensure_ascii=False),
        encoding="utf-8",
    )
    tmp.replace(cache)
    return parsed, False, rows


def file_statements(parsed) -> list:
    """What the articles of a parsed file say about other documents (ingest.relations.Statement), document by document."""
    from ingest.relations import document_statements

    by_doc: dict[str, list[Article]] = {}
    for a in parsed.articles:
        by_doc.setdefault(a.doc_id, []).append(a)
    return [s for doc in parsed.documents for s in document_statements(doc, by_doc.get(doc.doc_id, []))]


@dataclass
class _Corpus:
    """What ingest reads from corpus/raw: contents by name, their hashes, and what cannot be used."""

    contents: dict[str, bytes]
    files: dict[str, str]  # every name that counts for the fingerprint -> content hash (or a marker)
    skipped: list[tuple[str, str]]


def _read_corpus(settings: Settings) -> _Corpus:
    contents: dict[str, bytes] = {}
    files: dict[str, str] = {}
    skipped: list[tuple[str, str]] = []
    for name in invalid_names(settings):
        files[name] = "invalid-name"
        skipped.append((name, f"{name}: {_BAD_NAME}"))
    for path in raw_files(settings):
        try:
            data = path.read_bytes()
        except OSError as error:
            shown = display_name(path.name)
            files[path.name] = f"unreadable:{type(error).__name__}"
            skipped.append((shown, f"{shown}: 无法读取（{type(error).__name__}），已跳过：请检查文件权限"))
            continue
        contents[path.name] = data
        files[path.name] = _sha(data)
    return _Corpus(contents, files, skipped)


def live_build_problem(settings: Settings) -> PolicyError | None:
    """Why the live build cannot serve as it is (missing, damaged, an earlier version's), or None."""
    try:
        _verified(settings)
    except PolicyError as error:
        return error
    return None


def _verified(settings: Settings) -> tuple[Path, dict]:
    """``verified_current``, and in server mode the build's collection on the server, whole.

    A server whose data directory was emptied or replaced answers without the
    collection: that is a missing index (ingest rebuilds it), not an index up to date.
    """
    build, manifest = verified_current(settings)
    if manifest["chroma_url"] and settings.chroma_url:
        from assistant.retrieve.dense import DenseStore

        store = DenseStore.open(manifest["collection"], url=settings.chroma_url)
        try:
            count = store.count()
        finally:
            store.close()
        if count != manifest["chunks"]:
            raise IndexCorrupt("检索服务上的集合", f"向量数 {count} 与 manifest 的 {manifest['chunks']} 不一致")
    return build, manifest


def is_up_to_date(settings: Settings) -> bool:
    """True when the live build was made from exactly these inputs and is whole (no heavy imports).

    Inputs are compared by content hash; the build's files by their recorded sizes and
    content hashes, its manifest by its schema.  A build that fails any of these is not
    up to date: the next ingest replaces it.
    """
    try:
        _, manifest = _verified(settings)
    except PolicyError:
        return False
    return _made_from(settings, manifest, _read_corpus(settings).files)


def _made_from(settings: Settings, manifest: dict, files: dict[str, str]) -> bool:
    """Was the build of ``manifest`` made from these inputs (and is corpus/parsed there)?"""
    return manifest["fingerprint"] == fingerprint(settings, files) and all(
        (settings.parsed_dir / name).exists() for name in ("documents.jsonl", "chunks.jsonl")
    )


def _duplicates(corpus: _Corpus, fixes, previous: dict) -> dict[str, str]:
    """{file: the file it copies} for every exact copy (same bytes) of another source file.

    Of a set of copies the one kept is the one corpus/fixes.yaml names (its repairs and
    overrides are written for that name), else the one the live build already holds,
    else the first by name.
    """
    named = {f.file for f in fixes.fixes} | {d.file for d in fixes.documents}
    by_hash: dict[str, list[str]] = {}
    for name, data in corpus.contents.items():
        by_hash.setdefault(corpus.files[name], []).append(name)
    copies: dict[str, str] = {}
    for names in by_hash.values():
        if len(names) < 2:
            continue
        keep = min(names, key=lambda n: (n not in named, n not in previous, n))
        copies.update({n: keep for n in names if n != keep})
    return copies


def _known_region(region: str | None) -> bool:
    from assistant.regions import NATIONAL, regions

    if not region:
        return False
    table = regions()
    return region == NATIONAL or table.province(region) is not None or table.province_of_city(region) is not None


def ingest(
    settings: Settings,
    rebuild: bool = False,
    progress=None,
    write_parsed: bool = True,
    interrupt_after: str | None = None,
) -> IngestReport:
    """Run the pipeline; see the module docstring."""
    from ingest.fixes import FixTable
    from ingest.index import IndexBuilder, ingest_lock, prune_abandoned
    from ingest.relations import RelationOverrides
    from ingest.workers import start_workers

    started = time.perf_counter()
    report = IngestReport()
    report.cleared = prune_abandoned(settings)  # leftovers of a killed ingest go first, even when nothing changed
    corpus = _read_corpus(settings)
    contents, files = corpus.contents, corpus.files
    fp = fingerprint(settings, files)
    build = current_build(settings)
    try:
        _, manifest = _verified(settings)
        problem = None
    except PolicyError as error:
        manifest, problem = None, error
    if not rebuild and manifest is not None and _made_from(settings, manifest, files):
        report.up_to_date = True
        report.documents = manifest["documents"]
        report.articles = manifest["articles"]
        report.chunks = manifest["chunks"]
        report.skipped = [(s["file"], s["reason"]) for s in manifest["skipped"]]
        report.warnings = list(manifest["warnings"])
        report.build = build.name
        report.seconds = time.perf_counter() - started
        return report

    if isinstance(problem, IndexCorrupt):
        report.replaced = f"现有索引已损坏（{problem.detail}）"
    elif isinstance(problem, IndexStale):
        report.replaced = f"现有索引已过期（{problem.reason}）"
    elif isinstance(problem, CollectionMissing):
        report.replaced = f"现有索引在检索服务上已不存在（{problem.where}）"
    fixes = FixTable.load(settings.fixes_file)
    overrides = RelationOverrides.load(settings.relations_file)
    parser_fp = parser_fingerprint()
    previous_files = manifest["files"] if manifest is not None else {}
    copies = _duplicates(corpus, fixes, previous_files)
    report.skipped.extend(corpus.skipped)
    dropped = {name for name, _ in corpus.skipped}  # files none of whose documents are kept
    names = list(contents)  # the readable files, in order (their bytes are let go as they are parsed)
    readable = set(names)
    seen_titles: dict[tuple[str, str], str] = {}
    catalog: list[Document] = []  # the documents' metadata, for the graph and corpus/README.md (their text is in the build)
    counts: dict[str, list[int]] = {}  # doc id -> [articles, chunks]
    quoted: dict[tuple[str, str], list[str]] = {}  # the texts of the articles an added edge quotes (corpus/relations.yaml)
    new_bytes = sum(len(data) for name, data in contents.items() if previous_files.get(name) != files[name])
    builder = None
    with ingest_lock(settings), start_workers(settings.ingest_workers, new_bytes // BYTES_PER_CHUNK, settings.embedding, fixes) as workers:
        report.workers = workers.processes
        try:
            outcomes = _parse_in_order(workers, settings, [n for n in names if n not in copies], contents, parser_fp)
            for n, name in enumerate(names, start=1):
                if progress:
                    progress("parse", n, len(names))
                if name in copies:
                    report.skipped.append((name, f"{name}: 与 {copies[name]} 内容完全相同（duplicate file），已跳过"))
                    dropped.add(name)
                    continue
                outcome = next(outcomes)
                if outcome.parsed is None:
                    reason = outcome.refused or f"{name}: 解析失败（{outcome.failed}）"
                    if outcome.refused:
                        logger.warning("skipped %s: %s", name, outcome.refused)
                    report.skipped.append((name, reason))
                    dropped.add(name)
                    continue
                parsed = outcome.parsed
                (report.cached if outcome.cached else report.parsed).append(name)
                report.warnings.extend(parsed.warnings)
                kept = _admit(name, parsed.documents, seen_titles, report)
                if not kept and parsed.documents and name in dict(report.skipped):
                    dropped.add(name)  # every document refused
                if not kept:
                    continue
                documents = [d for d in parsed.documents if d.doc_id in kept]
                articles = [a for a in parsed.articles if a.doc_id in kept]
                chunks = [c for c in parsed.chunks if c.doc_id in kept]
                lines = {
                    "documents.jsonl": [line for d, line in zip(parsed.documents, outcome.lines.documents) if d.doc_id in kept],
                    "articles.jsonl": [line for a, line in zip(parsed.articles, outcome.lines.articles) if a.doc_id in kept],
                    "chunks.jsonl": [line for c, line in zip(parsed.chunks, outcome.lines.chunks) if c.doc_id in kept],
                    "statements": [
                        line for source, line in zip(outcome.lines.statement_sources, outcome.lines.statements) if source in kept
                    ],
                }
                catalog.extend(replace(d, text="") for d in documents)
                for a in articles:
                    counts.setdefault(a.doc_id, [0, 0])[0] += 1
                    if (a.doc_id, a.path) in overrides.quoted:
                        quoted.setdefault((a.doc_id, a.path), []).append(a.text)
                for c in chunks:
                    counts.setdefault(c.doc_id, [0, 0])[1] += 1
                if builder is None:
                    builder = IndexBuilder(settings, fp, workers, progress, interrupt_after, fresh=rebuild)
                builder.add(documents, articles, chunks, lines)

            if builder is None:
                report.seconds = time.perf_counter() - started
                report.skipped = report.skipped or [("corpus/raw", "没有可用的政策文件")]
                return report
            good_files = {name: sha for name, sha in files.items() if name in readable and name not in dropped}
            relations, catalog, revised = _graph(builder, catalog, overrides, quoted, report)
            path = builder.finish(
                good_files, skipped=report.skipped, warnings=report.warnings, relations=relations, revised=revised
            )
        except Exception as error:
            # A failed build never stays behind as a .tmp (nor as a collection on the server)
            if builder is not None:
                builder.abandon()
            if isinstance(error, BrokenProcessPool):
                logger.error("an ingest worker process died: %s", error)
                raise PolicyError(
                    "建立索引的工作进程意外退出（可能是内存不足），原索引未受影响：请重试，"
                    "或设置 POLICY_INGEST_WORKERS=1 在单个进程中建立索引。"
                ) from error
            raise
        except BaseException:
            # Interrupted (Ctrl-C, or a test standing in for a kill): Chroma is released, and the
            # half-written build is left for the next ingest to clear, as a killed one would be
            if builder is not None:
                builder.release()
            raise
    report.documents, report.articles, report.chunks = builder.documents, builder.articles, builder.chunks
    report.vectors_computed = builder.vectors_computed
    report.vectors_written = builder.vectors_written
    report.build = path.name
    if write_parsed:
        publish_parsed(settings, path, catalog, counts, relations)
    report.seconds = time.perf_counter() - started
    return report


def _graph(builder, catalog: list[Document], overrides, quoted, report: IngestReport):
    """The document graph of the documents kept, from the statements the build has streamed aside;
    then what it changes of the documents: ``(relations, catalog, revised)``, ``revised`` holding
    the documents whose validity the graph changed (a repealed one expires), by id.  Overrides
    that no longer apply are warnings."""
    from ingest.relations import apply_repeals, resolve_relations

    relations, notes = resolve_relations(catalog, builder.statements(), overrides, quoted)
    report.warnings.extend(notes)
    after = apply_repeals(catalog, relations)
    revised = {d.doc_id: d for d, before in zip(after, catalog) if d != before}
    return relations, after, revised


# A source file of this many bytes makes about one chunk (the seed corpus: 212 KB, 428 chunks).
BYTES_PER_CHUNK = 500


def _parse_in_order(workers, settings: Settings, names: list[str], contents: dict[str, bytes], parser_fp: str):
    """Each file's ParseOutcome, in the order of ``names``, with a few parses in flight ahead.

    A file's bytes are let go once it is handed over: the corpus is never held twice.
    """
    ahead = max(2, 2 * workers.processes)
    queue: deque = deque()
    for name in names:
        queue.append(workers.parse(settings, settings.raw_dir / name, contents.pop(name), parser_fp))
        if len(queue) > ahead:
            yield queue.popleft().result()
    while queue:
        yield queue.popleft().result()


def _admit(name: str, documents, seen_titles: dict[tuple[str, str], str], report: IngestReport) -> set[str]:
    """The ids of a file's documents that go into the index; each refused one is reported."""
    kept = set()
    for doc in documents:
        if not _known_region(doc.region):
            report.skipped.append(
                (
                    name,
                    f"{name}:{doc.line_start} 《{doc.title}》: 无法确定地区（region），未收录："
                    "如确属政策文件，请在 corpus/fixes.yaml 的 documents 中写明 region 与依据（why）",
                )
            )
            continue
        key = (doc.region, doc.title)
        if key in seen_titles:
            report.warnings.append(f"{name}: 《{doc.title}》与 {seen_titles[key]} 中的文件重复，已跳过（duplicate document）")
            continue
        seen_titles[key] = name
        kept.add(doc.doc_id)
    return kept


def publish_parsed(
    settings: Settings, build: Path, catalog: list[Document], counts: dict[str, list[int]], relations: list[Relation] | tuple = ()
) -> None:
    """corpus/parsed/*.jsonl (copies of the build's, byte for byte) and corpus/README.md."""
    import shutil

    from ingest.catalog import render_catalog

    settings.parsed_dir.mkdir(parents=True, exist_ok=True)
    for name in ("documents.jsonl", "articles.jsonl", "chunks.jsonl", "relations.jsonl"):
        tmp = settings.parsed_dir / (name + ".tmp")
        shutil.copyfile(build / name, tmp)
        os.replace(tmp, settings.parsed_dir / name)
    text = render_catalog(catalog, {k: v[0] for k, v in counts.items()}, {k: v[1] for k, v in counts.items()}, relations)
    (settings.corpus_dir / "README.md").write_text(text, encoding="utf-8")
