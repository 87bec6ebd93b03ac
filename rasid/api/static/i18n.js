// Rasid dashboard: interface strings, Arabic (default) and English, and the formatting of labels, numbers and dates.
// Plain ES module, no build step. The labels of event types, sub-event types and actors, their colours and the
// Arabic names of admin units are not here: /api/config hands them over from rasid/taxonomy.py and the gazetteer
// (setConfig), so that there is one definition of each.

export const LANGS = ["ar", "en"];
const STORAGE_KEY = "rasid.lang";

export const STRINGS = {
  ar: {
    title: "راصد — مرصد النزاعات",
    brand: "راصد",
    tagline: "مرصد النزاعات",
    navHome: "الخريطة والأحداث",
    navReview: "المراجعة",
    langSwitch: "English",
    langSwitchTitle: "Switch to English",
    filters: "التصفية",
    from: "من تاريخ",
    to: "إلى تاريخ",
    admin1: "المحافظة",
    type: "نوع الحدث",
    actor: "الطرف",
    state: "حالة المراجعة",
    q: "بحث في نصوص التقارير",
    qPlaceholder: "كلمة أو عبارة…",
    all: "الكل",
    reset: "مسح التصفية",
    bulletin: "نشرة",
    bulletinTitle: "نشرة بالمنطقة والفترة المختارتين (تُفتح في نافذة جديدة)",
    map: "الخريطة",
    legend: "نوع الحدث",
    mapCapped: "تعرض الخريطة أول {n} حدثًا من {total}.",
    noCoords: "{n} حدثًا بلا إحداثيات لا تظهر على الخريطة.",
    timeline: "الأحداث عبر الزمن",
    timelineEvents: "عدد الأحداث",
    timelineKilled: "عدد القتلى",
    perDay: "لكل يوم",
    perWeek: "لكل أسبوع",
    perMonth: "لكل شهر",
    killedBySide: "القتلى حسب الطرف",
    killedByAdmin1: "القتلى حسب المحافظة",
    noData: "لا توجد بيانات.",
    events: "أحداث",
    killed: "قتلى",
    injured: "جرحى",
    eventList: "قائمة الأحداث",
    colDate: "التاريخ",
    colType: "النوع",
    colPlace: "المكان",
    colActors: "الأطراف",
    colFatalities: "القتلى (أفضل تقدير)",
    colState: "المراجعة",
    prev: "السابق",
    next: "التالي",
    pageInfo: "{from}–{to} من {total}",
    pageEmpty: "لا أحداث تطابق التصفية.",
    openEvent: "صفحة الحدث",
    back: "العودة إلى الخريطة",
    eventTitle: "الحدث {id}",
    eventType: "نوع الحدث",
    subEventType: "النوع الفرعي",
    dates: "التاريخ",
    place: "المكان",
    placeName: "الاسم",
    admin2: "المنطقة",
    admin3: "الناحية",
    coordinates: "الإحداثيات",
    precision: "دقة الموقع",
    country: "البلد",
    pcode: "الرمز",
    actors: "الأطراف الفاعلة",
    targets: "المستهدفون",
    fatalities: "القتلى",
    low: "الأدنى",
    best: "الأفضل",
    high: "الأعلى",
    tolls: "الحصيلة حسب الفئة",
    group: "الفئة",
    outcome: "النتيجة",
    figures: "الأرقام كما وردت",
    tally: "حصيلة تراكمية",
    superseded: "حلّ محلّه رقم لاحق",
    sources: "المصادر",
    docId: "المعرّف",
    outlet: "الجهة الناشرة",
    url: "الرابط",
    reportDate: "تاريخ التقرير",
    mergeReason: "سبب الدمج",
    evidence: "الشاهد",
    reportText: "نص التقرير",
    reportLoading: "جارٍ تحميل نص التقرير…",
    reportMissing: "تعذّر تحميل نص التقرير.",
    reviews: "سجل المراجعة",
    noReviews: "لم يُراجَع هذا الحدث بعد.",
    reviewBy: "{user} — {action}",
    notFound: "الحدث غير موجود.",
    none: "—",
    reviewQueue: "قائمة المراجعة",
    reviewIntro: "أحداث لم تُراجَع بعد. التأكيد أو الرفض أو التعديل يتطلب رمز الدخول.",
    apiToken: "رمز الدخول إلى الواجهة البرمجية",
    tokenPlaceholder: "الصق الرمز هنا",
    confirm: "تأكيد",
    reject: "رفض",
    edit: "حفظ التعديل",
    note: "ملاحظة",
    fatalitiesBest: "القتلى (أفضل تقدير)",
    queueEmpty: "لا توجد أحداث بانتظار المراجعة.",
    tokenNeeded: "مطلوب رمز دخول صالح.",
    forbidden: "هذا الرمز لا يملك صلاحية المراجعة.",
    noChanges: "لم يتغيّر شيء في نموذج التعديل.",
    reviewDone: "الحدث {id}: {state}.",
    requestFailed: "تعذّر الطلب ({status}): {detail}",
    networkError: "تعذّر الاتصال بالخادم.",
    loading: "جارٍ التحميل…",
    sep: "، ",
    admin2: "المنطقة",
    mapMode: "ما تعرضه الخريطة",
    modePoints: "الأحداث نقاطًا",
    modeAdmin1Events: "عدد الأحداث لكل محافظة",
    modeAdmin1Killed: "عدد القتلى لكل محافظة",
    modeAdmin2Events: "عدد الأحداث لكل منطقة",
    modeAdmin2Killed: "عدد القتلى لكل منطقة",
    sketchNote: "الحدود المرسومة تقريبية، مأخوذة من أماكن المعجم الجغرافي، وليست حدودًا إدارية. لرسم الحدود الحقيقية استورد ملفًا بالأمر:",
    choroplethNeedsBoundaries: "الخريطة اللونية تحتاج حدودًا إدارية مستوردة.",
    choroplethUnmatched: "{n} حدثًا خارج الوحدات المرسومة (بلا مكان أو منطقة، أو بوحدة لا تسميها الحدود).",
    boundariesBy: "الحدود الإدارية: ",
    exportTitle: "تصدير الأحداث المعروضة",
    exportFormat: "صيغة الملف",
    exportButton: "تنزيل {n} حدثًا",
    exportTooMany: "{n} حدثًا تطابق التصفية، والحد الأقصى للتصدير من لوحة المتابعة {max}: ضيّق التصفية.",
    exportNone: "لا أحداث للتصدير.",
    bulletin: "نشرة هذا العرض",
    mergeFirst: "أول تقرير عن الحدث",
    mergeSame: "الحدث نفسه ({type})",
    mergeSamePlace: "المكان نفسه",
    mergeNear: "مكانان بينهما {km} كم",
    mergeSameDay: "في اليوم نفسه",
    mergeDays: "بفارق {n} يوم",
    mergeShared: "أطراف مشتركة: {actors}",
    mergeNoConflict: "لا تعارض بين الأطراف",
    fieldReviewState: "حالة المراجعة",
    fieldPlace: "المكان (رقم)",
    fieldDateStart: "بداية الحدث",
    fieldDateEnd: "نهاية الحدث",
    transliterated: "نقل حرفي عن الاسم العربي",
    metric: "المقياس",
    reviewActions: "إجراءات المراجعة للحدث {code}",
    reviewListLabel: "الأحداث بانتظار المراجعة",
    chartTimeline: "مخطط الأحداث عبر الزمن",
    selected: "الحدث المحدد",
    showOnMap: "عرضه على الخريطة",
    zoomIn: "تكبير",
    zoomOut: "تصغير",
    noBoundaries: "لا حدود مستوردة",
  },
  en: {
    title: "Rasid — conflict observatory",
    brand: "Rasid",
    tagline: "Conflict observatory",
    navHome: "Map & events",
    navReview: "Review",
    langSwitch: "العربية",
    langSwitchTitle: "التبديل إلى العربية",
    filters: "Filters",
    from: "From",
    to: "To",
    admin1: "Governorate",
    type: "Event type",
    actor: "Actor",
    state: "Review state",
    q: "Search report text",
    qPlaceholder: "word or phrase…",
    all: "All",
    reset: "Clear filters",
    bulletin: "Bulletin",
    bulletinTitle: "A bulletin of the chosen area and period (opens in a new tab)",
    map: "Map",
    legend: "Event type",
    mapCapped: "The map shows the first {n} of {total} events.",
    noCoords: "{n} events without coordinates are not on the map.",
    timeline: "Events over time",
    timelineEvents: "Events",
    timelineKilled: "Killed",
    perDay: "per day",
    perWeek: "per week",
    perMonth: "per month",
    killedBySide: "Killed by side",
    killedByAdmin1: "Killed by governorate",
    noData: "No data.",
    events: "events",
    killed: "killed",
    injured: "injured",
    eventList: "Events",
    colDate: "Date",
    colType: "Type",
    colPlace: "Place",
    colActors: "Actors",
    colFatalities: "Fatalities (best)",
    colState: "Review",
    prev: "Prev",
    next: "Next",
    pageInfo: "{from}–{to} of {total}",
    pageEmpty: "No events match the filters.",
    openEvent: "Event page",
    back: "Back to the map",
    eventTitle: "Event {id}",
    eventType: "Event type",
    subEventType: "Sub-event type",
    dates: "Date",
    place: "Place",
    placeName: "Name",
    admin2: "District",
    admin3: "Sub-district",
    coordinates: "Coordinates",
    precision: "Geo precision",
    country: "Country",
    pcode: "P-code",
    actors: "Actors",
    targets: "Targets",
    fatalities: "Fatalities",
    low: "Low",
    best: "Best",
    high: "High",
    tolls: "Tolls by group",
    group: "Group",
    outcome: "Outcome",
    figures: "Figures as stated",
    tally: "running tally",
    superseded: "superseded by a later figure",
    sources: "Sources",
    docId: "Doc id",
    outlet: "Outlet",
    url: "URL",
    reportDate: "Report date",
    mergeReason: "Merge reason",
    evidence: "Evidence",
    reportText: "Report text",
    reportLoading: "Loading the report text…",
    reportMissing: "Could not load the report text.",
    reviews: "Review history",
    noReviews: "Not reviewed yet.",
    reviewBy: "{user} — {action}",
    notFound: "Event not found.",
    none: "—",
    reviewQueue: "Review queue",
    reviewIntro: "Events not reviewed yet. Confirming, rejecting or editing needs an API token.",
    apiToken: "API token",
    tokenPlaceholder: "paste the token here",
    confirm: "Confirm",
    reject: "Reject",
    edit: "Save edit",
    note: "Note",
    fatalitiesBest: "Fatalities (best)",
    queueEmpty: "No events are waiting for review.",
    tokenNeeded: "A valid API token is needed.",
    forbidden: "This token may not review events.",
    noChanges: "Nothing was changed in the edit form.",
    reviewDone: "Event {id}: {state}.",
    requestFailed: "Request failed ({status}): {detail}",
    networkError: "Could not reach the server.",
    loading: "Loading…",
    sep: ", ",
    admin2: "District",
    mapMode: "Map shows",
    modePoints: "Events as points",
    modeAdmin1Events: "Events per governorate",
    modeAdmin1Killed: "Deaths per governorate",
    modeAdmin2Events: "Events per district",
    modeAdmin2Killed: "Deaths per district",
    sketchNote: "The outlines are sketched from the gazetteer's places, not administrative borders. To draw real borders, import a file:",
    choroplethNeedsBoundaries: "A choropleth map needs imported administrative boundaries.",
    choroplethUnmatched: "{n} events lie in no drawn unit (no place or district, or a unit the boundaries do not name).",
    boundariesBy: "Boundaries: ",
    exportTitle: "Export these events",
    exportFormat: "File format",
    exportButton: "Download {n} events",
    exportTooMany: "{n} events match; an export from the dashboard holds at most {max}: narrow the filters.",
    exportNone: "No events to export.",
    bulletin: "Bulletin of this view",
    mergeFirst: "first report of this event",
    mergeSame: "same incident ({type})",
    mergeSamePlace: "same place",
    mergeNear: "places {km} km apart",
    mergeSameDay: "same day",
    mergeDays: "{n} day(s) apart",
    mergeShared: "shared actors: {actors}",
    mergeNoConflict: "no conflicting actors",
    fieldReviewState: "Review state",
    fieldPlace: "Place (id)",
    fieldDateStart: "Start date",
    fieldDateEnd: "End date",
    transliterated: "transliterated from the Arabic name",
    metric: "Metric",
    reviewActions: "Review actions for event {code}",
    reviewListLabel: "Events waiting for review",
    chartTimeline: "Chart of events over time",
    selected: "Selected event",
    showOnMap: "Show on the map",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    noBoundaries: "no boundaries imported",
  },
};


// Labels that belong to the interface (not to the project's data): review states and actions, outcomes,
// qualifiers, geo-precision codes, and the fields a review records.
export const REVIEW_STATES = {
  unreviewed: { ar: "غير مراجَع", en: "unreviewed" },
  confirmed: { ar: "مؤكَّد", en: "confirmed" },
  edited: { ar: "معدَّل", en: "edited" },
  rejected: { ar: "مرفوض", en: "rejected" },
};

const REVIEW_ACTIONS = {
  confirm: { ar: "تأكيد", en: "confirm" },
  reject: { ar: "رفض", en: "reject" },
  edit: { ar: "تعديل", en: "edit" },
  reopen: { ar: "إعادة فتح", en: "reopen" },
};

const OUTCOMES = {
  killed: { ar: "قتلى", en: "killed" },
  injured: { ar: "جرحى", en: "injured" },
};

const QUALIFIERS = {
  exact: { ar: "بالضبط", en: "exact" },
  at_least: { ar: "على الأقل", en: "at least" },
  more_than: { ar: "أكثر من", en: "more than" },
  about: { ar: "نحو", en: "about" },
  up_to: { ar: "حتى", en: "up to" },
  vague: { ar: "غير محدد", en: "vague" },
};

// ACLED geo-precision codes.
const GEO_PRECISION = {
  1: { ar: "١ — المكان نفسه", en: "1 — the place itself" },
  2: { ar: "٢ — قرب المكان أو جزء من منطقة", en: "2 — near the place / part of a region" },
  3: { ar: "٣ — المحافظة أو المنطقة الأوسع", en: "3 — governorate or wider area" },
};

// The fields a review action records (rasid/store/review.py snapshot), by their interface string.
const FIELDS = {
  review_state: "fieldReviewState", event_type: "eventType", sub_event_type: "subEventType",
  date_start: "fieldDateStart", date_end: "fieldDateEnd", place_id: "fieldPlace", actors: "actors",
  targets: "targets", fatalities: "fatalities",
};

// ---------------------------------------------------------------------------------------------------------------
// the language

let current = null;

/** The language asked for in the page's URL (…#/?lang=en), if any. */
function urlLang() {
  const query = (location.hash || "").split("?")[1] || "";
  const lang = new URLSearchParams(query).get("lang");
  return LANGS.includes(lang) ? lang : null;
}

export function getLang() {
  if (current) return current;
  let stored = null;
  try { stored = localStorage.getItem(STORAGE_KEY); } catch (e) { /* storage off */ }
  current = urlLang() || (LANGS.includes(stored) ? stored : "ar");
  return current;
}

export function setLang(lang) {
  current = LANGS.includes(lang) ? lang : "ar";
  try { localStorage.setItem(STORAGE_KEY, current); } catch (e) { /* storage off */ }
  applyDocumentLang();
  return current;
}

export function dir() {
  return getLang() === "ar" ? "rtl" : "ltr";
}

export function applyDocumentLang() {
  const html = document.documentElement;
  html.lang = getLang();
  html.dir = dir();
  document.title = t("title");
}

/** The interface string `key`, with {name} placeholders filled from `vars` (numbers formatted). */
export function t(key, vars) {
  const table = STRINGS[getLang()];
  let s = key in table ? table[key] : (key in STRINGS.en ? STRINGS.en[key] : key);
  if (vars) {
    s = s.replace(/\{(\w+)\}/g, (m, k) => {
      if (!(k in vars)) return m;
      return typeof vars[k] === "number" ? fmtNumber(vars[k]) : String(vars[k]);
    });
  }
  return s;
}

function pick(entry, fallback) {
  if (!entry) return fallback;
  return entry[getLang()] || entry.en || fallback;
}

// ---------------------------------------------------------------------------------------------------------------
// numbers and dates: Arabic as written in Syria and Iraq (Arabic-Indic digits, the Levantine month names)

const LOCALES = { ar: "ar-SY", en: "en-GB" };
const formats = new Map();

function format(kind, options) {
  const key = `${getLang()}|${kind}`;
  if (!formats.has(key)) {
    formats.set(key, kind.startsWith("number") ? new Intl.NumberFormat(LOCALES[getLang()], options)
      : new Intl.DateTimeFormat(LOCALES[getLang()], { timeZone: "UTC", ...options }));
  }
  return formats.get(key);
}

export function fmtNumber(n, digits = 0) {
  if (n === null || n === undefined || n === "" || Number.isNaN(Number(n))) return t("none");
  if (digits) return format(`number${digits}`, { maximumFractionDigits: digits }).format(Number(n));
  return format("number", { maximumFractionDigits: 1 }).format(Number(n));
}

function utcDate(iso) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(String(iso || ""));
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] || 1))) : null;
}

// Dates written before, per language: the map titles 5,000 markers with a few hundred days, and Intl's format
// took 0.2 s of the first paint over them.
const writtenDates = new Map();

/** "2024-03-14" → "14 Mar 2024" / «١٤ آذار ٢٠٢٤»; a month "2024-03" → "Mar 2024". */
export function fmtDate(iso) {
  const key = `${getLang()}|${iso}`;
  let text = writtenDates.get(key);
  if (text === undefined) {
    text = writeDate(iso);
    if (writtenDates.size > 50000) writtenDates.clear(); // a bound, never reached by a day per marker
    writtenDates.set(key, text);
  }
  return text;
}

function writeDate(iso) {
  const d = utcDate(iso);
  if (!d) return iso ? String(iso) : t("none");
  if (/^\d{4}-\d{2}$/.test(String(iso))) return format("month", { month: "short", year: "numeric" }).format(d);
  return format("date", { day: "numeric", month: "short", year: "numeric" }).format(d);
}

/** Make the number and date formats of the current language now: the first of each takes tens of milliseconds
 * (the locale's data), better spent while the page waits for its data than while it draws the list. */
export function prepareFormats() {
  fmtNumber(0);
  fmtDate("2000-01-01");
}

/** An ISO date-time (UTC) as date and hour:minute. */
export function fmtDateTime(iso) {
  if (!iso) return t("none");
  const d = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
  if (Number.isNaN(d.getTime())) return String(iso);
  return format("datetime", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit",
    hourCycle: "h23" }).format(d);
}

export function fmtDateRange(a, b) {
  if (!a && !b) return t("none");
  if (!b || a === b) return fmtDate(a || b);
  if (!a) return fmtDate(b);
  return `${fmtDate(a)} – ${fmtDate(b)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// the project's labels, from /api/config

const config = { types: [], typeById: new Map(), subById: new Map(), actors: [], actorById: new Map(), adminAr: {} };

/** Take the labels of /api/config: event types (with sub-event types and colours), actors, Arabic admin names. */
export function setConfig(cfg) {
  config.types = (cfg && cfg.event_types) || [];
  config.typeById = new Map(config.types.map((ty) => [ty.id, ty]));
  config.subById = new Map();
  for (const ty of config.types) for (const sub of ty.sub_event_types || []) config.subById.set(sub.id, { ...sub, type: ty.id });
  config.actors = (cfg && cfg.actors) || [];
  config.actorById = new Map(config.actors.map((a) => [a.id, a]));
  config.adminAr = (cfg && cfg.admin_names_ar) || {};
}

export function eventTypeIds() {
  return config.types.map((ty) => ty.id);
}

export function subEventTypeIds(type) {
  const entry = config.typeById.get(type);
  return entry ? (entry.sub_event_types || []).map((s) => s.id) : [];
}

export function isSubEventType(id) {
  return config.subById.has(id);
}

export function actorIds() {
  return config.actors.map((a) => a.id);
}

export function actorLabel(id) {
  if (id === null || id === undefined || id === "") return t("none");
  const entry = config.actorById.get(id);
  return entry ? pick(entry.label, String(id)) : String(id);
}

/** A casualty group key: one actor id, or several joined by "+" (or "," / "|"). */
export function groupLabel(key) {
  if (Array.isArray(key)) return key.map(actorLabel).join(t("sep"));
  if (key === null || key === undefined || key === "") return t("none");
  if (config.actorById.has(key)) return actorLabel(key);
  const parts = String(key).split(/[+,|;]/).map((p) => p.trim()).filter(Boolean);
  return parts.map(actorLabel).join(" + ");
}

export function eventTypeLabel(type) {
  if (!type) return t("none");
  const entry = config.typeById.get(type);
  return entry ? pick(entry.label, type) : type;
}

export function subEventTypeLabel(sub) {
  if (!sub) return t("none");
  const entry = config.subById.get(sub);
  return entry ? pick(entry.label, sub) : sub;
}

const UNKNOWN_TYPE_COLOR = "#6b6b6b";

export function typeColor(type) {
  const entry = config.typeById.get(type);
  return (entry && entry.color) || UNKNOWN_TYPE_COLOR;
}

export function stateLabel(state) {
  return pick(REVIEW_STATES[state], state || t("none"));
}

export function actionLabel(action) {
  return pick(REVIEW_ACTIONS[action], action || t("none"));
}

export function outcomeLabel(outcome) {
  return pick(OUTCOMES[outcome], outcome || t("none"));
}

export function qualifierLabel(q) {
  return pick(QUALIFIERS[q], q || "");
}

export function precisionLabel(p) {
  if (p === null || p === undefined) return t("none");
  return pick(GEO_PRECISION[p], String(p));
}

export function fieldLabel(name) {
  return FIELDS[name] ? t(FIELDS[name]) : name;
}

/** A country, governorate or district as the API writes it (English), in the interface's language. */
export function adminLabel(name) {
  if (!name) return "";
  if (getLang() === "ar") return config.adminAr[name] || name;
  return name;
}

/** Why a report's event was merged into a stored one: the API's code (rasid.store.reconcile.merge_code). */
export function mergeLabel(merge, raw) {
  if (!merge || merge.code === "other") return raw || t("none");
  if (merge.code === "first_report") return t("mergeFirst");
  const parts = [t("mergeSame", { type: subEventTypeLabel(merge.sub_event_type) })];
  parts.push(merge.place === "same" ? t("mergeSamePlace") : t("mergeNear", { km: fmtNumber(merge.km, 1) }));
  parts.push(merge.days ? t("mergeDays", { n: merge.days }) : t("mergeSameDay"));
  parts.push(merge.actors && merge.actors.length
    ? t("mergeShared", { actors: merge.actors.map(actorLabel).join(t("sep")) }) : t("mergeNoConflict"));
  return parts.join(t("sep"));
}

// ---------------------------------------------------------------------------------------------------------------
// Arabic names that no gazetteer gives in English, romanised letter by letter for the English interface

const ROMAN = {
  "ء": "'", "آ": "a", "أ": "a", "ؤ": "'", "إ": "i", "ئ": "'", "ا": "a", "ب": "b", "ة": "a", "ت": "t", "ث": "th",
  "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
  "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
  "و": "w", "ى": "a", "ي": "y",
};
const VOWEL_LETTERS = new Set(["ا", "و", "ي", "ى", "ة", "آ"]);

function romaniseWord(word) {
  let out = "";
  let prefix = "";
  if (word.length > 3 && word.startsWith("ال")) {
    prefix = "al-";
    word = word.slice(2);
  }
  const letters = [...word.replace(/[\u064B-\u065F\u0640]/g, "")]; // no short vowels or tatweel
  let afterVowel = true; // و and ي between consonants are long vowels, elsewhere consonants
  letters.forEach((ch, i) => {
    const next = letters[i + 1];
    if ((ch === "و" || ch === "ي") && !afterVowel && (!next || !VOWEL_LETTERS.has(next) || next === "ة")) {
      out += ch === "و" ? "u" : (next === "ة" ? "iy" : "i");
      afterVowel = true;
      return;
    }
    out += ROMAN[ch] !== undefined ? ROMAN[ch] : ch;
    afterVowel = VOWEL_LETTERS.has(ch) && ch !== "و" && ch !== "ي";
  });
  const word2 = prefix ? out : out.replace(/^'+/, "");
  return prefix + word2.charAt(0).toUpperCase() + word2.slice(1);
}

/** «الفطيرة» → "Al-Ftira", «ساحة الكرامة» → "Saha al-Krama": a rough romanisation, marked as such where shown. */
export function romanise(name) {
  const words = String(name || "").trim().split(/\s+/).filter(Boolean).map(romaniseWord);
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function hasArabic(text) {
  return ARABIC_SCRIPT.test(String(text || ""));
}

/** Fill every element's text from its data-i18n key (and placeholder / title / aria-label likewise). */
export function applyStatic(root = document) {
  root.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll("[data-i18n-title]").forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll("[data-i18n-aria]").forEach((el) => { el.setAttribute("aria-label", t(el.dataset.i18nAria)); });
}
