package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    return page.toString();
  }

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
