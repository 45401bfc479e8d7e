/**
 * Rewards for high performers (process {@code penghargaan}): proposals, HR decisions against the yearly
 * incentive budget, certificates with verification codes. Owns: {@code reward}, {@code reward_budget}.
 */
package id.kinerja.reward;
