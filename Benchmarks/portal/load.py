#!/usr/bin/env python3
"""Load benchmark of the portal: time from upload to findings, on loopback.

Starts `thidua serve --demo` (release build) on 127.0.0.1 with a fresh data folder, signs in
through the JSON API, then posts a ~22 KB return (Fixtures/returns/2018/00157-bao-cao-2018.ods,
saved by LibreOffice) to POST /api/returns and waits for the findings:
  1. sequentially (one client), N uploads;
  2. 50 at once, R rounds (bounded: 50 x R uploads in all).
Reports median and p99 latency, errors, and the server's peak RSS (VmHWM). Loopback only,
bounded loops, a plain asyncio HTTP/1.1 client (no third-party package).

With --accounts N the portal holds N ward accounts instead: the schema gets N wards and each
ward its own return (Benchmarks/scale/make_returns.py: openpyxl-saved XLSX, every tenth a
LibreOffice ODS, about 6 % with an officer's mistake), the accounts are written straight
into the database with one real bcrypt hash (made by `thidua users add`; 1,000 bcrypt runs
at cost 12 would take minutes and are not what is measured), and each upload is sent by one
of the first 50 wards' accounts with that ward's own return. Run it twice, with N = 8 and
N = 1000, to see what the number of accounts costs.

Usage: python3 Benchmarks/portal/load.py [--thidua .build/release/thidua] [--sequential 200] [--rounds 10]
                                         [--accounts N]
"""
import argparse, asyncio, datetime, json, os, re, shutil, signal, sqlite3, statistics, subprocess, sys, tempfile, time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RETURN = os.path.join(ROOT, "Fixtures/returns/2018/00157-bao-cao-2018.ods")
BOUNDARY = "----thiduaBench"


def start(thidua, data, schema=os.path.join(ROOT, "Templates/schema-2018.xlsx"), demo=True):
    proc = subprocess.Popen([thidua, "serve"] + (["--demo"] if demo else []) + ["--data", data, "--host", "127.0.0.1",
                            "--port", "0", "--schema", schema],
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
    ok = status == 201  # a return with a mistake is 201 "rejected": checked, not an error of the server
    return dt, ok


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def cpu_seconds(pid):
    """User + system CPU time the process has used (from /proc/PID/stat)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss(pid):
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(("VmRSS", "VmHWM")):
                k, v = line.split(":")
                out[k] = int(v.split()[0]) / 1024
    return out


async def run(port, senders, args, pid):
    """senders: (token, multipart body) pairs; upload i is sent by senders[i % len(senders)].
    Also the server's CPU time per upload in each phase: unlike latency, it does not depend on
    what else the machine is running."""
    pick = lambda i: senders[i % len(senders)]
    for i in range(10):
        await upload(port, *pick(i))
    c0 = cpu_seconds(pid)
    seq = [await upload(port, *pick(i)) for i in range(args.sequential)]
    c1 = cpu_seconds(pid)
    conc = []
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        conc += await asyncio.gather(*[upload(port, *pick(i)) for i in range(50)])
    wall = time.perf_counter() - t0
    c2 = cpu_seconds(pid)
    return seq, conc, wall, (c1 - c0) / max(1, len(seq)), (c2 - c1) / max(1, len(conc))


PASSWORD = "mat-khau-do-tai-2018"


def prepare_accounts(thidua, n, work):
    """A data folder with N wards' schema and N ward accounts; returns (data, schema, [(username, return path)])."""
    cache = os.path.join(ROOT, "Benchmarks", "data", "portal-accounts-%d" % n)
    if not os.path.exists(os.path.join(cache, "returns")) or len(os.listdir(os.path.join(cache, "returns"))) != n:
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks/scale/make_returns.py"), cache, str(n)], check=True)
    schema = os.path.join(cache, "schema.xlsx")
    data = os.path.join(work, "data")
    subprocess.run([thidua, "users", "add", "--data", data, "--schema", schema, "--username", "quan", "--role", "district",
                    "--password-stdin"], input=PASSWORD + "\n", text=True, check=True, stdout=subprocess.DEVNULL)
    db = sqlite3.connect(os.path.join(data, "thidua.sqlite"))
    (hash_,) = db.execute("SELECT passwordHash FROM users WHERE username = 'quan'").fetchone()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    returns = sorted(os.listdir(os.path.join(cache, "returns")))
    senders = []
    for i in range(n):
        code = str(20000 + i)
        db.execute("INSERT INTO users (username, passwordHash, role, wardCode, createdAt) VALUES (?, ?, 'ward', ?, ?)",
                   ("p%s" % code, hash_, code, now))
        path = next(os.path.join(cache, "returns", r) for r in returns if r.startswith(code + "-"))
        senders.append(("p%s" % code, path))
    db.commit()
    db.close()
    return data, schema, senders


def login(port, username, password):
    status, payload = asyncio.run(request(port, "POST", "/api/login", {"Content-Type": "application/json"},
                                          json.dumps({"username": username, "password": password}).encode()))
    if status != 200:
        raise SystemExit("sign-in of %s: %d %s" % (username, status, payload[:200]))
    return json.loads(payload)["token"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--thidua", default=os.path.join(ROOT, ".build/release/thidua"))
    ap.add_argument("--sequential", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--accounts", type=int, default=0, help="N ward accounts (and wards) instead of the demo's 8")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="thidua-load-")
    if args.accounts:
        data, schema, accounts = prepare_accounts(args.thidua, args.accounts, work)
        proc, port, _ = start(args.thidua, data, schema, demo=False)
    else:
        proc, port, passwords = start(args.thidua, os.path.join(work, "data"))
    try:
        if args.accounts:
            senders = [(login(port, name, PASSWORD), multipart(open(path, "rb").read(), os.path.basename(path)))
                       for name, path in accounts[:50]]
            what = "%d ward accounts; uploads by the first %d wards, each its own return (%d-%d bytes)" % (
                args.accounts, len(senders), min(len(b) for _, b in senders), max(len(b) for _, b in senders))
        else:
            content = open(RETURN, "rb").read()
            senders = [(login(port, "nghia-do", passwords["nghia-do"]), multipart(content, os.path.basename(RETURN)))]
            what = "%s (%d bytes), demo accounts" % (os.path.relpath(RETURN, ROOT), len(content))
        idle = rss(proc.pid)
        load0 = os.getloadavg()[0]
        seq, conc, wall, cpu_seq, cpu_conc = asyncio.run(run(port, senders, args, proc.pid))
        load1 = os.getloadavg()[0]
        mem = rss(proc.pid)
        ms = lambda v: "%.1f ms" % (v * 1000)
        print("return: " + what)
        print("load average (1 min) before/after: %.1f / %.1f on %d cores" % (load0, load1, os.cpu_count()))
        print("sequential: %d uploads, median %s, p99 %s, errors %d" % (
            len(seq), ms(statistics.median([d for d, _ in seq])), ms(pct([d for d, _ in seq], 99)),
            sum(1 for _, ok in seq if not ok)))
        print("50 concurrent: %d uploads in %.1f s (%.0f/s), median %s, p99 %s, errors %d" % (
            len(conc), wall, len(conc) / wall, ms(statistics.median([d for d, _ in conc])),
            ms(pct([d for d, _ in conc], 99)), sum(1 for _, ok in conc if not ok)))
        print("server CPU per upload: sequential %.2f ms, concurrent %.2f ms (2 cores: at most ~%.0f uploads/s)" % (
            cpu_seq * 1000, cpu_conc * 1000, os.cpu_count() / max(cpu_conc, 1e-6)))
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
