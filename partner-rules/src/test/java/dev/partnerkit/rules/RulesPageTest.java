package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md}, the rules table the README links, generated from {@link Rule}: one
 * source of truth for ids and statements. Run with {@code -Dpartnerkit.regenerate=true} to rewrite
 * the page after changing the enum.
 */
class RulesPageTest {
  private static final Path PAGE = Path.of("..", "docs", "rules.md");

  static String render() {
    StringBuilder page = new StringBuilder();
    page.append("# The rules\n\n")
        .append(
            "Generated from `dev.partnerkit.rules.Rule` by `RulesPageTest`; do not edit by hand.\n")
        .append(
            "Every denial names the ids of the rules it broke. How Partnerkit reads the rules where\n")
        .append("their text leaves a choice: [interpretation.md](interpretation.md).\n\n")
        .append("| id | rule | checked by |\n")
        .append("|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      page.append("| ")
          .append(rule.getId())
          .append(" | ")
          .append(rule.getStatement().replace("|", "\\|"))
          .append(" | ")
          .append(
              rule.isEnforcedByEngine()
                  ? "partner-rules"
                  : rule.getId().startsWith("API") ? "partner-client" : "partner-model")
          .append(" |\n");
    }
    StringBuilder pending = new StringBuilder();
    for (Map.Entry<String, String> rule : NOT_IN_THE_ENUM) {
      if (Rule.byId(rule.getKey()).isEmpty()) {
        pending
            .append("| ")
            .append(rule.getKey())
            .append(" | ")
            .append(rule.getValue())
            .append(" |\n");
      }
    }
    if (pending.length() > 0) {
      page.append("\n## Rules of RULES.md not checked yet\n\n")
          .append("RULES.md ids with no `Rule` constant yet: no denial names them.\n\n")
          .append("| id | where Partnerkit stands |\n")
          .append("|---|---|\n")
          .append(pending);
    }
    return page.toString();
  }

  /**
   * The ids of RULES.md that have no {@link Rule} constant yet, with where Partnerkit stands on
   * each. An entry drops off the page by itself once {@link Rule} holds its id, which then shows in
   * the table above with its statement.
   */
  private static final List<Map.Entry<String, String>> NOT_IN_THE_ENUM =
      List.of(
          Map.entry(
              "GDAP-12",
              "Roles as open values. partner-model's `Role` names five roles (Global, User,"
                  + " Helpdesk and Exchange Administrator, Service Support Administrator), each"
                  + " covering the admin tasks of RULES.md's table (DA-4); a role outside them is"
                  + " refused when read. The open role type (any roleDefinitionId kept, with a name"
                  + " when the library knows one) is under way in issue 14."),
          Map.entry(
              "API-8",
              "Not implemented yet (issue 15): partner-client reads `Retry-After` in whole seconds"
                  + " or as an HTTP-date; a decimal number of seconds is not read."),
          Map.entry(
              "API-9",
              "Not implemented yet (issue 15): each call waits out its own `Retry-After`; calls"
                  + " sharing a throttling limit do not yet share their backoff."));

  @Test
  void theRulesPageMatchesTheRuleEnum() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("partnerkit.regenerate")) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void everyRuleHasAUniqueIdAndAStatement() {
    assertThat(Rule.values()).extracting(Rule::getId).doesNotHaveDuplicates();
    for (Rule rule : Rule.values()) {
      assertThat(rule.getStatement()).isNotBlank();
      assertThat(Rule.byId(rule.getId())).contains(rule);
    }
    assertThat(Rule.byId("XX-1")).isEmpty();
  }
}
