// The guide fits the reader: their own address in every step, the tab for their system, and a
// QR code that hands the guide to their phone. overrides/hooks/reader.py marks the page and gives
// the words and rules as data. The address stays in this browser (localStorage); nothing here
// sends anything anywhere. Runs before Material starts, so a tab it picks is the initial one.
// A table wider than the screen scrolls sideways; where it holds nothing the keyboard can reach, the
// scrolling region itself takes the focus, so it scrolls without a mouse (WCAG 2.1.1; Russian words
// make some tables overflow at 360 px). Material wraps the tables when document$ emits.
window.document$?.subscribe(() => {
  const reachable = () => {
    for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap")) {
      const focusable = wrap.querySelector("a[href], button, input, select, textarea, [tabindex]");
      if (wrap.scrollWidth > wrap.clientWidth && !focusable) wrap.tabIndex = 0;
    }
  };
  reachable();
  addEventListener("resize", reachable);
});

(() => {
  "use strict";
  const bar = document.querySelector("form.mr-reader");
  if (!bar) return;
  const data = JSON.parse(bar.dataset.reader);
  const words = data.words;
  const KEY = "mailru-reader-address";
  const format = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

  // The rule of snippets/mailru/profiles.py checked_address, refusal for refusal
  // (tests/test_browser_reader.py compares the two on many inputs).
  const SPACE = /^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u; // Python's str.isspace()
  const HIDDEN = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Z}]$/u; // not str.isprintable(): controls, bidi marks, separators
  const LOCAL = new RegExp(`^(?:${data.local})$`); // profiles.LOCAL_PART, the part before @
  const DOMAIN = new RegExp(`^(?:${data.domain})$`, "u"); // profiles.DOMAIN_PART, the part after @

  // profiles.shown: what the reader typed, as a refusal quotes it; invisible and bidirectional
  // characters written as escapes, so a crafted link cannot reorder or hide the words around it.
  function shown(chars) {
    const hex = (code, width) => code.toString(16).padStart(width, "0");
    return chars.slice(0, data.shown).map((ch) => {
      if (ch === " " || ch === "\u00a0" || ch === "\u202f" || !HIDDEN.test(ch)) return ch;
      if (SPACE.test(ch)) return " ";
      const code = ch.codePointAt(0);
      return code < 0x100 ? `\\x${hex(code, 2)}` : code < 0x10000 ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
    }).join("");
  }

  function checked(raw) {
    const chars = [...String(raw ?? "")];
    let start = 0;
    let end = chars.length;
    while (start < end && SPACE.test(chars[start])) start++;
    while (end > start && SPACE.test(chars[end - 1])) end--;
    const address = chars.slice(start, end).join("");
    const refuse = (code) => ({ ok: false, code, given: shown(chars.slice(start, end)), expected: data.domains.join(", ") });
    if (start === end) return refuse("address-empty");
    const at = address.indexOf("@");
    const local = at < 0 ? address : address.slice(0, at);
    const domain = at < 0 ? "" : address.slice(at + 1);
    if (end - start > data.max || !LOCAL.test(local) || at < 0 || !DOMAIN.test(domain)) return refuse("address-invalid");
    if (data.unsupported.includes(domain.toLowerCase())) return refuse("address-unsupported");
    if (!data.domains.includes(domain.toLowerCase())) return refuse("address-not-mailru");
    return { ok: true, address: `${local}@${domain.toLowerCase()}` };
  }

  const stored = () => {
    try {
      const result = checked(localStorage.getItem(KEY) || "");
      return result.ok ? result.address : null;
    } catch {
      return null; // storage blocked: the guides keep the example
    }
  };
  const keep = (address) => {
    try {
      if (address) localStorage.setItem(KEY, address);
      else localStorage.removeItem(KEY);
    } catch {}
  };

  // --- The reader's system, from the browser's user agent (CONTRIBUTING.md, "The reader's own tab").
  function device() {
    const ua = navigator.userAgent;
    let match = /\b(?:iPhone|iPad|iPod)\b.*? OS (\d+)_/.exec(ua);
    if (match) return { system: "ios", version: Number(match[1]) };
    if (/\bMacintosh\b/.test(ua) && navigator.maxTouchPoints > 1) return { system: "ios", version: null }; // iPadOS asking for the desktop site
    if (/\bAndroid\b/.test(ua)) return { system: "android" };
    match = /\bMac OS X (\d+)[._](\d+)/.exec(ua);
    if (match) return { system: "macos", version: [Number(match[1]), Number(match[2])] };
    if (/\bWindows\b/.test(ua)) return { system: "windows" };
    if (/\b(?:Linux|X11)\b/.test(ua) && !/\bCrOS\b/.test(ua)) return { system: "linux" };
    return { system: null };
  }
  // The tab tokens that fit the reader, best first; a tab set takes the first one it has.
  function wanted({ system, version }) {
    if (system === "ios") return [version === null || version >= 18 ? "ios-18" : "ios-older"];
    if (system === "android") return ["android-gmail"];
    // browsers freeze macOS at 10_15_7, so only an older one shows itself
    if (system === "macos") return [version[0] === 10 && version[1] < 15 ? "macos-older" : "macos-current", "computer-macos"];
    // Windows: classic and new Outlook cannot be told apart from a browser, so only the computer's tabs
    if (system === "windows") return ["computer-windows"];
    if (system === "linux") return ["computer-linux"];
    return [];
  }
  const reader = device();
  const phone = reader.system === "ios" || reader.system === "android";

  function pickTabs() {
    const want = wanted(reader);
    if (!want.length) return;
    const chosen = typeof __md_get === "function" ? __md_get("__tabs") || [] : []; // Material keeps the reader's choices here
    for (const heading of document.querySelectorAll("[data-mr-tabs]")) {
      let set = heading.nextElementSibling;
      while (set && !set.matches(".tabbed-set, h1, h2, h3, h4, h5, h6")) set = set.nextElementSibling;
      if (!set || !set.matches(".tabbed-set")) continue;
      const inputs = [...set.querySelectorAll(":scope > input")];
      const labels = [...set.querySelectorAll(":scope > .tabbed-labels > label")].map((l) => l.textContent.trim());
      const tokens = heading.dataset.mrTabs.split(/\s+/);
      const index = tokens.indexOf(want.find((token) => tokens.includes(token)));
      const linked = location.hash.length > 1 && inputs.some((input) => input.id === location.hash.slice(1));
      if (index < 0 || index >= inputs.length || linked || labels.some((label) => chosen.includes(label))) continue;
      inputs[index].checked = true;
      const note = document.createElement("p");
      note.className = "mr-tabs-note";
      note.textContent = words["tabs.note"];
      set.before(note);
      set.addEventListener("change", () => note.remove(), { once: true });
    }
  }

  // --- The address field, the marked places, the phone profiles and the QR codes.
  const input = bar.elements.address;
  const forget = bar.querySelector(".mr-reader__forget");
  const status = bar.querySelector(".mr-reader__status");
  const profileForms = [...document.querySelectorAll('form.mr-check[data-check="profile"]')];
  let current = stored(); // the reader's address, kept in this browser
  let visiting = null; // an address from a hand-off link: shown on this page only, until the reader presses Use
  const shownAddress = () => visiting || current;

  function say(text, wrong = false) {
    status.textContent = text;
    status.classList.toggle("mr-wrong", wrong);
    if (wrong) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
  // A refusal quotes what was typed inside <bdi>: isolated from the site's own words around it.
  function refuse(result) {
    say("", true);
    data.refusals[result.code].split("{given}").forEach((part, i) => {
      if (i) {
        const given = document.createElement("bdi");
        given.textContent = result.given;
        status.append(given);
      }
      status.append(format(part, { expected: result.expected }));
    });
  }

  // The QR codes: in a profile form, for the form's address; elsewhere (the phone profiles), for the
  // reader's. Each opens the language's home page with the address in the fragment (never a query),
  // and the home page sends a phone on to its own guide. None on a phone or tablet.
  let library = null;
  const seen = new Set();
  const qrBoxes = [...document.querySelectorAll(".mr-qr")];
  const holder = (box) => box.closest("form.mr-check") || box.parentElement;
  function clearQr(box) {
    const canvas = box.querySelector("canvas");
    canvas.getContext("2d")?.clearRect(0, 0, canvas.width, canvas.height);
    canvas.width = canvas.height = 0;
    box.hidden = true;
  }
  function drawQr(box) {
    const form = box.closest("form.mr-check");
    const addressOf = () => checked(form ? form.elements.address.value : shownAddress() || "");
    const hint = form ? null : box.parentElement.querySelector(".mr-qr__hint");
    const result = addressOf();
    if (hint) hint.hidden = phone || result.ok;
    if (phone || !result.ok) return clearQr(box);
    if (!seen.has(holder(box))) return; // drawn once it comes into view
    library ??= import(new URL("assets/javascripts/lean-qr.mjs", new URL(data.root, location.href)).href);
    library.then(({ generate }) => {
      const now = addressOf(); // the reader may have typed on meanwhile
      if (!now.ok) return clearQr(box);
      const url = new URL(data.home, location.href);
      url.hash = "address=" + encodeURIComponent(now.address).replace(/%40/g, "@");
      generate(url.href).toCanvas(box.querySelector("canvas"), { pad: 4 });
      box.hidden = false;
    }).catch(() => clearQr(box)); // e.g. a page opened from a file: the rest works without it
  }
  const watch = "IntersectionObserver" in window
    ? new IntersectionObserver((entries) => entries.filter((e) => e.isIntersecting).forEach((e) => {
      seen.add(e.target);
      qrBoxes.filter((box) => holder(box) === e.target).forEach(drawQr);
    }))
    : null;
  for (const box of qrBoxes) {
    if (watch) watch.observe(holder(box));
    else seen.add(holder(box));
  }
  for (const form of profileForms) {
    form.elements.address.addEventListener("input", () => {
      seen.add(form);
      form.querySelectorAll(".mr-qr").forEach(drawQr);
    });
  }

  // The phone profiles: the reader's domain first and highlighted.
  function markDomain(address) {
    const domain = address ? address.slice(address.indexOf("@") + 1) : null;
    for (const list of document.querySelectorAll(".mr-profiles")) {
      for (const link of list.querySelectorAll("a[data-mr-domain]")) {
        const yours = link.dataset.mrDomain === domain;
        link.classList.toggle("md-button--primary", yours);
        link.parentElement.classList.toggle("mr-yours", yours);
        link.querySelector(".mr-yours__note")?.remove();
        if (yours) {
          const note = document.createElement("span");
          note.className = "mr-yours__note";
          note.textContent = ` (${list.dataset.mrYours})`;
          link.append(note);
        }
      }
    }
  }

  // "Forget" leaves nothing of the address on the page: the files made for it (their blob: addresses
  // revoked) and the QR codes' pixels go too.
  function clearMade() {
    for (const form of profileForms) {
      const out = form.querySelector(".mr-check__result");
      out.querySelectorAll('a[href^="blob:"]').forEach((link) => URL.revokeObjectURL(link.href));
      out.replaceChildren();
    }
    qrBoxes.forEach(clearQr);
  }

  function show(previous) {
    const address = shownAddress();
    for (const place of document.querySelectorAll("[data-mr-address]")) place.textContent = address || data.example;
    for (const eg of document.querySelectorAll("[data-mr-eg]")) eg.hidden = Boolean(address);
    for (const form of profileForms) {
      const field = form.elements.address;
      if (!field.value || field.value === previous) field.value = address || "";
    }
    qrBoxes.forEach(drawQr);
    markDomain(address);
    forget.hidden = !current;
  }
  function use(address) {
    const previous = shownAddress();
    current = address;
    visiting = null;
    keep(address);
    input.value = address || "";
    if (!address) clearMade();
    show(previous);
  }

  bar.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = checked(input.value);
    if (!result.ok) return refuse(result);
    use(result.address);
    say(words["reader.set"]);
  });
  forget.addEventListener("click", () => {
    use(null);
    say(words["reader.forgotten"]);
    input.focus();
  });
  window.addEventListener("storage", (event) => {
    if (event.key !== KEY && event.key !== null) return;
    const previous = shownAddress();
    current = stored();
    if (!current) {
      visiting = null;
      clearMade(); // forgotten in another tab: forgotten here too
    }
    input.value = shownAddress() || "";
    show(previous);
  });

  // A hand-off link (the QR code): <home>#address=… sends a phone on to its own guide; a guide shows
  // the address on this page and offers to keep it. The address leaves the URL and the history.
  function fromFragment() {
    if (!location.hash.startsWith("#address=")) return;
    if (data.is_home && phone) {
      location.replace(new URL(data.guides[reader.system], location.href).href + location.hash);
      return;
    }
    const given = new URLSearchParams(location.hash.slice(1)).get("address") || "";
    const target = document.getElementById("profile") || (data.is_home ? document.getElementById("pick-program") : null);
    history.replaceState(history.state, "", location.pathname + location.search + (target ? `#${target.id}` : ""));
    const result = checked(given);
    if (!result.ok) return refuse(result);
    const previous = shownAddress();
    if (result.address !== current) {
      visiting = result.address;
      input.value = result.address;
      say(words["reader.offer"]);
    }
    show(previous);
    if (target) requestAnimationFrame(() => target.scrollIntoView());
  }

  input.value = current || "";
  say(words[current ? "reader.set" : "reader.hint"]);
  show(null);
  pickTabs();
  fromFragment();
  window.addEventListener("hashchange", fromFragment); // a link into a page already open in this tab
  bar.hidden = bar.hasAttribute("data-unused");
})();
