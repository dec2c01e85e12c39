"""``--help`` for the ``policy`` command: in Chinese, wrapped by display width, never cut.

Typer's panels are in English (Usage, Options, “Show this message and exit.”) and crop
Chinese help that has no spaces to wrap at; these classes lay the help out themselves:
usage, the command's docstring (its examples kept line by line), arguments and options,
each line at most the terminal's width (80 columns or less) counted in display cells.
"""

from __future__ import annotations

import inspect
import unicodedata

import typer.core

_NO_LINE_START = set("，。、；：？！）》〉」』”’%·…〕")  # kinsoku: these stay on the line before
_NO_LINE_END = set("（《〈「『“‘〔")  # and these go with what follows
_TYPE_NAMES = {"integer": "数字", "int": "数字", "float": "数字", "path": "文件", "text": "文本", "file": "文件"}
WIDTH = 80


def cells(text: str) -> int:
    """Display width: a Chinese character takes two columns.

    >>> cells("policy 问答"), cells("（文号）")
    (11, 8)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _tokens(text: str) -> list[str]:
    """Break points: between Chinese characters, at spaces; an ASCII word (--region, 2024-01-01) is whole."""
    out: list[str] = []
    word = ""
    for ch in text:
        if ch.isascii() and not ch.isspace():
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        out.append(ch)
    if word:
        out.append(word)
    return out


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells; a closing mark never starts a line (the character
    before it goes down with it), an opening mark never ends one.

    >>> wrap("问题所指的日期（YYYY-MM-DD），默认今天。", 16)
    ['问题所指的日期', '（YYYY-MM-DD），', '默认今天。']
    >>> wrap("一二三四。", 8)
    ['一二三', '四。']
    """
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        if token.isspace() and not line:
            continue
        if line and cells(line + token) > width:
            carry = ""
            if token in _NO_LINE_START and len(line) > 1:
                carry, line = line[-1], line[:-1]
            while line and line[-1] in _NO_LINE_END:
                carry, line = line[-1] + carry, line[:-1]
            lines.append(line.rstrip())
            line = carry + ("" if token.isspace() else token)
            continue
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _width(ctx) -> int:
    """The terminal's width (COLUMNS), at most 80 columns, at least 40."""
    import shutil

    columns = ctx.terminal_width or shutil.get_terminal_size((WIDTH, 24)).columns
    return max(40, min(columns, ctx.max_content_width or WIDTH, WIDTH))


def _paragraphs(doc: str) -> list[tuple[bool, str]]:
    """(verbatim, text): lines of an example (starting with two spaces or “policy”) are kept as written."""
    out: list[tuple[bool, str]] = []
    for block in inspect.cleandoc(doc or "").split("\n\n"):
        lines = block.splitlines()
        if any(l.startswith(("  ", "policy ")) for l in lines[1:]) or all(l.startswith("  ") for l in lines):
            out.append((True, block))
        else:
            out.append((False, "".join(l.strip() for l in lines)))
    return out


def _metavar(param) -> str:
    if param.metavar:
        return param.metavar
    name = getattr(param.type, "name", "text").lower()
    return _TYPE_NAMES.get(name, "值")


def _rows(ctx, command) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    arguments, options = [], []
    for param in command.get_params(ctx):
        if isinstance(param, typer.core.TyperArgument) or param.param_type_name == "argument":
            name = param.metavar or param.name
            help_text = (getattr(param, "help", "") or "") + ("" if not param.required else "（必填）")
            arguments.append((name, help_text))
        elif param.name == "help":
            options.append(("--help", "显示本帮助并退出。"))
        else:
            flag = getattr(param, "is_flag", False)
            names = ", ".join(param.opts)
            options.append((names if flag else f"{names} {_metavar(param)}", param.help or ""))
    return arguments, options


def _table(rows: list[tuple[str, str]], width: int) -> list[str]:
    left = min(max((cells(n) for n, _ in rows), default=0), 22)
    out = []
    for name, help_text in rows:
        pad = left - cells(name)
        body = wrap(help_text, width - left - 4)
        if pad < 0:  # a long name: its help on the next lines
            out.append(f"  {name}")
            out.extend(" " * (left + 4) + line for line in body)
            continue
        out.append(f"  {name}{' ' * pad}  {body[0]}")
        out.extend(" " * (left + 4) + line for line in body[1:])
    return out


def render_help(ctx, command) -> str:
    """The help page of ``command`` (a command or the group), as plain text."""
    width = _width(ctx)
    path = ctx.command_path
    lines: list[str] = []
    arguments, options = _rows(ctx, command)
    pieces = [path]
    if isinstance(command, typer.core.TyperGroup):
        pieces.append("命令 [参数]…")
    else:
        pieces.append("[选项]")
        pieces += [f"[{n}]" if "必填" not in h else n for n, h in arguments]
    lines.extend(wrap("用法：" + " ".join(pieces), width))
    for verbatim, text in _paragraphs(command.help or ""):
        lines.append("")
        if verbatim:
            for line in text.splitlines():
                indent = " " * (len(line) - len(line.lstrip(" ")))
                lines.extend(indent + piece for piece in wrap(line, width - len(indent)))
        else:
            lines.extend(wrap(text, width))
    if isinstance(command, typer.core.TyperGroup):
        rows = []
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            summary = _paragraphs(sub.help or "")[0][1] if sub is not None and sub.help else ""
            rows.append((name, summary))
        lines += ["", "命令："] + _table(rows, width)
        lines += ["", f"每个命令的说明与示例：{path} 命令 --help"]
    if arguments:
        lines += ["", "参数："] + _table(arguments, width)
    lines += ["", "选项："] + _table(options, width)
    return "\n".join(lines) + "\n"


class ChineseCommand(typer.core.TyperCommand):
    def format_help(self, ctx, formatter) -> None:
        formatter.write(render_help(ctx, self))


class ChineseGroup(typer.core.TyperGroup):
    def format_help(self, ctx, formatter) -> None:
        formatter.write(render_help(ctx, self))
