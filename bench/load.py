"""python -m bench.load [--write] [--seconds S]: load on ``unspin serve``'s /v2/check, loopback only.

For 1 and 2 workers and two payloads (100-word paragraphs, what editor plug-ins send, and
800-word stories), starts ``unspin serve`` on 127.0.0.1, warms it up, then runs a bounded
closed loop of keep-alive HTTP/1.1 clients for ``--seconds`` per case (default 12, so about a
minute in all) and reports requests/s, p50/p99 latency, errors, and the resident memory
(VmRSS, and its peak VmHWM) of each worker process read from /proc.

The client is a few lines of asyncio over raw sockets with pre-encoded requests, so that it
costs the server's two cores as little as possible. Texts come from ``bench.corpus`` (raid
stories written for this project). ``--write`` replaces the ``load`` section of
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.corpus import generate
from bench.machine import as_markdown, machine_info
from bench.sections import replace_section

HOST = "127.0.0.1"
CONNECTIONS = 4
WARM_UP_SECONDS = 1.5
MAX_REQUESTS = 200_000  # a hard bound on every loop, whatever the clock says
TARGETS = (
    "Targets (2 workers): >= 200 req/s on paragraphs and >= 40 req/s on stories, "
    "p99 < 250 ms, 0 errors, < 400 MB per worker."
)


@dataclass
class Result:
    workers: int
    payload: str
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    matches: int = 0
    rss_mb: list[float] = field(default_factory=list)
    hwm_mb: list[float] = field(default_factory=list)
    others_cpu: float = 0.0  # share of all cores used by other processes during the run
    front_mb: float | None = None  # the HTTP process, when analyses run in other processes

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


def payloads(kind: str, count: int = 40) -> list[str]:
    """800-word raid stories, or ~100-word paragraphs cut from them at sentence ends."""
    stories = [a.text for a in generate("raid", count, seed=7, words=800)]
    if kind == "story":
        return stories
    paragraphs: list[str] = []
    for story in stories:
        sentences: list[str] = []
        for sentence in re.split(r"(?<=[.!?])\s+", story):
            sentences.append(sentence)
            if sum(len(s.split()) for s in sentences) >= 100:
                paragraphs.append(" ".join(sentences))
                sentences = []
    return paragraphs


def encode(text: str, port: int) -> bytes:
    body = urllib.parse.urlencode({"text": text, "language": "en-US"}).encode()
    head = (
        f"POST /v2/check HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    return head + body


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return status, await reader.readexactly(length)


async def client(
    port: int, requests: Sequence[bytes], start: int, until: float, result: Result | None
) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    i = start
    try:
        while time.perf_counter() < until and (
            result is None or len(result.latencies) < MAX_REQUESTS
        ):
            request = requests[i % len(requests)]
            i += 1
            began = time.perf_counter()
            writer.write(request)
            try:
                status, body = await read_response(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                if result is not None:
                    result.errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(HOST, port)
                continue
            if result is None:
                continue
            if status != 200:
                result.errors += 1
                continue
            result.latencies.append(time.perf_counter() - began)
            if len(result.latencies) % 50 == 1:  # spot-check that answers are real answers
                result.matches += len(json.loads(body)["matches"])
    finally:
        writer.close()


async def drive(
    port: int, requests: Sequence[bytes], seconds: float, result: Result | None
) -> None:
    until = time.perf_counter() + seconds
    step = max(1, len(requests) // CONNECTIONS)
    await asyncio.gather(
        *(client(port, requests, k * step, until, result) for k in range(CONNECTIONS))
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def workers_of(server: subprocess.Popen[bytes], count: int) -> list[int]:
    """The processes that analyse: the server itself, or its pool of spawned processes."""
    if count == 1:
        return [server.pid]
    pids = []
    for pid in children(server.pid):
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        if b"multiprocessing" in cmdline and b"resource_tracker" not in cmdline:
            pids.append(pid)
    return pids


def memory_mb(pid: int) -> tuple[float, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def start_server(workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    command = [
        sys.executable,
        "-c",
        "from unspin.cli import main; main()",
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if server.poll() is not None:
                log.seek(0)
                raise RuntimeError("unspin serve exited:\n" + log.read().decode(errors="replace"))
            if ready(port) and len(workers_of(server, workers)) == workers:
                return server, port
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("unspin serve did not start in 120 s")


def ready(port: int) -> bool:
    try:
        return httpx.get(f"http://{HOST}:{port}/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def run_case(workers: int, kind: str, texts: list[str], seconds: float) -> Result:
    server, port = start_server(workers)
    try:
        requests = [encode(text, port) for text in texts]
        asyncio.run(drive(port, requests, WARM_UP_SECONDS, None))
        result = Result(workers, kind, seconds)
        ours = {os.getpid(), server.pid, *workers_of(server, workers)}
        busy, mine = machine_busy_ticks(), sum(process_ticks(pid) for pid in ours)
        started = time.perf_counter()
        asyncio.run(drive(port, requests, seconds, result))
        result.seconds = time.perf_counter() - started
        others = machine_busy_ticks() - busy - (sum(process_ticks(pid) for pid in ours) - mine)
        capacity = result.seconds * os.sysconf("SC_CLK_TCK") * (os.cpu_count() or 1)
        result.others_cpu = max(0.0, others / capacity)
        for pid in workers_of(server, workers):
            rss, hwm = memory_mb(pid)
            result.rss_mb.append(rss)
            result.hwm_mb.append(hwm)
        if workers > 1:
            result.front_mb = memory_mb(server.pid)[0]
        return result
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def machine_busy_ticks() -> int:
    """Clock ticks all cores spent busy (not idle, not waiting for I/O) since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
    return user + nice + system + irq + softirq + steal


def process_ticks(pid: int) -> int:
    """User + system clock ticks of one process so far (0 if it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    after = stat.rsplit(")", 1)[1].split()
    return int(after[11]) + int(after[12])


def render(
    results: list[Result], seconds: float, sizes: dict[str, int], info: dict[str, str]
) -> str:
    header = (
        "| workers | payload | requests | errors | req/s | p50 ms | p99 ms "
        "| RSS per worker MB (peak) | HTTP process MB | other processes' CPU |"
    )
    rows = [header, "|---:|---|---:|---:|---:|---:|---:|---|---:|---:|"]
    for r in results:
        memory = ", ".join(f"{rss:.0f} ({hwm:.0f})" for rss, hwm in zip(r.rss_mb, r.hwm_mb))
        rows.append(
            f"| {r.workers} | {r.payload} | {len(r.latencies)} | {r.errors} | {r.rate:.0f} "
            f"| {r.percentile(50):.1f} | {r.percentile(99):.1f} | {memory} "
            f"| {'(same)' if r.front_mb is None else f'{r.front_mb:.0f}'} | {r.others_cpu:.0%} |"
        )
    intro = (
        f"`unspin serve` on {HOST}, `POST /v2/check` form-encoded as LanguageTool clients "
        f"send it; {CONNECTIONS} keep-alive connections in a closed loop for {seconds:g} s "
        f"per row after {WARM_UP_SECONDS:g} s of warm-up; the client runs on the same two "
        f"cores. Payloads: paragraphs of about {sizes['paragraph']} words and stories of "
        f"about {sizes['story']} words, cut from `bench.corpus` raid stories. Memory: VmRSS "
        "of each worker process after the run (VmHWM, the peak, in brackets); with 2 workers "
        "the HTTP process is a third process, without the language pipeline. The last column "
        "is the share of both cores that processes other than this benchmark and its server "
        "used during the row (from /proc/stat): on a shared machine it explains low rows."
    )
    spot = (
        f"Spot checks (every 50th answer parsed): {sum(r.matches for r in results)} matches "
        "found, so the answers were real analyses."
    )
    return "\n".join(
        [
            "## Server load (`python -m bench.load`)",
            "",
            intro,
            "",
            *rows,
            "",
            spot,
            "",
            TARGETS,
            "",
            as_markdown(info),
            "- load average (1/5/15 min) at the end: "
            + " / ".join(f"{x:.2f}" for x in os.getloadavg()),
        ]
    )


def main(write: bool, seconds: float = 12.0) -> str:
    info = machine_info()  # at the start, with the load average before the run
    texts = {kind: payloads(kind) for kind in ("paragraph", "story")}
    sizes = {k: round(sum(len(t.split()) for t in v) / len(v)) for k, v in texts.items()}
    results = []
    for workers in (1, 2):
        for kind in ("paragraph", "story"):
            result = run_case(workers, kind, texts[kind], seconds)
            print(
                f"{workers} worker(s), {kind}: {result.rate:.0f} req/s, "
                f"p50 {result.percentile(50):.1f} ms, p99 {result.percentile(99):.1f} ms, "
                f"{result.errors} errors, RSS MB {[round(m) for m in result.rss_mb]}, "
                f"other processes {result.others_cpu:.0%} of the cores",
                flush=True,
            )
            results.append(result)
    report = render(results, seconds, sizes, info)
    if write:
        replace_section("load", report)
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--seconds", type=float, default=12.0, help="measured seconds per case")
    args = parser.parse_args()
    print(main(args.write, args.seconds))
