#!/usr/bin/env python3
"""The ward officer's day and the district's, in a real browser (headless chromium through Selenium).

Starts `thidua serve --demo` on 127.0.0.1 (a free port) with a fresh data folder, then as the
officer of Dịch Vọng: signs in, sees the demo's deadline (ahead, labelled as a demo's), downloads
the blank form, uploads a return with a mistake (Fixtures/returns/2018/00166-bao-cao-2018.xlsx:
AN05 at G36 is more than AN02), sees the marked cell and its message, uploads the corrected
return (G36 set to 3 with openpyxl, as the officer would in Excel) and sees it accepted on time.
Then the district: its dashboard shows the ward's upload; it opens it and sends it back with a
comment; the ward officer sees the comment, sends a corrected return; the district approves it
and the ward sees it approved. A screenshot of each step goes to the screenshots folder.

Usage: python3 Tests/Browser/portal_browser.py [--thidua .build/debug/thidua] [--shots DIR]
Needs: chromium, chromium-driver (Debian), selenium and openpyxl (PyPI).
"""
import argparse, os, re, shutil, signal, subprocess, sys, tempfile, time, zipfile

import openpyxl
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WITH_MISTAKE = os.path.join(ROOT, "Fixtures/returns/2018/00166-bao-cao-2018.xlsx")


def start_server(thidua, data):
    proc = subprocess.Popen([thidua, "serve", "--demo", "--data", data, "--host", "127.0.0.1", "--port", "0",
                             "--schema", os.path.join(ROOT, "Templates/schema-2018.xlsx")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
    passwords, url, deadline = {}, None, time.time() + 120
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                raise SystemExit("server exited early (status %s)" % proc.returncode)
            continue
        m = re.match(r"\s+(\S+)\s+(\S+)\s+(ward|district|leader)", line)
        if m:
            passwords[m.group(1)] = m.group(2)
        m = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
        if m:
            url = m.group(1)
            break
    if not url:
        proc.kill()
        raise SystemExit("server did not start")
    return proc, url, passwords


def corrected_return(folder, value=3, name="bao-cao-2018-dich-vong-da-sua.xlsx"):
    """The officer's fix: AN05 (G36) back to a count no larger than AN02."""
    wb = openpyxl.load_workbook(WITH_MISTAKE)
    ws = wb["Biểu mẫu"]
    assert ws["B36"].value == "AN05", ws["B36"].value
    ws["G36"] = value
    path = os.path.join(folder, name)
    wb.save(path)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--thidua", default=os.path.join(ROOT, ".build/debug/thidua"))
    ap.add_argument("--shots", default=os.path.join(ROOT, "out/portal-screenshots"))
    args = ap.parse_args()
    os.makedirs(args.shots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="thidua-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    proc, url, passwords = start_server(args.thidua, os.path.join(work, "data"))
    driver = None
    step = [0]
    failures = []

    def shot(name):
        step[0] += 1
        height = driver.execute_script("return Math.max(document.body.scrollHeight, 800)")
        driver.set_window_size(1280, min(height + 120, 6000))
        path = os.path.join(args.shots, "%02d-%s.png" % (step[0], name))
        driver.save_screenshot(path)
        print("screenshot", path)

    def check(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    try:
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi"]:
            options.add_argument(a)
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
        wait = WebDriverWait(driver, 30)

        def sign_in(username, landmark, screenshot=None):
            driver.get(url + "/login")
            driver.find_element(By.ID, "username").send_keys(username)
            driver.find_element(By.ID, "password").send_keys(passwords[username])
            if screenshot:
                shot(screenshot)
            driver.find_element(By.ID, "sign-in").click()
            wait.until(EC.presence_of_element_located((By.ID, landmark)))

        def sign_out():
            driver.find_element(By.CSS_SELECTOR, "header form button").click()
            wait.until(EC.presence_of_element_located((By.ID, "sign-in")))

        def send(path):
            """Uploads through the page's form; waits for the return's page."""
            driver.find_element(By.ID, "file").send_keys(path)
            driver.find_element(By.ID, "send").click()
            wait.until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), os.path.basename(path)))

        def ward_row():
            return driver.find_element(By.XPATH, "//table[@id='wards']//tr[td[contains(., '00166')]]")

        def open_from_dashboard(landmark, name, what):
            ward_row().find_element(By.TAG_NAME, "a").click()
            wait.until(EC.presence_of_element_located((By.ID, landmark)))
            check(name in driver.find_element(By.TAG_NAME, "h1").text, what)

        # 1. Sign in.
        driver.get(url + "/login")
        check("Đăng nhập" in driver.page_source, "sign-in page in Vietnamese")
        sign_in("dich-vong", "status", screenshot="dang-nhap")
        check("Phường Dịch Vọng" in driver.page_source, "home shows the ward")
        check(driver.find_element(By.ID, "status").text == "Chưa gửi", "status: not sent")
        deadline = driver.find_element(By.ID, "deadline").text
        check("hạn thử" in deadline, "the demo's deadline is labelled as a demo's (%s)" % deadline)
        check(driver.find_elements(By.ID, "demo-banner") != [], "the demo banner")
        check("ngày" in driver.page_source and "Đã quá hạn" not in driver.page_source, "days left, not overdue")
        shot("trang-chinh")

        # 2. Download the blank form.
        driver.find_element(By.ID, "form-xlsx").click()
        name = "bao-cao-2018-00166-dich-vong.xlsx"
        end = time.time() + 30
        while time.time() < end and not os.path.exists(os.path.join(downloads, name)):
            time.sleep(0.2)
        form = os.path.join(downloads, name)
        check(os.path.exists(form) and zipfile.is_zipfile(form), "blank form downloaded (%s)" % name)
        if os.path.exists(form):
            ws = openpyxl.load_workbook(form)["Biểu mẫu"]
            check(any("Dịch Vọng" in str(c.value) for row in ws.iter_rows(max_row=10) for c in row if c.value),
                  "the form names the ward")
        shot("da-tai-bieu-mau")

        # 3. Upload the return with a mistake.
        send(WITH_MISTAKE)
        cell = driver.find_element(By.ID, "cell-G36")
        check("flag" in cell.get_attribute("class") and "error" in cell.get_attribute("class"), "G36 marked as an error")
        check(cell.text == "99", "G36 shows the value typed (99)")
        check("G36: Số vụ nghiêm trọng" in driver.find_element(By.ID, "sheet").text, "the message beside G36")
        check("Đã gửi, còn 1 lỗi" in driver.find_element(By.ID, "result").text, "result: sent with 1 error")
        check("đọc được" in driver.find_element(By.ID, "values").text, "values as read")
        shot("bao-cao-co-loi")
        driver.set_window_size(1280, 900)
        driver.execute_script("document.getElementById('cell-G36').scrollIntoView({block: 'center'})")
        time.sleep(0.3)
        driver.save_screenshot(os.path.join(args.shots, "%02d-o-G36.png" % (step[0] + 1)))
        step[0] += 1

        # 4. Upload the corrected return.
        send(corrected_return(work))
        check(driver.find_element(By.ID, "result").text == "Đã được chấp nhận", "corrected return accepted")
        check(len(driver.find_elements(By.CSS_SELECTOR, "td.flag.error")) == 0, "no cell marked as an error")
        shot("bao-cao-da-sua")

        # 5. Home: status and history.
        driver.get(url + "/")
        history = driver.find_element(By.ID, "history").text
        check("bao-cao-2018-dich-vong-da-sua.xlsx" in history and "00166-bao-cao-2018.xlsx" in history, "history lists both")
        status = driver.find_element(By.ID, "status").text
        check(status == "Đã được chấp nhận", "home status accepted, on time (%s)" % status)
        shot("lich-su")

        # 6. The district's dashboard shows the ward's upload; it opens it and sends it back.
        sign_out()
        sign_in("quan", "wards")
        row = ward_row().text.replace("\n", " ")
        check("Đã được chấp nhận" in row, "dashboard: Dịch Vọng accepted (%s)" % row)
        shot("quan-bang-tong-hop")
        open_from_dashboard("review", "da-sua", "the district opens the corrected return")
        comment = "Đề nghị phường đối chiếu lại số vụ AN05 với Công an phường."
        driver.find_element(By.ID, "comment").send_keys(comment)
        shot("quan-tra-lai")
        driver.find_element(By.ID, "send-back").click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "result"), "trả lại"))
        check(driver.find_element(By.ID, "result").text == "Quận trả lại để sửa", "returned for correction")
        shot("quan-da-tra-lai")

        # 7. The ward officer sees the comment and sends a corrected return.
        sign_out()
        sign_in("dich-vong", "status")
        check(driver.find_element(By.ID, "status").text == "Quận trả lại để sửa", "ward: sent back")
        driver.find_element(By.CSS_SELECTOR, "#history tbody tr a").click()
        wait.until(EC.presence_of_element_located((By.ID, "sent-back")))
        check(comment in driver.find_element(By.ID, "sent-back").text, "ward sees the district's comment")
        shot("phuong-thay-nhan-xet")
        send(corrected_return(work, value=2, name="bao-cao-2018-dich-vong-sua-lan-2.xlsx"))
        check(driver.find_element(By.ID, "result").text == "Đã được chấp nhận", "second correction accepted")
        shot("phuong-gui-lai")

        # 8. The district approves it.
        sign_out()
        sign_in("quan", "wards")
        open_from_dashboard("approve", "sua-lan-2", "the district opens the second correction")
        driver.find_element(By.ID, "approve").click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "result"), "duyệt"))
        check(driver.find_element(By.ID, "result").text == "Quận đã duyệt", "approved")
        shot("quan-duyet")
        driver.get(url + "/")
        check("Quận đã duyệt" in ward_row().text, "dashboard: Dịch Vọng approved")
        shot("quan-bang-tong-hop-da-duyet")

        # 9. The ward officer sees it approved.
        sign_out()
        sign_in("dich-vong", "status")
        check(driver.find_element(By.ID, "status").text == "Quận đã duyệt", "ward: approved")
        shot("phuong-da-duyet")

        # 10. English.
        driver.get(url + "/?lang=en")
        check("Upload history" in driver.page_source, "English switch")
        shot("english")
    finally:
        if driver:
            driver.quit()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("%d browser check(s) failed" % len(failures))
        sys.exit(1)
    print("browser test passed; screenshots in", args.shots)


if __name__ == "__main__":
    main()
