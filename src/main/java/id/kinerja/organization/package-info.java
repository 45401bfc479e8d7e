/**
 * The regional government's structure and people: units, positions, employees (NIP), the import, the
 * organisation chart that derives supervisor and senior, who may see whom (API and engine grants per process
 * instance), and logins for imported employees. Owns: {@code org_unit}, {@code job_position}, {@code employee}.
 * Offers: {@link id.kinerja.organization.OrganizationCharts}, {@link id.kinerja.organization.EmployeeDirectory},
 * {@link id.kinerja.organization.EmployeeImport}, event {@link id.kinerja.organization.EmployeesImported}.
 */
package id.kinerja.organization;
