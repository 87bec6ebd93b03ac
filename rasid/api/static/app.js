// Rasid dashboard: a single ES module, no build step. Leaflet and Leaflet.markercluster are classic scripts (global
// `L`) from static/vendor/; this module is loaded async and waits for them (DOMContentLoaded) before drawing, having
// asked for the first view's data meanwhile. Every request goes to this server's /api; the only other
// requests are map tiles, and only when /api/config names a tile URL.
//
// Data from the API (report text, names, notes, URLs) is always inserted as text (textContent, createTextNode,
// attribute values), never as HTML.
//
// Routes: #/ (map, charts, event list), #/event/{id} (event page), #/review (review queue). The view's state is
// in the URL, after the route: every filter, the selected event, the map mode, the list page and the language
// (#/?admin1=Idlib&type=Battles&event=12&lang=en), written with the history API, so that a link restores the view
// and back / forward step through what the analyst did.
// Test hooks: <body data-view="home|event|review" data-ready="0|1">; data-ready is "0" while a view loads or
// reloads and "1" once it has rendered (also after an error, which then shows in #message).

import * as I from "./i18n.js";

const t = I.t;

// The app root: static/app.js sits one level below it, so the API is at <root>/api/ wherever the app is mounted.
const ROOT = new URL("../", import.meta.url);
const PAGE_SIZE = 50;
const MAP_CAP = 5000; // at most this many markers (newest first)
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

const num = (v) => I.fmtNumber(v);

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

// Requests started before the page knew it needed them (at start, with the configuration): taken once by `api`.
const prefetched = new Map();

/** Ask for `path` now, for a later `api` call to take; index.html's first script may have asked already
 * (window.rasidEarly: the response of each URL it fetched), and then its answer is used. */
function prefetch(path, params) {
  const href = apiUrl(path, params).href;
  const early = window.rasidEarly && window.rasidEarly[href];
  const request = early ? answer(early) : api(path, params);
  request.catch(() => {}); // a failure shows when the view takes the answer
  prefetched.set(href, request);
}

async function api(path, params, init) {
  const early = !init && prefetched.get(apiUrl(path, params).href);
  if (early) {
    prefetched.delete(apiUrl(path, params).href);
    return early;
  }
  return answer(fetch(apiUrl(path, params), { headers: { Accept: "application/json" }, ...init }));
}

/** The JSON of a response to come, or an ApiError. */
async function answer(response) {
  let res;
  try {
    res = await response;
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
  if (inflight.size === 0) document.body.dataset.ready = "1";}

// ---------------------------------------------------------------------------------------------------------------
// labels shared by the views

/** The place's name in the interface's language: in English the gazetteer's English name, else a romanisation. */
function placeName(loc) {
  if (!loc) return "";
  if (I.getLang() === "en") {
    if (loc.name_en) return loc.name_en;
    if (loc.name_ar) return I.romanise(loc.name_ar);
  } else if (loc.name_ar || loc.name_en) {
    return loc.name_ar || loc.name_en;
  }
  return I.adminLabel(loc.admin2) || I.adminLabel(loc.admin1) || "";
}

function placeLabel(loc) {
  if (!loc) return t("none");
  const parts = [];
  for (const p of [placeName(loc), I.adminLabel(loc.admin1)]) if (p && !parts.includes(p)) parts.push(p);
  return parts.join(t("sep")) || t("none");
}

/** A place label as an element, saying when the English name is a romanisation of the Arabic one. */
function placeElement(loc, cls) {
  const romanised = loc && I.getLang() === "en" && !loc.name_en && loc.name_ar;
  return el("span", { class: cls || null, title: romanised ? t("transliterated") : null }, placeLabel(loc));
}

function actorsLabel(ids) {
  if (!ids || !ids.length) return t("none");
  return ids.map(I.actorLabel).join(t("sep"));
}

function dateRange(ev) {
  return I.fmtDateRange(ev.date_start, ev.date_end);
}

function stateBadge(state) {
  return el("span", { class: `state-badge state-${state || "none"}`, dataset: { state: state || "" } },
    I.stateLabel(state));
}

function typeCell(ev) {
  return [
    el("span", { class: "type-swatch", style: `background:${I.typeColor(ev.event_type)}`, "aria-hidden": "true" }),
    el("span", { class: "type-name" }, I.eventTypeLabel(ev.event_type)),
    ev.sub_event_type ? el("small", { class: "sub-type" }, I.subEventTypeLabel(ev.sub_event_type)) : null,
  ];
}

function fatalitiesBest(ev) {
  return ev.fatalities ? ev.fatalities.best : null;
}

// ---------------------------------------------------------------------------------------------------------------
// the view's state in the URL

const FILTER_IDS = { from: "filter-from", to: "filter-to", admin1: "filter-admin1", admin2: "filter-admin2",
  type: "filter-type", actor: "filter-actor", state: "filter-state", q: "filter-q" };
const MAP_MODES = { points: "modePoints", "admin1-events": "modeAdmin1Events", "admin1-killed": "modeAdmin1Killed",
  "admin2-events": "modeAdmin2Events", "admin2-killed": "modeAdmin2Killed" };

/** What the URL asks for: the view (and the event of an event page), the filters, the selected event, the map
 * mode, the page of the event list and the language. */
function readUrl() {
  const hash = (location.hash || "").replace(/^#/, "");
  const cut = hash.indexOf("?");
  let path = cut === -1 ? hash : hash.slice(0, cut);
  try { path = decodeURIComponent(path); } catch (e) { /* keep it raw */ }
  path = path || "/";
  const params = new URLSearchParams(cut === -1 ? "" : hash.slice(cut + 1));
  const m = path.match(/^\/event\/([^/?]+)\/?$/);
  const filters = {};
  for (const key of Object.keys(FILTER_IDS)) {
    const v = (params.get(key) || "").trim();
    if (v) filters[key] = v;
  }
  const mode = params.get("map");
  const page = parseInt(params.get("page") || "0", 10);
  return {
    view: m ? "event" : /^\/review\/?$/.test(path) ? "review" : "home",
    id: m ? m[1] : null,
    filters,
    event: /^\d+$/.test(params.get("event") || "") ? params.get("event") : null,
    map: MAP_MODES[mode] ? mode : "points",
    page: Number.isInteger(page) && page > 0 ? page : 0,
    lang: I.LANGS.includes(params.get("lang")) ? params.get("lang") : null,
  };
}

let view = readUrl(); // the state now shown

/** The URL of a view, carrying the filters (and on the map, its mode, page and selection) and the language. */
function urlFor(target, extra = {}) {
  const params = new URLSearchParams();
  if (target !== "review") for (const [k, v] of Object.entries(view.filters)) params.set(k, v);
  if (target === "home") {
    const selected = "event" in extra ? extra.event : view.event;
    if (view.map !== "points") params.set("map", view.map);
    if (view.page) params.set("page", String(view.page));
    if (selected) params.set("event", String(selected));
  }
  params.set("lang", I.getLang());
  const path = target === "event" ? `/event/${encodeURIComponent(extra.id)}` : target === "review" ? "/review" : "/";
  return `#${path}?${params}`;
}

let routedHref = null; // the URL last shown, so that a popstate and a hashchange for one move route once

/** Write the state now shown into the URL: a new history entry (`push`) or the current one replaced. */
function saveUrl(push = true) {
  const url = urlFor(view.view, { id: view.id });
  if (location.hash === url) return;
  history[push ? "pushState" : "replaceState"](null, "", url);
  routedHref = location.href;
}

// ---------------------------------------------------------------------------------------------------------------
// filters

function currentFilters() {
  const f = {};
  for (const [key, id] of Object.entries(FILTER_IDS)) {
    const v = document.getElementById(id).value.trim();
    if (v) f[key] = v;
  }
  return f;
}

function setFilterInputs(filters) {
  for (const [key, id] of Object.entries(FILTER_IDS)) {
    const input = document.getElementById(id);
    const value = filters[key] || "";
    if (input.tagName === "SELECT" && value && ![...input.options].some((o) => o.value === value)) {
      input.append(el("option", { value }, value)); // not among the options (yet): keep what the URL says
    }
    input.value = value;
  }
}

const cache = {
  config: null,
  boundaries: null,
  admin1Options: null, // aggregate items, unfiltered
  admin2Options: null,
  home: { list: null, map: null, day: null, group: null, admin1: null, choropleth: null },
  event: null, // { detail, reports: Map(report_id -> report | Error) }
  review: { data: null, offset: 0 },
};

function fillSelect(select, options) {
  // options: [{value, label, cls, title}]; keeps the current value when it still exists
  const keep = select.value;
  select.textContent = "";
  select.append(el("option", { value: "" }, t("all")));
  for (const o of options) select.append(el("option", { value: o.value, class: o.cls || null, title: o.title || null }, o.label));
  if (keep && ![...select.options].some((o) => o.value === keep)) select.append(el("option", { value: keep }, keep));
  select.value = keep;
}

function byLabel(a, b) {
  return a.label.localeCompare(b.label, I.getLang());
}

function renderFilterOptions() {
  const admin1 = (cache.admin1Options || []).filter((it) => it.key);
  fillSelect($("#filter-admin1"), admin1
    .map((it) => ({ value: it.key, label: I.adminLabel(it.key), title: `${num(it.events)} ${t("events")}` }))
    .sort(byLabel));
  const chosen = $("#filter-admin1").value;
  const districts = (cache.admin2Options || []).filter((it) => it.key && (!chosen || it.admin1 === chosen));
  const seen = new Set();
  fillSelect($("#filter-admin2"), districts.filter((it) => !seen.has(it.key) && seen.add(it.key))
    .map((it) => ({ value: it.key, label: I.adminLabel(it.key) })).sort(byLabel));

  const types = [];
  for (const type of I.eventTypeIds()) {
    types.push({ value: type, label: I.eventTypeLabel(type), cls: "opt-type" });
    for (const sub of I.subEventTypeIds(type)) {
      types.push({ value: sub, label: "\u00a0\u00a0· " + I.subEventTypeLabel(sub), cls: "opt-sub" });
    }
  }
  fillSelect($("#filter-type"), types);
  fillSelect($("#filter-actor"), I.actorIds().map((id) => ({ value: id, label: I.actorLabel(id) })));
  fillSelect($("#filter-state"), Object.keys(I.REVIEW_STATES).map((s) => ({ value: s, label: I.stateLabel(s) })));
  const mode = $("#map-mode");
  mode.textContent = "";
  for (const [value, key] of Object.entries(MAP_MODES)) mode.append(el("option", { value }, t(key)));
  mode.value = view.map;
}

function filtersChanged() {
  const filters = currentFilters();
  if (JSON.stringify(filters) === JSON.stringify(view.filters)) return;
  if (filters.admin1 !== view.filters.admin1) renderFilterOptions(); // the districts of the new governorate
  view = { ...view, filters: currentFilters(), page: 0 };
  saveUrl();
  reloadHome();
}

function bindFilters() {
  for (const id of Object.values(FILTER_IDS)) document.getElementById(id).addEventListener("change", filtersChanged);
  const q = $("#filter-q");
  q.addEventListener("input", debounce(filtersChanged, 400));
  q.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      filtersChanged();
    }
  });
  $("#filter-reset").addEventListener("click", () => {
    for (const id of Object.values(FILTER_IDS)) document.getElementById(id).value = "";
    filtersChanged();
  });
  // the bulletin of the current period, governorate and review state, in the page's language
  $("#bulletin-link").addEventListener("click", (e) => {
    const f = currentFilters();
    const state = f.state === "confirmed" || f.state === "edited" ? "confirmed" : "all";
    e.currentTarget.href = apiUrl("bulletin", { from: f.from, to: f.to, admin1: f.admin1, state,
      lang: I.getLang(), format: "html" }).href;
  });
  $("#timeline-metric").addEventListener("change", () => renderTimeline());
  $("#map-mode").addEventListener("change", () => {
    view = { ...view, map: $("#map-mode").value };
    saveUrl();
    applyMapMode();
  });
  $("#export-format").addEventListener("change", renderExport);
  $("#page-prev").addEventListener("click", () => turnPage(-1));
  $("#page-next").addEventListener("click", () => turnPage(1));
}

function turnPage(step) {
  view = { ...view, page: Math.max(0, view.page + step) };
  saveUrl();
  loadList();
}

// ---------------------------------------------------------------------------------------------------------------
// map

let map = null;
let clusterLayer = null;
let admin1Layer = null;
let admin2Layer = null;
let choroplethLayer = null;
let attributionControl = null;
let tileLayer = null;
let mapFitted = false;
let selectedPopup = null; // the popup of a selected event that has no marker among those loaded

// Choropleth classes: viridis (perceptually even, read by colour-blind readers), outside the type palette.
const CHOROPLETH_COLOURS = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"];
const CHOROPLETH_ZERO = "#f2f1ec";

function initMap() {
  if (map) return;
  if (typeof L === "undefined") throw new Error("Leaflet did not load (static/vendor/leaflet.js)");
  map = L.map("map", { center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom, minZoom: 3, maxZoom: 18,
    zoomControl: false });
  renderZoomControl();
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
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(clusterLayer);
  // a click (or Enter) on a marker whose popup is not bound yet: once bound, the popup opens by itself
  clusterLayer.on("click", (e) => { if (e.layer && e.layer.eventId && !e.layer.getPopup()) openMarkerPopup(e.layer); });
  map.on("popupopen", (e) => {
    const id = e.popup.options.eventId;
    if (id && String(id) !== String(view.event)) selectEvent(id);
  });
  map.on("popupclose", (e) => {
    const id = e.popup.options.eventId;
    if (id && !rendering && String(id) === String(view.event)) selectEvent(null);
  });
}

let zoomControl = null;

/** Leaflet's zoom buttons, labelled in the interface's language. */
function renderZoomControl() {
  if (zoomControl) zoomControl.remove();
  zoomControl = L.control.zoom({ zoomInTitle: t("zoomIn"), zoomOutTitle: t("zoomOut") }).addTo(map);
}

/** Clusters are white discs ringed in ink, sized by count: no colour of the type palette. */
function clusterIcon(cluster) {
  const n = cluster.getChildCount();
  const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 44 : 52;
  // only a formatted number goes into this markup
  return L.divIcon({ html: `<span>${I.fmtNumber(n)}</span>`, className: "event-cluster",
    iconSize: [size, size] });
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

function hasBoundaries() {
  return Boolean(cache.boundaries && cache.boundaries.kind === "boundaries");
}

/** Markers, not a choropleth: asked for, or a choropleth cannot be drawn without imported boundaries. */
function pointsMode() {
  return view.map === "points" || !hasBoundaries();
}

function applyBoundaries() {
  const gj = cache.boundaries;
  if (!gj || !map) return;
  admin1Layer.clearLayers();
  admin2Layer.clearLayers();
  admin1Layer.addData(gj);
  admin2Layer.addData(gj);
  admin2Layer.bringToFront();
  $("#map").dataset.boundaries = gj.kind || "sketch";
  renderAttribution();
  renderMapNote();
}

/** Who made the boundaries drawn, as their licences ask: a control on the map, URLs as links, all as text. */
function renderAttribution() {
  if (attributionControl) attributionControl.remove();
  attributionControl = null;
  const sources = (cache.boundaries && cache.boundaries.attribution) || [];
  if (!sources.length) return;
  // the sources' own words (English), each isolated so that the Arabic interface keeps its direction
  const box = el("div", { class: "boundaries-attribution", dir: I.dir() }, t("boundariesBy"));
  sources.forEach((src, i) => {
    if (i) box.append(t("sep"));
    const text = src.attribution || src.source;
    const words = el("bdi", { lang: "en", dir: "ltr" });
    let last = 0;
    for (const m of text.matchAll(/https?:\/\/[^\s<>")]+/g)) {
      words.append(text.slice(last, m.index));
      const href = safeHref(m[0]);
      words.append(href ? el("a", { href, target: "_blank", rel: "noopener noreferrer" }, m[0]) : m[0]);
      last = m.index + m[0].length;
    }
    words.append(text.slice(last));
    box.append(words);
  });
  box.title = sources.map((src) => `${src.source}: ${src.licence || "?"}`).join("\n"); // the licences, on hover
  attributionControl = L.control({ position: "bottomleft" });
  attributionControl.onAdd = () => {
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  attributionControl.addTo(map);
}

function renderMapNote() {
  const notes = [];
  const shown = cache.home.map;
  if (!hasBoundaries() && view.map !== "points") notes.push(t("choroplethNeedsBoundaries"));
  if (pointsMode() && shown) {
    if (shown.total > shown.points.length) notes.push(t("mapCapped", { n: shown.points.length, total: shown.total }));
    const without = cache.home.list ? (cache.home.list.total || 0) - shown.total : 0;
    if (without > 0) notes.push(t("noCoords", { n: without }));
  } else if (cache.home.choropleth && cache.home.choropleth.unmatched.events) {
    notes.push(t("choroplethUnmatched", { n: cache.home.choropleth.unmatched.events }));
  }
  const note = $("#map-note");
  note.textContent = notes.join(" ");
  const sketch = $("#map-sketch-note");
  sketch.hidden = !cache.boundaries || hasBoundaries();
  note.hidden = !notes.length;
}

function fitMapOnce() {
  if (mapFitted || !map) return;
  let bounds = null;
  if (admin1Layer.getLayers().length) bounds = admin1Layer.getBounds();
  else if (clusterLayer.getLayers().length) bounds = clusterLayer.getBounds();
  if (bounds && bounds.isValid()) {
    // at once, not animated: the map's points may come before the boundaries, and a zoom still in flight when a
    // selected event's marker is brought into view closes its popup as it ends (unselecting the event)
    map.fitBounds(bounds, { padding: [10, 10], maxZoom: 9, animate: false });
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
  return el("div", { class: "popup", dir: I.dir(), dataset: { id: ev.id } },
    el("div", { class: "popup-type" }, ...typeCell(ev)),
    el("div", { class: "popup-date" }, dateRange(ev)),
    el("div", { class: "popup-place" }, placeElement(ev.location)),
    el("div", { class: "popup-actors" }, actorsLabel(ev.actors)),
    el("div", { class: "popup-fatalities" }, `${t("killed")}: ${num(fatalitiesBest(ev))}`),
    el("a", { class: "popup-link", href: urlFor("event", { id: ev.id }) }, t("openEvent")));
}

let rendering = false; // markers are being replaced: their popups close without the analyst closing them
const markersById = new Map();

/** Open a marker's popup, binding it the first time. */
function openMarkerPopup(marker) {
  if (!marker.getPopup()) marker.bindPopup(() => pointPopup(marker.eventId), { minWidth: 180, eventId: marker.eventId });
  marker.openPopup();
}

/** A marker's popup: built when it opens, from the event's details (the map loads only points). */
function pointPopup(id) {
  const box = el("div", { class: "popup", dir: I.dir(), dataset: { id } }, el("span", { class: "loading" }, t("loading")));
  api(`events/${encodeURIComponent(id)}`)
    .then((ev) => box.replaceWith(markerPopup(ev)))
    .catch((err) => { box.textContent = errorText(err); });
  return box;
}

// The map points the markers were made from, and their count per type (for the legend).
let markersOf = null;
let markerCounts = null;

function renderMarkers() {
  if (!map) return;
  const points = (cache.home.map && cache.home.map.points) || [];
  rendering = true;
  clusterLayer.clearLayers();
  rendering = false;
  markersById.clear();
  const markers = [];
  const counts = {};
  const icons = {};
  for (const [id, lat, lon, type, day] of points) {
    counts[type] = (counts[type] || 0) + 1;
    // one icon per type; only our own colour goes into its markup
    icons[type] = icons[type] || L.divIcon({
      className: `event-marker type-${typeSlug(type)}`,
      html: `<span class="dot" style="background:${I.typeColor(type)}"></span>`,
      iconSize: [14, 14],
      iconAnchor: [7, 7],
      popupAnchor: [0, -6],
    });
    const m = L.marker([lat, lon], {
      icon: icons[type],
      title: `${I.fmtDate(day)} — ${I.eventTypeLabel(type)}`,
      riseOnHover: true,
      keyboard: true,
    });
    m.eventId = id; // its popup is bound when first opened (openMarkerPopup): 5,000 bound at once took 50 ms
    markersById.set(String(id), m);
    markers.push(m);
  }
  clusterLayer.addLayers(markers, true); // true: no "layeradd" event per marker (none listens)
  markersOf = cache.home.map;
  markerCounts = counts;
  if (pointsMode()) renderLegend(counts);
  renderMapNote();
  if (cache.home.map) $("#map").dataset.filters = cache.home.map.filters; // what the markers show (a test hook)
}

function renderLegend(counts) {
  const box = $("#map-legend");
  box.textContent = "";
  box.append(el("span", { class: "legend-title" }, t("legend") + ":"));
  for (const type of I.eventTypeIds()) {
    box.append(el("span", { class: "legend-item", dataset: { type } },
      el("span", { class: "legend-swatch", style: `background:${I.typeColor(type)}`, "aria-hidden": "true" }),
      I.eventTypeLabel(type),
      counts && counts[type] ? el("span", { class: "legend-count" }, ` (${num(counts[type])})`) : null));
  }
}

async function loadMapEvents(filters, current) {
  const data = await api("map", { ...filters, limit: MAP_CAP });
  if (!current()) return;
  cache.home.map = { ...data, filters: JSON.stringify(filters) };
  renderMarkers();
  fitMapOnce();
  showSelection();
}

// -- the selected event

function selectEvent(id) {
  view = { ...view, event: id ? String(id) : null };
  saveUrl(Boolean(id));
  markSelectedRow();
}

function markSelectedRow() {
  document.querySelectorAll("#event-list tr.event-row").forEach((row) => {
    const on = row.dataset.id === String(view.event);
    row.classList.toggle("selected", on);
    if (on) row.setAttribute("aria-current", "true");
    else row.removeAttribute("aria-current");
  });
}

/** Open the selected event's popup: on its marker when it is loaded, else on its own at the event's place. */
function showSelection() {
  markSelectedRow();
  if (!map || view.view !== "home" || !pointsMode()) return;
  if (selectedPopup) {
    rendering = true;
    map.closePopup(selectedPopup);
    rendering = false;
    selectedPopup = null;
  }
  if (!view.event) {
    rendering = true;
    map.closePopup();
    rendering = false;
    return;
  }
  const marker = markersById.get(String(view.event));
  if (marker) {
    clusterLayer.zoomToShowLayer(marker, () => openMarkerPopup(marker));
    return;
  }
  const wanted = view.event;
  runLoad("selected", async (current) => {
    const ev = await api(`events/${encodeURIComponent(wanted)}`);
    if (!current() || view.event !== wanted || !hasCoords(ev)) return;
    selectedPopup = L.popup({ minWidth: 180, eventId: ev.id })
      .setLatLng([ev.location.latitude, ev.location.longitude]).setContent(markerPopup(ev));
    selectedPopup.openOn(map);
  });
}

// -- choropleth

function applyMapMode() {
  if (!map) return;
  const points = pointsMode();
  $("#map").dataset.mode = points ? "points" : view.map;
  if (points) {
    if (choroplethLayer) choroplethLayer.remove();
    choroplethLayer = null;
    if (!map.hasLayer(clusterLayer)) map.addLayer(clusterLayer);
    admin1Layer.setStyle({ fillOpacity: tileLayer ? 0 : 1 });
    if (markersOf !== cache.home.map) renderMarkers();
    else { // the markers are those of the points loaded (made again only for new points or another language)
      renderLegend(markerCounts);
      renderMapNote();
    }
    showSelection();
    return;
  }
  rendering = true;
  map.closePopup();
  rendering = false;
  if (map.hasLayer(clusterLayer)) map.removeLayer(clusterLayer);
  loadChoropleth();
}

function loadChoropleth() {
  const [level, metric] = view.map.split("-");
  const filters = { ...view.filters };
  return runLoad("choropleth", async (current) => {
    const data = await api("choropleth", { ...filters, level });
    if (!current()) return;
    cache.home.choropleth = data;
    renderChoropleth(level, metric);
  });
}

function choroplethBreaks(max) {
  const top = niceMax(Math.max(1, max));
  return CHOROPLETH_COLOURS.map((_, i) => (top * (i + 1)) / CHOROPLETH_COLOURS.length);
}

function renderChoropleth(level, metric) {
  if (choroplethLayer) choroplethLayer.remove();
  const data = cache.home.choropleth;
  if (!data || pointsMode()) return;
  const values = new Map((data.items || []).map((it) => [it.id, it[metric] || 0]));
  const breaks = choroplethBreaks(Math.max(0, ...values.values()));
  const colour = (v) => (!v ? CHOROPLETH_ZERO : CHOROPLETH_COLOURS[breaks.findIndex((b) => v <= b)]);
  choroplethLayer = L.geoJSON(cache.boundaries, {
    filter: (f) => f.properties.level === level,
    style: (f) => ({ className: "choropleth-unit", color: "#4a4a4a", weight: level === "admin1" ? 1.2 : 0.6,
      fillColor: colour(values.get(f.id) || 0), fillOpacity: 0.85 }),
    onEachFeature: (f, layer) => {
      layer.feature.properties.value = values.get(f.id) || 0;
      layer.bindTooltip(() => el("span", null, `${I.adminLabel(f.properties.name)}: ${num(values.get(f.id) || 0)}`),
        { sticky: true, direction: "top", className: "boundary-tooltip" });
      layer.on("click", () => filterToUnit(f.properties));
    },
  }).addTo(map);
  renderChoroplethLegend(metric, level, breaks);
  renderMapNote();
}

/** A click on a unit filters the view to it. */
function filterToUnit(props) {
  $("#filter-admin1").value = props.admin1;
  renderFilterOptions();
  if (props.level === "admin2") setFilterInputs({ ...currentFilters(), admin2: props.admin2 });
  filtersChanged();
}

function renderChoroplethLegend(metric, level, breaks) {
  const box = $("#map-legend");
  box.textContent = "";
  box.append(el("span", { class: "legend-title" }, t(MAP_MODES[`${level}-${metric}`]) + ":"));
  box.append(el("span", { class: "legend-item" }, el("span", { class: "legend-box", style: `background:${CHOROPLETH_ZERO}` }), num(0)));
  let low = 0;
  breaks.forEach((b, i) => {
    box.append(el("span", { class: "legend-item" }, el("span", { class: "legend-box", style: `background:${CHOROPLETH_COLOURS[i]}` }),
      `${num(Math.floor(low) + 1)}–${num(Math.floor(b))}`));
    low = b;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// charts (plain SVG)

function chartWidth(box) {
  return Math.max(240, Math.floor(box.clientWidth || box.getBoundingClientRect().width || 600));
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
  const m = { top: 12, right: 12, bottom: 26, left: 44 };
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
    root.append(svg("text", { class: "axis-label", x: m.left - 6, y: y + 4, "text-anchor": "end", text: num(v) }));
  }
  buckets.forEach((b, i) => {
    const v = b[metric];
    const h = (v / max) * ih;
    const x = m.left + i * step + (step - bw) / 2;
    const title = `${I.fmtDate(b.key)}: ${num(b.events)} ${t("events")}${t("sep")}${num(b.killed)} ${t("killed")}` +
      `${t("sep")}${num(b.injured)} ${t("injured")}`;
    root.append(svg("rect", { class: `bar bar-${metric}`, x: x.toFixed(2), y: (m.top + ih - h).toFixed(2),
      width: bw.toFixed(2), height: Math.max(0, h).toFixed(2), "data-key": b.key, "data-value": v },
    svg("title", { text: title })));
  });
  // x labels: about one per 90 px
  const every = Math.max(1, Math.ceil(buckets.length / Math.max(1, Math.floor(iw / 90))));
  for (let i = 0; i < buckets.length; i += every) {
    const x = m.left + i * step + step / 2;
    root.append(svg("text", { class: "axis-label", x, y: H - 8, "text-anchor": i === 0 ? "start" : "middle",
      text: I.fmtDate(buckets[i].key) }));
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
    g.append(svg("title", { text: `${label}: ${num(it.killed)} ${t("killed")}${t("sep")}${num(it.injured || 0)} ` +
      `${t("injured")}${t("sep")}${num(it.events || 0)} ${t("events")}` }));
    const labelX = rtl ? W - 4 : labelW - 6;
    const barX = rtl ? W - labelW - len : labelW;
    const valueX = rtl ? W - labelW - len - 5 : labelW + len + 5;
    // the svg is laid out left to right (CSS direction: ltr), so "end" is the right edge in both layouts
    g.append(svg("text", { class: "bar-label", x: labelX, y: y + rowH / 2 + 4, "text-anchor": "end",
      "data-full": label, text: truncate(label, 40) }));
    g.append(svg("rect", { class: "bar bar-killed", x: barX.toFixed(2), y: y + 3, width: len.toFixed(2),
      height: rowH - 8, "data-value": it.killed }));
    g.append(svg("text", { class: "bar-value", x: valueX.toFixed(2), y: y + rowH / 2 + 4,
      "text-anchor": rtl ? "end" : "start", text: num(it.killed) }));
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
// event list and export

const COLUMNS = [["col-date", "colDate"], ["col-type", "colType"], ["col-place", "colPlace"],
  ["col-actors", "colActors"], ["col-fatalities num", "colFatalities"], ["col-state", "colState"]];

function renderList() {
  const data = cache.home.list;
  const tbody = $("#event-list tbody");
  tbody.textContent = "";
  if (!data) return;
  const items = data.items || [];
  for (const ev of items) {
    const href = urlFor("event", { id: ev.id });
    const cells = [
      el("a", { class: "event-link", href }, dateRange(ev)),
      typeCell(ev),
      [placeElement(ev.location), hasCoords(ev) ? el("button", { type: "button", class: "show-on-map",
        "aria-label": t("showOnMap"), title: t("showOnMap"), on: { click: () => showOnMap(ev.id) } }, "⌖") : null],
      actorsLabel(ev.actors),
      num(fatalitiesBest(ev)),
      stateBadge(ev.review_state),
    ];
    const row = el("tr", { class: "event-row", tabindex: "0", dataset: { id: ev.id, state: ev.review_state || "" },
      on: {
        click: (e) => {
          if (e.target.closest("a, button")) return; // the link navigates by itself
          location.hash = href;
        },
        keydown: (e) => { if (e.key === "Enter" && !e.target.closest("a, button")) location.hash = href; },
      } },
    // data-label: the column's name, shown before each value when the table becomes cards on a phone
    cells.map((content, i) => el("td", { class: COLUMNS[i][0], dataset: { label: t(COLUMNS[i][1]) } }, content)));
    tbody.append(row);
  }
  if (!items.length) {
    tbody.append(el("tr", { class: "empty-row" }, el("td", { colspan: "6" }, t("pageEmpty"))));
  }
  const total = data.total || 0;
  const offset = data.offset || 0;
  const info = $("#page-info");
  info.textContent = items.length
    ? t("pageInfo", { from: offset + 1, to: offset + items.length, total })
    : t("pageInfo", { from: 0, to: 0, total });
  info.dataset.total = String(total);
  $("#page-prev").disabled = offset <= 0;
  $("#page-next").disabled = offset + items.length >= total;
  markSelectedRow();
  renderExport();
  renderMapNote();
  $("#event-list").dataset.filters = JSON.stringify(view.filters);
}

/** Select the event and bring the map, with its popup, into view. */
function showOnMap(id) {
  if (!pointsMode()) {
    view = { ...view, map: "points" };
    applyMapMode();
  }
  selectEvent(id);
  showSelection();
  $("#map").scrollIntoView({ block: "nearest", behavior: "smooth" });
}

function loadList() {
  const filters = { ...view.filters };
  const page = view.page;
  return runLoad("list", async (current) => {
    const data = await api("events", { ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
    if (!current()) return;
    cache.home.list = data;
    renderList();
  });
}

/** The export link of the current filters, with the number of events it will hold. */
function renderExport() {
  const link = $("#export-link");
  const note = $("#export-note");
  const total = cache.home.list ? cache.home.list.total || 0 : null;
  const limits = (cache.config && cache.config.export) || {};
  const format = $("#export-format").value || "acled-csv";
  const tooMany = total !== null && limits.max_events && total > limits.max_events;
  link.textContent = t("exportButton", { n: total ?? 0 });
  if (total && !tooMany) {
    link.href = apiUrl("export", { ...view.filters, format }).href;
    link.removeAttribute("aria-disabled");
  } else {
    link.removeAttribute("href");
    link.setAttribute("aria-disabled", "true");
  }
  link.dataset.count = String(total ?? "");
  note.textContent = tooMany ? t("exportTooMany", { n: total, max: limits.max_events }) : total === 0 ? t("exportNone") : "";
  note.hidden = !note.textContent;
}

// ---------------------------------------------------------------------------------------------------------------
// home view

let homeInitialised = false;
let loadedFilters = null; // JSON of the filters the home view last loaded with
let loadedPage = null;

/** What the home view needs once: the boundaries (drawn at once), then the governorates and districts that have
 * events, for the filters' options (loaded after the first paint: they count every event). */
async function loadHomeSetup(current, painted) {
  if (!cache.boundaries) {
    try {
      cache.boundaries = await api("boundaries");
    } catch (err) {
      cache.boundaries = { type: "FeatureCollection", kind: "sketch", features: [] };
      console.warn(err);
    }
    if (!current()) return;
    applyConfig();
    applyBoundaries();
    fitMapOnce();
    applyMapMode();
  }
  if (!cache.admin1Options) {
    await painted;
    const [admin1, admin2] = await Promise.all([api("aggregates", { by: "admin1" }), api("aggregates", { by: "admin2" })]);
    if (!current()) return;
    cache.admin1Options = admin1.items || [];
    cache.admin2Options = admin2.items || [];
    renderFilterOptions();
    setFilterInputs(view.filters);
  }
}

/** Load the view for the filters: the list and the map first, then the charts (their aggregates are the slow
 * part with many events), so that the analyst sees the events at once. */
function reloadHome() {
  const filters = { ...view.filters };
  loadedFilters = JSON.stringify(filters);
  loadedPage = view.page;
  const painted = Promise.all([loadList(), runLoad("map", (current) => loadMapEvents(filters, current))]);
  runLoad("charts", async (current) => {
    await painted;
    if (current()) await loadCharts(filters, current);
  });
  if (!pointsMode()) loadChoropleth();
  return painted;
}

function showHome() {
  if (!homeInitialised) {
    homeInitialised = true;
    renderFilterOptions();
    renderLegend(null);
  }
  setFilterInputs(view.filters);
  $("#map-mode").value = view.map;
  try {
    initMap();
  } catch (err) {
    showMessage(errorText(err), "error");
  }
  if (map) map.invalidateSize();
  let painted = Promise.resolve();
  if (JSON.stringify(view.filters) !== loadedFilters) {
    painted = reloadHome();
  } else {
    if (view.page !== loadedPage) {
      loadedPage = view.page;
      loadList();
    }
    applyMapMode();
  }
  runLoad("setup", (current) => loadHomeSetup(current, painted));
}

function rerenderHome() {
  renderFilterOptions();
  setFilterInputs(view.filters);
  renderMarkers();
  if (!pointsMode() && cache.home.choropleth) renderChoropleth(...view.map.split("-"));
  else renderLegend(null);
  renderAttribution();
  renderCharts();
  renderList();
  showSelection();
}

// ---------------------------------------------------------------------------------------------------------------
// event page

const COUNTRIES = { SY: "Syria", IQ: "Iraq" };

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
      el("td", { class: "fat-low num", dataset: { value: f.low ?? "" } }, num(f.low)),
      el("td", { class: "fat-best num", dataset: { value: f.best ?? "" } }, num(f.best)),
      el("td", { class: "fat-high num", dataset: { value: f.high ?? "" } }, num(f.high)))));
}

function figureItem(fig) {
  let range;
  if (fig.low !== null && fig.low !== undefined && fig.high !== null && fig.high !== undefined && fig.low !== fig.high) {
    range = `${num(fig.low)}–${num(fig.high)}`;
  } else {
    range = num(fig.low ?? fig.high);
  }
  const bits = [el("bdi", { class: "figure-count num", dir: "ltr" }, range)];
  if (fig.qualifier && fig.qualifier !== "exact") bits.push(el("span", { class: "figure-qualifier" }, ` (${I.qualifierLabel(fig.qualifier)})`));
  if (fig.tally) bits.push(el("span", { class: "tag tally" }, t("tally")));
  if (fig.superseded) bits.push(el("span", { class: "tag superseded-tag" }, t("superseded")));
  bits.push(el("span", { class: "figure-source" }, " — ", el("bdi", { class: "doc-id" }, fig.doc_id || ""),
    fig.report_date ? ` · ${I.fmtDate(fig.report_date)}` : ""));
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
  if (rep && !(rep instanceof Error) && rep.lang && rep.lang !== "other") textBox.lang = rep.lang;  // English reports too
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
      ["outlet", el("bdi", { class: "source-outlet source-text", dir: "auto" },
        src.outlet || (rep && !(rep instanceof Error) ? rep.outlet : null) || t("none"))],
      ["url", href ? el("a", { class: "source-url source-text", dir: "ltr", href, target: "_blank", rel: "noopener noreferrer" }, src.url)
        : src.url ? el("bdi", { class: "source-text" }, src.url) : t("none")],
      ["reportDate", I.fmtDate(src.report_date)],
      ["mergeReason", el("span", { class: "merge-reason", dataset: { code: (src.merge && src.merge.code) || "" } },
        I.mergeLabel(src.merge, src.merge_reason))],
    ], "facts source-facts"),
    el("div", { class: "report-label" }, t("reportText"),
      rep && !(rep instanceof Error) && rep.title ? [" — ", el("bdi", { class: "report-title source-text", dir: "auto" }, rep.title)] : null),
    textBox);
}

/** A recorded value of a reviewed field, in the interface's language. */
function fieldValue(field, value) {
  if (value === undefined || value === null || value === "") return "∅";
  if (field === "event_type") return I.eventTypeLabel(value);
  if (field === "sub_event_type") return I.subEventTypeLabel(value);
  if (field === "review_state") return I.stateLabel(value);
  if (field === "actors" || field === "targets") return actorsLabel(value);
  if (field === "date_start" || field === "date_end") return I.fmtDate(value);
  if (field === "fatalities" && typeof value === "object") {
    return `${t("low")} ${num(value.low)}${t("sep")}${t("best")} ${num(value.best)}${t("sep")}${t("high")} ${num(value.high)}`;
  }
  return typeof value === "number" ? num(value) : String(value);
}

function changesText(before, after) {
  const keys = new Set([...Object.keys(before || {}), ...Object.keys(after || {})]);
  const out = [];
  for (const k of keys) {
    const a = (before || {})[k];
    const b = (after || {})[k];
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${I.fieldLabel(k)}: ${fieldValue(k, a)} ${I.dir() === "rtl" ? "←" : "→"} ${fieldValue(k, b)}`);
  }
  return out;
}

function reviewItem(r) {
  const changes = changesText(r.before, r.after);
  return el("li", { class: `review review-${r.action || ""}` },
    el("span", { class: "review-at" }, I.fmtDateTime(r.at)), " ",
    el("span", { class: "review-who" }, t("reviewBy", { user: r.user || "?", action: I.actionLabel(r.action) })),
    r.note ? el("div", { class: "review-note source-text", dir: "auto" }, r.note) : null,
    changes.length ? el("ul", { class: "review-changes" }, changes.map((c) => el("li", null, c))) : null);
}

function renderEventPage() {
  const page = $("#event-page");
  page.textContent = "";
  const st = cache.event;
  page.append(el("a", { class: "back", href: urlFor("home", { event: view.id }) }, t("back")));
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

  const coords = hasCoords(ev) ? `${I.fmtNumber(loc.latitude, 4)}${t("sep")}${I.fmtNumber(loc.longitude, 4)}` : null;
  page.append(el("section", { class: "panel event-summary" },
    dl([
      ["eventType", I.eventTypeLabel(ev.event_type), "event-type"],
      ["subEventType", I.subEventTypeLabel(ev.sub_event_type), "sub-event-type"],
      ["dates", dateRange(ev), "event-dates"],
      ["placeName", loc ? placeElement({ ...loc, admin1: null }) : t("none"), "place-name"],
      ["admin1", loc && loc.admin1 ? I.adminLabel(loc.admin1) : null, "place-admin1"],
      ["admin2", loc && loc.admin2 ? I.adminLabel(loc.admin2) : null, "place-admin2"],
      ["admin3", loc && loc.admin3 ? I.adminLabel(loc.admin3) : null, "place-admin3"],
      ["country", loc && loc.country ? I.adminLabel(COUNTRIES[loc.country] || loc.country) : null, "place-country"],
      ["coordinates", coords ? el("bdi", null, coords) : t("none"), "place-coords"],
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
  for (const type of I.eventTypeIds()) {
    const group = el("optgroup", { label: I.eventTypeLabel(type) });
    for (const sub of I.subEventTypeIds(type)) group.append(el("option", { value: sub }, I.subEventTypeLabel(sub)));
    select.append(group);
  }
  if (value && !I.isSubEventType(value)) select.append(el("option", { value }, value));
  select.value = value || "";
  return select;
}

function reviewRow(ev) {
  const done = ev.review_state && ev.review_state !== "unreviewed";
  const note = el("input", { type: "text", class: "edit-note", name: "note", dir: "auto" });
  const sub = subTypeSelect(ev.sub_event_type);
  const best = el("input", { type: "number", class: "edit-fatalities", name: "fatalities_best", min: "0", step: "1",
    value: String(fatalitiesBest(ev) ?? 0) });
  // Each item is an article named by its heading; its controls follow in reading order (the event, then the edit
  // fields, then confirm / reject / save) and each button is described by the heading, so that a screen reader
  // says which event «Confirm» confirms.
  const headingId = `review-head-${ev.id}`;
  const code = ev.event_id_cnty || `#${ev.id}`;
  const item = el("article", { class: `review-item review-row${done ? " reviewed" : ""}`, "aria-labelledby": headingId,
    dataset: { id: ev.id, state: ev.review_state || "" } });
  const act = (action) => (e) => {
    e.preventDefault();
    submitReview(item, ev, action, { sub, best, note });
  };
  const form = el("form", { class: "edit-form", "aria-label": t("reviewActions", { code }), on: { submit: act("edit") } },
    el("label", null, el("span", null, t("subEventType")), sub),
    el("label", null, el("span", null, t("fatalitiesBest")), best),
    el("label", { class: "note-label" }, el("span", null, t("note")), note),
    el("div", { class: "actions" },
      el("button", { type: "button", class: "confirm", disabled: done, "aria-describedby": headingId,
        on: { click: act("confirm") } }, t("confirm")),
      el("button", { type: "button", class: "reject", disabled: done, "aria-describedby": headingId,
        on: { click: act("reject") } }, t("reject")),
      el("button", { type: "submit", class: "edit", disabled: done, "aria-describedby": headingId }, t("edit"))));
  append(item, [
    el("header", { class: "review-head" },
      el("h3", { id: headingId, class: "review-title" },
        el("a", { class: "event-link", href: urlFor("event", { id: ev.id }) }, el("bdi", null, code)),
        " ", ...typeCell(ev)),
      el("span", { class: "review-state" }, stateBadge(ev.review_state))),
    el("div", { class: "review-facts" },
      el("span", { class: "review-date" }, dateRange(ev)), " · ",
      placeElement(ev.location, "review-place"), " · ",
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
        showMessage(t("requestFailed", { status: "—", detail: t("fatalitiesBest") }), "error");
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
    const hadFocus = item.contains(document.activeElement) || document.activeElement === document.body;
    item.replaceWith(row);
    if (hadFocus) focusNextReview(row);
    showMessage(t("reviewDone", { id: merged.event_id_cnty || merged.id, state: I.stateLabel(merged.review_state) }), "ok", 200);
  });
}

/** After an action, the keyboard goes on to the next event still to review (or stays on this one's heading). */
function focusNextReview(row) {
  let next = row.nextElementSibling;
  while (next && next.querySelector("button.confirm:disabled")) next = next.nextElementSibling;
  const target = next ? next.querySelector("button.confirm") : row.querySelector(".event-link");
  if (target) target.focus();
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
// routing and language// ---------------------------------------------------------------------------------------------------------------
// routing and language

const VIEWS = { home: "home", event: "event-page", review: "review-queue" };

/** Show what the URL asks for (on load, back / forward, and links). */
function route() {
  routedHref = location.href;
  const next = readUrl();
  const previous = view;
  if (next.lang && next.lang !== I.getLang()) {
    I.setLang(next.lang);
    applyLanguage();
  }
  view = next;
  inflight.clear();
  document.body.dataset.ready = "0";
  document.body.dataset.view = next.view;
  clearMessage();
  for (const [name, id] of Object.entries(VIEWS)) document.getElementById(id).hidden = name !== next.view;
  $("#nav-home").classList.toggle("active", next.view === "home");
  $("#nav-review").classList.toggle("active", next.view === "review");
  $("#nav-home").href = urlFor("home");
  $("#nav-review").href = urlFor("review");
  if (next.view === "event") showEvent(next.id);
  else if (next.view === "review") showReview();
  else showHome();
  if (next.view !== previous.view && next.view !== "home") window.scrollTo(0, 0);
  markReadyIfIdle();
}

function onUrlChange() {
  if (location.href !== routedHref) route();
}

function rerender() {
  if (view.view === "home") {
    if (homeInitialised) rerenderHome();
  } else if (view.view === "event") renderEventPage();
  else renderReview();
  $("#nav-home").href = urlFor("home");
  $("#nav-review").href = urlFor("review");
}

/** The static strings, and what was built in the other language: options, popups, tooltips. */
function applyLanguage() {
  I.applyStatic();
  $("#lang-switch").lang = I.getLang() === "ar" ? "en" : "ar"; // it names the other language, in that language
  if (homeInitialised) renderFilterOptions();
  if (map) {
    map.closePopup();
    renderZoomControl();
  }
  if (admin1Layer) admin1Layer.eachLayer((l) => l.closeTooltip && l.closeTooltip());
  if ($("#message").dataset.status === "401") showMessage(t("tokenNeeded"), "error", 401);
}

function switchLanguage() {
  document.body.dataset.ready = "0";
  I.setLang(I.getLang() === "ar" ? "en" : "ar");
  rendering = true;
  applyLanguage();
  rendering = false;
  saveUrl();
  rerender();
  markReadyIfIdle();
}

async function init() {
  I.applyDocumentLang();
  applyLanguage();
  $("#lang-switch").addEventListener("click", switchLanguage);
  bindFilters();
  bindReview();
  window.addEventListener("popstate", onUrlChange);
  window.addEventListener("hashchange", onUrlChange);
  window.addEventListener("resize", debounce(() => {
    if (view.view === "home") renderCharts();
  }, 200));
  try {
    cache.config = await api("config");
  } catch (err) {
    cache.config = {};
    showMessage(errorText(err), "error", err instanceof ApiError ? err.status : null);
  }
  I.setConfig(cache.config);
  if (!location.hash) history.replaceState(null, "", urlFor("home"));
  route();
  I.prepareFormats(); // while the view's data is on its way
}

/** What the first view needs, asked for as soon as this module runs: it is loaded `async`, before the page and
 * Leaflet are (init waits for them). The labels of the taxonomy, actors and admin units come from the API:
 * nothing is drawn before them; the events of the view the URL asks for are fetched meanwhile. */
function prefetchFirstView() {
  const first = readUrl();
  prefetch("config");
  if (first.view === "home") {
    prefetch("events", { ...first.filters, limit: PAGE_SIZE, offset: first.page * PAGE_SIZE });
    prefetch("map", { ...first.filters, limit: MAP_CAP });
    prefetch("boundaries");
  }
}

/** The page is parsed and its deferred scripts (Leaflet, then Leaflet.markercluster) have run, or failed to. An
 * async module may run between those two scripts, when readyState already says "interactive". */
function pageReady() {
  return document.readyState === "complete" ||
    (document.readyState !== "loading" && typeof L !== "undefined" && Boolean(L.markerClusterGroup));
}

let started = false;
function start() {
  if (started) return;
  started = true;
  init();
}

prefetchFirstView();
if (pageReady()) start();
else {
  document.addEventListener("DOMContentLoaded", start);
  window.addEventListener("load", start); // DOMContentLoaded may have passed while a script failed to load
}
