/**
 * Process administration: the one gate every deployment passes (the desktop Modeler's and any client's
 * {@code POST /engine-rest/deployment/create}, and {@code /api/v1/admin}), which checks the models (engine parse,
 * assignees, forms, beans, historyTimeToLive, the features' {@link id.kinerja.common.ModelContract}s), requires a
 * reason, and records reason and diff in the audit log; the versions of every process, decision and form with
 * who/when/why, comparison and roll-back. Owns no table (the audit log is common's).
 */
package id.kinerja.admin;
