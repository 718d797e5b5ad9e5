#!/usr/bin/env python3
"""Load benchmark of the portal: time from upload to findings, on loopback.

Starts `thidua serve --demo` (release build) on 127.0.0.1 with a fresh data folder, signs in
through the JSON API, then posts a ~22 KB return (Fixtures/returns/2018/00157-bao-cao-2018.ods,
saved by LibreOffice) to POST /api/returns and waits for the findings:
  1. sequentially (one client), N uploads;
  2. 50 at once, R rounds (bounded: 50 x R uploads in all).
Reports median and p99 latency, errors, and the server's peak RSS (VmHWM). Loopback only,
bounded loops, a plain asyncio HTTP/1.1 client (no third-party package).

Usage: python3 Benchmarks/portal/load.py [--thidua .build/release/thidua] [--sequential 200] [--rounds 10]
"""
import argparse, asyncio, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RETURN = os.path.join(ROOT, "Fixtures/returns/2018/00157-bao-cao-2018.ods")
BOUNDARY = "----thiduaBench"


def start(thidua, data):
    proc = subprocess.Popen([thidua, "serve", "--demo", "--data", data, "--host", "127.0.0.1", "--port", "0",
                             "--schema", os.path.join(ROOT, "Templates/schema-2018.xlsx")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    passwords, port = {}, None
    end = time.time() + 120
    while time.time() < end:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            raise SystemExit("server exited")
        m = re.match(r"\s+(\S+)\s+(\S+)\s+(ward|district|leader)", line or "")
        if m:
            passwords[m.group(1)] = m.group(2)
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line or "")
        if m:
            port = int(m.group(1))
            break
    return proc, port, passwords


async def request(port, method, path, headers, body):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: %d\r\n" % (method, path, len(body))
    head += "".join("%s: %s\r\n" % kv for kv in headers.items()) + "\r\n"
    writer.write(head.encode() + body)
    await writer.drain()
    data = await reader.read()
    writer.close()
    status = int(data.split(b" ", 2)[1])
    return status, data.split(b"\r\n\r\n", 1)[1]


def multipart(content, name):
    return (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
             "Content-Type: application/octet-stream\r\n\r\n" % (BOUNDARY, name)).encode()
            + content + ("\r\n--%s--\r\n" % BOUNDARY).encode())


async def upload(port, token, body):
    t0 = time.perf_counter()
    status, payload = await request(port, "POST", "/api/returns",
                                    {"Authorization": "Bearer " + token,
                                     "Content-Type": "multipart/form-data; boundary=" + BOUNDARY}, body)
    dt = time.perf_counter() - t0
    ok = status == 201 and json.loads(payload)["status"] == "accepted"
    return dt, ok


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def rss(pid):
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(("VmRSS", "VmHWM")):
                k, v = line.split(":")
                out[k] = int(v.split()[0]) / 1024
    return out


async def run(port, token, args):
    content = open(RETURN, "rb").read()
    body = multipart(content, os.path.basename(RETURN))
    for _ in range(10):
        await upload(port, token, body)
    seq = [await upload(port, token, body) for _ in range(args.sequential)]
    conc = []
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        conc += await asyncio.gather(*[upload(port, token, body) for _ in range(50)])
    wall = time.perf_counter() - t0
    return len(content), seq, conc, wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--thidua", default=os.path.join(ROOT, ".build/release/thidua"))
    ap.add_argument("--sequential", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="thidua-load-")
    proc, port, passwords = start(args.thidua, os.path.join(work, "data"))
    try:
        status, payload = asyncio.run(request(port, "POST", "/api/login", {"Content-Type": "application/json"},
                                              json.dumps({"username": "nghia-do", "password": passwords["nghia-do"]}).encode()))
        token = json.loads(payload)["token"]
        idle = rss(proc.pid)
        size, seq, conc, wall = asyncio.run(run(port, token, args))
        mem = rss(proc.pid)
        ms = lambda v: "%.1f ms" % (v * 1000)
        print("return: %s (%d bytes)" % (os.path.relpath(RETURN, ROOT), size))
        print("sequential: %d uploads, median %s, p99 %s, errors %d" % (
            len(seq), ms(statistics.median([d for d, _ in seq])), ms(pct([d for d, _ in seq], 99)),
            sum(1 for _, ok in seq if not ok)))
        print("50 concurrent: %d uploads in %.1f s (%.0f/s), median %s, p99 %s, errors %d" % (
            len(conc), wall, len(conc) / wall, ms(statistics.median([d for d, _ in conc])),
            ms(pct([d for d, _ in conc], 99)), sum(1 for _, ok in conc if not ok)))
        print("server RSS: idle %.0f MiB, after %.0f MiB, peak (VmHWM) %.0f MiB" % (idle["VmRSS"], mem["VmRSS"], mem["VmHWM"]))
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
