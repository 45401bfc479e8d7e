/**
 * Coaching for low performers (process {@code pembinaan-kinerja}): plan, sessions, re-evaluation and HR
 * follow-up; one coaching under way per SKP. Owns: {@code coaching_plan}, {@code coaching_session}.
 */
package id.kinerja.coaching;
