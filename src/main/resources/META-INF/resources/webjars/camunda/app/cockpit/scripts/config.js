// Medborgarlöfte's Cockpit configuration (replaces the webapp's default config.js).
export default {
  customScripts: [
    // Swedish where the webapps still say something in English (see the file)
    '../medborgarlofte/webapps-sv',
    // the overview of the pledges on the dashboard, the tab "Ärendet" beside a process instance
    'medborgarlofte/case-panels'
  ],
  // the header shows "<vendor> <name>", the login page the name under Medborgarlöfte (styles/user-styles.css)
  app: {
    name: 'Processöversikt',
    vendor: 'Medborgarlöfte'
  },
  // Swedish whatever the browser's language; the date names and formats are in locales/sv.json (dateLocales)
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  // moment.js formats, resolved with the Swedish dateLocales: "3 mars 2026 kl. 14:00"
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'LLL',
    long: 'LLLL',
    short: 'LL'
  }
};
