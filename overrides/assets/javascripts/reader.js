// The guide fits the reader: their own address in every step, the tab for their system, and a
// QR code that hands the profile to the phone. overrides/hooks/reader.py marks the page and
// gives the words and rules as data. The address stays in this browser (localStorage); nothing
// here sends anything anywhere. Runs before Material starts, so a tab it picks is the initial one.
(() => {
  "use strict";
  const bar = document.querySelector("form.mr-reader");
  if (!bar) return;
  const data = JSON.parse(bar.dataset.reader);
  const words = data.words;
  const KEY = "mailru-reader-address";
  const format = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

  // The rule of snippets/mailru/profiles.py checked_address, message for message
  // (tests/test_browser_reader.py compares the two on many inputs).
  const SPACE = /^[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u; // Python's str.isspace()
  const LOCAL = new RegExp(`^(?:${data.local})$`); // profiles.LOCAL_PART, the part before @
  function checked(raw) {
    const chars = [...String(raw ?? "")];
    let start = 0;
    let end = chars.length;
    while (start < end && SPACE.test(chars[start])) start++;
    while (end > start && SPACE.test(chars[end - 1])) end--;
    const address = chars.slice(start, end).join("");
    const refuse = (code) => ({
      ok: false,
      message: format(words[code], { given: chars.slice(start, Math.min(end, start + 80)).join(""), expected: data.domains.join(", ") }),
    });
    if (start === end) return refuse("address-empty");
    const at = address.indexOf("@");
    const local = at < 0 ? address : address.slice(0, at);
    const domain = (at < 0 ? "" : address.slice(at + 1)).toLowerCase();
    if (end - start > data.max || !LOCAL.test(local) || at < 0) return refuse("address-invalid");
    if (data.unsupported.includes(domain)) return refuse("address-unsupported");
    if (!data.domains.includes(domain)) return refuse("address-not-mailru");
    return { ok: true, address: `${local}@${domain}` };
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
    return { system: null };
  }
  function tabFor({ system, version }) {
    if (system === "ios") return version === null || version >= 18 ? "ios-18" : "ios-older";
    if (system === "android") return "android-gmail";
    // browsers freeze macOS at 10_15_7, so only an older one shows itself
    if (system === "macos") return version[0] === 10 && version[1] < 15 ? "macos-older" : "macos-current";
    return null; // Windows: classic and new Outlook cannot be told apart from a browser
  }
  const reader = device();
  const phone = reader.system === "ios" || reader.system === "android";

  function pickTabs() {
    const want = tabFor(reader);
    if (!want) return;
    const chosen = typeof __md_get === "function" ? __md_get("__tabs") || [] : []; // Material keeps the reader's choices here
    for (const heading of document.querySelectorAll("[data-mr-tabs]")) {
      let set = heading.nextElementSibling;
      while (set && !set.matches(".tabbed-set, h1, h2, h3, h4, h5, h6")) set = set.nextElementSibling;
      if (!set || !set.matches(".tabbed-set")) continue;
      const inputs = [...set.querySelectorAll(":scope > input")];
      const labels = [...set.querySelectorAll(":scope > .tabbed-labels > label")].map((l) => l.textContent.trim());
      const index = heading.dataset.mrTabs.split(/\s+/).indexOf(want);
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

  // --- The QR code beside the profile form: the iPhone guide with the address in the fragment.
  let library = null;
  const profileForms = [...document.querySelectorAll('form.mr-check[data-check="profile"]')];
  const seen = new Set();
  function drawQr(form) {
    const box = form.querySelector(".mr-qr");
    if (!box || !seen.has(form)) return;
    if (phone || !checked(form.elements.address.value).ok) {
      box.hidden = true;
      return;
    }
    library ??= import(new URL("assets/javascripts/lean-qr.mjs", new URL(form.dataset.root, location.href)).href);
    library.then(({ generate }) => {
      const result = checked(form.elements.address.value); // the reader may have typed on meanwhile
      box.hidden = !result.ok;
      if (!result.ok) return;
      const url = new URL(box.dataset.qrPage, location.href);
      url.hash = "address=" + encodeURIComponent(result.address).replace(/%40/g, "@");
      generate(url.href).toCanvas(box.querySelector("canvas"), { pad: 4 });
    }).catch(() => {
      box.hidden = true; // e.g. a page opened from a file: the form still works without it
    });
  }
  const watch = "IntersectionObserver" in window
    ? new IntersectionObserver((entries) => entries.filter((e) => e.isIntersecting).forEach((e) => { seen.add(e.target); drawQr(e.target); }))
    : null;
  for (const form of profileForms) {
    if (watch) watch.observe(form);
    else seen.add(form);
    form.elements.address.addEventListener("input", () => { seen.add(form); drawQr(form); });
  }

  // --- The address field and every marked place.
  const input = bar.elements.address;
  const forget = bar.querySelector(".mr-reader__forget");
  const status = bar.querySelector(".mr-reader__status");
  let current = stored();

  function say(text, wrong = false) {
    status.textContent = text;
    status.classList.toggle("mr-wrong", wrong);
    if (wrong) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
  function show(previous) {
    for (const place of document.querySelectorAll("[data-mr-address]")) place.textContent = current || data.example;
    for (const form of profileForms) {
      const field = form.elements.address;
      if (!field.value || field.value === previous) field.value = current || "";
      drawQr(form);
    }
    forget.hidden = !current;
  }
  function use(address) {
    const previous = current;
    current = address;
    keep(address);
    input.value = address || "";
    show(previous);
  }

  bar.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = checked(input.value);
    if (!result.ok) return say(result.message, true);
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
    const previous = current;
    current = stored();
    input.value = current || "";
    show(previous);
  });

  // A link from the QR code: /clients/ios/#address=… fills the profile form; the field offers to keep it.
  function fromFragment() {
    if (!location.hash.startsWith("#address=")) return;
    const given = new URLSearchParams(location.hash.slice(1)).get("address") || "";
    history.replaceState(history.state, "", location.pathname + location.search + "#profile"); // the address leaves the URL and the history
    const result = checked(given);
    if (!result.ok) return say(result.message, true);
    for (const form of profileForms) {
      form.elements.address.value = result.address;
      drawQr(form);
    }
    if (result.address !== current) {
      input.value = result.address;
      say(words["reader.offer"]);
    }
    if (profileForms.length) requestAnimationFrame(() => profileForms[0].scrollIntoView({ block: "center" }));
  }

  input.value = current || "";
  say(words[current ? "reader.set" : "reader.hint"]);
  show(null);
  pickTabs();
  fromFragment();
  bar.hidden = false;
})();
