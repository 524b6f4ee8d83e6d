#!/usr/bin/env python3
"""Fuzz policyrank's renderers with hostile strings, and read every output back with a real parser.

Each round writes a small study whose title, names, notes, units, level labels, source titles and
URLs, participant names and unknown keys are random strings built from what breaks renderers:
quotes before combining marks, CR/LF and CRLF, NUL, ESC and other controls, bidi overrides, `<`,
`&`, backticks, pipes, `=`/`@` formula starts, `::` workflow-command starts, `#` headings, long
runs. It then runs every command and format and checks each output with the parser its consumer
uses:

- JSON (`rank`, `compare`, `explain`, `mapping`, `validate`, SARIF): `json.loads`, and the hostile
  names come back exactly as written;
- CSV (`rank`, `compare`, one table each): Python's `csv` module; every row as wide as the header,
  one row per option, and no text field that a spreadsheet would run as a formula;
- HTML (`compare`, `mapping`, `report`): `html.parser`; only the tags and attributes policyrank
  writes, no `on…` handler, no `javascript:` link, exactly policyrank's own `<script>` elements;
- GitHub workflow commands: every physical line (split on CR and LF) is one `::error`/`::warning`;
- Markdown: every table row has the header's number of unescaped pipes;
- terminal text (`rank`, `explain`, `compare`, `validate`): no ESC, BEL, CR, NUL or bidi control.

Usage: scripts/fuzz-renderers.py [--seconds 600] [--seed 1] [--policyrank PATH]
A finding is printed with its seed and the study is kept under /tmp/policyrank-fuzz-findings.
"""
import argparse, csv, io, json, os, random, shutil, subprocess, sys, tempfile, time
from html.parser import HTMLParser

PIECES = ['"', "'", '"\u0301', "\r\n", "\r", "\n", "\t", "\x00", "\x1b[31m", "\x07", "\x7f", "\u0085", "\u202e", "\u2066", "\u2028",
          "<", ">", "&", "&amp;", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "`", "``", "|", "\\|", "\\",
          "=HYPERLINK(\"x\")", "@SUM(1)", "+1", "-1", "::error::pwned", "%0A", "# heading", "![x](y)", "@mention", "*", "_",
          "]]>", "-->", "{", "}", ":", ": ", "- ", "é", "😀", "\u0301", " ", "  ", "x" * 50, "javascript:alert(1)", ",", ";"]

def hostile(rng, at_least=1):
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(at_least, 6))) or "x"

def yaml_string(text):
    """A YAML double-quoted scalar that reads back as `text` exactly."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == "\\": out.append("\\\\")
        elif code < 0x20 or 0x7f <= code <= 0x9f or code in (0x2028, 0x2029, 0xfeff) or 0x202a <= code <= 0x202e or 0x2066 <= code <= 0x2069:
            out.append("\\u%04X" % code)
        else: out.append(ch)
    out.append('"')
    return "".join(out)

def write_study(directory, rng):
    s = {k: hostile(rng) for k in ["title", "group", "violence", "harm", "cost", "unit", "alpha", "beta", "note", "source", "level",
                                    "perspective", "participant", "pgroup", "criterion", "key"]}
    s["url"] = rng.choice(["https://example.org/" + hostile(rng), "javascript:alert(1)", hostile(rng)])
    os.makedirs(os.path.join(directory, "criteria"))
    os.makedirs(os.path.join(directory, "policies"))
    os.makedirs(os.path.join(directory, "participants"))
    y = yaml_string
    with open(os.path.join(directory, "study.yaml"), "w", encoding="utf-8") as f:
        f.write(f"title: {y(s['title'])}\nmethod: wsm\nsensitivity: {{samples: 200, seed: 1}}\n{y(s['key'])}: 1\n")
    with open(os.path.join(directory, "criteria", "tree.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""criteria:
  - id: security
    name: {y(s['group'])}
    weight: 60
    children:
      - id: violence
        name: {y(s['violence'])}
        direction: benefit
        weight: 1
        scale: {{min: 0, max: 10}}
      - id: harm
        name: {y(s['harm'])}
        direction: cost
        weight: 1
        scale:
          levels: {{none: 0, {y(s['level'])}: 3, high: 8}}
  - id: cost
    name: {y(s['cost'])}
    direction: cost
    weight: 40
    unit: {y(s['unit'])}
    scale: {{min: 0, max: 1000}}
perspectives:
  - id: hawks
    name: {y(s['perspective'])}
    weights: {{security: 90}}
""")
    for pid, violence, harm, cost in [("alpha", 8, "none", "{low: 100, likely: 200, high: 400}"), ("beta", 3, y(s["level"]), "{low: 50, high: 150}")]:
        with open(os.path.join(directory, "policies", pid + ".yaml"), "w", encoding="utf-8") as f:
            f.write(f"""id: {pid}
name: {y(s[pid])}
description: {y(s['note'])}
scores: {{violence: {violence}, harm: {harm}, cost: {cost}}}
notes: {{violence: {y(s['note'])}, harm: {y(s['note'])}, cost: {y(s['note'])}}}
sources:
  - {{title: {y(s['source'])}, url: {y(s['url'])}}}
{y(s['key'])}: unknown key
""")
    with open(os.path.join(directory, "participants", "p.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""id: p
name: {y(s['participant'])}
group: g
criteria:
  - {{id: own, name: {y(s['criterion'])}, weight: 2}}
  - {{id: violence, weight: 1}}
scores:
  alpha: {{own: {{low: 1, high: 5}}}}
  beta: {{own: {{low: 2, high: 3}}}}
""")
    return s

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "article", "header", "main", "footer", "nav", "section", "h1", "h2",
                "h3", "h4", "p", "a", "span", "strong", "em", "code", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead",
                "tbody", "tr", "th", "td", "div", "figure", "figcaption", "svg", "g", "rect", "line", "text", "circle", "path", "polyline",
                "polygon", "title", "time", "sup", "sub", "br", "wbr", "script", "noscript", "label", "input", "output", "button", "details",
                "summary", "small", "abbr", "tspan", "defs", "marker", "form", "fieldset", "legend", "select", "option"}

class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.scripts = [], 0
    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS: self.problems.append(f"unexpected tag <{tag}>")
        if tag == "script": self.scripts += 1
        for name, value in attrs:
            if name.startswith("on"): self.problems.append(f"event handler {name} on <{tag}>")
            if name == "href" and value and value.strip().lower().startswith("javascript:"): self.problems.append("javascript: link")

def check_html(text, scripts):
    parser = Checker()
    parser.feed(text); parser.close()
    problems = parser.problems
    if parser.scripts != scripts: problems.append(f"{parser.scripts} <script> elements, expected {scripts}")
    return problems

def check_csv(text, rows_expected=None):
    problems = []
    if "\r\n" not in text: problems.append("no CRLF line ends")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows: return ["no rows"]
    width = len(rows[0])
    for i, row in enumerate(rows):
        if len(row) != width: problems.append(f"row {i} has {len(row)} fields, header {width}")
        for field in row:
            if field[:1] in ("=", "+", "-", "@") and not is_number(field): problems.append(f"formula-like field {field[:20]!r}")
    if rows_expected is not None and len(rows) != rows_expected: problems.append(f"{len(rows)} rows, expected {rows_expected}")
    return problems

def is_number(text):
    try: float(text); return True
    except ValueError: return False

def check_terminal(text):
    bad = [c for c in text if c in "\x1b\x07\r\x00" or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069 or 0x80 <= ord(c) <= 0x9f]
    return [f"terminal output holds {len(bad)} control or bidi characters ({bad[:3]!r})"] if bad else []

def check_github(text):
    lines = [l for l in text.replace("\r", "\n").split("\n") if l]
    return [f"line is not a workflow command: {l[:40]!r}" for l in lines if not (l.startswith("::error ") or l.startswith("::warning ") or l.startswith("::notice "))]

def check_markdown_tables(text):
    problems, expected = [], None
    for line in text.split("\n"):
        if not line.startswith("|"): expected = None; continue
        pipes, escaped = 0, False
        inside_code = False
        for ch in line:
            if escaped: escaped = False; continue
            if ch == "\\": escaped = True; continue
            if ch == "|": pipes += 1
        if expected is None: expected = pipes
        elif pipes != expected: problems.append(f"table row with {pipes} pipes, header {expected}: {line[:60]!r}")
    return problems

def run(policyrank, args, cwd=None):
    result = subprocess.run([policyrank] + args, capture_output=True, cwd=cwd, timeout=120)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")

def one_round(policyrank, rng, directory):
    s = write_study(directory, rng)
    problems = []
    def expect(label, code, out, err, allowed=(0,)):
        if code not in allowed: problems.append(f"{label}: exit {code}: {err[:200]}")
        return out
    # Terminal text
    for args in (["rank", directory], ["explain", "alpha", "beta", directory], ["compare", directory], ["validate", directory],
                 ["mapping", directory], ["sensitivity", directory, "--samples", "200"]):
        code, out, err = run(policyrank, args)
        expect(" ".join(args[:1]), code, out, err)
        problems += [f"{args[0]} text: {p}" for p in check_terminal(out) + check_terminal(err)]
    # JSON, with the names back as written
    code, out, err = run(policyrank, ["rank", directory, "--format", "json"])
    try:
        ranking = json.loads(expect("rank json", code, out, err))
        names = {e["id"]: e["name"] for e in ranking["ranking"]} if "ranking" in ranking else {e["id"]: e["name"] for e in ranking["entries"]}
        for pid in ("alpha", "beta"):
            if names.get(pid) != s[pid]: problems.append(f"rank json: name of {pid} is {names.get(pid)!r}, wrote {s[pid]!r}")
    except (ValueError, KeyError) as e: problems.append(f"rank json: {e}")
    for args in (["compare", directory, "--format", "json"], ["explain", "alpha", "beta", directory, "--format", "json"],
                 ["mapping", directory, "--format", "json"], ["validate", directory, "--format", "json"], ["validate", directory, "--format", "sarif"],
                 ["sensitivity", directory, "--format", "json", "--samples", "200"]):
        code, out, err = run(policyrank, args)
        try: json.loads(expect(" ".join(args[:1]) + " json", code, out, err))
        except ValueError as e: problems.append(f"{args[0]} {args[-1]}: not JSON: {e}")
    # CSV
    code, out, err = run(policyrank, ["rank", directory, "--format", "csv"])
    problems += [f"rank csv: {p}" for p in check_csv(expect("rank csv", code, out, err), rows_expected=3)]
    code, out, err = run(policyrank, ["compare", directory, "--format", "csv"])
    problems += [f"compare csv: {p}" for p in check_csv(expect("compare csv", code, out, err))]
    for table in ("criteria", "methods", "perspectives"):
        code, out, err = run(policyrank, ["compare", directory, "--format", "csv", "--table", table])
        problems += [f"compare csv {table}: {p}" for p in check_csv(expect("compare csv", code, out, err), rows_expected=4 if table == "criteria" else 3)]
    # HTML
    code, out, err = run(policyrank, ["compare", directory, "--format", "html"])
    problems += [f"compare html: {p}" for p in check_html(expect("compare html", code, out, err), scripts=0)]
    code, out, err = run(policyrank, ["mapping", directory, "--format", "html"])
    problems += [f"mapping html: {p}" for p in check_html(expect("mapping html", code, out, err), scripts=0)]
    report = os.path.join(directory, "..", "report.html")
    code, out, err = run(policyrank, ["report", directory, "--output", report, "--samples", "200", "--date", "2026-01-01"])
    expect("report", code, out, err)
    if code == 0:
        with open(report, encoding="utf-8") as f: problems += [f"report: {p}" for p in check_html(f.read(), scripts=2)]
    # GitHub workflow commands and Markdown
    code, out, err = run(policyrank, ["validate", directory, "--format", "github"])
    problems += [f"validate github: {p}" for p in check_github(out)]
    for args in (["rank", directory, "--format", "markdown"], ["compare", directory, "--format", "markdown"],
                 ["mapping", directory, "--format", "markdown"], ["sensitivity", directory, "--format", "markdown", "--samples", "200"]):
        code, out, err = run(policyrank, args)
        problems += [f"{args[0]} markdown: {p}" for p in check_markdown_tables(expect(args[0] + " markdown", code, out, err))]
    return problems

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--policyrank", default=os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "policyrank"))
    options = parser.parse_args()
    start, rounds, findings = time.time(), 0, 0
    seed = options.seed
    while time.time() - start < options.seconds:
        rng = random.Random(seed)
        work = tempfile.mkdtemp(prefix="policyrank-fuzz-")
        directory = os.path.join(work, "study")
        try:
            problems = one_round(options.policyrank, rng, directory)
        except subprocess.TimeoutExpired as e:
            problems = [f"timeout: {e}"]
        if problems:
            findings += 1
            keep = os.path.join("/tmp/policyrank-fuzz-findings", f"seed-{seed}")
            shutil.rmtree(keep, ignore_errors=True); shutil.copytree(directory, keep)
            print(f"seed {seed}: {len(problems)} problem(s), study kept at {keep}")
            for p in problems[:8]: print("  " + p)
        shutil.rmtree(work, ignore_errors=True)
        rounds += 1
        seed += 1
    print(f"{rounds} rounds (seeds {options.seed}–{seed - 1}) in {time.time() - start:.0f} s: {findings} with findings")
    return 1 if findings else 0

if __name__ == "__main__":
    sys.exit(main())
