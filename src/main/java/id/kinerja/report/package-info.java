/**
 * Reports, exports and dashboards (issue 19): the yearly predikat recap for the TPP calculation (XLSX, CSV), the IKM
 * report of a service unit (PDF, PermenPANRB 14/2017 layout), the yearly review of the appraisal method (PDF),
 * dashboard figures as JSON, and the background ZIP of an organisation's dokumen evaluasi. Owns one table, the ZIP
 * jobs ({@code report_archive}, decision 116); otherwise it reads
 * other modules only through their read-only figure services ({@code *Figures}, {@code engine.TaskWaits}) and
 * {@link id.kinerja.organization.UnitScopes} for who may see which units (decisions 80–84).
 */
package id.kinerja.report;
