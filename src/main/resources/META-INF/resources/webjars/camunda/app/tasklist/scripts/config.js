// Medborgarlöfte's Tasklist configuration (replaces the webapp's default config.js).
export default {
  customScripts: [
    // lets forms with dynamic lists (draft, joint situation picture, review, council minutes) be completed
    'medborgarlofte/form-validity',
    // Swedish where the webapps still say something in English (see the file)
    '../medborgarlofte/webapps-sv',
    // no "Skapa uppgift"; "Starta process" only for users who may start a process
    'medborgarlofte/navbar-actions',
    // Camunda Forms' own texts and dates in Swedish
    'medborgarlofte/form-js-sv',
    // the tabs "Ärendet" and "Mötet" beside a task's form
    'medborgarlofte/case-tabs'
  ],
  // the header shows "<vendor> <name>", the login page the name under Medborgarlöfte (styles/user-styles.css)
  app: {
    name: 'Uppgifter',
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
  },
  // the webapp's default shortcuts, described in Swedish (the dialog shows the descriptions)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den markerade uppgiften'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flyttar markören till det första filtret i listan'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flyttar markören till den första uppgiften i listan'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flyttar markören till det första fältet i uppgiftens formulär'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öppnar dialogen Starta process'
    }
  }
};
