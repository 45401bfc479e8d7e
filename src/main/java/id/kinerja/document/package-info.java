/**
 * Documents with a verification code and the public {@code /verifikasi/{code}} page; modules that issue
 * documents implement {@link id.kinerja.document.VerificationSource}. Owns no table: each source keeps its own codes.
 */
package id.kinerja.document;
