"""The guide fits the reader, in Debian's Chromium: their address in every marked place and
nowhere else, across pages, until they forget it (and with it the files made for it and the QR
codes, in every tab); the same refusals as the Python checks, quoting what was typed harmlessly;
the tab for their system; a QR code that opens the reader's own phone's guide, where an iPhone
gets the static profile for its domain; a visible link to the other language; no request carries
the address."""

from __future__ import annotations

import json
import random
import re
import subprocess
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urlsplit

import pytest
from conftest import ROOT
from mailru import service
from mailru.checks import profile_file
from mailru.messages import message
from mailru.profiles import NotMailruAddress, checked_address, domain_mobileconfig, mobileconfig
from support.site_pages import LANGUAGE_PREFIX, PAGES, page_file

pytestmark = pytest.mark.browser

EXAMPLE = service.EXAMPLE_ADDRESS
ADDRESS = "petr.svoboda@inbox.ru"
KEEPS_EXAMPLE = {"errors/"}  # front matter reader_address: false (the example is contrasted with wrong user names)
GUIDES_WITH_EXAMPLE = set(PAGES) - {"registration/", "errors/", "about/"}
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

UA = {
    "iphone-17": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "iphone-18": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1",
    "ipad-as-mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
    "android": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "mac-mojave": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.2 Safari/605.1.15",
    "windows": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "linux": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
}
IPAD_TOUCH = "Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => 5 })"  # what an iPad reports


class TextCount(HTMLParser):
    """How often a string occurs in a page's text (not in tags, attributes or scripts)."""

    def __init__(self, needle: str):
        super().__init__(convert_charrefs=True)
        self.needle, self.count, self.skip = needle, 0, 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.skip:
            self.count += data.count(self.needle)


def text_count(html: str, needle: str) -> int:
    parser = TextCount(needle)
    parser.feed(html)
    return parser.count


def carriers(address: str) -> set[str]:
    return {address, quote(address), quote(address, safe=""), address.replace("@", "%40")}


@pytest.fixture
def recorded(browser, site_url):
    """A browser context whose every request (page and workers), URL and body, is recorded."""
    contexts = []

    def make(**options):
        init = options.pop("init_script", None)
        context = browser.new_context(**options)
        if init:
            context.add_init_script(init)
        context.log = {"requests": [], "errors": []}
        context.on("request", lambda r: context.log["requests"].append((r.url, r.post_data or "")))
        context.on("weberror", lambda e: context.log["errors"].append(str(e.error)))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        outside = [u for u, _ in context.log["requests"] if not u.startswith(site_url) and not u.startswith(("blob:", "data:"))]
        assert not outside, outside
        assert not context.log["errors"], context.log["errors"]
        context.close()


def assert_never_sent(context, address):
    for url, body in context.log["requests"]:
        for form in carriers(address):
            assert form not in url and form not in unquote(url) and form not in body, f"{address} sent in {url}"


def set_address(page, address):
    bar = page.locator("form.mr-reader")
    bar.locator("input[name=address]").fill(address)
    bar.locator("button[type=submit]").click()


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_the_address_is_in_every_marked_place_on_every_page_until_forgotten(recorded, site_url, built_site, lang):
    context = recorded()
    page = context.new_page()
    prefix = f"{site_url}{LANGUAGE_PREFIX[lang]}"
    page.goto(prefix, wait_until="networkidle")
    set_address(page, ADDRESS)
    assert page.evaluate("Object.values(localStorage)").count(ADDRESS) == 1

    marked_pages = set()
    for path in PAGES:  # a new page load each time: the address survives navigation
        page.goto(prefix + path, wait_until="networkidle")
        html = page_file(built_site, lang, path).read_text()
        places = page.locator("[data-mr-address]")
        expected = 0 if path in KEEPS_EXAMPLE else text_count(html, EXAMPLE)
        assert places.count() == expected, f"/{LANGUAGE_PREFIX[lang]}{path}: every example address is marked"
        assert places.all_text_contents() == [ADDRESS] * expected
        article = page.locator("article").text_content()
        assert article.count(ADDRESS) == expected, f"/{LANGUAGE_PREFIX[lang]}{path}: the address only where it is marked"
        visible = page.locator("body").inner_text()
        if path in KEEPS_EXAMPLE:
            assert EXAMPLE in visible
        else:
            assert EXAMPLE not in visible, f"/{LANGUAGE_PREFIX[lang]}{path} still shows the example"
        for field in page.locator('form[data-check="profile"] input[name=address]').all():
            assert field.input_value() == ADDRESS
        assert page.locator("form.mr-reader input").input_value() == ADDRESS
        used = expected > 0 or page.locator('form[data-check="profile"], .mr-profiles').count() > 0
        assert page.locator("form.mr-reader").is_visible() == used, f"/{LANGUAGE_PREFIX[lang]}{path}: the field only where it is used"
        assert page.locator(".mr-reader__forget").is_visible() == used
        alone = re.sub(rf"{re.escape(ADDRESS)}\s+(nebo|or|или)\s", "", " ".join(visible.split()))  # "e.g. X or Y" keeps its "e.g."
        assert not any(f"{eg} {ADDRESS}" in alone for eg in ("např.", "například", "e.g.", "for example", "например")), \
            f"/{LANGUAGE_PREFIX[lang]}{path}: no 'for example' before the reader's own address"
        if expected:
            marked_pages.add(path)
    assert marked_pages == GUIDES_WITH_EXAMPLE

    page.goto(prefix + "checks/", wait_until="networkidle")
    commands = page.locator("pre code").filter(has_text="mailru-check.pyz " + ADDRESS)
    assert commands.count() >= 1, "the checker command in the code block carries the address"

    page.locator(".mr-reader__forget").click()
    assert page.locator("[data-mr-address]").all_text_contents() == [EXAMPLE] * text_count(page_file(built_site, lang, "checks/").read_text(), EXAMPLE)
    assert page.locator('form[data-check="profile"] input[name=address]').input_value() == ""
    assert page.locator(".mr-reader__forget").is_hidden()
    assert ADDRESS not in json.dumps(page.evaluate("({...localStorage})"))
    page.goto(prefix + "clients/outlook/", wait_until="networkidle")
    visible = page.locator("body").inner_text().replace("\u00a0", " ")
    assert ADDRESS not in visible and EXAMPLE in visible
    assert any(f"{eg} {EXAMPLE}" in visible for eg in ("například", "for example", "например")), "the example has its 'for example' back"
    assert_never_sent(context, ADDRESS)


def differential_inputs() -> list[str]:
    """Addresses a reader may type: valid, other domains, VK, spaces, quotes and brackets, too long, odd Unicode."""
    cases = [
        "", " ", "\t\n", EXAMPLE, "  Jana.Novakova@MAIL.RU  ", "jana@Mail.Ru", "petr@INBOX.RU", "a@list.ru", "b@bk.ru",
        "c@internet.ru", "jana@vk.com", "jana@VK.Com", "jana@gmail.com", "jana@mail.ru.", "jana@mail.r", "jana",
        "@mail.ru", "jana@", "jana@@mail.ru", "jana@mail.ru@mail.ru", "ja na@mail.ru", "jana@mail.ru\u00a0",
        "\u3000jana@mail.ru", "\x1cjana@mail.ru\x1f", "\x85jana@bk.ru", "jana\u200b@mail.ru", "jana@mail.ru\ufeff",
        "\u180ejana@mail.ru", "<script>@mail.ru", 'a"b@mail.ru', "a>b@mail.ru", "a<b@list.ru", "ján.nováková@mail.ru",
        "Жанна@mail.ru", "jana@b\u212a.ru", "jana@\u0130nbox.ru", "jana@mail.ru\n", "\tjana@list.ru", "jana@mail.ru\x00",
        "jana\U0001F600@bk.ru", "\U0001F600@mail.ru", "\ud800@mail.ru", "\ue000@mail.ru", "jana@mail.ru\x7f",
        "a" * 246 + "@mail.ru", "a" * 247 + "@mail.ru", "a" * 300 + "@mail.ru", "x@" + "y" * 300, "{given}@gmail.com",
        "é" * 80 + "@gmail.com", "🙂" * 100 + "@mail.ru", "\u202eyrtnuoc@gmail.com", "a\u2066b\u2069@mail.ru",
        "jana@mail.ru,", "jana@mail ru", "jana@(mail).ru", "\u00adjana@mail.ru", "jana@mail.ru\u200e",
    ]
    rng = random.Random(14)
    pieces = ["jana", "Petr", "x.y", "a_b", "c-d", "e+f", "1", "é", "Ж", "😀", " ", "\u00a0", "\u2003", "\u200b", "\t",
              "<", ">", '"', "\x7f", "\u212a", "@", ".", "İ"]
    domains = list(service.DOMAINS) + ["vk.com", "gmail.com", "MAIL.RU", "Bk.Ru", "mail.ru.", ""]
    for _ in range(300):
        local = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        at = rng.choice(["@", "@", "@", "", "@@"])
        padding = rng.choice(["", "", " ", "\u3000", "\n"])
        cases.append(padding + local + at + rng.choice(domains) + rng.choice(["", "", " ", "\u00a0", "x"]))
    for _ in range(60):  # plausible addresses, most of them valid (the part before @ is a dot-atom)
        local = ".".join(rng.choice(["jana", "Petr", "a_b", "c-d", "e+f", "1", "x'y", ""]) for _ in range(rng.randint(1, 3)))
        cases.append(local + "@" + rng.choice(domains))
    return cases


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_the_field_refuses_exactly_what_the_python_checks_refuse(recorded, site_url, lang):
    """Differential: reader.js against profiles.checked_address and the profile check's message."""
    page = recorded().new_page()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/ios/", wait_until="networkidle")
    inputs = differential_inputs()
    answers = page.evaluate(
        """(inputs) => JSON.parse(inputs).map((value) => {
            localStorage.clear();
            const bar = document.querySelector("form.mr-reader");
            bar.elements.address.value = value;
            bar.requestSubmit();
            const status = bar.querySelector(".mr-reader__status");
            return { stored: localStorage.getItem("mailru-reader-address"), refused: status.classList.contains("mr-wrong"), text: status.textContent };
        })""",
        json.dumps(inputs),
    )
    mismatches = []
    for value, answer in zip(inputs, answers):
        try:
            expected = {"stored": checked_address(value), "refused": False}
        except NotMailruAddress as refused:
            # the profile check's words, but another provider's address is refused as one the guides are not for
            key = "reader.address-not-mailru" if refused.code == "address-not-mailru" else refused.code
            text = message(lang, key, given=refused.shown, expected=", ".join(service.DOMAINS))
            if refused.code != "address-not-mailru":
                assert text == profile_file(lang, value, "mobileconfig")["message"]
            expected = {"stored": None, "refused": True, "text": text}
        got = {key: answer[key] for key in expected}
        if got != expected:
            mismatches.append(f"{value!r}: browser {got}, Python {expected}")
    assert not mismatches, "\n".join(mismatches[:20])
    refused = sum(a["refused"] for a in answers)
    assert 50 < refused < len(inputs) - 30, "the inputs cover both valid and refused addresses"


def test_a_planted_difference_in_the_rule_is_caught(browser, site_url):
    """The comparison above can fail: a page whose domain list lacks one domain disagrees with Python."""
    page = browser.new_page()

    def plant(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace("&quot;internet.ru&quot;", "&quot;internet.example&quot;"))

    page.route("**/clients/ios/", plant)
    page.goto(f"{site_url}clients/ios/", wait_until="networkidle")
    set_address(page, "petr@internet.ru")
    status = page.locator(".mr-reader__status")
    assert "mr-wrong" in status.get_attribute("class")
    assert status.text_content() != profile_file("cs", "petr@internet.ru", "mobileconfig").get("message")
    page.close()


def test_without_javascript_the_example_stays(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "clients/thunderbird/")
    assert page.locator("form.mr-reader").is_hidden()
    assert EXAMPLE in page.locator("article").inner_text()
    context.close()


# (tab set's page, its tokens in order) for each reader; None: the page's default, no note.
TABS = [
    ("iphone-17", "clients/ios/", 1),
    ("iphone-18", "clients/ios/", 0),
    ("ipad-as-mac", "clients/ios/", 0),
    ("ipad-as-mac", "clients/apple-mail/", None),
    ("android", "clients/android/", 0),
    ("android", "clients/ios/", None),
    ("mac", "clients/apple-mail/", 0),
    ("mac", "clients/ios/", None),
    ("mac-mojave", "clients/apple-mail/", 1),
    ("windows", "clients/outlook/", None),
    ("windows", "clients/android/", None),
    # the checker's tabs on /checks/: Windows, macOS, Linux; a phone keeps the default
    ("windows", "checks/", 0),
    ("mac", "checks/", 1),
    ("mac-mojave", "checks/", 1),
    ("linux", "checks/", 2),
    ("iphone-18", "checks/", None),
    ("android", "checks/", None),
]


def tab_state(page):
    """(index of the checked tab, whether the note is shown) of the page's system tab set."""
    return page.evaluate("""() => {
        const heading = document.querySelector("[data-mr-tabs]");
        let set = heading.nextElementSibling;
        while (!set.matches(".tabbed-set")) set = set.nextElementSibling;
        const inputs = [...set.querySelectorAll(":scope > input")];
        const shown = [...set.querySelectorAll(":scope > .tabbed-content > .tabbed-block")].map((b) => b.offsetHeight > 0);
        return { checked: inputs.findIndex((i) => i.checked), shown: shown.indexOf(true), note: !!document.querySelector(".mr-tabs-note") };
    }""")


# every case in Czech and English; in Russian a phone, a computer on /checks/ and a tab left alone
@pytest.mark.parametrize("lang, reader, path, tab", [(lang, *case) for lang in ("cs", "en") for case in TABS]
                         + [("ru", "iphone-17", "clients/ios/", 1), ("ru", "linux", "checks/", 2), ("ru", "android", "clients/ios/", None)])
def test_the_tab_for_the_readers_system_is_picked(recorded, site_url, lang, reader, path, tab):
    context = recorded(user_agent=UA[reader], init_script=IPAD_TOUCH if reader == "ipad-as-mac" else None)
    page = context.new_page()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}{path}", wait_until="networkidle")
    state = tab_state(page)
    assert state == {"checked": 0 if tab is None else tab, "shown": 0 if tab is None else tab, "note": tab is not None}
    if tab is not None:
        note = page.locator(".mr-tabs-note")
        assert note.inner_text() in ("Kartu jsme vybrali podle vašeho zařízení. Není to váš systém? Přepněte na jinou.",
                                     "We picked this tab for your device. Not your system? Pick another tab.",
                                     "Мы выбрали эту вкладку по\u00a0вашему устройству. Это не\u00a0ваша система? Выберите другую вкладку.")


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_the_readers_own_choice_of_tab_is_kept(recorded, site_url, lang):
    context = recorded(user_agent=UA["iphone-17"])
    page = context.new_page()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/ios/", wait_until="networkidle")
    assert tab_state(page)["checked"] == 1
    page.locator("[data-mr-tabs] ~ .tabbed-set .tabbed-labels > label").first.click()
    assert tab_state(page) == {"checked": 0, "shown": 0, "note": False}
    page.reload(wait_until="networkidle")
    assert tab_state(page) == {"checked": 0, "shown": 0, "note": False}, "Material kept the reader's choice over the guess"


def decode_qr(locator, tmp_path) -> str:
    shot = tmp_path / "qr.png"
    locator.screenshot(path=str(shot))
    result = subprocess.run(["zbarimg", "--quiet", "--raw", str(shot)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("lang, path", [(lang, path) for lang in ("cs", "en") for path in ("checks/", "clients/apple-mail/", "clients/thunderbird/")]
                         + [("ru", "checks/")])
def test_every_profile_form_has_a_qr_code_for_the_phone(recorded, site_url, tmp_path, lang, path):
    context = recorded(user_agent=UA["windows"], device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}{path}", wait_until="networkidle")
    form = page.locator('form[data-check="profile"]')
    qr = form.locator(".mr-qr")
    assert qr.is_hidden(), "no QR code without an address"
    form.scroll_into_view_if_needed()
    form.locator("input[name=address]").fill("Pavla@BK.ru")
    qr.locator("canvas").wait_for()
    url = decode_qr(qr.locator("canvas"), tmp_path)
    parts = urlsplit(url)
    assert url == f"{site_url}{LANGUAGE_PREFIX[lang]}#address=Pavla@bk.ru", "the language's home page hands the phone on"
    assert not parts.query and "password" not in url.lower()
    assert qr.locator("canvas").get_attribute("role") == "img" and qr.locator("canvas").get_attribute("aria-label")
    form.locator("input[name=address]").fill("pavla@gmail.com")
    qr.wait_for(state="hidden")
    assert_never_sent(context, "Pavla@bk.ru")


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_the_iphone_guide_shows_a_qr_code_for_the_readers_address(recorded, site_url, tmp_path, lang):
    page = recorded(user_agent=UA["windows"], device_scale_factor=2).new_page()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/ios/", wait_until="networkidle")
    profiles = page.locator(".mr-profiles")
    profiles.scroll_into_view_if_needed()
    assert profiles.locator(".mr-qr").is_hidden() and profiles.locator(".mr-qr__hint").is_visible(), "without an address, a hint"
    set_address(page, ADDRESS)
    # the code is drawn once its box is in view (reader.js); typing the address may have scrolled it away
    profiles.scroll_into_view_if_needed()
    profiles.locator(".mr-qr canvas").wait_for()
    assert profiles.locator(".mr-qr__hint").is_hidden()
    assert decode_qr(profiles.locator(".mr-qr canvas"), tmp_path) == f"{site_url}{LANGUAGE_PREFIX[lang]}#address={ADDRESS}"


def served_content_type(page, href) -> tuple[str, bytes]:
    response = page.request.get(href)
    assert response.ok
    return response.headers["content-type"], response.body()


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_the_qr_code_opens_the_iphone_guide_on_an_iphone_with_its_domains_profile(recorded, site_url, tmp_path, lang):
    computer = recorded(user_agent=UA["mac"], device_scale_factor=2).new_page()
    computer.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}checks/", wait_until="networkidle")
    set_address(computer, ADDRESS)
    form = computer.locator('form[data-check="profile"]')
    form.scroll_into_view_if_needed()
    assert form.locator("input[name=address]").input_value() == ADDRESS
    url = decode_qr(form.locator(".mr-qr canvas"), tmp_path)
    assert url == f"{site_url}{LANGUAGE_PREFIX[lang]}#address={ADDRESS}"

    phone_context = recorded(user_agent=UA["iphone-18"], viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    phone = phone_context.new_page()
    phone.goto(url)
    phone.wait_for_url(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/ios/#profile")
    phone.wait_for_load_state("networkidle")
    assert set(phone.locator("[data-mr-address]").all_text_contents()) == {ADDRESS}, "the guide shows the address at once"
    assert phone.locator("form.mr-reader input").input_value() == ADDRESS, "the field offers to keep it"
    assert phone.evaluate("localStorage.getItem('mailru-reader-address')") is None, "kept only when the reader agrees"
    assert phone.locator(".mr-qr").is_hidden() and phone.locator(".mr-qr__hint").is_hidden(), "no QR code on the phone itself"
    yours = phone.locator(".mr-profiles li.mr-yours a")
    assert yours.count() == 1 and yours.get_attribute("data-mr-domain") == "inbox.ru"
    assert "md-button--primary" in yours.get_attribute("class")
    assert phone.evaluate("() => { const a = document.querySelector('.mr-profiles li.mr-yours'); const r = a.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"), \
        "the reader's profile is on screen where the page opens"
    content_type, body = served_content_type(phone, yours.evaluate("a => a.href"))
    assert content_type == "application/x-apple-aspen-config", "served as a profile Safari installs"
    assert body == domain_mobileconfig("inbox.ru", lang)
    with phone.expect_download() as download:
        yours.click()
    assert download.value.suggested_filename == "inbox.ru.mobileconfig"
    assert open(download.value.path(), "rb").read() == domain_mobileconfig("inbox.ru", lang), "the phone gets the static profile"
    phone.locator("form.mr-reader button[type=submit]").click()
    assert phone.evaluate("localStorage.getItem('mailru-reader-address')") == ADDRESS
    phone.go_back()
    assert phone.url == "about:blank", "no history entry holds the address: the link was replaced"
    for context in (computer.context, phone_context):
        assert_never_sent(context, ADDRESS)


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_the_qr_code_opens_the_android_guide_on_an_android_phone(recorded, site_url, lang):
    phone_context = recorded(user_agent=UA["android"], viewport={"width": 412, "height": 839}, is_mobile=True, has_touch=True)
    phone = phone_context.new_page()
    phone.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}#address={ADDRESS}")
    phone.wait_for_url(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/android/")
    phone.wait_for_load_state("networkidle")
    assert not urlsplit(phone.url).fragment, "the address left the URL"
    assert set(phone.locator("[data-mr-address]").all_text_contents()) == {ADDRESS}
    bar = phone.locator("form.mr-reader")
    assert bar.is_visible() and bar.locator("input").input_value() == ADDRESS
    assert bar.evaluate("b => b.getBoundingClientRect().bottom <= innerHeight"), "the offer is on the first screen"
    assert phone.evaluate("localStorage.getItem('mailru-reader-address')") is None
    phone.go_back()
    assert phone.url == "about:blank", "no history entry holds the address"
    assert_never_sent(phone_context, ADDRESS)


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_the_hand_off_link_on_a_computer_offers_the_address_and_the_programs(recorded, site_url, lang):
    page = recorded(user_agent=UA["windows"]).new_page()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}#address={ADDRESS}", wait_until="networkidle")
    page.wait_for_url(f"{site_url}{LANGUAGE_PREFIX[lang]}#pick-program")
    assert page.locator("form.mr-reader input").input_value() == ADDRESS
    assert page.evaluate("localStorage.getItem('mailru-reader-address')") is None


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_a_hand_off_link_into_the_open_page_is_followed(recorded, site_url, lang):
    """L5: the same page opened again with #address=… in the same tab (no new load) takes the address."""
    page = recorded(user_agent=UA["iphone-18"]).new_page()
    prefix = f"{site_url}{LANGUAGE_PREFIX[lang]}"
    page.goto(prefix + "clients/ios/", wait_until="networkidle")
    page.evaluate("() => { window.__same_document = true; }")
    page.goto(prefix + f"clients/ios/#address={ADDRESS}")
    page.wait_for_url(prefix + "clients/ios/#profile")
    assert page.evaluate("window.__same_document === true"), "no new load"
    assert set(page.locator("[data-mr-address]").all_text_contents()) == {ADDRESS}
    assert page.locator("form.mr-reader input").input_value() == ADDRESS
    assert page.locator(".mr-profiles li.mr-yours a").get_attribute("data-mr-domain") == "inbox.ru"


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_forgetting_clears_made_files_and_qr_codes_in_every_tab(recorded, site_url, lang):
    """L4: files made for the address (blob: links) are gone and revoked, QR pixels cleared, in this tab and others."""
    context = recorded(user_agent=UA["mac"])
    tabs = [context.new_page(), context.new_page()]
    for tab in tabs:
        tab.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}checks/", wait_until="networkidle")
    set_address(tabs[0], ADDRESS)
    links = []
    for tab in tabs:
        tab.wait_for_function(f"document.querySelector('form.mr-reader input').value === '{ADDRESS}'")
        form = tab.locator('form[data-check="profile"]')
        form.scroll_into_view_if_needed()
        form.locator(".mr-qr canvas").wait_for()
        with tab.expect_download(timeout=120_000):
            form.locator("button[value=mobileconfig]").click()
        link = form.locator('.mr-check__result a[href^="blob:"]')
        assert ADDRESS.split("@")[0] in link.inner_text()
        links.append(link.get_attribute("href"))
    tabs[0].locator(".mr-reader__forget").click()
    for tab, href in zip(tabs, links):
        tab.wait_for_function("!document.querySelector('form[data-check=\"profile\"] .mr-check__result').textContent")
        assert tab.locator('a[href^="blob:"]').count() == 0
        assert ADDRESS not in tab.locator("body").inner_text()
        assert tab.evaluate("[...document.querySelectorAll('.mr-qr canvas')].every((c) => c.width === 0 && c.closest('.mr-qr').hidden)")
        gone = tab.evaluate("(href) => fetch(href).then(() => false, () => true)", href)
        assert gone, "the file's blob: address was revoked"


def test_a_crafted_link_cannot_reorder_the_status_line(recorded, site_url):
    """L6: an address with a right-to-left override is quoted with the override written as an escape, inside <bdi>."""
    page = recorded().new_page()
    spoof = "\u202e555 009 7+ llaC !dekcolb tnuoccA"
    page.goto(f"{site_url}en/clients/ios/#address=" + quote(spoof), wait_until="networkidle")
    status = page.locator(".mr-reader__status")
    text = status.text_content()
    assert "mr-wrong" in status.get_attribute("class")
    assert "\u202e" not in text and "\\u202e555 009" in text, text
    assert status.locator("bdi").text_content() == "\\u202e555 009 7+ llaC !dekcolb tnuoccA"
    assert text == message("en", "address-invalid", given=status.locator("bdi").text_content()), "the site's own words stay in order"


def test_a_wrong_address_in_the_link_is_refused_as_text(recorded, site_url):
    page = recorded().new_page()
    page.goto(f"{site_url}en/clients/ios/#address=" + quote('<img src=x onerror="window.__xss=1">@gmail.com'), wait_until="networkidle")
    status = page.locator(".mr-reader__status")
    assert "mr-wrong" in status.get_attribute("class") and "<img src=x" in status.text_content()
    assert page.evaluate("window.__xss === undefined")
    assert page.locator("[data-mr-address]").all_text_contents() == [EXAMPLE] * page.locator("[data-mr-address]").count()


@pytest.mark.parametrize("lang, other, name", [("cs", "en", "English"), ("en", "cs", "Čeština"), ("ru", "en", "English"), ("cs", "ru", "Русский")])
def test_the_other_language_is_a_visible_link_on_a_phone(recorded, site_url, lang, other, name):
    page = recorded(user_agent=UA["iphone-18"], viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True).new_page()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/ios/", wait_until="networkidle")
    link = page.locator(f"a.mr-language[hreflang={other}]")
    assert link.is_visible() and link.inner_text() == name and link.get_attribute("lang") == other
    link.click()
    page.wait_for_url(f"{site_url}{LANGUAGE_PREFIX[other]}clients/ios/")


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_the_home_page_on_a_phone_starts_with_the_programs_and_whole_cards_are_links(recorded, site_url, lang):
    page = recorded(user_agent=UA["iphone-18"], viewport={"width": 390, "height": 664}, is_mobile=True, has_touch=True).new_page()
    page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}", wait_until="networkidle")
    top = page.locator("#pick-program").evaluate("h => h.getBoundingClientRect().top")
    assert top < 664 * 1.5, f"'pick your program' starts {top:.0f} px down: within a screen and a half"
    card = page.locator(".grid.cards li").filter(has=page.locator('a[href$="clients/android/"]'))
    card.scroll_into_view_if_needed()
    box = card.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 8, box["y"] + box["height"] - 8)  # the card's far corner, not its title
    page.wait_for_url(f"{site_url}{LANGUAGE_PREFIX[lang]}clients/android/")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_readers_parts_pass_wcag_and_fit_360_px(recorded, site_url, scheme):
    """axe-core on the field, a picked tab's note and the QR code, both schemes, and a 360 px screen."""
    failures = []
    for reader, path, viewport in [("iphone-17", "clients/ios/", {"width": 360, "height": 740}),
                                   ("windows", "checks/", {"width": 1100, "height": 900}),
                                   ("windows", "clients/apple-mail/", {"width": 360, "height": 740})]:
        page = recorded(user_agent=UA[reader], color_scheme=scheme, viewport=viewport).new_page()
        for lang in ("cs", "en", "ru"):
            page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}{path}", wait_until="networkidle")
            set_address(page, "bad@gmail.com")  # the refusal message shown
            set_address(page, ADDRESS)
            form = page.locator('form[data-check="profile"], .mr-profiles').first
            form.scroll_into_view_if_needed()
            if reader == "windows":
                form.locator(".mr-qr canvas").wait_for()
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
            failures += [f"{lang}/{path} {v['id']}: {v['nodes'][0]['target']} {v['nodes'][0]['failureSummary'][:200]}" for v in result["violations"]]
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > viewport["width"]:
                failures.append(f"{lang}/{path}: {width}px wide")
    assert not failures, failures


def test_the_build_marks_text_not_attributes(built_site):
    html = page_file(built_site, "cs", "clients/ios/").read_text()
    assert f'placeholder="{EXAMPLE}"' in html, "the example stays a placeholder"
    assert f'<span data-mr-address>{EXAMPLE}</span>' in html
    assert f'"{EXAMPLE}"' not in html.replace(f'placeholder="{EXAMPLE}"', "")
    assert (built_site / "assets" / "javascripts" / "lean-qr.mjs").stat().st_size < 10_000
    assert "MIT" in (built_site / "assets" / "javascripts" / "lean-qr.LICENSE.txt").read_text()
