package id.kinerja.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.planning.SkpDraft;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** JSON as the API reads it (issue 13): bounded numbers, strict types, clean text, no null elements. */
class StrictJsonTest {

  static final ObjectMapper JSON = strictMapper();

  record Money(@Bounded(DecimalBounds.MONEY) BigDecimal amount) {
  }

  record Settings(Boolean peerFeedback, Integer year, LocalDate to, Map<String, Object> profile) {
  }

  enum Decision { APPROVE, RETURN }

  record Review(Decision decision, String notes) {
  }

  static ObjectMapper strictMapper() {
    Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json();
    StrictJson.apply(builder);
    return builder.build();
  }

  @Test
  void aHugeExponentIsRefusedAtOnceNamingTheField() {
    long started = System.nanoTime();
    Violation refused = refusal("{\"rhk\":[{\"text\":\"a\",\"weight\":1e999999999}]}", SkpDraft.class);

    assertThat(refused.field()).isEqualTo("rhk[0].weight");
    assertThat(refused.messageKey()).isEqualTo("input.number-bounds");
    assertThat(refused.args()).containsExactly(3, 2);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aTinyTargetIsRefusedBeforeAnyArithmetic() {
    Violation refused = refusal("{\"rhk\":[{\"indicators\":[{\"target\":1e-40000000}]}]}", SkpDraft.class);

    assertThat(refused.field()).isEqualTo("rhk[0].indicators[0].target");
    assertThat(refused.args()).containsExactly(14, 4);
  }

  @Test
  void moneyFitsTheColumnNumeric15Scale2() throws Exception {
    assertThat(JSON.readValue("{\"amount\":25000000}", Money.class).amount()).isEqualByComparingTo("25000000");
    assertThat(JSON.readValue("{\"amount\":9999999999999.99}", Money.class).amount())
        .isEqualByComparingTo("9999999999999.99");
    assertThat(JSON.readValue("{\"amount\":1E+2}", Money.class).amount().toPlainString()).isEqualTo("100");
    assertThat(refusal("{\"amount\":1e14}", Money.class).field()).isEqualTo("amount");
    assertThat(refusal("{\"amount\":1e999999999}", Money.class).field()).isEqualTo("amount");
    assertThat(refusal("{\"amount\":0.001}", Money.class).field()).isEqualTo("amount");
  }

  @Test
  void anUnannotatedDecimalStillHasBounds() {
    record Any(BigDecimal value) {
    }
    assertThat(refusal("{\"value\":1e20}", Any.class).args()).containsExactly(15, 4);
  }

  @Test
  void aNumberIsNoBooleanDateOrEnumAndTextIsNoNumber() {
    assertThat(refusal("{\"peerFeedback\":12345}", Settings.class))
        .extracting(Violation::field, Violation::messageKey).containsExactly("peerFeedback", "input.wrong-type.boolean");
    assertThat(refusal("{\"to\":20260315}", Settings.class))
        .extracting(Violation::field, Violation::messageKey).containsExactly("to", "input.wrong-type.date");
    assertThat(refusal("{\"year\":\"2026\"}", Settings.class).messageKey()).isEqualTo("input.wrong-type.whole-number");
    assertThat(refusal("{\"year\":2026.5}", Settings.class).messageKey()).isEqualTo("input.wrong-type.whole-number");
    assertThat(refusal("{\"decision\":0}", Review.class).messageKey()).isEqualTo("input.wrong-type.enum");
  }

  @Test
  void datesAndBooleansWrittenProperlyAreRead() throws Exception {
    Settings read = JSON.readValue("{\"peerFeedback\":true,\"year\":2026,\"to\":\"2026-03-15\"}", Settings.class);

    assertThat(read.peerFeedback()).isTrue();
    assertThat(read.to()).isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @Test
  void textWithNulOrOverTheEngineLimitIsRefused() {
    assertThat(refusal("{\"notes\":\"a\\u0000b\"}", Review.class))
        .extracting(Violation::field, Violation::messageKey).containsExactly("notes", "input.text-nul");
    assertThat(refusal("{\"notes\":\"" + "x".repeat(4001) + "\"}", Review.class).messageKey())
        .isEqualTo("input.text-too-long");
    assertThat(refusal("{\"profile\":{\"sex\":\"P\\u0000\"}}", Settings.class).field()).isEqualTo("profile.sex");
  }

  @Test
  void nullElementsOfListsAndMapsAreRefused() {
    Violation refused = refusal("{\"rhk\":[{\"text\":\"a\",\"indicators\":[null]}]}", SkpDraft.class);

    assertThat(refused.field()).isEqualTo("rhk[0].indicators[0]");
    assertThat(refused.messageKey()).isEqualTo("input.null-element");
    assertThat(refusal("{\"profile\":{\"sex\":null}}", Settings.class).field()).isEqualTo("profile.sex");
  }

  @Test
  void aPlainSkpDraftIsReadAsBefore() throws Exception {
    SkpDraft draft = JSON.readValue("""
        {"rhk":[{"text":"a","type":"UTAMA","weight":60,"indicators":[{"text":"b","aspect":"KUANTITAS",
        "approach":"KUANTITATIF","target":12.5,"unit":"dokumen","direction":"HIGHER_IS_BETTER"}]}]}""",
        SkpDraft.class);

    assertThat(draft.rhk().get(0).weight()).isEqualByComparingTo("60");
    assertThat(draft.rhk().get(0).indicators().get(0).target()).isEqualByComparingTo("12.5");
    assertThat(List.of(draft.rhk().get(0).text())).containsExactly("a");
  }

  private static Violation refusal(String json, Class<?> type) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> JSON.readValue(json, type)).satisfies(e -> thrown[0] = e);
    return JsonRefusals.of(thrown[0]).orElseThrow(() -> new AssertionError("not explained", thrown[0]));
  }
}
