#!/usr/bin/env python3
"""The recruiter's web page, driven in headless Chromium against a running `scout serve --local`.

Run by scripts/browser-test (which starts the server): every scenario of issue 11, in order, in one browser. The page
is driven only through its stable data-testid hooks. A failure prints the scenario, what was expected and what the
page showed, then exits 1. SCOUT_SCREENSHOTS=DIR saves desktop.png and phone.png there.
"""

import argparse
import csv
import glob
import io
import os
import sys
import time
import traceback
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

WAIT = 90  # seconds for a search or a load-more on two busy cores


class ScenarioFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise ScenarioFailed(message)


class Page:
    def __init__(self, driver, base):
        self.driver = driver
        self.base = base

    def all(self, testid, within=None):
        return (within or self.driver).find_elements(By.CSS_SELECTOR, f'[data-testid="{testid}"]')

    def one(self, testid, within=None):
        found = [e for e in self.all(testid, within) if e.is_displayed()]
        check(found, f'no visible [data-testid="{testid}"]')
        return found[0]

    def wait(self, condition, what, timeout=WAIT):
        """Polls `condition` until it is true; an exception while polling (an element not there yet, or replaced
        while the page re-renders) counts as false."""
        def poll(_):
            try:
                return condition()
            except Exception:
                return False
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.2).until(poll)
        except Exception as error:
            raise ScenarioFailed(f"timed out after {timeout}s waiting for {what}; {self.status()}") from error

    def status(self):
        errors = [e.text for e in self.all("error-message") if e.is_displayed()]
        status = self.driver.execute_script("return document.getElementById('status')?.textContent ?? ''")
        return f"page status: {status!r}; errors shown: {errors!r}; url: {self.driver.current_url}"

    def cards(self):
        return [e for e in self.all("candidate-card") if e.is_displayed()]

    def card_ids(self):
        return self.attributes("candidate-card", "data-employee-id")

    def attributes(self, testid, name):
        """One attribute of every element with the test id, read in one step (no stale elements)."""
        return self.driver.execute_script(
            "return [...document.querySelectorAll(`[data-testid='${arguments[0]}']`)].map(e => e.getAttribute(arguments[1]))",
            testid, name)

    def set_jd(self, text):
        box = self.one("jd-input")
        self.driver.execute_script(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", box, text)

    def search(self, jd, hide_seen=False):
        self.driver.find_element(By.ID, "new-search").click()
        self.set_jd(jd)
        toggle = self.one("hide-seen-toggle")
        if toggle.is_selected() != hide_seen:
            toggle.click()
        started = time.monotonic()
        self.one("search-button").click()
        self.wait(lambda: "Search complete" in self.status() or self.shown_error(), "the search to complete")
        check(not self.shown_error(), f"the search failed: {self.status()}")
        return time.monotonic() - started

    def shown_error(self):
        return any(e.is_displayed() and e.text for e in self.all("error-message"))

    def session_id(self):
        path = urlsplit(self.driver.current_url).path
        check("/sessions/" in path, f"the address is not a session's deep link: {self.driver.current_url}")
        return path.rsplit("/", 1)[-1]


def make_driver(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("SCOUT_CHROMIUM", "/usr/bin/chromium")
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1440,1000",
                 "--disable-extensions", "--no-first-run", "--disable-background-networking"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads, "download.prompt_for_download": False,
    })
    service = Service(executable_path=os.environ.get("SCOUT_CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.set_page_load_timeout(30)
    return driver


def latest_csv(downloads, before):
    def done():
        files = [f for f in glob.glob(os.path.join(downloads, "*.csv")) if f not in before]
        return files[0] if files else None
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        found = done()
        if found:
            time.sleep(0.2)
            with open(found, newline="", encoding="utf-8") as handle:
                return list(csv.DictReader(io.StringIO(handle.read())))
        time.sleep(0.2)
    raise ScenarioFailed(f"no CSV was downloaded into {downloads}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True, help="the sign-in URL `scout serve --local` printed")
    parser.add_argument("--jd", required=True)
    parser.add_argument("--downloads", required=True)
    args = parser.parse_args()
    os.makedirs(args.downloads, exist_ok=True)
    screenshots = os.environ.get("SCOUT_SCREENSHOTS")
    base = args.url.split("#", 1)[0]
    example = open(args.jd, encoding="utf-8").read()
    driver = make_driver(args.downloads)
    page = Page(driver, base)
    results = []
    facts = {}

    def scenario(name):
        def run(body):
            started = time.monotonic()
            try:
                body()
            except Exception as error:
                print(f"FAIL  {name}: {error}", file=sys.stderr)
                if not isinstance(error, ScenarioFailed):
                    traceback.print_exc()
                path = os.path.join(os.environ.get("SCOUT_BROWSER_ARTIFACTS", "/tmp"), "scout-browser-failure.png")
                try:
                    driver.save_screenshot(path)
                    print(f"      screenshot of the failure: {path}", file=sys.stderr)
                except Exception:
                    pass
                try:
                    for entry in driver.get_log("browser"):
                        print(f"      console: {entry.get('message')}", file=sys.stderr)
                except Exception:
                    pass
                print(f"      page text: {driver.find_element(By.TAG_NAME, 'body').text[:1500]!r}", file=sys.stderr)
                raise SystemExit(1)
            results.append(name)
            print(f"ok    {name} ({time.monotonic() - started:.1f}s)")
        return run

    try:
        @scenario("a wrong key shows a clear error")
        def _():
            driver.get(base)
            page.one("api-key-input").send_keys("not-the-key")
            page.one("api-key-submit").click()
            page.wait(lambda: page.shown_error(), "the sign-in error", timeout=15)
            text = page.one("error-message").text
            check("not accepted" in text and "401" in text, f"unclear sign-in error: {text!r}")
            check(not driver.find_element(By.ID, "app").is_displayed(), "the app is shown after a wrong key")

        @scenario("sign in from the printed link (key from the fragment, kept in sessionStorage)")
        def _():
            driver.get(args.url)
            page.wait(lambda: driver.find_element(By.ID, "app").is_displayed(), "the signed-in page", timeout=15)
            check("#" not in driver.current_url, f"the key stayed in the address bar: {driver.current_url}")
            stored = driver.execute_script("return sessionStorage.getItem('scout.apiKey')")
            check(stored and stored == args.url.split("#key=", 1)[1], "the key is not in sessionStorage")
            check(page.all("session-list"), "no sessions list")

        @scenario("search the example JD: companies and 20 cards stream in")
        def _():
            elapsed = page.search(example)
            check(len(page.all("discovered-company")) >= 3,
                  f"only {len(page.all('discovered-company'))} discovered companies shown")
            check(len(page.cards()) >= 20, f"{len(page.cards())} cards after the search")
            first = page.cards()[0]
            check(page.one("candidate-name", first).text.strip(), "a card without a name")
            check(page.one("candidate-score", first).text.strip() not in ("", "–"), "a card without a score")
            check(page.one("candidate-recommendation", first).text.strip(), "a card without a recommendation")
            progress = page.one("progress-summary").text
            check(" of ~" in progress and "batches left" in progress, f"progress summary: {progress!r}")
            credits = page.one("credits-summary").text
            check("Credits used" in credits and "cache hit ratio" in credits, f"credits summary: {credits!r}")
            timings = driver.execute_script("return window.scoutTimings")
            facts["search_seconds"] = round(elapsed, 1)
            facts["first_card_ms"] = round(timings.get("firstCard", -1))
            facts["twenty_cards_ms"] = round(timings.get("twentyCards", -1))
            facts["session"] = page.session_id()

        @scenario("open a candidate's detail panel")
        def _():
            card = page.cards()[0]
            name = page.one("candidate-name", card).text
            page.one("candidate-name", card).click()
            page.wait(lambda: page.one("candidate-detail").is_displayed() and name in page.one("candidate-detail").text,
                      "the detail panel", timeout=15)
            text = page.one("candidate-detail").text
            for part in ["Experience", "Education", "Skills", "Strengths", "Concerns", "Open profile"]:
                check(part.lower() in text.lower(), f"the detail panel lacks {part!r}")
            check("experience[" in text, "the detail panel shows no cited profile facts")
            if screenshots:
                os.makedirs(screenshots, exist_ok=True)
                driver.set_window_size(1440, 1150)
                driver.execute_script("window.scrollTo(0, 0)")
                time.sleep(0.3)
                driver.save_screenshot(os.path.join(screenshots, "desktop.png"))
                driver.set_window_size(1440, 1000)

        @scenario("star two candidates")
        def _():
            driver.find_element(By.ID, "detail-close").click()
            for card in page.cards()[:2]:
                star = page.one("shortlist-toggle", card)
                star.click()
                page.wait(lambda: star.get_attribute("aria-pressed") == "true", "a star to turn on", timeout=15)
            facts["starred"] = [c.get_attribute("data-employee-id") for c in page.cards()[:2]]

        @scenario("Load more 20: at least 40 cards, no employee twice")
        def _():
            page.one("load-more-20").click()
            page.wait(lambda: len(page.cards()) >= 40, "40 cards")
            page.wait(lambda: "in all" in page.status(), "the load-more to finish")
            ids = page.card_ids()
            check(len(ids) >= 40, f"{len(ids)} cards after Load more 20")
            check(len(ids) == len(set(ids)), f"an employee appears twice: {sorted(i for i in ids if ids.count(i) > 1)}")
            facts["first_session_ids"] = set(ids)

        @scenario("reload, then resume the session from the list and from its deep link")
        def _():
            driver.refresh()
            page.wait(lambda: driver.find_element(By.ID, "app").is_displayed(), "the page after a reload", timeout=15)
            page.wait(lambda: len(page.cards()) >= 40, "the deep-linked session's cards after the reload", timeout=30)
            driver.get(base)
            page.wait(lambda: page.all("session-item"), "the sessions list", timeout=15)
            page.wait(lambda: facts["session"] in page.attributes("session-item", "data-session-id"),
                      f"session {facts['session']} in the list", timeout=15)
            item = [i for i in page.all("session-item") if i.get_attribute("data-session-id") == facts["session"]]
            check(item, f"session {facts['session']} is not in the list")
            item[0].find_element(By.CSS_SELECTOR, ".session-open").click()
            page.wait(lambda: len(page.cards()) >= 40, "the resumed session's cards", timeout=30)
            check(page.session_id() == facts["session"], "resuming did not put the session's deep link in the address")
            driver.get(base + "sessions/" + facts["session"])
            page.wait(lambda: len(page.cards()) >= 40, "the deep link's cards", timeout=30)
            pressed = [c.get_attribute("data-employee-id") for c in page.cards()
                       if page.one("shortlist-toggle", c).get_attribute("aria-pressed") == "true"]
            check(sorted(pressed) == sorted(facts["starred"]), f"stars after reload: {pressed} != {facts['starred']}")

        @scenario("shortlist filter and CSV export (shortlist, then all)")
        def _():
            page.one("shortlist-filter").click()
            page.wait(lambda: len(page.cards()) == 2, "only the two starred cards")
            before = set(glob.glob(os.path.join(args.downloads, "*.csv")))
            page.one("export-csv").click()
            rows = latest_csv(args.downloads, before)
            check(len(rows) == 2, f"the shortlist CSV has {len(rows)} rows")
            for column in ["profile_url", "current_title", "location", "overall", "recommendation", "strengths",
                           "concerns"]:
                check(column in rows[0], f"the CSV lacks the column {column!r}")
            check(sorted(r["employee_id"] for r in rows) == sorted(facts["starred"]), "the CSV rows are not the shortlist")
            check(all(r["profile_url"].startswith("http") for r in rows), "a shortlist row without a profile URL")
            page.one("shortlist-filter").click()
            page.wait(lambda: len(page.cards()) >= 40, "every card again")
            before = set(glob.glob(os.path.join(args.downloads, "*.csv")))
            page.one("export-csv").click()
            rows = latest_csv(args.downloads, before)
            check(len(rows) >= 40, f"the full CSV has {len(rows)} rows")

        @scenario("hide-seen: a second session finds no one from the first")
        def _():
            page.search(example, hide_seen=True)
            ids = set(page.card_ids())
            check(ids, "the hide-seen session found no one")
            overlap = ids & facts["first_session_ids"]
            check(not overlap, f"people of the first session came back: {sorted(overlap)}")
            facts["second_session"] = page.session_id()

        @scenario("clear a session")
        def _():
            second = facts["second_session"]
            page.wait(lambda: second in page.attributes("session-item", "data-session-id"),
                      "the second session in the list", timeout=15)
            item = [i for i in page.all("session-item") if i.get_attribute("data-session-id") == second][0]
            page.one("session-clear", item).click()
            page.wait(lambda: second not in page.attributes("session-item", "data-session-id"),
                      "the cleared session to leave the list", timeout=15)
            check(facts["session"] in page.attributes("session-item", "data-session-id"),
                  "clearing one session removed another")

        @scenario("a JD whose title holds <img src=x onerror=…> changes nothing on the page")
        def _():
            hostile = example.replace(
                "Speech Recognition\n",
                'Speech Recognition <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>\n', 1)
            check(hostile != example, "the example JD's title changed; update this scenario")
            page.search(hostile)
            images = driver.execute_script("return document.images.length")
            check(images == 0, f"{images} <img> elements on the page")
            check(driver.execute_script("return window.__xss === undefined"), "injected script ran")
            check(driver.execute_script("return document.querySelectorAll('img, main script').length") == 0,
                  "an element from the JD was created on the page")
            check(len(page.cards()) >= 1, "the hostile JD's search showed no candidates")

        @scenario("phone width: cards in one column, load more reachable")
        def _():
            driver.get(base + "sessions/" + facts["session"])
            driver.set_window_size(390, 844)
            page.wait(lambda: len(page.cards()) >= 40, "the cards at phone width", timeout=30)
            cards = page.cards()
            check(cards[0].rect["width"] <= 390 and cards[0].rect["x"] == cards[1].rect["x"],
                  "the cards are not in one column at phone width")
            width = driver.execute_script("return document.documentElement.scrollWidth")
            check(width <= 400, f"the page scrolls sideways at phone width ({width}px)")
            if screenshots:
                driver.execute_script("window.scrollTo(0, document.getElementById('results').offsetTop - 8)")
                driver.save_screenshot(os.path.join(screenshots, "phone.png"))
            driver.set_window_size(1440, 1000)
    finally:
        driver.quit()

    print(f"{len(results)} browser scenarios passed; first card after {facts.get('first_card_ms')} ms, "
          f"20 cards after {facts.get('twenty_cards_ms')} ms (search complete after {facts.get('search_seconds')} s)")


if __name__ == "__main__":
    main()
