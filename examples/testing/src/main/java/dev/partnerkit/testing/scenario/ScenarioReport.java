package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.model.json.PartnerJson;
import java.util.List;

/**
 * Renders scenario results as the text the {@code partnerkit scenario} command prints (one line per
 * step, then {@code N passed, N failed}) or as the same in JSON.
 *
 * <p>Thread-safe: a utility class.
 */
public final class ScenarioReport {
  private ScenarioReport() {}

  /**
   * Returns the text report.
   *
   * @param results the results
   * @return one header per scenario, one line per step, and the closing count line
   */
  public static String text(List<ScenarioResult> results) {
    StringBuilder out = new StringBuilder();
    for (ScenarioResult result : results) {
      out.append(text(result));
    }
    out.append(summary(results)).append('\n');
    return out.toString();
  }

  /**
   * Returns one scenario's part of the text report, which the command prints as soon as the
   * scenario has run.
   *
   * @param result the result
   * @return the scenario's header line and one line per step, each ending in a newline
   */
  public static String text(ScenarioResult result) {
    StringBuilder out = new StringBuilder();
    out.append(result.passed() ? "PASS " : "FAIL ")
        .append(result.source())
        .append(": ")
        .append(result.name())
        .append('\n');
    result.setupFailure().ifPresent(f -> out.append("  setup failed: ").append(f).append('\n'));
    for (StepResult step : result.steps()) {
      out.append(
          String.format(
              "  %3d. %s: %s %s",
              step.number(), step.text(), step.outcome(), step.ok() ? "ok" : "MISMATCH"));
      if (!step.ok()) {
        out.append(" (").append(step.mismatch()).append(')');
      }
      out.append('\n');
      if (!step.ok()) {
        for (String reason : step.reasons()) {
          out.append("         ").append(reason).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * Returns the closing line: {@code N passed, N failed}, counting scenarios.
   *
   * @param results the results
   * @return the line
   */
  public static String summary(List<ScenarioResult> results) {
    long passed = results.stream().filter(ScenarioResult::passed).count();
    return passed + " passed, " + (results.size() - passed) + " failed";
  }

  /**
   * Returns the JSON report: every scenario with its steps, and the counts.
   *
   * @param results the results
   * @return the JSON text
   */
  public static String json(List<ScenarioResult> results) {
    ObjectNode root = PartnerJson.mapper().createObjectNode();
    ArrayNode scenarios = root.putArray("scenarios");
    for (ScenarioResult result : results) {
      ObjectNode s = scenarios.addObject();
      s.put("file", result.source());
      s.put("name", result.name());
      s.put("passed", result.passed());
      result.setupFailure().ifPresent(f -> s.put("setupFailure", f));
      ArrayNode steps = s.putArray("steps");
      for (StepResult step : result.steps()) {
        ObjectNode st = steps.addObject();
        st.put("step", step.number());
        st.put("text", step.text());
        st.put("outcome", step.outcome());
        step.ruleIds().forEach(st.putArray("rules")::add);
        step.reasons().forEach(st.putArray("reasons")::add);
        st.put("ok", step.ok());
        if (!step.ok()) {
          st.put("mismatch", step.mismatch());
        }
      }
    }
    long passed = results.stream().filter(ScenarioResult::passed).count();
    root.put("passed", passed);
    root.put("failed", results.size() - passed);
    return root.toPrettyString();
  }
}
