// unspin web page: sends the text to this machine's unspin server and shows the results.
// No framework, no build step, no network access beyond the server that served this page.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("form");
  const textBox = $("text");
  const urlBox = $("url");
  const checkButton = $("check");
  const statusLine = $("status");
  const marked = $("marked");
  let checkedText = null; // the text the findings on screen belong to
  let lastLedgerText = "";

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // unspin counts offsets in code points; JavaScript strings count UTF-16 units.
  function unitOffsets(text) {
    const units = [0];
    let unit = 0;
    for (const ch of text) {
      unit += ch.length;
      units.push(unit);
    }
    return units;
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = null;
    }
    if (!response.ok) {
      const reason = data && data.error ? `${data.error.source}: ${data.error.reason}` : `HTTP ${response.status}`;
      const error = new Error(reason);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function explain(error) {
    if (error.status === 501) return "Not available in this version of unspin.";
    if (error.status === 413) return "The text is too long for the server's limit.";
    if (error.status === 503) return "The server took too long; try a shorter text.";
    return `Could not get this: ${error.message}`;
  }

  // ---- findings -------------------------------------------------------------

  function suggestionButtons(finding, units) {
    const row = el("div", { class: "suggestions" });
    for (const suggestion of finding.suggestions || []) {
      row.append(
        el("button", {
          type: "button",
          class: "apply",
          "data-suggestion": suggestion,
          "aria-label": `Replace “${finding.text}” with “${suggestion}”`,
          onclick: () => applySuggestion(finding, suggestion, units),
        }, `Use: ${suggestion}`)
      );
    }
    return finding.suggestions && finding.suggestions.length ? row : null;
  }

  function card(finding, index, units) {
    return el(
      "span",
      { class: "card", role: "group", "aria-label": `Finding ${index + 1}` },
      el("p", { class: "rule" },
        el("span", { class: `badge sev-${finding.severity}`, text: finding.severity }),
        finding.rule,
        finding.quoted ? el("span", { class: "quoted", text: " (in a quotation)" }) : null),
      el("p", { id: `why-${index}`, text: finding.message }),
      suggestionButtons(finding, units)
    );
  }

  function renderMarked(text, findings, units) {
    marked.replaceChildren();
    let at = 0; // code points
    const cut = (from, to) => text.slice(units[from], units[to]);
    const ordered = findings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end);
    for (const { finding, index } of ordered) {
      if (finding.start < at) continue; // overlapping: listed in the panel only
      marked.append(cut(at, finding.start));
      const mark = el(
        "mark",
        {
          class: `finding sev-${finding.severity}`,
          tabindex: "0",
          id: `finding-${index}`,
          "data-rule": finding.rule,
          "aria-describedby": `why-${index}`,
          onkeydown: (event) => {
            if (event.key === "Escape") {
              mark.classList.add("card-closed");
              mark.focus();
            }
          },
          onfocus: () => { mark.classList.remove("card-closed"); placeCard(mark); },
          onmouseenter: () => { mark.classList.remove("card-closed"); placeCard(mark); },
        },
        cut(finding.start, finding.end),
        card(finding, index, units)
      );
      marked.append(mark);
      at = finding.end;
    }
    marked.append(cut(at, units.length - 1));
  }

  function placeCard(mark) {
    const box = mark.querySelector(".card");
    if (!box) return;
    box.style.left = "0px";
    requestAnimationFrame(() => {
      const rect = box.getBoundingClientRect();
      const overflow = rect.right - (document.documentElement.clientWidth - 8);
      if (overflow > 0) box.style.left = `${-Math.min(overflow, rect.left - 8)}px`;
    });
  }

  function renderFindingList(findings, documentFindings, units) {
    const list = $("findings");
    list.replaceChildren();
    $("count").textContent = `(${findings.length})`;
    findings.forEach((finding, index) => {
      list.append(
        el("li", {},
          el("span", { class: `badge sev-${finding.severity}`, text: finding.severity }),
          el("strong", { text: finding.rule }),
          " ",
          el("span", { class: "span-text", text: `“${finding.text}”` }),
          finding.quoted ? el("span", { class: "quoted", text: " (in a quotation)" }) : null,
          el("div", { text: finding.message }),
          el("div", { class: "row" },
            el("button", {
              type: "button",
              onclick: () => { const m = $(`finding-${index}`); if (m) m.focus(); },
            }, "Show in text"),
            ...(finding.suggestions || []).map((suggestion) =>
              el("button", {
                type: "button",
                class: "apply",
                "data-suggestion": suggestion,
                onclick: () => applySuggestion(finding, suggestion, units),
              }, `Use: ${suggestion}`)))
        )
      );
    });
    const docList = $("document-findings");
    docList.replaceChildren(
      ...documentFindings.map((f) =>
        el("li", {},
          el("span", { class: `badge sev-${f.severity}`, text: f.severity }),
          el("strong", { text: f.rule }), " ", f.message))
    );
    const none = findings.length === 0 && documentFindings.length === 0;
    $("findings-note").textContent = none ? "No findings: nothing in this text is flagged." : "";
  }

  function applySuggestion(finding, suggestion, units) {
    if (textBox.value !== checkedText) {
      statusLine.textContent = "The text changed since the check; click Check again first.";
      return;
    }
    const from = units[finding.start];
    const to = units[finding.end];
    textBox.value = checkedText.slice(0, from) + suggestion + checkedText.slice(to);
    textBox.focus();
    textBox.setSelectionRange(from, from + suggestion.length);
    statusLine.textContent = `Replaced with “${suggestion}”. Checking again…`;
    run({ ledger: !urlBox.value.trim() });
  }

  // ---- ledger ---------------------------------------------------------------

  const LEDGER_ROWS = [
    ["operation", "Operation"],
    ["agencies", "Agencies"],
    ["places", "Places"],
    ["date", "Date"],
    ["claimed_rescued", "Claimed rescued"],
    ["arrested", "Arrested"],
    ["charged", "Charged"],
    ["immigration_actions", "Immigration actions"],
    ["seized", "Seized"],
    ["convictions", "Convictions"],
    ["outcome_reported", "Outcome for the “rescued” reported"],
  ];

  function describe(value) {
    // -> [shown text, evidence text or ""]
    if (value === null || value === undefined) return ["not stated", ""];
    if (Array.isArray(value)) {
      if (value.length === 0) return ["not stated", ""];
      return [value.map((item) => (item && typeof item === "object" ? item.text : String(item))).join("; "), ""];
    }
    if (typeof value === "object" && "value" in value) {
      const evidence = (value.evidence || []).map((e) => `“${e.text}”`).join(" · ");
      if (value.value === null || value.value === undefined) return ["not stated", evidence];
      if (value.value === true) return ["yes", evidence];
      if (value.value === false) return ["no", evidence];
      return [String(value.value), evidence];
    }
    if (typeof value === "object") return [JSON.stringify(value), ""];
    return [String(value), ""];
  }

  function ledgerRows(ledger) {
    const rows = [];
    for (const [key, label] of LEDGER_ROWS) {
      if (!(key in ledger)) continue;
      const value = ledger[key];
      const byKind = value && typeof value === "object" && !Array.isArray(value) && !("value" in value);
      if (byKind) {
        const stated = Object.entries(value).filter(([, v]) => v && v.value !== null && v.value !== undefined);
        if (stated.length === 0) rows.push([label, "not stated", ""]);
        for (const [kind, v] of stated) rows.push([`${label}: ${kind}`, ...describe(v)]);
      } else {
        rows.push([label, ...describe(value)]);
      }
    }
    return rows;
  }

  function renderLedger(ledger) {
    const rows = ledgerRows(ledger);
    const table = el("table", { class: "ledger" },
      el("caption", { class: "empty", text: "“not stated” means the text does not say." }),
      el("tbody", {}, ...rows.map(([label, shown, evidence]) =>
        el("tr", {},
          el("th", { scope: "row", text: label }),
          el("td", { class: shown === "not stated" ? "none" : "" },
            shown,
            evidence ? el("span", { class: "evidence", text: evidence }) : null)))));
    $("ledger").replaceChildren(table);
    $("summary").textContent = ledger.summary || "";
    $("summary-box").hidden = !ledger.summary;
    lastLedgerText = [ledger.summary || "", "", ...rows.map(([l, s]) => `${l}: ${s}`)].join("\n");
  }

  async function copySummary() {
    const status = $("copy-status");
    try {
      await navigator.clipboard.writeText(lastLedgerText);
      status.textContent = "Copied.";
    } catch (e) {
      const scratch = el("textarea", { "aria-hidden": "true" });
      scratch.value = lastLedgerText;
      document.body.append(scratch);
      scratch.select();
      const ok = document.execCommand("copy");
      scratch.remove();
      status.textContent = ok ? "Copied." : "Copy failed: select the summary and copy it by hand.";
    }
  }

  // ---- harms ----------------------------------------------------------------

  function renderHarms(result) {
    const harms = result.harms || [];
    $("harms").replaceChildren(...harms.map((harm) =>
      el("li", {},
        el("strong", { text: harm.harm }),
        harm.family ? el("span", { class: "quoted", text: ` (${harm.family})` }) : null,
        harm.actor ? el("div", { text: `Who: ${harm.actor.text} (${harm.actor.type})` }) : null,
        harm.sentence ? el("div", { text: harm.sentence }) : null,
        harm.evidence && harm.evidence.text
          ? el("div", { class: "quoted", text: `From the text: “${harm.evidence.text}”` }) : null)));
    $("harms-note").textContent = harms.length ? "" : "No harm is described in this text.";
  }

  // ---- running a check ------------------------------------------------------

  function note(id, message) {
    const target = $(id);
    target.textContent = message;
    target.classList.add("error-text");
  }

  async function run(options) {
    const withLedger = !options || options.ledger !== false;
    const text = textBox.value;
    const url = urlBox.value.trim();
    if (!text.trim() && !url) {
      statusLine.textContent = "Paste a text or type an address first.";
      textBox.focus();
      return;
    }
    checkButton.disabled = true;
    statusLine.textContent = "Checking on this machine…";
    const jobs = [];
    if (text.trim()) {
      jobs.push(post("/api/check", { text }).then((result) => {
        const units = unitOffsets(text);
        checkedText = text;
        $("findings-note").classList.remove("error-text");
        renderMarked(text, result.findings, units);
        renderFindingList(result.findings, result.document_findings || [], units);
      }).catch((error) => note("findings-note", explain(error))));
      jobs.push(post("/api/name", { text }).then(renderHarms)
        .catch((error) => note("harms-note", explain(error))));
    }
    if (withLedger) {
      const body = url ? { url } : { text };
      jobs.push(post("/api/ledger", body).then(renderLedger).catch((error) => {
        $("ledger").replaceChildren(el("p", { class: "empty error-text", text: explain(error) }));
        $("summary-box").hidden = true;
      }));
    }
    await Promise.all(jobs);
    checkButton.disabled = false;
    const count = document.querySelectorAll("#marked mark.finding").length;
    statusLine.textContent = text.trim() ? `Done: ${count} highlighted in the text.` : "Done.";
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  textBox.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  $("copy").addEventListener("click", copySummary);
})();
