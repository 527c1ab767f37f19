"""A phone in the hand, in Debian's Chromium: every page in both languages at 360 and 390 CSS px wide,
with a reader's long address in place, has no horizontal overflow; every server, port and security
value of the settings is on screen without sideways scrolling, never broken inside a host name and
at least as large as the body text; every form field is at least 16 px (iOS zooms into smaller ones);
every tap target is at least 24×24 px or spaced as WCAG 2.2 (2.5.8) allows; axe-core (WCAG 2.2 AA,
its target-size rule included) finds nothing. Each check is shown failing on a planted defect."""

from __future__ import annotations

import pytest
from conftest import ROOT
from support.site_pages import LANGUAGE_PREFIX, PAGES

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1"
LONG_ADDRESS = "svatopluk.novakovsky-dvorak@internet.ru"  # a long real-looking address in every marked place
KEEP_ADDRESS = f"localStorage.setItem('mailru-reader-address', '{LONG_ADDRESS}')"

# Measured in the page; returns {kind: [problem, ...]}. Targets follow WCAG 2.2 SC 2.5.8: at least 24×24,
# or (spacing) a 24 px circle centred on an undersized target touches no other target and no other
# undersized target's circle; a link inside a sentence is exempt (inline). Hidden things are not targets.
PROBLEMS = """() => {
  const W = document.documentElement.clientWidth;
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' "' + (el.textContent || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
  const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY, width: r.width, height: r.height }; };
  const shown = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && r.right > 0 && r.left < W; };
  // a target the finger can reach: not pointer-events:none, and not wholly cut away by an ancestor that
  // clips (overflow hidden or clip) or that has collapsed to nothing (a closed menu); the page itself scrolls
  const reachable = (el) => {
    if (!shown(el) || getComputedStyle(el).pointerEvents === 'none') return false;
    let { left, right, top, bottom } = el.getBoundingClientRect();
    left = Math.max(left, 0); right = Math.min(right, W);
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      if (c.width < 1 || c.height < 1) return false;
      if (s.overflowX === 'hidden' || s.overflowX === 'clip') { left = Math.max(left, c.left); right = Math.min(right, c.right); }
      if (s.overflowY === 'hidden' || s.overflowY === 'clip') { top = Math.max(top, c.top); bottom = Math.min(bottom, c.bottom); }
    }
    return right - left > 0.5 && bottom - top > 0.5;
  };
  const clips = (el) => { for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) { const x = getComputedStyle(a).overflowX; if (x !== 'visible' && a.scrollWidth > a.clientWidth + 1) return a; } return null; };
  const out = { overflow: [], fields: [], targets: [], values: [], broken: [], small: [] };

  const widths = [document.documentElement.scrollWidth, document.body.scrollWidth];
  if (Math.max(...widths) > W) out.overflow.push(`the page is ${Math.max(...widths)} px wide`);
  for (const el of document.querySelectorAll('.md-content *')) {
    if (!shown(el) || el.closest('pre, .md-typeset__scrollwrap, .tabbed-labels')) continue;
    const r = el.getBoundingClientRect();
    if (r.right > W + 1 && !clips(el)) out.overflow.push(`${name(el)} reaches ${Math.round(r.right)} px`);
  }

  for (const field of document.querySelectorAll('input, select, textarea')) {
    if (['hidden', 'checkbox', 'radio'].includes(field.type)) continue;
    const size = parseFloat(getComputedStyle(field).fontSize);
    if (size < 16) out.fields.push(`${name(field)} ${size} px`);
  }

  const body = parseFloat(getComputedStyle(document.querySelector('.md-content .md-typeset')).fontSize);
  for (const value of document.querySelectorAll('.mr-server__value')) {
    const v = value.getBoundingClientRect();
    const card = value.closest('.mr-server').getBoundingClientRect();
    if (v.left < 0 || v.right > W || v.right > card.right + 0.5) out.values.push(`${name(value)} spans ${Math.round(v.left)}–${Math.round(v.right)} px in a ${W} px screen`);
    const scroller = clips(value);
    if (scroller) out.values.push(`${name(value)} sits in ${name(scroller)}, which scrolls or cuts sideways`);
    for (const text of [value.querySelector('code') || value]) {
      const size = parseFloat(getComputedStyle(text).fontSize);
      if (size < body) out.small.push(`${name(text)} ${size} px, body text ${body} px`);
    }
  }
  for (const code of document.querySelectorAll('code.mr-value')) {
    if (shown(code) && code.getClientRects().length > 1) out.broken.push(`${name(code)} is broken over ${code.getClientRects().length} lines`);
  }

  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, label[for], [role=button], [tabindex]:not([tabindex="-1"])';
  const targets = [...document.querySelectorAll(selector)].filter(reachable).filter((el) => !(el.tagName === 'LABEL' && !el.closest('.tabbed-labels, .md-header')));
  const inline = (el) => el.tagName === 'A' && getComputedStyle(el).display === 'inline' && el.parentElement.textContent.trim().length > el.textContent.trim().length;
  const boxes = targets.map(box);
  const small = targets.map((el, i) => !inline(el) && (boxes[i].width < 23.99 || boxes[i].height < 23.99));
  const centre = (b) => [(b.left + b.right) / 2, (b.top + b.bottom) / 2];
  const related = (a, b) => a.contains(b) || b.contains(a);
  targets.forEach((el, i) => {
    if (!small[i]) return;
    const [x, y] = centre(boxes[i]);
    const hit = targets.find((other, j) => {
      if (j === i || related(el, other)) return false;
      const b = boxes[j];
      const dx = Math.max(b.left - x, 0, x - b.right), dy = Math.max(b.top - y, 0, y - b.bottom);
      if (Math.hypot(dx, dy) < 12) return true; // the circle touches the other target
      if (small[j]) { const [u, v] = centre(b); return Math.hypot(u - x, v - y) < 24; } // two circles overlap
      return false;
    });
    if (hit) out.targets.push(`${name(el)} ${Math.round(boxes[i].width)}×${Math.round(boxes[i].height)} px, too close to ${name(hit)}`);
  });
  return out;
}"""


def open_phone(browser, width):
    context = browser.new_context(viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True, user_agent=IPHONE)
    context.add_init_script(KEEP_ADDRESS)
    return context


def problems(page) -> dict[str, list[str]]:
    return page.evaluate(PROBLEMS)


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_every_page_fits_the_phone(browser, site_url, lang, width):
    context = open_phone(browser, width)
    page = context.new_page()
    found, measured = [], 0
    for path in PAGES:
        page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}{path}", wait_until="networkidle")
        assert set(page.locator("[data-mr-address]").all_text_contents()) <= {LONG_ADDRESS}, "the long address is in place"
        for kind, items in problems(page).items():
            found += [f"/{LANGUAGE_PREFIX[lang]}{path} {kind}: {item}" for item in items]
        measured += page.locator(".mr-server__value").count()
    context.close()
    assert measured >= 2 * 3 * 10, "the settings boxes were measured"
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["cs", "en", "ru"])
def test_axe_finds_nothing_on_the_phone(browser, site_url, lang):
    """axe-core with WCAG 2.2 AA (its target-size rule is 2.5.8) at 360 px, on every page."""
    context = open_phone(browser, 360)
    page = context.new_page()
    failures = []
    for path in PAGES:
        page.goto(f"{site_url}{LANGUAGE_PREFIX[lang]}{path}", wait_until="networkidle")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})")
        assert any(rule["id"] == "target-size" for rule in result["passes"] + result["violations"] + result["incomplete"]), "axe checked the targets"
        failures += [f"/{LANGUAGE_PREFIX[lang]}{path} {v['id']}: {v['nodes'][0]['target']} {v['nodes'][0]['failureSummary'][:200]}" for v in result["violations"]]
    context.close()
    assert not failures, "\n".join(failures)


PLANTS = {
    "overflow": ".md-content .md-typeset p:first-of-type { min-width: 420px; }",
    "fields": ".md-typeset .mr-reader input { font-size: 14px !important; }",
    # the profile buttons 10 px tall and stacked with no gap: too small, and too close for the spacing exception
    "targets": ".md-typeset .mr-profiles .md-button { padding: 0 !important; font-size: 8px !important; line-height: 10px !important; border: 0 !important; }"
               ".md-typeset .mr-profiles ul { gap: 0 !important; flex-direction: column; }"
               ".md-typeset .mr-profiles ul > li { margin: 0 !important; line-height: 10px !important; height: 10px; }",
    "values": ".md-typeset ul.mr-servers { overflow-x: auto; } .md-typeset ul.mr-servers > li.mr-server { min-width: 30rem; }",
    "broken": ".md-typeset code.mr-value { white-space: normal !important; word-break: break-all !important; } .md-typeset ul.mr-servers > li.mr-server { width: 7rem; }",
    "small": ".md-typeset .mr-server__value code.mr-value { font-size: 0.68em !important; }",
}


@pytest.mark.parametrize("kind", PLANTS)
def test_a_planted_defect_is_caught(browser, site_url, kind):
    context = open_phone(browser, 360)
    page = context.new_page()
    page.goto(f"{site_url}clients/ios/", wait_until="networkidle")
    assert not any(problems(page).values()), problems(page)
    page.add_style_tag(content=PLANTS[kind])
    found = problems(page)
    context.close()
    assert found[kind], f"the planted {kind} defect was not caught: {found}"
