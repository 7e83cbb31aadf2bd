package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    roles(page);
    return page.toString();
  }

  /** Appends GDAP-12's table: the roles {@link Role} names and what the modern policy covers. */
  private static void roles(StringBuilder page) {
    ProgramPolicy policy = ProgramPolicy.modern();
    Set<AdminTask> every = EnumSet.complementOf(EnumSet.of(AdminTask.UNKNOWN));
    page.append("\n## Roles\n\n")
        .append(
            "GDAP-12's table: the Microsoft Entra built-in roles Partnerkit names (`Role`'s constants;\n")
        .append(
            "the ids are Microsoft's) and what each covers (`ProgramPolicy`). Any other roleDefinitionId\n")
        .append("is a role too; relationships keep it, and it covers nothing.\n\n")
        .append("| name | roleDefinitionId | covers these admin tasks |\n")
        .append("|---|---|---|\n");
    for (Role role : Role.named()) {
      Set<AdminTask> tasks = policy.getTaskCoverage().getOrDefault(role, Set.of());
      List<String> covers = new ArrayList<>();
      if (tasks.equals(every)) {
        covers.add("every task");
      } else {
        tasks.forEach(task -> covers.add(task.name()));
        if (policy.getServiceRequestRoles().contains(role)) {
          covers.add("service requests");
        }
      }
      page.append("| ")
          .append(role.getName().orElseThrow())
          .append(" | ")
          .append(role.getRoleDefinitionId())
          .append(" | ")
          .append(covers.isEmpty() ? "none" : String.join(", ", covers))
          .append(" |\n");
    }
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
