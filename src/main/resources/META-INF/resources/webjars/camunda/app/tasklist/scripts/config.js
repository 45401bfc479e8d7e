/*
 * Kinerja: Tasklist configuration (replaces the webjar's config.js, Apache License 2.0, Camunda Services GmbH).
 * Bahasa Indonesia first (locales/id.json), English second; keyboard shortcuts as shipped.
 */
export default {
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengambil tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke isian pertama formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog mulai proses'
    }
  }
};
