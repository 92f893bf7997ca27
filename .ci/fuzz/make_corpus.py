#!/usr/bin/env python3
"""Writes the seed corpora of the fuzzers from real copy: paragraphs of the seed pages, credits and end marks,
bylines, quotes, Markdown, directives, configurations and data files, in UTF-8 (with and without BOM, CRLF),
UTF-16 LE/BE and GB18030. Run by run.sh into a scratch directory; deterministic."""
import glob, hashlib, json, os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
out = sys.argv[1] if len(sys.argv) > 1 else "corpus"
engine = os.path.join(out, "engine")
lsp = os.path.join(out, "lsp")
os.makedirs(engine, exist_ok=True)
os.makedirs(lsp, exist_ok=True)

def put(directory, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data)

texts = []
for page in sorted(glob.glob(os.path.join(root, "seeds", "*.txt"))):
    with open(page, encoding="utf-8") as f:
        paragraphs = [p for p in f.read().split("\n\n") if p.strip()]
    for k in range(0, min(len(paragraphs), 24), 4):
        texts.append("\n\n".join(paragraphs[k:k + 4]))

texts += [
    "（完）", "于佳摄", "李四发", "图为他", "（完）\n", "本报记者 于佳 摄\n（完）",
    "本报讯（记者 张晶）近日，北京市总工会党组书记、副主席张良表示，要把实事办实。",
    "新华社北京1月16日电（记者 王强）会议于昨日召开,共有300余人参加.",
    "标题\n\n本报讯 会议于10:00召开，投入资金1,000万元、3.5亿元。\n\n（完）",
    "他说:\"要把实事办实!\"" + "\"" * 34, "“《（" * 40, "》）”" * 20, "「」『』“‘’”",
    "# 标题\n\n- 列表,项目\n- `code, here`\n\n```\n代码,不查\n```\n\n[链接](https://example.com),结束.",
    "---\ndate: 2024-01-16\n---\n正文,开始.",
    "<!-- copydesk-disable space-cjk -- 原文 -->\n意见 建议\n<!-- copydesk-enable -->\n意见 建议",
    "<!-- copydesk-disable-next-line space-cjkk -- 拼错 -->\n奋进 新时代",
    "𠮷,𬌗.😀?" * 10, "李强、习近平、赵乐际等出席会议。", "沃伦?巴菲特认识.艺术修养", "各项工作已布署到位",
    "张良表示，王强局长指出，北京市总工会党组书记、副主席张良出席。",
]

for t in texts:
    put(engine, t)
    put(engine, t.replace("\n", "\r\n"))
for t in texts[::3]:
    put(engine, "\ufeff" + t)
    put(engine, b"\xff\xfe" + t.encode("utf-16-le"))
    put(engine, b"\xfe\xff" + t.encode("utf-16-be"))
    put(engine, t.encode("gb18030"))

# Configurations and data files (the engine target reads every input as both too).
put(engine, json.dumps({"profile": "web", "rules": {"space-cjk": "off", "punct-doubled": {"severity": "warning"}},
                        "data": {"add": ["desk/typos.txt"]}, "encoding": "gb18030"}, ensure_ascii=False))
put(engine, '{\n  // 注释\n  "description": "a\\uD83D\\uDE00",\n  "extensions": ["txt",],\n}')
put(engine, "@rule word-typo\n@section main\n布署 => 部署 | note=常见\n@trigger 各项工作已布署到位\n@clean 各项工作已部署到位\n")
put(engine, "@rule news-register-title\n张良 | org=北京市总工会 | title=党组书记、副主席 | from=2023-01-16\n")

# The language server target reads its input as a script of client steps (any bytes are a script) and, raw, as
# framed messages.
for t in texts[:12]:
    put(lsp, t)
def frame(body):
    b = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(b) + b
session = frame({"jsonrpc": "2.0", "id": 1, "method": "textDocument/hover",
                 "params": {"textDocument": {"uri": "file:///a.txt"}, "position": {"line": 0, "character": 3}}})
put(lsp, session + frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
    "textDocument": {"uri": "file:///a.txt", "version": 2},
    "contentChanges": [{"range": {"start": {"line": 0, "character": 1}, "end": {"line": 0, "character": 1}},
                        "text": "会议,开始"}]}}))
put(lsp, b"Content-Length: 5\r\n\r\n" + b'{"jsonrpc":"2.0","id":1}' + session)
put(lsp, b'Content-Length: 30\r\n\r\n{"a":"\\ud800\\u4e2d","b":[1,2]}')
put(lsp, bytes(range(256)))
print(f"{len(os.listdir(engine))} engine inputs, {len(os.listdir(lsp))} lsp inputs in {out}")
