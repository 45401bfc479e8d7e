package id.kinerja.reward;

/** A reward proposal waits for HR, who approves or rejects it. */
public enum RewardStatus {
  PROPOSED, APPROVED, REJECTED
}
