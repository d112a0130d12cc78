// Camunda Forms in Tasklist, in Swedish. form-js 1.8 writes its own texts (validation messages, the buttons of
// dynamic lists, the number fields' arrows) in English: its viewer has no translation service, and Tasklist creates
// the form itself, so no module can replace them. They are translated where they are shown instead, in the form's
// DOM, as form-js renders them. Its dates follow the browser's language ("8/28/2027" in an English browser); like
// the rest of the webapps they are Swedish whatever the browser's language: 2027-08-28, with a Swedish calendar.

// English text (whole, trimmed) to Swedish; the groups are the numbers or values form-js puts in
const TEXTS = [
  // validation (form-js's Validator)
  [/^Field is required\.$/, () => 'Fältet måste fyllas i.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Fältet måste ha minst ${n} tecken.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Fältet får ha högst ${n} tecken.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `Värdet måste vara minst ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `Värdet får vara högst ${n}.`],
  // the pattern itself is a regular expression, which says nothing to a user
  [/^Field must match pattern [\s\S]*\.$/, () => 'Fältet har inte rätt format.'],
  [
    /^Field must be a valid\s+international phone number\.[\s\S]*$/,
    () => 'Ange ett telefonnummer med landsnummer, t.ex. +46701234567.'
  ],
  [/^Field must be a valid email\.$/, () => 'Ange en giltig e-postadress.'],
  [/^Value is not a number\.$/, () => 'Värdet är inte ett tal.'],
  [/^Value is expected to be an integer\.$/, () => 'Värdet måste vara ett heltal.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) => `Värdet får ha högst ${n} decimaler.`],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Ange ett giltigt värde. De två närmaste giltiga värdena är ${a} och ${b}.`
  ],
  // dynamic lists
  [/^Add new$/, () => 'Lägg till'],
  [/^Collapse$/, () => 'Fäll ihop'],
  [/^Expand all \((\d+)\)$/, (n) => `Visa alla (${n})`],
  [/^Remove list item (\d+)$/, (n) => `Ta bort rad ${n}`],
  // number fields, selects, tag lists, tables
  [/^Increment$/, () => 'Öka'],
  [/^Decrement$/, () => 'Minska'],
  [/^Search$/, () => 'Sök'],
  [/^No results$/, () => 'Inga träffar'],
  [/^All values selected$/, () => 'Alla värden är valda'],
  [/^Remove tag$/, () => 'Ta bort'],
  [/^Previous page$/, () => 'Föregående sida'],
  [/^Next page$/, () => 'Nästa sida'],
  // the placeholders of date and time fields
  [/^yyyy-mm-dd$/, () => 'åååå-mm-dd'],
  [/^hh:mm$/, () => 'tt:mm']
];

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function swedish(text) {
  const trimmed = text.trim();
  for (const [english, translation] of TEXTS) {
    const match = english.exec(trimmed);
    if (match) {
      return text.replace(trimmed, translation(...match.slice(1)));
    }
  }
  return null;
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element !== null && element.closest('.fjs-container') !== null;
}

// form-js (Preact) writes a text again only when its own text changes, so a translated one stays translated
function translateText(node) {
  const text = swedish(node.data);
  if (text !== null && text !== node.data) {
    node.data = text;
  }
}

function translateAttribute(element, name) {
  const value = element.getAttribute(name);
  const text = value === null ? null : swedish(value);
  if (text !== null && text !== value) {
    element.setAttribute(name, text);
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = root; node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      ATTRIBUTES.forEach((name) => translateAttribute(node, name));
    }
  }
}

// before anything is shown: the observer's callback runs before the browser paints
new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'childList') {
      record.addedNodes.forEach((node) => {
        if (inForm(node)) {
          translateTree(node);
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          node.querySelectorAll('.fjs-container').forEach(translateTree);
        }
      });
    } else if (!inForm(record.target)) {
      continue;
    } else if (record.type === 'characterData') {
      translateText(record.target);
    } else {
      translateAttribute(record.target, record.attributeName);
    }
  }
}).observe(document.documentElement, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});

// form-js asks Intl for the date format of the locale 'default', which is the browser's; here it is Swedish
const BrowserDateTimeFormat = Intl.DateTimeFormat;
function DateTimeFormat(locales, options) {
  return new BrowserDateTimeFormat(locales === 'default' ? 'sv-SE' : locales, options);
}
DateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
DateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = DateTimeFormat;

// the date picker (flatpickr, which form-js uses and which makes itself window.flatpickr): Swedish names, weeks
// starting on Monday
if (typeof window.flatpickr === 'function') {
  window.flatpickr.localize({
    weekdays: {
      shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
      longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
      longhand: [
        'januari',
        'februari',
        'mars',
        'april',
        'maj',
        'juni',
        'juli',
        'augusti',
        'september',
        'oktober',
        'november',
        'december'
      ]
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' till ',
    weekAbbreviation: 'v.',
    scrollTitle: 'Scrolla för att ändra',
    toggleTitle: 'Klicka för att växla',
    amPM: ['fm', 'em'],
    yearAriaLabel: 'År',
    monthAriaLabel: 'Månad',
    hourAriaLabel: 'Timme',
    minuteAriaLabel: 'Minut',
    time_24hr: true,
    ordinal: () => ''
  });
  // a day is read out as "28 augusti 2027", not "augusti 28, 2027"
  window.flatpickr.setDefaults({ariaDateFormat: 'j F Y'});
}

export default [];
