"""A real phone browser: headless Chromium (Debian's ``chromium`` and ``chromium-driver``,
driven by selenium) opens the voting page, votes and takes a vote back, and the count
appears on the card in the window.

Skips, saying why, only when Chromium or its driver is not installed (CI installs them:
``.ci/run``). Nothing is downloaded: selenium is given the system's binaries.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from journeymapper.app import windows
from journeymapper.app.voting_dialog import RoundChoice

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = [
    pytest.mark.skipif(not (CHROMIUM.exists() or shutil.which("chromium")),
                       reason="no Chromium: install Debian's 'chromium' and 'chromium-driver' "
                              "to run the phone-browser test"),
    pytest.mark.skipif(not (CHROMEDRIVER.exists() or shutil.which("chromedriver")),
                       reason="no chromedriver: install Debian's 'chromium-driver' to run the "
                              "phone-browser test"),
    pytest.mark.usefixtures("no_windows_left"),
]

PHONE = (412, 915)  # a common Android phone's CSS pixels


@pytest.fixture
def browser(tmp_path, monkeypatch):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # selenium never fetches a driver or browser
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}",
                 f"--window-size={PHONE[0]},{PHONE[1]}", "--lang=nb-NO"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "nb-NO,nb,en"})
    driver_path = str(CHROMEDRIVER if CHROMEDRIVER.exists() else shutil.which("chromedriver"))
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_a_phone_opens_the_page_votes_and_the_dot_appears_on_the_card(browser, qtbot,
                                                                     tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    room = window.voting
    try:
        assert room.open_round(RoundChoice("Hva haster mest?", False, 2, False, "127.0.0.1"))
        items = room.tally.items
        browser.get(room.server.url)
        wait = WebDriverWait(browser, 20)
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "#items li button.vote")))
        # the page speaks the phone's language and lists the steps by name
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nb"
        assert browser.find_element(By.TAG_NAME, "h1").text == "Prikkavstemning"
        rows = browser.find_elements(By.CSS_SELECTOR, "#items li")
        assert [r.find_element(By.CLASS_NAME, "name").text for r in rows] == \
            [i.label for i in items]
        wait.until(lambda d: "2 av 2" in d.find_element(By.ID, "left").text)
        # big enough to tap, and the page fits the phone's width
        vote = rows[0].find_element(By.CSS_SELECTOR, "button.vote")
        assert vote.size["height"] >= 48 and vote.size["width"] >= 48
        assert browser.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth")

        vote.click()
        wait.until(lambda d: "1 av 2" in d.find_element(By.ID, "left").text)
        qtbot.waitUntil(lambda: room.marks.mark(items[0].id).votes == 1, timeout=10_000)
        assert not vote.is_enabled(), "one vote per step in this round"

        second = rows[1].find_element(By.CSS_SELECTOR, "button.vote")
        second.click()
        wait.until(lambda d: "0 av 2" in d.find_element(By.ID, "left").text)
        third = rows[2].find_element(By.CSS_SELECTOR, "button.vote")
        assert not third.is_enabled(), "every vote is used"
        qtbot.waitUntil(lambda: room.marks.mark(items[1].id).votes == 1, timeout=10_000)
        assert room.overlay.tally.text() == "2 votes from 1 person"
        browser.save_screenshot(str(tmp_path / "phone.png"))

        # taken back on the phone: gone from the card
        rows[0].find_element(By.CSS_SELECTOR, "button.back").click()
        wait.until(lambda d: "1 av 2" in d.find_element(By.ID, "left").text)
        qtbot.waitUntil(lambda: room.marks.mark(items[0].id).votes == 0, timeout=10_000)

        # the round closes: the map has the result; the page is no longer served, and the
        # phone says the round may have closed
        result = room.close_round()
        assert result.votes_for(items[1].id) == 1 and result.voters == 1
        wait.until(lambda d: "svarer ikke" in d.find_element(By.ID, "message").text)
    finally:
        if room.is_open:
            room.close_round()
        window.session.undo_stack.setClean()
