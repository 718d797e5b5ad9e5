"""What the real-program checks share: the tally of checks and LibreOffice's conversion."""
import os
import subprocess

passed = failed = 0

# LibreOffice's CSV export filter: comma, double quotes, UTF-8, first sheet, values as shown.
CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'


def check(name, ok, detail=""):
    """Prints one line for a check and counts it."""
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {detail}")


def summary():
    """Prints 'N passed, N failed'; returns the exit status (1 on any failure)."""
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def soffice_convert(path, fmt, outdir, profile, timeout=180):
    """Converts `path` to `fmt` in `outdir` with headless LibreOffice, in its own user profile."""
    os.makedirs(outdir, exist_ok=True)
    return subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + profile, "--convert-to", fmt,
                           "--outdir", outdir, path], capture_output=True, text=True, timeout=timeout)
