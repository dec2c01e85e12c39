"""The whole ingest: corpus/raw → parsed JSON Lines → index; idempotent and incremental.

- A fingerprint of the inputs (raw files, fixes, parser code and data, settings)
  decides whether anything changed: an unchanged corpus returns at once.
- Each file's parse is cached by its content hash, so adding one file parses only it.
- A file that cannot be read or parsed is reported by name and skipped; the rest
  are ingested and the live index is replaced only by a complete new build.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant.config import Settings
from assistant.errors import CorpusFileError, PolicyError
from assistant.schema import Article, Chunk, Document
from assistant.store import builds_dir, current_build, read_manifest, verify_build, write_jsonl

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
    vectors_computed: int = 0
    build: str | None = None
    seconds: float = 0.0

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
            "build": self.build,
            "seconds": round(self.seconds, 3),
        }


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def raw_files(settings: Settings) -> list[Path]:
    if not settings.raw_dir.exists():
        return []
    return sorted(p for p in settings.raw_dir.iterdir() if p.is_file() and not p.name.startswith("."))


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
    digest.update(json.dumps(sorted(files.items())).encode())
    digest.update(f"{settings.chunk_max_chars}|{model_id_for(settings.embedding)}|{settings.chroma_url}".encode())
    return digest.hexdigest()


def _cache_path(settings: Settings, key: str) -> Path:
    return settings.cache_dir / "parse" / f"{key}.json"


def _parse_cached(settings: Settings, path: Path, data: bytes, fixes, parser_fp: str):
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
            return (
                ParsedFile(
                    name=raw["name"],
                    encoding=raw["encoding"],
                    documents=tuple(Document.from_dict(d) for d in raw["documents"]),
                    articles=tuple(Article.from_dict(a) for a in raw["articles"]),
                    chunks=tuple(Chunk.from_dict(c) for c in raw["chunks"]),
                    warnings=tuple(raw["warnings"]),
                ),
                True,
            )
        except (OSError, ValueError, KeyError, TypeError):
            logger.warning("parse cache %s unreadable; parsing again", cache.name)
    parsed = parse_file(path.name, data, fixes, settings.chunk_max_chars)
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(
        json.dumps(
            {
                "name": parsed.name,
                "encoding": parsed.encoding,
                "documents": [d.to_dict() for d in parsed.documents],
                "articles": [a.to_dict() for a in parsed.articles],
                "chunks": [c.to_dict() for c in parsed.chunks],
                "warnings": list(parsed.warnings),
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    tmp.replace(cache)
    return parsed, False


def is_up_to_date(settings: Settings) -> bool:
    """True when the live build was made from exactly these inputs and is whole (no heavy imports).

    A build whose files no longer match their recorded sizes (truncated, deleted)
    is not up to date: the next ingest replaces it.
    """
    build = current_build(settings)
    if build is None:
        return False
    files = {p.name: _sha(p.read_bytes()) for p in raw_files(settings)}
    try:
        manifest = read_manifest(build)
        verify_build(build, manifest)
    except PolicyError:
        return False
    return manifest.get("fingerprint") == fingerprint(settings, files) and all(
        (settings.parsed_dir / name).exists() for name in ("documents.jsonl", "chunks.jsonl")
    )


def ingest(
    settings: Settings,
    rebuild: bool = False,
    progress=None,
    write_parsed: bool = True,
    interrupt_after: str | None = None,
) -> IngestReport:
    """Run the pipeline; see the module docstring."""
    from ingest.fixes import FixTable
    from ingest.index import build_index, ingest_lock

    started = time.perf_counter()
    report = IngestReport()
    _clear_abandoned(settings)
    paths = raw_files(settings)
    contents = {p.name: p.read_bytes() for p in paths}
    files = {name: _sha(data) for name, data in contents.items()}
    fp = fingerprint(settings, files)
    build = current_build(settings)
    if not rebuild and build is not None and is_up_to_date(settings):
        manifest = read_manifest(build)
        report.up_to_date = True
        report.documents = manifest["documents"]
        report.articles = manifest.get("articles", 0)
        report.chunks = manifest["chunks"]
        report.skipped = [(s["file"], s["reason"]) for s in manifest.get("skipped", [])]
        report.warnings = list(manifest.get("warnings", []))
        report.build = build.name
        report.seconds = time.perf_counter() - started
        return report

    fixes = FixTable.load(settings.fixes_file)
    parser_fp = parser_fingerprint()
    documents: list[Document] = []
    articles: list[Article] = []
    chunks: list[Chunk] = []
    seen_titles: dict[tuple[str, str], str] = {}
    for n, path in enumerate(paths, start=1):
        if progress:
            progress("parse", n, len(paths))
        try:
            parsed, cached = _parse_cached(settings, path, contents[path.name], fixes, parser_fp)
        except CorpusFileError as error:
            report.skipped.append((path.name, str(error)))
            logger.warning("skipped %s: %s", path.name, error)
            continue
        except Exception as error:  # a parser bug on one file must not stop the others
            logger.exception("failed to parse %s", path.name)
            report.skipped.append((path.name, f"{path.name}: 解析失败（{type(error).__name__}: {error}）"))
            continue
        (report.cached if cached else report.parsed).append(path.name)
        report.warnings.extend(parsed.warnings)
        kept = set()
        for doc in parsed.documents:
            key = (doc.region, doc.title)
            if key in seen_titles:
                report.warnings.append(
                    f"{path.name}: 《{doc.title}》与 {seen_titles[key]} 中的文件重复，已跳过（duplicate document）"
                )
                continue
            seen_titles[key] = path.name
            kept.add(doc.doc_id)
            documents.append(doc)
        articles.extend(a for a in parsed.articles if a.doc_id in kept)
        chunks.extend(c for c in parsed.chunks if c.doc_id in kept)

    report.documents, report.articles, report.chunks = len(documents), len(articles), len(chunks)
    if not documents:
        report.seconds = time.perf_counter() - started
        report.skipped = report.skipped or [("corpus/raw", "没有可用的政策文件")]
        return report

    with ingest_lock(settings):
        good_files = {name: sha for name, sha in files.items() if name not in dict(report.skipped)}
        path, computed = build_index(
            settings,
            documents,
            articles,
            chunks,
            fp,
            good_files,
            progress,
            interrupt_after=interrupt_after,
            skipped=report.skipped,
            warnings=report.warnings,
            fresh=rebuild,
        )
    report.vectors_computed = computed
    report.build = path.name
    if write_parsed:
        write_parsed_files(settings, documents, articles, chunks)
    report.seconds = time.perf_counter() - started
    return report


def _clear_abandoned(settings: Settings) -> None:
    """Leftovers of a killed ingest go first, even when the corpus turns out unchanged."""
    root = builds_dir(settings)
    half_built = root.is_dir() and any(p.name.endswith(".tmp") for p in root.iterdir())
    if half_built or any(settings.index_dir.glob("CURRENT.*.tmp")):
        from ingest.index import prune_abandoned

        prune_abandoned(settings)


def write_parsed_files(settings: Settings, documents, articles, chunks) -> None:
    """corpus/parsed/*.jsonl and corpus/README.md: byte-identical for the same inputs."""
    settings.parsed_dir.mkdir(parents=True, exist_ok=True)
    write_jsonl(settings.parsed_dir / "documents.jsonl", (d.to_dict() for d in documents))
    write_jsonl(settings.parsed_dir / "articles.jsonl", (a.to_dict() for a in articles))
    write_jsonl(settings.parsed_dir / "chunks.jsonl", (c.to_dict() for c in chunks))
    from ingest.catalog import render_catalog

    (settings.corpus_dir / "README.md").write_text(render_catalog(documents, articles, chunks), encoding="utf-8")
