/**
 * Shared building blocks of every module: RFC 7807 problem details in Bahasa Indonesia and English
 * ({@link id.kinerja.common.Problems}, {@link id.kinerja.common.ApiException}, validation violations), the audit log,
 * the JSON of Camunda Forms lists, task refusals shown in Tasklist, and the start-up gate (503 until ready).
 * Owns: table {@code audit_log}. Depends on no other module.
 */
package id.kinerja.common;
