"""One exception hierarchy; every message says what to do next."""

from __future__ import annotations


class PolicyError(Exception):
    """Base class: the CLI and UI show ``str(error)`` to the user, never a traceback."""


class BadQuestion(PolicyError):
    """The question cannot be answered as given (empty, too long, control characters…)."""


class IndexMissing(PolicyError):
    """No index has been built yet."""

    def __init__(self, where: str):
        self.where = where
        super().__init__(f"索引不存在（{where}）：请先运行 `policy ingest` 建立索引。")


class IndexStale(PolicyError):
    """The index was built from a different corpus or by an older version."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(f"索引已过期（{reason}）：请运行 `policy ingest` 重建索引。")


class IndexCorrupt(PolicyError):
    """The index exists but cannot be read."""

    def __init__(self, where: str, detail: str):
        self.where, self.detail = where, detail
        super().__init__(
            f"索引已损坏（{where}：{detail}）：请运行 `policy ingest --rebuild` 重建索引。"
        )


class CorpusFileError(PolicyError):
    """A source file cannot be read or parsed; ingest reports it and skips it."""

    def __init__(self, file: str, message: str, line: int | None = None):
        self.file = file
        self.line = line
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {message}")


class UnknownDocument(PolicyError):
    """A document or article id that the corpus does not hold."""


class ConfigError(PolicyError):
    """A setting has a value that cannot be used."""


class BadRequest(PolicyError):
    """A caller passed an argument of the wrong type or shape (``ask(q, top_k="5")``, a history
    that is not a list of turns, a JSON file nested beyond reason).

    A sibling of ``BadQuestion``: the question may be fine, the call around it is not.  The
    message names the argument and what it should be, so the caller can fix the call.
    """

    def __init__(self, message: str, argument: str | None = None):
        self.argument = argument
        super().__init__(message)


class Busy(PolicyError):
    """A request did not finish within its time budget (``POLICY_REQUEST_SECONDS``)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"系统繁忙，没能在 {seconds:g} 秒内完成：请稍后再试；如果问题或检索词很长，请精简后再试。")


class ChromaUnavailable(ConfigError):
    """The Chroma server (server mode, ``POLICY_CHROMA_URL``) does not answer.

    The message may reach a citizen on the page, so it never names the server's
    address: that goes to the log, for the operator.
    """

    def __init__(self, reason: str = ""):
        detail = f"（{reason}）" if reason else ""
        super().__init__(
            f"检索服务暂时无法连接{detail}，请稍后再试。管理员：Chroma 服务未响应（地址见服务日志），"
            "请启动服务，例如 `chroma run --path <数据目录>`，或取消 POLICY_CHROMA_URL 改用内置模式。"
        )


class CollectionMissing(IndexMissing):
    """Server mode: the server answers but does not hold the build's collection (its data
    directory emptied or replaced, or the build dropped by a later ingest)."""

    def __init__(self, name: str):
        self.where = f"检索服务上的集合 {name}"
        PolicyError.__init__(
            self,
            f"索引不存在（检索服务上没有集合 {name}）：请先运行 `policy ingest` 建立索引；"
            "若索引刚刚重建，重试即可。",
        )


class IndexReplaced(PolicyError):
    """A question reached a build that a newer one replaced and removed meanwhile; asking again
    opens the new build."""

    def __init__(self):
        super().__init__("索引刚刚更新，请重新提问。")
