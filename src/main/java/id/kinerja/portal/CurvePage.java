package id.kinerja.portal;

import id.kinerja.common.ApiException;
import id.kinerja.common.Problems;
import id.kinerja.common.ValidationFailedException;
import id.kinerja.common.Violation;
import id.kinerja.evaluation.DistributionCurve;
import id.kinerja.evaluation.DistributionCurves;
import id.kinerja.evaluation.OrganisationPredikat;
import id.kinerja.evaluation.Predikat;
import id.kinerja.security.CurrentUser;
import id.kinerja.security.KinerjaUser;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /app/admin/kurva} (HR only, issue 18): the distribution curve as HR edits it — per organisation predikat its
 * rules (which employee predikat, at most / at least a share, at least a number of people) — saved as a new version
 * with a reason through {@link DistributionCurves} (validated, audited, the same rules as {@code PUT /api/v1/curve});
 * the next annual evaluation opened uses it. A refusal shows the form again as typed, each reason naming its rule.
 */
@Controller
class CurvePage {

  static final String PATH = "/app/admin/kurva";
  /** Empty rows offered below each organisation's rules, for new ones (no script needed). */
  static final int SPARE_ROWS = 2;
  static final int MAX_ROWS = 20;
  private static final Pattern FIELD = Pattern.compile("rules\\.([A-Z_]+)\\[(\\d+)\\](?:\\.(\\w+))?");

  /** One row of the form, as typed (public: the template reads it). */
  public record Row(List<String> predikat, String atMost, String atLeast, String atLeastCount) {

    public boolean blank() {
      return predikat.isEmpty() && isBlank(atMost) && isBlank(atLeast) && isBlank(atLeastCount);
    }

    public boolean has(Predikat p) {
      return predikat.contains(p.name());
    }

    static Row of(DistributionCurve.Rule rule) {
      return new Row(rule.predikat().stream().map(Enum::name).toList(), text(rule.atMostPercent()),
          text(rule.atLeastPercent()), rule.atLeastCount() == null ? "" : rule.atLeastCount().toString());
    }

    private static String text(BigDecimal value) {
      return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
  }

  private final CurrentUser currentUser;
  private final DistributionCurves curves;
  private final Problems problems;

  CurvePage(CurrentUser currentUser, DistributionCurves curves, Problems problems) {
    this.currentUser = currentUser;
    this.curves = curves;
    this.problems = problems;
  }

  @GetMapping(PATH)
  String show(Model model) {
    HrPage.requireHr(currentUser);
    DistributionCurves.CurveVersionView current = curves.current();
    Map<OrganisationPredikat, List<Row>> rows = new LinkedHashMap<>();
    for (OrganisationPredikat organisation : OrganisationPredikat.values()) {
      rows.put(organisation, new ArrayList<>(current.rules().getOrDefault(organisation, List.of()).stream()
          .map(Row::of).toList()));
    }
    return page(model, current, rows, "");
  }

  @PostMapping(PATH)
  String save(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
      HttpServletResponse response) {
    KinerjaUser user = HrPage.requireHr(currentUser);
    Map<OrganisationPredikat, List<Row>> typed = typed(form);
    String reason = form.getFirst("alasan") == null ? "" : form.getFirst("alasan");
    try {
      curves.replace(new DistributionCurves.CurveInput(reason, input(typed)), user.username());
      return "redirect:" + PATH + "?tersimpan";
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      model.addAttribute("reasons", reasons(e, typed, locale));
      return page(model, curves.current(), typed, reason);
    }
  }

  private String page(Model model, DistributionCurves.CurveVersionView current,
      Map<OrganisationPredikat, List<Row>> rows, String reason) {
    rows.values().forEach(list -> {
      list.removeIf(Row::blank);
      for (int i = 0; i < SPARE_ROWS && list.size() < MAX_ROWS; i++) {
        list.add(new Row(List.of(), "", "", ""));
      }
    });
    model.addAttribute("current", current);
    model.addAttribute("rows", rows);
    model.addAttribute("predikat", Predikat.values());
    model.addAttribute("reason", reason);
    model.addAttribute("history", curves.history().stream().limit(20).toList());
    return "portal/admin-kurva";
  }

  /** The rows as typed: fields {@code r.ISTIMEWA.0.predikat} (repeated), {@code .atMost}, {@code .atLeast}, {@code .count}. */
  private static Map<OrganisationPredikat, List<Row>> typed(MultiValueMap<String, String> form) {
    Map<OrganisationPredikat, List<Row>> rows = new LinkedHashMap<>();
    for (OrganisationPredikat organisation : OrganisationPredikat.values()) {
      List<Row> list = new ArrayList<>();
      for (int i = 0; i < MAX_ROWS; i++) {
        String prefix = "r." + organisation.name() + "." + i + ".";
        List<String> predikat = form.getOrDefault(prefix + "predikat", List.of()).stream()
            .filter(p -> p != null && !p.isBlank()).distinct().toList();
        list.add(new Row(predikat, value(form, prefix + "atMost"), value(form, prefix + "atLeast"),
            value(form, prefix + "count")));
      }
      rows.put(organisation, list);
    }
    return rows;
  }

  private static String value(MultiValueMap<String, String> form, String name) {
    String value = form.getFirst(name);
    return value == null ? "" : value.strip();
  }

  /**
   * What the service checks, from the rows that are not blank; a number that does not read as one is refused here
   * (with every other such field), since the service only sees numbers.
   */
  private static Map<String, List<DistributionCurves.RuleInput>> input(Map<OrganisationPredikat, List<Row>> typed) {
    Map<String, List<DistributionCurves.RuleInput>> rules = new LinkedHashMap<>();
    List<Violation> unreadable = new ArrayList<>();
    typed.forEach((organisation, list) -> {
      List<DistributionCurves.RuleInput> inputs = new ArrayList<>();
      int index = 0;
      for (Row row : list) {
        if (row.blank()) {
          continue;
        }
        String field = "rules." + organisation.name() + "[" + index++ + "]";
        inputs.add(new DistributionCurves.RuleInput(row.predikat(), decimal(row.atMost(), field + ".atMostPercent",
            unreadable), decimal(row.atLeast(), field + ".atLeastPercent", unreadable),
            count(row.atLeastCount(), field + ".atLeastCount", unreadable)));
      }
      if (!inputs.isEmpty()) {
        rules.put(organisation.name(), inputs);
      }
    });
    if (!unreadable.isEmpty()) {
      throw new ValidationFailedException("curve.invalid", unreadable);
    }
    return rules;
  }

  private static BigDecimal decimal(String text, String field, List<Violation> unreadable) {
    if (isBlank(text)) {
      return null;
    }
    try {
      // Indonesian writes 12,5
      return new BigDecimal(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      unreadable.add(Violation.of(field, "curve.number-unreadable", text));
      return null;
    }
  }

  private static Integer count(String text, String field, List<Violation> unreadable) {
    if (isBlank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      unreadable.add(Violation.of(field, "curve.count-range", DistributionCurves.MAX_COUNT));
      return null;
    }
  }

  /**
   * The refusal's reasons, each prefixed with the rule it is about ("Istimewa, aturan 2: …"), counting the rows as
   * HR sees them (blank rows skipped).
   */
  private List<String> reasons(ApiException e, Map<OrganisationPredikat, List<Row>> typed, Locale locale) {
    List<String> reasons = new ArrayList<>();
    reasons.add(problems.message(e.messageKey(), e.args(), locale));
    if (e instanceof ValidationFailedException failed) {
      for (Violation v : failed.violations()) {
        String message = problems.message(v.messageKey(), v.args(), locale);
        Matcher m = FIELD.matcher(v.field() == null ? "" : v.field());
        if (m.matches()) {
          String organisation = problems.message("label.OrganisationPredikat." + m.group(1), new Object[0], locale);
          message = problems.message("portal.curve.rule-reason", new Object[] { organisation,
              Integer.parseInt(m.group(2)) + 1, message }, locale);
        }
        reasons.add(message);
      }
    }
    return reasons;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
