/**
 * The portal: server-rendered pages under {@code /app/} for daily work in the browser, phone first, Bahasa
 * Indonesia first (decision 64). Every page reads and writes through the same services as the API, so the same
 * rules and the same "who may see this" apply; tasks stay in Camunda Tasklist, linked from here. Owns no table.
 */
package id.kinerja.portal;
