/**
 * Citizen satisfaction surveys (IKM, PermenPANRB 14/2017): the public survey, its rate limit, periods,
 * population and minimum sample, one-time tokens, QR posters, and complaint follow-up ({@code tindak-lanjut-pengaduan}).
 * Owns: {@code survey_response}, {@code survey_period}, {@code survey_token}, {@code complaint}.
 */
package id.kinerja.survey;
