// Rasid dashboard: a single ES module, no build step. Leaflet and Leaflet.markercluster are loaded before it as
// classic scripts (global `L`), from static/vendor/. Every request goes to this server's /api; the only other
// requests are map tiles, and only when /api/config names a tile URL.
//
// Data from the API (report text, names, notes, URLs) is always inserted as text (textContent, createTextNode,
// attribute values), never as HTML.
//
// Routes: #/ (map, charts, event list), #/event/{id} (event page), #/review (review queue).
// Test hooks: <body data-view="home|event|review" data-ready="0|1">; data-ready is "0" while a view loads or
// reloads and "1" once it has rendered (also after an error, which then shows in #message).

import * as I from "./i18n.js";

const t = I.t;

// The app root: static/app.js sits one level below it, so the API is at <root>/api/ wherever the app is mounted.
const ROOT = new URL("../", import.meta.url);
const PAGE_SIZE = 50;
const MAP_PAGE = 500; // the API's largest page
const MAP_CAP = 5000; // at most this many markers
const TOKEN_KEY = "rasid.token";
const DEFAULT_VIEW = { center: [34.8, 40.5], zoom: 6 }; // Syria and Iraq

// ---------------------------------------------------------------------------------------------------------------
// small helpers

const $ = (sel, root = document) => root.querySelector(sel);

/** el("tag", {class, dataset, on: {event: fn}, ...attributes}, ...children); string children become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
      else if (k === "text") node.textContent = v;
      else if (k in node && typeof v !== "string") node[k] = v;
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.setAttribute("class", v);
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function num(v) {
  return v === null || v === undefined || v === "" ? t("none") : String(v);
}

function truncate(s, n) {
  s = String(s);
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function safeHref(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) {
    return null;
  }
}

function fmtDateTime(iso) {
  if (!iso) return t("none");
  const s = String(iso).replace("T", " ");
  return s.length > 16 ? s.slice(0, 16) : s;
}

// ---------------------------------------------------------------------------------------------------------------
// API

class ApiError extends Error {
  constructor(status, detail) {
    super(`${status}: ${detail}`);
    this.status = status;
    this.detail = detail;
  }
}

function apiUrl(path, params) {
  const url = new URL("api/" + path.replace(/^\/+/, ""), ROOT);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, v);
  }
  return url;
}

async function api(path, params, init) {
  let res;
  try {
    res = await fetch(apiUrl(path, params), { headers: { Accept: "application/json" }, ...init });
  } catch (e) {
    throw new ApiError(0, t("networkError"));
  }
  if (!res.ok) {
    let detail = res.statusText;
    try {
      const body = await res.json();
      if (body && body.detail !== undefined) {
        detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      }
    } catch (e) { /* not JSON */ }
    throw new ApiError(res.status, detail);
  }
  return res.json();
}

function errorText(err) {
  if (err instanceof ApiError) {
    if (err.status === 0) return t("networkError");
    if (err.status === 401) return t("tokenNeeded");
    if (err.status === 403) return t("forbidden");
    return t("requestFailed", { status: err.status, detail: err.detail });
  }
  return String(err && err.message ? err.message : err);
}

// ---------------------------------------------------------------------------------------------------------------
// messages and the ready flag

function showMessage(text, kind = "info", status = null) {
  const box = $("#message");
  box.textContent = text;
  box.className = kind;
  if (status !== null) box.dataset.status = String(status);
  else delete box.dataset.status;
  box.hidden = !text;
}

function clearMessage() {
  showMessage("");
}

// Every load runs on a channel; a newer load on the same channel makes the older one stale, and a route change
// makes all of them stale. The page is ready when no channel is loading.
const inflight = new Map();

function startLoad(channel) {
  const token = {};
  inflight.set(channel, token);
  document.body.dataset.ready = "0";
  return token;
}

function isCurrent(channel, token) {
  return inflight.get(channel) === token;
}

function endLoad(channel, token) {
  if (!isCurrent(channel, token)) return;
  inflight.delete(channel);
  if (inflight.size === 0) document.body.dataset.ready = "1";
}

async function runLoad(channel, fn) {
  const token = startLoad(channel);
  try {
    await fn(() => isCurrent(channel, token));
  } catch (err) {
    if (isCurrent(channel, token)) {
      showMessage(errorText(err), "error", err instanceof ApiError ? err.status : null);
      if (!(err instanceof ApiError)) console.error(err);
    }
  } finally {
    endLoad(channel, token);
  }
}

function markReadyIfIdle() {
  if (inflight.size === 0) document.body.dataset.ready = "1";
}

// ---------------------------------------------------------------------------------------------------------------
// labels shared by the views

function placeName(loc) {
  if (!loc) return "";
  const name = I.getLang() === "en" ? loc.name_en || loc.name_ar : loc.name_ar || loc.name_en;
  return name || I.adminLabel(loc.admin2) || I.adminLabel(loc.admin1) || "";
}

function placeLabel(loc) {
  if (!loc) return t("none");
  const parts = [];
  for (const p of [placeName(loc), I.adminLabel(loc.admin1)]) if (p && !parts.includes(p)) parts.push(p);
  return parts.join(t("sep")) || t("none");
}

function actorsLabel(ids) {
  if (!ids || !ids.length) return t("none");
  return ids.map(I.actorLabel).join(t("sep"));
}

function dateRange(ev) {
  const a = ev.date_start;
  const b = ev.date_end;
  if (!a && !b) return t("none");
  if (!b || a === b) return a || b;
  if (!a) return b;
  return `${a} – ${b}`;
}

function stateBadge(state) {
  return el("span", { class: `state-badge state-${state || "none"}`, dataset: { state: state || "" } },
    I.stateLabel(state));
}

function typeCell(ev) {
  return [
    el("span", { class: "type-swatch", style: `background:${I.typeColor(ev.event_type)}` }),
    el("span", { class: "type-name" }, I.eventTypeLabel(ev.event_type)),
    ev.sub_event_type ? el("small", { class: "sub-type" }, I.subEventTypeLabel(ev.sub_event_type)) : null,
  ];
}

function fatalitiesBest(ev) {
  return ev.fatalities ? ev.fatalities.best : null;
}

// ---------------------------------------------------------------------------------------------------------------
// filters

const FILTER_IDS = { from: "filter-from", to: "filter-to", admin1: "filter-admin1", type: "filter-type",
  actor: "filter-actor", state: "filter-state", q: "filter-q" };

function currentFilters() {
  const f = {};
  for (const [key, id] of Object.entries(FILTER_IDS)) {
    const v = document.getElementById(id).value.trim();
    if (v) f[key] = v;
  }
  return f;
}

const cache = {
  config: null,
  boundaries: null,
  admin1Options: null, // aggregate items, unfiltered
  home: { list: null, offset: 0, mapEvents: null, mapTotal: 0, day: null, group: null, admin1: null },
  event: null, // { detail, reports: Map(report_id -> report | Error) }
  review: { data: null, offset: 0 },
};

function fillSelect(select, options) {
  // options: [{value, label, cls, title}]; keeps the current value when it still exists
  const keep = select.value;
  select.textContent = "";
  select.append(el("option", { value: "" }, t("all")));
  for (const o of options) select.append(el("option", { value: o.value, class: o.cls || null, title: o.title || null }, o.label));
  if ([...select.options].some((o) => o.value === keep)) select.value = keep;
}

function renderFilterOptions() {
  const admin1 = (cache.admin1Options || []).filter((it) => it.key);
  fillSelect($("#filter-admin1"), admin1
    .map((it) => ({ value: it.key, label: I.adminLabel(it.key), n: it.events }))
    .sort((a, b) => a.label.localeCompare(b.label, I.getLang()))
    .map((o) => ({ value: o.value, label: o.label, title: o.n !== undefined ? `${o.n} ${t("events")}` : null })));

  const types = [];
  for (const type of Object.keys(I.EVENT_TYPES)) {
    types.push({ value: type, label: I.eventTypeLabel(type), cls: "opt-type" });
    for (const [sub, info] of Object.entries(I.SUB_EVENT_TYPES)) {
      if (info.type === type) types.push({ value: sub, label: "\u00a0\u00a0· " + I.subEventTypeLabel(sub), cls: "opt-sub" });
    }
  }
  fillSelect($("#filter-type"), types);
  fillSelect($("#filter-actor"), Object.keys(I.ACTORS).map((id) => ({ value: id, label: I.actorLabel(id) })));
  fillSelect($("#filter-state"), Object.keys(I.REVIEW_STATES).map((s) => ({ value: s, label: I.stateLabel(s) })));
}

let appliedFilters = null; // JSON of the filters the home view last loaded with

function bindFilters() {
  const reload = () => {
    if (JSON.stringify(currentFilters()) === appliedFilters) return;
    cache.home.offset = 0;
    reloadHome();
  };
  for (const id of Object.values(FILTER_IDS)) {
    const input = document.getElementById(id);
    input.addEventListener("change", reload);
  }
  const q = $("#filter-q");
  q.addEventListener("input", debounce(reload, 400));
  q.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      reload();
    }
  });
  $("#filter-reset").addEventListener("click", () => {
    for (const id of Object.values(FILTER_IDS)) document.getElementById(id).value = "";
    reload();
  });
  // the bulletin of the current period, governorate and review state, in the page's language
  $("#bulletin-link").addEventListener("click", (e) => {
    const f = currentFilters();
    const state = f.state === "confirmed" || f.state === "edited" ? "confirmed" : "all";
    e.currentTarget.href = apiUrl("bulletin", { from: f.from, to: f.to, admin1: f.admin1, state,
      lang: I.getLang(), format: "html" }).href;
  });
  $("#timeline-metric").addEventListener("change", () => renderTimeline());
  $("#page-prev").addEventListener("click", () => {
    cache.home.offset = Math.max(0, cache.home.offset - PAGE_SIZE);
    loadList();
  });
  $("#page-next").addEventListener("click", () => {
    cache.home.offset += PAGE_SIZE;
    loadList();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// map

let map = null;
let clusterLayer = null;
let admin1Layer = null;
let admin2Layer = null;
let tileLayer = null;
let mapFitted = false;

function initMap() {
  if (map) return;
  if (typeof L === "undefined") throw new Error("Leaflet did not load (static/vendor/leaflet.js)");
  map = L.map("map", { center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom, minZoom: 3, maxZoom: 18 });
  admin1Layer = L.geoJSON(null, {
    filter: (f) => (f.properties || {}).level !== "admin2",
    style: () => ({ className: "boundary boundary-admin1", color: "#6b6b6b", weight: 1.4, fillColor: "#fbfaf6",
      fillOpacity: tileLayer ? 0 : 1 }),
    // an element, not a string: Leaflet would parse a string as HTML
    onEachFeature: (f, layer) => layer.bindTooltip(() => el("span", null, I.adminLabel((f.properties || {}).name) || ""),
      { sticky: true, direction: "top", className: "boundary-tooltip" }),
  }).addTo(map);
  admin2Layer = L.geoJSON(null, {
    filter: (f) => (f.properties || {}).level === "admin2",
    interactive: false,
    style: () => ({ className: "boundary boundary-admin2", color: "#a3a3a3", weight: 0.6, dashArray: "3 3",
      fill: false }),
  }).addTo(map);
  clusterLayer = L.markerClusterGroup({
    maxClusterRadius: 40,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    disableClusteringAtZoom: 12,
    chunkedLoading: true,
  });
  map.addLayer(clusterLayer);
}

function applyConfig() {
  const cfg = cache.config || {};
  if (map && cfg.tile_url && !tileLayer) {
    tileLayer = L.tileLayer(cfg.tile_url, {
      attribution: cfg.tile_attribution || "",
      maxZoom: 18,
    }).addTo(map);
    tileLayer.bringToBack();
    $("#map").classList.add("with-tiles");
    admin1Layer.setStyle({ fillOpacity: 0 });
  }
}

function applyBoundaries() {
  const gj = cache.boundaries;
  if (!gj || !map) return;
  admin1Layer.clearLayers();
  admin2Layer.clearLayers();
  admin1Layer.addData(gj);
  admin2Layer.addData(gj);
  admin2Layer.bringToFront();
}

function fitMapOnce() {
  if (mapFitted || !map) return;
  let bounds = null;
  if (admin1Layer.getLayers().length) bounds = admin1Layer.getBounds();
  else if (clusterLayer.getLayers().length) bounds = clusterLayer.getBounds();
  if (bounds && bounds.isValid()) {
    map.fitBounds(bounds, { padding: [10, 10], maxZoom: 9 });
    mapFitted = true;
  }
}

function hasCoords(ev) {
  const loc = ev.location;
  return loc && typeof loc.latitude === "number" && typeof loc.longitude === "number" &&
    Number.isFinite(loc.latitude) && Number.isFinite(loc.longitude);
}

function typeSlug(type) {
  return String(type || "unknown").toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
}

function markerPopup(ev) {
  return el("div", { class: "popup", dir: I.dir() },
    el("div", { class: "popup-type" }, ...typeCell(ev)),
    el("div", { class: "popup-date" }, dateRange(ev)),
    el("div", { class: "popup-place" }, placeLabel(ev.location)),
    el("div", { class: "popup-actors" }, actorsLabel(ev.actors)),
    el("div", { class: "popup-fatalities" }, `${t("killed")}: ${num(fatalitiesBest(ev))}`),
    el("a", { class: "popup-link", href: `#/event/${encodeURIComponent(ev.id)}` }, t("openEvent")));
}

function renderMarkers() {
  if (!map) return;
  const events = cache.home.mapEvents || [];
  clusterLayer.clearLayers();
  const markers = [];
  const counts = {};
  let withoutCoords = 0;
  for (const ev of events) {
    if (!hasCoords(ev)) {
      withoutCoords += 1;
      continue;
    }
    counts[ev.event_type] = (counts[ev.event_type] || 0) + 1;
    const color = I.typeColor(ev.event_type);
    const icon = L.divIcon({
      className: `event-marker type-${typeSlug(ev.event_type)}`,
      // only our own colour and the numeric id go into this markup
      html: `<span class="dot" data-id="${Number(ev.id)}" style="background:${color}"></span>`,
      iconSize: [14, 14],
      iconAnchor: [7, 7],
      popupAnchor: [0, -6],
    });
    const m = L.marker([ev.location.latitude, ev.location.longitude], {
      icon,
      title: `${dateRange(ev)} — ${I.subEventTypeLabel(ev.sub_event_type) || I.eventTypeLabel(ev.event_type)}`,
      riseOnHover: true,
    });
    m.bindPopup(() => markerPopup(ev), { minWidth: 180 });
    m.eventId = ev.id;
    markers.push(m);
  }
  clusterLayer.addLayers(markers);
  renderLegend(counts);
  const notes = [];
  if (cache.home.mapTotal > events.length) notes.push(t("mapCapped", { n: events.length, total: cache.home.mapTotal }));
  if (withoutCoords) notes.push(t("noCoords", { n: withoutCoords }));
  const note = $("#map-note");
  note.textContent = notes.join(" ");
  note.hidden = !notes.length;
}

function renderLegend(counts) {
  const box = $("#map-legend");
  box.textContent = "";
  box.append(el("span", { class: "legend-title" }, t("legend") + ":"));
  for (const type of Object.keys(I.EVENT_TYPES)) {
    box.append(el("span", { class: "legend-item", dataset: { type } },
      el("span", { class: "legend-swatch", style: `background:${I.typeColor(type)}` }),
      I.eventTypeLabel(type),
      counts && counts[type] ? el("span", { class: "legend-count" }, ` (${counts[type]})`) : null));
  }
}

async function loadMapEvents(filters, current) {
  const first = await api("events", { ...filters, limit: MAP_PAGE, offset: 0 });
  if (!current()) return;
  let items = first.items || [];
  const total = first.total || items.length;
  const wanted = Math.min(total, MAP_CAP);
  const pages = [];
  for (let off = items.length; off < wanted && items.length > 0; off += MAP_PAGE) {
    pages.push(api("events", { ...filters, limit: MAP_PAGE, offset: off }));
  }
  for (const page of await Promise.all(pages)) items = items.concat(page.items || []);
  if (!current()) return;
  cache.home.mapEvents = items.slice(0, MAP_CAP);
  cache.home.mapTotal = total;
  renderMarkers();
  fitMapOnce();
}

// ---------------------------------------------------------------------------------------------------------------
// charts (plain SVG)

function chartWidth(box) {
  return Math.max(260, Math.floor(box.clientWidth || box.getBoundingClientRect().width || 600));
}

function niceMax(v) {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function dayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

function isoDay(n) {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

/** Per-day aggregates → dense buckets (day, week or month, whichever keeps the bars countable). */
function timeBuckets(items) {
  const days = (items || []).filter((it) => /^\d{4}-\d{2}-\d{2}/.test(it.key || ""))
    .map((it) => ({ n: dayNumber(it.key.slice(0, 10)), it }));
  if (!days.length) return { unit: "day", buckets: [] };
  days.sort((a, b) => a.n - b.n);
  const lo = days[0].n;
  const hi = days[days.length - 1].n;
  const span = hi - lo + 1;
  let unit = "day";
  if (span > 400) unit = span > 7 * 300 ? "month" : "week";
  const keyOf = (n) => {
    if (unit === "day") return isoDay(n);
    if (unit === "week") return isoDay(n - ((n + 3) % 7)); // weeks start on Monday (day 0 was a Thursday)
    return isoDay(n).slice(0, 7);
  };
  const buckets = new Map();
  // dense: every bucket between the first and last day, empty ones included
  for (let n = lo; n <= hi; n += 1) {
    const k = keyOf(n);
    if (!buckets.has(k)) buckets.set(k, { key: k, events: 0, killed: 0, injured: 0 });
  }
  for (const { n, it } of days) {
    const b = buckets.get(keyOf(n));
    b.events += it.events || 0;
    b.killed += it.killed || 0;
    b.injured += it.injured || 0;
  }
  return { unit, buckets: [...buckets.values()] };
}

function emptyChart(box) {
  box.textContent = "";
  box.append(el("p", { class: "no-data" }, t("noData")));
}

function renderTimeline() {
  const box = $("#chart-timeline");
  const data = cache.home.day;
  if (!data) return;
  const metric = $("#timeline-metric").value === "killed" ? "killed" : "events";
  const { unit, buckets } = timeBuckets(data.items);
  box.dataset.unit = unit;
  box.textContent = "";
  if (!buckets.length) {
    emptyChart(box);
    return;
  }
  const W = chartWidth(box);
  const H = 190;
  const m = { top: 12, right: 12, bottom: 26, left: 40 };
  const iw = W - m.left - m.right;
  const ih = H - m.top - m.bottom;
  const max = niceMax(Math.max(...buckets.map((b) => b[metric])));
  const step = iw / buckets.length;
  const bw = Math.max(1, step * 0.8);
  const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "chart-svg timeline",
    role: "img", "aria-label": `${t("timeline")} (${t(metric === "killed" ? "timelineKilled" : "timelineEvents")})` });
  // y axis: 0, half, max
  for (const v of [0, max / 2, max]) {
    const y = m.top + ih - (v / max) * ih;
    root.append(svg("line", { class: "grid", x1: m.left, x2: W - m.right, y1: y, y2: y }));
    root.append(svg("text", { class: "axis-label", x: m.left - 6, y: y + 4, "text-anchor": "end",
      text: Number.isInteger(v) ? v : v.toFixed(1) }));
  }
  buckets.forEach((b, i) => {
    const v = b[metric];
    const h = (v / max) * ih;
    const x = m.left + i * step + (step - bw) / 2;
    const title = `${b.key}: ${b.events} ${t("events")}, ${b.killed} ${t("killed")}, ${b.injured} ${t("injured")}`;
    root.append(svg("rect", { class: `bar bar-${metric}`, x: x.toFixed(2), y: (m.top + ih - h).toFixed(2),
      width: bw.toFixed(2), height: Math.max(0, h).toFixed(2), "data-key": b.key, "data-value": v },
    svg("title", { text: title })));
  });
  // x labels: about one per 90 px
  const every = Math.max(1, Math.ceil(buckets.length / Math.max(1, Math.floor(iw / 90))));
  for (let i = 0; i < buckets.length; i += every) {
    const x = m.left + i * step + step / 2;
    root.append(svg("text", { class: "axis-label", x, y: H - 8, "text-anchor": i === 0 ? "start" : "middle",
      text: buckets[i].key }));
  }
  root.append(svg("line", { class: "axis", x1: m.left, x2: W - m.right, y1: m.top + ih, y2: m.top + ih }));
  box.append(root);
  box.append(el("p", { class: "chart-caption" },
    t(metric === "killed" ? "timelineKilled" : "timelineEvents") + " " +
    t(unit === "day" ? "perDay" : unit === "week" ? "perWeek" : "perMonth")));
}

/** Horizontal bars of `killed` per key, largest first, label on the reading side. */
function renderHBars(box, data, labelOf) {
  box.textContent = "";
  const items = ((data && data.items) || []).filter((it) => (it.killed || 0) > 0)
    .sort((a, b) => b.killed - a.killed).slice(0, 10);
  if (!items.length) {
    emptyChart(box);
    return;
  }
  const rtl = I.dir() === "rtl";
  const W = chartWidth(box);
  const rowH = 24;
  const H = items.length * rowH + 8;
  const labelW = Math.min(190, Math.floor(W * 0.42));
  const valueW = 44;
  const barMax = W - labelW - valueW - 8;
  const max = Math.max(...items.map((it) => it.killed));
  const root = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "chart-svg hbars", role: "img" });
  items.forEach((it, i) => {
    const y = 4 + i * rowH;
    const len = Math.max(2, (it.killed / max) * barMax);
    const label = labelOf(it.key);
    const g = svg("g", { class: "hbar", "data-key": it.key || "" });
    g.append(svg("title", { text: `${label}: ${it.killed} ${t("killed")}, ${it.injured || 0} ${t("injured")}, ` +
      `${it.events || 0} ${t("events")}` }));
    const labelX = rtl ? W - 4 : labelW - 6;
    const barX = rtl ? W - labelW - len : labelW;
    const valueX = rtl ? W - labelW - len - 5 : labelW + len + 5;
    // the svg is laid out left to right (CSS direction: ltr), so "end" is the right edge in both layouts
    g.append(svg("text", { class: "bar-label", x: labelX, y: y + rowH / 2 + 4, "text-anchor": "end",
      "data-full": label, text: truncate(label, 40) }));
    g.append(svg("rect", { class: "bar bar-killed", x: barX.toFixed(2), y: y + 3, width: len.toFixed(2),
      height: rowH - 8, "data-value": it.killed }));
    g.append(svg("text", { class: "bar-value", x: valueX.toFixed(2), y: y + rowH / 2 + 4,
      "text-anchor": rtl ? "end" : "start", text: it.killed }));
    root.append(g);
  });
  box.append(root);
  // shorten the labels that do not fit their column (measured now that the svg is laid out)
  root.querySelectorAll("text.bar-label").forEach((node) => {
    let text = node.getAttribute("data-full");
    try {
      while (text.length > 3 && node.getComputedTextLength() > labelW - 10) {
        text = text.slice(0, -2);
        node.textContent = text.trimEnd() + "…";
      }
    } catch (e) { /* not rendered */ }
  });
}

function renderCharts() {
  renderTimeline();
  renderHBars($("#chart-by-group"), cache.home.group, I.groupLabel);
  renderHBars($("#chart-by-admin1"), cache.home.admin1, (k) => I.adminLabel(k) || t("none"));
}

async function loadCharts(filters, current) {
  const [day, group, admin1] = await Promise.all([
    api("aggregates", { ...filters, by: "day" }),
    api("aggregates", { ...filters, by: "group" }),
    api("aggregates", { ...filters, by: "admin1" }),
  ]);
  if (!current()) return;
  Object.assign(cache.home, { day, group, admin1 });
  renderCharts();
}

// ---------------------------------------------------------------------------------------------------------------
// event list

function goToEvent(id) {
  location.hash = `#/event/${encodeURIComponent(id)}`;
}

function renderList() {
  const data = cache.home.list;
  const tbody = $("#event-list tbody");
  tbody.textContent = "";
  if (!data) return;
  const items = data.items || [];
  for (const ev of items) {
    const row = el("tr", { class: "event-row", tabindex: "0", dataset: { id: ev.id, state: ev.review_state || "" },
      on: {
        click: (e) => {
          if (e.target.closest("a")) return; // the link navigates by itself
          goToEvent(ev.id);
        },
        keydown: (e) => { if (e.key === "Enter") goToEvent(ev.id); },
      } },
    el("td", { class: "col-date" },
      el("a", { class: "event-link", href: `#/event/${encodeURIComponent(ev.id)}` }, dateRange(ev))),
    el("td", { class: "col-type" }, ...typeCell(ev)),
    el("td", { class: "col-place" }, placeLabel(ev.location)),
    el("td", { class: "col-actors" }, actorsLabel(ev.actors)),
    el("td", { class: "col-fatalities num" }, num(fatalitiesBest(ev))),
    el("td", { class: "col-state" }, stateBadge(ev.review_state)));
    tbody.append(row);
  }
  if (!items.length) {
    tbody.append(el("tr", { class: "empty-row" }, el("td", { colspan: "6" }, t("pageEmpty"))));
  }
  const total = data.total || 0;
  const offset = data.offset || 0;
  $("#page-info").textContent = items.length
    ? t("pageInfo", { from: offset + 1, to: offset + items.length, total })
    : t("pageInfo", { from: 0, to: 0, total });
  $("#page-prev").disabled = offset <= 0;
  $("#page-next").disabled = offset + items.length >= total;
}

function loadList() {
  const filters = currentFilters();
  return runLoad("list", async (current) => {
    const data = await api("events", { ...filters, limit: PAGE_SIZE, offset: cache.home.offset });
    if (!current()) return;
    cache.home.list = data;
    renderList();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// home view

let homeInitialised = false;

async function loadHomeSetup(current) {
  const needs = [];
  if (!cache.config) needs.push(api("config").then((c) => { cache.config = c || {}; }));
  if (!cache.boundaries) {
    needs.push(api("boundaries").then((b) => { cache.boundaries = b; })
      .catch((err) => { cache.boundaries = { type: "FeatureCollection", features: [] }; console.warn(err); }));
  }
  if (!cache.admin1Options) {
    needs.push(api("aggregates", { by: "admin1" }).then((a) => { cache.admin1Options = a.items || []; }));
  }
  if (!needs.length) return;
  await Promise.all(needs);
  applyConfig();
  applyBoundaries();
  renderFilterOptions();
  fitMapOnce();
}

function reloadHome() {
  const filters = currentFilters();
  appliedFilters = JSON.stringify(filters);
  loadList();
  runLoad("map", (current) => loadMapEvents(filters, current));
  runLoad("charts", (current) => loadCharts(filters, current));
}

function showHome() {
  const first = !homeInitialised;
  if (first) {
    homeInitialised = true;
    renderFilterOptions();
    renderLegend(null);
  }
  try {
    initMap();
  } catch (err) {
    showMessage(errorText(err), "error");
  }
  if (map) map.invalidateSize();
  runLoad("setup", loadHomeSetup);
  reloadHome();
}

function rerenderHome() {
  renderFilterOptions();
  renderMarkers();
  renderCharts();
  renderList();
}

// ---------------------------------------------------------------------------------------------------------------
// event page

/** Python counts offsets in code points, JavaScript strings in UTF-16 units: convert (they differ only past U+FFFF). */
function cpToIndex(text, cp) {
  let i = 0;
  let n = 0;
  while (n < cp && i < text.length) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    n += 1;
  }
  return n === cp ? i : -1;
}

/** Where the evidence lies in the report text: [start, end) in UTF-16 units, or null. */
function locateEvidence(text, span, evidence) {
  const valid = (s, e) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s < e && e <= text.length;
  let cps = null;
  if (Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) && Number.isInteger(span[1])) {
    const s = cpToIndex(text, span[0]);
    const e = cpToIndex(text, span[1]);
    if (valid(s, e)) {
      cps = [s, e];
      if (!evidence || text.slice(s, e) === evidence) return cps;
    }
    if (evidence && valid(span[0], span[1]) && text.slice(span[0], span[1]) === evidence) return [span[0], span[1]];
  }
  if (evidence) {
    // the evidence string itself, the occurrence nearest the stated offset
    const near = cps ? cps[0] : 0;
    let best = -1;
    for (let i = text.indexOf(evidence); i !== -1; i = text.indexOf(evidence, i + 1)) {
      if (best === -1 || Math.abs(i - near) < Math.abs(best - near)) best = i;
    }
    if (best !== -1) return [best, best + evidence.length];
  }
  return cps;
}

/** The report text as text nodes, with the evidence in <mark class="evidence">; never parsed as HTML. */
function fillReportText(box, text, span, evidence) {
  box.textContent = "";
  text = text == null ? "" : String(text);
  const where = locateEvidence(text, span, evidence);
  if (!where) {
    box.append(document.createTextNode(text));
    return null;
  }
  const [s, e] = where;
  const mark = document.createElement("mark");
  mark.className = "evidence";
  mark.textContent = text.slice(s, e);
  box.append(document.createTextNode(text.slice(0, s)), mark, document.createTextNode(text.slice(e)));
  return mark;
}

function dl(rows, cls) {
  const list = el("dl", { class: cls || "facts" });
  for (const [key, value, rowCls] of rows) {
    if (value === null || value === undefined || value === "") continue;
    list.append(el("div", { class: `fact ${rowCls || ""}`.trim() }, el("dt", null, t(key)),
      el("dd", null, value)));
  }
  return list;
}

function fatalitiesTable(f) {
  f = f || {};
  return el("table", { class: "fatalities data-table compact" },
    el("thead", null, el("tr", null, el("th", null, t("low")), el("th", null, t("best")), el("th", null, t("high")))),
    el("tbody", null, el("tr", null,
      el("td", { class: "fat-low num" }, num(f.low)),
      el("td", { class: "fat-best num" }, num(f.best)),
      el("td", { class: "fat-high num" }, num(f.high)))));
}

function figureItem(fig) {
  let range;
  if (fig.low !== null && fig.low !== undefined && fig.high !== null && fig.high !== undefined && fig.low !== fig.high) {
    range = `${fig.low}–${fig.high}`;
  } else {
    range = num(fig.low ?? fig.high);
  }
  const bits = [el("bdi", { class: "figure-count num", dir: "ltr" }, range)];
  if (fig.qualifier && fig.qualifier !== "exact") bits.push(el("span", { class: "figure-qualifier" }, ` (${I.qualifierLabel(fig.qualifier)})`));
  if (fig.tally) bits.push(el("span", { class: "tag tally" }, t("tally")));
  if (fig.superseded) bits.push(el("span", { class: "tag superseded-tag" }, t("superseded")));
  bits.push(el("span", { class: "figure-source" }, ` — ${fig.doc_id || ""}${fig.report_date ? " · " + fig.report_date : ""}`));
  return el("li", { class: `figure${fig.superseded ? " superseded" : ""}${fig.tally ? " is-tally" : ""}` },
    el("div", { class: "figure-head" }, ...bits),
    fig.evidence ? el("blockquote", { class: "figure-evidence", dir: "auto" }, fig.evidence) : null);
}

function tollsTable(tolls) {
  if (!tolls || !tolls.length) return el("p", { class: "no-data" }, t("noData"));
  const table = el("table", { class: "tolls data-table" },
    el("thead", null, el("tr", null,
      el("th", null, t("group")), el("th", null, t("outcome")), el("th", { class: "num" }, t("low")),
      el("th", { class: "num" }, t("best")), el("th", { class: "num" }, t("high")), el("th", null, t("figures")))));
  const tbody = el("tbody");
  for (const toll of tolls) {
    tbody.append(el("tr", { class: `toll outcome-${toll.outcome}` },
      el("td", { class: "toll-group" }, I.groupLabel(toll.group || [])),
      el("td", { class: "toll-outcome" }, I.outcomeLabel(toll.outcome)),
      el("td", { class: "toll-low num" }, num(toll.low)),
      el("td", { class: "toll-best num" }, num(toll.best)),
      el("td", { class: "toll-high num" }, num(toll.high)),
      el("td", { class: "toll-figures" }, el("ul", { class: "figures" }, (toll.figures || []).map(figureItem)))));
  }
  table.append(tbody);
  return table;
}

function sourceItem(src, reports) {
  const href = src.url ? safeHref(src.url) : null;
  const textBox = el("div", { class: "report-text", dir: "auto", lang: "ar" });
  const rep = reports.get(src.report_id);
  if (rep === undefined) {
    textBox.append(el("span", { class: "loading" }, t("reportLoading")));
  } else if (rep instanceof Error) {
    textBox.append(el("span", { class: "error" }, t("reportMissing")));
  } else {
    fillReportText(textBox, rep.text, src.evidence_span, src.evidence);
  }
  return el("li", { class: "source", dataset: { reportId: src.report_id ?? "", docId: src.doc_id ?? "" } },
    dl([
      ["docId", el("code", { class: "source-doc-id" }, src.doc_id || t("none"))],
      ["outlet", src.outlet || (rep && !(rep instanceof Error) ? rep.outlet : null) || t("none")],
      ["url", href ? el("a", { class: "source-url", href, target: "_blank", rel: "noopener noreferrer" }, src.url)
        : (src.url || t("none"))],
      ["reportDate", src.report_date || t("none")],
      ["mergeReason", el("span", { class: "merge-reason" }, src.merge_reason || t("none"))],
    ], "facts source-facts"),
    el("div", { class: "report-label" }, t("reportText"),
      rep && !(rep instanceof Error) && rep.title ? el("span", { class: "report-title", dir: "auto" }, ` — ${rep.title}`) : null),
    textBox);
}

function changesText(before, after) {
  const keys = new Set([...Object.keys(before || {}), ...Object.keys(after || {})]);
  const out = [];
  for (const k of keys) {
    const a = JSON.stringify((before || {})[k]);
    const b = JSON.stringify((after || {})[k]);
    if (a !== b) out.push(`${k}: ${a === undefined ? "∅" : a} → ${b === undefined ? "∅" : b}`);
  }
  return out;
}

function reviewItem(r) {
  const changes = changesText(r.before, r.after);
  return el("li", { class: `review review-${r.action || ""}` },
    el("span", { class: "review-at" }, fmtDateTime(r.at)), " ",
    el("span", { class: "review-who" }, t("reviewBy", { user: r.user || "?", action: I.actionLabel(r.action) })),
    r.note ? el("div", { class: "review-note", dir: "auto" }, r.note) : null,
    changes.length ? el("ul", { class: "review-changes" }, changes.map((c) => el("li", { dir: "ltr" }, c))) : null);
}

function renderEventPage() {
  const page = $("#event-page");
  page.textContent = "";
  const st = cache.event;
  page.append(el("a", { class: "back", href: "#/" }, t("back")));
  if (!st) return;
  if (st.missing) {
    page.append(el("p", { class: "not-found" }, t("notFound")));
    return;
  }
  const ev = st.detail;
  const loc = ev.location;
  page.dataset.id = ev.id;
  page.append(el("h2", { class: "event-title" },
    el("span", { class: "type-swatch", style: `background:${I.typeColor(ev.event_type)}` }),
    `${I.subEventTypeLabel(ev.sub_event_type) || I.eventTypeLabel(ev.event_type)} — ${placeName(loc) || t("none")}`,
    " ", el("small", { class: "event-code" }, ev.event_id_cnty || t("eventTitle", { id: ev.id })), " ",
    stateBadge(ev.review_state)));

  const coords = hasCoords(ev) ? `${loc.latitude.toFixed(4)}, ${loc.longitude.toFixed(4)}` : null;
  page.append(el("section", { class: "panel event-summary" },
    dl([
      ["eventType", I.eventTypeLabel(ev.event_type), "event-type"],
      ["subEventType", I.subEventTypeLabel(ev.sub_event_type), "sub-event-type"],
      ["dates", dateRange(ev), "event-dates"],
      ["placeName", loc ? placeName(loc) || t("none") : t("none"), "place-name"],
      ["admin1", loc && loc.admin1 ? I.adminLabel(loc.admin1) : null, "place-admin1"],
      ["admin2", loc && loc.admin2 ? I.adminLabel(loc.admin2) : null, "place-admin2"],
      ["admin3", loc && loc.admin3 ? loc.admin3 : null, "place-admin3"],
      ["country", loc && loc.country ? I.adminLabel(loc.country) : null, "place-country"],
      ["coordinates", coords ? el("span", { dir: "ltr" }, coords) : t("none"), "place-coords"],
      ["precision", loc ? I.precisionLabel(loc.geo_precision) : null, "place-precision"],
      ["pcode", loc && loc.pcode ? loc.pcode : null, "place-pcode"],
      ["actors", actorsLabel(ev.actors), "event-actors"],
      ["targets", actorsLabel(ev.targets), "event-targets"],
    ]),
    el("h3", null, t("fatalities")),
    fatalitiesTable(ev.fatalities)));

  page.append(el("section", { class: "panel event-tolls" }, el("h3", null, t("tolls")), tollsTable(ev.tolls)));

  page.append(el("section", { class: "panel event-sources" }, el("h3", null, t("sources")),
    el("ol", { class: "sources" }, (ev.sources || []).map((s) => sourceItem(s, st.reports)))));

  const reviews = ev.reviews || [];
  page.append(el("section", { class: "panel event-reviews" }, el("h3", null, t("reviews")),
    reviews.length ? el("ul", { class: "reviews" }, reviews.map(reviewItem)) : el("p", { class: "no-data" }, t("noReviews"))));

  // bring each highlighted span into view inside its scrolling box
  page.querySelectorAll(".report-text").forEach((box) => {
    const mark = box.querySelector("mark.evidence");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 40);
  });
}

function showEvent(id) {
  cache.event = null;
  renderEventPage();
  runLoad("event", async (current) => {
    let detail;
    try {
      detail = await api(`events/${encodeURIComponent(id)}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404 && current()) {
        cache.event = { missing: true };
        renderEventPage();
        return;
      }
      throw err;
    }
    if (!current()) return;
    const reports = new Map();
    cache.event = { detail, reports };
    renderEventPage();
    const ids = [...new Set((detail.sources || []).map((s) => s.report_id).filter((r) => r !== null && r !== undefined))];
    await Promise.all(ids.map((rid) => api(`reports/${encodeURIComponent(rid)}`)
      .then((rep) => reports.set(rid, rep))
      .catch((err) => reports.set(rid, err instanceof Error ? err : new Error(String(err))))));
    if (!current()) return;
    renderEventPage();
  });
}

// ---------------------------------------------------------------------------------------------------------------
// review queue

function subTypeSelect(value) {
  const select = el("select", { class: "edit-sub-event-type", name: "sub_event_type" });
  for (const type of Object.keys(I.EVENT_TYPES)) {
    const group = el("optgroup", { label: I.eventTypeLabel(type) });
    for (const [sub, info] of Object.entries(I.SUB_EVENT_TYPES)) {
      if (info.type === type) group.append(el("option", { value: sub }, I.subEventTypeLabel(sub)));
    }
    select.append(group);
  }
  if (value && !I.SUB_EVENT_TYPES[value]) select.append(el("option", { value }, value));
  select.value = value || "";
  return select;
}

function reviewRow(ev) {
  const done = ev.review_state && ev.review_state !== "unreviewed";
  const note = el("input", { type: "text", class: "edit-note", name: "note", dir: "auto" });
  const sub = subTypeSelect(ev.sub_event_type);
  const best = el("input", { type: "number", class: "edit-fatalities", name: "fatalities_best", min: "0", step: "1",
    value: String(fatalitiesBest(ev) ?? 0) });
  const item = el("article", { class: `review-item review-row${done ? " reviewed" : ""}`,
    dataset: { id: ev.id, state: ev.review_state || "" } });
  const act = (action) => (e) => {
    e.preventDefault();
    submitReview(item, ev, action, { sub, best, note });
  };
  const form = el("form", { class: "edit-form", on: { submit: act("edit") } },
    el("label", null, el("span", null, t("subEventType")), sub),
    el("label", null, el("span", null, t("fatalitiesBest")), best),
    el("label", { class: "note-label" }, el("span", null, t("note")), note),
    el("div", { class: "actions" },
      el("button", { type: "button", class: "confirm", disabled: done, on: { click: act("confirm") } }, t("confirm")),
      el("button", { type: "button", class: "reject", disabled: done, on: { click: act("reject") } }, t("reject")),
      el("button", { type: "submit", class: "edit", disabled: done }, t("edit"))));
  append(item, [
    el("header", { class: "review-head" },
      el("a", { class: "event-link", href: `#/event/${encodeURIComponent(ev.id)}` }, ev.event_id_cnty || `#${ev.id}`),
      " ", ...typeCell(ev), " ",
      el("span", { class: "review-state" }, stateBadge(ev.review_state))),
    el("div", { class: "review-facts" },
      el("span", { class: "review-date" }, dateRange(ev)), " · ",
      el("span", { class: "review-place" }, placeLabel(ev.location)), " · ",
      el("span", { class: "review-actors" }, actorsLabel(ev.actors)),
      ev.targets && ev.targets.length ? [I.dir() === "rtl" ? " ← " : " → ", el("span", { class: "review-targets" }, actorsLabel(ev.targets))] : null,
      " · ", el("span", { class: "review-fatalities" }, `${t("killed")}: ${num(fatalitiesBest(ev))}`)),
    form,
  ]);
  return item;
}

function renderReview() {
  const list = $("#review-list");
  list.textContent = "";
  const data = cache.review.data;
  if (!data) return;
  const items = data.items || [];
  for (const ev of items) list.append(reviewRow(ev));
  if (!items.length) list.append(el("p", { class: "no-data queue-empty" }, t("queueEmpty")));
  const total = data.total || 0;
  const offset = data.offset || 0;
  $("#review-info").textContent = t("pageInfo", { from: items.length ? offset + 1 : 0, to: offset + items.length, total });
  $("#review-prev").disabled = offset <= 0;
  $("#review-next").disabled = offset + items.length >= total;
}

function loadReview() {
  return runLoad("review", async (current) => {
    const data = await api("events", { state: "unreviewed", limit: PAGE_SIZE, offset: cache.review.offset });
    if (!current()) return;
    cache.review.data = data;
    renderReview();
  });
}

async function submitReview(item, ev, action, fields) {
  const token = $("#api-token").value.trim();
  const note = fields.note.value.trim();
  if (!token) {
    showMessage(t("tokenNeeded"), "error", 401);
    return;
  }
  const body = { action, changes: {}, note };
  if (action === "edit") {
    if (fields.sub.value && fields.sub.value !== ev.sub_event_type) body.changes.sub_event_type = fields.sub.value;
    const best = fields.best.value.trim();
    if (best !== "" && Number(best) !== fatalitiesBest(ev)) {
      const n = Number(best);
      if (!Number.isInteger(n) || n < 0) {
        showMessage(t("requestFailed", { status: "—", detail: "fatalities_best" }), "error");
        return;
      }
      body.changes.fatalities_best = n;
    }
    if (!Object.keys(body.changes).length) {
      showMessage(t("noChanges"), "error");
      return;
    }
  }
  const buttons = item.querySelectorAll("button");
  buttons.forEach((b) => { b.disabled = true; });
  await runLoad(`review-${ev.id}`, async (current) => {
    let updated;
    try {
      updated = await api(`events/${encodeURIComponent(ev.id)}/review`, null, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    } catch (err) {
      buttons.forEach((b) => { b.disabled = false; });
      throw err;
    }
    if (!current()) return;
    // keep the row, showing its new state; it leaves the queue on the next load
    const merged = { ...ev, ...updated };
    const data = cache.review.data;
    if (data && data.items) data.items = data.items.map((x) => (x.id === ev.id ? merged : x));
    const row = reviewRow(merged);
    item.replaceWith(row);
    showMessage(t("reviewDone", { id: merged.event_id_cnty || merged.id, state: I.stateLabel(merged.review_state) }), "ok", 200);
  });
}

function bindReview() {
  const token = $("#api-token");
  try { token.value = localStorage.getItem(TOKEN_KEY) || ""; } catch (e) { /* storage off */ }
  const save = () => {
    try {
      if (token.value.trim()) localStorage.setItem(TOKEN_KEY, token.value.trim());
      else localStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* storage off */ }
  };
  token.addEventListener("input", save);
  token.addEventListener("change", save);
  $("#review-prev").addEventListener("click", () => {
    cache.review.offset = Math.max(0, cache.review.offset - PAGE_SIZE);
    loadReview();
  });
  $("#review-next").addEventListener("click", () => {
    cache.review.offset += PAGE_SIZE;
    loadReview();
  });
}

function showReview() {
  cache.review.offset = 0;
  cache.review.data = null;
  renderReview();
  loadReview();
}

// ---------------------------------------------------------------------------------------------------------------
// routing and language

let currentRoute = null;

function parseHash() {
  let h = (location.hash || "").replace(/^#/, "");
  try { h = decodeURIComponent(h); } catch (e) { /* keep it raw */ }
  h = h || "/";
  const m = h.match(/^\/event\/([^/?]+)\/?$/);
  if (m) return { view: "event", id: m[1] };
  if (/^\/review\/?$/.test(h)) return { view: "review" };
  return { view: "home" };
}

const VIEWS = { home: "home", event: "event-page", review: "review-queue" };

function route() {
  const r = parseHash();
  currentRoute = r;
  inflight.clear();
  document.body.dataset.ready = "0";
  document.body.dataset.view = r.view;
  clearMessage();
  for (const [view, id] of Object.entries(VIEWS)) document.getElementById(id).hidden = view !== r.view;
  $("#nav-home").classList.toggle("active", r.view === "home");
  $("#nav-review").classList.toggle("active", r.view === "review");
  if (r.view === "event") showEvent(r.id);
  else if (r.view === "review") showReview();
  else showHome();
  if (r.view !== "home") window.scrollTo(0, 0);
  markReadyIfIdle();
}

function rerender() {
  if (!currentRoute) return;
  if (currentRoute.view === "home") rerenderHome();
  else if (currentRoute.view === "event") renderEventPage();
  else renderReview();
}

function switchLanguage() {
  document.body.dataset.ready = "0";
  I.setLang(I.getLang() === "ar" ? "en" : "ar");
  I.applyStatic();
  if (homeInitialised) renderFilterOptions();
  // close open popups: they were built in the other language
  if (map) map.closePopup();
  if (admin1Layer) admin1Layer.eachLayer((l) => l.closeTooltip && l.closeTooltip());
  if ($("#message").dataset.status === "401") showMessage(t("tokenNeeded"), "error", 401);
  rerender();
  markReadyIfIdle();
}

function init() {
  I.applyDocumentLang();
  I.applyStatic();
  $("#lang-switch").addEventListener("click", switchLanguage);
  bindFilters();
  bindReview();
  window.addEventListener("hashchange", route);
  window.addEventListener("resize", debounce(() => {
    if (currentRoute && currentRoute.view === "home") renderCharts();
  }, 200));
  route();
}

init();
