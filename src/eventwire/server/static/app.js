// eventwire dashboard: plain JavaScript over the JSON API, no framework, nothing fetched from elsewhere.
// The chosen dyad lives in the URL hash (#a=RUS&b=FRA), so a view can be linked and reloaded.
"use strict";

const PAGE = 25;
const SVG = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);
const view = { a: "", b: "", offset: 0, summary: null };

// --- helpers ------------------------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    for (const v of [].concat(value)) if (v !== "" && v !== null && v !== undefined) url.searchParams.append(key, v);
  }
  const response = await fetch(url);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    throw new Error(`${response.status}: ${detail || response.statusText}`);
  }
  return body;
}

function showError(error) {
  $("error").hidden = !error;
  $("error").textContent = error ? String(error.message || error) : "";
}

const number = (n) => Number(n).toLocaleString("en-US");
const actorName = (a) => (a ? a.name || a.text || a.code || "?" : "—");
const actorCode = (a) => (a ? a.code || a.country || "" : "");
const daysBetween = (d1, d2) => Math.round((Date.parse(d2) - Date.parse(d1)) / 86400000);

function actorCell(actor) {
  return el("td", {}, actorName(actor), " ", el("span", { class: "code", text: actorCode(actor) }));
}

function actionCell(event) {
  const plover = event.plover && event.plover.event ? [event.plover.event, event.plover.mode].filter(Boolean).join("/") : "";
  const td = el("td", {}, event.trigger || plover || event.cameo, " ",
    el("span", { class: "code", text: `${event.cameo}${plover ? " " + plover : ""}` }));
  if (event.claimed_by) td.append(el("span", { class: "badge claim", text: `claim by ${actorName(event.claimed_by)}` }));
  if (event.negated) td.append(el("span", { class: "badge negated", text: "did not happen" }));
  if (event.historical) td.append(el("span", { class: "badge historical", text: "historical" }));
  return td;
}

// --- summary, actors, dyads ---------------------------------------------------------------------------

async function loadSummary() {
  const s = await api("/api/summary", { dyads: 6 });
  const counts = [["articles", s.articles], ["merged events", s.merged_events], ["reports", s.events], ["quotes", s.quotes]];
  const span = s.first_published ? ` · published ${s.first_published} → ${s.last_published}` : "";
  $("summary").textContent = counts.map(([label, n]) => `${number(n)} ${label}`).join(" · ") + span;
  const links = s.dyads.map((d) => el("button", {
    type: "button", class: "linkish", text: `${d.a} – ${d.b} (${d.contacts})`, onclick: () => choose(d.a, d.b),
  }));
  $("dyads").replaceChildren(...(links.length ? ["Busiest dyads: ", ...links] : ["No contacts stored yet."]));
  return s;
}

// Countries first (RUS), then named actors (Vladimir Putin): both are valid `actor` values for the API.
let suggestTimer = null;
function suggestActors(event) {
  clearTimeout(suggestTimer);
  const q = event.target.value.trim();
  suggestTimer = setTimeout(async () => {
    const actors = await api("/api/actors", { q, limit: 15 }).catch(() => []);
    const options = new Map();
    for (const a of actors) if (a.country && !options.has(a.country)) options.set(a.country, `${a.country} (country)`);
    for (const a of actors) {
      const value = a.name || a.code;
      if (value && !options.has(value)) options.set(value, `${a.code || ""} · ${number(a.events)} events`);
    }
    $("actor-options").replaceChildren(...[...options].map(([value, label]) => el("option", { value, label })));
  }, 150);
}

// --- contact timeline ---------------------------------------------------------------------------------

function drawTimeline(contacts) {
  const svg = $("timeline");
  const axisY = 90, left = 50, right = 750;  // in the 800 × 150 viewBox of index.html
  svg.replaceChildren();
  $("contact-list").replaceChildren();
  if (!contacts.length) {
    svg.append(el("svg:text", { x: 400, y: axisY, "text-anchor": "middle", class: "tick", text: "No contacts between these actors." }));
    return;
  }
  const times = contacts.map((c) => Date.parse(c.date));
  let lo = Math.min(...times), hi = Math.max(...times);
  const pad = Math.max((hi - lo) * 0.06, 86400000 * 30);
  lo -= pad; hi += pad;
  const x = (t) => left + ((t - lo) / (hi - lo)) * (right - left);

  svg.append(el("svg:line", { x1: left - 20, x2: right + 20, y1: axisY, y2: axisY, class: "axis" }));
  for (let year = new Date(lo).getUTCFullYear() + 1; year <= new Date(hi).getUTCFullYear(); year++) {
    const tx = x(Date.UTC(year, 0, 1));
    svg.append(el("svg:line", { x1: tx, x2: tx, y1: axisY - 4, y2: axisY + 4, class: "axis" }),
      el("svg:text", { x: tx, y: axisY + 40, "text-anchor": "middle", class: "tick", text: String(year) }));
  }
  contacts.forEach((c, i) => {
    const cx = x(times[i]);
    if (i > 0) {
      const px = x(times[i - 1]);
      const gap = c.days_since_previous ?? daysBetween(contacts[i - 1].date, c.date);
      const y = axisY - 24 - (i % 3) * 14;
      svg.append(el("svg:line", { x1: px, x2: cx, y1: y + 4, y2: y + 4, class: "gap-line" }),
        el("svg:text", { x: (px + cx) / 2, y, "text-anchor": "middle", class: "gap", text: `${number(gap)} days` }));
    }
    const dot = el("svg:circle", {
      cx, cy: axisY, r: 7, class: "dot", tabindex: 0, "data-date": c.date,
      onclick: () => openEvent(c.event_id), onkeydown: (e) => e.key === "Enter" && openEvent(c.event_id),
    }, el("svg:title", { text: `${c.date} · ${c.cameo} · ${c.reports} report(s)` }));
    svg.append(dot, el("svg:text", { x: cx, y: axisY + 20 + (i % 2) * 11, "text-anchor": "middle", class: "when", text: c.date }));
    const gapText = c.days_since_previous == null ? "first contact" : `${number(c.days_since_previous)} days after the previous`;
    $("contact-list").append(el("li", {}, el("button", {
      type: "button", class: "linkish", text: c.date, onclick: () => openEvent(c.event_id),
    }), ` · ${c.cameo} · ${c.reports} report(s) · ${gapText}`));
  });
}

function showTimeline(a, b, contacts, label = "") {
  $("timeline-title").textContent = a ? `Contacts: ${a} – ${b} (${contacts.length})${label}` : "Contacts";
  const last = contacts[contacts.length - 1];
  let note = "";
  if (last) {
    const ago = daysBetween(last.date, new Date().toISOString().slice(0, 10));
    note = `Last contact ${last.date} (${last.mode || last.cameo}), ${number(ago)} days ago`;
    if (last.days_since_previous != null) note += `, ${number(last.days_since_previous)} days after the one before`;
    note += ".";
  }
  $("timeline-note").textContent = note;
  drawTimeline(contacts);
}

async function showContacts(a, b) {
  showTimeline(a, b, await api("/api/contacts", { a, b }));
}

// --- event table ----------------------------------------------------------------------------------------

async function loadEvents(append = false) {
  view.offset = append ? view.offset + PAGE : 0;
  const actors = view.a && view.b ? [view.a, view.b] : [];
  const page = await api("/api/events", { actor: actors, limit: PAGE + 1, offset: view.offset, newest_first: true });
  const rows = page.slice(0, PAGE);
  $("events-title").textContent = actors.length ? `Events between ${view.a} and ${view.b}` : "Latest events";
  $("more").hidden = page.length <= PAGE;
  const body = $("events").tBodies[0];
  if (!append) body.replaceChildren();
  for (const event of rows) {
    body.append(el("tr", { "data-event": event.event_id, onclick: () => openEvent(event.event_id) },
      el("td", { class: "date", text: event.date || "undated" }), actorCell(event.source), actionCell(event), actorCell(event.target),
      el("td", { class: "num", title: (event.sources || []).join(", "), text: event.reports ?? 1 })));
  }
  if (!body.rows.length) body.append(el("tr", {}, el("td", { colspan: 5, class: "muted", text: "No events." })));
}

// --- article view with highlights -----------------------------------------------------------------------

// Split the text at every span boundary; each piece carries the classes of the spans covering it.
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) for (const p of [s.start, s.end]) if (p > 0 && p < text.length) cuts.add(p);
  const points = [...cuts].sort((p, q) => p - q);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) { nodes.push(piece); continue; }
    nodes.push(el("mark", {
      class: covering.map((s) => s.cls).join(" "),
      title: covering.map((s) => s.label).join("; "),
    }, piece));
  }
  return nodes;
}

function spansFor(event, articleEvents) {
  const spans = [];
  const roles = { trigger: "action", source: "source", target: "target", date: "date" };
  for (const [role, label] of Object.entries(roles)) {
    const span = event.evidence && event.evidence.spans && event.evidence.spans[role];
    if (span) spans.push({ start: span[0], end: span[1], cls: `hl-${role}`, label });
  }
  for (const other of articleEvents) {
    const t = other.evidence && other.evidence.spans && other.evidence.spans.trigger;
    if (other.claimed_by && t) {
      spans.push({ start: t[0], end: t[1], cls: "claim", label: `claim by ${actorName(other.claimed_by)}, not a fact` });
    }
  }
  return spans;
}

function describe(event) {
  const who = `${actorName(event.source)} → ${actorName(event.target)}`;
  const lines = [el("p", {}, el("strong", { text: `${event.date || "undated"} · ${who}` }), " ",
    el("span", { class: "code", text: `CAMEO ${event.cameo}` }))];
  if (event.claimed_by) {
    lines.push(el("p", {}, el("span", { class: "badge claim", text: "claim" }),
      ` asserted by ${actorName(event.claimed_by)}; the text does not report it as a fact.`));
  }
  if (event.negated) lines.push(el("p", {}, el("span", { class: "badge negated", text: "negated" }), " the text says it did not happen."));
  return lines;
}

// A merged event's `mentions` are its reports, one per article; show the one asked for, else the first.
async function openEvent(eventId, articleId) {
  if (!eventId) return;
  try {
    const event = await api(`/api/events/${encodeURIComponent(eventId)}`);
    const reports = event.mentions || [];
    const report = reports.find((r) => r.article_id === articleId) || reports[0] || event;
    const article = await api(`/api/articles/${encodeURIComponent(report.article_id)}`);
    renderArticle(article, report, event, reports);
    for (const tr of $("events").tBodies[0].rows) tr.classList.toggle("selected", tr.dataset.event === event.event_id);
  } catch (error) {
    showError(error);
  }
}

function renderArticle(article, report, event, reports) {
  $("article-panel").hidden = false;
  $("article-title").textContent = article.title || article.id;
  const meta = [article.source, article.date && `published ${article.date}`, article.place, article.id];
  $("article-meta").replaceChildren(meta.filter(Boolean).join(" · "));
  if (article.url) $("article-meta").append(" · ", el("a", { href: article.url, rel: "noreferrer", target: "_blank", text: "original" }));
  const detail = describe(report);
  if (reports.length > 1) {
    detail.push(el("p", {}, `Reported in ${reports.length} articles: `, ...reports.map((r) => el("button", {
      type: "button", class: "linkish", "aria-pressed": String(r === report), text: r.outlet || r.article_id,
      onclick: () => openEvent(event.event_id, r.article_id),
    }))));
  }
  $("event-detail").replaceChildren(...detail);
  const text = $("article-text");
  text.replaceChildren(...highlighted(article.text, spansFor(report, article.events || [])));
  // Scroll the article box, not the page, to the trigger.
  const first = text.querySelector("mark.hl-trigger") || text.querySelector("mark");
  text.scrollTop = first ? first.offsetTop - text.clientHeight / 3 : 0;
}

// --- wiring -------------------------------------------------------------------------------------------

function choose(a, b) {
  const hash = a && b ? `#a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}` : "";
  document.body.dataset.ready = "false";
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const params = new URLSearchParams(location.hash.slice(1));
  view.a = params.get("a") || "";
  view.b = params.get("b") || "";
  $("actor-a").value = view.a;
  $("actor-b").value = view.b;
  showError(null);
  try {
    if (view.a && view.b) {
      await Promise.all([showContacts(view.a, view.b), loadEvents()]);
    } else {
      const busiest = (await view.summary).dyads[0] || { a: "", b: "", timeline: [] };
      showTimeline(busiest.a, busiest.b, busiest.timeline, " · busiest dyad");
      await loadEvents();
    }
  } catch (error) {
    showError(error);
  }
  document.body.dataset.ready = "true";
}

function start() {
  $("dyad-form").addEventListener("submit", (e) => {
    e.preventDefault();
    choose($("actor-a").value.trim(), $("actor-b").value.trim());
  });
  $("clear").addEventListener("click", () => choose("", ""));
  $("actor-a").addEventListener("input", suggestActors);
  $("actor-b").addEventListener("input", suggestActors);
  $("more").addEventListener("click", () => loadEvents(true).catch(showError));
  view.summary = loadSummary();
  view.summary.catch(showError);
  window.addEventListener("hashchange", route);
  route();
}

start();
