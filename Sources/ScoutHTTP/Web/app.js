// Scout's recruiter page. Plain JavaScript module, no dependencies. Every piece of data (names, headlines, JD text,
// reasons) is put on the page with textContent or as attribute values, never parsed as HTML.

const KEY_STORAGE = "scout.apiKey";
const $ = (id) => document.getElementById(id);

const state = {
  key: null,
  session: null, // {id, summary, totalBatches, remainingBatches, batchIndex}
  candidates: new Map(), // employee_id -> SessionCandidate
  nodes: new Map(), // employee_id -> <li>
  shortlist: new Set(),
  busy: false,
  selected: null,
  timings: {},
};
window.scoutTimings = state.timings;

// ---------------------------------------------------------------------------------------------------------------
// DOM helpers

/** Creates an element; string children become text nodes, so data is never parsed as HTML. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.firstChild.remove();
}

function show(node, visible) {
  node.hidden = !visible;
}

function announce(text) {
  $("status").textContent = text;
}

function showError(text, where = "app-error") {
  const node = $(where);
  node.textContent = text;
  show(node, Boolean(text));
}

// ---------------------------------------------------------------------------------------------------------------
// API

class APIError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** A readable sentence for an API error: what went wrong and what to do. */
function explain(error) {
  if (!(error instanceof APIError)) {
    return `Scout could not be reached (${error.message}). Check that \`scout serve\` is still running.`;
  }
  switch (error.code) {
    case "unauthorized":
      return "This API key was not accepted (401 unauthorized). Check the key and sign in again.";
    case "forbidden":
      return `This API key may not do that: ${error.message}.`;
    case "session_not_found":
      return "That session does not exist in this workspace, or it was cleared.";
    case "no_companies":
      return `No companies were found for this job description: ${error.message}`;
    case "budget_exceeded":
      return `The credit budget is spent: ${error.message}`;
    default: {
      const field = error.field ? ` (${error.field})` : "";
      return `${error.message}${field} [${error.status} ${error.code}]`;
    }
  }
}

async function api(path, { method = "GET", body, accept = "application/json", headers = {} } = {}) {
  const init = { method, headers: { Accept: accept, Authorization: `Bearer ${state.key}`, ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, init);
  if (!response.ok) {
    let detail = {};
    try {
      detail = (await response.json()).error ?? {};
    } catch {
      // not JSON
    }
    if (response.status === 401) signOut("This API key was not accepted (401 unauthorized). Check it and sign in again.");
    throw new APIError(response.status, detail.code ?? "http_" + response.status, detail.message ?? response.statusText,
      detail.field);
  }
  return response;
}

async function apiJSON(path, options) {
  return (await api(path, options)).json();
}

/** Reads a text/event-stream body, calling onEvent(name, data) for each event. */
async function readEvents(response, onEvent) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      }
      if (data.length) onEvent(name, JSON.parse(data.join("\n")));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Signing in

/** Takes a key from the address's fragment (`#key=…`) into sessionStorage; true when there was one. */
function readKeyFromFragment() {
  const hash = location.hash.startsWith("#") ? location.hash.slice(1) : "";
  const key = new URLSearchParams(hash).get("key");
  if (!key) return false;
  sessionStorage.setItem(KEY_STORAGE, key);
  // Drop the key from the address bar and history; it never goes to the server in a URL.
  history.replaceState(null, "", location.pathname + location.search);
  return true;
}

async function signIn(key) {
  state.key = key;
  try {
    await apiJSON("api/jd/list-sessions?limit=1");
  } catch (error) {
    state.key = null;
    sessionStorage.removeItem(KEY_STORAGE);
    throw error;
  }
  sessionStorage.setItem(KEY_STORAGE, key);
  showError("", "sign-in-error");
  show($("sign-in"), false);
  show($("app"), true);
  show($("sign-out"), true);
  await refreshSessions();
  await route();
}

function signOut(message = "") {
  state.key = null;
  sessionStorage.removeItem(KEY_STORAGE);
  show($("app"), false);
  show($("sign-out"), false);
  show($("sign-in"), true);
  showError(message, "sign-in-error");
  $("api-key").focus();
}

// ---------------------------------------------------------------------------------------------------------------
// Sessions list

async function refreshSessions() {
  const list = $("session-list");
  let page;
  try {
    page = await apiJSON("api/jd/list-sessions?limit=100");
  } catch (error) {
    showError(`The sessions could not be listed: ${explain(error)}`);
    return;
  }
  clear(list);
  for (const s of page.sessions) {
    const when = new Date(s.last_accessed);
    const item = el("li", { class: "session-item", "data-testid": "session-item", "data-session-id": s.session_id },
      el("button", {
        type: "button", class: "session-open", "aria-label": `Open session: ${s.query_summary}`,
        onclick: () => openSession(s.session_id, { push: true }),
      }, el("strong", { text: s.query_summary }),
      el("span", { text: `${s.total_discovered} candidates · ${s.remaining_batches} batches left · ${when.toLocaleString()}` })),
      el("button", {
        type: "button", class: "small", "data-testid": "session-clear", "aria-label": `Clear session: ${s.query_summary}`,
        onclick: () => clearSession(s.session_id, s.query_summary),
      }, "Clear"));
    if (state.session?.id === s.session_id) item.classList.add("current");
    list.append(item);
  }
  show($("sessions-empty"), page.sessions.length === 0);
}

async function clearSession(id, summary) {
  try {
    await apiJSON("api/jd/clear-session", { method: "POST", body: { session_id: id } });
  } catch (error) {
    showError(`The session could not be cleared: ${explain(error)}`);
    return;
  }
  if (state.session?.id === id) newSearch({ push: true });
  announce(`Cleared “${summary}”. (\`scout restore ${id}\` brings it back.)`);
  await refreshSessions();
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering a session

function resetSession() {
  state.session = null;
  state.candidates.clear();
  state.nodes.clear();
  state.shortlist.clear();
  state.selected = null;
  clear($("cards"));
  clear($("companies"));
  clear($("batches"));
  clear($("requirements"));
  $("progress-summary").textContent = "";
  $("credits-summary").textContent = "";
  $("company-count").textContent = "";
  $("session-meta").textContent = "";
  $("shortlist-filter").checked = false;
  updateShortlistCount();
  closeDetail();
}

function newSearch({ push }) {
  resetSession();
  show($("search"), true);
  show($("session"), false);
  show($("results"), false);
  showError("");
  if (push) history.pushState(null, "", document.baseURI);
  markCurrentSession();
  $("jd").focus();
}

function renderRequirements(r) {
  const dl = $("requirements");
  clear(dl);
  const rows = [
    ["Role", r.role_title],
    ["Seniority", (r.seniority_levels ?? []).join(", ")],
    ["Must have", (r.must_have_skills ?? []).join(", ")],
    ["Nice to have", (r.nice_to_have_skills ?? []).join(", ")],
    ["Location", r.location],
    ["Domain", r.target_domain],
    ["Named companies", (r.mentioned_companies ?? []).join(", ")],
  ];
  for (const [name, value] of rows) {
    if (!value) continue;
    dl.append(el("dt", { text: name }), el("dd", { text: value }));
  }
}

const SOURCE_LABELS = {
  mentioned: "named in the JD",
  seed_expansion: "competitor / similar",
  domain_query: "market directory",
  supplied: "seed company",
};

function addCompanyChip(name, source) {
  const list = $("companies");
  if ([...list.children].some((chip) => chip.dataset.name === name)) return;
  list.append(el("li", { class: "chip", "data-testid": "discovered-company", "data-name": name },
    name, el("small", { text: SOURCE_LABELS[source] ?? source })));
  $("company-count").textContent = `(${list.children.length})`;
}

function renderCompanies(companies) {
  clear($("companies"));
  for (const c of companies) addCompanyChip(c.name, c.source);
}

function batchLine(index, text, cls) {
  const list = $("batches");
  let item = list.querySelector(`li[data-index="${Number(index)}"]`);
  if (!item) {
    item = el("li", { "data-index": Number(index) });
    list.append(item);
  }
  item.textContent = text;
  item.className = cls ?? "";
}

const FRESHNESS = { fetched: "fresh", refetched: "fresh", cached: "cached", stale: "stale" };

function score(c) {
  return c.evaluation?.status === "ok" ? c.evaluation.overall : -1;
}

function before(a, b) {
  const sa = score(a), sb = score(b);
  return sa !== sb ? sa > sb : a.ordinal < b.ordinal;
}

function card(c) {
  const p = c.preview;
  const e = c.evaluation;
  const id = c.employee_id;
  const starred = state.shortlist.has(id);
  const role = [p.current_title, p.current_company].filter(Boolean).join(" at ");
  const place = statedPlace(p.location, p.country);
  const freshness = FRESHNESS[c.freshness] ?? c.freshness;
  const strength = e?.strengths?.[0]?.text;
  const concern = e?.concerns?.[0]?.text;
  return el("li", { class: "card", "data-testid": "candidate-card", "data-employee-id": id },
    el("button", {
      type: "button", class: "card-name", "data-testid": "candidate-name", "aria-haspopup": "dialog",
      onclick: () => openDetail(id),
    }, p.name),
    el("button", {
      type: "button", class: "star", "data-testid": "shortlist-toggle", "aria-pressed": String(starred),
      "aria-label": `Shortlist ${p.name}`, title: "Shortlist", onclick: (event) => toggleShortlist(id, event.currentTarget),
    }, starred ? "★" : "☆"),
    role ? el("p", { class: "card-role", text: role }) : null,
    place ? el("p", { class: "card-place", text: place }) : null,
    el("div", { class: "card-score" },
      el("span", { class: "score", "data-testid": "candidate-score", text: e ? e.overall.toFixed(1) : "–" }),
      el("span", { class: `rec ${e?.recommendation ?? ""}`, "data-testid": "candidate-recommendation",
        text: e ? e.recommendation.replace("_", " ") : "not evaluated" }),
      freshness ? el("span", { class: `badge ${freshness}`, title: "Profile freshness", text: freshness }) : null),
    strength ? el("p", { class: "reason" }, el("b", { text: "+ " }), strength) : null,
    concern ? el("p", { class: "reason" }, el("b", { text: "− " }), concern) : null);
}

/** "Madrid, Spain": the location, with the country only when the location does not already name it. */
function statedPlace(location, country) {
  if (!location) return country ?? "";
  if (!country || location.toLowerCase().includes(country.toLowerCase())) return location;
  return `${location}, ${country}`;
}

/** Adds (or updates) a candidate's card in ranked position, leaving the other cards (and focus) in place. */
function addCandidate(c) {
  if (c.status !== "evaluated") return;
  const id = c.employee_id;
  state.candidates.set(id, c);
  const old = state.nodes.get(id);
  const node = card(c);
  if (old) old.remove();
  state.nodes.set(id, node);
  const list = $("cards");
  let next = null;
  for (const child of list.children) {
    const other = state.candidates.get(Number(child.dataset.employeeId));
    if (other && before(c, other)) {
      next = child;
      break;
    }
  }
  list.insertBefore(node, next);
  applyFilter(node);
  if (!state.timings.firstCard && state.timings.searchStarted) {
    state.timings.firstCard = performance.now() - state.timings.searchStarted;
  }
  if (!state.timings.twentyCards && state.timings.searchStarted && state.candidates.size >= 20) {
    state.timings.twentyCards = performance.now() - state.timings.searchStarted;
  }
}

function renderSummary(report) {
  const n = report.total_discovered ?? state.candidates.size;
  const total = report.total_batches ?? 0;
  const left = report.remaining_batches ?? 0;
  const done = Math.max(total - left, 1);
  const estimate = left === 0 ? n : Math.round(n + (n / done) * left);
  state.session = { ...state.session, totalBatches: total, remainingBatches: left };
  $("progress-summary").textContent =
    `${n} of ~${estimate} candidates · ${left} ${left === 1 ? "batch" : "batches"} left`;
  const credits = report.credits ?? { used: 0, saved: 0 };
  const cache = report.cache_stats ?? { hits: 0, misses: 0 };
  const lookups = cache.hits + cache.misses;
  const ratio = lookups ? Math.round((cache.hits / lookups) * 100) : 0;
  $("credits-summary").textContent =
    `Credits used ${credits.used} · saved ${credits.saved} · cache hit ratio ${ratio}% (${cache.hits} of ${lookups})`;
  for (const button of document.querySelectorAll(".more button")) button.disabled = state.busy || left === 0;
  $("more-status").textContent = left === 0 ? "Every batch is done." : "";
}

function showSessionView(summary) {
  show($("search"), false);
  show($("session"), true);
  show($("results"), true);
  $("session-title").textContent = summary;
}

function markCurrentSession() {
  for (const item of $("session-list").children) {
    item.classList.toggle("current", item.dataset.sessionId === state.session?.id);
  }
}

async function openSession(id, { push }) {
  showError("");
  let report, shortlist;
  try {
    [report, shortlist] = await Promise.all([
      apiJSON(`api/jd/sessions/${encodeURIComponent(id)}`),
      apiJSON(`api/jd/sessions/${encodeURIComponent(id)}/shortlist`),
    ]);
  } catch (error) {
    newSearch({ push: false });
    showError(`Session ${id} could not be opened: ${explain(error)}`);
    return;
  }
  resetSession();
  state.session = { id, summary: report.query_summary };
  state.shortlist = new Set(shortlist.shortlist);
  updateShortlistCount();
  if (push) history.pushState(null, "", `sessions/${encodeURIComponent(id)}`);
  showSessionView(report.query_summary);
  $("session-meta").textContent = `Created ${new Date(report.created_at).toLocaleString()} · session ${id}`;
  renderRequirements(report.requirements ?? {});
  renderCompanies(report.companies ?? []);
  for (let i = 0; i < report.total_batches; i++) {
    const done = i < report.batch_index;
    batchLine(i, `Batch ${i + 1}${done ? " · done" : i === report.batch_index ? " · next" : ""}`);
  }
  for (const c of report.candidates) addCandidate(c);
  renderSummary({ ...report, total_discovered: report.candidates.length });
  announce(`${report.candidates.length} candidates in this session.`);
  markCurrentSession();
}

async function refreshTotals() {
  if (!state.session) return;
  try {
    const report = await apiJSON(`api/jd/sessions/${encodeURIComponent(state.session.id)}`);
    for (const c of report.candidates) if (!state.candidates.has(c.employee_id)) addCandidate(c);
    renderSummary({ ...report, total_discovered: report.candidates.length });
  } catch (error) {
    showError(`The session's totals could not be read: ${explain(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Searching

function searchBody() {
  const jd = $("jd").value;
  const body = { jd };
  const seeds = $("seeds").value.split(",").map((s) => s.trim()).filter(Boolean);
  if (seeds.length) body.seed_companies = seeds;
  const batching = {};
  if ($("batching-mode").value) batching.mode = $("batching-mode").value;
  const size = $("batch-size").value.trim();
  if (size) batching.batch_size = Number(size);
  if (Object.keys(batching).length) body.batching = batching;
  if ($("hide-seen").checked) body.hide_seen = true;
  return body;
}

function validateSearch() {
  if (!$("jd").value.trim()) return ["jd", "Paste a job description (or drop a file on the box) before searching."];
  const size = $("batch-size").value.trim();
  if (size && !(Number.isInteger(Number(size)) && Number(size) >= 1 && Number(size) <= 100)) {
    return ["batch-size", "The batch size must be a whole number from 1 to 100."];
  }
  return null;
}

async function search(event) {
  event.preventDefault();
  showError("");
  const problem = validateSearch();
  if (problem) {
    showError(problem[1]);
    $(problem[0]).setAttribute("aria-invalid", "true");
    $(problem[0]).focus();
    return;
  }
  $("jd").removeAttribute("aria-invalid");
  $("batch-size").removeAttribute("aria-invalid");
  const body = searchBody();
  resetSession();
  showSessionView("Searching…");
  setBusy(true, "Searching…");
  state.timings.searchStarted = performance.now();
  delete state.timings.firstCard;
  delete state.timings.twentyCards;
  let failed = null;
  let complete = null;
  try {
    const response = await api("api/jd/domain-search", { method: "POST", body, accept: "text/event-stream" });
    await readEvents(response, (name, data) => {
      switch (name) {
        case "requirements_parsed":
          renderRequirements(data);
          $("session-title").textContent = data.role_title || "Search";
          announce("Requirements understood; discovering companies…");
          break;
        case "strategy_finished":
          for (const company of data.companies) addCompanyChip(company, data.id);
          break;
        case "strategy_failed":
          announce(`Discovery strategy ${data.id} failed: ${data.message}`);
          break;
        case "session_created":
          state.session = { id: data.session_id };
          history.pushState(null, "", `sessions/${encodeURIComponent(data.session_id)}`);
          $("session-meta").textContent = `Session ${data.session_id} · ${data.batches} batches`;
          break;
        case "batch_started":
          batchLine(data.index, `Batch ${data.index + 1} of ${data.of} · ${data.label} · searching…`, "running");
          break;
        case "batch_finished":
          batchLine(data.index, `Batch ${data.index + 1} · ${data.new_candidates} new${data.exhausted ? " · done" : ""}`);
          break;
        case "batch_failed":
          batchLine(data.index, `Batch ${data.index + 1} failed: ${data.message}`, "failed");
          break;
        case "candidate_evaluated":
          addCandidate(data.candidate);
          announce(`${state.candidates.size} candidates so far…`);
          break;
        case "search_complete":
          complete = data;
          break;
        case "error":
        case "shutdown":
          failed = data;
          break;
      }
    });
  } catch (error) {
    failed = { message: explain(error) };
  }
  setBusy(false);
  if (complete) {
    state.session = { id: complete.session_id, summary: complete.query_summary };
    $("session-title").textContent = complete.query_summary;
    renderCompanies(complete.companies ?? []);
    renderSummary(complete);
    if (complete.error) showError(`A batch failed: ${complete.error}. Load more retries it.`);
    announce(`Search complete: ${state.candidates.size} candidates.`);
    await refreshTotals();
    await refreshSessions();
    markCurrentSession();
  } else {
    const message = failed?.message ?? "the stream ended early";
    if (!state.session) {
      show($("session"), false);
      show($("results"), false);
      show($("search"), true);
    }
    showError(`The search failed: ${message}`);
    announce("");
    if (state.session) await refreshSessions();
  }
}

function setBusy(busy, text = "") {
  state.busy = busy;
  $("search-button").disabled = busy;
  const more = document.querySelector(".more");
  more.setAttribute("aria-busy", String(busy));
  for (const button of more.querySelectorAll("button")) {
    button.disabled = busy || state.session?.remainingBatches === 0;
  }
  $("more-status").textContent = text;
}

async function loadMore(count) {
  if (!state.session || state.busy) return;
  showError("");
  setBusy(true, `Loading ${count} more…`);
  announce(`Loading ${count} more candidates…`);
  let result;
  try {
    result = await apiJSON("api/jd/load-more-previews", {
      method: "POST", body: { session_id: state.session.id, count },
      headers: { "Idempotency-Key": `${state.session.id}-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    });
  } catch (error) {
    setBusy(false);
    showError(`Loading more failed: ${explain(error)}`);
    announce("");
    return;
  }
  for (const c of result.new_profiles) addCandidate(c);
  setBusy(false);
  if (result.error) showError(`A batch failed: ${result.error}. Load more again to retry it.`);
  announce(`${result.new_profiles.length} more candidates loaded; ${state.candidates.size} in all.`);
  await refreshTotals();
  await refreshSessions();
}

// ---------------------------------------------------------------------------------------------------------------
// Shortlist

function updateShortlistCount() {
  $("shortlist-count").textContent = String(state.shortlist.size);
  $("export-csv").textContent = $("shortlist-filter").checked ? "Export shortlist CSV" : "Export CSV";
}

function applyFilter(node) {
  const only = $("shortlist-filter").checked;
  node.hidden = only && !state.shortlist.has(Number(node.dataset.employeeId));
}

function applyFilterAll() {
  for (const node of $("cards").children) applyFilter(node);
  updateShortlistCount();
  const shown = [...$("cards").children].filter((n) => !n.hidden).length;
  announce($("shortlist-filter").checked ? `Showing the shortlist: ${shown} candidates.` : `Showing all ${shown} candidates.`);
}

async function toggleShortlist(id, button) {
  const on = !state.shortlist.has(id);
  button.disabled = true;
  try {
    const answer = await apiJSON("api/jd/shortlist", {
      method: "POST", body: { session_id: state.session.id, employee_id: id, shortlisted: on },
    });
    state.shortlist = new Set(answer.shortlist);
  } catch (error) {
    showError(`The shortlist could not be updated: ${explain(error)}`);
    button.disabled = false;
    return;
  }
  button.disabled = false;
  const starred = state.shortlist.has(id);
  button.setAttribute("aria-pressed", String(starred));
  button.textContent = starred ? "★" : "☆";
  const name = state.candidates.get(id)?.preview.name ?? "Candidate";
  announce(starred ? `${name} added to the shortlist.` : `${name} removed from the shortlist.`);
  updateShortlistCount();
  const node = state.nodes.get(id);
  if (node) applyFilter(node);
  const detailStar = $("detail-body").querySelector("[data-detail-star]");
  if (detailStar && state.selected === id) detailStar.textContent = starred ? "★ On the shortlist" : "☆ Add to shortlist";
}

async function exportCSV() {
  if (!state.session) return;
  const only = $("shortlist-filter").checked;
  const path = `api/jd/sessions/${encodeURIComponent(state.session.id)}/export${only ? "?only=shortlist" : ""}`;
  try {
    const response = await api(path, { accept: "text/csv" });
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: `scout-${state.session.id}${only ? "-shortlist" : ""}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(only ? "Shortlist exported as CSV." : "Candidates exported as CSV.");
  } catch (error) {
    showError(`The export failed: ${explain(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Candidate detail

function monthText(ym) {
  if (!ym) return "";
  if (typeof ym === "string") return ym;
  return ym.month ? `${ym.year}-${String(ym.month).padStart(2, "0")}` : String(ym.year);
}

function safeLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function evidenceList(title, points) {
  if (!points?.length) return el("section", {}, el("h3", { text: title }), el("p", { class: "hint", text: "None." }));
  return el("section", {}, el("h3", { text: title }),
    el("ul", {}, points.map((p) =>
      typeof p === "string" ? el("li", { text: p }) :
        el("li", {}, p.text, p.facts?.length ? el("ul", { class: "facts" }, p.facts.map((f) => el("li", { text: f }))) : null))));
}

async function openDetail(id) {
  if (!state.session) return;
  const opener = state.nodes.get(id)?.querySelector(".card-name");
  let detail;
  try {
    detail = await apiJSON(`api/jd/sessions/${encodeURIComponent(state.session.id)}/candidates/${Number(id)}`);
  } catch (error) {
    showError(`The candidate could not be opened: ${explain(error)}`);
    return;
  }
  state.selected = id;
  for (const node of state.nodes.values()) node.classList.toggle("selected", Number(node.dataset.employeeId) === id);
  const c = detail.candidate;
  const p = detail.profile;
  const e = c.evaluation;
  $("detail-name").textContent = c.preview.name;
  const body = $("detail-body");
  clear(body);
  const link = p?.profile_url ? safeLink(p.profile_url) : null;
  const starred = state.shortlist.has(id);
  body.append(
    el("p", { text: [c.preview.current_title, c.preview.current_company].filter(Boolean).join(" at ") }),
    el("p", { class: "hint", text: [p?.headline ?? c.preview.headline, p?.location ?? c.preview.location].filter(Boolean).join(" · ") }),
    e ? el("p", {}, el("span", { class: "score", text: e.overall.toFixed(1) }), " ",
      el("span", { class: `rec ${e.recommendation}`, text: e.recommendation.replace("_", " ") }),
      el("span", { class: "hint", text: ` · domain ${e.domain_fit.toFixed(1)} · experience ${e.experience_match.toFixed(1)}` +
        (detail.rank ? ` · #${detail.rank} of ${detail.ranked}` : "") })) : null,
    el("p", {},
      link ? el("a", { href: link, target: "_blank", rel: "noopener noreferrer", text: "Open profile ↗" }) : "No profile link",
      " ",
      el("button", { type: "button", class: "small", "data-detail-star": "", onclick: () => {
        const cardStar = state.nodes.get(id)?.querySelector("[data-testid=shortlist-toggle]");
        if (cardStar) toggleShortlist(id, cardStar);
      } }, starred ? "★ On the shortlist" : "☆ Add to shortlist")),
    e?.summary ? el("p", { text: e.summary }) : null,
    evidenceList("Strengths", e?.strengths),
    evidenceList("Concerns", e?.concerns),
    evidenceList("Unknowns", e?.unknowns),
    p ? el("section", {}, el("h3", { text: "Experience" }),
      p.experiences.length ? el("div", {}, p.experiences.map((x, i) => el("div", { class: "job" },
        el("strong", { text: x.title ?? "(no title)" }), ` at ${x.company_name}`,
        el("div", { class: "when", text: `${monthText(x.start)} – ${x.end ? monthText(x.end) : "present"}` +
          (x.location ? ` · ${x.location}` : "") + ` · experience[${i}]` }),
        x.description ? el("div", { class: "hint", text: x.description }) : null))) : el("p", { text: "None listed." })) : null,
    p ? el("section", {}, el("h3", { text: "Education" }),
      p.education.length ? el("ul", {}, p.education.map((d) => el("li", {
        text: [d.school, [d.degree, d.major].filter(Boolean).join(", "),
          [d.start_year, d.end_year].filter(Boolean).join("–")].filter(Boolean).join(" · "),
      }))) : el("p", { text: "None listed." })) : null,
    p ? el("section", {}, el("h3", { text: "Skills" }),
      p.skills.length ? el("ul", { class: "skills" }, p.skills.map((s) => el("li", { class: "chip", text: s })))
        : el("p", { text: "None listed." })) : el("p", { class: "hint", text: "The full profile is no longer in the cache." }),
    el("p", { class: "hint", text: `Employee ${c.employee_id} · batch ${c.batch_index + 1}` +
      (detail.profile_fetched_at ? ` · profile collected ${new Date(detail.profile_fetched_at).toLocaleDateString()}` : "") }),
  );
  const panel = $("detail");
  panel.dataset.employeeId = String(id);
  show(panel, true);
  $("app").classList.add("with-detail");
  panel.focus();
  panel.opener = opener;
}

function closeDetail() {
  const panel = $("detail");
  if (panel.hidden) return;
  show(panel, false);
  $("app").classList.remove("with-detail");
  for (const node of state.nodes.values()) node.classList.remove("selected");
  const opener = panel.opener;
  state.selected = null;
  if (opener?.isConnected) opener.focus();
}

// ---------------------------------------------------------------------------------------------------------------
// Routing and start-up

/** The path after the page's base: "" or "sessions/{id}". */
function relativePath() {
  const base = new URL(document.baseURI).pathname;
  return location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";
}

async function route() {
  const match = /^sessions\/([^/]+)\/?$/.exec(relativePath());
  if (match) await openSession(decodeURIComponent(match[1]), { push: false });
  else newSearch({ push: false });
}

function wireDrop() {
  const jd = $("jd");
  const load = async (file) => {
    if (!file) return;
    if (file.size > 100 * 1024) {
      showError(`${file.name} is larger than 100 KB; Scout reads job descriptions up to 100 KB.`);
      return;
    }
    jd.value = await file.text();
    showError("");
    announce(`Loaded ${file.name}.`);
  };
  jd.addEventListener("dragover", (event) => {
    event.preventDefault();
    jd.classList.add("dragging");
  });
  jd.addEventListener("dragleave", () => jd.classList.remove("dragging"));
  jd.addEventListener("drop", (event) => {
    event.preventDefault();
    jd.classList.remove("dragging");
    load(event.dataTransfer.files[0]);
  });
  $("jd-file").addEventListener("change", (event) => load(event.target.files[0]));
}

function start() {
  readKeyFromFragment();
  $("sign-in-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const key = $("api-key").value.trim();
    if (!key) {
      showError("Enter an API key.", "sign-in-error");
      $("api-key").focus();
      return;
    }
    try {
      await signIn(key);
      $("api-key").value = "";
    } catch (error) {
      signOut(explain(error));
    }
  });
  $("sign-out").addEventListener("click", () => signOut(""));
  $("search-form").addEventListener("submit", search);
  $("new-search").addEventListener("click", () => newSearch({ push: true }));
  for (const button of document.querySelectorAll(".more button")) {
    button.addEventListener("click", () => loadMore(Number(button.dataset.count)));
  }
  $("shortlist-filter").addEventListener("change", applyFilterAll);
  $("export-csv").addEventListener("click", exportCSV);
  $("detail-close").addEventListener("click", closeDetail);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeDetail();
  });
  window.addEventListener("hashchange", () => {
    // The sign-in link opened in a tab that already shows the page.
    if (readKeyFromFragment()) signIn(sessionStorage.getItem(KEY_STORAGE)).catch((error) => signOut(explain(error)));
  });
  window.addEventListener("popstate", () => {
    if (state.key) route();
  });
  wireDrop();
  const key = sessionStorage.getItem(KEY_STORAGE);
  if (key) signIn(key).catch((error) => signOut(explain(error)));
  else signOut("");
}

start();
