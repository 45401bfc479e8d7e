package id.kinerja.cycle;

/** What an opening starts per employee: their SKP planning (cycle opening) or a period's evaluation. */
public enum OpeningKind {
  SKP_PLANNING, EVALUATION
}
