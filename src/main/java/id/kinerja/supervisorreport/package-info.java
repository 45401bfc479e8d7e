/**
 * An employee's report of a wrong atasan and HR's decision on it ({@code koreksi-atasan}, domain.md
 * *Reporting-line corrections*): the employee reports, HR corrects the reporting line through
 * {@link id.kinerja.organization.ReportingLineCorrectionService} or rejects with a reason, and the employee is
 * notified either way. Owns no tables: the report lives in its process instance. Offers:
 * {@link id.kinerja.supervisorreport.SupervisorReports}, the contract {@link id.kinerja.supervisorreport.KoreksiAtasanVariables}.
 */
package id.kinerja.supervisorreport;
