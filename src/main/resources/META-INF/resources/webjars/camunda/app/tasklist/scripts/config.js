// Medborgarlöfte's Tasklist configuration (replaces the webapp's default config.js).
export default {
  customScripts: [
    // lets forms with dynamic lists (draft, joint situation picture, review, council minutes) be completed
    'medborgarlofte/form-validity'
  ]
};
