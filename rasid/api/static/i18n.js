// Rasid dashboard: interface strings and display labels, Arabic (default) and English.
// Plain ES module, no build step. Keys of ACTORS, EVENT_TYPES and SUB_EVENT_TYPES are the ids the API returns.

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
    apiToken: "رمز الدخول (API token)",
    tokenPlaceholder: "الصق الرمز هنا",
    confirm: "تأكيد",
    reject: "رفض",
    edit: "حفظ التعديل",
    note: "ملاحظة",
    fatalitiesBest: "القتلى (أفضل تقدير)",
    queueEmpty: "لا توجد أحداث بانتظار المراجعة.",
    tokenNeeded: "مطلوب رمز دخول صالح (token needed).",
    forbidden: "هذا الرمز لا يملك صلاحية المراجعة.",
    noChanges: "لم يتغيّر شيء في نموذج التعديل.",
    reviewDone: "الحدث {id}: {state}.",
    requestFailed: "تعذّر الطلب ({status}): {detail}",
    networkError: "تعذّر الاتصال بالخادم.",
    loading: "جارٍ التحميل…",
    sep: "، ",
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
    tokenNeeded: "A valid API token is needed (token needed).",
    forbidden: "This token may not review events.",
    noChanges: "Nothing was changed in the edit form.",
    reviewDone: "Event {id}: {state}.",
    requestFailed: "Request failed ({status}): {detail}",
    networkError: "Could not reach the server.",
    loading: "Loading…",
    sep: ", ",
  },
};

export const ACTORS = {
  SYR_GOV: { ar: "القوات الحكومية السورية (عهد الأسد)", en: "Syrian government forces (Assad era)" },
  SYR_GOV_NEW: { ar: "القوات الحكومية السورية (الجديدة)", en: "Syrian government forces (post-Assad)" },
  PRO_GOV_MILITIA: { ar: "ميليشيات موالية للحكومة", en: "Pro-government militias" },
  HEZBOLLAH: { ar: "حزب الله", en: "Hezbollah" },
  IRAN: { ar: "إيران", en: "Iran" },
  RUSSIA: { ar: "روسيا", en: "Russia" },
  ISIS: { ar: "تنظيم الدولة الإسلامية", en: "Islamic State (ISIS)" },
  HTS: { ar: "هيئة تحرير الشام", en: "Hayat Tahrir al-Sham (HTS)" },
  OPPOSITION: { ar: "فصائل المعارضة", en: "Opposition factions" },
  SNA: { ar: "الجيش الوطني السوري", en: "Syrian National Army (SNA)" },
  TURKEY: { ar: "تركيا", en: "Turkey" },
  SDF: { ar: "قوات سوريا الديمقراطية (قسد)", en: "Syrian Democratic Forces (SDF)" },
  COALITION: { ar: "التحالف الدولي", en: "International coalition" },
  ISRAEL: { ar: "إسرائيل", en: "Israel" },
  IRAQ_GOV: { ar: "القوات الحكومية العراقية", en: "Iraqi government forces" },
  IRAQ_PMF: { ar: "الحشد الشعبي", en: "Popular Mobilization Forces (PMF)" },
  TRIBAL: { ar: "مسلحون عشائريون", en: "Tribal fighters" },
  LOCAL_ARMED: { ar: "مسلحون محليون", en: "Local armed groups" },
  UNKNOWN: { ar: "مسلحون مجهولون", en: "Unidentified armed group" },
  CIVILIANS: { ar: "مدنيون", en: "Civilians" },
};

// ACLED event types, in ACLED's order, with the marker colour of each.
export const EVENT_TYPES = {
  "Battles": { ar: "معارك", en: "Battles", color: "#d62728" },
  "Explosions/Remote violence": { ar: "انفجارات / عنف عن بُعد", en: "Explosions/Remote violence", color: "#ff7f0e" },
  "Violence against civilians": { ar: "عنف ضد المدنيين", en: "Violence against civilians", color: "#9467bd" },
  "Protests": { ar: "احتجاجات", en: "Protests", color: "#1f77b4" },
  "Riots": { ar: "أعمال شغب", en: "Riots", color: "#2ca02c" },
  "Strategic developments": { ar: "تطورات استراتيجية", en: "Strategic developments", color: "#7f7f7f" },
};
export const UNKNOWN_TYPE_COLOR = "#333333";

// ACLED sub-event types, each with its event type.
export const SUB_EVENT_TYPES = {
  "Armed clash": { type: "Battles", ar: "اشتباك مسلح" },
  "Government regains territory": { type: "Battles", ar: "استعادة الحكومة السيطرة على منطقة" },
  "Non-state actor overtakes territory": { type: "Battles", ar: "سيطرة جهة غير حكومية على منطقة" },
  "Chemical weapon": { type: "Explosions/Remote violence", ar: "سلاح كيميائي" },
  "Air/drone strike": { type: "Explosions/Remote violence", ar: "غارة جوية / بطائرة مسيّرة" },
  "Suicide bomb": { type: "Explosions/Remote violence", ar: "تفجير انتحاري" },
  "Shelling/artillery/missile attack": { type: "Explosions/Remote violence", ar: "قصف مدفعي / صاروخي" },
  "Remote explosive/landmine/IED": { type: "Explosions/Remote violence", ar: "عبوة ناسفة / لغم" },
  "Grenade": { type: "Explosions/Remote violence", ar: "قنبلة يدوية" },
  "Sexual violence": { type: "Violence against civilians", ar: "عنف جنسي" },
  "Attack": { type: "Violence against civilians", ar: "اعتداء" },
  "Abduction/forced disappearance": { type: "Violence against civilians", ar: "اختطاف / إخفاء قسري" },
  "Peaceful protest": { type: "Protests", ar: "احتجاج سلمي" },
  "Protest with intervention": { type: "Protests", ar: "احتجاج مع تدخّل" },
  "Excessive force against protesters": { type: "Protests", ar: "قوة مفرطة ضد المحتجين" },
  "Violent demonstration": { type: "Riots", ar: "تظاهرة عنيفة" },
  "Mob violence": { type: "Riots", ar: "عنف جماعي" },
  "Agreement": { type: "Strategic developments", ar: "اتفاق" },
  "Arrests": { type: "Strategic developments", ar: "اعتقالات" },
  "Change to group/activity": { type: "Strategic developments", ar: "تغيّر في جماعة / نشاط" },
  "Disrupted weapons use": { type: "Strategic developments", ar: "إحباط استخدام سلاح" },
  "Headquarters or base established": { type: "Strategic developments", ar: "إنشاء مقر أو قاعدة" },
  "Looting/property destruction": { type: "Strategic developments", ar: "نهب / تدمير ممتلكات" },
  "Non-violent transfer of territory": { type: "Strategic developments", ar: "انتقال السيطرة دون قتال" },
  "Other": { type: "Strategic developments", ar: "أخرى" },
};

export const REVIEW_STATES = {
  unreviewed: { ar: "غير مراجَع", en: "unreviewed" },
  confirmed: { ar: "مؤكَّد", en: "confirmed" },
  edited: { ar: "معدَّل", en: "edited" },
  rejected: { ar: "مرفوض", en: "rejected" },
};

export const REVIEW_ACTIONS = {
  confirm: { ar: "تأكيد", en: "confirm" },
  reject: { ar: "رفض", en: "reject" },
  edit: { ar: "تعديل", en: "edit" },
  reconcile: { ar: "مطابقة آلية", en: "reconcile" },
};

export const OUTCOMES = {
  killed: { ar: "قتلى", en: "killed" },
  injured: { ar: "جرحى", en: "injured" },
};

export const QUALIFIERS = {
  exact: { ar: "بالضبط", en: "exact" },
  at_least: { ar: "على الأقل", en: "at least" },
  more_than: { ar: "أكثر من", en: "more than" },
  about: { ar: "نحو", en: "about" },
  up_to: { ar: "حتى", en: "up to" },
  vague: { ar: "غير محدد", en: "vague" },
};

// ACLED geo-precision codes.
export const GEO_PRECISION = {
  1: { ar: "1 — المكان نفسه", en: "1 — the place itself" },
  2: { ar: "2 — قرب المكان أو جزء من منطقة", en: "2 — near the place / part of a region" },
  3: { ar: "3 — المحافظة أو المنطقة الأوسع", en: "3 — governorate or wider area" },
};

// Governorate and district names as the gazetteer (and so the API) writes them, in Arabic.
// Derived from rasid/data/gazetteer/places.tsv; a name missing here is shown as the API gives it.
export const ADMIN_NAMES_AR = {
  "Syria": "سوريا", "Iraq": "العراق", "Damascus": "دمشق", "Rural Damascus": "ريف دمشق",
  "Aleppo": "حلب", "Idlib": "إدلب", "Hama": "حماة", "Homs": "حمص",
  "Latakia": "اللاذقية", "Tartus": "طرطوس", "Daraa": "درعا", "As-Suwayda": "السويداء",
  "Quneitra": "القنيطرة", "Deir ez-Zor": "دير الزور", "Raqqa": "الرقة", "Al-Hasakah": "الحسكة",
  "Baghdad": "بغداد", "Nineveh": "نينوى", "Anbar": "الأنبار", "Salah al-Din": "صلاح الدين",
  "Kirkuk": "كركوك", "Diyala": "ديالى", "Erbil": "أربيل", "Duhok": "دهوك",
  "Sulaymaniyah": "السليمانية", "Babil": "بابل", "Karbala": "كربلاء", "Najaf": "النجف",
  "Wasit": "واسط", "Qadisiyah": "القادسية", "Muthanna": "المثنى", "Dhi Qar": "ذي قار",
  "Maysan": "ميسان", "Basra": "البصرة", "Abu Ghraib": "أبو غريب", "Abu Kamal": "البوكمال",
  "Abu al-Khasib": "أبو الخصيب", "Adhamiyah": "الأعظمية", "Afak": "عفك", "Afrin": "عفرين",
  "Ain al-Tamr": "عين التمر", "Akre": "عقرة", "Al-Atarib": "الأتارب", "Al-Baaj": "البعاج",
  "Al-Bab": "الباب", "Al-Chibayish": "الجبايش", "Al-Dujail": "الدجيل", "Al-Faw": "الفاو",
  "Al-Hadar": "الحضر", "Al-Haffah": "الحفة", "Al-Hamdaniya": "قره قوش", "Al-Khalis": "الخالص",
  "Al-Khidr": "الخضر", "Al-Madain": "المدائن", "Al-Majar al-Kabir": "المجر الكبير", "Al-Malikiyah": "المالكية",
  "Al-Manathera": "المناذرة", "Al-Mayadin": "الميادين", "Al-Mukharram": "المخرم", "Al-Nabk": "النبك",
  "Al-Qadmus": "القدموس", "Al-Qaim": "القائم", "Al-Qardahah": "القرداحة", "Al-Qurnah": "القرنة",
  "Al-Qusayr": "القصير", "Al-Qutayfah": "القطيفة", "Al-Rastan": "الرستن", "Al-Rifai": "الرفاعي",
  "Al-Salamiyah": "السلمية", "Al-Salman": "السلمان", "Al-Sanamayn": "الصنمين", "Al-Shatra": "الشطرة",
  "Al-Shaykh Badr": "الشيخ بدر", "Al-Shirqat": "الشرقاط", "Al-Suqaylabiyah": "السقيلبية", "Al-Tall": "التل",
  "Al-Thawrah": "الطبقة", "Al-Zabadani": "الزبداني", "Al-Zubayr": "الزبير", "Ali al-Gharbi": "علي الغربي",
  "Amadiya": "العمادية", "Amarah": "العمارة", "Anah": "عانة", "Ariha": "أريحا",
  "As-Safira": "السفيرة", "Ayn al-Arab": "عين العرب", "Azaz": "إعزاز", "Badra": "بدرة",
  "Baiji": "بيجي", "Balad": "بلد", "Balad Ruz": "بلدروز", "Baniyas": "بانياس",
  "Baqubah": "بعقوبة", "Chamchamal": "جمجمال", "Choman": "جومان", "Daquq": "داقوق",
  "Darayya": "داريا", "Darbandikhan": "دربنديخان", "Dayr Hafir": "دير حافر", "Dibis": "الدبس",
  "Diwaniyah": "الديوانية", "Douma": "دوما", "Dukan": "دوكان", "Duraykish": "الدريكيش",
  "Fallujah": "الفلوجة", "Fiq": "فيق", "Haditha": "حديثة", "Halabja": "حلبجة",
  "Harem": "حارم", "Hawija": "الحويجة", "Hillah": "الحلة", "Hit": "هيت",
  "Izra": "إزرع", "Jableh": "جبلة", "Jarabulus": "جرابلس", "Jisr al-Shughur": "جسر الشغور",
  "Kadhimiya": "الكاظمية", "Kalar": "كلار", "Karkh": "الكرخ", "Karrada": "الكرادة",
  "Khabat": "خبات", "Khanaqin": "خانقين", "Kifri": "كفري", "Koya": "كويسنجق",
  "Kufa": "الكوفة", "Kut": "الكوت", "Maarrat al-Numan": "معرة النعمان", "Mahawil": "المحاويل",
  "Mahmudiyah": "المحمودية", "Makhmur": "مخمور", "Manbij": "منبج", "Markaz Rif Dimashq": "مركز ريف دمشق",
  "Masyaf": "مصياف", "Mergasur": "ميركه سور", "Mhardeh": "محردة", "Mosul": "الموصل",
  "Mount Simeon": "جبل سمعان", "Muqdadiyah": "المقدادية", "Musayyib": "المسيب", "Nasiriyah": "الناصرية",
  "New Baghdad": "بغداد الجديدة", "Numaniyah": "النعمانية", "Penjwen": "بنجوين", "Qalat Salih": "قلعة صالح",
  "Qamishli": "القامشلي", "Qatana": "قطنا", "Qudsaya": "قدسيا", "Ramadi": "الرمادي",
  "Ranya": "رانية", "Ras al-Ayn": "رأس العين", "Rawa": "راوة", "Rumaitha": "الرميثة",
  "Rusafa": "الرصافة", "Rutba": "الرطبة", "Sadr City": "مدينة الصدر", "Safita": "صافيتا",
  "Said Sadiq": "سيد صادق", "Salkhad": "صلخد", "Samarra": "سامراء", "Samawah": "السماوة",
  "Shahba": "شهبا", "Shaqlawa": "شقلاوة", "Shekhan": "عين سفني", "Sinjar": "سنجار",
  "Soran": "سوران", "Sumel": "سميل", "Suq al-Shuyukh": "سوق الشيوخ", "Suwaira": "الصويرة",
  "Tadmur": "تدمر", "Tal Afar": "تلعفر", "Talkalakh": "تلكلخ", "Tarmiyah": "الطارمية",
  "Tel Kaif": "تلكيف", "Tell Abyad": "تل أبيض", "Tikrit": "تكريت", "Tuz Khurmatu": "طوزخورماتو",
  "Yabroud": "يبرود", "Zakho": "زاخو", "Aziziyah": "العزيزية", "Hindiya": "الهندية",
  "Pshdar": "بشدر", "Rashid": "الرشيد", "Shatt al-Arab": "شط العرب",
};

let current = null;

export function getLang() {
  if (current) return current;
  let stored = null;
  try { stored = localStorage.getItem(STORAGE_KEY); } catch (e) { /* storage off */ }
  current = LANGS.includes(stored) ? stored : "ar";
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

/** The interface string `key`, with {name} placeholders filled from `vars`. */
export function t(key, vars) {
  const table = STRINGS[getLang()];
  let s = key in table ? table[key] : (key in STRINGS.en ? STRINGS.en[key] : key);
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  return s;
}

function pick(entry, fallback) {
  if (!entry) return fallback;
  return entry[getLang()] || entry.en || fallback;
}

export function actorLabel(id) {
  if (id === null || id === undefined || id === "") return t("none");
  return pick(ACTORS[id], String(id));
}

/** A casualty group key: one actor id, or several joined by "+" (or "," / "|"). */
export function groupLabel(key) {
  if (Array.isArray(key)) return key.map(actorLabel).join(t("sep"));
  if (key === null || key === undefined || key === "") return t("none");
  if (ACTORS[key]) return actorLabel(key);
  const parts = String(key).split(/[+,|;]/).map((p) => p.trim()).filter(Boolean);
  return parts.map(actorLabel).join(" + ");
}

export function eventTypeLabel(type) {
  if (!type) return t("none");
  return pick(EVENT_TYPES[type], type);
}

export function subEventTypeLabel(sub) {
  if (!sub) return t("none");
  const e = SUB_EVENT_TYPES[sub];
  if (!e) return sub;
  return getLang() === "ar" ? e.ar : sub;
}

export function typeColor(type) {
  return (EVENT_TYPES[type] && EVENT_TYPES[type].color) || UNKNOWN_TYPE_COLOR;
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

export function adminLabel(name) {
  if (!name) return "";
  if (getLang() === "ar") return ADMIN_NAMES_AR[name] || name;
  return name;
}

/** Fill every element's text from its data-i18n key (and placeholder / title / aria-label likewise). */
export function applyStatic(root = document) {
  root.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll("[data-i18n-title]").forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll("[data-i18n-aria]").forEach((el) => { el.setAttribute("aria-label", t(el.dataset.i18nAria)); });
}
