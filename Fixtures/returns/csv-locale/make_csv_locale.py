#!/usr/bin/env python3
"""CSV returns as LibreOffice saves them under a locale: `python3 make_csv_locale.py`.

Nghĩa Tân's 2018 return (../2018/00160-bao-cao-2018.xlsx) converted by
`soffice --convert-to csv` with cells saved as shown, in a fresh LibreOffice profile whose
locale is set to Vietnamese (vi-VN: `55.000`, `3,7`) or US English (en-US: `55,000`, `3.7`).
The filter options: comma-separated, `"` quoted, UTF-8 (76), from line 1, language of the
locale, "save cell contents as shown", first sheet only.
"""
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "2018", "00160-bao-cao-2018.xlsx")
REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>{locale}</value></prop></item>
</oor:items>
"""
LANGUAGE = {"vi-VN": 1066, "en-US": 1033}


def convert(locale, name):
    with tempfile.TemporaryDirectory() as work:
        profile = os.path.join(work, "profile")
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as f:
            f.write(REGISTRY.format(locale=locale))
        src = os.path.join(work, name + ".xlsx")
        shutil.copy(SOURCE, src)
        options = f"44,34,76,1,,{LANGUAGE[locale]},false,true,true,false,false,1"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", f"csv:Text - txt - csv (StarCalc):{options}", "--outdir", work, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        made = [f for f in os.listdir(work) if f.endswith(".csv")]
        assert len(made) == 1, made
        shutil.copy(os.path.join(work, made[0]), os.path.join(HERE, name + ".csv"))


def main():
    convert("vi-VN", "00160-libreoffice-vi")
    convert("en-US", "00160-libreoffice-en")


if __name__ == "__main__":
    main()
